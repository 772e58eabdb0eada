"""The calendar feed: what happens on which days — visits, exchanges and round anniversaries."""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import extract, or_, select
from sqlalchemy.orm import Session, aliased

from exchangedesk.db.models import City, Delegation, ExchangeProgramme, Partnership
from exchangedesk.db.session import Database
from exchangedesk.domain.anniversaries import DatePrecision, anniversaries_between
from exchangedesk.domain.enums import (
    DelegationStatus,
    Direction,
    PartnershipStatus,
    ProgrammeStatus,
)


class EventKind(StrEnum):
    DELEGATION = "delegation"
    PROGRAMME = "programme"
    ANNIVERSARY = "anniversary"


@dataclass(frozen=True)
class CalendarEvent:
    kind: EventKind
    record_id: int  # the delegation, programme or partnership
    title: str
    starts_on: dt.date
    ends_on: dt.date
    cities: str  # "Coventry – Volgograd"
    direction: Direction | None
    status: DelegationStatus | ProgrammeStatus | PartnershipStatus
    years: int | None = None  # for anniversaries
    # An anniversary of a signing known only by month or year sits on the first day of it.
    precision: DatePrecision = DatePrecision.DAY

    def covers(self, day: dt.date) -> bool:
        return self.starts_on <= day <= self.ends_on


CityA = aliased(City, name="city_a")
CityB = aliased(City, name="city_b")


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    last_day = _calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1), dt.date(year, month, last_day)


def events_in_month(database: Database, year: int, month: int) -> list[CalendarEvent]:
    """Every event touching the month, including visits that began before it."""
    first, last = month_bounds(year, month)
    return events_between(database, first, last)


def events_between(database: Database, first: dt.date, last: dt.date) -> list[CalendarEvent]:
    """Events overlapping ``first``..``last`` (both included), in date order."""
    with database.reading() as session:
        events = [
            *_delegations(session, first, last),
            *_programmes(session, first, last),
            *_anniversaries(session, first, last),
        ]
    return sorted(events, key=lambda e: (e.starts_on, e.ends_on, e.kind, e.title, e.record_id))


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
