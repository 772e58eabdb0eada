"""The Conflicts tab of an exchange programme: what the conflict service finds for its
participants and leaders — a student down for two places at once (another programme, a
delegation), items outside the programme's dates, host families over capacity, holidays,
passports — with Accept… (a note is required) and Withdraw, both on the window's undo stack.
The list is the delegation's (:mod:`exchangedesk.ui.delegations.conflicts`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from exchangedesk.db.session import Database
from exchangedesk.domain.conflicts import Conflict, ConflictReport, OwnerKind
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.services.delegations.conflicts import (
    accept_programme_conflict,
    programme_conflicts,
    withdraw_acceptance,
)
from exchangedesk.ui.delegations.conflicts import ConflictsTab
from exchangedesk.ui.delegations.forms import NoteDialog
from exchangedesk.ui.dialogs import open_dialog
from exchangedesk.ui.undo import push_edit


class ProgrammeConflictsTab(ConflictsTab):
    counted = Signal(int)  # how many conflicts still block confirming

    def __init__(
        self, database: Database, stack: Callable[[], QUndoStack], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self._stack = stack
        self.programme_id: int | None = None
        self.report: ConflictReport | None = None
        self.today: dt.date | None = None  # None: the real today (tests fix a day)
        self.dialog: NoteDialog | None = None  # the one open now (tests reach it)
        self.warn: Callable[[str, str], object] = lambda title, text: QMessageBox.warning(
            self, title, text
        )
        self.accept_requested.connect(self.accept)
        self.withdraw_requested.connect(self.withdraw)

    def show_programme(self, programme_id: int | None) -> None:
        self.programme_id = programme_id
        self.reload()

    def reload(self) -> None:
        pid = self.programme_id
        report = None if pid is None else programme_conflicts(self.database, pid, today=self.today)
        self.report = report
        self.set_report(report, read_only=self.database.read_only)
        # The delegation's wording names its own tabs; say what a programme's are.
        if report is not None and not report.conflicts:
            self.summary.setText(
                self.tr(
                    "No conflicts found: no participant or leader is down for two places at "
                    "once, and every item lies within the programme's dates."
                )
            )
        elif report is not None and report.blocking:
            self.summary.setText(
                self.tr(
                    "{0} of {1} block confirming. Change the Schedule or the Participants, or "
                    "accept a conflict with a note."
                ).format(len(report.blocking), len(report.conflicts))
            )
        self.counted.emit(len(report.blocking) if report is not None else 0)

    def _push(self, text: str, apply: Callable[[], Any], revert: Callable[[], Any]) -> Any:
        return push_edit(
            self._stack(), text, apply=apply, revert=revert, after=self.reload, message_parent=self
        )

    def accept(self, conflict: Conflict) -> None:
        pid = self.programme_id
        if pid is None:
            return
        dialog = self.dialog = NoteDialog(
            self.tr("Accept a conflict"),
            self.tr("{0}\n\nWhy can the plan stay as it is?").format(conflict.message),
            lambda note: self.accept_with(pid, conflict.key, note),
            parent=self,
        )
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        open_dialog(dialog)

    def accept_with(self, programme_id: int, key: str, note: str) -> Any:
        def apply() -> Any:
            return accept_programme_conflict(
                self.database,
                programme_id,
                key,
                actor=self.database.actor,
                note=note,
                today=self.today,
            )

        def revert() -> None:
            withdraw_acceptance(
                self.database,
                programme_id,
                key,
                actor=self.database.actor,
                kind=OwnerKind.PROGRAMME,
            )

        return self._push(self.tr("Accept a conflict"), apply, revert)

    def withdraw(self, conflict: Conflict) -> None:
        pid = self.programme_id
        if pid is None or conflict.accepted is None:
            return
        note, key = conflict.accepted.note, conflict.key
        try:
            self._push(
                self.tr("Withdraw the acceptance of a conflict"),
                lambda: withdraw_acceptance(
                    self.database, pid, key, actor=self.database.actor, kind=OwnerKind.PROGRAMME
                ),
                lambda: self.accept_with_now(pid, key, note),
            )
        except ExchangeDeskError as exc:
            self.warn(self.tr("Acceptance not withdrawn"), getattr(exc, "message", str(exc)))
            self.reload()

    def accept_with_now(self, programme_id: int, key: str, note: str) -> None:
        """The undo of a withdrawal: accepted again with the same note, off the stack."""
        accept_programme_conflict(
            self.database, programme_id, key, actor=self.database.actor, note=note, today=self.today
        )
