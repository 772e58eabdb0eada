"""Every delegation edit as a command on the window's undo stack: the service call, its way
back, and what to refresh afterwards.

Undo and redo are version-checked like any save. The delegation's version moves with every
save (its own, a status step, a new head); :class:`Versions` remembers, per delegation, the
version the last of *our* calls left it at, so an undo after later commands still finds the
version it expects — and is refused if someone else saved in between.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import DelegationStatus, label
from exchangedesk.domain.people import PersonDraft
from exchangedesk.services.delegations import budget, edits, members, status
from exchangedesk.services.delegations.conflicts import accept_conflict, withdraw_acceptance
from exchangedesk.services.delegations.detail import DelegationDetail, delegation_detail
from exchangedesk.services.delegations.moves import move_delegation
from exchangedesk.services.people.edits import delete_person
from exchangedesk.services.people.lists import get_person
from exchangedesk.ui.undo import push_edit


class Versions:
    """The version each delegation was left at by the last command that touched it."""

    def __init__(self) -> None:
        self._known: dict[int, int] = {}

    def seen(self, detail: DelegationDetail) -> DelegationDetail:
        self._known[detail.id] = detail.version_id
        return detail

    def of(self, delegation_id: int, fallback: int) -> int:
        return self._known.get(delegation_id, fallback)

    def reread(self, database: Database, delegation_id: int) -> None:
        """After a call that returns no detail (a removal), learn the version it left."""
        self.seen(delegation_detail(database, delegation_id))


class DelegationCommands(QObject):
    """The page's edits. ``after(delegation_id)`` refreshes the list and the pane."""

    def __init__(
        self,
        database: Database,
        stack: Callable[[], QUndoStack],
        after: Callable[[int | None], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self._stack = stack
        self._after = after
        self._parent = parent
        self.versions = Versions()
        self.today: dt.date | None = None  # tests fix the day; None is the real today

    def _push(
        self,
        text: str,
        apply: Callable[[], Any],
        revert: Callable[[], Any],
        shown: int | Callable[[], int | None] | None,
    ) -> Any:
        """Save now through ``apply`` (raising if refused), then make it undoable; ``shown``
        is the delegation to show afterwards (or how to find it once it exists)."""

        def after() -> None:
            self._after(shown() if callable(shown) else shown)

        return push_edit(
            self._stack(),
            text,
            apply=apply,
            revert=revert,
            after=after,
            message_parent=self._parent,
        )

    def _version(self, detail: DelegationDetail) -> int:
        return self.versions.of(detail.id, detail.version_id)

    # --- the record ------------------------------------------------------------------------

    def create(self, draft: edits.DelegationDraft) -> DelegationDetail:
        made: dict[str, int] = {}

        def apply() -> DelegationDetail:
            detail = edits.create_delegation(self.database, draft, delegation_id=made.get("id"))
            made["id"] = detail.id
            return self.versions.seen(detail)

        def revert() -> None:
            edits.delete_delegation(
                self.database, made["id"], expected_version=self.versions.of(made["id"], 0)
            )

        return self._push(
            self.tr("New delegation {0}").format(draft.title), apply, revert, lambda: made.get("id")
        )

    def update(self, detail: DelegationDetail, draft: edits.DelegationDraft) -> DelegationDetail:
        self.versions.seen(detail)  # the freshest version the user has seen
        before = edits.draft_of(detail)

        def save(which: edits.DelegationDraft) -> DelegationDetail:
            return self.versions.seen(
                edits.update_delegation(
                    self.database, detail.id, which, expected_version=self._version(detail)
                )
            )

        return self._push(
            self.tr("Edit {0}").format(detail.title),
            lambda: save(draft),
            lambda: save(before),
            detail.id,
        )

    def delete(self, detail: DelegationDetail) -> None:
        self.versions.seen(detail)  # the freshest version the user has seen
        removed: dict[str, edits.RemovedDelegation] = {}

        def apply() -> None:
            removed["rows"] = edits.delete_delegation(
                self.database, detail.id, expected_version=self._version(detail)
            )

        def revert() -> None:
            self.versions.seen(edits.restore_delegation(self.database, removed["rows"]))

        self._push(self.tr("Remove {0}").format(detail.title), apply, revert, None)

    def move(self, detail: DelegationDetail, days: int, *, with_items: bool) -> Any:
        self.versions.seen(detail)  # the freshest version the user has seen

        def shift(by: int) -> Any:
            moved = move_delegation(
                self.database,
                detail.id,
                by,
                with_items=with_items,
                expected_version=self._version(detail),
            )
            self.versions.seen(moved.detail)
            return moved

        return self._push(
            self.tr("Move {0} by {1} days").format(detail.title, days),
            lambda: shift(days),
            lambda: shift(-days),
            detail.id,
        )

    # --- status ------------------------------------------------------------------------------

    def change_status(self, detail: DelegationDetail, to: DelegationStatus) -> DelegationDetail:
        self.versions.seen(detail)  # the freshest version the user has seen
        before = detail.status

        def apply() -> DelegationDetail:
            return self.versions.seen(
                status.change_status(
                    self.database,
                    detail.id,
                    to,
                    expected_version=self._version(detail),
                    today=self.today,
                )
            )

        def revert() -> None:
            self.versions.seen(
                status.undo_status(
                    self.database, detail.id, before, expected_version=self._version(detail)
                )
            )

        return self._push(
            self.tr("{0}: {1}").format(detail.title, label(to)), apply, revert, detail.id
        )

    def approve(self, detail: DelegationDetail, draft: status.ApprovalDraft) -> DelegationDetail:
        self.versions.seen(detail)  # the freshest version the user has seen
        made: dict[str, int] = {}

        def apply() -> DelegationDetail:
            saved = status.record_approval(
                self.database, detail.id, draft, approval_id=made.get("id"), today=self.today
            )
            # The newest record is ours: ids only grow, and a redo reuses the same id.
            made["id"] = max(a.id for a in saved.approvals)
            return self.versions.seen(saved)

        def revert() -> None:
            self.versions.seen(status.remove_approval(self.database, detail.id, made["id"]))

        return self._push(
            self.tr("Record the decision on {0}").format(detail.title), apply, revert, detail.id
        )

    def reopen(self, detail: DelegationDetail, reason: str) -> DelegationDetail:
        self.versions.seen(detail)  # the freshest version the user has seen
        before = detail.status

        def apply() -> DelegationDetail:
            return self.versions.seen(
                status.reopen(
                    self.database, detail.id, reason, expected_version=self._version(detail)
                )
            )

        def revert() -> None:
            self.versions.seen(
                status.undo_status(
                    self.database, detail.id, before, expected_version=self._version(detail)
                )
            )

        return self._push(self.tr("Reopen {0}").format(detail.title), apply, revert, detail.id)

    # --- members -----------------------------------------------------------------------------

    def add_member(
        self,
        detail: DelegationDetail,
        draft: members.MemberDraft,
        new_person: PersonDraft | None = None,
    ) -> members.AddedMember:
        self.versions.seen(detail)  # the freshest version the user has seen
        made: dict[str, int] = {}

        def apply() -> members.AddedMember:
            added = members.add_member(
                self.database,
                detail.id,
                draft,
                new_person=new_person,
                new_person_id=made.get("person"),
            )
            made["person"] = added.person_id
            self.versions.seen(added.detail)
            return added

        def revert() -> None:
            members.remove_member(self.database, detail.id, made["person"], also_from_items=True)
            if new_person is not None:  # the person was made with the membership
                person = get_person(self.database, made["person"])
                delete_person(
                    self.database,
                    made["person"],
                    expected_version=person.version,
                    actor=self.database.actor,
                )
            self.versions.reread(self.database, detail.id)

        name = new_person.name if new_person is not None else ""
        return self._push(
            self.tr("Add {0} to {1}").format(name or self.tr("a member"), detail.title),
            apply,
            revert,
            detail.id,
        )

    def update_member(self, detail: DelegationDetail, draft: members.MemberDraft) -> Any:
        self.versions.seen(detail)  # the freshest version the user has seen
        old = detail.member(draft.person_id or 0)
        assert old is not None
        before = members.MemberDraft(
            old.person_id, old.role, old.arrival_on, old.departure_on, old.needs
        )

        def save(which: members.MemberDraft) -> DelegationDetail:
            return self.versions.seen(members.update_member(self.database, detail.id, which))

        return self._push(
            self.tr("Change {0}").format(old.name),
            lambda: save(draft),
            lambda: save(before),
            detail.id,
        )

    def make_head(self, detail: DelegationDetail, person_id: int) -> Any:
        self.versions.seen(detail)  # the freshest version the user has seen
        before = detail.head_person_id
        roles = {m.person_id: m for m in detail.members}

        def apply() -> DelegationDetail:
            return self.versions.seen(members.set_head(self.database, detail.id, person_id))

        def revert() -> None:
            members.set_head(self.database, detail.id, before)
            new = roles.get(person_id)
            if new is not None and not new.is_head:  # give the new head their old role back
                members.update_member(
                    self.database,
                    detail.id,
                    members.MemberDraft(
                        new.person_id, new.role, new.arrival_on, new.departure_on, new.needs
                    ),
                )
            self.versions.reread(self.database, detail.id)

        name = roles[person_id].name if person_id in roles else ""
        return self._push(self.tr("Make {0} head").format(name), apply, revert, detail.id)

    def remove_member(
        self, detail: DelegationDetail, person_id: int, *, also_from_items: bool
    ) -> Any:
        self.versions.seen(detail)  # the freshest version the user has seen
        gone: dict[str, members.RemovedMember] = {}
        member = detail.member(person_id)
        name = member.name if member is not None else ""

        def apply() -> None:
            gone["member"] = members.remove_member(
                self.database, detail.id, person_id, also_from_items=also_from_items
            )
            self.versions.reread(self.database, detail.id)

        def revert() -> None:
            self.versions.seen(members.restore_member(self.database, gone["member"]))

        return self._push(self.tr("Remove {0}").format(name), apply, revert, detail.id)

    # --- budget ------------------------------------------------------------------------------

    def add_budget_line(self, detail: DelegationDetail, draft: budget.BudgetLineDraft) -> Any:
        self.versions.seen(detail)  # the freshest version the user has seen
        made: dict[str, int] = {}

        def apply() -> Any:
            row = budget.add_budget_line(self.database, detail.id, draft, line_id=made.get("id"))
            made["id"] = row.id
            return row

        return self._push(
            self.tr("Add budget line {0}").format(draft.description),
            apply,
            lambda: budget.remove_budget_line(self.database, detail.id, made["id"]),
            detail.id,
        )

    def update_budget_line(
        self, detail: DelegationDetail, line_id: int, draft: budget.BudgetLineDraft
    ) -> Any:
        self.versions.seen(detail)  # the freshest version the user has seen
        old = next(line for line in detail.budget if line.id == line_id)
        return self._push(
            self.tr("Change budget line {0}").format(old.description),
            lambda: budget.update_budget_line(self.database, detail.id, line_id, draft),
            lambda: budget.update_budget_line(
                self.database, detail.id, line_id, budget.budget_draft(old)
            ),
            detail.id,
        )

    def remove_budget_line(self, detail: DelegationDetail, line_id: int) -> Any:
        self.versions.seen(detail)  # the freshest version the user has seen
        gone: dict[str, Any] = {}

        def apply() -> None:
            gone["row"] = budget.remove_budget_line(self.database, detail.id, line_id)

        def revert() -> None:
            row = gone["row"]
            budget.add_budget_line(
                self.database, detail.id, budget.budget_draft(row), line_id=row.id
            )

        return self._push(self.tr("Remove budget line"), apply, revert, detail.id)

    # --- conflicts ---------------------------------------------------------------------------

    def accept_conflict(self, detail: DelegationDetail, key: str, note: str) -> Any:
        self.versions.seen(detail)  # the freshest version the user has seen
        return self._push(
            self.tr("Accept a conflict of {0}").format(detail.title),
            lambda: accept_conflict(
                self.database,
                detail.id,
                key,
                actor=self.database.actor,
                note=note,
                today=self.today,
            ),
            lambda: withdraw_acceptance(self.database, detail.id, key, actor=self.database.actor),
            detail.id,
        )

    def withdraw_acceptance(self, detail: DelegationDetail, key: str, note: str) -> Any:
        self.versions.seen(detail)  # the freshest version the user has seen
        return self._push(
            self.tr("Withdraw the acceptance of a conflict"),
            lambda: withdraw_acceptance(self.database, detail.id, key, actor=self.database.actor),
            lambda: accept_conflict(
                self.database,
                detail.id,
                key,
                actor=self.database.actor,
                note=note,
                today=self.today,
            ),
            detail.id,
        )
