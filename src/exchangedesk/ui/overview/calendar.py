"""Calendar area: a month or a week at a glance — visits, exchanges, programme items at their
local times, reminders, anniversaries and World Sister Cities Day. A click on an event opens its
record in its area."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractItemModel, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QTextCharFormat
from PySide6.QtWidgets import (
    QButtonGroup,
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.services.overview.calendar import (
    CalendarEvent,
    EventKind,
    events_in_month,
    events_in_week,
    month_bounds,
    observances_between,
    reminder_events,
    week_bounds,
)
from exchangedesk.ui.areas.base import AreaPage, AreaSpec
from exchangedesk.ui.models import RowsTableModel
from exchangedesk.ui.overview.calendar_month import WEEKS, MonthGrid
from exchangedesk.ui.overview.calendar_style import Legend, event_columns, event_title
from exchangedesk.ui.overview.calendar_week import WeekGrid
from exchangedesk.ui.theme import event_day_background, icon
from exchangedesk.ui.widgets.tables import make_table

ICON = "mdi6.calendar-month-outline"
MONTH, WEEK = "month", "week"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _button(icon_name: str, text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setIcon(icon(icon_name))
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    button.setToolButtonStyle(
        Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        if text
        else Qt.ToolButtonStyle.ToolButtonIconOnly
    )
    return button


class CalendarPage(AreaPage):
    open_record = Signal(str, int)  # area key, record id: the window shows it (show_record)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar")
        self._database = database
        self.today: dt.date | None = None  # None: the real today (tests set a day)
        self.mode = MONTH
        self.anchor = dt.date.today()  # the day whose month or week is shown
        self.first_weekday = QLocale().firstDayOfWeek().value - 1  # 0 Monday ... 6 Sunday

        self.today_button = _button("mdi6.calendar-today", self.tr("Today"), self.tr("Show today"))
        self.previous_button = _button("mdi6.chevron-left", "", self.tr("Previous (Page Up)"))
        self.next_button = _button("mdi6.chevron-right", "", self.tr("Next (Page Down)"))
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.month_button = _button("mdi6.calendar-month", self.tr("Month"), self.tr("Month view"))
        self.week_button = _button("mdi6.calendar-week", self.tr("Week"), self.tr("Week view"))
        self.modes = QButtonGroup(self)
        for button in (self.month_button, self.week_button):
            button.setCheckable(True)
            self.modes.addButton(button)
        self.month_button.setChecked(True)
        bar = QHBoxLayout()
        for widget in (self.today_button, self.previous_button, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(8)
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.month_button)
        bar.addWidget(self.week_button)

        self.calendar = QCalendarWidget()  # the small navigator on the left
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setFirstDayOfWeek(QLocale().firstDayOfWeek())
        self.legend = Legend()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.calendar)
        left_layout.addSpacing(8)
        left_layout.addWidget(self.legend)
        left_layout.addStretch(1)

        self.month_grid = MonthGrid()
        self.week_grid = WeekGrid()
        self.week_scroll = QScrollArea()
        self.week_scroll.setWidgetResizable(True)
        self.week_scroll.setWidget(self.week_grid)
        self.views = QStackedWidget()
        self.views.addWidget(self.month_grid)
        self.views.addWidget(self.week_scroll)

        self.model = RowsTableModel(event_columns(), self)
        self.table = make_table(self.model, self.model.columns)
        self.nothing = QLabel(self.tr("Nothing planned or remembered in this month."))
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.setWordWrap(True)
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addWidget(self.table, 1)
        listing_layout.addWidget(self.nothing)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.views)
        right.addWidget(listing)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        right.setSizes([520, 190])  # the list keeps room for a handful of rows
        right.setChildrenCollapsible(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.today_button.clicked.connect(self.show_today)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        for key, direction in ((Qt.Key.Key_PageUp, -1), (Qt.Key.Key_PageDown, 1)):
            shortcut = QShortcut(QKeySequence(key), self, lambda d=direction: self.step(d))
            # Only here: elsewhere Page Up and Down scroll the lists.
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.month_button.clicked.connect(lambda: self.set_mode(MONTH))
        self.week_button.clicked.connect(lambda: self.set_mode(WEEK))
        self.calendar.currentPageChanged.connect(self._page_changed)
        self.calendar.selectionChanged.connect(self._day_selected)
        for grid in (self.month_grid, self.week_grid):
            grid.event_clicked.connect(self.open_event)
        self.month_grid.day_clicked.connect(self._grid_day_clicked)
        self.month_grid.day_double_clicked.connect(lambda day: self.go_to(day, WEEK))
        self.week_grid.day_clicked.connect(self._grid_day_clicked)
        self.table.activated.connect(lambda index: self.open_event(self.model.row_at(index.row())))
        self.show_month(self.calendar.yearShown(), self.calendar.monthShown())

    # --- navigation ----------------------------------------------------------------------

    def current_today(self) -> dt.date:
        return self.today or dt.date.today()

    def show_today(self) -> None:
        self.go_to(self.current_today())
        self.calendar.setSelectedDate(_qdate(self.current_today()))

    def set_mode(self, mode: str) -> None:
        self.go_to(self.anchor, mode)

    def step(self, direction: int) -> None:
        """One month or one week back (-1) or on (+1)."""
        if self.mode == WEEK:
            self.go_to(self.anchor + dt.timedelta(weeks=direction))
            return
        month = self.anchor.year * 12 + self.anchor.month - 1 + direction
        self.go_to(dt.date(month // 12, month % 12 + 1, 1))

    def go_to(self, day: dt.date, mode: str | None = None) -> None:
        """Show the month or the week (``mode``, else the one shown) that holds ``day``."""
        if mode is not None:
            self.mode = mode
        self.anchor = day
        if self.mode == WEEK:
            self.show_week(week_bounds(day, self.first_weekday)[0])
        else:
            self.show_month(day.year, day.month)

    def show_month(self, year: int, month: int) -> None:
        """Load the month's events, draw and list them, and mark their days."""
        if (self.calendar.yearShown(), self.calendar.monthShown()) != (year, month):
            self.calendar.setCurrentPage(year, month)  # comes back here through the signal
            if self.mode == MONTH:
                return
        self.mode = MONTH
        if (self.anchor.year, self.anchor.month) != (year, month):
            self.anchor = dt.date(year, month, 1)
        self._year, self._month = year, month
        first, last = month_bounds(year, month)
        today = self.current_today()
        events = events_in_month(self._database, year, month)
        events += reminder_events(self._database, first, last, today=today)
        self._show(events, QLocale().toString(QDate(year, month, 1), "MMMM yyyy"))
        self.nothing.setText(self.tr("Nothing planned or remembered in this month."))
        grid_first = first - dt.timedelta(days=(first.weekday() - self.first_weekday) % 7)
        grid_last = grid_first + dt.timedelta(days=7 * WEEKS - 1)
        shown = [e for e in events if e.ends_on >= grid_first and e.starts_on <= grid_last]
        # The days before and after the month come from the neighbouring months' feed.
        around = [
            e
            for e in events_in_month_window(self._database, grid_first, grid_last, first, last)
            if e not in shown
        ]
        self.month_grid.show_month(
            year,
            month,
            shown + around + observances_between(grid_first, grid_last),
            first_weekday=self.first_weekday,
            today=today,
        )
        self.views.setCurrentWidget(self.month_grid)
        self.month_button.setChecked(True)
        self.status_changed.emit()

    def show_week(self, first_day: dt.date) -> None:
        """The seven days from ``first_day``, programme items at their local times."""
        self.mode = WEEK
        last = first_day + dt.timedelta(days=6)
        today = self.current_today()
        events = events_in_week(self._database, first_day)
        events += reminder_events(self._database, first_day, last, today=today)
        self._year, self._month = first_day.year, first_day.month
        if (self.calendar.yearShown(), self.calendar.monthShown()) != (last.year, last.month):
            self.calendar.blockSignals(True)  # the small calendar follows without reloading
            self.calendar.setCurrentPage(last.year, last.month)
            self.calendar.blockSignals(False)
        listed = [e for e in events if e.kind is not EventKind.OBSERVANCE]
        self._show(listed, self.week_title(first_day))
        self.nothing.setText(self.tr("Nothing planned or remembered in this week."))
        self.week_grid.show_week(first_day, events, today=today)
        self.views.setCurrentWidget(self.week_scroll)
        self.week_button.setChecked(True)
        self.status_changed.emit()

    def week_title(self, first: dt.date) -> str:
        last = first + dt.timedelta(days=6)
        locale = QLocale()
        if first.month == last.month:
            return f"{first.day} – {locale.toString(_qdate(last), 'd MMMM yyyy')}"
        if first.year == last.year:
            return f"{locale.toString(_qdate(first), 'd MMMM')} – {locale.toString(_qdate(last), 'd MMMM yyyy')}"
        return f"{locale.toString(_qdate(first), 'd MMMM yyyy')} – {locale.toString(_qdate(last), 'd MMMM yyyy')}"

    def _show(self, events: list[CalendarEvent], title: str) -> None:
        self.model.set_rows(events)
        self._mark_days(events)
        self.heading.setText(title)
        self.nothing.setVisible(not events)
        self.table.setVisible(bool(events))

    def _page_changed(self, year: int, month: int) -> None:
        if self.mode == MONTH:
            self.show_month(year, month)

    def open_event(self, event: CalendarEvent | None) -> None:
        if event is not None and event.area is not None:
            self.open_record.emit(event.area, event.record_id)

    def _grid_day_clicked(self, day: dt.date) -> None:
        self.calendar.blockSignals(True)
        self.calendar.setSelectedDate(_qdate(day))
        self.calendar.blockSignals(False)
        self._select_row_of(day)

    def marked_days(self) -> list[dt.date]:
        formats = self.calendar.dateTextFormat()
        return sorted(day.toPython() for day, fmt in formats.items() if fmt.fontWeight() > 400)

    def _mark_days(self, events: list[CalendarEvent]) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # forget the last ones
        titles: dict[dt.date, list[str]] = {}
        for event in events:
            day = event.starts_on
            while day <= event.ends_on:
                titles.setdefault(day, []).append(event_title(event))
                day += dt.timedelta(days=1)
        for day, names in titles.items():
            if self.mode == MONTH and (day.year, day.month) != (self._year, self._month):
                continue
            marked = QTextCharFormat()
            marked.setBackground(event_day_background())
            marked.setFontWeight(QFont.Weight.Bold)
            marked.setToolTip("\n".join(dict.fromkeys(names)))
            self.calendar.setDateTextFormat(_qdate(day), marked)

    def _day_selected(self) -> None:
        day = self.calendar.selectedDate().toPython()
        if self.mode == WEEK:
            if not self.week_grid.first_day <= day <= self.week_grid.first_day + dt.timedelta(6):
                self.go_to(day)
        else:
            self.month_grid.selected = day
            self.month_grid.update()
        self._select_row_of(day)

    def _select_row_of(self, day: dt.date) -> None:
        for row, event in enumerate(self.model.rows()):
            if event.covers(day):
                self.table.selectRow(row)
                return
        self.table.clearSelection()

    # --- AreaPage ------------------------------------------------------------------------

    def status_text(self) -> str:
        count = self.model.rowCount()
        events = self.tr("%Ln events", "", count)
        return self.tr("Calendar: {0}, {1}").format(self.heading.text(), events)

    def refresh(self) -> None:
        self.go_to(self.anchor)

    def refresh_icons(self) -> None:
        for button, name in (
            (self.today_button, "mdi6.calendar-today"),
            (self.previous_button, "mdi6.chevron-left"),
            (self.next_button, "mdi6.chevron-right"),
            (self.month_button, "mdi6.calendar-month"),
            (self.week_button, "mdi6.calendar-week"),
        ):
            button.setIcon(icon(name))
        self.legend.refresh_colours()
        self.refresh()  # the marked days' and the bars' colours depend on the scheme

    def item_models(self) -> list[QAbstractItemModel]:
        return [self.model]


def events_in_month_window(
    database: Database, grid_first: dt.date, grid_last: dt.date, first: dt.date, last: dt.date
) -> list[CalendarEvent]:
    """Events of the grid's leading and trailing days, outside the month itself."""
    from exchangedesk.services.overview.calendar import events_between

    found: list[CalendarEvent] = []
    if grid_first < first:
        found += events_between(database, grid_first, first - dt.timedelta(days=1))
    if grid_last > last:
        found += events_between(database, last + dt.timedelta(days=1), grid_last)
    return list(dict.fromkeys(found))


def make_page(database: Database, parent: QWidget | None = None) -> AreaPage:
    return CalendarPage(database, parent)


def area() -> AreaSpec:
    from exchangedesk.ui.areas import area_spec

    return area_spec("calendar")
