"""The shipment workflow: planned → packed → dispatched → in transit → delivered → confirmed,
or lost from any step before confirmed.

A status only moves forward (skipping a step is allowed: not every committee records
"packed"); nobody edits the history. A mistake is corrected by a *reversal*: a new entry, with
a note saying why, that takes the shipment back to the step before the latest one. History
entries are dated, and a new entry is never dated before the latest one, so the history read in
date order is the order things were recorded in (``exchangedesk check`` relies on that).

An entry's status is where the shipment stands after it: a reversal records the status the
shipment returns to, so the latest entry always says the current status.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from exchangedesk.domain.enums import ShipmentStatus, label
from exchangedesk.domain.errors import ValidationError

S = ShipmentStatus
FORWARD = (S.PLANNED, S.PACKED, S.DISPATCHED, S.IN_TRANSIT, S.DELIVERED, S.CONFIRMED)
REACHED_CITY = frozenset({S.DELIVERED, S.CONFIRMED})  # the goods are in the partner city
FINISHED = frozenset({S.CONFIRMED, S.LOST})  # nothing more can happen without a reversal
# Still to do something about: the home page lists these (delivered ones await confirmation).
OPEN = frozenset(FORWARD) - FINISHED
ON_THE_WAY = OPEN - REACHED_CITY  # not yet in the partner city
_RANK = {status: rank for rank, status in enumerate(FORWARD)}


@dataclass(frozen=True)
class Step:
    """One entry of a shipment's history, as far as the workflow cares."""

    status: ShipmentStatus
    occurred_on: dt.date
    is_reversal: bool = False


def next_statuses(current: ShipmentStatus) -> tuple[ShipmentStatus, ...]:
    """Where a shipment can go from ``current`` without a reversal, in workflow order."""
    if current in FINISHED:
        return ()
    return (*FORWARD[_RANK[current] + 1 :], S.LOST)


def check_advance(current: ShipmentStatus, to: ShipmentStatus, field: str = "to_status") -> None:
    """Refuse a move that is not forward (or to lost before confirmed), in words."""
    if to in next_statuses(current):
        return
    if to == current:
        raise ValidationError(field, f"The shipment is already {label(current).lower()}.")
    if current == S.CONFIRMED:
        why = "its delivery is confirmed"
    elif current == S.LOST:
        why = "it is recorded as lost"
    else:
        why = f"it cannot go back from {label(current).lower()} to {label(to).lower()}"
    raise ValidationError(
        field,
        f"The shipment cannot be marked {label(to).lower()}: {why}. "
        "To correct a mistake, record a reversal with a note saying why.",
    )


def check_step_date(history: Sequence[Step], on: dt.date, field: str = "on_date") -> None:
    """A new entry may not be dated before the latest entry of the history."""
    if history and on < history[-1].occurred_on:
        latest = history[-1]
        what = "the reversal" if latest.is_reversal else f"'{label(latest.status).lower()}'"
        raise ValidationError(
            field,
            f"{on.isoformat()} is before the latest step of the shipment's history "
            f"({what} on {latest.occurred_on.isoformat()}); dates cannot go back in time.",
        )


def effective_steps(history: Iterable[Step]) -> list[Step]:
    """The steps still standing once reversals have taken back the steps they correct."""
    standing: list[Step] = []
    for step in history:
        if step.is_reversal:
            if len(standing) > 1:
                standing.pop()
        else:
            standing.append(step)
    return standing


def reversal_target(history: Sequence[Step], field: str = "shipment") -> ShipmentStatus:
    """The status a reversal returns the shipment to: the step before the latest standing one."""
    standing = effective_steps(history)
    if len(standing) < 2:
        raise ValidationError(
            field, "There is no step to reverse: the shipment is only planned so far."
        )
    return standing[-2].status


def reached_on(history: Iterable[Step], status: ShipmentStatus) -> dt.date | None:
    """When the standing history says the shipment reached ``status`` (None if it has not)."""
    for step in effective_steps(history):
        if step.status == status:
            return step.occurred_on
    return None
