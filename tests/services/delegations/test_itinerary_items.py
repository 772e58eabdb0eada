"""Programme items in the zone where they happen: wall-clock times, DST gaps and folds,
midnight, members only, read-only visits, optimistic locking, nothing half-saved."""

from __future__ import annotations

import datetime as dt
import time
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from exchangedesk.db.models import Delegation, DelegationMember, ItineraryAttendee, ItineraryItem
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import DelegationStatus, Direction
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.services.delegations.conflicts import delegation_conflicts
from exchangedesk.services.delegations.itinerary import (
    ItemFields,
    create_item,
    delete_item,
    get_item,
    item_rows,
    itinerary_context,
    update_item,
)
from itinerary_sample import build_visit

BERLIN = "Europe/Berlin"
UTC = dt.UTC


def at(day: int, hour: int, minute: int = 0, *, month: int = 3, fold: int = 0) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, fold=fold)


def fields(start: dt.datetime, end: dt.datetime, zone: str = BERLIN, **more: object) -> ItemFields:
    return ItemFields(title="Meeting at the Rathaus", start=start, end=end, timezone=zone, **more)  # type: ignore[arg-type]


def count_items(database: Database) -> int:
    with database.reading() as s:
        return s.scalar(select(func.count()).select_from(ItineraryItem)) or 0


def test_host_zone_is_the_city_where_the_visit_happens(database: Database) -> None:
    incoming = build_visit(database)
    assert itinerary_context(database, incoming.delegation_id).host_zone == BERLIN
    with database.unit_of_work() as s:
        s.get(Delegation, incoming.delegation_id).direction = Direction.OUTGOING  # type: ignore[union-attr]
    assert itinerary_context(database, incoming.delegation_id).host_zone == "Europe/Volgograd"


def test_local_time_is_stored_as_the_utc_instant_of_that_zone(database: Database) -> None:
    visit = build_visit(database)
    row = create_item(database, visit.delegation_id, fields(at(27, 10), at(27, 12)))
    assert row.starts_at.replace(tzinfo=None) == at(27, 10)
    assert row.starts_at.astimezone(UTC) == dt.datetime(2026, 3, 27, 9, tzinfo=UTC)  # CET
    volgograd = create_item(
        database, visit.delegation_id, fields(at(27, 10), at(27, 11), "Europe/Volgograd")
    )
    assert volgograd.starts_at.astimezone(UTC) == dt.datetime(2026, 3, 27, 7, tzinfo=UTC)


@pytest.mark.parametrize("machine_zone", ["America/Los_Angeles", "Asia/Tokyo", "UTC"])
def test_machine_zone_does_not_matter(
    database: Database, monkeypatch: pytest.MonkeyPatch, machine_zone: str
) -> None:
    monkeypatch.setenv("TZ", machine_zone)
    time.tzset()
    try:
        visit = build_visit(database)
        row = create_item(
            database, visit.delegation_id, fields(at(28, 10), at(28, 11), "Europe/Volgograd")
        )
        again = get_item(database, row.id)
        assert again.starts_at.strftime("%H:%M") == "10:00"
        assert again.starts_at.astimezone(UTC).hour == 7
    finally:
        monkeypatch.undo()
        time.tzset()


def test_spring_forward_gap_is_refused_naming_field_and_zone(database: Database) -> None:
    visit = build_visit(database)
    # 29 March 2026: Berlin clocks jump from 02:00 to 03:00.
    with pytest.raises(ValidationError) as caught:
        create_item(database, visit.delegation_id, fields(at(29, 2, 30), at(29, 4)))
    assert caught.value.field == "start"
    assert BERLIN in caught.value.message
    with pytest.raises(ValidationError) as caught:
        create_item(database, visit.delegation_id, fields(at(29, 1), at(29, 2, 15)))
    assert caught.value.field == "end"
    assert count_items(database) == 0


def test_across_the_spring_change_the_duration_is_real_time(database: Database) -> None:
    visit = build_visit(database)
    row = create_item(database, visit.delegation_id, fields(at(29, 1, 30), at(29, 3, 30)))
    assert row.duration == dt.timedelta(hours=1)


def test_autumn_fold_takes_the_first_occurrence_unless_told(database: Database) -> None:
    visit = build_visit(database, arrival=dt.date(2026, 10, 23), departure=dt.date(2026, 10, 27))
    # 25 October 2026: Berlin clocks go back from 03:00 to 02:00; 02:30 happens twice.
    first = create_item(
        database,
        visit.delegation_id,
        fields(at(25, 2, 30, month=10), at(25, 2, 45, month=10)),
    )
    assert first.starts_at.astimezone(UTC) == dt.datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    second = create_item(
        database,
        visit.delegation_id,
        fields(at(25, 2, 30, month=10, fold=1), at(25, 2, 45, month=10, fold=1)),
    )
    assert second.starts_at.astimezone(UTC) == dt.datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    # read back, the second keeps its fold, so editing it does not move it an hour
    assert get_item(database, second.id).fields().start.fold == 1
    across = create_item(
        database,
        visit.delegation_id,
        fields(at(25, 1, 30, month=10), at(25, 3, 30, month=10)),
    )
    assert across.duration == dt.timedelta(hours=3)


def test_item_across_midnight_is_allowed(database: Database) -> None:
    visit = build_visit(database)
    row = create_item(database, visit.delegation_id, fields(at(27, 22), at(28, 1, 30)))
    assert row.duration == dt.timedelta(hours=3, minutes=30)


def test_end_before_start_and_unknown_zone_are_refused(database: Database) -> None:
    visit = build_visit(database)
    with pytest.raises(ValidationError) as caught:
        create_item(database, visit.delegation_id, fields(at(27, 12), at(27, 10)))
    assert caught.value.field == "end"
    with pytest.raises(ValidationError) as caught:
        create_item(database, visit.delegation_id, fields(at(27, 10), at(27, 12), "Mars/Olympus"))
    assert caught.value.field == "timezone"
    assert "Mars/Olympus" in caught.value.message
    with pytest.raises(ValidationError) as caught:
        create_item(database, visit.delegation_id, ItemFields("  ", at(27, 10), at(27, 11), BERLIN))
    assert caught.value.field == "title"
    assert count_items(database) == 0


def test_attendees_must_be_members_and_nothing_is_half_saved(database: Database) -> None:
    visit = build_visit(database)
    some = fields(at(27, 10), at(27, 11), all_attend=False, attendees=(visit.members[0],))
    row = create_item(database, visit.delegation_id, some)
    assert row.attendees == (visit.members[0],)
    with pytest.raises(ValidationError) as caught:
        update_item(
            database,
            row.id,
            fields(
                at(27, 14),
                at(27, 15),
                all_attend=False,
                attendees=(visit.members[1], visit.outsider),
            ),
            expected_version=row.version,
        )
    assert caught.value.field == "attendees"
    unchanged = get_item(database, row.id)
    assert unchanged.starts_at.hour == 10 and unchanged.attendees == (visit.members[0],)
    with pytest.raises(ValidationError) as caught:
        create_item(
            database,
            visit.delegation_id,
            fields(at(27, 10), at(27, 11), all_attend=False, attendees=(visit.outsider,)),
        )
    assert count_items(database) == 1


def test_update_bumps_the_version_and_refuses_stale_edits(database: Database) -> None:
    visit = build_visit(database)
    row = create_item(database, visit.delegation_id, fields(at(27, 10), at(27, 11)))
    changed = update_item(
        database,
        row.id,
        fields(at(27, 10), at(27, 11), all_attend=False, attendees=visit.members[:2]),
        expected_version=row.version,
    )
    assert changed.version > row.version  # attendees alone make a new version
    with pytest.raises(ConcurrentEditError):
        update_item(database, row.id, row.fields(), expected_version=row.version)
    with pytest.raises(ConcurrentEditError):
        delete_item(database, row.id, expected_version=row.version)
    gone = delete_item(database, row.id, expected_version=changed.version)
    assert gone.attendees == visit.members[:2]
    with database.reading() as s:
        assert s.scalar(select(func.count()).select_from(ItineraryAttendee)) == 0


@pytest.mark.parametrize("status", [DelegationStatus.COMPLETED, DelegationStatus.CANCELLED])
def test_finished_visits_are_read_only(database: Database, status: DelegationStatus) -> None:
    visit = build_visit(database)
    row = create_item(database, visit.delegation_id, fields(at(27, 10), at(27, 11)))
    with database.unit_of_work() as s:
        s.get(Delegation, visit.delegation_id).status = status  # type: ignore[union-attr]
    with pytest.raises(ValidationError) as caught:
        create_item(database, visit.delegation_id, fields(at(27, 12), at(27, 13)))
    assert caught.value.field == "status"
    with pytest.raises(ValidationError):
        update_item(database, row.id, fields(at(27, 12), at(27, 13)), expected_version=row.version)
    with pytest.raises(ValidationError):
        delete_item(database, row.id, expected_version=row.version)
    assert count_items(database) == 1
    assert not itinerary_context(database, visit.delegation_id).editable


def test_item_outside_the_visit_is_saved_and_reported(database: Database) -> None:
    visit = build_visit(database)
    row = create_item(database, visit.delegation_id, fields(at(20, 10), at(20, 11)))
    report = delegation_conflicts(database, visit.delegation_id)
    assert any(c.kind == "outside_visit" for c in report.for_item(row.id))


def test_removed_member_still_attending_is_reported(database: Database) -> None:
    visit = build_visit(database)
    row = create_item(
        database,
        visit.delegation_id,
        fields(at(27, 10), at(27, 11), all_attend=False, attendees=(visit.members[0],)),
    )
    with database.unit_of_work() as s:
        s.query(DelegationMember).filter_by(person_id=visit.members[0]).delete()
    report = delegation_conflicts(database, visit.delegation_id)
    assert any(c.kind == "not_a_member" for c in report.for_item(row.id))


def test_thirty_members_and_eighty_items(database: Database) -> None:
    visit = build_visit(database, members=30)
    zone = ZoneInfo(BERLIN)
    made = []
    for n in range(80):
        day, slot = divmod(n, 16)  # 16 half-hour items a day over five days
        start = at(27 + day, 8) + dt.timedelta(minutes=45 * slot)
        attendees = visit.members[n % 3 :: 3]
        made.append(
            create_item(
                database,
                visit.delegation_id,
                fields(
                    start, start + dt.timedelta(minutes=30), all_attend=False, attendees=attendees
                ),
            )
        )
    rows = item_rows(database, visit.delegation_id)
    assert len(rows) == 80
    assert [r.id for r in rows] == [m.id for m in made]  # in order of start
    assert all(r.starts_at.tzinfo is not None for r in rows)
    assert rows[40].attendees == visit.members[1::3]
    assert rows[79].starts_at == dt.datetime(2026, 3, 31, 8, tzinfo=zone) + dt.timedelta(
        minutes=45 * 15
    )
    report = delegation_conflicts(database, visit.delegation_id)
    assert not [c for c in report.conflicts if c.kind == "double_booked"]


def test_ambiguous_times_are_recognised() -> None:
    from exchangedesk.services.delegations.local_time import is_ambiguous

    assert is_ambiguous(at(25, 2, 30, month=10), BERLIN)  # clocks go back: happens twice
    assert not is_ambiguous(at(29, 2, 30), BERLIN)  # clocks go forward: never happens
    assert not is_ambiguous(at(27, 10), BERLIN)
    assert not is_ambiguous(at(25, 2, 30, month=10), "Europe/Volgograd")  # no summer time
