"""Every edit of the Exchanges area as a pair of service calls on the window's undo stack.

Each command keeps the version its last call left the record at, so undo and redo are
version-checked like any save; a record created again by a redo gets a new id, which the
command follows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from exchangedesk.db.session import Database
from exchangedesk.services.exchanges import consents as pc
from exchangedesk.services.exchanges import host_families as hf
from exchangedesk.services.exchanges import participants as pa
from exchangedesk.services.exchanges import programmes as pr
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.undo import push_edit


class ExchangeCommands:
    def __init__(self, database: Database, parent: QWidget) -> None:
        self.database = database
        self.parent = parent
        self.stack: QUndoStack = QUndoStack(parent)
        self.after: Callable[[], None] = lambda: None

    def _push(self, text: str, apply: Callable[[], Any], revert: Callable[[], Any]) -> Any:
        return push_edit(
            self.stack, text, apply=apply, revert=revert, after=self.after,
            message_parent=self.parent,
        )  # fmt: skip

    # --- programmes ------------------------------------------------------------------------

    def create_programme(self, draft: pr.ProgrammeDraft) -> pr.ProgrammeDetail:
        state: dict[str, Any] = {}

        def apply() -> pr.ProgrammeDetail:
            state["saved"] = pr.create_programme(self.database, draft)
            return state["saved"]

        def revert() -> None:
            saved = pr.get_programme(self.database, state["saved"].id)
            pr.delete_programme(self.database, saved.id, expected_version=saved.version_id)

        return self._push(translate("ExchangeCommands", "New programme"), apply, revert)

    def update_programme(
        self, before: pr.ProgrammeDetail, draft: pr.ProgrammeDraft
    ) -> pr.ProgrammeDetail:
        state = {"version": before.version_id}
        old = before.draft()

        def save(d: pr.ProgrammeDraft) -> pr.ProgrammeDetail:
            saved = pr.update_programme(
                self.database, before.id, d, expected_version=state["version"]
            )
            state["version"] = saved.version_id
            return saved

        return self._push(
            translate("ExchangeCommands", "Edit {0}").format(before.title),
            lambda: save(draft),
            lambda: save(old),
        )

    def link(self, programme_id: int, other_id: int) -> pr.ProgrammeDetail:
        earlier = pr.get_programme(self.database, programme_id).reciprocal

        def revert() -> None:
            pr.unlink_reciprocal(self.database, programme_id)
            if earlier is not None:
                pr.link_reciprocal(self.database, programme_id, earlier.id)

        return self._push(
            translate("ExchangeCommands", "Link return visit"),
            lambda: pr.link_reciprocal(self.database, programme_id, other_id),
            revert,
        )

    def unlink(self, programme_id: int) -> None:
        state: dict[str, int | None] = {}

        def apply() -> None:
            state["other"] = pr.unlink_reciprocal(self.database, programme_id)

        def revert() -> None:
            if state.get("other") is not None:
                pr.link_reciprocal(self.database, programme_id, state["other"])  # type: ignore[arg-type]

        self._push(translate("ExchangeCommands", "Unlink return visit"), apply, revert)

    # --- participants ----------------------------------------------------------------------

    def add_participant(self, programme_id: int, draft: pa.ParticipantDraft) -> pa.ParticipantRow:
        state: dict[str, Any] = {}

        def apply() -> pa.ParticipantRow:
            state["row"] = pa.add_participant(self.database, programme_id, draft)
            return state["row"]

        def revert() -> None:
            row = pa.get_participant_row(self.database, state["row"].id)
            pa.remove_participant(self.database, row.id, expected_version=row.version_id)

        return self._push(translate("ExchangeCommands", "Add participant"), apply, revert)

    def update_participant(
        self, row: pa.ParticipantRow, before: pa.ParticipantDraft, draft: pa.ParticipantDraft
    ) -> pa.ParticipantRow:
        state = {"version": row.version_id}

        def save(d: pa.ParticipantDraft) -> pa.ParticipantRow:
            saved = pa.update_participant(
                self.database, row.id, d, expected_version=state["version"]
            )
            state["version"] = saved.version_id
            return saved

        return self._push(
            translate("ExchangeCommands", "Edit {0}").format(row.name),
            lambda: save(draft),
            lambda: save(before),
        )

    def set_confirmed(self, row: pa.ParticipantRow, confirmed: bool) -> pa.ParticipantRow:
        state = {"version": row.version_id}

        def save(value: bool) -> pa.ParticipantRow:
            saved = pa.set_confirmed(
                self.database, row.id, value, expected_version=state["version"]
            )
            state["version"] = saved.version_id
            return saved

        text = (
            translate("ExchangeCommands", "Confirm {0}")
            if confirmed
            else translate("ExchangeCommands", "Unconfirm {0}")
        )
        return self._push(
            text.format(row.name), lambda: save(confirmed), lambda: save(not confirmed)
        )

    def record_consent(self, participant_id: int, draft: pc.ConsentDraft) -> pa.ConsentRow:
        state: dict[str, Any] = {}

        def apply() -> pa.ConsentRow:
            state["row"] = pc.record_consent(self.database, participant_id, draft)
            return state["row"]

        return self._push(
            translate("ExchangeCommands", "Record consent"),
            apply,
            lambda: pc.withdraw_consent(self.database, state["row"].id),
        )

    # --- host families ---------------------------------------------------------------------

    def create_family(self, draft: hf.HostFamilyDraft) -> hf.HostFamilyRow:
        state: dict[str, Any] = {}

        def apply() -> hf.HostFamilyRow:
            state["row"] = hf.create_host_family(self.database, draft)
            return state["row"]

        def revert() -> None:
            row = hf.get_host_family(self.database, state["row"].id)
            hf.delete_host_family(self.database, row.id, expected_version=row.version_id)

        return self._push(translate("ExchangeCommands", "New host family"), apply, revert)

    def update_family(self, row: hf.HostFamilyRow, draft: hf.HostFamilyDraft) -> hf.HostFamilyRow:
        state = {"version": row.version_id}
        before = row.draft()

        def save(d: hf.HostFamilyDraft) -> hf.HostFamilyRow:
            saved = hf.update_host_family(
                self.database, row.id, d, expected_version=state["version"]
            )
            state["version"] = saved.version_id
            return saved

        return self._push(
            translate("ExchangeCommands", "Edit {0}").format(row.name),
            lambda: save(draft),
            lambda: save(before),
        )
