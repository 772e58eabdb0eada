"""A person's data erased when they ask (the right to erasure), without changing history.

The person's row stays, anonymised in place as "Erased person 1234", and so do the rows that
figures and history are made of: a delegation still had 12 members, a campaign still collected
its total, a letter was still sent on that day; their data consents stay as proof, ended and
without notes. What goes: sensitive details, contact details, free-text notes about them, the
stored files about them (scanned consents, kept copies of letters, which the register then
notes as deleted), their entry in the people search index,
and every copy of their names, e-mail, telephone and passport number in any text column of the
register (letter titles, gift givers, audit summaries...).

SQLite runs with ``secure_delete=ON``, so freed space is overwritten; the search index is
merged afterwards so no old segment keeps their name.

The audit log records that an erasure happened, not who asked for it or did it. The erasure
log, a small file beside the database holding ids only, lets :func:`replay_erasures` erase them
again after an older backup is restored.
"""

from __future__ import annotations

import datetime as dt
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import String, Text, delete, func, or_, select, text, update
from sqlalchemy.orm import Session

from exchangedesk.db.base import Base
from exchangedesk.db.engine import sqlite_path
from exchangedesk.db.models import (
    Attachment,
    Consent,
    Contribution,
    DelegationMember,
    Document,
    Participant,
    Person,
    PersonSensitive,
    PrivacyConsent,
)
from exchangedesk.db.search_index import PEOPLE_SEARCH
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.text import search_key
from exchangedesk.paths import user_data_dir
from exchangedesk.services.common.attachments import attachments_dir
from exchangedesk.services.people.edits import audit
from exchangedesk.services.people.privacy import attachment_ids

LOG_SUFFIX = ".erasures"
NOT_RECORDED = "not recorded"  # the audit log's actor for an erasure: who asked is not kept
SHORTEST_NEEDLE = 4  # shorter strings ("Li", "Wu") would hit other people's words


@dataclass(frozen=True)
class KeptLetter:
    document_id: int
    title: str
    issued_on: dt.date
    has_copy: bool  # a stored copy of the letter (deleted by the erasure)


@dataclass(frozen=True)
class ErasurePlan:
    """What an erasure will do, for the confirmation the user gives first."""

    person_id: int
    name: str
    letters: tuple[KeptLetter, ...]
    files: int  # stored files about them that will be deleted
    kept_rows: dict[str, int]  # rows kept (anonymised) so totals stay: "delegation memberships": 2


@dataclass(frozen=True)
class ErasureResult:
    person_id: int
    letters: tuple[KeptLetter, ...]  # titles as they read after the erasure
    files_deleted: int
    texts_rewritten: int  # text fields elsewhere that named them


def erased_name(person_id: int) -> str:
    return f"Erased person {person_id}"


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError("person", f"there is no person #{person_id}")
    return person


def _letters(session: Session, person: Person) -> list[Document]:
    """Register entries addressed to the person, or naming them in their title or recipient
    (a visa letter to an embassy about them)."""
    names = [
        n
        for n in (
            person.display_name,
            f"{person.given_name_native or ''} {person.family_name_native or ''}".strip(),
        )
        if len(n) >= SHORTEST_NEEDLE and n != erased_name(person.id)
    ]
    naming = [
        condition
        for name in names
        for condition in (
            Document.title.contains(name, autoescape=True),
            Document.recipient_text.contains(name, autoescape=True),
        )
    ]
    return list(
        session.scalars(
            select(Document)
            .where(or_(Document.recipient_person_id == person.id, *naming))
            .order_by(Document.issued_on, Document.id)
        )
    )


def _files(session: Session, person_id: int, letters: list[Document]) -> list[int]:
    """The stored files to delete: those about the person and the kept copies of letters."""
    kept_copies = {d.attachment_id for d in letters if d.attachment_id is not None}
    return sorted(set(attachment_ids(session, person_id)) | kept_copies)


def plan_erasure(database: Database, person_id: int) -> ErasurePlan:
    with database.reading() as session:
        person = _person(session, person_id)
        found = _letters(session, person)
        letters = tuple(
            KeptLetter(d.id, d.title, d.issued_on, d.attachment_id is not None) for d in found
        )

        def count(column) -> int:  # noqa: ANN001 - a mapped column
            return session.scalar(select(func.count()).where(column == person_id)) or 0

        kept = {
            "delegation memberships": count(DelegationMember.person_id),
            "exchange places": count(Participant.person_id),
            "contributions": count(Contribution.donor_person_id),
            "letters in the register": len(letters),
        }
        return ErasurePlan(
            person_id,
            person.display_name,
            letters,
            len(_files(session, person_id, found)),
            {k: v for k, v in kept.items() if v},
        )


def _needles(person: Person, sensitive: PersonSensitive | None) -> list[str]:
    """Every string that identifies the person, longest first (so "Olga Smirnova" goes before
    a shorter string inside it)."""
    given, family = person.given_name or "", person.family_name or ""
    gn, fn = person.given_name_native or "", person.family_name_native or ""
    found = [
        f"{given} {family}",
        f"{family} {given}",
        f"{family}, {given}",
        f"{gn} {fn}",
        f"{fn} {gn}",
        f"{fn}, {gn}",
        person.email,
        person.phone,
        person.address,
    ]
    if sensitive is not None:
        found += [
            sensitive.passport_number,
            sensitive.emergency_contact_name,
            sensitive.emergency_contact_phone,
        ]
    cleaned = {n.strip() for n in found if n and len(n.strip()) >= SHORTEST_NEEDLE}
    return sorted(cleaned, key=lambda n: (-len(n), n))


def _rewrite_texts(session: Session, needles: list[str], replacement: str) -> int:
    """Replace the needles in every text column of every table; returns the cells changed."""
    changed = 0
    if not needles:
        return 0
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if not isinstance(column.type, String | Text) or column.primary_key:
                continue
            if column.name in ("stored_name", "sha256"):
                continue
            value = column
            for needle in needles:
                value = func.replace(value, needle, replacement)
            # contains() escapes LIKE wildcards; replace() then does the exact work.
            hit = or_(*(column.contains(needle, autoescape=True) for needle in needles))
            values = {column.name: value}
            if "version_id" in table.c:  # an editor still open on the row must not save over it
                values["version_id"] = table.c.version_id + 1
            result = session.execute(update(table).where(hit).values(values))
            changed += result.rowcount or 0
    return changed


def _erase(session: Session, person: Person, *, today: dt.date) -> tuple[ErasureResult, list[str]]:
    person_id = person.id
    name = erased_name(person_id)
    sensitive = session.get(PersonSensitive, person_id)
    needles = _needles(person, sensitive)
    letters = _letters(session, person)
    files = _files(session, person_id, letters)
    stored = list(session.scalars(select(Attachment.stored_name).where(Attachment.id.in_(files))))

    for letter in letters:
        if letter.attachment_id is not None:
            letter.notes = (
                f"The kept copy of this letter was deleted on {today.isoformat()}, when the "
                "data of the person it was addressed to was erased."
            )
            letter.attachment_id = None
        if letter.recipient_person_id == person_id:
            letter.recipient_text = None
    session.execute(update(Consent).where(Consent.document_id.in_(files)).values(document_id=None))
    if files:
        session.execute(delete(Attachment).where(Attachment.id.in_(files)))
    if sensitive is not None:
        session.delete(sensitive)

    # Their row stays for the counts and links that need it; nothing in it says who they were.
    for column in (
        "given_name_native", "family_name_native", "salutation", "form_of_address", "role",
        "gender", "languages", "email", "phone", "address", "city_id", "notes",
    ):  # fmt: skip
        setattr(person, column, None)
    person.given_name = ""
    person.family_name = name
    person.search_key = search_key(name)
    session.execute(
        update(DelegationMember).where(DelegationMember.person_id == person_id).values(needs=None)
    )
    session.execute(
        update(Participant).where(Participant.person_id == person_id).values(notes=None)
    )
    session.execute(
        update(Contribution)
        .where(Contribution.donor_person_id == person_id)
        .values(notes=None, donor_text=None)
    )
    # Their consents stay, as proof of what the committee was allowed to do and until when
    # (GDPR art. 7(1): the controller must be able to show consent; art. 17(3)(e) lets it keep
    # what defending a claim needs). They hold a purpose, dates and how it was given — nothing
    # that says who the person was — and end with the erasure; the free-text note goes.
    for consent in session.scalars(
        select(PrivacyConsent).where(PrivacyConsent.person_id == person_id)
    ):
        consent.withdrawn_on = consent.withdrawn_on or max(consent.given_on, today)
        consent.notes = None
    session.flush()
    rewritten = _rewrite_texts(session, needles, name)
    audit(session, NOT_RECORDED, "erase", "person", person_id, f"Personal data of {name} erased")
    session.flush()
    if session.get_bind().dialect.name == "sqlite":
        # Merge the index's segments so no old one still holds their folded names.
        session.execute(text(f"INSERT INTO {PEOPLE_SEARCH}({PEOPLE_SEARCH}) VALUES ('optimize')"))
    # Titles as they now read: the rewrite ran in SQL, behind the loaded objects' backs.
    now_titled = session.execute(
        select(Document.id, Document.title, Document.issued_on)
        .where(Document.id.in_([d.id for d in letters]))
        .order_by(Document.issued_on, Document.id)
    ).all()
    result = ErasureResult(
        person_id,
        tuple(KeptLetter(i, title, on, False) for i, title, on in now_titled),
        len(files),
        rewritten,
    )
    return result, stored


def _delete_files(database: Database, stored: list[str]) -> None:
    folder = attachments_dir(database)
    for stored_name in stored:
        with suppress(FileNotFoundError):
            (folder / stored_name).unlink()


def erase_person(
    database: Database, person_id: int, *, today: dt.date | None = None
) -> ErasureResult:
    """Erase the person's data in one unit of work, then their files, then log the ids."""
    with database.unit_of_work() as session:
        person = _person(session, person_id)
        created = person.created_at
        result, stored = _erase(session, person, today=today or dt.date.today())
    _delete_files(database, stored)
    _append_log(database, person_id, created)
    _checkpoint(database)
    return result


def _checkpoint(database: Database) -> None:
    """Move the changed pages out of the -wal file into the (overwritten) database pages."""
    if database.is_sqlite:
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


# -- the erasure log ---------------------------------------------------------------------------


def erasure_log_path(database: Database) -> Path:
    """Beside the SQLite file (``committee.sqlite3.erasures``), so restoring a backup over the
    file leaves it in place; for a server database, in the user's data folder."""
    path = sqlite_path(database.url)
    if path is not None:
        return path.with_name(path.name + LOG_SUFFIX)
    return user_data_dir() / f"server{LOG_SUFFIX}"


def _append_log(database: Database, person_id: int, created_at: dt.datetime) -> None:
    # The row's creation instant tells a later replay it is the same person, not someone who
    # got the same id in a restored older copy. Nothing else about them is written.
    log = erasure_log_path(database)
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("a", encoding="utf-8") as handle:
        handle.write(f"{person_id} {_stamp(created_at)}\n")


def _stamp(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat()


def logged_erasures(database: Database) -> list[tuple[int, str]]:
    log = erasure_log_path(database)
    if not log.exists():
        return []
    entries = []
    for line in log.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0].isdigit():
            entries.append((int(parts[0]), parts[1]))
    return entries


def replay_erasures(database: Database) -> list[int]:
    """Erase again every logged person a restored backup brought back; returns their ids.

    A person already erased, missing from the backup, or a different person under the same id
    (another creation instant) is left alone."""
    replayed: list[int] = []
    stored: list[str] = []
    with database.unit_of_work() as session:
        for person_id, created in logged_erasures(database):
            person = session.get(Person, person_id)
            if person is None or _stamp(person.created_at) != created:
                continue
            if person.family_name == erased_name(person_id) and not person.given_name:
                continue
            _result, files = _erase(session, person, today=dt.date.today())
            stored += files
            replayed.append(person_id)
    _delete_files(database, stored)
    if replayed:
        _checkpoint(database)
    return replayed
