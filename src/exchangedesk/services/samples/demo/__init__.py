"""The demo history: a database a newcomer can explore (DESIGN §7).

``build_demo(database)`` fills an empty database, in one unit of work, with the Coventry
committee's history: Coventry and Volgograd (1944), Dresden and other partnerships with their
status history, delegations from Clementine Churchill's visit to Stalingrad in April 1945 to
visits planned in the coming months, the Lanchester College exchange of 1969 and its 1970 return
visit, the tablecloths of 1944 and 2008, the 1942 aid appeal, and a correspondence register.
Real history is told in the program's own words; everything else is marked as a demo scenario
or a fictional person, and amounts of money are illustrative.

It refuses (:class:`DemoRefused`, nothing changed) a database that already holds any record
(cities, people, organisations, partnerships... or the home-city settings).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from exchangedesk.db import models as m
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ExchangeDeskError

__all__ = ["DemoRefused", "DemoSummary", "build_demo"]


class DemoRefused(ExchangeDeskError):
    """The demo history is only ever written into an empty database."""


@dataclass(frozen=True)
class DemoSummary:
    """How many records of each kind the demo wrote."""

    cities: int
    settings: int
    partnerships: int
    partnership_status_changes: int
    partnership_areas: int
    partnership_signatories: int
    organisations: int
    people: int
    person_sensitive: int
    delegations: int
    delegation_members: int
    delegation_approvals: int
    budget_lines: int
    itinerary_items: int
    itinerary_attendees: int
    accommodations: int
    rooms: int
    room_occupants: int
    transport_legs: int
    exchange_programmes: int
    programme_leaders: int
    participants: int
    consents: int
    privacy_consents: int
    host_families: int
    placements: int
    gifts: int
    gift_custody: int
    aid_campaigns: int
    contributions: int
    shipments: int
    shipment_lines: int
    shipment_status_changes: int
    allocations: int
    exchange_rates: int
    documents: int
    audit_entries: int

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    @property
    def total(self) -> int:
        return sum(self.as_dict().values())


# Which table each count of the summary reads.
_COUNTED = {
    "cities": m.City,
    "settings": m.Setting,
    "partnerships": m.Partnership,
    "partnership_status_changes": m.PartnershipStatusChange,
    "partnership_areas": m.PartnershipArea,
    "partnership_signatories": m.PartnershipSignatory,
    "organisations": m.Organisation,
    "people": m.Person,
    "person_sensitive": m.PersonSensitive,
    "delegations": m.Delegation,
    "delegation_members": m.DelegationMember,
    "delegation_approvals": m.DelegationApproval,
    "budget_lines": m.BudgetLine,
    "itinerary_items": m.ItineraryItem,
    "itinerary_attendees": m.ItineraryAttendee,
    "accommodations": m.Accommodation,
    "rooms": m.Room,
    "room_occupants": m.RoomOccupant,
    "transport_legs": m.TransportLeg,
    "exchange_programmes": m.ExchangeProgramme,
    "programme_leaders": m.ProgrammeLeader,
    "participants": m.Participant,
    "consents": m.Consent,
    "privacy_consents": m.PrivacyConsent,
    "host_families": m.HostFamily,
    "placements": m.Placement,
    "gifts": m.Gift,
    "gift_custody": m.GiftCustody,
    "aid_campaigns": m.AidCampaign,
    "contributions": m.Contribution,
    "shipments": m.Shipment,
    "shipment_lines": m.ShipmentLine,
    "shipment_status_changes": m.ShipmentStatusChange,
    "allocations": m.Allocation,
    "exchange_rates": m.ExchangeRate,
    "documents": m.Document,
    "audit_entries": m.AuditEntry,
}
assert set(_COUNTED) == {f.name for f in fields(DemoSummary)}

# Settings the demo writes; the migrations keep their own rows in the same table.
DEMO_SETTINGS = ("home_city_id", "base_currency", "dormancy_years")


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def _counts(session: Session) -> dict[str, int]:
    return {name: _count(session, model) for name, model in _COUNTED.items()}


def _refuse_unless_empty(database: Database, session: Session) -> dict[str, int]:
    """The counts before the build, once it is sure the database holds nobody's records."""
    if database.read_only:
        raise DemoRefused("The database is open read-only, so the demo history cannot be written.")
    before = _counts(session)
    # Any record at all (cities, people, partnerships... even one exchange rate) is somebody's
    # register; the settings table also holds the migrations' own bookkeeping, so only the
    # settings the demo would write count there.
    held = {name: count for name, count in before.items() if count and name != "settings"}
    configured = session.scalars(
        select(m.Setting.key).where(m.Setting.key.in_(DEMO_SETTINGS))
    ).all()
    if held or configured:
        found = [f"{name.replace('_', ' ')}: {count}" for name, count in held.items()]
        found += [f"the setting {key!r}" for key in configured]
        if len(found) > 4:
            found = [*found[:4], f"and {len(found) - 4} more kinds"]
        raise DemoRefused(
            f"This database already holds records ({', '.join(found)}). The demo history is "
            "only written into a new, empty database, so nothing was changed. Choose a new file "
            "for the demo."
        )
    return before


def build_demo(database: Database, *, today: dt.date | None = None) -> DemoSummary:
    """Write the demo history into an empty database, all or nothing.

    ``today`` places the planned visits (weeks and months after it) and the recent records;
    it defaults to the computer's date.
    """
    # Imported here: the parts pull in every model and the gazetteer, which the command line
    # only needs when it builds a demo.
    from exchangedesk.services.samples.demo import aid, exchanges, gifts, people, places, records
    from exchangedesk.services.samples.demo._support import Demo
    from exchangedesk.services.samples.demo.visits_past import build_past_visits
    from exchangedesk.services.samples.demo.visits_planned import build_planned_visits

    with database.unit_of_work() as session:
        before = _refuse_unless_empty(database, session)
        demo = Demo(session=session, today=today or dt.date.today())
        places.build_cities(demo)
        places.build_settings(demo)
        people.build_organisations(demo)
        people.build_people(demo)
        people.build_sensitive(demo)
        places.build_partnerships(demo)
        places.build_signatories(demo)
        build_past_visits(demo)
        build_planned_visits(demo)
        exchanges.build_exchanges(demo)
        gifts.build_gifts(demo)
        aid.build_aid(demo)
        records.build_documents(demo)
        session.flush()
        written = sum(_counts(session).values()) - sum(before.values())
        records.build_audit(demo, f"Demo history built: {written} records, today = {demo.today}.")
        session.flush()
        after = _counts(session)
        return DemoSummary(**{name: after[name] - before[name] for name in _COUNTED})
