"""The calendar feed: what happens on which days — visits, exchanges and round anniversaries."""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import extract, select
from sqlalchemy.orm import Session, aliased

from exchangedesk.db.models import City, Delegation, ExchangeProgramme, Partnership
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import (
    DelegationStatus,
    Direction,
    PartnershipStatus,
    ProgrammeStatus,
)

# Anniversaries worth a reminder: every fifth year (10, 25, 50, 65, 75... are all among them).
ANNIVERSARY_STEP = 5


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
    months = _months_between(first, last)
    statement = (
        select(Partnership.id, Partnership.signed_on, Partnership.status, CityA.name, CityB.name)
        .join(CityA, Partnership.city_a_id == CityA.id)
        .join(CityB, Partnership.city_b_id == CityB.id)
        .where(
            Partnership.signed_on.is_not(None),
            Partnership.status != PartnershipStatus.TERMINATED,
            extract("month", Partnership.signed_on).in_(sorted({m for _, m in months})),
        )
    )
    events = []
    for id_, signed_on, status, a, b in session.execute(statement):
        for year in sorted({y for y, _ in months}):
            day = _same_day_in(signed_on, year)
            years = year - signed_on.year
            if first <= day <= last and years > 0 and years % ANNIVERSARY_STEP == 0:
                title = f"{years} years: {a} – {b}"
                events.append(
                    CalendarEvent(
                        EventKind.ANNIVERSARY,
                        id_,
                        title,
                        day,
                        day,
                        f"{a} – {b}",
                        None,
                        status,
                        years,
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


def _same_day_in(day: dt.date, year: int) -> dt.date:
    """The date's anniversary in ``year``; 29 February falls on the 28th in common years."""
    if day.month == 2 and day.day == 29 and not _calendar.isleap(year):
        return dt.date(year, 2, 28)
    return day.replace(year=year)
