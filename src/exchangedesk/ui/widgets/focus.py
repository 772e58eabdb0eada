"""Keyboard focus: a button that shows plainly that it has the focus, and the Tab stops of a
block of widgets (to put a block back in reading order with QWidget.setTabOrder)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QPushButton, QWidget

FOCUS_RING_WIDTH = 2.0


def tab_stops(container: QWidget) -> list[QWidget]:
    """The widgets inside *container* that Tab can land on, in the window's Tab order."""
    window = container.window()
    stops: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        if (
            container.isAncestorOf(widget)
            and widget.window() is window
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


class FocusRingButton(QPushButton):
    """A push button that shows plainly when it has the keyboard: the style's own hint
    (Fusion's faint outline, none at all under some palettes) is easy to lose on a row of
    workflow buttons."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self.hasFocus():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), FOCUS_RING_WIDTH)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = FOCUS_RING_WIDTH / 2 + 0.5
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 3, 3)
        painter.end()
