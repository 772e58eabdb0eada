"""The calendar's week: World Sister Cities Day, and itinerary items on their local days and times."""

from __future__ import annotations

import calendar
import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from exchangedesk.db.models import Delegation, ExchangeProgramme, ItineraryItem, Partnership
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import (
    DelegationStatus,
    Direction,
    PartnershipKind,
    PartnershipStatus,
    ProgrammeStatus,
)
from exchangedesk.services.overview.calendar import (
    EventKind,
    events_between,
    events_in_month,
    events_in_week,
    week_bounds,
    world_sister_cities_day,
)
from sample_committee import city

VOLGOGRAD = ZoneInfo("Europe/Volgograd")
TOKYO = ZoneInfo("Asia/Tokyo")
MONDAY = dt.date(2027, 4, 19)  # the week of World Sister Cities Day 2027


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2024, dt.date(2024, 4, 28)),
        (2025, dt.date(2025, 4, 27)),
        (2026, dt.date(2026, 4, 26)),
        (2027, dt.date(2027, 4, 25)),
        (2028, dt.date(2028, 4, 30)),  # April ends on a Sunday
        (2029, dt.date(2029, 4, 29)),
        (2033, dt.date(2033, 4, 24)),  # the earliest it can be
    ],
)
def test_world_sister_cities_day_is_the_last_sunday_of_april(year: int, expected: dt.date):
    assert world_sister_cities_day(year) == expected


def test_world_sister_cities_day_for_every_year_of_a_century():
    for year in range(1957, 2058):
        day = world_sister_cities_day(year)
        assert day.month == 4 and day.weekday() == calendar.SUNDAY
        assert (day + dt.timedelta(days=7)).month == 5


def test_the_month_shows_world_sister_cities_day_only_when_asked(database: Database):
    april = events_between(database, dt.date(2027, 4, 1), dt.date(2027, 4, 30), observances=True)
    assert [(e.kind, e.starts_on, e.title) for e in april] == [
        (EventKind.OBSERVANCE, dt.date(2027, 4, 25), "World Sister Cities Day")
    ]
    assert april[0].area is None
    assert events_in_month(database, 2027, 4) == []  # the old feed stays as it was
    assert (
        events_between(database, dt.date(2027, 5, 1), dt.date(2028, 4, 29), observances=True) == []
    )


def test_week_bounds_follow_the_first_day_of_the_week():
    assert week_bounds(dt.date(2027, 4, 25)) == (MONDAY, dt.date(2027, 4, 25))
    assert week_bounds(dt.date(2027, 4, 25), first_weekday=6) == (
        dt.date(2027, 4, 25),
        dt.date(2027, 5, 1),
    )


def _at(zone: ZoneInfo, day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), zone).astimezone(dt.UTC)


@pytest.fixture
def planned_week(database: Database) -> tuple[int, int]:
    with database.unit_of_work() as s:
        link = Partnership(
            city_a=city("Coventry", "GB"),
            city_b=city("Volgograd", "RU"),
            kind=PartnershipKind.TWIN_TOWN,
            status=PartnershipStatus.ACTIVE,
        )
        visit = Delegation(
            partnership=link,
            direction=Direction.OUTGOING,
            title="Mayor in Volgograd",
            arrival_on=dt.date(2027, 4, 18),
            departure_on=dt.date(2027, 4, 22),
            status=DelegationStatus.CONFIRMED,
        )
        exchange = ExchangeProgramme(
            partnership=link,
            title="Pupils in Tokyo",
            direction=Direction.OUTGOING,
            starts_on=dt.date(2027, 4, 26),
            ends_on=dt.date(2027, 5, 2),
            status=ProgrammeStatus.PLANNED,
        )
        s.add_all([visit, exchange])
        s.flush()
        tuesday, sunday = MONDAY + dt.timedelta(days=1), MONDAY + dt.timedelta(days=6)

        def item(title: str, zone: ZoneInfo, starts: dt.datetime, ends: dt.datetime, **owner):
            s.add(
                ItineraryItem(
                    title=title, timezone=zone.key, starts_at=starts, ends_at=ends, **owner
                )
            )

        d, p = {"delegation_id": visit.id}, {"programme_id": exchange.id}
        item(
            "Wreath at Mamayev Kurgan",
            VOLGOGRAD,
            _at(VOLGOGRAD, tuesday, 10),
            _at(VOLGOGRAD, tuesday, 11),
            **d,
        )
        item(
            "Night train",
            VOLGOGRAD,
            _at(VOLGOGRAD, tuesday, 23),
            _at(VOLGOGRAD, tuesday + dt.timedelta(days=1), 7),
            **d,
        )
        item(
            "Before the week",
            VOLGOGRAD,
            _at(VOLGOGRAD, MONDAY, 0) - dt.timedelta(hours=3),
            _at(VOLGOGRAD, MONDAY, 0),
            **d,
        )
        # 01:00 on Monday 26 April in Tokyo is still Sunday 25 April in UTC: the next week.
        item(
            "Arrival in Tokyo",
            TOKYO,
            _at(TOKYO, sunday + dt.timedelta(days=1), 1),
            _at(TOKYO, sunday + dt.timedelta(days=1), 2),
            **p,
        )
        item("Briefing before the flight", TOKYO, _at(TOKYO, sunday, 8), _at(TOKYO, sunday, 9), **p)
    return visit.id, exchange.id


def test_the_week_lists_items_at_their_local_times(database: Database, planned_week):
    visit_id, exchange_id = planned_week
    week = events_in_week(database, MONDAY)
    items = [e for e in week if e.kind is EventKind.ITINERARY]
    assert [(e.title, e.starts_on, e.ends_on, e.starts_at.strftime("%H:%M")) for e in items] == [
        ("Wreath at Mamayev Kurgan", dt.date(2027, 4, 20), dt.date(2027, 4, 20), "10:00"),
        ("Night train", dt.date(2027, 4, 20), dt.date(2027, 4, 21), "23:00"),
        ("Briefing before the flight", dt.date(2027, 4, 25), dt.date(2027, 4, 25), "08:00"),
    ]
    wreath = items[0]
    assert wreath.record_id == visit_id and wreath.owner is EventKind.DELEGATION
    assert wreath.area == "delegations" and wreath.timezone == "Europe/Volgograd"
    assert wreath.cities == "Mayor in Volgograd"  # whose programme it is
    assert items[2].record_id == exchange_id and items[2].area == "exchanges"
    kinds = {e.kind for e in week}
    assert {EventKind.DELEGATION, EventKind.OBSERVANCE} <= kinds
    next_week = events_in_week(database, MONDAY + dt.timedelta(days=7))
    assert "Arrival in Tokyo" in [e.title for e in next_week]
    assert "Before the week" not in [e.title for e in week]
