"""An exchange programme's schedule on a migrated database: items in local time in the host
city's zone, attendees among participants and leaders only, refusals that save nothing, and the
cross-check with delegations (a student cannot be in two places at once)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from exchangedesk.db import models as m
from exchangedesk.db.session import Database
from exchangedesk.domain.conflicts import ConflictKind, OwnerKind
from exchangedesk.domain.enums import Direction, ItineraryKind
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.domain.text import search_key
from exchangedesk.services.delegations.conflicts import (
    accept_programme_conflict,
    can_confirm,
    programme_conflicts,
)
from exchangedesk.services.exchanges.schedule import (
    ProgrammeItemFields,
    create_programme_item,
    delete_programme_item,
    programme_items,
    schedule_context,
    update_programme_item,
)

TODAY = dt.date(2026, 3, 2)
TUESDAY = dt.date(2026, 5, 5)
VOLGOGRAD = "Europe/Volgograd"


def _add(database: Database, record):
    with database.unit_of_work() as session:
        session.add(record)
        session.flush()
        return record.id


def _person(database: Database, given: str, family: str) -> int:
    return _add(
        database,
        m.Person(given_name=given, family_name=family, search_key=search_key(given, family)),
    )


@pytest.fixture
def world(database: Database) -> dict[str, int]:
    """Coventry–Volgograd; an outgoing school programme with two students and a leader, and a
    stranger who belongs to neither."""
    cities = [
        _add(
            database,
            m.City(name=n, country_code=c, timezone=z, search_key=search_key(n)),
        )
        for n, c, z in (("Coventry", "GB", "Europe/London"), ("Volgograd", "RU", VOLGOGRAD))
    ]
    partnership = _add(database, m.Partnership(city_a_id=cities[0], city_b_id=cities[1]))
    olga, ivan, leader, stranger = (
        _person(database, *n)
        for n in (("Olga", "Petrova"), ("Ivan", "Sokolov"), ("Ann", "Leader"), ("Sam", "Else"))
    )
    programme = _add(
        database,
        m.ExchangeProgramme(
            partnership_id=partnership,
            title="Russian summer school",
            direction=Direction.OUTGOING,
            starts_on=TUESDAY,
            ends_on=TUESDAY + dt.timedelta(days=5),
        ),
    )
    with database.unit_of_work() as session:
        session.add_all(m.Participant(programme_id=programme, person_id=p) for p in (olga, ivan))
        session.add(m.ProgrammeLeader(programme_id=programme, person_id=leader))
    return {
        "partnership": partnership,
        "programme": programme,
        "olga": olga,
        "ivan": ivan,
        "leader": leader,
        "stranger": stranger,
        "volgograd": cities[1],
    }


def lesson(**changes) -> ProgrammeItemFields:
    values = {
        "title": "Russian lesson",
        "start": dt.datetime(2026, 5, 5, 10, 0),
        "end": dt.datetime(2026, 5, 5, 12, 0),
        "timezone": VOLGOGRAD,
        "venue": "School No. 1",
    }
    return ProgrammeItemFields(**(values | changes))


def item_count(database: Database) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(m.ItineraryItem)) or 0


def test_items_are_kept_in_local_time_and_listed_by_start(database, world):
    programme = world["programme"]
    later = create_programme_item(
        database,
        programme,
        lesson(
            title="Excursion", start=dt.datetime(2026, 5, 6, 9), end=dt.datetime(2026, 5, 6, 17)
        ),
    )
    first = create_programme_item(database, programme, lesson())
    assert first.starts_at.hour == 10 and str(first.starts_at.tzinfo) == VOLGOGRAD
    assert first.starts_at.astimezone(dt.UTC).hour == 7  # Volgograd is UTC+3
    assert [r.id for r in programme_items(database, programme)] == [first.id, later.id]
    assert (
        first.programme_id == programme and first.all_attend and first.kind is ItineraryKind.VISIT
    )


def test_the_host_zone_is_the_partner_city_for_an_outgoing_programme(database, world):
    context = schedule_context(database, world["programme"])
    assert context.host_zone == VOLGOGRAD
    assert {p.person_id for p in context.people} == {world["olga"], world["ivan"], world["leader"]}
    assert [p.leader for p in context.people if p.person_id == world["leader"]] == [True]


def test_the_host_institutions_city_comes_first(database, world):
    riga = _add(
        database, m.City(name="Riga", country_code="LV", timezone="Europe/Riga", search_key="riga")
    )
    school = _add(database, m.Organisation(name="Riga school", city_id=riga, search_key="riga"))
    with database.unit_of_work() as session:
        session.get(m.ExchangeProgramme, world["programme"]).host_organisation_id = school
    assert schedule_context(database, world["programme"]).host_zone == "Europe/Riga"


def test_refusals_name_the_field_and_save_nothing(database, world):
    programme = world["programme"]
    cases = [
        (lesson(title="  "), "title"),
        (lesson(end=dt.datetime(2026, 5, 5, 9)), "end"),
        (lesson(timezone="Mars/Olympus"), "timezone"),
        # the clocks go forward in London on 29 March 2026 at 01:00
        (lesson(timezone="Europe/London", start=dt.datetime(2026, 3, 29, 1, 30)), "start"),
        (lesson(all_attend=False, attendees=(world["olga"], world["stranger"])), "attendees"),
        (lesson(all_attend=False, attendees=()), "attendees"),
    ]
    for fields, field in cases:
        with pytest.raises(ValidationError) as refused:
            create_programme_item(database, programme, fields)
        assert refused.value.field == field
    assert item_count(database) == 0
    # a refused update leaves the item and its attendees as they were
    item = create_programme_item(
        database, programme, lesson(all_attend=False, attendees=(world["olga"],))
    )
    with pytest.raises(ValidationError):
        update_programme_item(
            database,
            item.id,
            lesson(all_attend=False, attendees=(world["ivan"], world["stranger"])),
            expected_version=item.version,
        )
    assert programme_items(database, programme) == (item,)


def test_update_and_delete_check_the_version(database, world):
    item = create_programme_item(database, world["programme"], lesson())
    changed = update_programme_item(
        database,
        item.id,
        lesson(title="Grammar", all_attend=False, attendees=(world["ivan"], world["leader"])),
        expected_version=item.version,
    )
    assert changed.version > item.version and changed.attendees == tuple(
        sorted((world["ivan"], world["leader"]))
    )
    with pytest.raises(ConcurrentEditError):
        update_programme_item(database, item.id, lesson(), expected_version=item.version)
    with pytest.raises(ConcurrentEditError):
        delete_programme_item(database, item.id, expected_version=item.version)
    gone = delete_programme_item(database, item.id, expected_version=changed.version)
    assert gone.fields() == changed.fields() and programme_items(database, world["programme"]) == ()


def test_a_delegation_item_is_refused_here(database, world):
    delegation = _add(
        database,
        m.Delegation(
            partnership_id=world["partnership"],
            direction=Direction.INCOMING,
            title="Mayor's visit",
            arrival_on=TUESDAY,
            departure_on=TUESDAY,
        ),
    )
    start = dt.datetime(2026, 5, 5, 8, tzinfo=ZoneInfo("UTC"))
    other = _add(
        database,
        m.ItineraryItem(
            delegation_id=delegation,
            starts_at=start,
            ends_at=start + dt.timedelta(hours=1),
            timezone="UTC",
            title="Reception",
        ),
    )
    with pytest.raises(ValidationError) as refused:
        delete_programme_item(database, other, expected_version=1)
    assert refused.value.field == "item"


def test_a_student_in_a_delegation_and_the_programme_at_once_is_a_conflict(database, world):
    """The cross-check of issue 8: Olga also travels with the mayor's delegation that morning."""
    delegation = _add(
        database,
        m.Delegation(
            partnership_id=world["partnership"],
            direction=Direction.OUTGOING,
            title="Mayor's visit to Volgograd",
            arrival_on=TUESDAY,
            departure_on=TUESDAY + dt.timedelta(days=2),
        ),
    )
    _add(database, m.DelegationMember(delegation_id=delegation, person_id=world["olga"]))
    where = ZoneInfo(VOLGOGRAD)
    _add(
        database,
        m.ItineraryItem(
            delegation_id=delegation,
            starts_at=dt.datetime(2026, 5, 5, 11, tzinfo=where),
            ends_at=dt.datetime(2026, 5, 5, 13, tzinfo=where),
            timezone=VOLGOGRAD,
            title="Wreath at the Mamayev Kurgan",
        ),
    )
    programme = world["programme"]
    assert not [
        c
        for c in programme_conflicts(database, programme, today=TODAY).conflicts
        if c.kind is ConflictKind.TWO_PLACES
    ]
    item = create_programme_item(database, programme, lesson())
    report = programme_conflicts(database, programme, today=TODAY)
    clashes = [c for c in report.conflicts if c.kind is ConflictKind.TWO_PLACES]
    assert len(clashes) == 1
    assert clashes[0].people == (world["olga"],) and item.id in clashes[0].items
    assert report.owner.kind is OwnerKind.PROGRAMME and not can_confirm(report)
    accept_programme_conflict(
        database,
        programme,
        clashes[0].key,
        actor="Helen",
        note="She joins after the wreath",
        today=TODAY,
    )
    assert can_confirm(programme_conflicts(database, programme, today=TODAY))
    # Ivan alone at the lesson: no clash any more
    update_programme_item(
        database,
        item.id,
        lesson(all_attend=False, attendees=(world["ivan"],)),
        expected_version=item.version,
    )
    report = programme_conflicts(database, programme, today=TODAY)
    assert not [c for c in report.conflicts if c.kind is ConflictKind.TWO_PLACES]
