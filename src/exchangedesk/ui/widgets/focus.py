"""Keyboard focus: a button that shows it has the focus, and Tab order helpers (Qt puts a widget made after its window was built at the end of the
window's Tab chain, wherever it sits on screen; these put such blocks back in reading order)."""

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


def chain_after(anchor: QWidget, container: QWidget) -> QWidget:
    """Move every Tab stop of *container* right after *anchor*, keeping their own order.
    Returns the last of them (or *anchor* when there is none), for the next call."""
    last = anchor
    for widget in tab_stops(container):
        if widget is not anchor:
            QWidget.setTabOrder(last, widget)
            last = widget
    return last


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
