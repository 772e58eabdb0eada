"""Property-based tests: the conflict rules against brute-force oracles on random small
itineraries in several zones, on days when the clocks change, with everyone or some attending.

The oracles are written the slow, obvious way: every pair of items per person compared as UTC
timestamps; every quarter hour of an item looked up in its own zone."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangedesk.domain.conflicts import (
    ConflictKind,
    Owner,
    OwnerKind,
    Plan,
    Slot,
    Stay,
    find_conflicts,
    person_overlaps,
)

ZONES = ("Europe/London", "Europe/Volgograd", "Asia/Shanghai", "America/Chicago", "UTC")
# Days around clock changes: London and Chicago in spring and autumn 2026, and ordinary days.
DAYS = (
    dt.date(2026, 3, 8),
    dt.date(2026, 3, 28),
    dt.date(2026, 3, 29),
    dt.date(2026, 10, 25),
    dt.date(2026, 11, 1),
    dt.date(2026, 7, 1),
)
OURS = Owner(OwnerKind.DELEGATION, 1, "Our visit")
GROUPS = (
    OURS,
    Owner(OwnerKind.DELEGATION, 2, "Another visit"),
    Owner(OwnerKind.PROGRAMME, 3, "Exchange"),
)
PEOPLE = range(1, 6)
NAMES = {p: f"Person {p}" for p in PEOPLE}


@st.composite
def itineraries(draw: st.DrawFn) -> list[Slot]:
    """Up to 12 items of three groups; each group has its own members, and an item is attended
    by all of them or by a listed subset (which may include people outside the group)."""
    members = {
        group: draw(st.frozensets(st.sampled_from(PEOPLE), min_size=1, max_size=5))
        for group in GROUPS
    }
    slots = []
    for item_id in range(1, draw(st.integers(1, 12)) + 1):
        group = draw(st.sampled_from(GROUPS))
        zone = draw(st.sampled_from(ZONES))
        day = draw(st.sampled_from(DAYS)) + dt.timedelta(days=draw(st.integers(-1, 1)))
        # Few distinct times and lengths, and often the very instant another item starts or
        # ends (shown in any zone), so that items touch, coincide and nest.
        minute = draw(st.integers(0, 23)) * 60 + draw(st.sampled_from((0, 30)))
        # fold 1 picks the second of a repeated wall time (the autumn hour)
        start = dt.datetime.combine(day, dt.time(minute // 60, minute % 60), ZoneInfo(zone))
        start = start.replace(fold=draw(st.integers(0, 1))).astimezone(dt.UTC)
        if slots and draw(st.booleans()):
            earlier = draw(st.sampled_from(slots))
            start = draw(st.sampled_from((earlier.starts_at, earlier.ends_at)))
        minutes = draw(st.sampled_from((0, 30, 60, 90, 120, 180, 600)))
        length = dt.timedelta(minutes=minutes)  # up to ten hours, or a moment
        everyone = draw(st.booleans())
        attendees = (
            members[group] if everyone else draw(st.frozensets(st.sampled_from(PEOPLE), max_size=5))
        )
        slots.append(
            Slot(item_id, group, f"Item {item_id}", start, start + length, zone, None, attendees)
        )
    return slots


def oracle(slots: list[Slot]) -> set[tuple[ConflictKind, int, frozenset[int]]]:
    """Every (kind, person, pair of items) clash involving one of our items, by brute force."""
    found = set()
    for person in PEOPLE:
        attended = [s for s in slots if person in s.attendees]
        for a, b in itertools.combinations(attended, 2):
            if OURS not in (a.owner, b.owner):
                continue
            a0, a1 = a.starts_at.timestamp(), a.ends_at.timestamp()
            b0, b1 = b.starts_at.timestamp(), b.ends_at.timestamp()
            if a0 < b1 and b0 < a1:
                kind = ConflictKind.DOUBLE_BOOKED if a.owner == b.owner else ConflictKind.TWO_PLACES
                found.add((kind, person, frozenset({a.item_id, b.item_id})))
    return found


def flatten(conflicts) -> set[tuple[ConflictKind, int, frozenset[int]]]:
    return {(c.kind, p, frozenset(c.items)) for c in conflicts for p in c.people}


@settings(max_examples=200, deadline=None)
@given(itineraries())
def test_person_overlaps_match_the_brute_force_oracle(slots):
    ours = [s for s in slots if s.owner == OURS]
    others = [s for s in slots if s.owner != OURS]
    found = person_overlaps(OURS, ours, others, NAMES, dt.date(2026, 1, 1))
    assert flatten(found) == oracle(slots)
    # one record per pair of items, each naming its people once
    assert len({frozenset(c.items) for c in found}) == len(found)
    assert all(len(set(c.people)) == len(c.people) > 0 for c in found)


@settings(max_examples=100, deadline=None)
@given(itineraries(), st.randoms(use_true_random=False))
def test_keys_do_not_depend_on_the_order_records_come_in(slots, shuffler: random.Random):
    ours = [s for s in slots if s.owner == OURS]
    others = [s for s in slots if s.owner != OURS]
    first = person_overlaps(OURS, ours, others, NAMES, dt.date(2026, 1, 1))
    shuffler.shuffle(ours)
    shuffler.shuffle(others)
    again = person_overlaps(OURS, ours, others, NAMES, dt.date(2026, 1, 1))
    assert sorted(c.key for c in first) == sorted(c.key for c in again)
    assert {c.key: c.message for c in first} == {c.key: c.message for c in again}


def local_dates_by_quarter_hours(slot: Slot) -> set[dt.date]:
    """The local dates an item touches, found by walking through it a quarter hour at a time."""
    zone = ZoneInfo(slot.timezone)
    moments = [slot.starts_at]
    step = slot.starts_at
    while step + dt.timedelta(minutes=15) < slot.ends_at:
        step += dt.timedelta(minutes=15)
        moments.append(step)
    if slot.ends_at > slot.starts_at:
        moments.append(slot.ends_at - dt.timedelta(microseconds=1))
    return {m.astimezone(zone).date() for m in moments}


@settings(max_examples=150, deadline=None)
@given(itineraries(), st.sampled_from(DAYS), st.integers(0, 2))
def test_items_outside_the_visit_match_their_local_days(slots, first_day, length):
    last_day = first_day + dt.timedelta(days=length)
    ours = tuple(s for s in slots if s.owner == OURS)
    everyone = frozenset(PEOPLE)
    plan = Plan(
        owner=OURS,
        first_day=first_day,
        last_day=last_day,
        today=dt.date(2026, 1, 1),
        names=NAMES,
        members={p: Stay(p, first_day, last_day) for p in everyone},
        items=ours,
        international=False,
    )
    flagged = {c.items[0] for c in find_conflicts(plan) if c.kind is ConflictKind.OUTSIDE_VISIT}
    expected = {
        s.item_id
        for s in ours
        if any(not first_day <= d <= last_day for d in local_dates_by_quarter_hours(s))
    }
    assert flagged == expected
