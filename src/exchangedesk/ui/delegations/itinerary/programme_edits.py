"""The edits of the programme page: add, edit, delete, duplicate a day, move an item. Each is
saved through a service first, then pushed on the undo stack (ui/undo.py ``push_edit``); a
refusal leaves the stack as it was."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.services.delegations.itinerary import (
    ItemFields,
    ItineraryContext,
    create_item,
    delete_item,
    get_item,
    update_item,
)
from exchangedesk.services.delegations.itinerary_days import delete_items, duplicate_day, move_item
from exchangedesk.ui.delegations.itinerary.days import DayPickDialog, MoveDialog, day_heading
from exchangedesk.ui.delegations.itinerary.item_dialog import ItemDialog
from exchangedesk.ui.delegations.itinerary.timeline import DayTimeline
from exchangedesk.ui.dialogs import open_dialog, run_dialog
from exchangedesk.ui.undo import push_edit


@dataclass
class _Ref:
    """An item as the undo stack knows it: recreating it gives it a new id and version."""

    id: int
    version: int

    def track(self, row: Any) -> Any:
        self.id, self.version = row.id, row.version
        return row


class ProgrammeEdits:
    """Mixed into :class:`ProgrammePage`, which provides these attributes."""

    database: Database
    delegation_id: int
    undo_stack: QUndoStack
    context: ItineraryContext
    timeline: DayTimeline
    current_day: dt.date

    if TYPE_CHECKING:  # provided by ProgrammePage and QWidget; declared for the type checker

        def _after(self, day: dt.date | None = None) -> Callable[[], None]: ...

        def tr(self, text: str) -> str: ...

    def add_item(self, start: dt.time | None = None) -> ItemDialog | None:
        if not self.context.editable:
            return None
        dialog = ItemDialog(
            self.database,
            self.context,
            self.save_new,
            day=self.current_day,
            start=start or dt.time(10, 0),
            parent=self,
        )
        open_dialog(dialog)
        return dialog

    def save_new(self, fields: ItemFields) -> Any:
        ref = _Ref(0, 0)
        return push_edit(
            self.undo_stack,
            self.tr("Add “{0}” to the programme").format(fields.title.strip()),
            apply=lambda: ref.track(create_item(self.database, self.delegation_id, fields)),
            revert=lambda: delete_item(self.database, ref.id, expected_version=ref.version),
            after=self._after(fields.start.date()),
            message_parent=self,
        )

    def edit_item(self, item_id: int | None = None) -> ItemDialog | None:
        item_id = item_id or self.timeline.selected_id
        if item_id is None:
            return None
        item = get_item(self.database, item_id)
        if not self.context.editable:
            return None
        ref = _Ref(item.id, item.version)
        before = item.fields()

        def save(fields: ItemFields) -> Any:
            return push_edit(
                self.undo_stack,
                self.tr("Change “{0}”").format(item.title),
                apply=lambda: ref.track(
                    update_item(self.database, ref.id, fields, expected_version=ref.version)
                ),
                revert=lambda: ref.track(
                    update_item(self.database, ref.id, before, expected_version=ref.version)
                ),
                after=self._after(fields.start.date()),
                message_parent=self,
            )

        dialog = ItemDialog(self.database, self.context, save, item=item, parent=self)
        open_dialog(dialog)
        return dialog

    def delete_item(self) -> None:
        item_id = self.timeline.selected_id
        if item_id is None or not self.context.editable:
            return
        item = get_item(self.database, item_id)
        ref = _Ref(item.id, item.version)
        self._try(
            lambda: push_edit(
                self.undo_stack,
                self.tr("Delete “{0}”").format(item.title),
                apply=lambda: delete_item(self.database, ref.id, expected_version=ref.version),
                revert=lambda: ref.track(
                    create_item(self.database, self.delegation_id, item.fields())
                ),
                after=self._after(self.current_day),
                message_parent=self,
            )
        )

    def ask_duplicate(self) -> None:
        source = self.current_day
        dialog = DayPickDialog(source, source + dt.timedelta(days=1), self)
        if run_dialog(dialog) == DayPickDialog.DialogCode.Accepted:
            self.duplicate_to(dialog.day())

    def duplicate_to(self, target: dt.date) -> bool:
        source = self.current_day
        made: list[tuple[int, ...]] = [()]

        def apply() -> tuple[int, ...]:
            made[0] = duplicate_day(self.database, self.delegation_id, source, target)
            return made[0]

        return self._try(
            lambda: push_edit(
                self.undo_stack,
                self.tr("Duplicate {0} onto {1}").format(day_heading(source), day_heading(target)),
                apply=apply,
                revert=lambda: delete_items(self.database, self.delegation_id, made[0]),
                after=self._after(target),
                message_parent=self,
            )
        )

    def ask_move(self) -> None:
        item_id = self.timeline.selected_id
        if item_id is None:
            return
        item = get_item(self.database, item_id)
        dialog = MoveDialog(item.title, item.starts_at, self)
        if run_dialog(dialog) == MoveDialog.DialogCode.Accepted:
            self.move_to(item_id, dialog.start.value())

    def drag_by(self, item_id: int, minutes: int) -> bool:
        """A block dragged on the timeline: the same local start, ``minutes`` later."""
        item = get_item(self.database, item_id)
        start = item.starts_at.replace(tzinfo=None) + dt.timedelta(minutes=minutes)
        return self.move_to(item_id, start)

    def move_to(self, item_id: int, new_start: dt.datetime) -> bool:
        item = get_item(self.database, item_id)
        ref = _Ref(item.id, item.version)
        before = item.fields()
        return self._try(
            lambda: push_edit(
                self.undo_stack,
                self.tr("Move “{0}”").format(item.title),
                apply=lambda: ref.track(
                    move_item(self.database, ref.id, new_start, expected_version=ref.version)
                ),
                revert=lambda: ref.track(
                    update_item(self.database, ref.id, before, expected_version=ref.version)
                ),
                after=self._after(new_start.date()),
                message_parent=self,
            )
        )

    def _try(self, edit: Callable[[], Any]) -> bool:
        try:
            edit()
        except ExchangeDeskError as exc:
            message = getattr(exc, "message", None) or str(exc)
            QMessageBox.warning(self, self.tr("Not changed"), message)
            return False
        return True
