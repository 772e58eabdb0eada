"""Edits of people and organisations as undoable commands (``push_edit``).

Each command saves through a service first and is pushed only if the save went through. Undo and
redo save again, version-checked: the versions this window itself produced are remembered per
record (:class:`VersionBook`), so an undo after another undo finds the record as it left it,
while a change by someone else in between is refused with a clear message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from exchangedesk.db.session import Database
from exchangedesk.domain.people import OrganisationDraft, PersonDraft, SensitiveDraft
from exchangedesk.services.maintenance.backups import before_merge
from exchangedesk.services.people.edits import (
    SavedPerson,
    create_person,
    delete_person,
    update_person,
)
from exchangedesk.services.people.lists import PersonDetail, get_person
from exchangedesk.services.people.merge import MergeReport, merge_people, undo_merge
from exchangedesk.services.people.organisations import (
    OrganisationDetail,
    create_organisation,
    delete_organisation,
    update_organisation,
)
from exchangedesk.services.privacy.consents import (
    ConsentDraft,
    ConsentRecord,
    record_consent,
    reinstate_consent,
    remove_consent,
    withdraw_consent,
)
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.undo import push_edit


@dataclass
class VersionBook:
    """The version each record has after this window's last save of it."""

    people: dict[int, int] = field(default_factory=dict)
    sensitive: dict[int, int | None] = field(default_factory=dict)
    organisations: dict[int, int] = field(default_factory=dict)

    def saved(self, result: SavedPerson, *, with_sensitive: bool) -> SavedPerson:
        self.people[result.person.id] = result.person.version
        if with_sensitive:
            self.sensitive[result.person.id] = result.sensitive_version
        return result


class PeopleEdits:
    """The undoable edits of the People & Organisations area."""

    def __init__(
        self,
        database: Database,
        actor: str | None,  # None: whoever the database names at the time (Preferences)
        stack: Callable[[], QUndoStack | None],
        after: Callable[[str, int | None], None],
        parent: QWidget | None = None,
    ) -> None:
        self.database, self._actor = database, actor
        self._stack, self._after, self._parent = stack, after, parent
        self.book = VersionBook()

    @property
    def actor(self) -> str:
        """A name set in Preferences after the area was built counts from the next change."""
        return self._actor or self.database.actor

    def forget_history(self) -> None:
        """After an erasure: no undo or redo may write the erased person's data back."""
        stack = self._stack()
        if stack is not None:
            stack.clear()

    def _push(self, text: str, apply: Callable, revert: Callable, shown: Callable) -> object:
        stack = self._stack()
        if stack is None:  # a page shown outside a window (tests): still saved, not undoable
            stack = QUndoStack()
        return push_edit(
            stack,
            text,
            apply=apply,
            revert=revert,
            after=shown,
            message_parent=self._parent,
        )

    # --- people ---------------------------------------------------------------------------

    def add_person(self, draft: PersonDraft, sensitive: SensitiveDraft | None) -> SavedPerson:
        made: dict[str, int] = {}

        def apply() -> SavedPerson:
            result = create_person(
                self.database,
                draft,
                actor=self.actor,
                sensitive=sensitive,
                person_id=made.get("id"),
            )
            made["id"] = result.person.id
            return self.book.saved(result, with_sensitive=True)

        def revert() -> None:
            person_id = made["id"]
            delete_person(
                self.database,
                person_id,
                expected_version=self.book.people[person_id],
                actor=self.actor,
            )

        return self._push(
            translate("PeopleEdits", "Add {0}").format(draft.normalised().name),
            apply,
            revert,
            lambda: self._after("person", made.get("id")),
        )

    def change_person(
        self,
        before: PersonDetail,
        before_sensitive: SensitiveDraft | None,
        draft: PersonDraft,
        sensitive: SensitiveDraft | None,
        sensitive_version: int | None,
    ) -> SavedPerson:
        """Save *draft* over *before*; *sensitive* only when the sensitive tab changed, with
        *before_sensitive* the details as they were revealed."""
        person_id = before.id
        self.book.people[person_id] = before.version  # what the user saw: the newest known
        if sensitive is not None:
            self.book.sensitive[person_id] = sensitive_version
        with_sensitive = sensitive is not None

        def save(to: PersonDraft, details: SensitiveDraft | None) -> SavedPerson:
            result = update_person(
                self.database,
                person_id,
                to,
                expected_version=self.book.people[person_id],
                actor=self.actor,
                sensitive=details,
                sensitive_version=self.book.sensitive.get(person_id),
            )
            return self.book.saved(result, with_sensitive=with_sensitive)

        old_sensitive = (before_sensitive or SensitiveDraft()) if with_sensitive else None
        return self._push(
            translate("PeopleEdits", "Edit {0}").format(before.name),
            lambda: save(draft, sensitive),
            lambda: save(before.draft, old_sensitive),
            lambda: self._after("person", person_id),
        )

    def merge(
        self,
        survivor_id: int,
        duplicate_id: int,
        survivor_version: int,
        duplicate_version: int,
        *,
        backed_up: bool = False,  # the merge dialog took the backup already, in the background
    ) -> MergeReport:
        self.book.people[survivor_id] = survivor_version
        self.book.people[duplicate_id] = duplicate_version
        done: dict[str, MergeReport] = {}

        def apply() -> MergeReport:
            report = merge_people(
                self.database,
                survivor_id,
                duplicate_id,
                actor=self.actor,
                survivor_version=self.book.people[survivor_id],
                duplicate_version=self.book.people[duplicate_id],
                # A verified copy first; a redo after an undo needs none (nothing is lost).
                before_saving=None
                if "report" in done or backed_up
                else before_merge(self.database),
            )
            done["report"] = report
            self._reread(survivor_id)
            return report

        def revert() -> None:
            undo_merge(self.database, done["report"].snapshot, actor=self.actor)
            self._reread(survivor_id)
            self._reread(duplicate_id)

        report = self._push(
            translate("PeopleEdits", "Merge {0} into {1}").format(
                self._name(duplicate_id), self._name(survivor_id)
            ),
            apply,
            revert,
            lambda: self._after("person", survivor_id),
        )
        return report  # type: ignore[return-value]

    def _reread(self, person_id: int) -> None:
        detail = get_person(self.database, person_id)
        self.book.people[person_id] = detail.version
        self.book.sensitive.pop(person_id, None)  # the merge may have changed it: reveal again

    def _name(self, person_id: int) -> str:
        return get_person(self.database, person_id).name

    # --- consents -------------------------------------------------------------------------
    # Undo of recording removes the consent; undo of withdrawing puts it in force again. Both
    # are audited by the service, so the log still shows the mistake and its correction.

    def record_consent(self, person_id: int, draft: ConsentDraft) -> ConsentRecord:
        made: dict[str, ConsentRecord] = {}

        def apply() -> ConsentRecord:
            made["record"] = record_consent(self.database, person_id, draft, actor=self.actor)
            return made["record"]

        def revert() -> None:
            remove_consent(self.database, made["record"].id, actor=self.actor)

        purpose = draft.purpose.value if draft.purpose else ""
        return self._push(  # type: ignore[return-value]
            translate("PeopleEdits", "Record consent of {0} ({1})").format(
                self._name(person_id), purpose
            ),
            apply,
            revert,
            lambda: self._after("person", person_id),
        )

    def withdraw_consent(self, consent: ConsentRecord, on) -> ConsentRecord:  # noqa: ANN001
        def apply() -> ConsentRecord:
            return withdraw_consent(self.database, consent.id, on=on, actor=self.actor)

        def revert() -> None:
            reinstate_consent(self.database, consent.id, actor=self.actor)

        return self._push(  # type: ignore[return-value]
            translate("PeopleEdits", "Withdraw consent of {0} ({1})").format(
                self._name(consent.person_id), consent.purpose.value
            ),
            apply,
            revert,
            lambda: self._after("person", consent.person_id),
        )

    # --- organisations --------------------------------------------------------------------

    def add_organisation(self, draft: OrganisationDraft) -> OrganisationDetail:
        made: dict[str, int] = {}

        def apply() -> OrganisationDetail:
            result = create_organisation(
                self.database, draft, actor=self.actor, organisation_id=made.get("id")
            )
            made["id"] = result.id
            self.book.organisations[result.id] = result.version
            return result

        def revert() -> None:
            delete_organisation(
                self.database,
                made["id"],
                expected_version=self.book.organisations[made["id"]],
                actor=self.actor,
            )

        return self._push(  # type: ignore[return-value]
            translate("PeopleEdits", "Add {0}").format(draft.normalised().name),
            apply,
            revert,
            lambda: self._after("organisation", made.get("id")),
        )

    def change_organisation(
        self, before: OrganisationDetail, draft: OrganisationDraft
    ) -> OrganisationDetail:
        self.book.organisations[before.id] = before.version

        def save(to: OrganisationDraft) -> OrganisationDetail:
            result = update_organisation(
                self.database,
                before.id,
                to,
                expected_version=self.book.organisations[before.id],
                actor=self.actor,
            )
            self.book.organisations[before.id] = result.version
            return result

        return self._push(  # type: ignore[return-value]
            translate("PeopleEdits", "Edit {0}").format(before.name),
            lambda: save(draft),
            lambda: save(before.draft),
            lambda: self._after("organisation", before.id),
        )
