"""Members of a delegation: existing and new people, roles, own dates, head, removal."""

from __future__ import annotations

import datetime as dt

import pytest
from delegation_support import ARRIVE, LEAVE, add_item, counts, new_visit, set_status
from sqlalchemy import select

from exchangedesk.db.models import Delegation, ItineraryAttendee, Person
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import DelegationStatus, MemberRole
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.people import PersonDraft
from exchangedesk.services.delegations.detail import delegation_detail
from exchangedesk.services.delegations.guard import DelegationReadOnlyError
from exchangedesk.services.delegations.members import (
    MemberDraft,
    add_member,
    remove_member,
    restore_member,
    set_head,
    update_member,
)
from sample_committee import SampleIds


@pytest.fixture
def visit_id(database: Database, sample: SampleIds) -> int:
    return new_visit(database, sample.coventry_volgograd).id


def _person_id(database: Database, family: str) -> int:
    with database.reading() as session:
        return session.scalars(select(Person.id).where(Person.family_name == family)).one()


def test_add_existing_person_as_head(database: Database, sample: SampleIds, visit_id: int) -> None:
    added = add_member(database, visit_id, MemberDraft(sample.olga, MemberRole.HEAD, needs=" tea "))
    assert not added.created_person
    member = added.detail.member(sample.olga)
    assert member is not None and member.is_head and member.needs == "tea"
    assert added.detail.head_person_id == sample.olga
    assert member.native_name == "Ольга Иванова"


def test_add_new_person_inline(database: Database, visit_id: int) -> None:
    added = add_member(
        database,
        visit_id,
        MemberDraft(None, MemberRole.STUDENT),
        new_person=PersonDraft(family_name="Smirnova", given_name="Anna"),
    )
    assert added.created_person
    assert added.detail.member(added.person_id).name == "Anna Smirnova"


def test_new_person_with_a_refused_membership_is_not_saved(
    database: Database, sample: SampleIds, visit_id: int
) -> None:
    before = counts(database)
    with pytest.raises(ValidationError) as caught:
        add_member(
            database,
            visit_id,
            MemberDraft(None, MemberRole.STUDENT, arrival_on=dt.date(2031, 7, 1)),
            new_person=PersonDraft(family_name="Smirnova", given_name="Anna"),
        )
    assert caught.value.field == "arrival_on"
    assert counts(database) == before


def test_bad_new_person_is_refused(database: Database, visit_id: int) -> None:
    before = counts(database)
    with pytest.raises(ValidationError) as caught:
        add_member(database, visit_id, MemberDraft(None), new_person=PersonDraft(family_name=" "))
    assert caught.value.field == "family_name"
    assert counts(database) == before


def test_neither_or_both_persons_refused(
    database: Database, sample: SampleIds, visit_id: int
) -> None:
    with pytest.raises(ValidationError, match="not both"):
        add_member(database, visit_id, MemberDraft(None))
    with pytest.raises(ValidationError):
        add_member(
            database,
            visit_id,
            MemberDraft(sample.olga),
            new_person=PersonDraft(family_name="Smirnova"),
        )


def test_person_twice_refused(database: Database, sample: SampleIds, visit_id: int) -> None:
    add_member(database, visit_id, MemberDraft(sample.olga))
    with pytest.raises(ValidationError, match="already a member"):
        add_member(database, visit_id, MemberDraft(sample.olga))


def test_unknown_person_refused(database: Database, visit_id: int) -> None:
    with pytest.raises(ValidationError) as caught:
        add_member(database, visit_id, MemberDraft(4711))
    assert caught.value.field == "person_id"


@pytest.mark.parametrize(
    ("arrival", "departure", "field"),
    [
        (ARRIVE - dt.timedelta(days=1), None, "arrival_on"),
        (None, LEAVE + dt.timedelta(days=1), "departure_on"),
        (dt.date(2031, 6, 4), dt.date(2031, 6, 3), "departure_on"),
    ],
)
def test_own_dates_must_lie_within_the_visit(
    database: Database, sample: SampleIds, visit_id: int, arrival, departure, field: str
) -> None:
    before = counts(database)
    with pytest.raises(ValidationError) as caught:
        add_member(
            database, visit_id, MemberDraft(sample.olga, arrival_on=arrival, departure_on=departure)
        )
    assert caught.value.field == field
    assert "Olga Ivanova" in caught.value.message
    assert counts(database) == before


def test_own_dates_inside_are_kept(database: Database, sample: SampleIds, visit_id: int) -> None:
    detail = add_member(
        database, visit_id, MemberDraft(sample.olga, arrival_on=dt.date(2031, 6, 2))
    ).detail
    assert detail.member(sample.olga).arrival_on == dt.date(2031, 6, 2)


def test_second_head_refused(database: Database, sample: SampleIds, visit_id: int) -> None:
    add_member(database, visit_id, MemberDraft(sample.olga, MemberRole.HEAD))
    zoe = _person_id(database, "Brontë")
    with pytest.raises(ValidationError) as caught:
        add_member(database, visit_id, MemberDraft(zoe, MemberRole.HEAD))
    assert caught.value.field == "role" and "Olga Ivanova" in caught.value.message
    assert delegation_detail(database, visit_id).member(zoe) is None


def test_set_head_demotes_the_present_head(
    database: Database, sample: SampleIds, visit_id: int
) -> None:
    zoe = _person_id(database, "Brontë")
    add_member(database, visit_id, MemberDraft(sample.olga, MemberRole.HEAD))
    add_member(database, visit_id, MemberDraft(zoe))
    detail = set_head(database, visit_id, zoe)
    assert detail.head_person_id == zoe
    assert detail.member(sample.olga).role is MemberRole.OFFICIAL
    assert [m.person_id for m in detail.members if m.is_head] == [zoe]
    assert set_head(database, visit_id, None).head is None
    with pytest.raises(ValidationError):
        set_head(database, visit_id, 4711)


def test_update_member_role_away_from_head_clears_head(
    database: Database, sample: SampleIds, visit_id: int
) -> None:
    add_member(database, visit_id, MemberDraft(sample.olga, MemberRole.HEAD))
    detail = update_member(database, visit_id, MemberDraft(sample.olga, MemberRole.INTERPRETER))
    assert detail.head_person_id is None


def test_remove_member_attending_items_is_refused_naming_them(
    database: Database, sample: SampleIds, visit_id: int
) -> None:
    add_member(database, visit_id, MemberDraft(sample.olga))
    add_item(database, visit_id, "Welcome at the Guildhall", ARRIVE, attendees=(sample.olga,))
    add_item(database, visit_id, "Museum visit", ARRIVE, 14, attendees=(sample.olga,))
    before = counts(database)
    with pytest.raises(ValidationError) as caught:
        remove_member(database, visit_id, sample.olga)
    assert caught.value.field == "also_from_items"
    assert "2 programme items" in caught.value.message
    assert (
        "Welcome at the Guildhall" in caught.value.message
        and "Museum visit" in caught.value.message
    )
    assert counts(database) == before


def test_remove_member_also_from_items_and_restore(
    database: Database, sample: SampleIds, visit_id: int
) -> None:
    add_member(database, visit_id, MemberDraft(sample.olga, MemberRole.HEAD))
    item = add_item(database, visit_id, "Welcome", ARRIVE, attendees=(sample.olga,))
    removed = remove_member(database, visit_id, sample.olga, also_from_items=True)
    assert removed.item_ids == (item,)
    detail = delegation_detail(database, visit_id)
    assert detail.member(sample.olga) is None and detail.head_person_id is None
    with database.reading() as session:
        assert session.scalars(select(ItineraryAttendee)).all() == []
    detail = restore_member(database, removed)
    assert detail.head_person_id == sample.olga
    with database.reading() as session:
        assert session.scalars(select(ItineraryAttendee.item_id)).all() == [item]


def test_members_of_a_cancelled_delegation_are_read_only(
    database: Database, sample: SampleIds, visit_id: int
) -> None:
    add_member(database, visit_id, MemberDraft(sample.olga))
    set_status(database, visit_id, DelegationStatus.CANCELLED)
    zoe = _person_id(database, "Brontë")
    before = counts(database)
    for attempt in (
        lambda: add_member(database, visit_id, MemberDraft(zoe)),
        lambda: add_member(
            database, visit_id, MemberDraft(None), new_person=PersonDraft(family_name="New")
        ),
        lambda: update_member(database, visit_id, MemberDraft(sample.olga, MemberRole.DRIVER)),
        lambda: set_head(database, visit_id, sample.olga),
        lambda: remove_member(database, visit_id, sample.olga),
    ):
        with pytest.raises(DelegationReadOnlyError):
            attempt()
    assert counts(database) == before
    with database.reading() as session:
        assert session.get(Delegation, visit_id).head_person_id is None
