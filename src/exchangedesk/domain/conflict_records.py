"""The plain records conflict checking reads and returns: a :class:`Plan` of one delegation or
exchange programme (items as :class:`Slot`, stays, lodgings, passports, holiday calendars) and
the :class:`Conflict` records in a :class:`ConflictReport`. The rules live in
:mod:`exchangedesk.domain.conflicts`; this module also holds the small time helpers both share.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from exchangedesk.domain.holidays import HolidayRegion


class ConflictKind(StrEnum):
    TWO_PLACES = "two_places"  # in items of two delegations/programmes at the same time
    DOUBLE_BOOKED = "double_booked"  # in two items of the same itinerary at the same time
    OUTSIDE_VISIT = "outside_visit"  # an item outside the visit's or programme's dates
    OUTSIDE_STAY = "outside_stay"  # down for an item before arriving or after leaving
    NOT_A_MEMBER = "not_a_member"  # listed for an item but not (any more) in the group
    UNKNOWN_ZONE = "unknown_zone"  # an item whose time zone name is not a real zone
    OVER_CAPACITY = "over_capacity"  # a room or host family with more people than beds
    TWO_BEDS = "two_beds"  # one person in two rooms on the same night
    VENUE_TAKEN = "venue_taken"  # a venue used by another group at the same time
    PUBLIC_HOLIDAY = "public_holiday"
    HOLIDAYS_UNKNOWN = "holidays_unknown"  # the holidays package has no calendar for it
    PASSPORT_EXPIRES = "passport_expires"  # before the end of the visit
    PASSPORT_VALIDITY = "passport_validity"  # within PASSPORT_VALIDITY_MONTHS after it
    PASSPORT_UNKNOWN = "passport_unknown"

    @property
    def title(self) -> str:
        """A short heading for lists of conflicts (the UI translates it)."""
        return _KIND_TITLES[self]


_KIND_TITLES = {
    ConflictKind.TWO_PLACES: "In two places at once",
    ConflictKind.DOUBLE_BOOKED: "Double-booked",
    ConflictKind.OUTSIDE_VISIT: "Outside the dates",
    ConflictKind.OUTSIDE_STAY: "Outside a member's stay",
    ConflictKind.NOT_A_MEMBER: "Not a member",
    ConflictKind.UNKNOWN_ZONE: "Unknown time zone",
    ConflictKind.OVER_CAPACITY: "Over capacity",
    ConflictKind.TWO_BEDS: "Two beds on one night",
    ConflictKind.VENUE_TAKEN: "Venue in use",
    ConflictKind.PUBLIC_HOLIDAY: "Public holiday",
    ConflictKind.HOLIDAYS_UNKNOWN: "Holidays not checked",
    ConflictKind.PASSPORT_EXPIRES: "Passport expires",
    ConflictKind.PASSPORT_VALIDITY: "Passport runs out soon after",
    ConflictKind.PASSPORT_UNKNOWN: "Passport not recorded",
}


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"  # never blocks confirming


class OwnerKind(StrEnum):
    DELEGATION = "delegation"
    PROGRAMME = "programme"


class LodgingKind(StrEnum):
    ROOM = "room"
    HOST_FAMILY = "host_family"


@dataclass(frozen=True)
class Owner:
    kind: OwnerKind
    id: int
    title: str = field(default="", compare=False)

    @property
    def noun(self) -> str:
        return "visit" if self.kind is OwnerKind.DELEGATION else "programme"


@dataclass(frozen=True)
class Slot:
    """An itinerary item as the rules see it; ``attendees`` are person ids, resolved."""

    item_id: int
    owner: Owner
    title: str
    starts_at: dt.datetime  # aware
    ends_at: dt.datetime
    timezone: str
    venue: str | None = None
    attendees: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Stay:
    """When a member is with the group: their own dates, or the group's (``own`` false)."""

    person_id: int
    arrives_on: dt.date
    departs_on: dt.date
    own: bool = False


@dataclass(frozen=True)
class Occupancy:
    person_id: int
    check_in_on: dt.date
    check_out_on: dt.date  # the morning they leave: nights are [check_in_on, check_out_on)


@dataclass(frozen=True)
class Lodging:
    kind: LodgingKind
    id: int
    label: str  # "Room 203 at Cathedral Quarter Hotel", "the Bennett family"
    capacity: int
    occupancies: tuple[Occupancy, ...] = ()


@dataclass(frozen=True)
class Plan:
    """Everything the rules need for one delegation or programme."""

    owner: Owner
    first_day: dt.date
    last_day: dt.date
    today: dt.date
    names: Mapping[int, str]
    members: Mapping[int, Stay]
    items: tuple[Slot, ...]
    others: tuple[Slot, ...] = ()  # other groups' items that our people attend
    nearby: tuple[Slot, ...] = ()  # other groups' items with a venue, in the same days
    lodgings: tuple[Lodging, ...] = ()
    international: bool = True
    passports: Mapping[int, dt.date | None] = field(default_factory=dict)  # expiry only
    regions: tuple[HolidayRegion, ...] = ()
    # (region, year) -> {day: name}; missing or None: no calendar for that country-year
    holidays: Mapping[tuple[HolidayRegion, int], Mapping[dt.date, str] | None] = field(
        default_factory=dict
    )


@dataclass(frozen=True)
class Acceptance:
    actor: str
    at: dt.datetime
    note: str


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    severity: Severity
    key: str
    message: str
    people: tuple[int, ...] = ()
    items: tuple[int, ...] = ()
    rooms: tuple[int, ...] = ()
    host_families: tuple[int, ...] = ()
    accepted: Acceptance | None = None

    @property
    def blocking(self) -> bool:
        return self.severity is not Severity.INFO and self.accepted is None


@dataclass(frozen=True)
class ConflictReport:
    owner: Owner
    conflicts: tuple[Conflict, ...]

    @property
    def blocking(self) -> tuple[Conflict, ...]:
        return tuple(c for c in self.conflicts if c.blocking)

    def find(self, key: str) -> Conflict | None:
        return next((c for c in self.conflicts if c.key == key), None)

    def for_item(self, item_id: int) -> tuple[Conflict, ...]:
        return tuple(c for c in self.conflicts if item_id in c.items)

    def for_person(self, person_id: int) -> tuple[Conflict, ...]:
        return tuple(c for c in self.conflicts if person_id in c.people)


def can_confirm(report: ConflictReport) -> bool:
    """True when every error and warning is resolved or explicitly accepted."""
    return not report.blocking


# -- time in the item's own zone -------------------------------------------------------------


def zone_of(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def local_span(slot: Slot) -> tuple[dt.datetime, dt.datetime]:
    zone = zone_of(slot.timezone) or ZoneInfo("UTC")
    return slot.starts_at.astimezone(zone), slot.ends_at.astimezone(zone)


def local_days(slot: Slot) -> tuple[dt.date, dt.date]:
    """First and last local day an item touches; ending at midnight ends the day before."""
    start, end = local_span(slot)
    if end <= start:
        return start.date(), start.date()
    return start.date(), (end - dt.timedelta(microseconds=1)).date()


def overlaps(a: Slot, b: Slot) -> bool:
    return a.starts_at < b.ends_at and b.starts_at < a.ends_at
