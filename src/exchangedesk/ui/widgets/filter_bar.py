"""The filter field above every list: filters as you type, after a short pause."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QWidget

from exchangedesk.ui.theme import icon

DEBOUNCE_MS = 250  # long enough not to query on every key, short enough to feel immediate


class FilterBar(QLineEdit):
    """Emits :attr:`filter_changed` once typing pauses, or at once on Enter."""

    filter_changed = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._search_icon = QAction(icon("mdi6.magnify"), "", self)
        self.addAction(self._search_icon, QLineEdit.ActionPosition.LeadingPosition)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply_now)
        self._applied = ""
        self.textChanged.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self.apply_now)

    def apply_now(self) -> None:
        self._timer.stop()
        text = self.text().strip()
        if text != self._applied:
            self._applied = text
            self.filter_changed.emit(text)

    def refresh_icons(self) -> None:
        self._search_icon.setIcon(icon("mdi6.magnify"))
