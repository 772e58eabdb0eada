"""Creating, changing and removing a delegation record."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from delegation_support import ARRIVE, LEAVE, add_item, counts, new_visit, set_status, visit_draft

from exchangedesk.db.models import Delegation, DelegationMember, Gift
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import DelegationStatus, Direction, GiftDirection, MemberRole
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.services.delegations.detail import delegation_detail
from exchangedesk.services.delegations.edits import (
    create_delegation,
    delete_delegation,
    draft_of,
    restore_delegation,
    update_delegation,
)
from exchangedesk.services.delegations.guard import DelegationReadOnlyError
from exchangedesk.services.delegations.lists import list_delegations
from exchangedesk.services.delegations.members import MemberDraft, add_member
from sample_committee import SampleIds


def test_create_reads_back_and_lists(database: Database, sample: SampleIds) -> None:
    detail = create_delegation(
        database, visit_draft(sample.coventry_volgograd, title="  Teachers   from Volgograd ")
    )
    assert detail.title == "Teachers from Volgograd"
    assert detail.status is DelegationStatus.IDEA
    assert detail.direction is Direction.INCOMING
    assert (detail.arrival_on, detail.departure_on) == (ARRIVE, LEAVE)
    assert detail.cities == "Coventry – Volgograd"
    assert detail == delegation_detail(database, detail.id)
    titles = [row.title for row in list_delegations(database).rows]
    assert "Teachers from Volgograd" in titles


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"partnership_id": None}, "partnership_id"),
        ({"partnership_id": 999}, "partnership_id"),
        ({"direction": "sideways"}, "direction"),
        ({"title": "   "}, "title"),
        ({"title": "x" * 301}, "title"),
        ({"arrival_on": None}, "arrival_on"),
        ({"departure_on": None}, "departure_on"),
        ({"departure_on": ARRIVE - dt.timedelta(days=1)}, "departure_on"),
    ],
)
def test_bad_input_is_refused_and_nothing_saved(
    database: Database, sample: SampleIds, changes: dict, field: str
) -> None:
    before = counts(database)
    with pytest.raises(ValidationError) as caught:
        create_delegation(
            database, visit_draft(**({"partnership_id": sample.coventry_volgograd} | changes))
        )
    assert caught.value.field == field
    assert counts(database) == before


def test_end_before_start_message_names_both_days(database: Database, sample: SampleIds) -> None:
    with pytest.raises(ValidationError) as caught:
        create_delegation(
            database,
            visit_draft(sample.coventry_volgograd, departure_on=dt.date(2031, 5, 30)),
        )
    assert "30 May 2031" in caught.value.message and "01 Jun 2031" in caught.value.message


def test_update_saves_and_moves_version(database: Database, sample: SampleIds) -> None:
    detail = new_visit(database, sample.coventry_volgograd)
    changed = dataclasses.replace(
        draft_of(detail), title="Choir", direction=Direction.OUTGOING, notes="Bring scores"
    )
    saved = update_delegation(database, detail.id, changed, expected_version=detail.version_id)
    assert (saved.title, saved.direction, saved.notes) == (
        "Choir",
        Direction.OUTGOING,
        "Bring scores",
    )
    assert saved.version_id > detail.version_id


def test_update_against_an_old_version_is_refused(database: Database, sample: SampleIds) -> None:
    detail = new_visit(database, sample.coventry_volgograd)
    draft = draft_of(detail)
    update_delegation(
        database,
        detail.id,
        dataclasses.replace(draft, title="First save"),
        expected_version=detail.version_id,
    )
    with pytest.raises(ConcurrentEditError):
        update_delegation(
            database,
            detail.id,
            dataclasses.replace(draft, title="Second save"),
            expected_version=detail.version_id,
        )
    assert delegation_detail(database, detail.id).title == "First save"


def test_update_refuses_dates_that_leave_a_member_outside(
    database: Database, sample: SampleIds
) -> None:
    detail = new_visit(database, sample.coventry_volgograd)
    add_member(
        database,
        detail.id,
        MemberDraft(sample.olga, MemberRole.INTERPRETER, departure_on=dt.date(2031, 6, 4)),
    )
    detail = delegation_detail(database, detail.id)
    shorter = dataclasses.replace(draft_of(detail), departure_on=dt.date(2031, 6, 3))
    with pytest.raises(ValidationError) as caught:
        update_delegation(database, detail.id, shorter, expected_version=detail.version_id)
    assert caught.value.field == "departure_on"
    assert "Olga Ivanova" in caught.value.message
    assert delegation_detail(database, detail.id).departure_on == LEAVE


def test_completed_delegation_cannot_be_edited(database: Database, sample: SampleIds) -> None:
    detail = new_visit(database, sample.coventry_volgograd)
    set_status(database, detail.id, DelegationStatus.COMPLETED)
    detail = delegation_detail(database, detail.id)
    with pytest.raises(DelegationReadOnlyError):
        update_delegation(
            database,
            detail.id,
            dataclasses.replace(draft_of(detail), title="Changed"),
            expected_version=detail.version_id,
        )
    with pytest.raises(DelegationReadOnlyError):
        delete_delegation(database, detail.id, expected_version=detail.version_id)
    assert delegation_detail(database, detail.id).title == "Teachers from Volgograd"


def test_delete_and_restore_put_everything_back(database: Database, sample: SampleIds) -> None:
    detail = new_visit(database, sample.coventry_volgograd)
    add_member(database, detail.id, MemberDraft(sample.olga, MemberRole.HEAD))
    add_item(database, detail.id, "Welcome", ARRIVE, attendees=(sample.olga,))
    detail = delegation_detail(database, detail.id)
    before = counts(database)
    removed = delete_delegation(database, detail.id, expected_version=detail.version_id)
    after = counts(database)
    assert after["Delegation"] == before["Delegation"] - 1
    assert after["DelegationMember"] == before["DelegationMember"] - 1
    assert after["ItineraryAttendee"] == before["ItineraryAttendee"] - 1
    back = restore_delegation(database, removed)
    assert back.id == detail.id and back.head_person_id == sample.olga
    assert {k: v for k, v in counts(database).items() if k != "audit"} == {
        k: v for k, v in before.items() if k != "audit"
    }


def test_delete_refused_while_gifts_refer_to_it(database: Database, sample: SampleIds) -> None:
    detail = new_visit(database, sample.coventry_volgograd)
    with database.unit_of_work() as session:
        session.add(Gift(direction=GiftDirection.GIVEN, title="Album", delegation_id=detail.id))
    with pytest.raises(ValidationError) as caught:
        delete_delegation(database, detail.id, expected_version=detail.version_id)
    assert "1 gift" in caught.value.message
    with database.reading() as session:
        assert session.get(Delegation, detail.id) is not None


def test_delete_of_an_old_version_is_refused(database: Database, sample: SampleIds) -> None:
    detail = new_visit(database, sample.coventry_volgograd)
    update_delegation(
        database,
        detail.id,
        dataclasses.replace(draft_of(detail), title="Renamed"),
        expected_version=detail.version_id,
    )
    with pytest.raises(ConcurrentEditError):
        delete_delegation(database, detail.id, expected_version=detail.version_id)
    with database.reading() as session:
        assert session.query(DelegationMember).count() >= 0
        assert session.get(Delegation, detail.id) is not None


def test_redo_of_a_creation_keeps_the_id(database: Database, sample: SampleIds) -> None:
    detail = new_visit(database, sample.coventry_volgograd)
    removed = delete_delegation(database, detail.id, expected_version=detail.version_id)
    again = create_delegation(
        database, visit_draft(sample.coventry_volgograd), delegation_id=removed.delegation_id
    )
    assert again.id == detail.id
    with pytest.raises(ConcurrentEditError):
        create_delegation(database, visit_draft(sample.coventry_volgograd), delegation_id=detail.id)
