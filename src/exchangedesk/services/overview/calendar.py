"""The calendar feed: what happens on which days — visits, exchanges, round anniversaries,
World Sister Cities Day and, for a week, the itinerary items with their local times."""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import ColumnElement, extract, or_, select, text
from sqlalchemy.orm import Bundle, Session, aliased

from exchangedesk.db.models import City, Delegation, ExchangeProgramme, ItineraryItem, Partnership
from exchangedesk.db.session import Database
from exchangedesk.domain.anniversaries import DatePrecision, anniversaries_between
from exchangedesk.domain.enums import (
    DelegationStatus,
    Direction,
    ItineraryKind,
    PartnershipStatus,
    ProgrammeStatus,
)
from exchangedesk.services.overview.items import AttentionItem


class EventKind(StrEnum):
    DELEGATION = "delegation"
    PROGRAMME = "programme"
    ANNIVERSARY = "anniversary"
    OBSERVANCE = "observance"  # World Sister Cities Day: no record behind it
    ITINERARY = "itinerary"  # an item of a delegation's or programme's programme
    REMINDER = (
        "reminder"  # a visa letter or a consent due (exchangedesk.services.overview.attention)
    )


# The main window's area that shows each kind of record.
AREAS = {
    EventKind.DELEGATION: "delegations",
    EventKind.PROGRAMME: "exchanges",
    EventKind.ANNIVERSARY: "partnerships",
}


@dataclass(frozen=True)
class CalendarEvent:
    kind: EventKind
    record_id: int  # the delegation, programme or partnership
    title: str
    starts_on: dt.date
    ends_on: dt.date
    cities: str  # "Coventry – Volgograd"
    direction: Direction | None
    status: DelegationStatus | ProgrammeStatus | PartnershipStatus | None
    years: int | None = None  # for anniversaries
    # An anniversary of a signing known only by month or year sits on the first day of it.
    precision: DatePrecision = DatePrecision.DAY
    # Itinerary items only: record_id is the delegation or programme the item belongs to (its
    # kind in ``owner``), the times are local to ``timezone``, where the item happens.
    owner: EventKind | None = None
    item_id: int | None = None
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None
    timezone: str | None = None
    item_kind: ItineraryKind | None = None
    venue: str | None = None
    # A reminder's attention item: its facts let the window word it in its own language.
    reminder: AttentionItem | None = None

    def covers(self, day: dt.date) -> bool:
        return self.starts_on <= day <= self.ends_on

    @property
    def area(self) -> str | None:
        """The key of the area that shows the event's record; None for an observance."""
        return AREAS.get(self.owner or self.kind)


CityA = aliased(City, name="city_a")
CityB = aliased(City, name="city_b")


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    last_day = _calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1), dt.date(year, month, last_day)


def events_in_month(database: Database, year: int, month: int) -> list[CalendarEvent]:
    """Every event touching the month, including visits that began before it."""
    first, last = month_bounds(year, month)
    return events_between(database, first, last)


def events_between(
    database: Database, first: dt.date, last: dt.date, *, observances: bool = False
) -> list[CalendarEvent]:
    """Events overlapping ``first``..``last`` (both included), in date order; with
    ``observances``, World Sister Cities Day too."""
    with database.reading() as session:
        events = [
            *_delegations(session, first, last),
            *_programmes(session, first, last),
            *_anniversaries(session, first, last),
        ]
    if observances:
        events += observances_between(first, last)
    return sorted(events, key=_order)


def _order(e: CalendarEvent) -> tuple:
    return (
        e.starts_on,
        e.starts_at is not None,
        e.starts_at or dt.datetime.min.replace(tzinfo=dt.UTC),
        e.ends_on,
        e.kind,
        e.title,
        e.record_id,
    )


def world_sister_cities_day(year: int) -> dt.date:
    """The last Sunday of April."""
    last = dt.date(year, 4, 30)
    return last - dt.timedelta(days=(last.weekday() - 6) % 7)


def observances_between(first: dt.date, last: dt.date) -> list[CalendarEvent]:
    days = (world_sister_cities_day(year) for year in range(first.year, last.year + 1))
    return [
        CalendarEvent(EventKind.OBSERVANCE, 0, "World Sister Cities Day", day, day, "", None, None)
        for day in days
        if first <= day <= last
    ]


def week_bounds(day: dt.date, first_weekday: int = 0) -> tuple[dt.date, dt.date]:
    """The week holding ``day``, starting on ``first_weekday`` (0 Monday ... 6 Sunday)."""
    start = day - dt.timedelta(days=(day.weekday() - first_weekday) % 7)
    return start, start + dt.timedelta(days=6)


def events_in_week(database: Database, first_day: dt.date) -> list[CalendarEvent]:
    """The seven days from ``first_day``: visits, anniversaries, World Sister Cities Day and
    every itinerary item of those days, each at its local time where it happens."""
    last = first_day + dt.timedelta(days=6)
    events = events_between(database, first_day, last, observances=True)
    return sorted(events + itinerary_between(database, first_day, last), key=_order)


# Items lasting more than a day: the condition of ix_itinerary_items_long_ends_at
# (db.models.delegations), repeated as it is there so that the database uses that index.
LONG_ITEMS = {
    "sqlite": "julianday(itinerary_items.ends_at) - julianday(itinerary_items.starts_at) > 1",
    "postgresql": "itinerary_items.ends_at - itinerary_items.starts_at > interval '1 day'",
}


def _long_items(dialect: str) -> ColumnElement[bool]:
    return text(LONG_ITEMS.get(dialect, LONG_ITEMS["sqlite"]))


def _items_overlapping(dialect: str, after: dt.datetime, before: dt.datetime) -> list:
    """The conditions of the items overlapping ``after``..``before``, each answered by an index
    range: an item of at most a day that ends after ``after`` starts at most a day before it;
    one that started earlier is a long one (ix_itinerary_items_long_ends_at). Both together
    are exactly ``starts_at < before AND ends_at >= after``, which alone scanned every earlier
    item (3 s a week on the federation's 1,000,000)."""
    overlapping = (ItineraryItem.starts_at < before, ItineraryItem.ends_at >= after)
    earliest_short = after - dt.timedelta(days=1)
    return [
        (*overlapping, ItineraryItem.starts_at >= earliest_short),
        (*overlapping, ItineraryItem.starts_at < earliest_short, _long_items(dialect)),
    ]


def itinerary_between(database: Database, first: dt.date, last: dt.date) -> list[CalendarEvent]:
    """Itinerary items whose local days touch ``first``..``last``. The SQL window is widened by
    a day on each side (no zone is more than 14 hours from UTC), then cut by local dates."""
    after = dt.datetime.combine(first - dt.timedelta(days=1), dt.time(), dt.UTC)
    before = dt.datetime.combine(last + dt.timedelta(days=2), dt.time(), dt.UTC)
    columns = (
        select(
            # The columns shown, not the mapped item: building 400 objects was a third of
            # a busy week's time.
            Bundle(
                "item",
                ItineraryItem.id,
                ItineraryItem.delegation_id,
                ItineraryItem.programme_id,
                ItineraryItem.title,
                ItineraryItem.timezone,
                ItineraryItem.starts_at,
                ItineraryItem.ends_at,
                ItineraryItem.kind,
                ItineraryItem.venue,
            ),
            Delegation.title,
            Delegation.direction,
            Delegation.status,
            ExchangeProgramme.title,
            ExchangeProgramme.direction,
            ExchangeProgramme.status,
        )
        .outerjoin(Delegation, ItineraryItem.delegation_id == Delegation.id)
        .outerjoin(ExchangeProgramme, ItineraryItem.programme_id == ExchangeProgramme.id)
    )
    events = []
    with database.reading() as session:
        dialect = session.get_bind().dialect.name
        found = [
            row
            for conditions in _items_overlapping(dialect, after, before)
            for row in session.execute(columns.where(*conditions))
        ]
        found.sort(key=lambda row: (row[0].starts_at, row[0].id))
        for item, d_title, d_way, d_status, p_title, p_way, p_status in found:
            zone = _zone(item.timezone)
            starts, ends = item.starts_at.astimezone(zone), item.ends_at.astimezone(zone)
            # An item ending at midnight ends on the day before.
            end_day = (ends - dt.timedelta(microseconds=1)).date() if ends > starts else ends.date()
            if starts.date() > last or end_day < first:
                continue
            delegation = item.delegation_id is not None
            events.append(
                CalendarEvent(
                    EventKind.ITINERARY,
                    item.delegation_id if delegation else item.programme_id,
                    item.title,
                    starts.date(),
                    end_day,
                    d_title if delegation else p_title,  # whose programme, in place of cities
                    d_way if delegation else p_way,
                    d_status if delegation else p_status,
                    owner=EventKind.DELEGATION if delegation else EventKind.PROGRAMME,
                    item_id=item.id,
                    starts_at=starts,
                    ends_at=ends,
                    timezone=item.timezone,
                    item_kind=item.kind,
                    venue=item.venue,
                )
            )
    return events


def reminder_events(
    database: Database, first: dt.date, last: dt.date, *, today: dt.date | None = None
) -> list[CalendarEvent]:
    """Visa letters and consents due between the two days, as found today, on the day each
    falls due; ``record_id`` is the delegation or programme to act on."""
    from exchangedesk.services.overview.attention import reminders_between

    return [
        CalendarEvent(
            EventKind.REMINDER,
            item.record.id,
            item.title,
            item.on,
            item.on,
            item.explanation,  # in place of the cities: what to do
            None,
            None,
            owner=EventKind.DELEGATION
            if item.record.area == "delegations"
            else EventKind.PROGRAMME,
            reminder=item,
        )
        for item in reminders_between(database, first, last, today=today)
        if item.on is not None
    ]


def _zone(name: str) -> dt.tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC  # a zone this machine does not know: shown in UTC rather than hidden


def _delegations(session: Session, first: dt.date, last: dt.date) -> list[CalendarEvent]:
    statement = (
        select(
            Delegation.id,
            Delegation.title,
            Delegation.arrival_on,
            Delegation.departure_on,
            CityA.name,
            CityB.name,
            Delegation.direction,
            Delegation.status,
        )
        .join(Partnership, Delegation.partnership_id == Partnership.id)
        .join(CityA, Partnership.city_a_id == CityA.id)
        .join(CityB, Partnership.city_b_id == CityB.id)
        .where(Delegation.arrival_on <= last, Delegation.departure_on >= first)
    )
    return [
        CalendarEvent(EventKind.DELEGATION, id_, title, start, end, f"{a} – {b}", direction, status)
        for id_, title, start, end, a, b, direction, status in session.execute(statement)
    ]


def _programmes(session: Session, first: dt.date, last: dt.date) -> list[CalendarEvent]:
    statement = (
        select(
            ExchangeProgramme.id,
            ExchangeProgramme.title,
            ExchangeProgramme.starts_on,
            ExchangeProgramme.ends_on,
            CityA.name,
            CityB.name,
            ExchangeProgramme.direction,
            ExchangeProgramme.status,
        )
        .join(Partnership, ExchangeProgramme.partnership_id == Partnership.id)
        .join(CityA, Partnership.city_a_id == CityA.id)
        .join(CityB, Partnership.city_b_id == CityB.id)
        .where(ExchangeProgramme.starts_on <= last, ExchangeProgramme.ends_on >= first)
    )
    return [
        CalendarEvent(EventKind.PROGRAMME, id_, title, start, end, f"{a} – {b}", direction, status)
        for id_, title, start, end, a, b, direction, status in session.execute(statement)
    ]


def _anniversaries(session: Session, first: dt.date, last: dt.date) -> list[CalendarEvent]:
    """Round anniversaries (the rule is exchangedesk.domain.anniversaries) whose day — or, for
    a signing known only by month or year, whose first day — lies in the window."""
    months = _months_between(first, last)
    statement = (
        select(
            Partnership.id,
            Partnership.signed_on,
            Partnership.signed_precision,
            Partnership.status,
            CityA.name,
            CityB.name,
        )
        .join(CityA, Partnership.city_a_id == CityA.id)
        .join(CityB, Partnership.city_b_id == CityB.id)
        .where(
            Partnership.signed_on.is_not(None),
            Partnership.status != PartnershipStatus.TERMINATED,
            or_(
                Partnership.signed_precision == DatePrecision.YEAR,  # lands on 1 January
                extract("month", Partnership.signed_on).in_(sorted({m for _, m in months})),
            ),
        )
    )
    events = []
    for id_, signed_on, precision, status, a, b in session.execute(statement):
        for anniversary in anniversaries_between(
            signed_on, precision, first, last, round_only=True, overlapping=False
        ):
            years, on = anniversary.years, anniversary.on
            when = {
                DatePrecision.YEAR: f" in {on.year}",
                DatePrecision.MONTH: f" in {_calendar.month_name[on.month]} {on.year}",
            }.get(precision, "")  # the day shown is only the first one it may fall on
            events.append(
                CalendarEvent(
                    EventKind.ANNIVERSARY,
                    id_,
                    f"{years} years{when}: {a} – {b}",
                    anniversary.on,
                    anniversary.on,
                    f"{a} – {b}",
                    None,
                    status,
                    years,
                    precision,
                )
            )
    return events


def _months_between(first: dt.date, last: dt.date) -> list[tuple[int, int]]:
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
