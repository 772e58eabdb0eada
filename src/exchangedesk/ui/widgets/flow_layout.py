"""A row of buttons that wraps onto a second line when the pane is narrow.

A QHBoxLayout of buttons asks for the width of all its buttons side by side: in German or
Russian a delegation's workflow row alone asked for more than a 1024 px screen has, and the
window grew past the screen to make room. A flow layout asks only for its widest button and
lays the rest out line by line in the width it is given (height for width), as a paragraph
wraps its words.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    """Items left to right, a new line when the next one does not fit. ``add_stretch`` marks
    where the items after it go to the right end of the line (an Export button apart from
    Edit / Remove), as long as they fit on the same line. An item that expands horizontally
    (a filter field) takes the room its line has to spare."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._right_from: int | None = None  # index of the first item pushed to the right
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # --- building --------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def add_widgets(self, *widgets: QWidget) -> FlowLayout:
        for widget in widgets:
            self.addWidget(widget)
        return self

    def add_stretch(self) -> None:
        self._right_from = len(self._items)

    # --- QLayout ---------------------------------------------------------------------------

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        if 0 <= index < len(self._items):
            if self._right_from is not None and index < self._right_from:
                self._right_from -= 1
            return self._items.pop(index)
        return None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._lay_out(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._lay_out(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """All on one line: what the row would like when there is room."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self._gap() * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:  # noqa: N802
        """The widest single item: everything else can go on lines below."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # --- inside ----------------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        metric = (
            style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent)
            if style is not None
            else -1
        )
        return metric if metric >= 0 else 6

    def _lay_out(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        lines: list[list[tuple[QLayoutItem, QSize, bool]]] = [[]]
        x = 0
        for index, item in enumerate(self._items):
            if item.isEmpty():
                continue
            size = item.sizeHint().boundedTo(QSize(area.width(), 10**6))
            size = size.expandedTo(item.minimumSize())
            right = self._right_from is not None and index >= self._right_from
            needed = size.width() if not lines[-1] else x + gap + size.width()
            if lines[-1] and needed > area.width():
                lines.append([])
                needed = size.width()
            lines[-1].append((item, size, right))
            x = needed
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(size.height() for _item, size, _right in line)
            if move:
                self._place_line(line, area, y, height, gap)
            y += height + gap
        return y - gap - area.y() + margins.top() + margins.bottom()

    @staticmethod
    def _place_line(
        line: list[tuple[QLayoutItem, QSize, bool]], area: QRect, y: int, height: int, gap: int
    ) -> None:
        used = sum(size.width() for _item, size, _right in line) + gap * (len(line) - 1)
        room = max(area.width() - used, 0)
        growing = [
            item
            for item, _size, _right in line
            if item.expandingDirections() & Qt.Orientation.Horizontal
        ]
        # A filter field takes the line's spare room; otherwise the items marked right move.
        share = room // len(growing) if growing else 0
        shift = 0 if growing else room
        x = area.x()
        for item, size, right in line:
            width = size.width() + (share if item in growing else 0)
            width = min(width, item.maximumSize().width())
            left = x + (shift if right else 0)
            top = y + (height - size.height()) // 2
            item.setGeometry(QRect(QPoint(left, top), QSize(width, size.height())))
            x += width + gap


def flow_row(*widgets: QWidget, right: tuple[QWidget, ...] = ()) -> FlowLayout:
    """A wrapping row of ``widgets``, then ``right`` at the line's right end."""
    layout = FlowLayout()
    layout.add_widgets(*widgets)
    if right:
        layout.add_stretch()
        layout.add_widgets(*right)
    return layout
