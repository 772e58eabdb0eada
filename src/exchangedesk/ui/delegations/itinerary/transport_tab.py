"""The delegation's journeys, one row per leg, each time shown on its own clocks with the
place's zone beside it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.services.delegations.itinerary import itinerary_context
from exchangedesk.services.delegations.transport import (
    LegFields,
    LegRow,
    create_leg,
    delete_leg,
    legs,
    update_leg,
)
from exchangedesk.ui.delegations.itinerary.days import zone_city
from exchangedesk.ui.delegations.itinerary.forms import LegDialog
from exchangedesk.ui.dialogs import open_dialog
from exchangedesk.ui.theme import icon
from exchangedesk.ui.undo import push_edit
from exchangedesk.ui.widgets.flow_layout import flow_row


class TransportTab(QWidget):
    changed = Signal()

    COLUMNS = (
        QT_TRANSLATE_NOOP("TransportTab", "Leaves"),
        QT_TRANSLATE_NOOP("TransportTab", "From"),
        QT_TRANSLATE_NOOP("TransportTab", "Arrives"),
        QT_TRANSLATE_NOOP("TransportTab", "To"),
        QT_TRANSLATE_NOOP("TransportTab", "Carrier"),
        QT_TRANSLATE_NOOP("TransportTab", "Number"),
        QT_TRANSLATE_NOOP("TransportTab", "Seats"),
        QT_TRANSLATE_NOOP("TransportTab", "Booking"),
    )

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
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list, as in every list
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(lambda *_: self.edit())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(icon("mdi6.airplane"), self.tr("Add leg…"))
        self.edit_button = QPushButton(icon("mdi6.pencil-outline"), self.tr("Edit…"))
        self.delete_button = QPushButton(icon("mdi6.delete-outline"), self.tr("Delete"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        buttons = flow_row(self.add_button, self.edit_button, self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        self.context = itinerary_context(self.database, self.delegation_id)
        self.rows = legs(self.database, self.delegation_id)
        self.table.setRowCount(len(self.rows))
        for r, leg in enumerate(self.rows):
            values = (
                f"{leg.departs_at:%a %d %b %H:%M} {zone_city(leg.departure_timezone)}",
                leg.from_place,
                f"{leg.arrives_at:%a %d %b %H:%M} {zone_city(leg.arrival_timezone)}",
                leg.to_place,
                leg.carrier or "",
                leg.number or "",
                "" if leg.seats is None else str(leg.seats),
                leg.booking_reference or "",
            )
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, leg.id)
                self.table.setItem(r, c, cell)
        self._update_buttons()

    def _current(self) -> LegRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    def _update_buttons(self) -> None:
        editable = self.context.editable
        self.add_button.setEnabled(editable)
        chosen = self._current() is not None
        self.edit_button.setEnabled(editable and chosen)
        self.delete_button.setEnabled(editable and chosen)

    def _after(self) -> None:
        self.refresh()
        self.changed.emit()

    def _push(self, text: str, apply: Callable[[], Any], revert: Callable[[], Any]) -> Any:
        return push_edit(
            self.undo_stack,
            text,
            apply=apply,
            revert=revert,
            after=self._after,
            message_parent=self,
        )

    def add(self) -> LegDialog:
        zone = self.context.host_zone
        begin = dt.datetime.combine(self.context.arrival_on, dt.time(9, 0))
        start = LegFields("", "", begin, zone, begin + dt.timedelta(hours=2), zone)
        made: list[LegRow] = []

        def save(fields: LegFields) -> Any:
            def apply() -> LegRow:
                made[:] = [create_leg(self.database, self.delegation_id, fields)]
                return made[0]

            return self._push(
                self.tr("Add leg {0} – {1}").format(
                    fields.from_place.strip(), fields.to_place.strip()
                ),
                apply,
                lambda: delete_leg(self.database, made[0].id),
            )

        dialog = LegDialog(save, start, self)
        open_dialog(dialog)
        return dialog

    def edit(self) -> LegDialog | None:
        current = self._current()
        if current is None or not self.context.editable:
            return None
        before = current.fields()

        def save(fields: LegFields) -> Any:
            return self._push(
                self.tr("Change leg {0} – {1}").format(current.from_place, current.to_place),
                lambda: update_leg(self.database, current.id, fields),
                lambda: update_leg(self.database, current.id, before),
            )

        dialog = LegDialog(save, before, self)
        open_dialog(dialog)
        return dialog

    def delete(self) -> None:
        current = self._current()
        if current is None:
            return
        kept = [current]
        try:
            self._push(
                self.tr("Delete leg {0} – {1}").format(current.from_place, current.to_place),
                lambda: delete_leg(self.database, kept[0].id),
                lambda: kept.__setitem__(
                    0, create_leg(self.database, self.delegation_id, current.fields())
                ),
            )
        except ExchangeDeskError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), getattr(exc, "message", str(exc)))
