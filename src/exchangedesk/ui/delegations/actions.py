"""What the delegation pane's buttons do: open the right dialog, save through the undo stack
(:class:`~exchangedesk.ui.delegations.commands.DelegationCommands`), and say plainly when
the database refuses.

Dialogs are opened with ``open()`` (window-modal, not a nested event loop) and kept in
:attr:`DelegationActions.dialog` while they are shown, so tests and keyboard users drive the
same path.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from exchangedesk.db.session import Database
from exchangedesk.domain.conflicts import Conflict
from exchangedesk.domain.enums import DelegationStatus
from exchangedesk.domain.errors import ExchangeDeskError, ValidationError
from exchangedesk.services.delegations.detail import BudgetLineRow, DelegationDetail, MemberRow
from exchangedesk.services.delegations.ical import export_delegation_ical
from exchangedesk.ui.delegations.commands import DelegationCommands
from exchangedesk.ui.delegations.detail import DelegationDetailPane
from exchangedesk.ui.delegations.forms import (
    ApprovalDialog,
    BudgetLineDialog,
    MoveDialog,
    NoteDialog,
)
from exchangedesk.ui.delegations.member_dialog import MemberDialog
from exchangedesk.ui.dialogs import confirm, open_dialog


def file_name(title: str) -> str:
    """A calendar file name from a title, safe on every system: 'Choir from Dresden.ics'."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip(" .")
    return (" ".join(cleaned.split())[:80] or "delegation") + ".ics"


class DelegationActions(QObject):
    message = Signal(str)  # for the window's status bar

    def __init__(
        self, database: Database, pane: DelegationDetailPane, commands: DelegationCommands
    ) -> None:
        super().__init__(pane)
        self.database = database
        self.pane = pane
        self.commands = commands
        self.dialog: QDialog | None = None  # the dialog open now, if any
        # Tests answer the save dialog and the questions instead of a person.
        self.choose_path = self._choose_path
        self.ask = confirm.ask
        pane.move_requested.connect(self.move)
        pane.export_requested.connect(lambda: self.export_calendar(None))
        overview = pane.overview
        overview.status_requested.connect(self.change_status)
        overview.reopen_requested.connect(self.reopen)
        members = pane.members
        members.add_requested.connect(self.add_member)
        members.edit_requested.connect(self.edit_member)
        members.head_requested.connect(self.make_head)
        members.remove_requested.connect(self.remove_member)
        members.export_requested.connect(lambda m: self.export_calendar(m))
        budget = pane.budget
        budget.add_requested.connect(self.add_budget_line)
        budget.edit_requested.connect(self.edit_budget_line)
        budget.remove_requested.connect(self.remove_budget_line)
        pane.conflicts.accept_requested.connect(self.accept_conflict)
        pane.conflicts.withdraw_requested.connect(self.withdraw_acceptance)

    @property
    def detail(self) -> DelegationDetail | None:
        return self.pane.detail

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        open_dialog(dialog)
        return dialog

    def _warn(self, title: str, error: BaseException) -> None:
        QMessageBox.warning(self.pane, title, str(getattr(error, "message", error)))

    def _run(self, title: str, call: Any) -> Any:
        """An edit without a dialog: refused edits are told in a message box."""
        try:
            return call()
        except ExchangeDeskError as refused:
            self._warn(title, refused)
            self.pane.refresh()
            return None

    # --- the record --------------------------------------------------------------------------

    def move(self) -> None:
        detail = self.detail
        if detail is None:
            return

        def save(choice: tuple[int, bool]) -> Any:
            days, with_items = choice
            return self.commands.move(detail, days, with_items=with_items)

        self._open(MoveDialog(detail, save, parent=self.pane))

    def export_calendar(self, member: MemberRow | None) -> None:
        detail = self.detail
        if detail is None:
            return
        title = detail.title if member is None else f"{detail.title} – {member.name}"
        path = self.choose_path(file_name(title))
        if not path:
            return
        try:
            written = export_delegation_ical(
                self.database,
                detail.id,
                Path(path),
                member_id=member.person_id if member is not None else None,
            )
        except (ExchangeDeskError, OSError) as failed:
            self._warn(self.tr("Calendar not exported"), failed)
            return
        count, where = written.events, str(written.path)
        self.message.emit(
            self.tr("1 event written to {0}").format(where)
            if count == 1
            else self.tr("{0} events written to {1}").format(count, where)
        )

    def _choose_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self.pane,
            self.tr("Export to calendar"),
            str(Path.home() / suggested),
            self.tr("iCalendar files (*.ics)"),
        )
        return path

    # --- status ------------------------------------------------------------------------------

    def change_status(self, target: DelegationStatus) -> None:
        detail = self.detail
        if detail is None:
            return
        if target is DelegationStatus.APPROVED:
            self.approve()
            return
        if target in (DelegationStatus.CANCELLED, DelegationStatus.COMPLETED) and not self.ask(
            self.pane,
            self.tr("Close the delegation?"),
            self.tr("“{0}” becomes read-only; it can be reopened later with a reason.").format(
                detail.title
            ),
            self.tr("Cancel the visit")
            if target is DelegationStatus.CANCELLED
            else self.tr("Complete"),
            self.tr("Keep it open"),
        ):
            return
        self._run(
            self.tr("Status not changed"), lambda: self.commands.change_status(detail, target)
        )

    def approve(self) -> None:
        detail = self.detail
        if detail is None:
            return

        def save(draft: Any) -> Any:
            saved = self.commands.approve(detail, draft)
            if draft.decision.value == "approved" and detail.status is DelegationStatus.PLANNED:
                # The decision and the step it allows belong together for the secretary.
                self._run(
                    self.tr("Status not changed"),
                    lambda: self.commands.change_status(saved, DelegationStatus.APPROVED),
                )
            return saved

        self._open(ApprovalDialog(detail, save, today=self.pane.today, parent=self.pane))

    def reopen(self) -> None:
        detail = self.detail
        if detail is None:
            return
        self._open(
            NoteDialog(
                self.tr("Reopen {0}").format(detail.title),
                self.tr("Why is the delegation reopened? The reason is kept in its history."),
                lambda reason: self.commands.reopen(detail, reason),
                field="reason",
                parent=self.pane,
            )
        )

    # --- members -----------------------------------------------------------------------------

    def add_member(self) -> None:
        detail = self.detail
        if detail is None:
            return
        self._open(
            MemberDialog(
                self.database,
                detail,
                lambda draft, person: self.commands.add_member(detail, draft, person),
                parent=self.pane,
            )
        )

    def edit_member(self, member: MemberRow) -> None:
        detail = self.detail
        if detail is None:
            return
        self._open(
            MemberDialog(
                self.database,
                detail,
                lambda draft, _person: self.commands.update_member(detail, draft),
                member,
                parent=self.pane,
            )
        )

    def make_head(self, member: MemberRow) -> None:
        detail = self.detail
        if detail is not None:
            self._run(
                self.tr("Head not changed"),
                lambda: self.commands.make_head(detail, member.person_id),
            )

    def remove_member(self, member: MemberRow) -> None:
        detail = self.detail
        if detail is None:
            return
        try:
            self.commands.remove_member(detail, member.person_id, also_from_items=False)
            return
        except ValidationError as refused:
            if refused.field != "also_from_items":
                self._warn(self.tr("Member not removed"), refused)
                return
            question = refused.message
        except ExchangeDeskError as failed:
            self._warn(self.tr("Member not removed"), failed)
            return
        if self.ask(
            self.pane,
            self.tr("Remove {0}?").format(member.name),
            question,
            self.tr("Remove from the items too"),
            self.tr("Keep in the delegation"),
        ):
            self._run(
                self.tr("Member not removed"),
                lambda: self.commands.remove_member(detail, member.person_id, also_from_items=True),
            )

    # --- budget ------------------------------------------------------------------------------

    def add_budget_line(self) -> None:
        detail = self.detail
        if detail is None:
            return
        currency = detail.budget[-1].currency if detail.budget else ""
        self._open(
            BudgetLineDialog(
                lambda draft: self.commands.add_budget_line(detail, draft),
                currency=currency,
                parent=self.pane,
            )
        )

    def edit_budget_line(self, line: BudgetLineRow) -> None:
        detail = self.detail
        if detail is None:
            return
        self._open(
            BudgetLineDialog(
                lambda draft: self.commands.update_budget_line(detail, line.id, draft),
                line,
                parent=self.pane,
            )
        )

    def remove_budget_line(self, line: BudgetLineRow) -> None:
        detail = self.detail
        if detail is not None:
            self._run(
                self.tr("Budget line not removed"),
                lambda: self.commands.remove_budget_line(detail, line.id),
            )

    # --- conflicts ---------------------------------------------------------------------------

    def accept_conflict(self, conflict: Conflict) -> None:
        detail = self.detail
        if detail is None:
            return
        self._open(
            NoteDialog(
                self.tr("Accept a conflict"),
                self.tr("{0}\n\nWhy can the plan stay as it is?").format(conflict.message),
                lambda note: self.commands.accept_conflict(detail, conflict.key, note),
                parent=self.pane,
            )
        )

    def withdraw_acceptance(self, conflict: Conflict) -> None:
        detail = self.detail
        if detail is None or conflict.accepted is None:
            return
        note = conflict.accepted.note
        self._run(
            self.tr("Acceptance not withdrawn"),
            lambda: self.commands.withdraw_acceptance(detail, conflict.key, note),
        )
