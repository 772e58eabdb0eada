"""One day of the programme as a timeline: hours down the left, each item a block as long as
it lasts, overlapping items side by side, items with conflicts edged in red with the
explanation in their tooltip. Click to select, double-click or Enter to edit, double-click an
empty hour to add an item there; Up/Down step through the items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from exchangedesk.domain.enums import ItineraryKind
from exchangedesk.services.delegations.itinerary import ItineraryItemRow
from exchangedesk.ui.delegations.itinerary.timeline_layout import Block, hour_range, place
from exchangedesk.ui.theme import is_dark

HOUR_HEIGHT = 64
GUTTER = 64  # room for "10:00" on the left
GAP = 4
DRAG_STEP = 15  # minutes: dragging a block moves it by quarter hours
CONFLICT_RED = QColor("#c62828")
NOTICE_AMBER = QColor("#e08a00")  # day-wide warnings (a public holiday): worth a look, not a clash

# (fill, stripe) per kind: soft fills that keep black text readable, a strong stripe to tell
# kinds apart at a glance.
_LIGHT = {
    ItineraryKind.MEETING: ("#dbe8fb", "#1f5fbf"),
    ItineraryKind.VISIT: ("#dcf1e0", "#2e7d32"),
    ItineraryKind.MEAL: ("#fdebd3", "#d9822b"),
    ItineraryKind.CEREMONY: ("#ece2f7", "#7b3fb5"),
    ItineraryKind.TRANSPORT: ("#e8eaed", "#5f6368"),
    ItineraryKind.FREE_TIME: ("#dff3f3", "#00838f"),
}
_DARK = {
    ItineraryKind.MEETING: ("#1e3352", "#8ab4f8"),
    ItineraryKind.VISIT: ("#1f3a25", "#81c995"),
    ItineraryKind.MEAL: ("#4a3319", "#fcb871"),
    ItineraryKind.CEREMONY: ("#35284a", "#c9a6ef"),
    ItineraryKind.TRANSPORT: ("#33363a", "#bdc1c6"),
    ItineraryKind.FREE_TIME: ("#173c3e", "#78d9dc"),
}


def kind_colours(kind: ItineraryKind) -> tuple[QColor, QColor]:
    fill, stripe = (_DARK if is_dark() else _LIGHT)[kind]
    return QColor(fill), QColor(stripe)


def clock(moment: dt.datetime) -> str:
    return moment.strftime("%H:%M")


class DayTimeline(QWidget):
    selected = Signal(object)  # item id or None
    activated = Signal(int)  # item id: edit it
    empty_activated = Signal(object)  # dt.time where an empty slot was double-clicked
    dragged = Signal(int, int)  # item id, minutes later (negative: earlier)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self._day = dt.date.today()
        self._blocks: list[Block] = []
        self._conflicts: Mapping[int, Sequence[str]] = {}
        self._notices: Mapping[int, Sequence[str]] = {}
        self._zone_note: dict[int, str] = {}
        self._hours = (8, 22)
        self._selected: int | None = None
        self._drag_from: float | None = None
        self._drag_minutes = 0
        self.draggable = True  # false on a read-only visit
        self.members_total = 0
        self._resize()

    # -- data -----------------------------------------------------------------------------

    def set_day(
        self,
        day: dt.date,
        items: Sequence[ItineraryItemRow],
        conflicts: Mapping[int, Sequence[str]],
        main_zone: str,
        notices: Mapping[int, Sequence[str]] | None = None,
    ) -> None:
        """Show ``items`` of ``day``; ``conflicts`` maps item ids to the messages about them
        (edged red), ``notices`` to day-wide warnings such as a public holiday (edged amber)."""
        self._day = day
        self._blocks = place(items, day)
        self._conflicts = conflicts
        self._notices = notices or {}
        self._zone_note = {
            i.id: i.timezone.rsplit("/", 1)[-1].replace("_", " ")
            for i in items
            if i.timezone != main_zone
        }
        self._hours = hour_range(self._blocks)
        if self._selected not in {b.item_id for b in self._blocks}:
            self._selected = None
        self._resize()
        self.update()

    @property
    def blocks(self) -> list[Block]:
        return list(self._blocks)

    def is_conflicted(self, item_id: int) -> bool:
        """Drawn with a red edge: a conflict names this item."""
        return bool(self._conflicts.get(item_id))

    @property
    def selected_id(self) -> int | None:
        return self._selected

    def select(self, item_id: int | None) -> None:
        if item_id != self._selected:
            self._selected = item_id
            self.update()
            self.selected.emit(item_id)

    def block_rect(self, item_id: int) -> QRectF | None:
        for block in self._blocks:
            if block.item_id == item_id:
                return self._rect(block)
        return None

    def tooltip_for(self, item_id: int) -> str:
        block = next((b for b in self._blocks if b.item_id == item_id), None)
        if block is None:
            return ""
        item = block.item
        lines = [f"<b>{item.title}</b>", self._when(block)]
        if item.venue:
            lines.append(item.venue)
        for message in self._conflicts.get(item_id, ()):
            lines.append(f"<span style='color:{CONFLICT_RED.name()}'>⚠ {message}</span>")
        for message in self._notices.get(item_id, ()):
            lines.append(f"<span style='color:{NOTICE_AMBER.name()}'>{message}</span>")
        return "<br>".join(lines)

    # -- geometry --------------------------------------------------------------------------

    def _resize(self) -> None:
        first, last = self._hours
        self.setMinimumHeight((last - first) * HOUR_HEIGHT + 2 * GAP + 8)
        self.setMaximumHeight(self.minimumHeight())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(560, self.minimumHeight())

    def _y(self, minutes: int) -> float:
        return GAP + 4 + (minutes - self._hours[0] * 60) * HOUR_HEIGHT / 60

    def _rect(self, block: Block) -> QRectF:
        width = (self.width() - GUTTER - 2 * GAP) / block.columns
        left = GUTTER + GAP + block.column * width
        top, bottom = self._y(block.top), self._y(block.bottom)
        return QRectF(left + 1, top + 1, width - 3, max(bottom - top - 2, 18))

    def _block_at(self, point: QPointF) -> Block | None:
        for block in reversed(self._blocks):
            if self._rect(block).contains(point):
                return block
        return None

    def _when(self, block: Block) -> str:
        item = block.item
        text = f"{clock(item.starts_at)}–{clock(item.ends_at)}"
        if item.ends_at.date() != item.starts_at.date():
            text = f"{item.starts_at:%a} {clock(item.starts_at)} – {item.ends_at:%a} {clock(item.ends_at)}"
        note = self._zone_note.get(item.id)
        return f"{text} {self.tr('{0} time').format(note)}" if note else text

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        self._paint_hours(painter)
        for block in self._blocks:
            self._paint_block(painter, block)
        if not self._blocks:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(
                QRectF(GUTTER, 0, self.width() - GUTTER, self._y(11 * 60)),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Nothing planned on this day.\nDouble-click an hour to add an item."),
            )
        painter.end()

    def _paint_hours(self, painter: QPainter) -> None:
        palette = self.palette()
        line = QColor(palette.text().color())
        line.setAlpha(40)
        half = QColor(line)
        half.setAlpha(18)
        font = QFont(self.font())
        painter.setFont(font)
        first, last = self._hours
        for hour in range(first, last + 1):
            y = self._y(hour * 60)
            painter.setPen(QPen(line, 1))
            painter.drawLine(QPointF(GUTTER, y), QPointF(self.width() - GAP, y))
            if hour < last:
                painter.setPen(QPen(half, 1, Qt.PenStyle.DashLine))
                y_half = self._y(hour * 60 + 30)
                painter.drawLine(QPointF(GUTTER, y_half), QPointF(self.width() - GAP, y_half))
            painter.setPen(palette.placeholderText().color())
            painter.drawText(
                QRectF(0, y - 9, GUTTER - 10, 18),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{hour:02d}:00",
            )

    def _paint_block(self, painter: QPainter, block: Block) -> None:
        rect = self._rect(block)
        if self._drag_minutes and block.item_id == self._selected:
            rect.translate(0, self._drag_minutes * HOUR_HEIGHT / 60)
        fill, stripe = kind_colours(block.item.kind)
        conflicted = bool(self._conflicts.get(block.item_id))
        chosen = block.item_id == self._selected
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill.darker(112) if chosen else fill)
        painter.drawRoundedRect(rect, 5, 5)
        painter.setBrush(stripe)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 5, rect.height()), 2, 2)
        noticed = bool(self._notices.get(block.item_id))
        if conflicted or chosen or noticed:
            if conflicted:
                colour = CONFLICT_RED
            elif chosen:
                colour = self.palette().highlight().color()
            else:
                colour = NOTICE_AMBER
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(colour, 3 if conflicted or chosen else 1.5))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5)
        self._paint_text(painter, block, rect, conflicted)

    def _paint_text(self, painter: QPainter, block: Block, rect: QRectF, conflicted: bool) -> None:
        item = block.item
        text_colour = QColor("#f1f3f4") if is_dark() else QColor("#1b1b1f")
        inner = rect.adjusted(12, 4, -8, -3)
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        when = self._when(block)
        if block.starts_before:
            when = "↑ " + when
        if block.ends_after:
            when += " ↓"
        title = ("⚠ " if conflicted else "") + item.title
        place = ", ".join(p for p in (item.venue,) if p)
        lines = [(bold, title), (small, when)]
        if place:
            lines.append((small, place))
        who = self._who(item)
        if who:
            lines.append((small, who))
        if rect.height() < 40:  # a short item: everything on one line
            lines = [(bold, f"{when}  {title}")]
        painter.setPen(text_colour)
        y = inner.top()
        for font, text in lines:
            metrics = QFontMetrics(font)
            if y + metrics.height() > inner.bottom() + 2:
                break
            painter.setFont(font)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width()))
            if conflicted and text is title:
                painter.setPen(CONFLICT_RED.darker(110) if not is_dark() else QColor("#ff8a80"))
            painter.drawText(QRectF(inner.left(), y, inner.width(), metrics.height()), shown)
            painter.setPen(text_colour)
            y += metrics.height() + 1

    def _who(self, item: ItineraryItemRow) -> str:
        parts = []
        if not item.all_attend:
            parts.append(
                self.tr("{0} of {1} members").format(len(item.attendees), self.members_total)
            )
        if item.interpreter_needed:
            parts.append(self.tr("interpreter"))
        if item.host_name:
            parts.append(self.tr("host: {0}").format(item.host_name))
        return " · ".join(parts)

    # -- interaction -----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        block = self._block_at(event.position())
        self.setFocus()
        self.select(block.item_id if block else None)
        self._drag_from = event.position().y() if block and self.draggable else None
        self._drag_minutes = 0

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag_from is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        pixels = event.position().y() - self._drag_from
        minutes = round(pixels * 60 / HOUR_HEIGHT / DRAG_STEP) * DRAG_STEP
        if minutes != self._drag_minutes:
            self._drag_minutes = minutes
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        minutes, chosen = self._drag_minutes, self._selected
        self._drag_from, self._drag_minutes = None, 0
        self.unsetCursor()
        if minutes and chosen is not None:
            self.update()
            self.dragged.emit(chosen, minutes)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        block = self._block_at(event.position())
        if block is not None:
            self.activated.emit(block.item_id)
            return
        minutes = int((event.position().y() - GAP - 4) * 60 / HOUR_HEIGHT) + self._hours[0] * 60
        minutes = max(0, min(minutes // 30 * 30, 23 * 60 + 30))  # to the half hour
        self.empty_activated.emit(dt.time(minutes // 60, minutes % 60))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        ids = [b.item_id for b in sorted(self._blocks, key=lambda b: (b.top, b.column))]
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            self.activated.emit(self._selected)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and ids:
            at = ids.index(self._selected) if self._selected in ids else -1
            step = 1 if key == Qt.Key.Key_Down else -1
            self.select(ids[max(0, min(len(ids) - 1, at + step))] if at >= 0 else ids[0])
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            block = self._block_at(QPointF(event.pos()))
            if block is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(block.item_id), self)
            return True
        return super().event(event)
