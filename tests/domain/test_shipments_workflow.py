"""The shipment workflow: forward only (or to lost before confirmed), dates never going back,
and reversals that correct a step without editing the history."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from exchangedesk.domain.enums import ShipmentStatus as S
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.shipments import (
    FORWARD,
    Step,
    check_advance,
    check_step_date,
    effective_steps,
    next_statuses,
    reached_on,
    reversal_target,
)

DAY = dt.date(1943, 1, 1)


@pytest.mark.parametrize(("before", "after"), list(itertools.combinations(FORWARD, 2)))
def test_every_forward_move_is_allowed_even_skipping_steps(before: S, after: S) -> None:
    check_advance(before, after)
    assert after in next_statuses(before)


@pytest.mark.parametrize(("after", "before"), list(itertools.combinations(FORWARD, 2)))
def test_every_move_backwards_is_refused_and_points_to_a_reversal(after: S, before: S) -> None:
    with pytest.raises(ValidationError) as caught:
        check_advance(before, after)
    assert caught.value.field == "to_status"
    assert "reversal" in caught.value.message


@pytest.mark.parametrize("before", [s for s in FORWARD if s != S.CONFIRMED])
def test_lost_may_follow_any_step_before_confirmed(before: S) -> None:
    check_advance(before, S.LOST)


@pytest.mark.parametrize("after", [*FORWARD, S.LOST])
def test_nothing_follows_confirmed_or_lost_without_a_reversal(after: S) -> None:
    for finished in (S.CONFIRMED, S.LOST):
        with pytest.raises(ValidationError):
            check_advance(finished, after)
    assert next_statuses(S.CONFIRMED) == next_statuses(S.LOST) == ()


def test_the_same_status_again_is_refused_in_words() -> None:
    with pytest.raises(ValidationError, match="already packed"):
        check_advance(S.PACKED, S.PACKED)


def test_a_step_may_not_be_dated_before_the_latest_entry() -> None:
    history = [Step(S.PLANNED, DAY), Step(S.PACKED, DAY + dt.timedelta(days=3))]
    check_step_date(history, DAY + dt.timedelta(days=3))  # the same day is fine
    with pytest.raises(ValidationError) as caught:
        check_step_date(history, DAY + dt.timedelta(days=2))
    assert caught.value.field == "on_date"
    assert "1943-01-04" in caught.value.message


def test_reversals_take_back_the_latest_standing_step_one_at_a_time() -> None:
    history = [
        Step(S.PLANNED, DAY),
        Step(S.PACKED, DAY),
        Step(S.DISPATCHED, DAY),
        Step(S.PACKED, DAY, is_reversal=True),
    ]
    assert [s.status for s in effective_steps(history)] == [S.PLANNED, S.PACKED]
    assert reversal_target(history) == S.PLANNED
    history.append(Step(S.PLANNED, DAY, is_reversal=True))
    with pytest.raises(ValidationError, match="no step to reverse"):
        reversal_target(history)


def test_a_lost_shipment_found_again_goes_back_by_reversal() -> None:
    history = [Step(S.PLANNED, DAY), Step(S.IN_TRANSIT, DAY), Step(S.LOST, DAY)]
    assert reversal_target(history) == S.IN_TRANSIT


def test_reached_on_reads_the_standing_history_only() -> None:
    later = DAY + dt.timedelta(days=10)
    history = [
        Step(S.PLANNED, DAY),
        Step(S.DELIVERED, DAY),  # entered by mistake
        Step(S.PLANNED, later, is_reversal=True),
        Step(S.DELIVERED, later),
    ]
    assert reached_on(history, S.DELIVERED) == later
    assert reached_on(history, S.CONFIRMED) is None
