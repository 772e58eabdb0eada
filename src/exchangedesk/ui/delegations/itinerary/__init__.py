"""The itinerary editor embedded in a delegation's Programme tab.

``ItineraryEditor(database, delegation_id, undo_stack, parent=None)`` is a QWidget with a
``changed`` signal (emitted after every edit, undo and redo) and ``refresh()`` (reload from the
database). Inside: the programme day by day as a timeline, the accommodation, the transport.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from exchangedesk.db.session import Database
from exchangedesk.ui.delegations.itinerary.lodging_tab import LodgingTab
from exchangedesk.ui.delegations.itinerary.programme import ProgrammePage
from exchangedesk.ui.delegations.itinerary.transport_tab import TransportTab
from exchangedesk.ui.theme import icon

__all__ = ["ItineraryEditor"]


class ItineraryEditor(QWidget):
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
        self.programme = ProgrammePage(database, delegation_id, undo_stack)
        self.lodging = LodgingTab(database, delegation_id, undo_stack)
        self.transport = TransportTab(database, delegation_id, undo_stack)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.programme, icon("mdi6.calendar-clock"), self.tr("Day by day"))
        self.tabs.addTab(self.lodging, icon("mdi6.bed-outline"), self.tr("Accommodation"))
        self.tabs.addTab(self.transport, icon("mdi6.train-car"), self.tr("Transport"))
        self.programme.changed.connect(self.changed)
        for page in (self.lodging, self.transport):
            page.changed.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _changed(self) -> None:
        # Rooms change the conflicts the programme lists (two beds, over capacity).
        self.programme.refresh()
        self.changed.emit()

    def refresh(self) -> None:
        """Reload everything shown from the database."""
        self.programme.refresh()
        self.lodging.refresh()
        self.transport.refresh()
