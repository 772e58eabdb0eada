"""Icons and the few colours of our own, following the system's light or dark scheme.

Bare Linux machines have no icon theme, so icons come from the icon fonts qtawesome ships, drawn
in the palette's text colour; Qt 6 reports the colour scheme and tells us when it changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette


def is_dark() -> bool:
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme != Qt.ColorScheme.Unknown:
        return scheme == Qt.ColorScheme.Dark
    # No answer from the platform (offscreen, some X11 setups): judge by the window colour.
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def icon(name: str, color: QColor | None = None) -> QIcon:
    """An icon-font glyph (e.g. ``"mdi6.gift-outline"``) in the current text colour."""
    import qtawesome  # imported late: it loads its fonts on first use

    palette = QGuiApplication.palette()
    return qtawesome.icon(
        name,
        color=color or palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText),
        color_disabled=palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText),
    )


def release_icons() -> None:
    """Drop the icons qtawesome keeps for reuse, before the QApplication ends: a QIcon outliving
    it crashes the process in its destructor (see ui/app.py ``tear_down``)."""
    import sys

    qtawesome = sys.modules.get("qtawesome")
    if qtawesome is not None:
        qtawesome.reset_cache()


def event_day_background() -> QColor:
    """Calendar days with something on: a warm tint readable in either scheme."""
    return QColor("#6b5518") if is_dark() else QColor("#ffe9a8")


def muted_text() -> QColor:
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
