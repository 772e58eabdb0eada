"""The calendar's month view: six weeks of day cells, visits drawn as bars across their days."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from exchangedesk.services.overview.calendar import CalendarEvent
from exchangedesk.ui.overview.calendar_style import (
    EventPointer,
    assign_lanes,
    event_title,
    paint_bar,
)

WEEKS = 6


class MonthGrid(EventPointer, QWidget):
    """Paints one month; a click on a bar asks to open its record, a click on a day picks it,
    a double-click on a day asks for that day's week."""

    event_clicked = Signal(object)  # the CalendarEvent
    day_clicked = Signal(object)  # dt.date
    day_double_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("month-grid")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Page Up and Down step the calendar
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.first_shown = dt.date.today()
        self.month = (self.first_shown.year, self.first_shown.month)
        self.today = dt.date.today()
        self.selected: dt.date | None = None
        self.events: list[CalendarEvent] = []
        self.first_weekday = 0  # Monday
        # Where the last paint put each bar, for clicks and tooltips.
        self.bars: list[tuple[QRect, CalendarEvent]] = []

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(720, 520)

    def show_month(
        self,
        year: int,
        month: int,
        events: list[CalendarEvent],
        *,
        first_weekday: int = 0,
        today: dt.date | None = None,
    ) -> None:
        self.month = (year, month)
        self.first_weekday = first_weekday
        first = dt.date(year, month, 1)
        self.first_shown = first - dt.timedelta(days=(first.weekday() - first_weekday) % 7)
        self.events = events
        self.today = today or dt.date.today()
        self.update()

    @property
    def last_shown(self) -> dt.date:
        return self.first_shown + dt.timedelta(days=7 * WEEKS - 1)

    # --- geometry ------------------------------------------------------------------------

    def _header_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _cell(self, row: int, column: int) -> QRect:
        top = self._header_height()
        width, height = self.width() / 7, (self.height() - top) / WEEKS
        x, y = round(column * width), round(top + row * height)
        return QRect(x, y, round((column + 1) * width) - x, round(top + (row + 1) * height) - y)

    def day_at(self, point: QPoint) -> dt.date | None:
        top = self._header_height()
        if point.y() < top or not self.rect().contains(point):
            return None
        column = min(6, int(point.x() * 7 / max(1, self.width())))
        row = min(WEEKS - 1, int((point.y() - top) * WEEKS / max(1, self.height() - top)))
        return self.first_shown + dt.timedelta(days=row * 7 + column)

    def cell_of(self, day: dt.date) -> QRect:
        offset = (day - self.first_shown).days
        return self._cell(offset // 7, offset % 7)

    def event_at(self, point: QPoint) -> CalendarEvent | None:
        return next((event for rect, event in self.bars if rect.contains(point)), None)

    # --- painting ------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        locale = QLocale()
        metrics = self.fontMetrics()
        header = self._header_height()
        for column in range(7):
            weekday = (self.first_weekday + column) % 7 + 1  # Qt: 1 Monday ... 7 Sunday
            rect = self._cell(0, column)
            rect = QRect(rect.left(), 0, rect.width(), header)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            name = locale.standaloneDayName(weekday, QLocale.FormatType.ShortFormat)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        line = palette.color(QPalette.ColorRole.Mid)
        bar_height = metrics.height() + 3
        self.bars = []
        for row in range(WEEKS):
            week_first = self.first_shown + dt.timedelta(days=row * 7)
            for column in range(7):
                self._paint_day(painter, week_first + dt.timedelta(days=column), line)
            self._paint_week_bars(painter, row, week_first, bar_height)
        painter.end()

    def _paint_day(self, painter: QPainter, day: dt.date, line) -> None:  # noqa: ANN001
        palette = self.palette()
        rect = self.cell_of(day)
        in_month = (day.year, day.month) == self.month
        if not in_month:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        if day == self.selected:
            tint = palette.color(QPalette.ColorRole.Highlight)
            tint.setAlpha(40)
            painter.fillRect(rect, tint)
        painter.setPen(line)
        painter.setBrush(Qt.BrushStyle.NoBrush)  # a bar painted before left its colour
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        number = QRect(
            rect.left() + 4, rect.top() + 2, rect.width() - 8, self.fontMetrics().height()
        )
        font = QFont(self.font())
        if day == self.today:
            font.setBold(True)
            circle = QRect(0, 0, number.height() + 6, number.height() + 2)
            circle.moveTopRight(QPoint(rect.right() - 2, rect.top() + 1))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(circle, 8, 8)
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            painter.setFont(font)
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(day.day))
            painter.setFont(self.font())
            return
        role = QPalette.ColorRole.Text if in_month else QPalette.ColorRole.PlaceholderText
        painter.setPen(palette.color(role))
        painter.drawText(
            number, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, str(day.day)
        )

    def _paint_week_bars(
        self, painter: QPainter, row: int, week_first: dt.date, bar_height: int
    ) -> None:
        week_last = week_first + dt.timedelta(days=6)
        shown = [e for e in self.events if e.starts_on <= week_last and e.ends_on >= week_first]
        # Longer visits first, so they keep the upper lanes the whole week.
        shown.sort(key=lambda e: (-(e.ends_on - e.starts_on).days, e.starts_on, e.title))
        spans = [
            (
                (max(e.starts_on, week_first) - week_first).days,
                (min(e.ends_on, week_last) - week_first).days,
            )
            for e in shown
        ]
        lanes = assign_lanes(spans)
        cell = self._cell(row, 0)
        top = cell.top() + self.fontMetrics().height() + 5
        room = max(0, (cell.bottom() - top - bar_height) // (bar_height + 2))  # lanes that fit
        hidden = [0] * 7
        for event, (first, last), lane in zip(shown, spans, lanes, strict=True):
            if lane >= room:
                for column in range(first, last + 1):
                    hidden[column] += 1
                continue
            left, right = self._cell(row, first), self._cell(row, last)
            rect = QRect(
                left.left() + 3,
                top + lane * (bar_height + 2),
                right.right() - left.left() - 5,
                bar_height,
            )
            continues = event.starts_on < week_first + dt.timedelta(days=first)
            paint_bar(painter, rect, event, ("… " if continues else "") + event_title(event))
            self.bars.append((rect, event))
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for column, count in enumerate(hidden):
            if count:
                box = self._cell(row, column).adjusted(4, 0, -4, -1)
                more = self.tr("+{0} more").format(count)
                painter.drawText(
                    box, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft, more
                )

    # --- the mouse -----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        point = event.position().toPoint()
        found = self.event_at(point)
        if found is not None:
            self.event_clicked.emit(found)
            return None
        day = self.day_at(point)
        if day is not None:
            self.selected = day
            self.update()
            self.day_clicked.emit(day)
        return None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        point = event.position().toPoint()
        day = self.day_at(point)
        if day is not None and self.event_at(point) is None:
            self.day_double_clicked.emit(day)
