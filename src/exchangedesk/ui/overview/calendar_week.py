"""The calendar's week view: visits and reminders across the top, and below, hour by hour, the
programme items at the local time of the place where they happen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from exchangedesk.services.overview.calendar import CalendarEvent, EventKind
from exchangedesk.ui.overview.calendar_style import (
    EventPointer,
    assign_lanes,
    event_colour,
    event_title,
    paint_bar,
    text_on,
    time_text,
)

FIRST_HOUR, LAST_HOUR = 8, 20  # shown at least; widened to hold every item of the week
MIN_HOUR_HEIGHT = 30
GUTTER = 52  # the hours' column


def _minutes(moment: dt.datetime) -> int:
    return moment.hour * 60 + moment.minute


def day_segments(event: CalendarEvent) -> list[tuple[dt.date, int, int]]:
    """The item cut at local midnights: (day, first minute, last minute) for each day."""
    assert event.starts_at is not None and event.ends_at is not None
    segments = []
    day = event.starts_on
    while day <= event.ends_on:
        start = _minutes(event.starts_at) if day == event.starts_on else 0
        end = _minutes(event.ends_at) if day == event.ends_at.date() else 24 * 60
        segments.append((day, start, max(end, start + 15)))  # a moment still gets a sliver
        day += dt.timedelta(days=1)
    return segments


class WeekGrid(EventPointer, QWidget):
    event_clicked = Signal(object)  # the CalendarEvent
    day_clicked = Signal(object)  # dt.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("week-grid")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Page Up and Down step the calendar
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.first_day = dt.date.today()
        self.today = dt.date.today()
        self.events: list[CalendarEvent] = []
        self.hours = (FIRST_HOUR, LAST_HOUR)
        self.bars: list[tuple[QRect, CalendarEvent]] = []

    def show_week(
        self, first_day: dt.date, events: list[CalendarEvent], *, today: dt.date | None = None
    ) -> None:
        self.first_day = first_day
        self.events = events
        self.today = today or dt.date.today()
        first, last = FIRST_HOUR, LAST_HOUR
        for event in self.items:
            for _day, start, end in day_segments(event):
                first, last = min(first, start // 60), max(last, -(-end // 60))
        self.hours = (first, min(24, last))
        self.setMinimumHeight(self._grid_top() + (self.hours[1] - self.hours[0]) * MIN_HOUR_HEIGHT)
        self.update()

    @property
    def items(self) -> list[CalendarEvent]:
        return [e for e in self.events if e.kind is EventKind.ITINERARY and e.starts_at]

    @property
    def all_day(self) -> list[CalendarEvent]:
        return [e for e in self.events if e.kind is not EventKind.ITINERARY]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(760, 560)

    # --- geometry ------------------------------------------------------------------------

    def _bar_height(self) -> int:
        return self.fontMetrics().height() + 3

    def _band_lanes(self) -> list[int]:
        spans = [self._span(e) for e in self._band_order()]
        return assign_lanes(spans)

    def _band_order(self) -> list[CalendarEvent]:
        return sorted(self.all_day, key=lambda e: (-(e.ends_on - e.starts_on).days, e.starts_on))

    def _span(self, event: CalendarEvent) -> tuple[int, int]:
        last = self.first_day + dt.timedelta(days=6)
        return (
            (max(event.starts_on, self.first_day) - self.first_day).days,
            (min(event.ends_on, last) - self.first_day).days,
        )

    def _header_height(self) -> int:
        return self.fontMetrics().height() * 2 + 8

    def _grid_top(self) -> int:
        lanes = max([*self._band_lanes(), 0]) + 1 if self.all_day else 1
        return self._header_height() + lanes * (self._bar_height() + 2) + 6

    def _column(self, index: int) -> tuple[int, int]:
        width = (self.width() - GUTTER) / 7
        left = round(GUTTER + index * width)
        return left, round(GUTTER + (index + 1) * width) - left

    def _y(self, minutes: int) -> int:
        top = self._grid_top()
        first, last = self.hours
        span = max(1, (last - first) * 60)
        return round(top + (minutes - first * 60) * (self.height() - top - 1) / span)

    def event_at(self, point: QPoint) -> CalendarEvent | None:
        # Items are painted after the band and may overlap each other: the last painted wins.
        return next((event for rect, event in reversed(self.bars) if rect.contains(point)), None)

    def day_at(self, point: QPoint) -> dt.date | None:
        if point.x() < GUTTER:
            return None
        index = min(6, int((point.x() - GUTTER) * 7 / max(1, self.width() - GUTTER)))
        return self.first_day + dt.timedelta(days=index)

    # --- painting ------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self.bars = []
        self._paint_columns(painter)
        self._paint_hours(painter)
        bar = self._bar_height()
        for event, lane in zip(self._band_order(), self._band_lanes(), strict=True):
            first, last = self._span(event)
            left, _ = self._column(first)
            right, width = self._column(last)
            top = self._header_height() + 2 + lane * (bar + 2)
            rect = QRect(left + 2, top, right + width - left - 4, bar)
            paint_bar(painter, rect, event, event_title(event))
            self.bars.append((rect, event))
        self._paint_items(painter)
        painter.end()

    def _paint_columns(self, painter: QPainter) -> None:
        palette = self.palette()
        metrics = self.fontMetrics()
        for index in range(7):
            day = self.first_day + dt.timedelta(days=index)
            left, width = self._column(index)
            if day == self.today:
                tint = palette.color(QPalette.ColorRole.Highlight)
                tint.setAlpha(28)
                painter.fillRect(QRect(left, 0, width, self.height()), tint)
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(left, 0, left, self.height())
            header = QRect(left, 4, width, metrics.height() * 2)
            painter.setPen(
                palette.color(QPalette.ColorRole.Highlight)
                if day == self.today
                else palette.color(QPalette.ColorRole.Text)
            )
            painter.drawText(header, Qt.AlignmentFlag.AlignHCenter, f"{day:%a}\n{day.day} {day:%b}")
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        top = self._grid_top()
        painter.drawLine(0, top - 3, self.width(), top - 3)

    def _paint_hours(self, painter: QPainter) -> None:
        palette = self.palette()
        first, last = self.hours
        for hour in range(first, last + 1):
            y = self._y(hour * 60)
            line = palette.color(QPalette.ColorRole.Midlight)
            painter.setPen(line)
            painter.drawLine(GUTTER - 4, y, self.width(), y)
            if hour < last:
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                label = QRect(0, y, GUTTER - 8, self.fontMetrics().height())
                painter.drawText(label, Qt.AlignmentFlag.AlignRight, f"{hour:02d}:00")

    def _paint_items(self, painter: QPainter) -> None:
        for index in range(7):
            day = self.first_day + dt.timedelta(days=index)
            pieces = [
                (start, end, event)
                for event in self.items
                for seg_day, start, end in day_segments(event)
                if seg_day == day
            ]
            pieces.sort(key=lambda p: (p[0], -p[1]))
            lanes = assign_lanes([(start, end - 1) for start, end, _e in pieces])
            count = max(lanes, default=0) + 1
            left, width = self._column(index)
            lane_width = (width - 6) / count
            for (start, end, event), lane in zip(pieces, lanes, strict=True):
                x = round(left + 3 + lane * lane_width)
                rect = QRect(
                    x, self._y(start) + 1, round(lane_width) - 2, self._y(end) - self._y(start) - 2
                )
                self._paint_item(painter, rect, event)
                self.bars.append((rect, event))

    def _paint_item(self, painter: QPainter, rect: QRect, event: CalendarEvent) -> None:
        colour = event_colour(event)
        painter.setPen(colour.darker(130))
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(text_on(colour))
        assert event.starts_at is not None and event.ends_at is not None
        times = f"{time_text(event.starts_at)}–{time_text(event.ends_at)}"
        metrics = painter.fontMetrics()
        inner = rect.adjusted(4, 1, -3, -1)
        if inner.height() < metrics.height() * 2:  # a short item: one line says when and what
            lines = [f"{time_text(event.starts_at)} {event.title}"]
        else:
            lines = [times, event.title, event.venue or "", event.cities]
        y = inner.top()
        for text in lines:
            if not text or y + metrics.height() > inner.bottom() + 2:
                continue
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(QRect(inner.left(), y, inner.width(), metrics.height()), 0, elided)
            y += metrics.height()

    # --- the mouse -----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        point = event.position().toPoint()
        found = self.event_at(point)
        if found is not None:
            self.event_clicked.emit(found)
        else:
            day = self.day_at(point)
            if day is not None:
                self.day_clicked.emit(day)
        return None
