"""The committee's rules, re-checked in SQL over the stored register for ``exchangedesk check``.

The services keep these rules when they write; this finds rows that a stray script, an outside
tool or a damaged import left breaking them. Each rule takes a connection and returns one
message per offending record. Only portable SQL (and Python over small result sets), so the
same rules run on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import CheckConstraint, Connection, String, func, select, text, type_coerce

from exchangedesk.db.base import Base
from exchangedesk.db.models import (
    Allocation,
    Consent,
    Contribution,
    Delegation,
    ExchangeProgramme,
    HostFamily,
    ItineraryItem,
    Participant,
    Partnership,
    PartnershipStatusChange,
    Person,
    PersonSensitive,
    Placement,
    Room,
    RoomOccupant,
    Shipment,
    ShipmentStatusChange,
)
from exchangedesk.domain.enums import PlacementStatus, ShipmentStatus

# Rules below that say the same as a CHECK constraint, in words closer to the committee's.
_WORDED_CHECKS = {
    "ck_delegations_departure_not_before_arrival",
    "ck_partnerships_two_different_cities",
}


def _check_constraints(conn: Connection) -> list[str]:
    """Every CHECK constraint of the models, re-evaluated. SQLite's integrity_check skips them
    on a read-only connection, and rows written with ``ignore_check_constraints`` or by an
    outside tool never met them."""
    messages = []
    for table in Base.metadata.sorted_tables:
        key = list(table.primary_key.columns)
        for constraint in sorted(table.constraints, key=lambda c: str(c.name)):
            if not isinstance(constraint, CheckConstraint) or constraint.name in _WORDED_CHECKS:
                continue
            rule = constraint.sqltext.text
            # A CHECK fails only when false; NOT (NULL) is NULL, so NULLs pass here too.
            rows = conn.execute(select(*key).where(text(f"NOT ({rule})")).order_by(*key)).all()
            short = str(constraint.name).removeprefix(f"ck_{table.name}_")
            messages += [
                f"{table.name} {'/'.join(map(str, row))} breaks the rule '{short}' ({rule})"
                for row in rows
            ]
    return messages


def _delegation_dates(conn: Connection) -> list[str]:
    rows = conn.execute(
        select(Delegation.id, Delegation.title, Delegation.arrival_on, Delegation.departure_on)
        .where(Delegation.departure_on < Delegation.arrival_on)
        .order_by(Delegation.id)
    )
    return [
        f"delegation {id_} '{title}' departs on {departure}, before it arrives on {arrival}"
        for id_, title, arrival, departure in rows
    ]


def _itinerary_inside_dates(conn: Connection) -> list[str]:
    """Items are stored in UTC with the zone where they happen; the owner's dates are local."""
    owners = [
        ("delegation", ItineraryItem.delegation_id, Delegation, "arrival_on", "departure_on"),
        ("programme", ItineraryItem.programme_id, ExchangeProgramme, "starts_on", "ends_on"),
    ]
    messages = []
    for owner_name, owner_id, owner, first, last in owners:
        rows = conn.execute(
            select(
                ItineraryItem.id,
                ItineraryItem.title,
                ItineraryItem.starts_at,
                ItineraryItem.ends_at,
                ItineraryItem.timezone,
                owner.id,
                getattr(owner, first),
                getattr(owner, last),
            )
            .join(owner, owner.id == owner_id)
            .order_by(ItineraryItem.id)
        )
        for item_id, title, starts_at, ends_at, zone, parent_id, first_day, last_day in rows:
            try:
                tz = ZoneInfo(zone)
            except (ZoneInfoNotFoundError, ValueError):
                messages.append(f"itinerary item {item_id} '{title}' has unknown zone '{zone}'")
                continue
            start = starts_at.astimezone(tz)
            end = ends_at.astimezone(tz)
            end_day = end.date()
            if end.time() == dt.time(0) and end > start:
                end_day -= dt.timedelta(days=1)  # ending at midnight belongs to the day before
            if start.date() < first_day or end_day > last_day:
                messages.append(
                    f"itinerary item {item_id} '{title}' ({start:%Y-%m-%d %H:%M} to "
                    f"{end:%Y-%m-%d %H:%M} {zone}) lies outside {owner_name} {parent_id}'s dates "
                    f"{first_day} to {last_day}"
                )
    return messages


def _allocations_within_contribution(conn: Connection) -> list[str]:
    allocated = func.sum(Allocation.amount)
    rows = conn.execute(
        select(Contribution.id, Contribution.amount, Contribution.currency, allocated)
        .join(Allocation, Allocation.contribution_id == Contribution.id)
        .group_by(Contribution.id, Contribution.amount, Contribution.currency)
        .having(allocated > Contribution.amount)
        .order_by(Contribution.id)
    )
    return [
        f"contribution {id_} gave {amount} {currency} but {total} {currency} of it is "
        "allocated to shipments"
        for id_, amount, currency, total in rows
    ]


def _partnership_cities(conn: Connection) -> list[str]:
    rows = conn.execute(
        select(Partnership.id, Partnership.city_a_id)
        .where(Partnership.city_a_id == Partnership.city_b_id)
        .order_by(Partnership.id)
    )
    return [f"partnership {id_} joins city {city} with itself" for id_, city in rows]


def _partnership_history(conn: Connection) -> list[str]:
    """The latest recorded step of a partnership's history is its current status."""
    latest = (
        select(
            PartnershipStatusChange.partnership_id,
            type_coerce(PartnershipStatusChange.to_status, String).label("to_status"),
            func.row_number()
            .over(
                partition_by=PartnershipStatusChange.partnership_id,
                order_by=(
                    PartnershipStatusChange.changed_on.desc(),
                    PartnershipStatusChange.id.desc(),
                ),
            )
            .label("n"),
        )
    ).subquery()
    status = type_coerce(Partnership.status, String)
    rows = conn.execute(
        select(Partnership.id, status, latest.c.to_status)
        .join(latest, latest.c.partnership_id == Partnership.id)
        .where(latest.c.n == 1, latest.c.to_status != status)
        .order_by(Partnership.id)
    )
    return [
        f"partnership {id_} is '{current}' but its history last records '{recorded}'"
        for id_, current, recorded in rows
    ]


_SHIPMENT_ORDER = {
    status.value: rank
    for rank, status in enumerate(
        [
            ShipmentStatus.PLANNED,
            ShipmentStatus.PACKED,
            ShipmentStatus.DISPATCHED,
            ShipmentStatus.IN_TRANSIT,
            ShipmentStatus.DELIVERED,
            ShipmentStatus.CONFIRMED,
        ]
    )
}


def _shipment_history(conn: Connection) -> list[str]:
    """Forward only, or to 'lost' before 'confirmed'; any step back is a recorded reversal;
    and the shipment's status is the last step of its history."""
    status = type_coerce(ShipmentStatusChange.status, String)
    rows = conn.execute(
        select(
            ShipmentStatusChange.shipment_id,
            ShipmentStatusChange.id,
            status,
            ShipmentStatusChange.occurred_on,
            ShipmentStatusChange.is_reversal,
            Shipment.reference,
            type_coerce(Shipment.status, String),
        )
        .join(Shipment, Shipment.id == ShipmentStatusChange.shipment_id)
        .order_by(
            ShipmentStatusChange.shipment_id,
            ShipmentStatusChange.occurred_on,
            ShipmentStatusChange.id,
        )
    ).all()
    messages = []
    for index, (shipment_id, change_id, to, on, reversal, reference, current) in enumerate(rows):
        name = f"shipment {shipment_id} '{reference}'"
        if to not in _SHIPMENT_ORDER and to != ShipmentStatus.LOST:
            messages.append(f"{name} records an unknown status '{to}' (change {change_id})")
            continue
        previous = rows[index - 1] if index and rows[index - 1][0] == shipment_id else None
        if previous is not None and not reversal and not _moves_forward(previous[2], to):
            messages.append(
                f"{name} goes back from '{previous[2]}' to '{to}' on {on} without a recorded "
                f"reversal (change {change_id})"
            )
        is_last = index + 1 == len(rows) or rows[index + 1][0] != shipment_id
        if is_last and current != to:
            messages.append(f"{name} is '{current}' but its history last records '{to}'")
    return messages


def _moves_forward(before: str, after: str) -> bool:
    if after == ShipmentStatus.LOST:
        return before not in (ShipmentStatus.CONFIRMED, ShipmentStatus.LOST)
    if before == ShipmentStatus.LOST or before not in _SHIPMENT_ORDER:
        return False  # a lost shipment that turns up is corrected by a reversal
    return _SHIPMENT_ORDER[after] >= _SHIPMENT_ORDER[before]


def _room_capacity(conn: Connection) -> list[str]:
    occupants = func.count(RoomOccupant.person_id)
    rows = conn.execute(
        select(Room.id, Room.label, Room.capacity, occupants)
        .join(RoomOccupant, RoomOccupant.room_id == Room.id)
        .group_by(Room.id, Room.label, Room.capacity)
        .having(occupants > Room.capacity)
        .order_by(Room.id)
    )
    return [
        f"room {id_} '{label}' sleeps {capacity} but has {count} occupants"
        for id_, label, capacity, count in rows
    ]


_ACTIVE_PLACEMENTS = [PlacementStatus.ACCEPTED.value, PlacementStatus.CONFIRMED.value]


def _host_family_capacity(conn: Connection) -> list[str]:
    placed = func.count(Placement.id)
    rows = conn.execute(
        select(
            HostFamily.id, HostFamily.name, HostFamily.capacity, Participant.programme_id, placed
        )
        .join(Placement, Placement.host_family_id == HostFamily.id)
        .join(Participant, Participant.id == Placement.participant_id)
        .where(type_coerce(Placement.status, String).in_(_ACTIVE_PLACEMENTS))
        .group_by(HostFamily.id, HostFamily.name, HostFamily.capacity, Participant.programme_id)
        .having(placed > HostFamily.capacity)
        .order_by(HostFamily.id)
    )
    return [
        f"host family {id_} '{name}' has {count} beds' worth of placements in programme "
        f"{programme} but only {capacity} beds"
        for id_, name, capacity, programme, count in rows
    ]


def _minor_consent(conn: Connection) -> list[str]:
    """A minor's placement is confirmed only with a guardian's consent on record."""
    has_consent = select(Consent.id).where(Consent.participant_id == Participant.id).exists()
    rows = conn.execute(
        select(
            Participant.id,
            Person.given_name,
            Person.family_name,
            PersonSensitive.date_of_birth,
            ExchangeProgramme.starts_on,
        )
        .join(Placement, Placement.participant_id == Participant.id)
        .join(Person, Person.id == Participant.person_id)
        .join(PersonSensitive, PersonSensitive.person_id == Person.id)
        .join(ExchangeProgramme, ExchangeProgramme.id == Participant.programme_id)
        .where(
            type_coerce(Placement.status, String) == PlacementStatus.CONFIRMED.value,
            PersonSensitive.date_of_birth.is_not(None),
            ~has_consent,
        )
        .distinct()
        .order_by(Participant.id)
    )
    return [
        f"participant {id_} ({given} {family}) is under 18 at the start of the programme and "
        "has a confirmed placement but no guardian's consent on record"
        for id_, given, family, born, starts in rows
        if _age_on(born, starts) < 18
    ]


def _age_on(born: dt.date, day: dt.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


RULES: list[tuple[str, Callable[[Connection], list[str]]]] = [
    ("rules", _check_constraints),
    ("delegations", _delegation_dates),
    ("itineraries", _itinerary_inside_dates),
    ("partnerships", _partnership_cities),
    ("partnerships", _partnership_history),
    ("aid", _allocations_within_contribution),
    ("aid", _shipment_history),
    ("accommodation", _room_capacity),
    ("exchanges", _host_family_capacity),
    ("exchanges", _minor_consent),
]
