"""Conflict rules for one delegation's or exchange programme's plan, over plain data.

Nothing here reads the database: :mod:`exchangedesk.services.delegations.conflicts` loads a :class:`Plan`
and :func:`find_conflicts` returns :class:`Conflict` records a secretary can read. Keeping the
rules pure lets the tests compare them with a brute-force oracle on random itineraries.

Semantics every rule shares:
* an item is the half-open interval [start, end) of UTC instants, so touching items do not
  clash; a zero-length item is a moment and clashes only with an item it falls strictly inside;
* days are counted in the item's own zone (an item ending at 00:00 ends on the day before);
* a conflict's ``key`` is made of record ids only, so it stays the same between checks and an
  acceptance can refer to it; the key changes when the people or items involved change.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterable, Mapping

from exchangedesk.domain.conflict_records import (
    Acceptance,
    Conflict,
    ConflictKind,
    ConflictReport,
    HolidayRegion,
    Lodging,
    LodgingKind,
    Occupancy,
    Owner,
    OwnerKind,
    Plan,
    Severity,
    Slot,
    Stay,
    can_confirm,
    local_days,
    local_span,
    overlaps,
    zone_of,
)
from exchangedesk.domain.text import fold

__all__ = [
    "PASSPORT_VALIDITY_MONTHS",
    "Acceptance",
    "Conflict",
    "ConflictKind",
    "ConflictReport",
    "HolidayRegion",
    "Lodging",
    "LodgingKind",
    "Occupancy",
    "Owner",
    "OwnerKind",
    "Plan",
    "Severity",
    "Slot",
    "Stay",
    "can_confirm",
    "find_conflicts",
    "local_days",
    "local_span",
    "overlaps",
    "person_overlaps",
]

# Many countries (China and Russia among them) want a passport valid six months beyond the
# stay; Schengen asks for three. Warning at six covers them all.
PASSPORT_VALIDITY_MONTHS = 6

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_text(day: dt.date, today: dt.date) -> str:
    text = f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"
    return text if day.year == today.year else f"{text} {day.year}"


def _clock(moment: dt.datetime) -> str:
    text = moment.strftime("%H:%M")
    # In the hour the clocks go back the same wall time happens twice: say which one.
    if moment.replace(fold=1 - moment.fold).utcoffset() != moment.utcoffset():
        text += f" {moment.tzname()}"
    return text


def _zone_label(name: str) -> str:
    return f"{name.rsplit('/', 1)[-1].replace('_', ' ')} time"


def _span(slot: Slot, today: dt.date, *, with_day: bool, with_zone: bool) -> str:
    start, end = local_span(slot)
    first, last = local_days(slot)
    text = f"{_clock(start)}–{_clock(end)}"
    if last != first:  # across midnight: both days, always
        text = f"{day_text(first, today)} {_clock(start)} – {day_text(end.date(), today)} {_clock(end)}"
    elif with_day:
        text = f"{day_text(first, today)} {text}"
    return f"{text} {_zone_label(slot.timezone)}" if with_zone else text


@functools.lru_cache(maxsize=4096)  # an item clashing with many others is described once
def _item(slot: Slot, plan_owner: Owner, today: dt.date, *, day: bool, zone: bool) -> str:
    place = f"{slot.venue}, " if slot.venue else ""
    whose = f" in “{slot.owner.title}”" if slot.owner != plan_owner else ""
    return f"‘{slot.title}’{whose} ({place}{_span(slot, today, with_day=day, with_zone=zone)})"


def _pair(a: Slot, b: Slot, owner: Owner, today: dt.date) -> str:
    same_zone = a.timezone == b.timezone
    (a1, a2), (b1, b2) = local_days(a), local_days(b)
    if same_zone and a1 == a2 == b1 == b2:
        return (
            f"{_item(a, owner, today, day=False, zone=False)} and "
            f"{_item(b, owner, today, day=False, zone=False)} on {day_text(a1, today)}"
        )
    return (
        f"{_item(a, owner, today, day=True, zone=not same_zone)} and "
        f"{_item(b, owner, today, day=True, zone=not same_zone)}"
    )


# Names recur in conflict after conflict; folding each one once keeps big reports quick.
_name_order = functools.lru_cache(maxsize=4096)(fold)


def _names(people: Iterable[int], names: Mapping[int, str], *, most: int = 3) -> str:
    listed = sorted((names.get(p, f"person {p}") for p in people), key=_name_order)
    if len(listed) > most + 1:
        listed = [*listed[:most], f"{len(listed) - most} others"]
    return listed[0] if len(listed) == 1 else f"{', '.join(listed[:-1])} and {listed[-1]}"


def _ids(prefix: str, ids: Iterable[int]) -> str:
    return f"{prefix}-{'.'.join(str(i) for i in sorted(ids))}"


def _start(slot: Slot) -> tuple[dt.datetime, int]:
    return slot.starts_at, slot.item_id


# -- the rules -------------------------------------------------------------------------------


def person_overlaps(
    owner: Owner,
    items: Iterable[Slot],
    others: Iterable[Slot],
    names: Mapping[int, str],
    today: dt.date,
) -> list[Conflict]:
    """People in two items at once: one conflict per pair of items, naming everyone caught."""
    own = list(items)
    ours = {p for slot in own for p in slot.attendees}
    by_person: dict[int, dict[int, Slot]] = defaultdict(dict)
    for slot in [*own, *others]:
        for person in slot.attendees & ours:
            by_person[person][slot.item_id] = slot
    slots_by_id = {slot.item_id: slot for slot in [*own, *others]}
    caught: dict[tuple[int, int], set[int]] = defaultdict(set)
    for person, slots in by_person.items():
        active: list[Slot] = []
        for slot in sorted(slots.values(), key=_start):
            active = [a for a in active if a.ends_at > slot.starts_at]
            for earlier in active:
                if overlaps(earlier, slot) and owner in (earlier.owner, slot.owner):
                    caught[(earlier.item_id, slot.item_id)].add(person)
            active.append(slot)
    found = []
    for (a_id, b_id), people in sorted(caught.items(), key=lambda e: _start(slots_by_id[e[0][0]])):
        a, b = slots_by_id[a_id], slots_by_id[b_id]
        same = a.owner == b.owner
        kind = ConflictKind.DOUBLE_BOOKED if same else ConflictKind.TWO_PLACES
        verb = "is" if len(people) == 1 else "are"
        what = "booked for two items at once" if same else "in two places at once"
        found.append(
            Conflict(
                kind,
                Severity.ERROR,
                f"{kind}:{_ids('items', (a.item_id, b.item_id))}:{_ids('people', people)}",
                f"{_names(people, names)} {verb} {what}: {_pair(a, b, owner, today)}.",
                people=tuple(sorted(people)),
                items=(a.item_id, b.item_id),
            )
        )
    return found


def dates_and_stays(plan: Plan) -> list[Conflict]:
    """Items outside the group's dates, unreadable zones, members down for items outside their
    own stay, and attendees who are not (or no longer) members."""
    found: list[Conflict] = []
    wrong_day: set[int] = set()
    late: dict[int, list[Slot]] = defaultdict(list)
    strangers: dict[int, list[Slot]] = defaultdict(list)
    span = f"{day_text(plan.first_day, plan.today)} – {day_text(plan.last_day, plan.today)}"
    for slot in sorted(plan.items, key=_start):
        text = functools.partial(_item, slot, plan.owner, plan.today, day=True, zone=False)
        if zone_of(slot.timezone) is None:
            found.append(
                Conflict(
                    ConflictKind.UNKNOWN_ZONE,
                    Severity.ERROR,
                    f"unknown_zone:item-{slot.item_id}",
                    f"{text()} has no valid time zone ('{slot.timezone}'), so its times are "
                    "shown as UTC. Choose the zone of the place where it happens.",
                    items=(slot.item_id,),
                )
            )
        first, last = local_days(slot)
        if first < plan.first_day or last > plan.last_day:
            wrong_day.add(slot.item_id)
            found.append(
                Conflict(
                    ConflictKind.OUTSIDE_VISIT,
                    Severity.ERROR,
                    f"outside_visit:item-{slot.item_id}",
                    f"{text()} is outside the {plan.owner.noun}'s dates ({span}).",
                    people=tuple(sorted(slot.attendees)),
                    items=(slot.item_id,),
                )
            )
        for person in slot.attendees:
            stay = plan.members.get(person)
            if stay is None:
                strangers[person].append(slot)
            elif (
                stay.own
                and slot.item_id not in wrong_day
                and (first < stay.arrives_on or last > stay.departs_on)
            ):
                late[person].append(slot)
    for person, slots in late.items():
        stay = plan.members[person]
        found.append(
            Conflict(
                ConflictKind.OUTSIDE_STAY,
                Severity.ERROR,
                f"outside_stay:person-{person}:{_ids('items', (s.item_id for s in slots))}",
                f"{_names([person], plan.names)} is with the group only from "
                f"{day_text(stay.arrives_on, plan.today)} to {day_text(stay.departs_on, plan.today)} "
                f"but is down for {_list(slots, plan)}.",
                people=(person,),
                items=tuple(s.item_id for s in slots),
            )
        )
    for person, slots in strangers.items():
        found.append(
            Conflict(
                ConflictKind.NOT_A_MEMBER,
                Severity.ERROR,
                f"not_a_member:person-{person}:{_ids('items', (s.item_id for s in slots))}",
                f"{_names([person], plan.names)} is listed for {_list(slots, plan)} but is not "
                f"a member of this {plan.owner.noun}: add them, or take them off the item.",
                people=(person,),
                items=tuple(s.item_id for s in slots),
            )
        )
    return found


def _list(slots: list[Slot], plan: Plan, *, day: bool = True) -> str:
    texts = [_item(s, plan.owner, plan.today, day=day, zone=False) for s in slots]
    return texts[0] if len(texts) == 1 else f"{', '.join(texts[:-1])} and {texts[-1]}"


def _nights(occupancy: Occupancy) -> tuple[dt.date, dt.date]:
    # A day room (checking out the day it checks in) still takes the bed for that day.
    leave = max(occupancy.check_out_on, occupancy.check_in_on + dt.timedelta(days=1))
    return occupancy.check_in_on, leave


def lodging_conflicts(plan: Plan) -> list[Conflict]:
    """Rooms and host families with more people than beds on some night (occupancy is per
    stay), and people given two beds on the same night."""
    found = []
    for lodging in plan.lodgings:
        crowded: dict[dt.date, set[int]] = {}
        stays = [(o.person_id, *_nights(o)) for o in lodging.occupancies]
        for night in sorted({n for _, first, leave in stays for n in _dates(first, leave)}):
            here = {p for p, first, leave in stays if first <= night < leave}
            if len(here) > lodging.capacity:
                crowded[night] = here
        if crowded:
            people = set().union(*crowded.values())
            first, last = min(crowded), max(crowded)
            when = (
                f"night of {day_text(first, plan.today)}"
                if first == last
                else f"nights from {day_text(first, plan.today)} to {day_text(last, plan.today)}"
            )
            found.append(
                Conflict(
                    ConflictKind.OVER_CAPACITY,
                    Severity.ERROR,
                    f"over_capacity:{lodging.kind}-{lodging.id}",
                    f"{lodging.label[:1].upper()}{lodging.label[1:]} has beds for "
                    f"{lodging.capacity} but {max(len(h) for h in crowded.values())} people on "
                    f"the {when}: {_names(people, plan.names, most=6)}.",
                    people=tuple(sorted(people)),
                    **_lodging_ids([lodging]),
                )
            )
    beds: dict[int, list[tuple[Lodging, dt.date, dt.date]]] = defaultdict(list)
    for lodging in plan.lodgings:
        for occupancy in lodging.occupancies:
            beds[occupancy.person_id].append((lodging, *_nights(occupancy)))
    for person, held in beds.items():
        for i, (one, in_a, out_a) in enumerate(held):
            for two, in_b, out_b in held[i + 1 :]:
                if one is two or not (in_a < out_b and in_b < out_a):
                    continue
                first, last = max(in_a, in_b), min(out_a, out_b) - dt.timedelta(days=1)
                pair = sorted([one, two], key=lambda lodging: (lodging.kind, lodging.id))
                found.append(
                    Conflict(
                        ConflictKind.TWO_BEDS,
                        Severity.WARNING,
                        f"two_beds:person-{person}:"
                        + ":".join(f"{lodging.kind}-{lodging.id}" for lodging in pair),
                        f"{_names([person], plan.names)} has two beds on the same nights "
                        f"({day_text(first, plan.today)} to {day_text(last, plan.today)}): "
                        f"{pair[0].label} and {pair[1].label}.",
                        people=(person,),
                        **_lodging_ids(pair),
                    )
                )
    return found


def _dates(first: dt.date, leave: dt.date) -> Iterable[dt.date]:
    return (first + dt.timedelta(days=n) for n in range((leave - first).days))


def _lodging_ids(lodgings: Iterable[Lodging]) -> dict[str, tuple[int, ...]]:
    return {
        "rooms": tuple(x.id for x in lodgings if x.kind is LodgingKind.ROOM),
        "host_families": tuple(x.id for x in lodgings if x.kind is LodgingKind.HOST_FAMILY),
    }


def venue_clashes(plan: Plan) -> list[Conflict]:
    """The same venue (names compared folded) used by another group at an overlapping time."""
    elsewhere: dict[str, list[Slot]] = defaultdict(list)
    for slot in plan.nearby:
        if slot.venue and slot.owner != plan.owner:
            elsewhere[fold(slot.venue)].append(slot)
    found = []
    for slot in sorted(plan.items, key=_start):
        for other in sorted(elsewhere.get(fold(slot.venue), ()), key=_start):
            if overlaps(slot, other):
                found.append(
                    Conflict(
                        ConflictKind.VENUE_TAKEN,
                        Severity.WARNING,
                        f"venue_taken:item-{slot.item_id}:item-{other.item_id}",
                        f"{slot.venue} is used by two groups at once: "
                        f"{_pair(slot, other, plan.owner, plan.today)}.",
                        items=(slot.item_id, other.item_id),
                    )
                )
    return found


def holiday_conflicts(plan: Plan) -> list[Conflict]:
    """Items on a public holiday of either country; country-years without a calendar are
    reported as information rather than passed over in silence."""
    on_holiday: dict[tuple[HolidayRegion, dt.date], list[Slot]] = defaultdict(list)
    unknown: dict[tuple[HolidayRegion, int], list[Slot]] = defaultdict(list)
    for slot in sorted(plan.items, key=_start):
        first, last = local_days(slot)
        for day in (first + dt.timedelta(days=n) for n in range((last - first).days + 1)):
            for region in plan.regions:
                calendar = plan.holidays.get((region, day.year))
                if not calendar:
                    if slot not in unknown[(region, day.year)]:
                        unknown[(region, day.year)].append(slot)
                elif day in calendar:
                    on_holiday[(region, day)].append(slot)
    found = []
    for (region, day), slots in sorted(on_holiday.items(), key=lambda e: (e[0][1], e[0][0].code)):
        calendar = plan.holidays[(region, day.year)] or {}
        verb = "is" if len(slots) == 1 else "are"
        found.append(
            Conflict(
                ConflictKind.PUBLIC_HOLIDAY,
                Severity.WARNING,
                f"public_holiday:{region.code}:{day.isoformat()}",
                f"{day_text(day, plan.today)} is {calendar[day]}, a public holiday in "
                f"{region.name or region.code}: {_list(slots, plan, day=False)} {verb} planned "
                "that day.",
                items=tuple(s.item_id for s in slots),
            )
        )
    for (region, year), slots in sorted(unknown.items(), key=lambda e: (e[0][1], e[0][0].code)):
        found.append(
            Conflict(
                ConflictKind.HOLIDAYS_UNKNOWN,
                Severity.INFO,
                f"holidays_unknown:{region.code}:{year}",
                f"Holiday calendar unavailable for {region.code} {year}: public holidays in "
                f"{region.name or region.code} were not checked for {len(slots)} item(s).",
                items=tuple(s.item_id for s in slots),
            )
        )
    return found


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for last in (31, 30, 29, 28):  # the same day, or the month's last day if it is shorter
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def passport_conflicts(plan: Plan) -> list[Conflict]:
    """Passports that run out before the visit ends, or too soon after it. Only the expiry
    date is given to the rules, so no message can ever show a passport number."""
    if not plan.international or plan.last_day < plan.today:
        return []
    found, unknown = [], []
    for person, stay in sorted(plan.members.items()):
        expiry = plan.passports.get(person)
        if expiry is None:
            unknown.append(person)
            continue
        who, on = _names([person], plan.names), day_text(expiry, plan.today)
        until = add_months(stay.departs_on, PASSPORT_VALIDITY_MONTHS)
        if expiry < stay.departs_on:
            verb = "expired" if expiry < plan.today else "expires"
            when = (
                f"before the {plan.owner.noun} begins ({day_text(stay.arrives_on, plan.today)})"
                if expiry < stay.arrives_on
                else f"before the {plan.owner.noun} ends ({day_text(stay.departs_on, plan.today)})"
            )
            kind, severity, text = (
                ConflictKind.PASSPORT_EXPIRES,
                Severity.ERROR,
                f"{who}'s passport {verb} on {on}, {when}.",
            )
        elif expiry < until:
            kind, severity, text = (
                ConflictKind.PASSPORT_VALIDITY,
                Severity.WARNING,
                f"{who}'s passport expires on {on}, less than {PASSPORT_VALIDITY_MONTHS} months "
                f"after the {plan.owner.noun} ends ({day_text(stay.departs_on, plan.today)}); "
                "many countries refuse entry or a visa on a passport that runs out that soon.",
            )
        else:
            continue
        key = f"{kind}:person-{person}:{expiry.isoformat()}"
        found.append(Conflict(kind, severity, key, text, people=(person,)))
    if unknown:
        found.append(
            Conflict(
                ConflictKind.PASSPORT_UNKNOWN,
                Severity.INFO,
                f"passport_unknown:{_ids('people', unknown)}",
                f"No passport expiry is recorded for {_names(unknown, plan.names, most=6)}, so "
                "their passports were not checked.",
                people=tuple(unknown),
            )
        )
    return found


_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def find_conflicts(plan: Plan) -> list[Conflict]:
    """Every conflict of the plan, errors first, each group in the order of the programme."""
    found = [
        *person_overlaps(plan.owner, plan.items, plan.others, plan.names, plan.today),
        *dates_and_stays(plan),
        *lodging_conflicts(plan),
        *venue_clashes(plan),
        *holiday_conflicts(plan),
        *passport_conflicts(plan),
    ]
    return sorted(found, key=lambda c: _RANK[c.severity])
