"""Windows no larger than the screen they open on.

The print preview asked for a fixed 920x1000, taller than a 768 or 900 px screen (and than a
1024x700 laptop's): its Print… button was off the bottom. A window opens at the size it would
like, or at the room the screen has, whichever is smaller.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What a window's frame and title bar take beyond its own size, and a margin besides.
FRAME = QSize(16, 48)


def fitted_size(wanted: QSize, available: QRect | QSize, minimum: QSize | None = None) -> QSize:
    """``wanted``, made no larger than ``available`` less a frame, never below ``minimum``."""
    room = available.size() if isinstance(available, QRect) else available
    size = wanted.boundedTo(room - FRAME)
    return size.expandedTo(minimum) if minimum is not None else size


def resize_to_screen(window: QWidget, wanted: QSize) -> QSize:
    """Resize ``window`` to ``wanted`` or the room on its screen (its parent's, else the
    primary one); returns the size given."""
    anchor = window.parentWidget() or window
    screen = anchor.screen() if anchor is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    size = wanted if screen is None else fitted_size(wanted, screen.availableGeometry())
    window.resize(size)
    return size
