"""Done when: a new partnership is made by keyboard alone: Ctrl+N, both cities picked from the
suggestions with the arrows and Enter, kind and status chosen with the arrows, a cooperation
area ticked with Space, Save reached by Tab; the database holds what was typed."""

from __future__ import annotations

from keys import press, tab_to, type_text, wait_active, wait_closed
from partnership_ui import partnerships, save_button
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import CooperationArea, PartnershipKind, PartnershipStatus
from exchangedesk.services.partnerships.records import get_partnership
from exchangedesk.ui.main_window import MainWindow
from exchangedesk.ui.widgets.city_picker import CityPicker, SuggestionKind
from partnership_fakes import FakeGazetteer


def _pick_city(qtbot, picker: CityPicker, typed: str, kind: SuggestionKind, name: str) -> None:  # noqa: ANN001
    """Type the name, wait for the suggestion, walk to it with Down, take it with Enter."""
    type_text(qtbot, typed)

    def row() -> int:
        for index, suggestion in enumerate(picker.model.suggestions()):
            if suggestion.kind is kind and getattr(suggestion.payload, "name", None) == name:
                return index
        return -1

    qtbot.waitUntil(lambda: row() >= 0 and picker.completer.popup().isVisible(), timeout=30_000)
    popup = picker.completer.popup()
    for _ in range(row() + 1):
        press(qtbot, Qt.Key.Key_Down)
    assert popup.currentIndex().row() == row()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.value() is not None and not popup.isVisible())


def _choose(qtbot, combo, data) -> None:  # noqa: ANN001
    """A combo box's entry by the arrows alone (Home first, then Down)."""
    tab_to(qtbot, combo)
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        press(qtbot, Qt.Key.Key_Down)
    assert combo.currentData() == data


def test_a_new_partnership_by_keyboard(
    filled_window: MainWindow,
    database: Database,
    qtbot,  # noqa: ANN001
) -> None:
    page = partnerships(filled_window, FakeGazetteer())
    wait_active(qtbot, filled_window)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.editor is not None)
    editor = page.editor
    wait_active(qtbot, editor)

    tab_to(qtbot, editor.city_a)
    _pick_city(qtbot, editor.city_a, "Coventry", SuggestionKind.LOCAL, "Coventry")
    tab_to(qtbot, editor.city_b)
    _pick_city(qtbot, editor.city_b, "Harbin", SuggestionKind.GAZETTEER, "Harbin")
    _choose(qtbot, editor.kind, PartnershipKind.FRIENDSHIP_CITY)
    _choose(qtbot, editor.status, PartnershipStatus.LETTER_OF_INTENT)
    # Tab passes through Signed and Ended (date fields) on to the cooperation areas.
    tab_to(qtbot, editor.areas[CooperationArea.EDUCATION])
    press(qtbot, Qt.Key.Key_Space)
    assert editor.areas[CooperationArea.EDUCATION].isChecked()
    tab_to(qtbot, editor.signatories)
    type_text(qtbot, "Lord Mayor of Coventry")
    tab_to(qtbot, save_button(editor))
    press(qtbot, Qt.Key.Key_Space)
    wait_closed(qtbot, editor)
    assert QApplication.activeModalWidget() is None

    shown = page.selected_row()
    assert shown is not None and shown.cities == "Coventry – Harbin"
    saved = get_partnership(database, shown.id)
    assert saved.kind is PartnershipKind.FRIENDSHIP_CITY
    assert saved.status is PartnershipStatus.LETTER_OF_INTENT
    assert CooperationArea.EDUCATION in saved.areas
    assert saved.signatories == "Lord Mayor of Coventry"
