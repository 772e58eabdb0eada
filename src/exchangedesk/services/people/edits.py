"""Adding, changing and removing people, and revealing their sensitive details.

Every save is checked against the version the editor started from (optimistic locking): if
someone else saved the person meanwhile, :class:`ConcurrentEditError` says so and nothing is
written. The person and their sensitive details are saved in one unit of work, so an edit that
touches both is saved whole or not at all. The ``search_key`` is rebuilt from every name on
every save.

Sensitive details are only ever read by :func:`reveal_sensitive`, which writes an audit entry
naming who looked at whose details and when. Audit entries never hold sensitive values, only
the names of the fields that changed.
"""

from __future__ import annotations

import dataclasses
import getpass
from dataclasses import dataclass

from sqlalchemy import delete
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from exchangedesk.db.models import AuditEntry, City, Organisation, Person, PersonSensitive
from exchangedesk.db.session import Database
from exchangedesk.db.types import utc_now
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.domain.people import (
    PersonDraft,
    SensitiveDraft,
    person_search_key,
    validate_person,
    validate_sensitive,
)
from exchangedesk.services.common.staleness import refuse_stale, stale_after_race
from exchangedesk.services.people.links import Reference, count_references
from exchangedesk.services.people.lists import PersonDetail, person_detail

SENSITIVE_FIELDS = tuple(f.name for f in dataclasses.fields(SensitiveDraft))


def default_actor() -> str:
    """Who is at the keyboard, for the audit log: the operating-system user name."""
    try:
        return getpass.getuser()[:200] or "exchangedesk"
    except Exception:  # no user name in this environment (a service account, a container)
        return "exchangedesk"


def audit(
    session: Session, actor: str, action: str, entity: str, entity_id: int | None, summary: str
) -> None:
    session.add(
        AuditEntry(
            at=utc_now(),
            actor=actor[:200],
            action=action,
            entity=entity,
            entity_id=entity_id,
            summary=summary,
        )
    )


@dataclass(frozen=True)
class SavedPerson:
    person: PersonDetail
    # The version of the sensitive row after the save, None when there is none. Only
    # meaningful when the save was given sensitive details.
    sensitive_version: int | None = None


@dataclass(frozen=True)
class SensitiveDetails:
    """What :func:`reveal_sensitive` hands out: the details and the version to save against."""

    person_id: int
    version: int | None  # None: nothing recorded yet
    draft: SensitiveDraft
    guardian: str | None  # the guardian's name


# --- checks shared by create and update -----------------------------------------------------


def _check_links(session: Session, draft: PersonDraft) -> None:
    if (
        draft.organisation_id is not None
        and session.get(Organisation, draft.organisation_id) is None
    ):
        raise ValidationError("organisation_id", "that organisation no longer exists")
    if draft.city_id is not None and session.get(City, draft.city_id) is None:
        raise ValidationError("city_id", "that city no longer exists")


def _check_guardian(session: Session, person_id: int, draft: SensitiveDraft) -> None:
    if draft.guardian_id is not None and session.get(Person, draft.guardian_id) is None:
        raise ValidationError("guardian_id", "that person no longer exists")


def _values(draft: PersonDraft) -> dict[str, object]:
    """The draft as the record's attributes."""
    values = {
        f.name: getattr(draft, f.name) for f in dataclasses.fields(draft) if f.name != "languages"
    }
    values["languages"] = draft.languages_text
    return values


def _apply(person: Person, draft: PersonDraft) -> list[str]:
    """Copy the draft onto the record; the names of the fields that changed."""
    values = _values(draft)
    changed = [name for name, value in values.items() if getattr(person, name) != value]
    for name in changed:
        setattr(person, name, values[name])
    person.search_key = person_search_key(draft)
    return changed


def _save_sensitive(
    session: Session,
    person_id: int,
    draft: SensitiveDraft,
    expected_version: int | None,
) -> tuple[int | None, list[str]]:
    """Write the sensitive row (an all-empty draft removes it); its new version and the names
    of the fields that changed."""
    draft = validate_sensitive(draft, person_id=person_id)
    _check_guardian(session, person_id, draft)
    row = session.get(PersonSensitive, person_id)
    found = row.version_id if row is not None else None
    if row is not None and expected_version is not None:
        # Only the field names are compared here: sensitive values never go into an error.
        refuse_stale(session, row, expected_version, "This person's sensitive details")
    if found != expected_version:
        raise ConcurrentEditError(
            "Someone else changed this person's sensitive details since you opened them. "
            "Close the editor and open it again to see their changes."
        )
    if draft.is_empty:
        if row is None:
            return None, []
        changed = [name for name in SENSITIVE_FIELDS if getattr(row, name) is not None]
        session.delete(row)
        return None, changed
    if row is None:
        row = PersonSensitive(person_id=person_id)
        session.add(row)
        changed = [name for name in SENSITIVE_FIELDS if getattr(draft, name) is not None]
    else:
        changed = [name for name in SENSITIVE_FIELDS if getattr(row, name) != getattr(draft, name)]
    for name in SENSITIVE_FIELDS:
        setattr(row, name, getattr(draft, name))
    session.flush()
    return row.version_id, changed


def _flush(session: Session, person_id: int, what: str, yours: dict[str, object]) -> None:
    try:
        session.flush()
    except StaleDataError as exc:
        raise stale_after_race(session, Person, person_id, what, yours) from exc


# --- the use cases ---------------------------------------------------------------------------


def create_person(
    database: Database,
    draft: PersonDraft,
    *,
    actor: str,
    sensitive: SensitiveDraft | None = None,
    person_id: int | None = None,
) -> SavedPerson:
    """Add a person (with their sensitive details, if given). ``person_id`` is only for redoing
    an undone creation, so later edits on the undo stack still find the same person."""
    with database.unit_of_work() as session:
        person, sensitive_version = add_person(
            session, draft, actor=actor, sensitive=sensitive, person_id=person_id
        )
        return SavedPerson(person_detail(session, person.id), sensitive_version)


def add_person(
    session: Session,
    draft: PersonDraft,
    *,
    actor: str,
    sensitive: SensitiveDraft | None = None,
    person_id: int | None = None,
) -> tuple[Person, int | None]:
    """:func:`create_person` inside a caller's unit of work (a member added inline to a
    delegation is saved with the membership, or not at all); the person and the version of
    their sensitive details."""
    draft = validate_person(draft)
    _check_links(session, draft)
    if person_id is not None and session.get(Person, person_id) is not None:
        raise ConcurrentEditError(
            f"person #{person_id} exists again; the creation cannot be redone"
        )
    person = Person(id=person_id, given_name="", family_name="")
    _apply(person, draft)
    session.add(person)
    session.flush()
    sensitive_version = None
    if sensitive is not None:
        sensitive_version, _changed = _save_sensitive(session, person.id, sensitive, None)
    audit(session, actor, "create", "person", person.id, f"Added {draft.name}")
    return person, sensitive_version


def update_person(
    database: Database,
    person_id: int,
    draft: PersonDraft,
    *,
    expected_version: int,
    actor: str,
    sensitive: SensitiveDraft | None = None,
    sensitive_version: int | None = None,
) -> SavedPerson:
    """Save an edited person. ``expected_version`` is the version the editor opened; with
    ``sensitive`` given, ``sensitive_version`` is the version :func:`reveal_sensitive` gave
    (None when there was no sensitive row)."""
    draft = validate_person(draft)
    with database.unit_of_work() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise ConcurrentEditError(
                f"{draft.name} was deleted or merged by someone else; nothing was saved."
            )
        values = _values(draft)
        refuse_stale(session, person, expected_version, person.display_name, values)
        _check_links(session, draft)
        name = person.display_name
        changed = _apply(person, draft)
        _flush(session, person_id, name, values)
        new_sensitive_version = None
        if sensitive is not None:
            new_sensitive_version, sensitive_changed = _save_sensitive(
                session, person_id, sensitive, sensitive_version
            )
            changed += [f"sensitive {name}" for name in sensitive_changed]
        if changed:
            audit(
                session,
                actor,
                "update",
                "person",
                person_id,
                f"Changed {draft.name}: {', '.join(changed)}",
            )
        return SavedPerson(person_detail(session, person_id), new_sensitive_version)


def delete_person(database: Database, person_id: int, *, expected_version: int, actor: str) -> None:
    """Remove a person nobody refers to (undoing their creation). A person with delegations,
    gifts or documents is refused: merge them instead."""
    with database.unit_of_work() as session:
        person = session.get(Person, person_id)
        if person is None:
            return
        if person.version_id != expected_version:
            raise ConcurrentEditError(
                f"Someone else changed {person.display_name} since; it was not removed."
            )
        name = person.display_name
        links = count_references(session, "people", person_id)
        links.pop(Reference("person_sensitive", "person_id"), None)  # their own details
        if links:
            raise ConcurrentEditError(
                f"{name} is linked to other records by now ({_listed(links)}) and is kept."
            )
        session.execute(delete(PersonSensitive).where(PersonSensitive.person_id == person_id))
        session.execute(delete(Person).where(Person.id == person_id))
        audit(session, actor, "delete", "person", person_id, f"Removed {name}")


def _listed(links: dict) -> str:
    return ", ".join(f"{count} in {ref.table}" for ref, count in links.items())


def reveal_sensitive(database: Database, person_id: int, *, actor: str) -> SensitiveDetails:
    """The person's sensitive details, for the person who asked; the audit log records who
    revealed whose details, and when."""
    with database.unit_of_work() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise ConcurrentEditError(f"person #{person_id} no longer exists (deleted or merged)")
        row = session.get(PersonSensitive, person_id)
        draft = (
            SensitiveDraft(**{name: getattr(row, name) for name in SENSITIVE_FIELDS})
            if row is not None
            else SensitiveDraft()
        )
        guardian = session.get(Person, row.guardian_id) if row and row.guardian_id else None
        audit(
            session,
            actor,
            "reveal",
            "person",
            person_id,
            f"Sensitive details of {person.display_name} shown to {actor}",
        )
        return SensitiveDetails(
            person_id=person_id,
            version=row.version_id if row is not None else None,
            draft=draft,
            guardian=guardian.display_name if guardian is not None else None,
        )
