"""How the calendar shows its events: a colour and a name per kind, the legend, the list's
columns, and the lanes that stack overlapping events one under the other."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from babel.dates import format_skeleton
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolTip, QVBoxLayout, QWidget

from exchangedesk.domain.anniversaries import DatePrecision
from exchangedesk.domain.enums import Direction
from exchangedesk.services.overview.calendar import CalendarEvent, EventKind
from exchangedesk.ui.formatting import babel_locale, enum_text, period_text
from exchangedesk.ui.i18n import Home, translate
from exchangedesk.ui.models import Column
from exchangedesk.ui.overview.attention_texts import explanation_text, title_text
from exchangedesk.ui.theme import is_dark

# Kinds as the legend lists them; incoming and outgoing delegations differ in shade only.
LEGEND = (
    ("delegation_in", "#1f63c6", "#5b93e6"),
    ("delegation_out", "#4f46b8", "#8a82ea"),
    ("programme", "#2a8052", "#4fb37d"),
    ("itinerary", "#0f7c8c", "#35a9ba"),
    ("reminder", "#c4410f", "#ec7646"),
    ("anniversary", "#a06a00", "#d49a1e"),
    ("observance", "#a12f78", "#d565a8"),
)
_COLOURS = {key: (light, dark) for key, light, dark in LEGEND}


def legend_text(key: str) -> str:
    return {
        "delegation_in": translate("Calendar", "Incoming delegation"),
        "delegation_out": translate("Calendar", "Outgoing delegation"),
        "programme": translate("Calendar", "Exchange programme"),
        "itinerary": translate("Calendar", "Programme item"),
        "reminder": translate("Calendar", "Reminder: letter or consent due"),
        "anniversary": translate("Calendar", "Partnership anniversary"),
        "observance": translate("Calendar", "World Sister Cities Day"),
    }[key]


def style_key(event: CalendarEvent) -> str:
    if event.kind is EventKind.DELEGATION:
        return "delegation_out" if event.direction is Direction.OUTGOING else "delegation_in"
    return str(event.kind)


def event_colour(event: CalendarEvent) -> QColor:
    light, dark = _COLOURS[style_key(event)]
    return QColor(dark if is_dark() else light)


def text_on(colour: QColor) -> QColor:
    """White or near-black, whichever reads better on the bar."""
    return QColor("#111111") if colour.lightnessF() > 0.62 else QColor("#ffffff")


def time_text(moment: dt.datetime) -> str:
    return f"{moment:%H:%M}"


def zone_label(name: str | None) -> str:
    """ "Volgograd time" for Europe/Volgograd: where the clock is read."""
    if not name:
        return ""
    return translate("Calendar", "{0} time").format(name.rsplit("/", 1)[-1].replace("_", " "))


def short_day_text(day: dt.date) -> str:
    """ "Mon 18 Jan", "Mo., 18. Jan.", "пн, 18 янв."."""
    return format_skeleton("MMMEd", day, locale=babel_locale())


def event_title(event: CalendarEvent) -> str:
    """The event's title in the window's language: the services word anniversaries, the
    observance and reminders in English; a visit's or an item's title is the record's own."""
    if event.kind is EventKind.OBSERVANCE:
        return translate("Calendar", "World Sister Cities Day")
    if event.kind is EventKind.REMINDER and event.reminder is not None:
        return title_text(event.reminder, dt.date.today())
    if event.kind is EventKind.ANNIVERSARY and event.years is not None:
        on = event.starts_on
        if event.precision is DatePrecision.YEAR:
            return Home.tr("%n years in {1}: {0}", "", event.years).format(event.cities, on.year)
        if event.precision is DatePrecision.MONTH:
            month = format_skeleton("yMMMM", on, locale=babel_locale())
            return Home.tr("%n years, {1}: {0}", "", event.years).format(event.cities, month)
        return Home.tr("%n years: {0}", "", event.years).format(event.cities)
    return event.title


def event_place(event: CalendarEvent) -> str:
    """Whose it is: the cities, the visit an item belongs to; for a reminder what to do."""
    if event.kind is EventKind.REMINDER and event.reminder is not None:
        return explanation_text(event.reminder, dt.date.today())
    return event.cities


def event_tooltip(event: CalendarEvent) -> str:
    """What a hover over a bar tells: what, when, whose, and that a click opens it."""
    lines = [event_title(event)]
    if event.kind is EventKind.ITINERARY and event.starts_at and event.ends_at:
        lines.append(
            f"{short_day_text(event.starts_at.date())}, "
            f"{time_text(event.starts_at)}–{time_text(event.ends_at)} {zone_label(event.timezone)}"
        )
        if event.venue:
            lines.append(event.venue)
        lines.append(translate("Calendar", "Part of “{0}”").format(event.cities))
    else:
        lines.append(period_text(event.starts_on, event.ends_on))
        if event_place(event):
            lines.append(event_place(event))
    if event.area is not None:
        lines.append(translate("Calendar", "Click to open it."))
    return "\n".join(lines)


def kind_text(event: CalendarEvent) -> str:
    if event.kind is EventKind.ANNIVERSARY:
        return translate("Calendar", "Anniversary")
    if event.kind is EventKind.OBSERVANCE:
        return translate("Calendar", "Observance")
    if event.kind is EventKind.REMINDER:
        return translate("Calendar", "Reminder")
    if event.kind is EventKind.ITINERARY:
        return translate("Calendar", "Programme item")
    noun = (
        translate("Calendar", "Delegation")
        if event.kind is EventKind.DELEGATION
        else translate("Calendar", "Exchange")
    )
    if event.direction is Direction.INCOMING:
        return translate("Calendar", "{0}, incoming").format(noun)
    if event.direction is Direction.OUTGOING:
        return translate("Calendar", "{0}, outgoing").format(noun)
    return noun


def dates_text(event: CalendarEvent) -> str:
    if event.kind is EventKind.ITINERARY and event.starts_at and event.ends_at:
        return (
            f"{short_day_text(event.starts_at.date())}, {time_text(event.starts_at)}–"
            f"{time_text(event.ends_at)} {zone_label(event.timezone)}"
        )
    return period_text(event.starts_on, event.ends_on)


def event_columns() -> list[Column]:
    return [
        Column(translate("Calendar", "Dates"), dates_text, width=22),
        Column(translate("Calendar", "What"), kind_text, width=16),
        Column(translate("Calendar", "Title"), event_title, width=40, stretch=True),
        Column(translate("Calendar", "Partnership or visit"), event_place, width=26),
        Column(translate("Calendar", "Status"), lambda e: enum_text(e.status), width=11),
    ]


def assign_lanes(spans: Sequence[tuple[int, int]]) -> list[int]:
    """For each (first, last) column span (both included), the lowest lane free across it;
    spans are placed in the order given."""
    lanes: list[list[tuple[int, int]]] = []
    result = []
    for first, last in spans:
        for index, taken in enumerate(lanes):
            if all(last < a or first > b for a, b in taken):
                taken.append((first, last))
                result.append(index)
                break
        else:
            lanes.append([(first, last)])
            result.append(len(lanes) - 1)
    return result


def paint_bar(painter: QPainter, rect: QRect, event: CalendarEvent, text: str) -> None:
    colour = event_colour(event)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(rect, 3, 3)
    painter.setPen(text_on(colour))
    inner = rect.adjusted(4, 0, -3, 0)
    elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
    painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)


class EventPointer:
    """For a calendar grid (a QWidget with ``event_at(point)``): the event under the mouse
    explains itself in a tooltip, and the pointer shows a hand over one that opens a record."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.event_at(event.pos())
            if found is not None:
                QToolTip.showText(event.globalPos(), event_tooltip(found), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        over = self.event_at(event.position().toPoint())
        pointing = over is not None and over.area is not None
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if pointing else Qt.CursorShape.ArrowCursor
        )
        super().mouseMoveEvent(event)


class Legend(QWidget):
    """Coloured squares naming each kind, so the colours need no guessing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        self.swatches: list[QLabel] = []
        for key, _light, _dark in LEGEND:
            row = QHBoxLayout()
            swatch = QLabel()
            swatch.setProperty("legend_key", key)
            self.swatches.append(swatch)
            row.addWidget(swatch)
            row.addWidget(QLabel(legend_text(key)), 1)
            layout.addLayout(row)
        self.refresh_colours()

    def refresh_colours(self) -> None:
        for swatch in self.swatches:
            light, dark = _COLOURS[swatch.property("legend_key")]
            pixmap = QPixmap(14, 14)
            pixmap.fill(QColor(dark if is_dark() else light))
            swatch.setPixmap(pixmap)
