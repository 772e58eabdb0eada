"""Partnership anniversaries, and dates known only to the month or the year.

Many agreements are remembered only by their year ("Coventry–Volgograd, 1944"). Such a date is
stored as the first day of what is known (1 January 1944) together with a
:class:`DatePrecision`, and everything derived from it keeps that precision: the 80th
anniversary of a year-only signing is "2024", not "1 January 2024".

Which anniversaries are worth a reminder (the calendar and the Home page show them):
every fifth year — 5, 10, 15, 20, 25... Among those, the jubilees a council celebrates
(10, 25, 50, 75, 100 and every 25th year after) are marked as such. DESIGN.md lists
"10, 25, 50, 65, 75 years..."; every one of them is a fifth year, so none is missed.
The yearly anniversary in between is shown for one partnership (its detail pane) only.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class DatePrecision(StrEnum):
    """How much of a stored date is known; the stored date is the first day of that span."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

ROUND_STEP = 5  # every fifth year gets a reminder
JUBILEE_STEP = 25  # 25, 50, 75, 100...
FIRST_JUBILEE = 10


def normalised(day: dt.date, precision: DatePrecision) -> dt.date:
    """The date as stored for its precision: the first day of the known month or year."""
    if precision is DatePrecision.YEAR:
        return dt.date(day.year, 1, 1)
    if precision is DatePrecision.MONTH:
        return dt.date(day.year, day.month, 1)
    return day


def span(day: dt.date, precision: DatePrecision) -> tuple[dt.date, dt.date]:
    """First and last day the imprecise date may stand for (both included)."""
    first = normalised(day, precision)
    if precision is DatePrecision.YEAR:
        return first, dt.date(day.year, 12, 31)
    if precision is DatePrecision.MONTH:
        return first, dt.date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
    return first, first


def is_round(years: int) -> bool:
    """A reminder-worthy anniversary: every fifth year."""
    return years > 0 and years % ROUND_STEP == 0


def is_jubilee(years: int) -> bool:
    """10, 25, 50, 75, 100, 125...: the ones a council celebrates with a ceremony."""
    return years == FIRST_JUBILEE or (years > 0 and years % JUBILEE_STEP == 0)


@dataclass(frozen=True)
class Anniversary:
    years: int
    on: dt.date  # the day; for an imprecise signing the first day of the month or year
    precision: DatePrecision

    @property
    def round(self) -> bool:
        return is_round(self.years)

    @property
    def jubilee(self) -> bool:
        return is_jubilee(self.years)

    @property
    def last_day(self) -> dt.date:
        return span(self.on, self.precision)[1]

    def overlaps(self, first: dt.date, last: dt.date) -> bool:
        """Whether the anniversary may fall between ``first`` and ``last``: a year-only one
        counts for the whole of its year."""
        return self.on <= last and self.last_day >= first


def same_day_in(day: dt.date, year: int) -> dt.date:
    """The date's anniversary in ``year``; 29 February falls on the 28th in common years."""
    if day.month == 2 and day.day == 29 and not calendar.isleap(year):
        return dt.date(year, 2, 28)
    return day.replace(year=year)


def anniversary_in(signed_on: dt.date, precision: DatePrecision, year: int) -> Anniversary | None:
    """The anniversary falling in ``year`` (None for the signing year itself or before)."""
    years = year - signed_on.year
    if years <= 0:
        return None
    return Anniversary(years, same_day_in(normalised(signed_on, precision), year), precision)


def anniversaries_between(
    signed_on: dt.date,
    precision: DatePrecision,
    first: dt.date,
    last: dt.date,
    *,
    round_only: bool = False,
    overlapping: bool = True,
) -> list[Anniversary]:
    """Anniversaries between ``first`` and ``last``, earliest first.

    With ``overlapping`` an imprecise anniversary counts if its month or year overlaps the
    window ("coming up this year"); without it, only if its first day lies in the window — what
    a day-by-day calendar needs, so a year-only anniversary is listed once, on 1 January.
    """
    found = []
    for year in range(first.year, last.year + 1):
        anniversary = anniversary_in(signed_on, precision, year)
        if anniversary is None or (round_only and not anniversary.round):
            continue
        inside = (
            anniversary.overlaps(first, last) if overlapping else first <= anniversary.on <= last
        )
        if inside:
            found.append(anniversary)
    return found


def coming_anniversaries(
    signed_on: dt.date | None,
    precision: DatePrecision,
    today: dt.date,
    *,
    months: int = 12,
    round_only: bool = False,
) -> list[Anniversary]:
    """Anniversaries from ``today`` to ``months`` months ahead (one that is still running, a
    year-only one in the current year, included)."""
    if signed_on is None:
        return []
    return anniversaries_between(
        signed_on, precision, today, months_after(today, months), round_only=round_only
    )


def next_round_anniversary(
    signed_on: dt.date | None, precision: DatePrecision, today: dt.date
) -> Anniversary | None:
    """The next fifth-year anniversary not yet over."""
    if signed_on is None:
        return None
    year = max(today.year, signed_on.year + 1)
    for candidate in range(year, year + ROUND_STEP + 1):
        anniversary = anniversary_in(signed_on, precision, candidate)
        if anniversary is not None and anniversary.round and anniversary.last_day >= today:
            return anniversary
    return None  # pragma: no cover - one of six consecutive years is always a fifth year


def months_after(day: dt.date, months: int) -> dt.date:
    """The day ``months`` months later, less one day: the last day of a window of months."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last)) - dt.timedelta(days=1)


def describe(day: dt.date, precision: DatePrecision) -> str:
    """The date as far as it is known, for messages: "20 Apr 1944", "Apr 1944", "1944"."""
    if precision is DatePrecision.YEAR:
        return str(day.year)
    month = _MONTHS[day.month - 1]  # not calendar.month_abbr: that follows the C locale
    if precision is DatePrecision.MONTH:
        return f"{month} {day.year}"
    return f"{day.day} {month} {day.year}"
