"""The itinerary editor embedded in a delegation's Programme tab.

``ItineraryEditor(database, delegation_id, undo_stack, parent=None)`` is a QWidget with a
``changed`` signal (emitted after every edit) and ``refresh()`` (reload from the database).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from exchangedesk.db.session import Database

__all__ = ["ItineraryEditor"]


class ItineraryEditor(QWidget):
    """Placeholder until the timeline lands; the interface stays the same."""

    changed = Signal()

    def __init__(
        self,
        database: Database,
        delegation_id: int,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.delegation_id = delegation_id
        self.undo_stack = undo_stack
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The programme editor is being built.")))

    def refresh(self) -> None:
        """Reload everything shown from the database."""
