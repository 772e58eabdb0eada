"""Helpers for the Partnerships window tests: typing in any script, finding rows, the page with
a small gazetteer put in place of the real one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from exchangedesk.ui.main_window import MainWindow
from exchangedesk.ui.partnerships.page import PartnershipsPage
from exchangedesk.ui.widgets.city_picker import CityPicker, SuggestionKind


def type_text(widget, text: str) -> None:  # noqa: ANN001
    """Type like a keyboard would, any script (qtbot.keyClicks aborts on non-ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def partnerships(window: MainWindow, gazetteer=None) -> PartnershipsPage:  # noqa: ANN001
    window.show_area("partnerships")
    page = window.page("partnerships")
    assert isinstance(page, PartnershipsPage)
    if gazetteer is not None:
        page.gazetteer_source = lambda: gazetteer
    return page


def row_of(page: PartnershipsPage, cities: str) -> int:
    for row in range(page.model.rowCount()):
        if page.model.row_at(row).cities == cities:
            return row
    raise AssertionError(f"{cities} is not in the list")


def select(page: PartnershipsPage, cities: str) -> None:
    page.table.selectRow(row_of(page, cities))


def listed(page: PartnershipsPage) -> list[str]:
    return [page.model.row_at(row).cities for row in range(page.model.rowCount())]


def kinds(picker: CityPicker) -> list[SuggestionKind]:
    return [s.kind for s in picker.model.suggestions()]


def save_button(dialog):  # noqa: ANN001, ANN201
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)


def pick(qtbot, picker: CityPicker, typed: str, kind: SuggestionKind, name: str) -> None:  # noqa: ANN001
    """Type a name, wait for the suggestion (the gazetteer loads in the background), pick it."""
    picker.edit.setFocus()
    type_text(picker.edit, typed)

    def found():  # noqa: ANN202
        return [
            s
            for s in picker.model.suggestions()
            if s.kind is kind and getattr(s.payload, "name", None) == name
        ]

    qtbot.waitUntil(lambda: bool(found()), timeout=30_000)
    picker.choose(found()[0])
