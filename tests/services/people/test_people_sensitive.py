"""Sensitive details are read only on request, and every request is in the audit log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event, select

from exchangedesk.db.models import AuditEntry
from exchangedesk.db.session import Database
from exchangedesk.domain.people import PersonDraft, SensitiveDraft
from exchangedesk.services.common.paging import ListQuery
from exchangedesk.services.people.duplicates import find_possible_duplicates
from exchangedesk.services.people.edits import create_person, reveal_sensitive
from exchangedesk.services.people.lists import (
    find_people,
    get_person,
    list_organisations,
    list_people,
)
from sample_committee import PASSPORT, SampleIds


@contextmanager
def statements(database: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(conn, cursor, statement, *args) -> None:  # noqa: ANN001
        seen.append(statement)

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(database.engine, "before_cursor_execute", record)


def _olga_draft() -> PersonDraft:
    return PersonDraft(given_name="Olga", family_name="Ivanova")


NORMAL_VIEWS: dict[str, Callable[[Database, int], object]] = {
    "list": lambda db, _id: list_people(db, ListQuery(text="Ольга")),
    "sorted list": lambda db, _id: list_people(db, ListQuery(sort="organisation")),
    "organisations": lambda db, _id: list_organisations(db),
    "detail": lambda db, person_id: get_person(db, person_id),
    "picker": lambda db, _id: find_people(db, "olga"),
    "duplicate check": lambda db, _id: find_possible_duplicates(db, _olga_draft()),
}


@pytest.mark.parametrize("view", sorted(NORMAL_VIEWS))
def test_lists_detail_and_pickers_never_select_from_person_sensitive(
    database: Database, sample: SampleIds, view: str
) -> None:
    with statements(database) as seen:
        result = NORMAL_VIEWS[view](database, sample.olga)
    assert seen, "the view ran no SQL at all"
    assert not any("person_sensitive" in s for s in seen)
    assert PASSPORT not in repr(result) and "asthma" not in repr(result)


def test_detail_carries_no_sensitive_field(database: Database, sample: SampleIds) -> None:
    detail = get_person(database, sample.olga)
    shown = repr(detail)
    for name in ("passport", "date_of_birth", "medical", "dietary", "guardian", "nationality"):
        assert name not in shown


def test_reveal_gives_the_details_and_records_who_looked(
    database: Database, sample: SampleIds
) -> None:
    details = reveal_sensitive(database, sample.olga, actor="helen")
    assert details.draft.passport_number == PASSPORT
    assert details.draft.medical_notes == "asthma"
    assert details.version == 1
    with database.reading() as session:
        entry = session.execute(
            select(
                AuditEntry.actor,
                AuditEntry.action,
                AuditEntry.entity,
                AuditEntry.entity_id,
                AuditEntry.summary,
                AuditEntry.at,
            )
        ).one()
    assert entry.actor == "helen" and entry.action == "reveal"
    assert (entry.entity, entry.entity_id) == ("person", sample.olga)
    assert "Olga Ivanova" in entry.summary and "helen" in entry.summary
    assert PASSPORT not in entry.summary and "asthma" not in entry.summary
    assert entry.at.tzinfo is not None
    assert abs(entry.at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)


def test_every_reveal_is_recorded(database: Database, sample: SampleIds) -> None:
    reveal_sensitive(database, sample.olga, actor="helen")
    reveal_sensitive(database, sample.olga, actor="arthur")
    with database.reading() as session:
        actors = session.scalars(
            select(AuditEntry.actor).where(AuditEntry.action == "reveal").order_by(AuditEntry.id)
        ).all()
    assert actors == ["helen", "arthur"]


def test_reveal_of_a_person_without_details_gives_an_empty_draft(database: Database) -> None:
    saved = create_person(database, _olga_draft(), actor="helen")
    details = reveal_sensitive(database, saved.person.id, actor="helen")
    assert details.version is None and details.draft.is_empty


def test_reveal_names_the_guardian(database: Database) -> None:
    mother = create_person(database, PersonDraft("Ivanova", "Anna"), actor="helen")
    child = create_person(
        database,
        PersonDraft("Ivanova", "Masha"),
        actor="helen",
        sensitive=SensitiveDraft(date_of_birth=dt.date(2012, 3, 1), guardian_id=mother.person.id),
    )
    details = reveal_sensitive(database, child.person.id, actor="helen")
    assert details.guardian == "Anna Ivanova"
    assert details.draft.date_of_birth == dt.date(2012, 3, 1)
