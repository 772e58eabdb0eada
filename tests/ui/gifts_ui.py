"""What the Gifts window tests share: a window on the demo history, the Gifts page, and rows
found by title. No tests live here; the test modules import the fixtures."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox

from exchangedesk.db.session import Database
from exchangedesk.services.samples.demo import build_demo
from exchangedesk.ui.gifts.page import GiftsPage
from exchangedesk.ui.main_window import MainWindow

TODAY = dt.date(2026, 11, 26)
TABLECLOTH_1944 = "Tablecloth embroidered with 830 names of Coventry women"
TABLECLOTH_2008 = "Friendship tablecloth of 2008"
PANORAMA = "Panorama Museum “Battle of Stalingrad”, Volgograd"


@pytest.fixture(name="demo_page")
def demo_page_fixture(qtbot, database: Database) -> GiftsPage:  # noqa: ANN001
    """The Gifts page on the demo history, on its own with an undo stack of its own."""
    build_demo(database, today=TODAY)
    page = GiftsPage(database)
    page.set_undo_stack(QUndoStack(page))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def gifts_page(window: MainWindow) -> GiftsPage:
    window.show_area("gifts")
    page = window.page("gifts")
    assert isinstance(page, GiftsPage)
    return page


def titles(page: GiftsPage) -> list[str]:
    return [page.model.row_at(r).title for r in range(page.model.rowCount())]


def row_of(page: GiftsPage, title: str) -> Any:
    return next(r for r in map(page.model.row_at, range(page.model.rowCount())) if r.title == title)


def select(page: GiftsPage, title: str) -> Any:
    assert page.select_gift(row_of(page, title).id)
    assert page.pane.heading.text() == title
    return page.selected_row()


def save(dialog: Any) -> None:
    """Press the dialog's Save (or OK) button, as the user would."""
    buttons: QDialogButtonBox = dialog.buttons
    for kind in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Ok):
        button = buttons.button(kind)
        if button is not None:
            button.click()
            return
    raise AssertionError("no Save button")
