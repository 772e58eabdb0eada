"""What every item on the Home page's list is made of, and the small helpers the queries that
gather them share (:mod:`.attention` and :mod:`.deadlines` both build on this module)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import aliased

from exchangedesk.db.models import City, Partnership
from exchangedesk.domain.anniversaries import DatePrecision
from exchangedesk.domain.conflict_records import ConflictKind
from exchangedesk.domain.enums import DelegationStatus, Direction, ProgrammeStatus, ShipmentStatus

VISITS_WEEKS = 6
CONFLICT_WEEKS = 12
ANNIVERSARY_MONTHS = 12
# Visits checked for conflicts, the soonest first: about 60 ms each on a federation database
# (100,000 delegations), so the check stays within a few seconds at start-up.
CONFLICT_CHECK_LIMIT = 60

CLOSED_DELEGATION = (DelegationStatus.COMPLETED, DelegationStatus.CANCELLED)
CLOSED_PROGRAMME = (ProgrammeStatus.COMPLETED, ProgrammeStatus.CANCELLED)


class AttentionKind(StrEnum):
    """In the order the Home page shows its groups: what can go wrong soonest first."""

    CONFLICT = "conflict"
    VISA_LETTER = "visa_letter"
    CONSENT_MISSING = "consent_missing"
    VETTING_LAPSED = "vetting_lapsed"
    VISIT = "visit"
    SHIPMENT = "shipment"
    UNTHANKED_GIFT = "unthanked_gift"
    ANNIVERSARY = "anniversary"


@dataclass(frozen=True)
class RecordRef:
    """The record an item points to: the area that shows it (its navigation key) and its id."""

    area: str  # "delegations", "exchanges", "partnerships", "aid", "gifts"
    id: int


@dataclass(frozen=True)
class AttentionFacts:
    """What an item's two sentences say, as data: the window words them in its own language
    (:mod:`exchangedesk.ui.overview.attention_texts`, with Russian's plural forms), while
    ``title`` and ``explanation`` keep the English for the command line and the logs. Only
    the fields its kind needs are filled."""

    subject: str = ""  # the record's title: the visit's, the programme's, the gift's
    count: int = 0  # conflicts, members without a letter, minors without consent
    total: int = 0  # the delegation's members
    names: tuple[str, ...] = ()  # the people or the family concerned
    day: dt.date | None = None  # arrival, programme start, anniversary
    until: dt.date | None = None  # the host family's vetting ran out that day (None: never vetted)
    cities: str = ""  # "Coventry – Volgograd"
    direction: Direction | None = None
    conflict: ConflictKind | None = None  # the first blocking conflict's kind
    years: int = 0  # of an anniversary
    jubilee: bool = False
    reference: str = ""  # of a shipment
    status: ShipmentStatus | None = None
    campaign: str = ""
    carrier: str = ""
    giver: str = ""
    occasion: str = ""


@dataclass(frozen=True)
class AttentionItem:
    kind: AttentionKind
    title: str  # one clear sentence
    explanation: str  # why it matters, what to do
    # The date it is about: arrival, programme start, anniversary; for a letter or consent
    # still missing, the day it falls due (see VISA_LEAD_WEEKS); None for an open shipment.
    on: dt.date | None
    record: RecordRef
    # An anniversary of a signing known only by its year or month: ``on`` is its first day.
    precision: DatePrecision = DatePrecision.DAY
    facts: AttentionFacts = AttentionFacts()


def weeks_after(today: dt.date, weeks: int) -> dt.date:
    return today + dt.timedelta(weeks=weeks)


def days_text(day: dt.date, today: dt.date) -> str:
    days = (day - today).days
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days < 0:
        return f"{-days} days ago"
    return f"in {days} days"


CityA = aliased(City, name="attention_city_a")
CityB = aliased(City, name="attention_city_b")
CITY_NAMES = (CityA.name, CityB.name)


def with_cities(statement, partnership_id):  # noqa: ANN001, ANN202 - a select being built
    return (
        statement.join(Partnership, partnership_id == Partnership.id)
        .join(CityA, Partnership.city_a_id == CityA.id)
        .join(CityB, Partnership.city_b_id == CityB.id)
    )
