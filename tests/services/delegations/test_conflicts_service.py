"""Conflict checks on a migrated database: what is loaded for a delegation or a programme (other
delegations and exchanges, rooms, host families, passports, holidays), acceptances in the audit
log, the demo's deliberate passport problems, and a query count that does not grow with the
size of the delegation."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event, func, select

from exchangedesk.db import models as m
from exchangedesk.db.session import Database
from exchangedesk.domain.conflicts import ConflictKind, Severity
from exchangedesk.domain.enums import Direction, PlacementStatus
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.text import search_key
from exchangedesk.services.delegations.conflicts import (
    accept_conflict,
    accept_programme_conflict,
    can_confirm,
    delegation_conflicts,
    programme_conflicts,
    withdraw_acceptance,
)

LONDON = "Europe/London"
TODAY = dt.date(2026, 3, 2)
MAY = dt.date(2026, 5, 4)  # a Monday, and May Day in England
TUESDAY = dt.date(2026, 5, 5)  # a working day in both countries


class Register:
    """Writes just the records a test needs; every method returns the new record's id."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.cities: dict[str, int] = {}

    def _add(self, record):
        with self.database.unit_of_work() as session:
            session.add(record)
            session.flush()
            return record.id

    def partnership(self, a=("Coventry", "GB", "England"), b=("Volgograd", "RU", None)) -> int:
        ids = [self._city(*city) for city in (a, b)]
        return self._add(m.Partnership(city_a_id=ids[0], city_b_id=ids[1]))

    def _city(self, name: str, country: str, region: str | None) -> int:
        if name not in self.cities:
            self.cities[name] = self._add(
                m.City(name=name, country_code=country, region=region, search_key=search_key(name))
            )
        return self.cities[name]

    def person(self, given: str, family: str) -> int:
        return self._add(
            m.Person(given_name=given, family_name=family, search_key=search_key(given, family))
        )

    def delegation(self, partnership, title, first, last, members=()) -> int:
        record = m.Delegation(
            partnership_id=partnership,
            direction=Direction.INCOMING,
            title=title,
            arrival_on=first,
            departure_on=last,
        )
        for member in members:
            person, arrives, departs = (
                (*member, None, None)[:3] if isinstance(member, tuple) else (member, None, None)
            )
            record.members.append(
                m.DelegationMember(person_id=person, arrival_on=arrives, departure_on=departs)
            )
        return self._add(record)

    def programme(self, partnership, title, first, last, participants=(), leaders=()) -> int:
        programme_id = self._add(
            m.ExchangeProgramme(
                partnership_id=partnership,
                title=title,
                direction=Direction.INCOMING,
                starts_on=first,
                ends_on=last,
            )
        )
        with self.database.unit_of_work() as session:
            session.add_all(
                m.Participant(programme_id=programme_id, person_id=p) for p in participants
            )
            session.add_all(
                m.ProgrammeLeader(programme_id=programme_id, person_id=p) for p in leaders
            )
        return programme_id

    def item(
        self, owner: dict, day, start, end, title="Item", *, zone=LONDON, attendees=None, venue=None
    ) -> int:
        where = ZoneInfo(zone)
        item_id = self._add(
            m.ItineraryItem(
                **owner,
                starts_at=dt.datetime.combine(day, dt.time.fromisoformat(start), where),
                ends_at=dt.datetime.combine(day, dt.time.fromisoformat(end), where),
                timezone=zone,
                title=title,
                venue=venue,
                all_attend=attendees is None,
            )
        )
        if attendees:
            with self.database.unit_of_work() as session:
                session.add_all(
                    m.ItineraryAttendee(item_id=item_id, person_id=p) for p in attendees
                )
        return item_id

    def hotel(self, delegation, check_in, check_out, rooms) -> list[int]:
        place = self._add(
            m.Accommodation(
                delegation_id=delegation,
                name="Cathedral Quarter Hotel",
                check_in_on=check_in,
                check_out_on=check_out,
            )
        )
        ids = []
        for label, capacity, occupants in rooms:
            room = self._add(m.Room(accommodation_id=place, label=label, capacity=capacity))
            with self.database.unit_of_work() as session:
                session.add_all(m.RoomOccupant(room_id=room, person_id=p) for p in occupants)
            ids.append(room)
        return ids

    def passport(self, person, number, expiry) -> None:
        with self.database.unit_of_work() as session:
            session.add(
                m.PersonSensitive(person_id=person, passport_number=number, passport_expiry=expiry)
            )


@pytest.fixture
def reg(database: Database) -> Register:
    return Register(database)


def by_kind(report, kind):
    return [c for c in report.conflicts if c.kind is kind]


def test_a_member_in_two_places_across_delegations_and_exchanges(database, reg):
    cv = reg.partnership()
    olga, ivan, anna = (
        reg.person("Olga", "Petrova"),
        reg.person("Ivan", "Kuznetsov"),
        reg.person("Anna", "Orlova"),
    )
    visit = reg.delegation(
        cv, "Teachers from Volgograd", MAY, MAY + dt.timedelta(days=4), [olga, ivan]
    )
    choir = reg.delegation(cv, "Choir", MAY, MAY + dt.timedelta(days=4), [olga, anna])
    school = reg.programme(
        cv, "Summer school", MAY, MAY + dt.timedelta(days=9), participants=[ivan], leaders=[olga]
    )
    tue = MAY + dt.timedelta(days=1)
    ours = reg.item(
        {"delegation_id": visit}, tue, "10:00", "12:00", "Cathedral", venue="Coventry Cathedral"
    )
    # everyone in the programme, leaders too
    lesson = reg.item({"programme_id": school}, tue, "11:00", "12:30", "Lesson")
    # the choir item only lists Anna: Olga is a choir member but not at this one
    rehearsal = reg.item(
        {"delegation_id": choir}, tue, "09:00", "13:00", "Rehearsal", attendees=[anna]
    )
    # the choir's concert for all its members: Olga, from 11:59
    concert = reg.item({"delegation_id": choir}, tue, "11:59", "13:00", "Concert")
    # touching the cathedral visit: no clash for the visit
    lunch = reg.item({"programme_id": school}, tue, "12:00", "13:00", "Lunch")

    report = delegation_conflicts(database, visit, today=TODAY)
    places = by_kind(report, ConflictKind.TWO_PLACES)
    assert {(c.items, c.people) for c in places} == {
        ((ours, lesson), tuple(sorted((olga, ivan)))),
        ((ours, concert), (olga,)),
    }
    assert rehearsal not in {i for c in report.conflicts for i in c.items}
    assert not can_confirm(report)
    [lesson_clash] = [c for c in places if lesson in c.items]
    assert lesson_clash.message == (
        "Ivan Kuznetsov and Olga Petrova are in two places at once: ‘Cathedral’ (Coventry "
        "Cathedral, 10:00–12:00) and ‘Lesson’ in “Summer school” (11:00–12:30) on Tue 5 May."
    )
    # the same clash, seen from the programme, and what Olga's choir concert does to it
    from_school = programme_conflicts(database, school, today=TODAY)
    assert {c.items for c in by_kind(from_school, ConflictKind.TWO_PLACES)} == {
        (ours, lesson),
        (lesson, concert),
        (concert, lunch),
    }


def test_dates_stays_members_and_double_bookings_in_one_itinerary(database, reg):
    cv = reg.partnership()
    olga, ivan, gone = (
        reg.person("Olga", "Petrova"),
        reg.person("Ivan", "Kuznetsov"),
        reg.person("Max", "Gone"),
    )
    last = MAY + dt.timedelta(days=4)
    visit = reg.delegation(cv, "Visit", MAY, last, [olga, (ivan, MAY, MAY + dt.timedelta(days=1))])
    owner = {"delegation_id": visit}
    early = reg.item(owner, MAY - dt.timedelta(days=1), "18:00", "19:00", "Too early")
    thursday = reg.item(owner, MAY + dt.timedelta(days=3), "10:00", "12:00", "Museum")
    both = reg.item(
        owner, MAY + dt.timedelta(days=3), "11:00", "12:00", "Press", attendees=[olga, gone]
    )
    report = delegation_conflicts(database, visit, today=TODAY)
    assert [c.items for c in by_kind(report, ConflictKind.OUTSIDE_VISIT)] == [(early,)]
    [stay] = by_kind(report, ConflictKind.OUTSIDE_STAY)
    assert (stay.people, stay.items) == ((ivan,), (thursday,))
    [stranger] = by_kind(report, ConflictKind.NOT_A_MEMBER)
    assert (stranger.people, stranger.items) == ((gone,), (both,))
    [double] = by_kind(report, ConflictKind.DOUBLE_BOOKED)
    assert (double.items, double.people) == ((thursday, both), (olga,))


def test_rooms_over_capacity_and_two_beds(database, reg):
    cv = reg.partnership()
    people = [reg.person("Guest", str(n)) for n in range(4)]
    visit = reg.delegation(cv, "Visit", MAY, MAY + dt.timedelta(days=4), people)
    double, single = reg.hotel(
        visit, MAY, MAY + dt.timedelta(days=4), [("203", 2, people[:3]), ("204", 1, [people[0]])]
    )
    report = delegation_conflicts(database, visit, today=TODAY)
    [crowded] = by_kind(report, ConflictKind.OVER_CAPACITY)
    assert crowded.rooms == (double,) and crowded.people == tuple(people[:3])
    assert crowded.message.startswith("Room 203 at Cathedral Quarter Hotel has beds for 2 but 3")
    [two] = by_kind(report, ConflictKind.TWO_BEDS)
    assert two.rooms == (double, single) and two.people == (people[0],)


def test_host_families_are_counted_across_programmes(database, reg):
    cv = reg.partnership()
    pupils = [reg.person("Pupil", str(n)) for n in range(3)]
    first = reg.programme(
        cv, "Spring exchange", MAY, MAY + dt.timedelta(days=9), participants=pupils[:2]
    )
    second = reg.programme(
        cv, "Choir exchange", MAY, MAY + dt.timedelta(days=9), participants=pupils[2:]
    )
    with database.unit_of_work() as session:
        family = m.HostFamily(name="The Bennett family", capacity=2)
        session.add(family)
        session.flush()
        participants = dict(
            session.execute(select(m.Participant.person_id, m.Participant.id)).all()
        )
        statuses = [PlacementStatus.CONFIRMED, PlacementStatus.ACCEPTED, PlacementStatus.SUGGESTED]
        for pupil, status in zip(pupils, statuses, strict=True):
            session.add(
                m.Placement(
                    participant_id=participants[pupil], host_family_id=family.id, status=status
                )
            )
    # a suggestion does not take a bed
    assert (
        by_kind(programme_conflicts(database, first, today=TODAY), ConflictKind.OVER_CAPACITY) == []
    )
    with database.unit_of_work() as session:
        session.execute(m.Placement.__table__.update().values(status=PlacementStatus.ACCEPTED))
    [crowded] = by_kind(
        programme_conflicts(database, first, today=TODAY), ConflictKind.OVER_CAPACITY
    )
    assert crowded.host_families == (family.id,) and set(crowded.people) == set(pupils)
    # the other programme sees the same family, full because of the first
    assert by_kind(programme_conflicts(database, second, today=TODAY), ConflictKind.OVER_CAPACITY)


def test_a_venue_used_by_another_group(database, reg):
    cv = reg.partnership()
    visit = reg.delegation(cv, "Visit", MAY, MAY + dt.timedelta(days=4))
    school = reg.programme(cv, "Summer school", MAY, MAY + dt.timedelta(days=4))
    ours = reg.item(
        {"delegation_id": visit}, MAY, "19:30", "21:30", "Songs", venue="Coventry Cathedral"
    )
    theirs = reg.item(
        {"programme_id": school}, MAY, "21:00", "22:00", "Recital", venue="COVENTRY  cathedral"
    )
    reg.item({"programme_id": school}, MAY, "21:30", "22:00", "Later", venue="Coventry Cathedral")
    [taken] = by_kind(delegation_conflicts(database, visit, today=TODAY), ConflictKind.VENUE_TAKEN)
    assert taken.items == (ours, theirs) and taken.severity is Severity.WARNING


def test_holidays_of_both_countries_and_a_year_without_a_calendar(database, reg):
    cv = reg.partnership()
    visit = reg.delegation(cv, "Visit", MAY, MAY + dt.timedelta(days=5))
    owner = {"delegation_id": visit}
    reg.item(owner, MAY, "12:30", "13:15", "Coach")  # May Day in England (not UK-wide)
    reg.item(owner, dt.date(2026, 5, 9), "10:00", "11:00", "Parade", zone="Europe/Volgograd")
    old = reg.delegation(
        cv, "Clementine Churchill in Stalingrad", dt.date(1945, 3, 30), dt.date(1945, 4, 6)
    )
    reg.item(
        {"delegation_id": old},
        dt.date(1945, 4, 4),  # not the 2nd: Easter Monday in England
        "10:00",
        "12:00",
        "Hospital",
        zone="Europe/Volgograd",
    )
    report = delegation_conflicts(database, visit, today=TODAY)
    may_day, victory_day = by_kind(report, ConflictKind.PUBLIC_HOLIDAY)
    assert may_day.key == "public_holiday:GB-ENG:2026-05-04"
    assert victory_day.key == "public_holiday:RU:2026-05-09"
    assert victory_day.message == (
        "Sat 9 May is Victory Day, a public holiday in Russia: ‘Parade’ (10:00–11:00) is planned "
        "that day."
    )
    [unknown] = delegation_conflicts(database, old, today=TODAY).conflicts
    assert unknown.severity is Severity.INFO
    assert unknown.message.startswith("Holiday calendar unavailable for RU 1945")
    assert can_confirm(delegation_conflicts(database, old, today=TODAY))


def test_passports_are_checked_by_expiry_alone_and_never_shown(database, reg):
    cv = reg.partnership()
    olga, ivan, anna = (
        reg.person("Olga", "Petrova"),
        reg.person("Ivan", "Kuznetsov"),
        reg.person("Anna", "Orlova"),
    )
    last = MAY + dt.timedelta(days=4)
    visit = reg.delegation(cv, "Visit", MAY, last, [olga, ivan, anna])
    reg.passport(olga, "75 SECRET 01", MAY + dt.timedelta(days=2))
    reg.passport(ivan, "75 SECRET 02", last + dt.timedelta(days=60))
    reg.passport(anna, "75 SECRET 03", last + dt.timedelta(days=3000))
    statements: list[str] = []
    event.listen(database.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    report = delegation_conflicts(database, visit, today=TODAY)
    assert [(c.kind, c.people) for c in report.conflicts] == [
        (ConflictKind.PASSPORT_EXPIRES, (olga,)),
        (ConflictKind.PASSPORT_VALIDITY, (ivan,)),
    ]
    assert not any("SECRET" in c.message for c in report.conflicts)
    assert any("passport_expiry" in s for s in statements)
    assert not any("passport_number" in s for s in statements)
    # within one country nobody needs a passport
    home = reg.partnership(("Chemnitz", "DE", None), ("Düsseldorf", "DE", None))
    domestic = reg.delegation(home, "Domestic", MAY, last, [olga])
    assert delegation_conflicts(database, domestic, today=TODAY).conflicts == ()


def audit_rows(database) -> int:
    with database.reading() as session:
        return session.scalar(
            select(func.count()).select_from(m.AuditEntry).where(m.AuditEntry.entity == "conflict")
        )


def test_accepting_a_conflict_lets_the_delegation_be_confirmed_until_it_changes(database, reg):
    cv = reg.partnership()
    olga, ivan = reg.person("Olga", "Petrova"), reg.person("Ivan", "Kuznetsov")
    visit = reg.delegation(cv, "Visit", MAY, MAY + dt.timedelta(days=4), [olga])
    reg.item({"delegation_id": visit}, TUESDAY, "10:00", "12:00", "Museum", attendees=[olga])
    press = reg.item({"delegation_id": visit}, TUESDAY, "11:00", "11:30", "Press", attendees=[olga])
    [clash] = by_kind(
        delegation_conflicts(database, visit, today=TODAY), ConflictKind.DOUBLE_BOOKED
    )
    with pytest.raises(ValidationError) as refused:
        accept_conflict(database, visit, clash.key, actor="Helen", note="  ", today=TODAY)
    assert refused.value.field == "note"
    with pytest.raises(ValidationError) as unknown:
        accept_conflict(
            database, visit, "double_booked:items-1.99:people-1", actor="Helen", note="ok"
        )
    assert unknown.value.field == "conflict_key"
    assert audit_rows(database) == 0  # nothing written by a refusal

    accepted = accept_conflict(
        database, visit, clash.key, actor="Helen", note="Olga leaves the museum early"
    )
    assert accepted.note == "Olga leaves the museum early"
    report = delegation_conflicts(database, visit, today=TODAY)
    assert can_confirm(report) and report.conflicts[0].accepted == accepted
    # accepting twice writes nothing more
    assert (
        accept_conflict(database, visit, clash.key, actor="Helen", note="again", today=TODAY)
        == accepted
    )
    assert audit_rows(database) == 1
    with database.reading() as session:
        entry = session.execute(
            select(
                m.AuditEntry.entity,
                m.AuditEntry.entity_id,
                m.AuditEntry.action,
                m.AuditEntry.summary,
            )
        ).one()
    assert entry[:3] == ("conflict", visit, "accept")
    assert json.loads(entry[3])["key"] == clash.key

    # the acceptance covers Olga only: once Ivan is caught too, it blocks again
    with database.unit_of_work() as session:
        session.add(m.ItineraryAttendee(item_id=press, person_id=ivan))
        session.add(m.DelegationMember(delegation_id=visit, person_id=ivan))
        session.execute(
            m.ItineraryAttendee.__table__.insert().values(item_id=press - 1, person_id=ivan)
        )
    assert not can_confirm(delegation_conflicts(database, visit, today=TODAY))


def test_withdrawing_an_acceptance_and_programme_acceptances_are_kept_apart(database, reg):
    cv = reg.partnership()
    olga = reg.person("Olga", "Petrova")
    visit = reg.delegation(cv, "Visit", MAY, MAY + dt.timedelta(days=4), [olga])
    school = reg.programme(cv, "School", MAY, MAY + dt.timedelta(days=4), participants=[olga])
    assert visit == school  # the same number: only the audit entry's owner tells them apart
    reg.item({"delegation_id": visit}, TUESDAY, "10:00", "12:00", "Museum")
    reg.item({"programme_id": school}, TUESDAY, "11:00", "12:00", "Lesson")
    [clash] = by_kind(delegation_conflicts(database, visit, today=TODAY), ConflictKind.TWO_PLACES)
    accept_conflict(database, visit, clash.key, actor="Helen", note="known", today=TODAY)
    [same_clash] = by_kind(
        programme_conflicts(database, school, today=TODAY), ConflictKind.TWO_PLACES
    )
    assert same_clash.key == clash.key and same_clash.accepted is None
    accept_programme_conflict(database, school, clash.key, actor="Helen", note="known", today=TODAY)
    withdraw_acceptance(database, visit, clash.key, actor="Helen")
    assert not can_confirm(delegation_conflicts(database, visit, today=TODAY))
    assert can_confirm(programme_conflicts(database, school, today=TODAY))
    with pytest.raises(ValidationError):
        withdraw_acceptance(database, visit, clash.key, actor="Helen")


def test_information_is_not_accepted_and_unknown_groups_are_named(database, reg):
    cv = reg.partnership()
    olga = reg.person("Olga", "Petrova")
    visit = reg.delegation(cv, "Visit", MAY, MAY + dt.timedelta(days=4), [olga])
    [info] = delegation_conflicts(database, visit, today=TODAY).conflicts
    assert info.kind is ConflictKind.PASSPORT_UNKNOWN
    with pytest.raises(ValidationError, match="information only"):
        accept_conflict(database, visit, info.key, actor="Helen", note="fine", today=TODAY)
    with pytest.raises(ValidationError) as missing:
        delegation_conflicts(database, 999)
    assert missing.value.field == "delegation" and "999" in missing.value.message
    with pytest.raises(ValidationError) as missing_programme:
        programme_conflicts(database, 999)
    assert missing_programme.value.field == "programme"


def test_the_demo_passports_that_run_out_soon_after_the_planned_visits_are_found(database):
    from exchangedesk.services.samples.demo import build_demo

    today = dt.date(2026, 11, 26)
    build_demo(database, today=today)
    with database.reading() as session:
        ids = dict(session.execute(select(m.Delegation.title, m.Delegation.id)).all())
        names = dict(session.execute(select(m.Person.id, m.Person.family_name)).all())
    volgograd = delegation_conflicts(
        database, ids["Teachers, students and museum staff from Volgograd"], today=today
    )
    short = {names[p] for c in by_kind(volgograd, ConflictKind.PASSPORT_VALIDITY) for p in c.people}
    assert short == {"Lebedeva", "Yegorov"}
    harbin = delegation_conflicts(database, ids["Lord Mayor's visit to Harbin"], today=today)
    assert {
        names[p] for c in by_kind(harbin, ConflictKind.PASSPORT_VALIDITY) for p in c.people
    } == {"Ashworth"}
    assert not can_confirm(volgograd) and not can_confirm(harbin)
    # the 1945 visit: no holiday calendar for the Soviet Union's year, said as information
    churchill = delegation_conflicts(
        database, ids["Clementine Churchill in Stalingrad"], today=today
    )
    assert [c.key for c in churchill.conflicts] == ["holidays_unknown:RU:1945"]


def count_queries(database: Database, run) -> int:
    statements: list[str] = []

    def seen(*args):
        statements.append(args[2])

    event.listen(database.engine, "before_cursor_execute", seen)
    try:
        run()
    finally:
        event.remove(database.engine, "before_cursor_execute", seen)
    return len(statements)


def build_large_visit(database: Database, reg: Register, *, members=30, items=80) -> int:
    """A visit of ``members`` people with ``items`` items over five days (a third of them for
    half the group), rooms for two, and three other groups sharing some of its people."""
    cv = reg.partnership()
    with database.unit_of_work() as session:
        people = [
            m.Person(given_name="Guest", family_name=f"{n:02d}", search_key=f"guest {n}")
            for n in range(members)
        ]
        session.add_all(people)
        session.flush()
        ids = [p.id for p in people]
    visit = reg.delegation(cv, "Large visit", MAY, MAY + dt.timedelta(days=4), ids)
    others = [
        reg.delegation(cv, f"Other {n}", MAY, MAY + dt.timedelta(days=4), ids[n::3])
        for n in range(2)
    ]
    school = reg.programme(cv, "School", MAY, MAY + dt.timedelta(days=4), participants=ids[2::3])
    where = ZoneInfo(LONDON)
    with database.unit_of_work() as session:
        for owner in [
            {"delegation_id": visit},
            *({"delegation_id": o} for o in others),
            {"programme_id": school},
        ]:
            count = items if owner.get("delegation_id") == visit else 40
            for n in range(count):
                day = MAY + dt.timedelta(days=n % 5)
                start = dt.datetime.combine(day, dt.time(8 + (n // 5) % 14), where)
                item = m.ItineraryItem(
                    **owner,
                    starts_at=start,
                    ends_at=start + dt.timedelta(minutes=90),
                    timezone=LONDON,
                    title=f"Item {n}",
                    venue=f"Venue {n % 7}",
                    all_attend=n % 3 != 0,
                )
                session.add(item)
                session.flush()
                if not item.all_attend:
                    session.add_all(
                        m.ItineraryAttendee(item_id=item.id, person_id=p) for p in ids[n % 2 :: 2]
                    )
    reg.hotel(
        visit,
        MAY,
        MAY + dt.timedelta(days=4),
        [(str(n), 2, ids[2 * n : 2 * n + 2]) for n in range(members // 2)],
    )
    for person in ids:
        reg.passport(person, "X", MAY + dt.timedelta(days=400))
    return visit


def test_the_number_of_queries_does_not_grow_with_the_delegation(database, reg):
    small = build_large_visit(database, reg, members=3, items=4)
    large = build_large_visit(database, reg, members=30, items=80)
    small_queries = count_queries(
        database, lambda: delegation_conflicts(database, small, today=TODAY)
    )
    large_queries = count_queries(
        database, lambda: delegation_conflicts(database, large, today=TODAY)
    )
    assert large_queries == small_queries <= 12
    report = delegation_conflicts(database, large, today=TODAY)
    # the large visit really has something to find: clashes with the other groups
    assert by_kind(report, ConflictKind.TWO_PLACES) and by_kind(report, ConflictKind.DOUBLE_BOOKED)
