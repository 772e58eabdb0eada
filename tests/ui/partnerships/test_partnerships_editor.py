"""Creating and editing partnerships in the window: Ctrl+N, double-click or Enter, the city
picker, refusals beside the field, version-checked saves, cancel, undo and redo."""

from __future__ import annotations

import datetime as dt

from partnership_ui import listed, partnerships, pick, row_of, save_button, select, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from exchangedesk.db.session import Database
from exchangedesk.domain.anniversaries import DatePrecision
from exchangedesk.domain.enums import CooperationArea, PartnershipKind, PartnershipStatus
from exchangedesk.services.partnerships.records import get_partnership, update_partnership
from exchangedesk.ui.main_window import MainWindow
from exchangedesk.ui.widgets.city_picker import SuggestionKind
from partnership_fakes import FakeGazetteer, city_count
from sample_committee import SampleIds

GAZETTEER = SuggestionKind.GAZETTEER


def _loaded() -> FakeGazetteer:
    fake = FakeGazetteer()
    fake.load()
    return fake


def test_ctrl_n_creates_a_partnership_with_a_gazetteer_city(
    filled_window: MainWindow,
    database: Database,
    qtbot,  # noqa: ANN001
) -> None:
    page = partnerships(filled_window, FakeGazetteer())  # loads in the background
    filled_window.activateWindow()
    qtbot.waitUntil(filled_window.isActiveWindow)
    assert filled_window.actions_.new_record.isEnabled()
    qtbot.keyClick(filled_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    editor = page.editor
    pick(qtbot, editor.city_a, "Coventry", SuggestionKind.LOCAL, "Coventry")
    pick(qtbot, editor.city_b, "哈尔滨", GAZETTEER, "Harbin")
    editor.kind.setCurrentIndex(editor.kind.findData(PartnershipKind.FRIENDSHIP_CITY))
    editor.status.setCurrentIndex(editor.status.findData(PartnershipStatus.LETTER_OF_INTENT))
    editor.signed.set_value(dt.date(2024, 9, 1), DatePrecision.MONTH)
    editor.areas[CooperationArea.EDUCATION].setChecked(True)
    editor.signatories.setPlainText("Lord Mayor of Coventry")
    cities_before = city_count(database)
    save_button(editor).click()
    assert not editor.isVisible() and editor.messages.shown() == {}
    assert city_count(database) == cities_before + 1  # Harbin, saved with the partnership
    assert "Coventry – Harbin" in listed(page)
    assert page.selected_row().cities == "Coventry – Harbin"  # the new one is selected
    assert page.detail.heading.text() == "Coventry – Harbin"
    detail = page.detail.detail
    assert (detail.kind, detail.status, detail.signed_precision) == (
        PartnershipKind.FRIENDSHIP_CITY,
        PartnershipStatus.LETTER_OF_INTENT,
        DatePrecision.MONTH,
    )
    assert page.model.row_at(row_of(page, "Coventry – Harbin")).signed_on == dt.date(2024, 9, 1)
    column = [c.header for c in page.spec.columns].index("Signed")
    assert page.model.index(row_of(page, "Coventry – Harbin"), column).data() == "Sep 2024"
    stack = filled_window.undo_stack
    assert stack.undoText() == "New partnership Coventry – Harbin"

    # undo removes it (and the city it brought), redo brings both back
    stack.undo()
    assert "Coventry – Harbin" not in listed(page)
    assert city_count(database) == cities_before
    stack.redo()
    assert "Coventry – Harbin" in listed(page)
    assert city_count(database) == cities_before + 1


def test_a_cancelled_editor_changes_nothing(
    filled_window: MainWindow,
    database: Database,
    qtbot,  # noqa: ANN001
) -> None:
    page = partnerships(filled_window, _loaded())
    before = (listed(page), city_count(database))
    page.create_record()
    editor = page.editor
    pick(qtbot, editor.city_a, "Kemi", SuggestionKind.LOCAL, "Kemi")
    pick(qtbot, editor.city_b, "Kyiv", GAZETTEER, "Kyiv")
    editor.notes.setPlainText("never saved")
    asked = []
    editor.confirm_discard = lambda: asked.append(True) or False  # "Keep editing"
    editor.reject()
    assert editor.isVisible() and asked == [True]
    editor.confirm_discard = lambda: True  # "Discard"
    editor.reject()
    assert not editor.isVisible()
    assert (listed(page), city_count(database)) == before
    assert filled_window.undo_stack.count() == 0


def test_an_untouched_editor_closes_without_asking(filled_window: MainWindow) -> None:
    page = partnerships(filled_window, _loaded())
    select(page, "Coventry – Dresden")
    page.edit_selected()
    editor = page.editor
    editor.confirm_discard = lambda: (_ for _ in ()).throw(AssertionError("asked"))
    editor.reject()
    assert not editor.isVisible()


def test_double_click_and_enter_open_the_editor_and_an_edit_is_undoable(
    filled_window: MainWindow,
    database: Database,
    sample: SampleIds,
    qtbot,  # noqa: ANN001
) -> None:
    page = partnerships(filled_window, _loaded())
    row = row_of(page, "Coventry – Dresden")
    index = page.model.index(row, 1)
    rect = page.table.visualRect(index)
    # as a real double-click arrives: a click, then the double-click event
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    assert page.editor.windowTitle() == "Edit Coventry – Dresden"
    page.editor.done(0)
    page.table.setFocus()
    page.table.selectRow(row)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    editor = page.editor
    assert editor.city_b.edit.text() == "Dresden, Germany"
    editor.notes.setPlainText("Reconciliation after the war")
    editor.areas[CooperationArea.SPORT].setChecked(True)
    save_button(editor).click()
    assert not editor.isVisible()
    detail = get_partnership(database, sample.coventry_dresden)
    assert detail.notes == "Reconciliation after the war"
    assert CooperationArea.SPORT in detail.areas
    assert page.detail.detail.notes == "Reconciliation after the war"  # the pane follows
    filled_window.undo_stack.undo()
    assert get_partnership(database, sample.coventry_dresden).notes is None
    assert page.detail.detail.notes is None
    filled_window.undo_stack.redo()
    assert get_partnership(database, sample.coventry_dresden).notes == (
        "Reconciliation after the war"
    )


def test_refusals_are_shown_beside_the_field(filled_window: MainWindow, qtbot) -> None:  # noqa: ANN001
    page = partnerships(filled_window, _loaded())
    page.create_record()
    editor = page.editor
    save_button(editor).click()  # no cities at all
    assert editor.isVisible()
    assert editor.messages.shown() == {"city_a": "choose a city"}
    pick(qtbot, editor.city_a, "Kemi", SuggestionKind.LOCAL, "Kemi")
    pick(qtbot, editor.city_b, "Kemi", SuggestionKind.LOCAL, "Kemi")
    save_button(editor).click()
    assert editor.messages.shown() == {"city_b": "must be another city than Kemi"}
    editor.city_b.edit.clear()
    type_text(editor.city_b.edit, "Kyi")  # typed, not picked
    assert editor.city_b.value() is None
    save_button(editor).click()
    assert "Pick the city from the suggestions" in editor.messages.message("city_b")
    pick(qtbot, editor.city_b, "v", GAZETTEER, "Kyiv")
    editor.signed.set_value(dt.date(2000, 5, 1))
    editor.ended.set_value(dt.date(1999, 1, 1))
    save_button(editor).click()
    assert editor.messages.shown() == {"ended_on": "must not be before the signing (1 May 2000)"}
    assert filled_window.undo_stack.count() == 0


def test_an_existing_pair_is_refused_with_a_link_to_it(
    filled_window: MainWindow,
    sample: SampleIds,
    qtbot,  # noqa: ANN001
) -> None:
    page = partnerships(filled_window, _loaded())
    page.create_record()
    editor = page.editor
    pick(qtbot, editor.city_a, "Volgograd", SuggestionKind.LOCAL, "Volgograd")
    pick(qtbot, editor.city_b, "Coventry", SuggestionKind.LOCAL, "Coventry")
    save_button(editor).click()
    message = editor.messages.message("city_b")
    assert "Volgograd and Coventry are partners already" in message
    assert f'href="partnership:{sample.coventry_volgograd}"' in message
    editor.findChild(type(editor.banner), "message-city_b").linkActivated.emit(
        f"partnership:{sample.coventry_volgograd}"
    )
    assert not editor.isVisible()
    assert page.selected_row().id == sample.coventry_volgograd


def test_a_save_that_raced_another_says_so_plainly(
    filled_window: MainWindow, database: Database, sample: SampleIds
) -> None:
    page = partnerships(filled_window, _loaded())
    select(page, "Coventry – Dresden")
    page.edit_selected()
    editor = page.editor
    theirs = get_partnership(database, sample.coventry_dresden)
    update_partnership(
        database,
        theirs.id,
        theirs.draft().__class__(**{**theirs.draft().__dict__, "notes": "theirs"}),
        expected_version=theirs.version_id,
    )
    editor.notes.setPlainText("mine")
    save_button(editor).click()
    assert editor.isVisible() and editor.banner.isVisible()
    assert "The partnership Coventry – Dresden was changed by" in editor.banner.text()
    assert get_partnership(database, sample.coventry_dresden).notes == "theirs"
    assert filled_window.undo_stack.count() == 0


def test_a_read_only_database_offers_no_editing(make_window, db_path, sample) -> None:  # noqa: ANN001
    from exchangedesk.db.opening import open_database

    window = make_window(open_database(db_path, read_only=True))
    page = partnerships(window, _loaded())
    assert not window.actions_.new_record.isEnabled()
    assert not page.new_button.isVisible()
    select(page, "Coventry – Dresden")
    page.edit_selected()
    page.create_record()
    assert page.editor is None
    assert not page.detail.edit_button.isVisible()
    QApplication.processEvents()
