"""Recording and correcting gifts in the window: Ctrl+N opens the editor, a value the currency
cannot have or a code that is not ISO 4217 is refused beside its field with nothing saved, and
a saved gift or edit can be undone and redone."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from gifts_ui import TABLECLOTH_1944, demo_page_fixture, gifts_page, save, select, titles  # noqa: F401
from PySide6.QtCore import Qt

from exchangedesk.db.session import Database
from exchangedesk.domain.anniversaries import DatePrecision
from exchangedesk.domain.enums import GiftDirection
from exchangedesk.services.gifts.register import get_gift, list_gifts
from exchangedesk.ui.gifts.editor import GiftEditor
from exchangedesk.ui.gifts.page import GiftsPage
from exchangedesk.ui.main_window import MainWindow


def _open_new(window: MainWindow, qtbot) -> GiftEditor:  # noqa: ANN001
    page = gifts_page(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.actions_.new_record.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(page.dialog, GiftEditor) and page.dialog.isVisible())
    return page.dialog


def test_a_new_gift_is_refused_beside_its_value_then_saved_and_undone(
    window: MainWindow,
    database: Database,
    qtbot,  # noqa: ANN001
) -> None:
    page = gifts_page(window)
    assert page.showing_placeholder  # no gifts yet: the page says what the area is for
    editor = _open_new(window, qtbot)
    assert editor.received.isChecked()  # what a secretary records most
    editor.title.setText("Samovar")
    editor.given_on.set_value(dt.date(1970, 7, 24))
    editor.occasion.setText("Return visit of Volgograd students")
    editor.giver.kind.setCurrentIndex(editor.giver.kind.findData(None))  # only in words
    editor.giver.words.setText("Volgograd State Pedagogical Institute")
    editor.category.setCurrentText("household")
    editor.value.setText("99.999")
    editor.currency.setText("GBP")

    save(editor)
    assert editor.isVisible()
    assert "GBP has 2" in editor.messages.message("estimated_value")
    assert editor.messages.message("currency") == ""
    assert list_gifts(database).total == 0  # nothing saved

    editor.value.setText("120")
    editor.currency.setText("RUR")  # the rouble before 1998: no longer ISO 4217
    save(editor)
    assert "ISO 4217" in editor.messages.message("currency")
    assert editor.messages.message("estimated_value") == ""
    assert list_gifts(database).total == 0

    editor.currency.setText("RUB")
    save(editor)
    assert not editor.isVisible()
    assert titles(page) == ["Samovar"]
    saved = get_gift(database, page.selected_row().id)
    assert saved.fields.direction is GiftDirection.RECEIVED
    assert saved.giver == "Volgograd State Pedagogical Institute"
    assert (saved.fields.estimated_value, saved.fields.currency) == (Decimal(120), "RUB")
    assert page.pane.heading.text() == "Samovar"

    stack = window.undo_stack
    assert stack.undoText() == "New gift “Samovar”"
    stack.undo()
    assert list_gifts(database).total == 0 and page.showing_placeholder
    stack.redo()  # the same gift comes back
    assert [r.id for r in list_gifts(database).rows] == [saved.id]
    assert titles(page) == ["Samovar"]


def test_the_value_is_checked_as_it_is_typed(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    editor = _open_new(window, qtbot)
    editor.value.setText("1500")
    editor.currency.setText("JPY")
    assert editor.check_value()
    editor.value.setText("1500.5")
    editor.value.editingFinished.emit()
    assert "JPY has no" in editor.messages.message("estimated_value")
    editor.currency.setText("")
    editor.value.setText("")
    editor.currency.editingFinished.emit()
    assert editor.messages.shown() == {}
    editor.value.setText("10")
    assert not editor.check_value()  # a value needs its currency
    assert "currency" in editor.messages.message("currency").lower()


def test_a_gift_is_edited_and_the_edit_undone(demo_page: GiftsPage, database: Database) -> None:
    page = demo_page
    row = select(page, TABLECLOTH_1944)
    before = get_gift(database, row.id)
    page.edit_selected()
    editor = page.dialog
    assert isinstance(editor, GiftEditor)
    # The year-only date of 1944 shows as the year, and the giver keeps its words.
    assert editor.given_on.current_precision() is DatePrecision.YEAR
    assert editor.given.isChecked()
    assert editor.giver.words.text() == "830 women of Coventry"
    assert editor.partnership.text == "Coventry – Volgograd"
    editor.category.setCurrentText("textile, embroidery")
    editor.value.setText("0")
    editor.currency.setText("gbp")
    save(editor)
    assert not editor.isVisible()
    after = get_gift(database, row.id)
    assert after.fields.category == "textile, embroidery"
    assert after.fields.currency == "GBP"
    assert after.fields.giver == before.fields.giver  # the person and words kept as they were
    assert after.fields.given_on == dt.date(1944, 1, 1)
    assert "textile, embroidery" in page.pane.subheading.text()

    stack = page.undo_stack
    assert stack.undoText() == f"Edit “{TABLECLOTH_1944}”"
    stack.undo()
    assert get_gift(database, row.id).fields == before.fields
    assert "textile, embroidery" not in page.pane.subheading.text()
    stack.redo()
    assert get_gift(database, row.id).fields.category == "textile, embroidery"


def test_cancel_saves_nothing(demo_page: GiftsPage, database: Database, monkeypatch) -> None:  # noqa: ANN001
    page = demo_page
    row = select(page, TABLECLOTH_1944)
    before = get_gift(database, row.id)
    page.edit_selected()
    editor = page.dialog
    editor.title.setText("Something else")
    asked: list[str] = []
    monkeypatch.setattr(
        "exchangedesk.ui.dialogs.confirm.ask", lambda *args: asked.append(args[1]) or True
    )
    editor.reject()
    assert asked == ["Discard changes?"] and not editor.isVisible()
    assert get_gift(database, row.id) == before
    assert page.undo_stack.count() == 0
