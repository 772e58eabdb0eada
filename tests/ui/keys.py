"""Driving the window by keyboard alone, as a secretary who never touches the mouse would:
key presses go to whatever has the focus, and Tab is the only way from one field to the next."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

TAB_LIMIT = 60  # more Tab presses than any form or pane here needs


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def receiver() -> QWidget:
    """Where a key press goes: an open popup (suggestions, a calendar) takes the keyboard
    while it is shown, as Qt routes keys on a real desktop; otherwise the focus widget."""
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return popup.focusWidget() or popup
    return focused()


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    qtbot.keyClick(receiver(), key, modifier)
    QApplication.processEvents()  # what the event loop does between a person's key presses


def type_text(qtbot, text: str) -> None:  # noqa: ANN001
    qtbot.keyClicks(receiver(), text)
    QApplication.processEvents()


def is_in(widget: QWidget, target: QWidget) -> bool:
    return widget is target or target.isAncestorOf(widget)


def tab_to(qtbot, target: QWidget, *, back: bool = False) -> int:  # noqa: ANN001
    """Press Tab (Shift+Tab) until *target* (or a widget inside it) has the focus; the number
    of presses. Fails when Tab never gets there: the target is out of the Tab order."""
    key = Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab
    visited = []
    for count in range(TAB_LIMIT):
        if is_in(focused(), target):
            return count
        press(qtbot, key)
        visited.append(f"{type(focused()).__name__}:{getattr(focused(), 'text', str)()!s:.20}")
    raise AssertionError(f"Tab never reached {target!r}; went through {visited}")


def wait_active(qtbot, window: QWidget) -> None:  # noqa: ANN001
    """A dialog just opened has the keyboard (what a window manager gives it at once)."""
    qtbot.waitUntil(window.isVisible)
    if QApplication.activeWindow() is not window:
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def wait_closed(qtbot, window: QWidget) -> None:  # noqa: ANN001
    """Closed (and, for a dialog shown with open_dialog, perhaps deleted already)."""
    qtbot.waitUntil(lambda: not shiboken6.isValid(window) or not window.isVisible())


def closed(dialog: QWidget) -> bool:
    """Whether a dialog opened with open_dialog has closed: such a dialog deletes itself once
    closed, possibly between two looks of qtbot.waitUntil, and a deleted one cannot be asked."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()
