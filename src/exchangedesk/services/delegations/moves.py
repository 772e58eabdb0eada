"""Moving a whole delegation by a number of days ("the visit is a week later").

The delegation's dates and its members' own dates always move. With ``with_items`` the
programme moves too: itinerary items, transport legs and accommodation dates. Times move by
calendar days on the wall clock of where they happen, not by 24-hour steps in UTC: a 10:00
meeting in London is still at 10:00 a week later, across a change to or from summer time.

Without ``with_items``, a move that would leave items outside the new dates (items that lie
inside the visit now) is refused with a message saying how many, so the window can ask the
user whether the items should move along.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchangedesk.db.models import Accommodation, DelegationMember, ItineraryItem, TransportLeg
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.delegations.detail import DelegationDetail, audit, load_detail
from exchangedesk.services.delegations.edits import load_for_edit

# Far enough for any real re-planning, short of a typo ("700" for "7").
MAX_DAYS = 3660


@dataclass(frozen=True)
class MovedDelegation:
    detail: DelegationDetail
    days: int
    with_items: bool
    items_moved: int  # itinerary items, legs and lodgings moved with the visit


def _zone(name: str) -> dt.tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def shift_instant(instant: dt.datetime, zone_name: str, days: int) -> dt.datetime:
    """The same wall-clock time ``days`` later where it happens, back in UTC."""
    zone = _zone(zone_name)
    if instant.tzinfo is None:  # stored as UTC
        instant = instant.replace(tzinfo=dt.UTC)
    local = instant.astimezone(zone).replace(tzinfo=None) + dt.timedelta(days=days)
    return local.replace(tzinfo=zone).astimezone(dt.UTC)


def _local_day(instant: dt.datetime, zone_name: str) -> dt.date:
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=dt.UTC)
    return instant.astimezone(_zone(zone_name)).date()


def _inside(first: dt.date, last: dt.date, start: dt.date, end: dt.date) -> bool:
    return first <= start and end <= last


def _planned(session: Session, delegation_id: int) -> tuple[list, list, list]:
    items = list(
        session.scalars(select(ItineraryItem).where(ItineraryItem.delegation_id == delegation_id))
    )
    legs = list(
        session.scalars(select(TransportLeg).where(TransportLeg.delegation_id == delegation_id))
    )
    lodgings = list(
        session.scalars(select(Accommodation).where(Accommodation.delegation_id == delegation_id))
    )
    return items, legs, lodgings


def _spans(items: list, legs: list, lodgings: list) -> list[tuple[dt.date, dt.date]]:
    spans = [
        (_local_day(i.starts_at, i.timezone), _local_day(i.ends_at, i.timezone)) for i in items
    ]
    spans += [
        (
            _local_day(leg.departs_at, leg.departure_timezone),
            _local_day(leg.arrives_at, leg.arrival_timezone),
        )
        for leg in legs
    ]
    spans += [(lodging.check_in_on, lodging.check_out_on) for lodging in lodgings]
    return spans


def move_delegation(
    database: Database,
    delegation_id: int,
    days: int,
    *,
    with_items: bool,
    expected_version: int,
) -> MovedDelegation:
    """Move the visit ``days`` days (negative: earlier), its programme along if ``with_items``."""
    if not isinstance(days, int) or isinstance(days, bool):
        raise ValidationError("days", "Give the number of days as a whole number.")
    if days == 0:
        raise ValidationError("days", "Moving by 0 days changes nothing; give a number of days.")
    if abs(days) > MAX_DAYS:
        raise ValidationError("days", f"{days} days is more than ten years; check the number.")
    with database.unit_of_work() as session:
        delegation = load_for_edit(session, delegation_id, expected_version)
        step = dt.timedelta(days=days)
        first, last = delegation.arrival_on, delegation.departure_on
        new_first, new_last = first + step, last + step
        items, legs, lodgings = _planned(session, delegation_id)
        if not with_items:
            left_out = sum(
                1
                for start, end in _spans(items, legs, lodgings)
                if _inside(first, last, start, end) and not _inside(new_first, new_last, start, end)
            )
            if left_out:
                raise ValidationError(
                    "with_items",
                    f"{left_out} programme item{'s' if left_out > 1 else ''} (itinerary, travel "
                    f"or lodging) would fall outside the new dates {new_first:%d %b} – "
                    f"{new_last:%d %b %Y}. Move the programme with the visit, or leave the "
                    "dates as they are.",
                )
        delegation.arrival_on, delegation.departure_on = new_first, new_last
        for member in session.scalars(
            select(DelegationMember).where(DelegationMember.delegation_id == delegation_id)
        ):
            if member.arrival_on is not None:
                member.arrival_on += step
            if member.departure_on is not None:
                member.departure_on += step
        moved = 0
        if with_items:
            for item in items:
                item.starts_at = shift_instant(item.starts_at, item.timezone, days)
                item.ends_at = shift_instant(item.ends_at, item.timezone, days)
            for leg in legs:
                leg.departs_at = shift_instant(leg.departs_at, leg.departure_timezone, days)
                leg.arrives_at = shift_instant(leg.arrives_at, leg.arrival_timezone, days)
            for lodging in lodgings:
                lodging.check_in_on += step
                lodging.check_out_on += step
            moved = len(items) + len(legs) + len(lodgings)
        session.flush()
        audit(
            session,
            "move",
            delegation_id,
            f"Moved by {days} day{'s' if abs(days) != 1 else ''}"
            + (f" with {moved} programme entries" if with_items else " (programme kept)"),
        )
        return MovedDelegation(load_detail(session, delegation_id), days, with_items, moved)
