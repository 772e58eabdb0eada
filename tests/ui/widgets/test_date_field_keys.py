"""The date field by keyboard alone: Tab moves on, Alt+Down / F4 open the calendar, the arrows
move the day, Enter takes it, Esc leaves the date as it was."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QLineEdit

from exchangedesk.ui.widgets.date_field import DateField


def _form(qtbot):  # noqa: ANN001, ANN202
    dialog = QDialog()
    form = QFormLayout(dialog)
    before, after = QLineEdit(), QLineEdit()
    arrival, departure = DateField(), DateField()
    form.addRow("Title", before)
    form.addRow("Arrival", arrival)
    form.addRow("Departure", departure)
    form.addRow("Notes", after)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    return dialog, before, arrival, departure, after


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _type(qtbot, text: str) -> None:  # noqa: ANN001
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_tab_and_shift_tab_pass_through_two_date_fields(qtbot) -> None:  # noqa: ANN001
    _dialog, before, arrival, departure, after = _form(qtbot)
    visited = []
    for _ in range(3):
        _press(qtbot, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == [arrival.edit, departure.edit, after]
    back = []
    for _ in range(3):
        _press(qtbot, Qt.Key.Key_Backtab)
        back.append(QApplication.focusWidget())
    assert back == [departure.edit, arrival.edit, before]


def test_tab_still_passes_after_the_calendar_was_used(qtbot) -> None:  # noqa: ANN001
    _dialog, _before, arrival, departure, after = _form(qtbot)
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_F4)
    assert arrival.calendar_open
    _press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not arrival.calendar_open)
    qtbot.waitUntil(arrival.edit.hasFocus)
    _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is departure.edit
    _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after


def test_alt_down_arrows_and_enter_pick_the_day(qtbot) -> None:  # noqa: ANN001
    _dialog, _before, arrival, departure, _after = _form(qtbot)
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "12 May 2027")
    _press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert arrival.calendar_open
    _press(qtbot, Qt.Key.Key_Right)
    _press(qtbot, Qt.Key.Key_Right)
    _press(qtbot, Qt.Key.Key_Down)  # a week on
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not arrival.calendar_open)
    assert arrival.value() == dt.date(2027, 5, 21)
    qtbot.waitUntil(arrival.edit.hasFocus)
    _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is departure.edit


def test_escape_closes_the_calendar_and_keeps_the_date(qtbot) -> None:  # noqa: ANN001
    _dialog, _before, arrival, _departure, _after = _form(qtbot)
    arrival.set_value(dt.date(1990, 5, 17))
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_F4)
    assert arrival.calendar_open
    _press(qtbot, Qt.Key.Key_Left)
    _press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not arrival.calendar_open)
    assert arrival.value() == dt.date(1990, 5, 17)
    assert arrival.button.focusPolicy() == Qt.FocusPolicy.NoFocus
