"""Public holidays of a partner city's country, offline, from the ``holidays`` package.

The package knows most countries but not every country-year (it returns nothing for Russia in
1945, for instance), so :func:`public_holidays` says "no calendar" with None rather than an
empty calendar that would look like a year without holidays.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from exchangedesk.domain.countries import country_name
from exchangedesk.domain.text import fold


@dataclass(frozen=True)
class HolidayRegion:
    country: str  # ISO 3166-1 alpha-2
    subdivision: str | None = None  # the holidays package's code ("ENG"), when known
    name: str = ""  # "Russia", "the United Kingdom": as it reads after "in"

    @property
    def code(self) -> str:
        return f"{self.country}-{self.subdivision}" if self.subdivision else self.country


@functools.cache
def _subdivisions(country: str) -> dict[str, str]:
    import holidays  # imported when first needed: it loads a module per country

    try:
        calendar = holidays.country_holidays(country)
    except NotImplementedError:
        return {}
    found = {fold(code): code for code in calendar.subdivisions}
    aliases = getattr(calendar, "subdivisions_aliases", {}) or {}
    found.update({fold(alias): code for alias, code in aliases.items()})
    return found


def holiday_region(country: str, region: str | None = None) -> HolidayRegion:
    """The city's country, and its subdivision when the region's name is one the package knows
    ("England" → GB-ENG, where Easter Monday is a bank holiday; without it only the holidays
    common to the whole United Kingdom are known)."""
    subdivision = _subdivisions(country).get(fold(region)) if region else None
    return HolidayRegion(country, subdivision, _in_sentence(country_name(country)))


def _in_sentence(name: str) -> str:
    """ "the United Kingdom", "the Netherlands", but "Russia": as the name reads after "in"."""
    plural = name.endswith(("Islands", "Netherlands", "Philippines", "Bahamas", "Emirates"))
    if plural or name.startswith(("United ", "Czech ", "Dominican ", "Central African ")):
        return f"the {name}"
    return name


@functools.lru_cache(maxsize=512)
def public_holidays(region: HolidayRegion, year: int) -> Mapping[dt.date, str] | None:
    """The region's public holidays in ``year``, or None when the package has no calendar for
    that country, or returns none for that year."""
    import holidays

    try:
        calendar = holidays.country_holidays(region.country, subdiv=region.subdivision, years=year)
    except NotImplementedError:
        return None
    found = {day: name for day, name in calendar.items() if day.year == year}
    return MappingProxyType(found) if found else None
