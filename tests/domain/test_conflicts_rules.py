"""The conflict rules on hand-made plans: one example per kind of conflict, the edges of the
interval semantics (touching, moments, across midnight, across clock changes) and the sentences
a secretary reads."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest

from exchangedesk.domain.conflicts import (
    Acceptance,
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
    add_months,  # not part of the rules' public names
    can_confirm,
    find_conflicts,
    local_days,
    person_overlaps,
)

VISIT = Owner(OwnerKind.DELEGATION, 1, "Teachers from Volgograd")
PUPILS = Owner(OwnerKind.PROGRAMME, 7, "Dresden pupils")
CHOIR = Owner(OwnerKind.DELEGATION, 2, "Choir from Kiel")
TODAY = dt.date(2027, 1, 4)
NAMES = {1: "Olga Petrova", 2: "Ivan Kuznetsov", 3: "Anna Orlova", 4: "Pyotr Sokolov"}
LONDON, VOLGOGRAD, CHICAGO, SHANGHAI = (
    "Europe/London",
    "Europe/Volgograd",
    "America/Chicago",
    "Asia/Shanghai",
)


def slot(
    item_id: int,
    day: dt.date,
    start: str,
    end: str,
    *,
    zone: str = LONDON,
    people: tuple[int, ...] = (1,),
    owner: Owner = VISIT,
    title: str | None = None,
    venue: str | None = None,
    end_day: dt.date | None = None,
    start_fold: int = 0,
    end_fold: int = 0,
) -> Slot:
    """An item written as the wall clock where it happens, as the secretary types it."""
    where = ZoneInfo(zone)
    starts = dt.datetime.combine(day, dt.time.fromisoformat(start), where).replace(fold=start_fold)
    ends = dt.datetime.combine(end_day or day, dt.time.fromisoformat(end), where)
    return Slot(
        item_id,
        owner,
        title or f"Item {item_id}",
        starts.astimezone(dt.UTC),
        ends.replace(fold=end_fold).astimezone(dt.UTC),
        zone,
        venue,
        frozenset(people),
    )


def plan(*items: Slot, **fields: object) -> Plan:
    first = fields.pop("first_day", dt.date(2027, 1, 11))
    last = fields.pop("last_day", dt.date(2027, 1, 15))
    members = fields.pop("members", {p: Stay(p, first, last) for p in NAMES})
    fields.setdefault("international", False)  # passports have tests of their own
    return Plan(
        owner=VISIT,
        first_day=first,  # type: ignore[arg-type]
        last_day=last,  # type: ignore[arg-type]
        today=TODAY,
        names=NAMES,
        members=members,  # type: ignore[arg-type]
        items=items,
        **fields,  # type: ignore[arg-type]
    )


TUE = dt.date(2027, 1, 12)


def kinds(found: list) -> list[ConflictKind]:
    return [c.kind for c in found]


# -- people in two places ------------------------------------------------------------------------


def test_a_person_in_two_places_reads_like_the_secretary_would_say_it():
    cathedral = slot(10, TUE, "10:00", "12:00", title="Visit to the cathedral", venue="Coventry")
    students = slot(
        20,
        TUE,
        "11:00",
        "12:30",
        owner=PUPILS,
        title="Meeting with students",
        venue="Coventry",
    )
    [found] = find_conflicts(plan(cathedral, others=(students,)))
    assert found.kind is ConflictKind.TWO_PLACES
    assert found.severity is Severity.ERROR
    assert found.people == (1,) and found.items == (10, 20)
    assert found.key == "two_places:items-10.20:people-1"
    assert found.message == (
        "Olga Petrova is in two places at once: ‘Visit to the cathedral’ (Coventry, 10:00–12:00) "
        "and ‘Meeting with students’ in “Dresden pupils” (Coventry, 11:00–12:30) on Tue 12 Jan."
    )


def test_double_booking_in_one_itinerary_names_everyone_caught_in_one_record():
    first = slot(1, TUE, "09:00", "12:30", people=(1, 2, 3, 4), title="University")
    second = slot(2, TUE, "12:00", "13:00", people=(2, 3), title="Lunch")
    [found] = find_conflicts(plan(first, second))
    assert found.kind is ConflictKind.DOUBLE_BOOKED
    assert found.people == (2, 3)
    assert found.message.startswith(
        "Anna Orlova and Ivan Kuznetsov are booked for two items at once:"
    )


def test_touching_items_do_not_clash_and_a_moment_clashes_only_strictly_inside():
    morning = slot(1, TUE, "10:00", "11:00")
    touching = slot(2, TUE, "11:00", "12:00")
    photo_inside = slot(3, TUE, "10:30", "10:30")
    photo_at_the_end = slot(4, TUE, "11:00", "11:00")
    found = person_overlaps(
        VISIT, [morning, touching, photo_inside, photo_at_the_end], [], NAMES, TODAY
    )
    assert [c.items for c in found] == [(1, 3)]


def test_items_of_other_groups_clash_only_with_ours():
    ours = slot(1, TUE, "10:00", "11:00", people=(1,))
    theirs_a = slot(2, TUE, "09:00", "12:00", owner=CHOIR, people=(1,))
    theirs_b = slot(3, TUE, "09:30", "12:00", owner=PUPILS, people=(1,))
    found = person_overlaps(VISIT, [ours], [theirs_a, theirs_b], NAMES, TODAY)
    # the choir's and the pupils' items overlap each other too, but that is not this visit's to fix
    assert sorted(tuple(sorted(c.items)) for c in found) == [(1, 2), (1, 3)]
    assert {c.kind for c in found} == {ConflictKind.TWO_PLACES}


def test_across_midnight_both_days_are_named():
    late = slot(1, TUE, "22:00", "01:00", end_day=TUE + dt.timedelta(days=1), title="Night train")
    early = slot(2, TUE + dt.timedelta(days=1), "00:30", "02:00", title="Arrival")
    [found] = find_conflicts(plan(late, early))
    assert "‘Night train’ (Tue 12 Jan 22:00 – Wed 13 Jan 01:00)" in found.message
    assert "‘Arrival’ (Wed 13 Jan 00:30–02:00)" in found.message


def test_an_item_ending_at_midnight_ends_on_its_own_day():
    dinner = slot(1, dt.date(2027, 1, 15), "21:00", "00:00", end_day=dt.date(2027, 1, 16))
    assert local_days(dinner) == (dt.date(2027, 1, 15), dt.date(2027, 1, 15))
    assert find_conflicts(plan(dinner)) == []


def test_the_hour_that_happens_twice_is_compared_as_instants():
    # 25 October 2026: London's clocks go back at 02:00 BST, so 01:00-02:00 happens twice.
    day = dt.date(2026, 10, 25)
    first_time = slot(1, day, "01:00", "01:30", title="First")  # BST
    second_time = slot(2, day, "01:10", "01:40", title="Second", start_fold=1, end_fold=1)  # GMT
    found = person_overlaps(VISIT, [first_time, second_time], [], NAMES, day)
    assert found == []  # the wall clocks overlap, the instants do not
    # 00:50 BST (23:50 UTC) to the second 01:20, in GMT (01:20 UTC): around the first item
    overlapping = slot(3, day, "00:50", "01:20", title="Third", end_fold=1)
    [clash] = person_overlaps(VISIT, [first_time, overlapping], [], NAMES, day)
    assert clash.items == (3, 1)
    # the message says which of the two 01:20s it means
    assert "01:20 GMT" in clash.message and "01:00 BST" in clash.message


def test_the_spring_gap_and_two_zones():
    # 29 March 2026: London jumps from 01:00 GMT to 02:00 BST; 01:30 is not a real local time
    # and zoneinfo reads it as 01:30 GMT (02:30 BST).
    day = dt.date(2026, 3, 29)
    overnight = slot(1, day, "00:30", "03:00", title="Overnight coach")  # 00:30 to 02:00 UTC
    in_the_gap = slot(2, day, "01:30", "01:45", title="Gap")
    volgograd = slot(3, day, "04:59", "06:00", zone=VOLGOGRAD, title="Call to Volgograd")
    after = slot(4, day, "05:00", "06:00", zone=VOLGOGRAD, title="After")  # 02:00 UTC: touches
    found = person_overlaps(VISIT, [overnight, in_the_gap, volgograd, after], [], NAMES, day)
    assert sorted(c.items for c in found) == [(1, 2), (1, 3), (3, 4)]
    [cross_zone] = [c for c in found if c.items == (1, 3)]
    assert "London time" in cross_zone.message and "Volgograd time" in cross_zone.message
    [gap] = [c for c in found if c.items == (1, 2)]
    assert "‘Gap’ (02:30–02:45)" in gap.message


# -- dates and stays -----------------------------------------------------------------------------


def test_items_outside_the_visit_are_judged_by_their_own_local_day():
    before = slot(1, dt.date(2027, 1, 10), "18:00", "19:00", title="Too early")
    chicago_evening = slot(2, dt.date(2027, 1, 15), "20:00", "21:00", zone=CHICAGO)  # 16th UTC
    shanghai_morning = slot(3, dt.date(2027, 1, 11), "07:00", "08:00", zone=SHANGHAI)  # 10th UTC
    spills_over = slot(4, dt.date(2027, 1, 15), "23:00", "00:30", end_day=dt.date(2027, 1, 16))
    found = find_conflicts(plan(before, chicago_evening, shanghai_morning, spills_over))
    assert [(c.kind, c.items) for c in found] == [
        (ConflictKind.OUTSIDE_VISIT, (1,)),
        (ConflictKind.OUTSIDE_VISIT, (4,)),
    ]
    assert found[0].message == (
        "‘Too early’ (Sun 10 Jan 18:00–19:00) is outside the visit's dates "
        "(Mon 11 Jan – Fri 15 Jan)."
    )


def test_a_member_down_for_items_after_leaving_early():
    members = {p: Stay(p, dt.date(2027, 1, 11), dt.date(2027, 1, 15)) for p in NAMES}
    members[2] = Stay(2, dt.date(2027, 1, 11), dt.date(2027, 1, 13), own=True)
    thursday = slot(1, dt.date(2027, 1, 14), "10:00", "11:00", people=(1, 2), title="Museum")
    friday = slot(2, dt.date(2027, 1, 15), "10:00", "11:00", people=(1, 2), title="Farewell")
    wednesday = slot(3, dt.date(2027, 1, 13), "10:00", "11:00", people=(1, 2))
    [found] = find_conflicts(plan(thursday, friday, wednesday, members=members))
    assert found.kind is ConflictKind.OUTSIDE_STAY
    assert found.key == "outside_stay:person-2:items-1.2"
    assert found.message == (
        "Ivan Kuznetsov is with the group only from Mon 11 Jan to Wed 13 Jan but is down for "
        "‘Museum’ (Thu 14 Jan 10:00–11:00) and ‘Farewell’ (Fri 15 Jan 10:00–11:00)."
    )


def test_an_attendee_who_is_no_longer_a_member():
    members = {1: Stay(1, dt.date(2027, 1, 11), dt.date(2027, 1, 15))}
    item = slot(5, TUE, "10:00", "11:00", people=(1, 3))
    [found] = find_conflicts(plan(item, members=members))
    assert (found.kind, found.people, found.items) == (ConflictKind.NOT_A_MEMBER, (3,), (5,))
    assert "is not a member of this visit" in found.message


def test_an_item_in_a_zone_that_does_not_exist():
    item = Slot(
        9,
        VISIT,
        "Mystery",
        dt.datetime(2027, 1, 12, 10, tzinfo=dt.UTC),
        dt.datetime(2027, 1, 12, 11, tzinfo=dt.UTC),
        "Mars/Olympus_Mons",
    )
    [found] = find_conflicts(plan(item))
    assert found.kind is ConflictKind.UNKNOWN_ZONE and "Mars/Olympus_Mons" in found.message


# -- rooms and host families ---------------------------------------------------------------------


def test_a_room_over_capacity_for_the_stay():
    room = Lodging(
        LodgingKind.ROOM,
        203,
        "room 203 at Cathedral Quarter Hotel",
        2,
        tuple(Occupancy(p, dt.date(2027, 1, 11), dt.date(2027, 1, 15)) for p in (1, 2, 3)),
    )
    [found] = find_conflicts(plan(lodgings=(room,)))
    assert (found.kind, found.rooms, found.people) == (
        ConflictKind.OVER_CAPACITY,
        (203,),
        (1, 2, 3),
    )
    assert found.message == (
        "Room 203 at Cathedral Quarter Hotel has beds for 2 but 3 people on the nights from "
        "Mon 11 Jan to Thu 14 Jan: Anna Orlova, Ivan Kuznetsov and Olga Petrova."
    )


def test_a_host_family_counts_guests_night_by_night():
    jan = dt.date(2027, 1, 1)
    family = Lodging(
        LodgingKind.HOST_FAMILY,
        4,
        "the Bennett family (host family)",
        2,
        (
            Occupancy(1, jan.replace(day=10), jan.replace(day=14)),
            Occupancy(2, jan.replace(day=10), jan.replace(day=12)),
            Occupancy(3, jan.replace(day=12), jan.replace(day=16)),  # arrives as 2 leaves
        ),
    )
    assert find_conflicts(plan(lodgings=(family,))) == []
    crowded = replace(
        family,
        occupancies=(*family.occupancies, Occupancy(4, jan.replace(day=13), jan.replace(day=14))),
    )
    [found] = find_conflicts(plan(lodgings=(crowded,)))
    assert found.host_families == (4,) and found.people == (1, 3, 4)
    assert "on the night of Wed 13 Jan" in found.message
    assert found.message.startswith("The Bennett family (host family) has beds for 2 but 3")


def test_one_person_with_two_beds_on_the_same_nights():
    hotel = Lodging(
        LodgingKind.ROOM,
        1,
        "room 1 at the Hotel",
        1,
        (Occupancy(1, TUE, TUE + dt.timedelta(days=2)),),
    )
    family = Lodging(
        LodgingKind.HOST_FAMILY,
        2,
        "the Smiths",
        2,
        (Occupancy(1, TUE + dt.timedelta(days=1), TUE + dt.timedelta(days=5)),),
    )
    [found] = find_conflicts(plan(lodgings=(hotel, family)))
    assert found.kind is ConflictKind.TWO_BEDS and found.severity is Severity.WARNING
    assert (found.rooms, found.host_families) == ((1,), (2,))
    assert "(Wed 13 Jan to Wed 13 Jan)" in found.message


# -- venues --------------------------------------------------------------------------------------


def test_a_venue_used_by_another_group_at_the_same_time():
    ours = slot(1, TUE, "19:30", "21:30", venue="Coventry Cathedral", title="Songs")
    split_group = slot(2, TUE, "19:30", "21:30", venue="Coventry Cathedral", people=(2,))
    choir = slot(3, TUE, "21:00", "22:00", owner=CHOIR, venue="  coventry   CATHEDRAL", people=(4,))
    after = slot(4, TUE, "21:30", "22:30", owner=PUPILS, venue="Coventry Cathedral", people=())
    found = find_conflicts(plan(ours, split_group, nearby=(choir, after)))
    assert [(c.kind, c.items) for c in found] == [
        (ConflictKind.VENUE_TAKEN, (1, 3)),
        (ConflictKind.VENUE_TAKEN, (2, 3)),
    ]
    assert found[0].message.startswith("Coventry Cathedral is used by two groups at once: ‘Songs’")


# -- holidays ------------------------------------------------------------------------------------

RUSSIA = HolidayRegion("RU", None, "Russia")
ENGLAND = HolidayRegion("GB", "ENG", "the United Kingdom")


def test_an_item_on_a_public_holiday_and_a_country_year_without_a_calendar():
    victory = slot(1, dt.date(2026, 5, 9), "10:00", "12:00", title="Parade")
    old = slot(2, dt.date(1945, 4, 12), "10:00", "12:00", title="Hospital visit")
    holidays = {
        (RUSSIA, 2026): {dt.date(2026, 5, 9): "Victory Day"},
        (ENGLAND, 2026): {dt.date(2026, 5, 4): "May Day"},
        (ENGLAND, 1945): {dt.date(1945, 12, 25): "Christmas Day"},
        (RUSSIA, 1945): None,
    }
    found = find_conflicts(
        plan(
            victory,
            old,
            first_day=dt.date(1945, 4, 1),
            last_day=dt.date(2026, 5, 10),
            regions=(ENGLAND, RUSSIA),
            holidays=holidays,
            international=False,
        )
    )
    assert [(c.kind, c.severity, c.key) for c in found] == [
        (ConflictKind.PUBLIC_HOLIDAY, Severity.WARNING, "public_holiday:RU:2026-05-09"),
        (ConflictKind.HOLIDAYS_UNKNOWN, Severity.INFO, "holidays_unknown:RU:1945"),
    ]
    assert found[0].message == (
        "Sat 9 May 2026 is Victory Day, a public holiday in Russia: ‘Parade’ (10:00–12:00) is "
        "planned that day."
    )
    assert found[1].message.startswith("Holiday calendar unavailable for RU 1945")


def test_an_item_across_midnight_into_a_holiday():
    night = slot(1, dt.date(2026, 5, 8), "22:00", "01:00", end_day=dt.date(2026, 5, 9))
    found = find_conflicts(
        plan(
            night,
            first_day=dt.date(2026, 5, 8),
            last_day=dt.date(2026, 5, 9),
            regions=(RUSSIA,),
            holidays={(RUSSIA, 2026): {dt.date(2026, 5, 9): "Victory Day"}},
            international=False,
        )
    )
    assert [c.key for c in found] == ["public_holiday:RU:2026-05-09"]


# -- passports -----------------------------------------------------------------------------------


def passport_plan(expiries: dict[int, dt.date | None], **fields: object) -> Plan:
    return plan(
        first_day=dt.date(2027, 5, 4),
        last_day=dt.date(2027, 5, 8),
        members={p: Stay(p, dt.date(2027, 5, 4), dt.date(2027, 5, 8)) for p in (1, 2, 3, 4)},
        passports=expiries,
        **{"international": True, **fields},
    )


def test_passports_that_expire_before_or_soon_after_the_visit():
    found = find_conflicts(
        passport_plan(
            {
                1: dt.date(2027, 5, 6),  # during the visit
                2: dt.date(2027, 11, 7),  # one day short of six months after
                3: dt.date(2027, 11, 8),  # six months to the day: fine
            }
        )
    )
    assert [(c.kind, c.severity, c.people) for c in found] == [
        (ConflictKind.PASSPORT_EXPIRES, Severity.ERROR, (1,)),
        (ConflictKind.PASSPORT_VALIDITY, Severity.WARNING, (2,)),
        (ConflictKind.PASSPORT_UNKNOWN, Severity.INFO, (4,)),
    ]
    assert found[0].message == (
        "Olga Petrova's passport expires on Thu 6 May, before the visit ends (Sat 8 May)."
    )
    assert found[0].key == "passport_expires:person-1:2027-05-06"
    assert "less than 6 months after the visit ends" in found[1].message


def test_an_already_expired_passport_and_the_cases_not_checked():
    expired = find_conflicts(passport_plan({1: dt.date(2026, 12, 1)}))
    assert expired[0].message.startswith(
        "Olga Petrova's passport expired on Tue 1 Dec 2026, before the visit begins"
    )
    assert find_conflicts(passport_plan({1: dt.date(2026, 12, 1)}, international=False)) == []
    past = replace(passport_plan({1: dt.date(2026, 12, 1)}), today=dt.date(2027, 6, 1))
    assert find_conflicts(past) == []


def test_months_are_added_the_way_passport_rules_count_them():
    assert add_months(dt.date(2027, 8, 31), 6) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2027, 8, 31), 18) == dt.date(2029, 2, 28)
    assert add_months(dt.date(2027, 7, 15), 6) == dt.date(2028, 1, 15)


# -- the report ----------------------------------------------------------------------------------


def test_confirming_waits_for_every_error_and_warning_but_not_for_information():
    conflicts = find_conflicts(passport_plan({1: dt.date(2027, 5, 6), 2: dt.date(2027, 11, 7)}))
    report = ConflictReport(VISIT, tuple(conflicts))
    assert not can_confirm(report)
    assert len(report.blocking) == 2
    accepted = Acceptance("secretary", dt.datetime(2027, 1, 4, tzinfo=dt.UTC), "new passport due")
    report = ConflictReport(
        VISIT, tuple(replace(c, accepted=accepted) if c.blocking else c for c in conflicts)
    )
    assert can_confirm(report)  # only the information about unknown passports is left
    assert report.for_person(1)[0].kind is ConflictKind.PASSPORT_EXPIRES
    assert report.find("passport_expires:person-1:2027-05-06") is not None
    assert report.find("nothing") is None


@pytest.mark.parametrize("owner", [VISIT, PUPILS])
def test_the_group_is_named_as_what_it_is(owner):
    item = slot(1, dt.date(2027, 1, 20), "10:00", "11:00", owner=owner)
    found = find_conflicts(replace(plan(), owner=owner, items=(item,)))
    assert f"outside the {'visit' if owner is VISIT else 'programme'}'s dates" in found[0].message


def test_every_kind_has_a_heading():
    assert all(kind.title for kind in ConflictKind)
    assert ConflictKind.TWO_PLACES.title == "In two places at once"
