"""Where the delegation sleeps: hotels and host families with their rooms and who is in each.
A room with more people than beds is shown in red (the conflict service reports it too)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.services.delegations.itinerary import itinerary_context
from exchangedesk.services.delegations.lodging import (
    AccommodationFields,
    AccommodationRow,
    RoomFields,
    RoomRow,
    accommodations,
    add_room,
    create_accommodation,
    delete_accommodation,
    delete_room,
    restore_accommodation,
    update_accommodation,
    update_room,
)
from exchangedesk.ui.delegations.itinerary.forms import AccommodationDialog, RoomDialog
from exchangedesk.ui.dialogs import open_dialog
from exchangedesk.ui.formatting import enum_text, period_text
from exchangedesk.ui.theme import icon
from exchangedesk.ui.undo import push_edit
from exchangedesk.ui.widgets.flow_layout import flow_row

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class LodgingTab(QWidget):
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
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("Where"), self.tr("Beds"), self.tr("Who"), self.tr("Dates")]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 0; }")
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.add_place_button = QPushButton(
            icon("mdi6.bed-outline"), self.tr("Add hotel or family…")
        )
        self.add_room_button = QPushButton(icon("mdi6.door"), self.tr("Add room…"))
        self.edit_button = QPushButton(icon("mdi6.pencil-outline"), self.tr("Edit…"))
        self.delete_button = QPushButton(icon("mdi6.delete-outline"), self.tr("Delete"))
        self.add_place_button.clicked.connect(self.add_place)
        self.add_room_button.clicked.connect(self.add_room)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        buttons = flow_row(  # wraps in a narrow pane instead of widening the window
            self.add_place_button, self.add_room_button, self.edit_button, self.delete_button
        )
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        self.refresh()

    def refresh(self) -> None:
        self.context = itinerary_context(self.database, self.delegation_id)
        self.rows = accommodations(self.database, self.delegation_id)
        self.tree.clear()
        red = QBrush(QColor("#c62828"))
        for place in self.rows:
            top = QTreeWidgetItem(
                [
                    f"{place.name} ({enum_text(place.kind).lower()})",
                    str(sum(r.capacity for r in place.rooms)),
                    str(sum(len(r.occupants) for r in place.rooms)),
                    period_text(place.check_in_on, place.check_out_on),
                ]
            )
            top.setData(0, ROW_ROLE, place)
            top.setToolTip(0, place.address or "")
            self.tree.addTopLevelItem(top)
            for room in place.rooms:
                child = QTreeWidgetItem(
                    [
                        self.tr("Room {0}").format(room.label),
                        str(room.capacity),
                        ", ".join(room.occupant_names),
                        "",
                    ]
                )
                child.setData(0, ROW_ROLE, room)
                if room.over_capacity:
                    for column in range(3):
                        child.setForeground(column, red)
                    child.setToolTip(
                        0,
                        self.tr("{0} people in {1} bed(s)").format(
                            len(room.occupants), room.capacity
                        ),
                    )
                top.addChild(child)
            top.setExpanded(True)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        self._update_buttons()

    def _current(self) -> AccommodationRow | RoomRow | None:
        item = self.tree.currentItem()
        return item.data(0, ROW_ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        editable = self.context.editable
        current = self._current()
        self.add_place_button.setEnabled(editable)
        self.add_room_button.setEnabled(editable and current is not None)
        self.edit_button.setEnabled(editable and current is not None)
        self.delete_button.setEnabled(editable and current is not None)

    def _members(self) -> list[tuple[int, str]]:
        return [(m.person_id, m.name) for m in self.context.members]

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

    def add_place(self) -> AccommodationDialog:
        start = AccommodationFields("", self.context.arrival_on, self.context.departure_on)
        ref: list[AccommodationRow] = []

        def save(fields: AccommodationFields) -> Any:
            def apply() -> AccommodationRow:
                ref[:] = [create_accommodation(self.database, self.delegation_id, fields)]
                return ref[0]

            return self._push(
                self.tr("Add “{0}”").format(fields.name.strip()),
                apply,
                lambda: delete_accommodation(self.database, ref[0].id),
            )

        dialog = AccommodationDialog(save, start, self)
        open_dialog(dialog)
        return dialog

    def add_room(self) -> RoomDialog | None:
        current = self._current()
        if current is None:
            return None
        place_id = current.id if isinstance(current, AccommodationRow) else current.accommodation_id
        ref: list[RoomRow] = []

        def save(fields: RoomFields) -> Any:
            def apply() -> RoomRow:
                ref[:] = [add_room(self.database, place_id, fields)]
                return ref[0]

            return self._push(
                self.tr("Add room {0}").format(fields.label.strip()),
                apply,
                lambda: delete_room(self.database, ref[0].id),
            )

        dialog = RoomDialog(save, RoomFields("", 2), self._members(), self)
        open_dialog(dialog)
        return dialog

    def edit(self) -> QDialog | None:
        current = self._current()
        if current is None or not self.context.editable:
            return None
        dialog: QDialog
        if isinstance(current, AccommodationRow):
            before = current.fields()

            def save_place(fields: AccommodationFields) -> Any:
                return self._push(
                    self.tr("Change “{0}”").format(current.name),
                    lambda: update_accommodation(self.database, current.id, fields),
                    lambda: update_accommodation(self.database, current.id, before),
                )

            dialog = AccommodationDialog(save_place, before, self)
        else:
            old = current.fields()

            def save_room(fields: RoomFields) -> Any:
                return self._push(
                    self.tr("Change room {0}").format(current.label),
                    lambda: update_room(self.database, current.id, fields),
                    lambda: update_room(self.database, current.id, old),
                )

            dialog = RoomDialog(save_room, old, self._members(), self)
        open_dialog(dialog)
        return dialog

    def delete(self) -> None:
        current = self._current()
        if current is None:
            return
        try:
            if isinstance(current, AccommodationRow):
                kept = [current]
                self._push(
                    self.tr("Delete “{0}”").format(current.name),
                    lambda: delete_accommodation(self.database, kept[0].id),
                    lambda: kept.__setitem__(0, restore_accommodation(self.database, kept[0])),
                )
            else:
                room = [current]
                self._push(
                    self.tr("Delete room {0}").format(current.label),
                    lambda: delete_room(self.database, room[0].id),
                    lambda: room.__setitem__(
                        0, add_room(self.database, current.accommodation_id, current.fields())
                    ),
                )
        except ExchangeDeskError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), getattr(exc, "message", str(exc)))
