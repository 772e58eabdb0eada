"""The iCalendar writer: RFC 5545 text (CRLF, folding, escaping), TZIDs with a VTIMEZONE for
every zone, stable UIDs, and files read back by two independent parsers (icalendar and vobject)
plus the VTIMEZONE rules themselves (dateutil), each event at its right local time."""

from __future__ import annotations

import datetime as dt
import os
import stat
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from exchangedesk.interchange import ical
from exchangedesk.interchange.ical import (
    ItineraryCalendar,
    ItineraryEvent,
    calendar_bytes,
    save_ics,
)

STAMP = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)


def local(zone: str, day: dt.date, clock: str, *, fold: int = 0) -> dt.datetime:
    wall = dt.datetime.combine(day, dt.time.fromisoformat(clock), ZoneInfo(zone))
    return wall.replace(fold=fold).astimezone(dt.UTC)


def read_with_vobject(data: bytes):
    """vobject keeps the first VTIMEZONE it saw for a TZID for the whole process; read each
    file with a fresh registry, as a separate program would."""
    registry = vobject.icalendar.__dict__["__tzidMap"]
    registry.clear()
    registry["UTC"] = vobject.icalendar.utc
    return vobject.readOne(data.decode("utf-8"))


def second_of_two(wall: dt.datetime) -> bool:
    """The second of a wall time that happens twice: RFC 5545 would read it as the first."""
    return bool(wall.fold) and wall.replace(fold=0).utcoffset() != wall.utcoffset()


EVENTS = (
    # 29 March 2026: London's clocks go forward at 01:00 GMT; 00:30 to 03:00 local is 90 minutes
    ItineraryEvent(
        1,
        "Overnight coach to Coventry",
        local("Europe/London", dt.date(2026, 3, 29), "00:30"),
        local("Europe/London", dt.date(2026, 3, 29), "03:00"),
        "Europe/London",
        "Transport",
    ),
    ItineraryEvent(
        2,
        "Мамаев курган: возложение цветов, встреча с ветеранами; длинное название для переноса строк",
        local("Europe/Volgograd", dt.date(2026, 3, 30), "10:00"),
        local("Europe/Volgograd", dt.date(2026, 3, 30), "12:00"),
        "Europe/Volgograd",
        "Ceremony",
        venue="Mamayev Kurgan",
        address="пр. Ленина, Волгоград",
        host="Ольга Петрова",
        dress_code="Dark clothing",
        interpreter_needed=True,
        notes="Flowers: 12 red carnations.\nMeet at the main gate; bring passports, please.",
        status="CONFIRMED",
        sequence=3,
        last_modified=dt.datetime(2026, 2, 1, 8, 0, 0, 123456, tzinfo=dt.UTC),
    ),
    ItineraryEvent(
        3,
        "Night train across midnight",
        local("America/Chicago", dt.date(2026, 3, 7), "22:00"),
        local("America/Chicago", dt.date(2026, 3, 8), "04:00"),  # across Chicago's change too
        "America/Chicago",
        "Transport",
    ),
    ItineraryEvent(
        4,
        "Photo at Sun Island",
        local("Asia/Shanghai", dt.date(2026, 4, 2), "14:00"),
        local("Asia/Shanghai", dt.date(2026, 4, 2), "14:00"),  # a moment
        "Asia/Shanghai",
        "Visit",
        venue="Sun Island",
    ),
    # the second 01:30 of 25 October 2026 in London, in GMT
    ItineraryEvent(
        5,
        "Late arrival",
        local("Europe/London", dt.date(2026, 10, 25), "01:30", fold=1),
        local("Europe/London", dt.date(2026, 10, 25), "02:15"),
        "Europe/London",
        "Transport",
    ),
)
CALENDAR = ItineraryCalendar("Teachers from Volgograd", EVENTS, "A demo calendar")


@pytest.fixture(scope="module")
def data() -> bytes:
    return calendar_bytes(CALENDAR, stamp=STAMP)


def test_lines_end_in_crlf_and_fold_at_75_octets(data: bytes):
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert b"\n" not in b"".join(lines) and b"\r" not in b"".join(lines)
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # the Russian title was folded
    text = data.decode("utf-8")  # folding never splits a character
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")


def test_every_event_has_its_zone_a_vtimezone_and_the_stable_fields(data: bytes):
    parsed = icalendar.Calendar.from_ical(data)
    assert {str(tz["TZID"]) for tz in parsed.walk("VTIMEZONE")} == {e.timezone for e in EVENTS}
    events = {str(e["UID"]): e for e in parsed.walk("VEVENT")}
    assert set(events) == {f"item-{e.item_id}@exchangedesk" for e in EVENTS}
    for expected in EVENTS:
        event = events[expected.uid]
        for name, instant in (("DTSTART", expected.starts_at), ("DTEND", expected.ends_at)):
            wall = instant.astimezone(ZoneInfo(expected.timezone))
            assert event.decoded(name) == instant  # the same instant, read back
            if second_of_two(wall):
                assert event[name].to_ical().decode() == instant.strftime("%Y%m%dT%H%M%SZ")
                continue
            assert event[name].params["TZID"] == expected.timezone
            assert event[name].to_ical().decode() == wall.strftime("%Y%m%dT%H%M%S")
        assert event.decoded("DTSTAMP") == STAMP
        assert str(event["SUMMARY"]) == expected.title
    full = events["item-2@exchangedesk"]
    assert str(full["LOCATION"]) == "Mamayev Kurgan, пр. Ленина, Волгоград"
    assert str(full["DESCRIPTION"]) == (
        "Ceremony\nHost: Ольга Петрова\nDress code: Dark clothing\nInterpreter needed\n\n"
        "Flowers: 12 red carnations.\nMeet at the main gate; bring passports, please."
    )
    assert (str(full["STATUS"]), int(full["SEQUENCE"])) == ("CONFIRMED", 3)
    assert full.decoded("LAST-MODIFIED") == dt.datetime(2026, 2, 1, 8, 0, tzinfo=dt.UTC)
    assert "LOCATION" not in events["item-1@exchangedesk"]


def test_vobject_reads_the_same_instants_and_local_times(data: bytes):
    parsed = read_with_vobject(data)
    by_uid = {e.uid.value: e for e in parsed.vevent_list}
    assert len(by_uid) == len(EVENTS)
    for expected in EVENTS:
        event = by_uid[expected.uid]
        for read, instant in (
            (event.dtstart.value, expected.starts_at),
            (event.dtend.value, expected.ends_at),
        ):
            assert read.astimezone(dt.UTC) == instant
            wall = instant.astimezone(ZoneInfo(expected.timezone))
            if not second_of_two(wall):  # (that one is written in UTC)
                assert read.replace(tzinfo=None) == wall.replace(tzinfo=None, fold=0)
                assert read.utcoffset() == wall.utcoffset()
        assert event.summary.value == expected.title


def test_the_vtimezone_rules_in_the_file_give_every_event_its_offset(data: bytes):
    """Calendar programs that do not know the zone names use the file's VTIMEZONE: read with
    dateutil from the file alone, each wall time must land on the right instant."""
    parsed = read_with_vobject(data)
    rules = {zone.tzid.value: zone.gettzinfo() for zone in parsed.vtimezone_list}
    for event in icalendar.Calendar.from_ical(data).walk("VEVENT"):
        expected = next(e for e in EVENTS if e.uid == str(event["UID"]))
        for name, instant in (("DTSTART", expected.starts_at), ("DTEND", expected.ends_at)):
            if "TZID" not in event[name].params:  # written in UTC
                continue
            wall = dt.datetime.strptime(event[name].to_ical().decode(), "%Y%m%dT%H%M%S")
            zone = rules[event[name].params["TZID"]]
            # RFC 5545: a repeated wall time means its first occurrence
            assert wall.replace(tzinfo=zone).astimezone(dt.UTC) == instant


def test_uids_stay_and_dtstamp_follows_the_export():
    later = calendar_bytes(CALENDAR, stamp=STAMP + dt.timedelta(days=3))
    first, second = (
        icalendar.Calendar.from_ical(d) for d in (calendar_bytes(CALENDAR, stamp=STAMP), later)
    )
    assert [e["UID"] for e in first.walk("VEVENT")] == [e["UID"] for e in second.walk("VEVENT")]
    assert {e.decoded("DTSTAMP") for e in second.walk("VEVENT")} == {STAMP + dt.timedelta(days=3)}


def test_an_item_in_a_zone_that_does_not_exist_is_kept_at_its_instant_in_utc():
    stray = ItineraryEvent(
        9, "Somewhere", STAMP, STAMP + dt.timedelta(hours=1), "Mars/Base", "Visit"
    )
    parsed = icalendar.Calendar.from_ical(calendar_bytes(ItineraryCalendar("x", (stray,))))
    [event] = parsed.walk("VEVENT")
    assert event.decoded("DTSTART") == STAMP
    assert b"Mars" not in event.to_ical()


def test_an_empty_programme_is_still_a_valid_calendar():
    data = calendar_bytes(ItineraryCalendar("Nothing planned yet", ()), stamp=STAMP)
    parsed = read_with_vobject(data)
    assert parsed.name == "VCALENDAR" and not hasattr(parsed, "vevent_list")


def test_saving_replaces_the_file_whole_or_leaves_it_as_it_was(tmp_path, monkeypatch):
    target = tmp_path / "visit.ics"
    save_ics(target, b"first")
    assert target.read_bytes() == b"first"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # readable like any shared file

    def broken_rename(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ical.os, "replace", broken_rename)
    with pytest.raises(OSError):
        save_ics(target, b"second, never seen")
    assert target.read_bytes() == b"first"
    assert os.listdir(tmp_path) == ["visit.ics"]  # no temporary file left behind
