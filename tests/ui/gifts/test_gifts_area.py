"""The Gifts area on the demo history: the two tablecloths with where each has been kept, a
custody move seen on the timeline and undone, a thank-you letter linked from the register
(and the "not thanked" mark gone), the filters, deletion with undo, and photos."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from gifts_ui import (  # noqa: F401 - fixtures
    PANORAMA,
    TABLECLOTH_1944,
    TABLECLOTH_2008,
    TODAY,
    demo_page_fixture,
    row_of,
    save,
    select,
    titles,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QStyleOptionViewItem

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import GiftDirection
from exchangedesk.services.gifts.records import gift_photos
from exchangedesk.services.gifts.register import get_gift, gift_history, list_gifts
from exchangedesk.services.samples.demo import build_demo
from exchangedesk.ui.gifts.custody import CustodyMoveDialog
from exchangedesk.ui.gifts.letter import ThankYouLetterDialog
from exchangedesk.ui.gifts.lists import THANKS_COLUMN
from exchangedesk.ui.gifts.page import GiftsPage
from qt_checks import ModelChecker


def _owed_mark(page: GiftsPage, title: str) -> bool:
    """Whether the row's given/received cell is drawn with the envelope mark."""
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).title == title)
    index = page.model.index(row, THANKS_COLUMN)
    option = QStyleOptionViewItem()
    page.table.itemDelegateForColumn(THANKS_COLUMN).initStyleOption(option, index)
    marked = bool(option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration)
    assert marked == (index.data() == "Received, not thanked")
    return marked


def test_the_two_tablecloths_with_their_custody_history(demo_page: GiftsPage) -> None:
    page = demo_page
    assert {TABLECLOTH_1944, TABLECLOTH_2008} <= set(titles(page))
    assert row_of(page, TABLECLOTH_1944).kept_at == PANORAMA
    select(page, TABLECLOTH_1944)
    entries = page.pane.timeline.entries()
    assert [e.move.location for e in entries] == [PANORAMA, "Stalingrad", "Coventry"]
    assert entries[0].text.startswith(f"{PANORAMA} — Kept here now · Since 1982")
    assert "in the care of May Adams" in entries[-1].text
    assert page.pane.fact_labels["date"][1].text() == "1944"  # a year-only date, not 1 Jan
    assert not page.pane.thanks.isVisible()  # a gift we gave is owed no thanks
    select(page, TABLECLOTH_2008)
    (only,) = page.pane.timeline.entries()
    assert only.text.startswith(
        "Volgograd — Kept here now · Since 2008, in the care of Volgograd City Administration"
    )


def test_a_custody_move_shows_on_the_timeline_and_is_undone(
    demo_page: GiftsPage, database: Database
) -> None:
    page = demo_page
    gift = select(page, TABLECLOTH_2008)
    page.move_custody()
    dialog = page.dialog
    assert isinstance(dialog, CustodyMoveDialog)
    save(dialog)  # no place typed
    assert dialog.isVisible() and "cannot be left empty" in dialog.messages.message("location")
    assert len(gift_history(database, gift.id).moves) == 1
    dialog.since.set_value(dt.date(2024, 5, 9))
    dialog.location.setText("Coventry Cathedral, Chapel of Unity")
    dialog.custodian.setText("Coventry Cathedral")
    dialog.note.setPlainText("Lent for the exhibition of the 80th anniversary")
    save(dialog)
    assert not dialog.isVisible()
    entries = page.pane.timeline.entries()
    assert [e.move.location for e in entries] == [
        "Coventry Cathedral, Chapel of Unity",
        "Volgograd",
    ]
    assert "Kept here now" in entries[0].text and "80th anniversary" in entries[0].text
    assert row_of(page, TABLECLOTH_2008).kept_at == "Coventry Cathedral, Chapel of Unity"

    assert page.undo_stack.undoText().startswith(f"Move “{TABLECLOTH_2008}” to Coventry")
    page.undo_stack.undo()
    assert [e.move.location for e in page.pane.timeline.entries()] == ["Volgograd"]
    assert row_of(page, TABLECLOTH_2008).kept_at == "Volgograd"
    page.undo_stack.redo()
    assert gift_history(database, gift.id).now.location == "Coventry Cathedral, Chapel of Unity"


def test_linking_a_thank_you_letter_takes_the_mark_away(
    demo_page: GiftsPage, database: Database, model_checker: ModelChecker
) -> None:
    page = demo_page
    assert _owed_mark(page, "Samovar")
    assert not _owed_mark(page, "Porcelain plate with a view of the Frauenkirche")
    samovar = select(page, "Samovar")
    assert page.pane.owes_thanks and page.pane.link_button.isVisible()
    assert page.pane.thanks.text().startswith("Not thanked yet")
    assert "Since 24 Jul 1970, in the care of" in page.pane.timeline.entries()[-1].text

    page.link_thank_you()
    dialog = page.dialog
    assert isinstance(dialog, ThankYouLetterDialog)
    model_checker.check(dialog.letters)
    dialog.filter.setText("porcelain")
    dialog.filter.apply_now()
    assert [x.title for x in dialog.letters.rows()] == ["Thank-you letter for the porcelain plate"]
    save(dialog)  # that letter thanks for the plate already
    assert dialog.isVisible() and "already the thank-you" in dialog.banner.text()
    dialog.filter.setText("Volgograd delegation")
    dialog.filter.apply_now()
    chosen = dialog.letters.rows()[0]
    dialog.table.selectRow(0)
    save(dialog)
    assert not dialog.isVisible()
    assert get_gift(database, samovar.id).thanked
    assert not _owed_mark(page, "Samovar")
    assert not page.pane.owes_thanks and chosen.title in page.pane.thanks.text()
    page.choices.unthanked.setChecked(True)
    assert titles(page) == [] and "No gift matches" in page.no_match.text()

    page.undo_stack.undo()
    assert titles(page) == ["Samovar"] and _owed_mark(page, "Samovar")
    assert not get_gift(database, samovar.id).thanked
    assert model_checker.failures() == []


def test_the_filters_narrow_the_list(
    demo_page: GiftsPage, database: Database, model_checker: ModelChecker
) -> None:
    page = demo_page
    model_checker.check(page.model)
    everything = set(titles(page))
    given = {r.title for r in list_gifts(database).rows if r.direction is GiftDirection.GIVEN}
    choices = page.choices
    choices.direction.setCurrentIndex(choices.direction.findData(GiftDirection.GIVEN))
    assert set(titles(page)) == given < everything
    assert page.status_text() == f"Gifts: {len(given)} matching the filter"
    choices.category.setCurrentIndex(choices.category.findText("textile"))
    assert set(titles(page)) == {TABLECLOTH_1944, TABLECLOTH_2008}
    choices.direction.setCurrentIndex(0)
    choices.category.setCurrentIndex(0)
    dresden = choices.partnership.findText("Coventry – Dresden")
    assert dresden > 0
    choices.partnership.setCurrentIndex(dresden)
    assert titles(page) == ["Porcelain plate with a view of the Frauenkirche"]
    choices.partnership.setCurrentIndex(0)
    page.filter_bar.setText("tablecloth")
    page.filter_bar.apply_now()
    assert set(titles(page)) == {TABLECLOTH_1944, TABLECLOTH_2008}
    page.filter_bar.setText("")
    page.filter_bar.apply_now()
    assert set(titles(page)) == everything
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by title, in SQL
    assert titles(page) == sorted(everything)
    assert model_checker.failures() == []


def test_a_gift_is_deleted_after_asking_and_comes_back_with_undo(
    demo_page: GiftsPage, database: Database, monkeypatch
) -> None:  # noqa: ANN001
    page = demo_page
    gift = select(page, TABLECLOTH_1944)
    answers = [False, True]
    monkeypatch.setattr("exchangedesk.ui.dialogs.confirm.ask", lambda *args: answers.pop(0))
    page.delete_selected()  # "Keep it"
    assert TABLECLOTH_1944 in titles(page)
    page.delete_selected()
    assert TABLECLOTH_1944 not in titles(page)
    page.undo_stack.undo()
    assert TABLECLOTH_1944 in titles(page)
    assert gift_history(database, gift.id).now.location == PANORAMA
    assert page.pane.heading.text() == TABLECLOTH_1944


def test_photos_are_added_shown_and_removed(
    demo_page: GiftsPage, database: Database, tmp_path: Path
) -> None:
    page = demo_page
    samovar = select(page, "Samovar")
    assert page.pane.no_photos.isVisible()
    picture = QImage(320, 200, QImage.Format.Format_RGB32)
    picture.fill(QColor("#b87333"))
    path = tmp_path / "samovar.png"
    assert picture.save(str(path))
    page.add_photos(get_gift(database, samovar.id), [path])
    assert page.pane.photos.count() == 1 and not page.pane.no_photos.isVisible()
    item = page.pane.photos.item(0)
    assert item.text() == "samovar.png"
    assert not item.icon().pixmap(96, 96).isNull()  # a thumbnail of the picture itself
    page.pane.photos.setCurrentRow(0)
    photo_id = page.pane.selected_photo()
    page.remove_photo(get_gift(database, samovar.id), photo_id)
    assert gift_photos(database, samovar.id) == [] and page.pane.photos.count() == 0
    page.undo_stack.undo()  # the removal
    assert page.pane.photos.count() == 1
    page.undo_stack.undo()  # the adding
    assert gift_photos(database, samovar.id) == []
    page.undo_stack.redo()
    assert [p.id for p in gift_photos(database, samovar.id)] == [photo_id]


def test_a_linked_letter_is_shown_and_can_be_unlinked(
    demo_page: GiftsPage, database: Database
) -> None:
    page = demo_page
    plate = select(page, "Porcelain plate with a view of the Frauenkirche")
    assert not page.pane.owes_thanks and not page.pane.link_button.isVisible()
    assert "“Thank-you letter for the porcelain plate” — Katrin Vogel" in page.pane.thanks.text()
    page.pane.unlink_button.click()
    assert not get_gift(database, plate.id).thanked
    assert page.pane.owes_thanks and _owed_mark(page, plate.title)
    page.undo_stack.undo()
    assert get_gift(database, plate.id).thanked and not _owed_mark(page, plate.title)


def test_a_read_only_register_offers_no_changes(database: Database, qtbot) -> None:  # noqa: ANN001
    build_demo(database, today=TODAY)
    page = GiftsPage(replace(database, read_only=True))
    qtbot.addWidget(page)
    page.show()
    select(page, "Samovar")
    assert not page.can_create and not page.new_button.isVisible()
    for button in (page.pane.edit_button, page.pane.move_button, page.pane.link_button):
        assert not button.isVisible()
    assert page.pane.owes_thanks  # still said, only not offered to change
