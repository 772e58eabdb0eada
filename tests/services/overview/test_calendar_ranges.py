"""A week's itinerary items read as two index ranges (short items by start, long ones by end,
revision 0012_perf18) are exactly the items the one overlap condition finds."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from exchangedesk.db.models import Delegation, ItineraryItem, Partnership
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import Direction, PartnershipKind, PartnershipStatus
from exchangedesk.services.overview import calendar
from exchangedesk.services.overview.calendar import itinerary_between
from sample_committee import city

MONDAY = dt.date(2027, 4, 19)
# (hours before Monday 00:00 UTC it starts, how many hours it lasts): around every edge of
# the one-day split: short ones just inside and outside the window, exactly a day, a day and
# a minute, a fortnight that covers the whole week, one that ends as the week begins.
SHAPES = [
    (-2, 1),
    (30, 1),
    (24, 24),
    (25, 24),
    (24, 24 + 1 / 60),
    (48, 24 + 1 / 60),
    (72, 72),
    (200, 24 * 14),
    (24 * 40, 24 * 60),
    (24 * 40, 24 * 39),
    (-24 * 7, 2),
    (-24 * 9, 30),
    (-24 * 10, 1),
    (0, 0),
    (40, 20),  # begins 16 hours before the widened window and ends inside it
    (47, 23.5),
]


@pytest.fixture
def items(database: Database) -> None:
    with database.unit_of_work() as s:
        link = Partnership(
            city_a=city("Coventry", "GB"),
            city_b=city("Kyiv", "UA"),
            kind=PartnershipKind.TWIN_TOWN,
            status=PartnershipStatus.ACTIVE,
        )
        visit = Delegation(
            partnership=link,
            direction=Direction.INCOMING,
            title="Long stay",
            arrival_on=dt.date(2027, 3, 1),
            departure_on=dt.date(2027, 6, 1),
        )
        s.add(visit)
        s.flush()
        start_of_week = dt.datetime.combine(MONDAY, dt.time(), dt.UTC)
        for number, (before, hours) in enumerate(SHAPES):
            starts = start_of_week - dt.timedelta(hours=before)
            for zone in ("UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago"):
                s.add(
                    ItineraryItem(
                        delegation_id=visit.id,
                        title=f"Item {number} in {zone}",
                        timezone=zone,
                        starts_at=starts,
                        ends_at=starts + dt.timedelta(hours=hours),
                    )
                )


def _one_condition(_dialect: str, after: dt.datetime, before: dt.datetime) -> list:
    return [(ItineraryItem.starts_at < before, ItineraryItem.ends_at >= after)]


def test_the_two_ranges_find_what_the_overlap_finds(
    database: Database, items: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    for weeks in range(-8, 3):
        first = MONDAY + dt.timedelta(weeks=weeks)
        for last in (first, first + dt.timedelta(days=6)):
            fast = itinerary_between(database, first, last)
            with monkeypatch.context() as slow:
                slow.setattr(calendar, "_items_overlapping", _one_condition)
                assert fast == itinerary_between(database, first, last)
    found = itinerary_between(database, MONDAY, MONDAY + dt.timedelta(days=6))
    assert len({e.title for e in found}) >= 9  # the shapes that touch the week in some zone


def test_sqlite_reads_the_long_items_from_their_index(database: Database, items: None) -> None:
    if database.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's query plan")
    after = dt.datetime(2027, 4, 18, tzinfo=dt.UTC)
    long_ones = calendar._items_overlapping("sqlite", after, after + dt.timedelta(days=9))[1]
    with database.reading() as session:
        statement = calendar.select(ItineraryItem.id).where(*long_ones)
        compiled = statement.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
        plan = session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
    assert "ix_itinerary_items_long_ends_at" in " ".join(str(row) for row in plan)


def test_the_two_conditions_match_the_same_rows_for_any_window(
    database: Database, items: None
) -> None:
    # The week cuts by local days afterwards, which hides a wrong SQL window near its edges:
    # compare the rows themselves, for windows starting every 4 hours over 12 weeks.
    dialect = database.engine.dialect.name
    start = dt.datetime.combine(MONDAY - dt.timedelta(weeks=10), dt.time(), dt.UTC)
    with database.reading() as session:

        def ids(conditions: list) -> set[int]:
            return {
                found
                for each in conditions
                for found in session.scalars(calendar.select(ItineraryItem.id).where(*each))
            }

        for step in range(12 * 7 * 6):
            after = start + dt.timedelta(hours=4 * step)
            before = after + dt.timedelta(days=9)
            assert ids(calendar._items_overlapping(dialect, after, before)) == ids(
                _one_condition(dialect, after, before)
            )
