"""Moving a delegation by a number of days, with or without its programme."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from delegation_support import ARRIVE, LEAVE, add_item, counts, new_visit, set_status
from sqlalchemy import select

from exchangedesk.db.models import Accommodation, ItineraryItem, TransportLeg
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import DelegationStatus, MemberRole
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.services.delegations.detail import delegation_detail
from exchangedesk.services.delegations.guard import DelegationReadOnlyError
from exchangedesk.services.delegations.members import MemberDraft, add_member
from exchangedesk.services.delegations.moves import move_delegation, shift_instant
from sample_committee import SampleIds

WEEK = 7


@pytest.fixture
def visit_id(database: Database, sample: SampleIds) -> int:
    visit = new_visit(database, sample.coventry_volgograd).id
    add_member(
        database, visit, MemberDraft(sample.olga, MemberRole.HEAD, departure_on=dt.date(2031, 6, 4))
    )
    return visit


def _version(database: Database, visit_id: int) -> int:
    return delegation_detail(database, visit_id).version_id


def _add_travel(database: Database, visit_id: int) -> None:
    with database.unit_of_work() as session:
        session.add(
            TransportLeg(
                delegation_id=visit_id,
                from_place="Volgograd",
                to_place="London",
                departs_at=dt.datetime(2031, 6, 1, 5, tzinfo=dt.UTC),
                departure_timezone="Europe/Volgograd",
                arrives_at=dt.datetime(2031, 6, 1, 12, tzinfo=dt.UTC),
                arrival_timezone="Europe/London",
            )
        )
        session.add(
            Accommodation(
                delegation_id=visit_id, name="Hotel", check_in_on=ARRIVE, check_out_on=LEAVE
            )
        )


def test_move_with_items_moves_everything(database: Database, visit_id: int) -> None:
    add_item(database, visit_id, "Welcome", ARRIVE, 10)
    _add_travel(database, visit_id)
    moved = move_delegation(
        database, visit_id, WEEK, with_items=True, expected_version=_version(database, visit_id)
    )
    assert moved.items_moved == 3
    detail = moved.detail
    assert (detail.arrival_on, detail.departure_on) == (dt.date(2031, 6, 8), dt.date(2031, 6, 12))
    assert detail.member(
        delegation_detail(database, visit_id).members[0].person_id
    ).departure_on == (dt.date(2031, 6, 11))
    with database.reading() as session:
        starts = session.scalars(select(ItineraryItem.starts_at)).one()
        departs = session.scalars(select(TransportLeg.departs_at)).one()
        lodging = session.execute(
            select(Accommodation.check_in_on, Accommodation.check_out_on)
        ).one()
    local = starts.astimezone(ZoneInfo("Europe/London"))
    assert (local.date(), local.hour) == (dt.date(2031, 6, 8), 10)
    assert departs == dt.datetime(2031, 6, 8, 5, tzinfo=dt.UTC)
    assert tuple(lodging) == (dt.date(2031, 6, 8), dt.date(2031, 6, 12))


def test_move_without_items_refused_when_items_fall_outside(
    database: Database, visit_id: int
) -> None:
    add_item(database, visit_id, "Welcome", ARRIVE)
    add_item(database, visit_id, "Concert", dt.date(2031, 6, 3))
    before = counts(database)
    with pytest.raises(ValidationError) as caught:
        move_delegation(
            database,
            visit_id,
            WEEK,
            with_items=False,
            expected_version=_version(database, visit_id),
        )
    assert caught.value.field == "with_items"
    assert caught.value.message.startswith("2 programme items")
    assert counts(database) == before
    assert delegation_detail(database, visit_id).arrival_on == ARRIVE


def test_move_without_items_allowed_when_they_stay_inside(
    database: Database, visit_id: int
) -> None:
    add_item(database, visit_id, "Concert", dt.date(2031, 6, 3))
    moved = move_delegation(
        database, visit_id, -2, with_items=False, expected_version=_version(database, visit_id)
    )
    assert moved.detail.arrival_on == dt.date(2031, 5, 30)
    with database.reading() as session:
        starts = session.scalars(select(ItineraryItem.starts_at)).one()
    assert starts.astimezone(ZoneInfo("Europe/London")).date() == dt.date(2031, 6, 3)


def test_move_keeps_the_wall_clock_across_summer_time() -> None:
    # 10:00 in London on Thursday 27 March 2031 (GMT) is 10:00 a week later (BST since the
    # 30th), not 11:00.
    before = dt.datetime(2031, 3, 27, 10, tzinfo=dt.UTC)
    after = shift_instant(before, "Europe/London", WEEK)
    assert after.astimezone(ZoneInfo("Europe/London")).hour == 10
    assert after == dt.datetime(2031, 4, 3, 9, tzinfo=dt.UTC)


@pytest.mark.parametrize("days", [0, 4000, -4000, 1.5, True])
def test_bad_day_counts(database: Database, visit_id: int, days) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError) as caught:
        move_delegation(
            database, visit_id, days, with_items=True, expected_version=_version(database, visit_id)
        )
    assert caught.value.field == "days"


def test_move_refused_for_old_version_and_finished_visits(
    database: Database, visit_id: int
) -> None:
    version = _version(database, visit_id)
    move_delegation(database, visit_id, 1, with_items=True, expected_version=version)
    with pytest.raises(ConcurrentEditError):
        move_delegation(database, visit_id, 1, with_items=True, expected_version=version)
    set_status(database, visit_id, DelegationStatus.CANCELLED)
    with pytest.raises(DelegationReadOnlyError):
        move_delegation(
            database, visit_id, 1, with_items=True, expected_version=_version(database, visit_id)
        )
