"""The programme day by day: the days of a visit, the items of one day, copying a day's items
onto another day and moving an item to a new start.

A day is a local calendar day in each item's own zone: an item at 23:00–01:00 belongs to both
days it touches, and one ending exactly at midnight only to the first (as the conflict rules
count days). Copies keep the local clock times — 10:00 Volgograd time stays 10:00 Volgograd
time on the new day, even across a change of the clocks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import delete, select

from exchangedesk.db.models import Delegation, ItineraryItem
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.common.editing import editing
from exchangedesk.services.delegations.itinerary import (
    ItineraryItemRow,
    add_item,
    get_item,
    item_rows,
    update_item,
)
from exchangedesk.services.delegations.local_time import to_local, to_utc
from exchangedesk.services.delegations.status import ensure_editable

__all__ = [
    "VisitDay",
    "day_items",
    "delete_items",
    "duplicate_day",
    "move_item",
    "visit_days",
]

# Zones run from UTC−12 to UTC+14: a UTC window this much wider than a day catches every item
# that touches that local day anywhere.
_MARGIN = dt.timedelta(hours=15)


@dataclass(frozen=True)
class VisitDay:
    day: dt.date
    items: int  # how many items touch it
    in_visit: bool  # between arrival and departure


def _local_days(row: ItineraryItemRow) -> tuple[dt.date, dt.date]:
    first = row.starts_at.date()
    if row.duration <= dt.timedelta(0):
        return first, first
    return first, (row.ends_at - dt.timedelta(microseconds=1)).date()


def _touches(row: ItineraryItemRow, day: dt.date) -> bool:
    first, last = _local_days(row)
    return first <= day <= last


def visit_days(database: Database, delegation_id: int) -> tuple[VisitDay, ...]:
    """Arrival to departure, plus any other day an item touches (shown, not hidden)."""
    with database.reading() as session:
        delegation = session.get(Delegation, delegation_id)
        if delegation is None:
            raise ValidationError("delegation", f"There is no delegation number {delegation_id}.")
        first, last = delegation.arrival_on, delegation.departure_on
    counts: dict[dt.date, int] = {}
    day = first
    while day <= last:
        counts[day] = 0
        day += dt.timedelta(days=1)
    for row in item_rows(database, delegation_id):
        start, end = _local_days(row)
        while start <= end:
            counts[start] = counts.get(start, 0) + 1
            start += dt.timedelta(days=1)
    return tuple(VisitDay(d, n, first <= d <= last) for d, n in sorted(counts.items()))


def day_items(database: Database, delegation_id: int, day: dt.date) -> tuple[ItineraryItemRow, ...]:
    """The items touching ``day`` (local to each item), in order of start."""
    since = dt.datetime.combine(day, dt.time(), dt.UTC) - _MARGIN
    until = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), dt.UTC) + _MARGIN
    rows = item_rows(database, delegation_id, since=since, until=until)
    return tuple(row for row in rows if _touches(row, day))


def duplicate_day(
    database: Database, delegation_id: int, source: dt.date, target: dt.date
) -> tuple[int, ...]:
    """Copy the items *starting* on ``source`` onto ``target`` at the same local times, with
    the same attendees; returns the new items' ids. All are copied or none (a time that does
    not exist on the target day is refused, naming the item)."""
    if source == target:
        raise ValidationError("target", "Choose a different day to copy the items onto.")
    shift = target - source
    rows = [r for r in day_items(database, delegation_id, source) if r.starts_at.date() == source]
    if not rows:
        raise ValidationError("source", f"There are no items starting on {source:%d %b %Y}.")
    with editing(database) as session:
        ensure_editable(session, delegation_id)
        created = []
        for row in rows:
            fields = row.fields()
            moved = replace(fields, start=fields.start + shift, end=fields.end + shift)
            try:
                created.append(add_item(session, delegation_id, moved).id)
            except ValidationError as exc:
                raise ValidationError(exc.field, f"“{row.title}”: {exc.message}") from None
        return tuple(created)


def delete_items(database: Database, delegation_id: int, item_ids: tuple[int, ...]) -> None:
    """Remove several items at once (undoing a duplicated day); all or none."""
    with editing(database) as session:
        ensure_editable(session, delegation_id)
        found = set(
            session.scalars(
                select(ItineraryItem.id).where(
                    ItineraryItem.id.in_(item_ids), ItineraryItem.delegation_id == delegation_id
                )
            )
        )
        missing = set(item_ids) - found
        if missing:
            raise ValidationError(
                "items", f"{len(missing)} of the items no longer exist; nothing was removed."
            )
        session.execute(delete(ItineraryItem).where(ItineraryItem.id.in_(item_ids)))


def move_item(
    database: Database,
    item_id: int,
    new_start: dt.datetime,
    *,
    expected_version: int,
    timezone: str | None = None,
) -> ItineraryItemRow:
    """Give an item a new local start (naive, in its zone or ``timezone``), keeping its
    duration as elapsed time: a two-hour item stays two hours long across a change of clocks."""
    current = get_item(database, item_id)
    zone_name = timezone or current.timezone
    end = to_local(to_utc(new_start, zone_name, "start") + current.duration, zone_name)
    moved = replace(
        current.fields(),
        start=new_start,
        end=end.replace(tzinfo=None, fold=end.fold),
        timezone=zone_name,
    )
    return update_item(database, item_id, moved, expected_version=expected_version)
