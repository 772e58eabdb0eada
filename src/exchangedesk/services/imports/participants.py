"""Importing the participants of an exchange programme: the list a partner school sends.

* **Programme**: the one chosen for the file (``--programme ID``, the window's choice), or
  the programme each row names by its folded title; a row naming another programme than the
  one chosen is refused.
* **The student** is a person: found in the register as the people import finds a duplicate
  (folded names, and the e-mail when both have one), otherwise added with the row's name,
  e-mail and phone (a name in Cyrillic gets its passport spelling beside it). A person the
  import added is removed again when the import is undone.
* **Sensitive details** (date of birth, dietary and medical notes, allergies) go to the
  person's sensitive record; the import's audit entry says a list was imported. An empty or
  missing cell never clears a detail recorded before, except in a row with an ID from our
  own export where the column is present.
* **Not imported**: confirmation ("Confirmed"): a minor is confirmed in the programme once a
  guardian's consent is recorded, which no list carries. Participants are added unconfirmed.
* A **duplicate** is the same person already in the same programme.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchangedesk.db.models import (
    Consent,
    ExchangeProgramme,
    Organisation,
    Participant,
    Person,
    PersonSensitive,
    Placement,
)
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.people import PersonDraft
from exchangedesk.services.exchanges.participants import ParticipantDraft
from exchangedesk.services.exchanges.participants import _apply as apply_participant
from exchangedesk.services.exchanges.support import clean
from exchangedesk.services.imports.people import PeopleRules
from exchangedesk.services.imports.rules import KindRules, NameIndex, text
from exchangedesk.services.people.edits import _apply as apply_person
from exchangedesk.services.people.lists import person_draft

_PERSON_FIELDS = {"given_name", "family_name", "full_name", "email", "phone"}
_TEXT_FIELDS = ("gender", "languages", "sibling_group", "dietary_notes", "medical_notes",
                "allergies", "notes")  # fmt: skip


@dataclass(frozen=True)
class ParticipantEntry:
    programme_id: int
    person: PersonDraft
    fields: ParticipantDraft
    person_id: int | None = None  # None: a person this import adds


class ParticipantRules(KindRules):
    entity, model, plural = "participant", Participant, "participants"

    def __init__(self, session: Session, actor: str) -> None:
        super().__init__(session)
        self.actor = actor
        self.today = dt.date.today()
        self.people = PeopleRules(session, actor)
        self.programmes = NameIndex(
            session.execute(select(ExchangeProgramme.id, ExchangeProgramme.title)),
            "programme", "programme",
        )  # fmt: skip
        self.schools = NameIndex(
            session.execute(select(Organisation.id, Organisation.name)), "organisation", "school"
        )
        self.known: dict[tuple[int, int], int | Participant] = {
            (programme, person): part
            for part, programme, person in session.execute(
                select(Participant.id, Participant.programme_id, Participant.person_id)
            )
        }
        self.added_people: dict[int, Person] = {}  # id(participant) → the person added with it

    def choose_within(self, record_id: int | None) -> None:
        if record_id is not None and self.session.get(ExchangeProgramme, record_id) is None:
            raise ValidationError("programme", f"there is no exchange programme #{record_id}")
        self.within = record_id

    def draft(
        self, values: dict[str, str], base: ParticipantEntry | None, mapped: set[str], clear: bool
    ) -> ParticipantEntry:
        cells = self.cells
        if values.get("programme"):
            programme_id = self.programmes.find(
                values["programme"], base.programme_id if base else None
            )
            if self.within is not None and programme_id != self.within:
                raise ValidationError(
                    "programme", f"'{values['programme']}' is not the programme chosen for the file"
                )
        elif base is not None:
            programme_id = base.programme_id
        elif self.within is not None:
            programme_id = self.within
        else:
            raise ValidationError("programme", "name the exchange programme")
        person_values = {k: v for k, v in values.items() if k in _PERSON_FIELDS}
        person = self.people.draft(person_values, base.person if base else None,
                                   mapped & _PERSON_FIELDS, clear)  # fmt: skip
        old = base.fields if base else ParticipantDraft(person_id=None)
        changes: dict[str, Any] = {
            name: text(values, name, getattr(old, name), mapped, clear) for name in _TEXT_FIELDS
        }
        if values.get("school"):
            changes["school_id"] = self.schools.find(values["school"], old.school_id)
        elif "school" in mapped and clear:
            changes["school_id"] = None
        if values.get("date_of_birth"):
            changes["date_of_birth"] = cells.date(values["date_of_birth"], "date_of_birth")
        elif "date_of_birth" in mapped and clear:
            changes["date_of_birth"] = None
        return ParticipantEntry(programme_id, person, dataclasses.replace(old, **changes),
                              base.person_id if base else None)  # fmt: skip

    def validate(self, draft: ParticipantEntry) -> ParticipantEntry:
        person = self.people.validate(draft.person)
        fields = draft.fields
        born = fields.date_of_birth
        if born is not None and born > self.today:
            raise ValidationError("date_of_birth", "The date of birth cannot be in the future.")
        person_id = draft.person_id
        if person_id is None:
            # A person added by an earlier row of this file has an id already (see create).
            found = self.people.duplicate(person)
            if found is not None:
                person_id = found.id
                fields = self._keep_recorded(found, fields)
        return ParticipantEntry(draft.programme_id, person, fields, person_id)

    def _keep_recorded(self, person: Person, fields: ParticipantDraft) -> ParticipantDraft:
        """A person already in the register keeps the details the row does not give."""
        recorded = self._fields(person)
        return dataclasses.replace(
            recorded,
            **{f.name: getattr(fields, f.name) for f in dataclasses.fields(fields)
               if getattr(fields, f.name) is not None},
        )  # fmt: skip

    def _fields(self, person: Person, part: Participant | None = None) -> ParticipantDraft:
        s = self.session.get(PersonSensitive, person.id)
        return ParticipantDraft(
            person_id=person.id,
            school_id=part.school_id if part else None,
            date_of_birth=s.date_of_birth if s else None,
            gender=person.gender,
            languages=person.languages,
            dietary_notes=s.dietary_notes if s else None,
            medical_notes=s.medical_notes if s else None,
            allergies=s.allergies if s else None,
            emergency_contact_name=s.emergency_contact_name if s else None,
            emergency_contact_phone=s.emergency_contact_phone if s else None,
            guardian_id=s.guardian_id if s else None,
            sibling_group=part.sibling_group if part else None,
            siblings_together=part.siblings_together if part else None,
            notes=part.notes if part else None,
        )

    def draft_of(self, record: Participant) -> ParticipantEntry:
        person = self.session.get(Person, record.person_id)
        return ParticipantEntry(record.programme_id, person_draft(person),
                              self._fields(person, record), record.person_id)  # fmt: skip

    def duplicate(self, draft: ParticipantEntry) -> Participant | None:
        if draft.person_id is None:
            return None  # a person the import is about to add is in no programme yet
        found = self.known.get((draft.programme_id, draft.person_id))
        if isinstance(found, int):
            return self.session.get(Participant, found)
        return found

    def describe(self, draft: ParticipantEntry) -> str:
        return draft.person.name

    def create(self, draft: ParticipantEntry) -> Participant:
        if draft.person_id is not None and self.duplicate(draft) is not None:
            raise ValidationError("family_name", f"{draft.person.name} is in the programme already")
        person = None
        if draft.person_id is None:
            person = self.people.create(draft.person)
            self.people.remember(person, draft.person)
            self.session.flush()  # the new person's id, for the sensitive details
        person_id = draft.person_id if person is None else person.id
        part = Participant(programme_id=draft.programme_id, person_id=person_id, confirmed=False)
        self.session.add(part)
        apply_participant(self.session, part, dataclasses.replace(draft.fields, person_id=person_id),
                          adding=True)  # fmt: skip
        self._keep_lists(part, draft.fields)
        if person is not None:
            self.added_people[id(part)] = person
        return part

    def _keep_lists(self, part: Participant, fields: ParticipantDraft) -> None:
        # The editor writes lists as "en, de"; the file's own spelling is kept, so a list
        # exported and imported into another register comes out the same.
        person = self.session.get(Person, part.person_id)
        if clean(fields.languages):
            person.languages = clean(fields.languages)
        sensitive = self.session.get(PersonSensitive, part.person_id)
        if sensitive is not None:
            sensitive.allergies = clean(fields.allergies)

    def update(self, record: Participant, draft: ParticipantEntry) -> list[str]:
        before = self.draft_of(record)
        changed = [
            f.name for f in dataclasses.fields(draft.fields)
            if getattr(before.fields, f.name) != getattr(draft.fields, f.name)
        ]  # fmt: skip
        person = self.session.get(Person, record.person_id)
        if before.person != draft.person:
            changed += apply_person(person, draft.person)
        if before.programme_id != draft.programme_id:
            raise ValidationError("programme", "a participant stays in their programme")
        if changed:
            apply_participant(self.session, record, draft.fields)
            self._keep_lists(record, draft.fields)
        return changed

    def remember(self, record: Participant, draft: ParticipantEntry) -> None:
        self.known.setdefault((record.programme_id, record.person_id), record)

    def removable(self, record: Participant) -> str | None:
        for model, what in ((Consent, "consents"), (Placement, "placements")):
            if self.session.scalar(select(model.id).where(model.participant_id == record.id)):
                return f"Participant #{record.id} has {what} by now"
        return None

    def companions(self, record: Participant) -> list[Any]:
        person = self.added_people.get(id(record))
        return [person] if person is not None else []

    def companion_kept(self, companion: Any, version: int) -> str | None:
        if companion.version_id != version:
            return f"{companion.display_name} was changed after the import"
        return self.people.removable(companion)
