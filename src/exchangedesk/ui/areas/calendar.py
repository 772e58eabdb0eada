"""Calendar area: a month at a glance — visits, exchanges and round anniversaries."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import Direction
from exchangedesk.services.calendar import CalendarEvent, EventKind, events_in_month
from exchangedesk.ui.areas.base import AreaPage, AreaSpec
from exchangedesk.ui.formatting import enum_text, period_text, plural
from exchangedesk.ui.models import Column, RowsTableModel
from exchangedesk.ui.theme import event_day_background, icon
from exchangedesk.ui.widgets.tables import make_table

ICON = "mdi6.calendar-month-outline"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Calendar", text)


def kind_text(event: CalendarEvent) -> str:
    if event.kind is EventKind.ANNIVERSARY:
        return _tr("Anniversary")
    noun = _tr("Delegation") if event.kind is EventKind.DELEGATION else _tr("Exchange")
    if event.direction is Direction.INCOMING:
        return _tr("{0}, incoming").format(noun)
    if event.direction is Direction.OUTGOING:
        return _tr("{0}, outgoing").format(noun)
    return noun


def event_columns() -> list[Column]:
    return [
        Column(_tr("Dates"), lambda e: period_text(e.starts_on, e.ends_on), width=22),
        Column(_tr("What"), kind_text, width=22),
        Column(_tr("Title"), lambda e: e.title, width=36, stretch=True),
        Column(_tr("Partnership"), lambda e: e.cities, width=24),
        Column(_tr("Status"), lambda e: enum_text(e.status), width=11),
    ]


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CalendarPage(AreaPage):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar")
        self._database = database
        self.calendar = QCalendarWidget()
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setFirstDayOfWeek(QLocale().firstDayOfWeek())
        self.today_button = QPushButton(icon("mdi6.calendar-today"), self.tr("Today"))
        self.today_button.clicked.connect(self.show_today)

        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.model = RowsTableModel(event_columns(), self)
        self.table = make_table(self.model, self.model.columns)
        self.nothing = QLabel(self.tr("Nothing planned or remembered in this month."))
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.calendar)
        left_layout.addWidget(self.today_button, 0, Qt.AlignmentFlag.AlignLeft)
        left_layout.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.nothing)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(splitter)

        self.calendar.currentPageChanged.connect(self.show_month)
        self.calendar.selectionChanged.connect(self._day_selected)
        self.show_month(self.calendar.yearShown(), self.calendar.monthShown())

    def show_today(self) -> None:
        self.calendar.setSelectedDate(QDate.currentDate())
        self.calendar.showSelectedDate()

    def show_month(self, year: int, month: int) -> None:
        """Load the month's events, list them, and mark their days on the calendar."""
        if (self.calendar.yearShown(), self.calendar.monthShown()) != (year, month):
            self.calendar.setCurrentPage(year, month)  # comes back here through the signal
            return
        self._year, self._month = year, month
        events = events_in_month(self._database, year, month)
        self.model.set_rows(events)
        self._mark_days(events)
        title = QLocale().toString(QDate(year, month, 1), "MMMM yyyy")
        self.heading.setText(title)
        self.nothing.setVisible(not events)
        self.status_changed.emit()

    def marked_days(self) -> list[dt.date]:
        formats = self.calendar.dateTextFormat()
        return sorted(day.toPython() for day, fmt in formats.items() if fmt.fontWeight() > 400)

    def _mark_days(self, events: list[CalendarEvent]) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # forget the last month's
        titles: dict[dt.date, list[str]] = {}
        first = dt.date(self._year, self._month, 1)
        for event in events:
            day = max(event.starts_on, first)
            while day <= event.ends_on and day.month == self._month:
                titles.setdefault(day, []).append(event.title)
                day += dt.timedelta(days=1)
        for day, names in titles.items():
            marked = QTextCharFormat()
            marked.setBackground(event_day_background())
            marked.setFontWeight(QFont.Weight.Bold)
            marked.setToolTip("\n".join(names))
            self.calendar.setDateTextFormat(_qdate(day), marked)

    def _day_selected(self) -> None:
        day = self.calendar.selectedDate().toPython()
        for row, event in enumerate(self.model.rows()):
            if event.covers(day):
                self.table.selectRow(row)
                return
        self.table.clearSelection()

    # --- AreaPage ------------------------------------------------------------------------

    def status_text(self) -> str:
        count = self.model.rowCount()
        events = plural(count, self.tr("{0} event"), self.tr("{0} events"))
        return self.tr("Calendar: {0}, {1}").format(self.heading.text(), events)

    def refresh(self) -> None:
        self.show_month(self._year, self._month)

    def refresh_icons(self) -> None:
        self.today_button.setIcon(icon("mdi6.calendar-today"))
        self.refresh()  # the marked days' colour depends on the scheme

    def item_models(self) -> list[QAbstractItemModel]:
        return [self.model]


def make_page(database: Database, parent: QWidget | None = None) -> AreaPage:
    return CalendarPage(database, parent)


def area() -> AreaSpec:
    return AreaSpec(
        "calendar",
        _tr("Calendar"),
        ICON,
        make_page,
        _tr("Visits, exchanges and anniversaries month by month"),
    )
