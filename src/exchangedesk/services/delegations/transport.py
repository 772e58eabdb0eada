"""A delegation's journeys: flights, trains and coaches, each leg leaving and arriving in the
zone of its own station or airport (a flight from Volgograd at 06:40 Volgograd time lands in
Istanbul at 09:05 Istanbul time).

Times are naive local readings like the itinerary's (see
:mod:`exchangedesk.services.delegations.local_time`): a time the clocks skip is refused, an
ambiguous one means the first occurrence unless ``fold=1``. Arriving before leaving (as
instants) is refused. The schema records how many seats are booked, not who sits in them, so a
leg lists no travellers; legs carry no version, so the last save wins.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from exchangedesk.db.models import TransportLeg
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.common.editing import editing, existing
from exchangedesk.services.delegations.local_time import text, to_local, to_utc, zone
from exchangedesk.services.delegations.status import ensure_editable

__all__ = [
    "LegFields",
    "LegRow",
    "create_leg",
    "delete_leg",
    "legs",
    "update_leg",
]


@dataclass(frozen=True)
class LegFields:
    from_place: str
    to_place: str
    departs: dt.datetime  # naive, on the clocks where it leaves
    departure_timezone: str
    arrives: dt.datetime  # naive, on the clocks where it arrives
    arrival_timezone: str
    carrier: str | None = None
    number: str | None = None
    seats: int | None = None
    booking_reference: str | None = None


@dataclass(frozen=True)
class LegRow:
    id: int
    delegation_id: int
    from_place: str
    to_place: str
    departs_at: dt.datetime  # aware, in the departure zone
    departure_timezone: str
    arrives_at: dt.datetime  # aware, in the arrival zone
    arrival_timezone: str
    carrier: str | None
    number: str | None
    seats: int | None
    booking_reference: str | None

    @property
    def duration(self) -> dt.timedelta:
        return self.arrives_at.astimezone(dt.UTC) - self.departs_at.astimezone(dt.UTC)

    def fields(self) -> LegFields:
        return LegFields(
            self.from_place,
            self.to_place,
            self.departs_at.replace(tzinfo=None, fold=self.departs_at.fold),
            self.departure_timezone,
            self.arrives_at.replace(tzinfo=None, fold=self.arrives_at.fold),
            self.arrival_timezone,
            self.carrier,
            self.number,
            self.seats,
            self.booking_reference,
        )


def _values(fields: LegFields) -> dict[str, object]:
    zone(fields.departure_timezone, "departure_timezone")
    zone(fields.arrival_timezone, "arrival_timezone")
    departs_at = to_utc(fields.departs, fields.departure_timezone, "departs")
    arrives_at = to_utc(fields.arrives, fields.arrival_timezone, "arrives")
    if arrives_at < departs_at:
        raise ValidationError(
            "arrives",
            "It arrives before it leaves (compare in the two zones: "
            f"{fields.departure_timezone} and {fields.arrival_timezone}).",
        )
    seats = fields.seats
    if seats is not None and (isinstance(seats, bool) or not isinstance(seats, int) or seats < 0):
        raise ValidationError("seats", "Give the number of seats as a whole number, 0 or more.")
    return {
        "from_place": text(fields.from_place, "from_place", required=True, longest=200),
        "to_place": text(fields.to_place, "to_place", required=True, longest=200),
        "departs_at": departs_at,
        "departure_timezone": fields.departure_timezone.strip(),
        "arrives_at": arrives_at,
        "arrival_timezone": fields.arrival_timezone.strip(),
        "carrier": text(fields.carrier, "carrier", longest=200),
        "number": text(fields.number, "number", longest=40),
        "seats": seats,
        "booking_reference": text(fields.booking_reference, "booking_reference", longest=60),
    }


def create_leg(database: Database, delegation_id: int, fields: LegFields) -> LegRow:
    with editing(database) as session:
        ensure_editable(session, delegation_id)
        record = TransportLeg(delegation_id=delegation_id, **_values(fields))
        session.add(record)
        session.flush()
        return _row(record)


def update_leg(database: Database, leg_id: int, fields: LegFields) -> LegRow:
    with editing(database) as session:
        record = existing(session, TransportLeg, leg_id, "Transport leg")
        ensure_editable(session, record.delegation_id)
        for name, value in _values(fields).items():
            setattr(record, name, value)
        session.flush()
        return _row(record)


def delete_leg(database: Database, leg_id: int) -> LegRow:
    """Remove a leg; returns it as it was, so an undo can create it again."""
    with editing(database) as session:
        record = existing(session, TransportLeg, leg_id, "Transport leg")
        ensure_editable(session, record.delegation_id)
        gone = _row(record)
        session.delete(record)
        return gone


def legs(database: Database, delegation_id: int) -> tuple[LegRow, ...]:
    """The delegation's legs in order of departure."""
    with database.reading() as session:
        records = session.scalars(
            select(TransportLeg)
            .where(TransportLeg.delegation_id == delegation_id)
            .order_by(TransportLeg.departs_at, TransportLeg.id)
        ).all()
        return tuple(_row(r) for r in records)


def _row(record: TransportLeg) -> LegRow:
    return LegRow(
        record.id,
        record.delegation_id,
        record.from_place,
        record.to_place,
        to_local(record.departs_at, record.departure_timezone),
        record.departure_timezone,
        to_local(record.arrives_at, record.arrival_timezone),
        record.arrival_timezone,
        record.carrier,
        record.number,
        record.seats,
        record.booking_reference,
    )
