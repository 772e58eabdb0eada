"""Exporting a delegation's programme from the database: every event read back by icalendar and
by vobject matches its item's local start, end and zone; a member's calendar holds exactly the
items they attend; unknown delegations and non-members are refused with nothing written."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject
from sqlalchemy import Row, select

from exchangedesk.db import models as m
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import DelegationStatus, Direction, ItineraryKind
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.text import search_key
from exchangedesk.services.delegations.ical import delegation_calendar, export_delegation_ical
from exchangedesk.services.samples.demo import build_demo

TODAY = dt.date(2026, 2, 20)  # the demo's Volgograd visit then falls in early April


def items_of(database: Database, delegation_id: int) -> dict[str, Row]:
    item = m.ItineraryItem
    with database.reading() as session:
        rows = session.execute(
            select(item.id, item.starts_at, item.ends_at, item.timezone, item.title).where(
                item.delegation_id == delegation_id
            )
        ).all()
    return {f"item-{row.id}@exchangedesk": row for row in rows}


def read_with_vobject(data: bytes) -> list:
    """The events as vobject reads them. vobject keeps the first VTIMEZONE it ever saw for a
    TZID for the rest of the process, so a 1945 Volgograd export would decide how a 2026 one is
    read; each file is read with a fresh registry, as a separate program would."""
    registry = vobject.icalendar.__dict__["__tzidMap"]
    registry.clear()
    registry["UTC"] = vobject.icalendar.utc
    return getattr(vobject.readOne(data.decode()), "vevent_list", [])


def assert_matches_database(data: bytes, items: dict[str, Row]) -> None:
    """Both parsers, every event: the local wall times and the zone are the item's."""
    by_icalendar = {str(e["UID"]): e for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}
    by_vobject = {e.uid.value: e for e in read_with_vobject(data)}
    assert set(by_icalendar) == set(by_vobject) == set(items)
    for uid, item in items.items():
        zone = ZoneInfo(item.timezone)
        for name, instant in (("dtstart", item.starts_at), ("dtend", item.ends_at)):
            wall = instant.astimezone(zone)
            ours = by_icalendar[uid][name.upper()]
            assert ours.params["TZID"] == item.timezone
            assert ours.to_ical().decode() == wall.strftime("%Y%m%dT%H%M%S")
            assert by_icalendar[uid].decoded(name) == instant
            theirs = getattr(by_vobject[uid], name).value
            assert theirs.replace(tzinfo=None) == wall.replace(tzinfo=None)
            assert theirs.utcoffset() == wall.utcoffset()
            assert theirs.astimezone(dt.UTC) == instant
        assert by_vobject[uid].summary.value == item.title


@pytest.fixture
def demo(database: Database) -> dict[str, int]:
    build_demo(database, today=TODAY)
    with database.reading() as session:
        return dict(session.execute(select(m.Delegation.title, m.Delegation.id)).all())


def test_every_demo_delegation_exports_with_the_right_local_times(database, demo, tmp_path):
    for title, delegation_id in demo.items():
        target = tmp_path / f"{delegation_id}.ics"
        result = export_delegation_ical(database, delegation_id, target)
        items = items_of(database, delegation_id)
        assert result.events == len(items), title
        assert_matches_database(target.read_bytes(), items)


def add_cross_zone_visit(database: Database) -> tuple[int, int, int]:
    """A visit over London's spring clock change, with one day in Volgograd: two people, one of
    them listed for a single item."""
    london = ZoneInfo("Europe/London")
    volgograd = ZoneInfo("Europe/Volgograd")
    with database.unit_of_work() as session:
        cities = [
            m.City(name="Coventry", country_code="GB", search_key="coventry"),
            m.City(name="Volgograd", country_code="RU", search_key="volgograd"),
        ]
        session.add_all(cities)
        session.flush()
        pair = m.Partnership(city_a_id=cities[0].id, city_b_id=cities[1].id)
        olga = m.Person(
            given_name="Olga", family_name="Petrova", search_key=search_key("Olga Petrova")
        )
        helen = m.Person(given_name="Helen", family_name="Bradshaw", search_key="helen")
        outsider = m.Person(given_name="Max", family_name="Other", search_key="max")
        session.add_all([pair, olga, helen, outsider])
        session.flush()
        visit = m.Delegation(
            partnership_id=pair.id,
            direction=Direction.OUTGOING,
            title="Weekend across the clock change",
            arrival_on=dt.date(2026, 3, 28),
            departure_on=dt.date(2026, 3, 31),
            status=DelegationStatus.CONFIRMED,
        )
        visit.members.extend(
            [m.DelegationMember(person_id=olga.id), m.DelegationMember(person_id=helen.id)]
        )
        session.add(visit)
        session.flush()
        rows = [
            # 00:30 GMT to 03:00 BST: 90 minutes across the change
            (
                dt.datetime(2026, 3, 29, 0, 30, tzinfo=london),
                dt.datetime(2026, 3, 29, 3, 0, tzinfo=london),
                "Europe/London",
                "Night coach",
                None,
            ),
            (
                dt.datetime(2026, 3, 29, 10, 0, tzinfo=london),
                dt.datetime(2026, 3, 29, 11, 0, tzinfo=london),
                "Europe/London",
                "Sunday service",
                [helen.id],
            ),
            (
                dt.datetime(2026, 3, 30, 10, 0, tzinfo=volgograd),
                dt.datetime(2026, 3, 30, 12, 30, tzinfo=volgograd),
                "Europe/Volgograd",
                "Mamayev Kurgan",
                None,
            ),
            (
                dt.datetime(2026, 3, 30, 23, 0, tzinfo=volgograd),
                dt.datetime(2026, 3, 31, 1, 0, tzinfo=volgograd),
                "Europe/Volgograd",
                "Night train",
                None,
            ),
        ]
        for starts, ends, zone, title, listed in rows:
            item = m.ItineraryItem(
                delegation_id=visit.id,
                starts_at=starts,
                ends_at=ends,
                timezone=zone,
                title=title,
                kind=ItineraryKind.TRANSPORT,
                all_attend=listed is None,
                host_person_id=olga.id,
                dress_code="Warm coat",
            )
            session.add(item)
            session.flush()
            session.add_all(m.ItineraryAttendee(item_id=item.id, person_id=p) for p in listed or ())
        return visit.id, olga.id, outsider.id


def test_a_visit_across_a_clock_change_and_two_zones(database, tmp_path):
    visit, olga, _ = add_cross_zone_visit(database)
    result = export_delegation_ical(database, visit, tmp_path / "visit.ics")
    data = (tmp_path / "visit.ics").read_bytes()
    assert result.events == 4
    assert_matches_database(data, items_of(database, visit))
    parsed = icalendar.Calendar.from_ical(data)
    assert {str(z["TZID"]) for z in parsed.walk("VTIMEZONE")} == {
        "Europe/London",
        "Europe/Volgograd",
    }
    coach = next(e for e in parsed.walk("VEVENT") if str(e["SUMMARY"]) == "Night coach")
    # (in UTC: Python subtracts two times of the same zone by their wall clocks)
    start, end = (coach.decoded(name).astimezone(dt.UTC) for name in ("DTSTART", "DTEND"))
    assert end - start == dt.timedelta(minutes=90)
    assert str(coach["STATUS"]) == "CONFIRMED"
    assert "Host: Olga Petrova" in str(coach["DESCRIPTION"])
    assert "Dress code: Warm coat" in str(coach["DESCRIPTION"])


def test_a_members_calendar_holds_only_the_items_they_attend(database):
    visit, olga, outsider = add_cross_zone_visit(database)
    everyone = delegation_calendar(database, visit)
    hers = delegation_calendar(database, visit, member_id=olga)
    assert [e.title for e in everyone.events] == [
        "Night coach",
        "Sunday service",
        "Mamayev Kurgan",
        "Night train",
    ]
    assert [e.title for e in hers.events] == ["Night coach", "Mamayev Kurgan", "Night train"]
    assert hers.name == "Weekend across the clock change — Olga Petrova"
    # the same item keeps the same UID in both, so importing both never doubles it
    assert {e.uid for e in hers.events} <= {e.uid for e in everyone.events}


def test_refusals_name_what_is_wrong_and_write_nothing(database, tmp_path):
    visit, _, outsider = add_cross_zone_visit(database)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "never.ics"
    with pytest.raises(ValidationError) as unknown:
        export_delegation_ical(database, 999, target)
    assert unknown.value.field == "delegation" and "999" in unknown.value.message
    with pytest.raises(ValidationError) as stranger:
        export_delegation_ical(database, visit, target, member_id=outsider)
    assert (
        stranger.value.message == "Max Other is not a member of “Weekend across the clock change”."
    )
    with pytest.raises(ValidationError) as nobody:
        export_delegation_ical(database, visit, target, member_id=12345)
    assert nobody.value.field == "member"
    assert list(folder.iterdir()) == []


def test_exporting_again_keeps_uids_and_raises_sequence_after_an_edit(database, tmp_path):
    visit, _, _ = add_cross_zone_visit(database)
    before = {e.uid: e.sequence for e in delegation_calendar(database, visit).events}
    with database.unit_of_work() as session:
        item = session.scalars(
            select(m.ItineraryItem).where(m.ItineraryItem.title == "Night train")
        ).one()
        item.notes = "Couchettes booked."
        edited = f"item-{item.id}@exchangedesk"
    after = {e.uid: e.sequence for e in delegation_calendar(database, visit).events}
    assert set(after) == set(before)
    assert after[edited] == before[edited] + 1
