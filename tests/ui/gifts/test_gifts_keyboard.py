"""Issue 16: a gift recorded by keyboard alone. Ctrl+N opens the editor; Tab goes from field to
field in reading order (through the date's precision and day, the two parties, the value and
its currency); the partnership is picked from the suggestions with the arrows and Enter; Save
is reached by Tab and pressed with Space. The database then holds what was typed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from gifts_ui import gifts_page
from keys import press, tab_to, type_text, wait_active, wait_closed
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from exchangedesk.db.session import Database
from exchangedesk.domain.anniversaries import DatePrecision
from exchangedesk.domain.enums import GiftDirection
from exchangedesk.services.gifts.register import get_gift, list_gifts
from exchangedesk.ui.gifts.editor import GiftEditor
from exchangedesk.ui.main_window import MainWindow


def _pick_suggestion(qtbot, field, label_part: str) -> None:  # noqa: ANN001
    """Walk the open suggestion list down to the entry naming *label_part*, take it with Enter."""
    popup = field.completer.popup()
    qtbot.waitUntil(lambda: popup.isVisible() and field.model.rowCount() > 0, timeout=10_000)
    labels = [field.model.index(r, 0).data() for r in range(field.model.rowCount())]
    wanted = next(r for r, label in enumerate(labels) if label_part in label)
    for _ in range(wanted + 1):
        press(qtbot, Qt.Key.Key_Down)
    assert popup.currentIndex().row() == wanted
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: field.chosen_id is not None and not popup.isVisible())


def test_a_gift_is_recorded_by_keyboard_alone(
    filled_window: MainWindow,
    database: Database,
    qtbot,  # noqa: ANN001
) -> None:
    gifts_before = list_gifts(database).rows
    page = gifts_page(filled_window)
    wait_active(qtbot, filled_window)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(page.dialog, GiftEditor))
    editor: GiftEditor = page.dialog
    wait_active(qtbot, editor)

    # The title has the focus at once: a secretary starts with what the gift is.
    assert editor.title.hasFocus()
    type_text(qtbot, "Samovar from Volgograd")
    # Back to the direction (Shift+Tab) and choose "Given by us" with the arrows.
    tab_to(qtbot, editor.received, back=True)
    press(qtbot, Qt.Key.Key_Left)
    assert editor.given.isChecked()

    # The date: year only, by the precision choice, then the year typed into the date.
    tab_to(qtbot, editor.given_on.precision)
    year_only = editor.given_on.precision.findData(DatePrecision.YEAR)
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(editor.given_on.precision.count()):
        if editor.given_on.precision.currentIndex() == year_only:
            break
        press(qtbot, Qt.Key.Key_Down)
    assert editor.given_on.precision.currentIndex() == year_only, type(QApplication.focusWidget())
    tab_to(qtbot, editor.given_on.date)
    type_text(qtbot, "1970")
    tab_to(qtbot, editor.occasion)
    type_text(qtbot, "Return visit of Volgograd students")

    # The giver only in words: the kind chosen with End (the last entry), then Tab to the words.
    tab_to(qtbot, editor.giver.kind)
    press(qtbot, Qt.Key.Key_End)
    tab_to(qtbot, editor.giver.words)
    type_text(qtbot, "Volgograd Pedagogical Institute")

    tab_to(qtbot, editor.value)
    type_text(qtbot, "120.50")
    tab_to(qtbot, editor.currency)
    type_text(qtbot, "gbp")  # upper-cased as typed
    assert editor.currency.text() == "GBP"

    tab_to(qtbot, editor.partnership)
    type_text(qtbot, "Volgo")
    _pick_suggestion(qtbot, editor.partnership, "Volgograd")

    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    tab_to(qtbot, save)
    press(qtbot, Qt.Key.Key_Space)
    wait_closed(qtbot, editor)

    before = {row.id for row in gifts_before}
    new = [row for row in list_gifts(database).rows if row.id not in before]
    assert len(new) == 1  # the sample committee's own gifts are still there, untouched
    gift = get_gift(database, new[0].id).fields
    assert gift.title == "Samovar from Volgograd"
    assert gift.direction is GiftDirection.GIVEN
    assert gift.given_on == dt.date(1970, 1, 1)
    assert gift.occasion == "Return visit of Volgograd students"
    assert gift.giver.text == "Volgograd Pedagogical Institute"
    assert gift.estimated_value == Decimal("120.50")
    assert gift.currency == "GBP"
    assert gift.partnership_id is not None
    # The new gift is selected in the list, so Enter edits it next.
    assert page.selected_row() is not None and page.selected_row().title == gift.title
