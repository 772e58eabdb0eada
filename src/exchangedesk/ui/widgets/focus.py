"""Tab order helpers: Qt puts a widget made after its window was built at the end of the
window's Tab chain, wherever it sits on screen; these put such blocks back in reading order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


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
