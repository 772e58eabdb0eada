"""An optional date typed in a line ("17 May 1990", "1990-05-17", "17.05.1990") or picked from a
calendar; empty means unknown.

The keyboard is the main way in: Tab moves on to the next field (the calendar button is for the
mouse and not a Tab stop), Alt+Down or F4 opens the calendar, the arrows move the day, Enter
takes it and Esc closes the calendar without changing the date.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from exchangedesk.ui.theme import icon

_DATE_FORMATS = ("yyyy-MM-dd", "d.M.yyyy", "d/M/yyyy", "d MMM yyyy", "d MMMM yyyy", "d-M-yyyy")


def parse_date(text: str) -> dt.date | None:
    """A date typed in one of the usual ways; None when it is none of them."""
    text = " ".join(text.split())
    english, local = QLocale(QLocale.Language.English), QLocale()
    for locale in (local, english):
        for pattern in _DATE_FORMATS:
            date = locale.toDate(text, pattern)
            if date.isValid():
                return dt.date(date.year(), date.month(), date.day())
    return None


def _opens_calendar(event: QKeyEvent) -> bool:
    key, modifiers = event.key(), event.modifiers()
    if key == Qt.Key.Key_F4 and not modifiers & ~Qt.KeyboardModifier.KeypadModifier:
        return True
    return key == Qt.Key.Key_Down and bool(modifiers & Qt.KeyboardModifier.AltModifier)


class CalendarPopup(QCalendarWidget):
    """The calendar under a date field, as a popup window: Enter (or a click) picks the day,
    Esc closes it; the arrows are the calendar's own."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setGridVisible(True)
        self.setFirstDayOfWeek(QLocale().firstDayOfWeek())
        self.clicked.connect(self._take)
        self.activated.connect(self._take)  # Enter on a day

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def _take(self, date: QDate) -> None:
        self.close()
        self.picked.emit(date)


class DateField(QWidget):
    """An optional date: empty means unknown. :attr:`invalid` when the text is not a date."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("e.g. 17 May 1990 — empty if unknown"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setToolTip(self.tr("Alt+Down or F4 opens a calendar"))
        self.edit.installEventFilter(self)
        self.button = QToolButton()
        self.button.setIcon(icon("mdi6.calendar-month-outline"))
        self.button.setToolTip(self.tr("Pick the date from a calendar (Alt+Down)"))
        # The mouse's way to the calendar; the keyboard's is Alt+Down, so Tab goes on.
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        # Made when first opened, after the line and the button: a popup window made among a
        # widget's children cuts Qt's Tab chain there, so Tab kept coming back to this line.
        self.calendar: CalendarPopup | None = None
        self.edit.textChanged.connect(lambda _t: self.changed.emit())
        self.edit.editingFinished.connect(self._tidy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.edit)

    def value(self) -> dt.date | None:
        return parse_date(self.edit.text())

    @property
    def invalid(self) -> bool:
        return bool(self.edit.text().strip()) and self.value() is None

    def set_value(self, day: dt.date | None) -> None:
        self.edit.setText(self._format(day) if day else "")

    @property
    def calendar_open(self) -> bool:
        return self.calendar is not None and self.calendar.isVisible()

    def open_calendar(self) -> None:
        """The calendar below the line, on the typed date (or today), with the keyboard in it."""
        if self.calendar is None:
            self.calendar = CalendarPopup(self)
            self.calendar.picked.connect(self._calendar_picked)
        day = self.value()
        shown = QDate.currentDate() if day is None else QDate(day.year, day.month, day.day)
        self.calendar.setSelectedDate(shown)
        self.calendar.adjustSize()
        self.calendar.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self.calendar.show()
        self.calendar.activateWindow()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if _opens_calendar(event):
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def _format(self, day: dt.date) -> str:
        return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")

    def _tidy(self) -> None:
        day = self.value()
        if day is not None:
            self.set_value(day)

    def _calendar_picked(self, date: QDate) -> None:
        self.set_value(dt.date(date.year(), date.month(), date.day()))
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
