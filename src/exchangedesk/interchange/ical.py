"""iCalendar (RFC 5545) files of a delegation's programme, for phones, Outlook and the like.

Every event keeps the zone of the place where it happens: DTSTART/DTEND carry a TZID and the
file holds a VTIMEZONE for each zone used, built from the tz database for the years the events
cover, so a 10:00 meeting in Volgograd stays 10:00 Volgograd time in any calendar. UIDs are
``item-<id>@exchangedesk``: exporting again updates the events people imported before instead of
doubling them, and SEQUENCE (from the item's version) tells their calendar which copy is newer.

The icalendar library writes CRLF line ends and folds lines at 75 octets. :func:`save_ics`
writes to a temporary file beside the target and renames it, so a failed export never leaves
half a file where the old one was.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Event

from exchangedesk import __version__

PRODUCT_ID = f"-//ExchangeDesk//ExchangeDesk {__version__}//EN"
UID_DOMAIN = "exchangedesk"


@dataclass(frozen=True)
class ItineraryEvent:
    """One itinerary item as a calendar shows it."""

    item_id: int
    title: str
    starts_at: dt.datetime  # aware
    ends_at: dt.datetime
    timezone: str  # IANA zone of the place
    kind: str  # "Meeting", "Visit"...
    venue: str | None = None
    address: str | None = None
    host: str | None = None
    dress_code: str | None = None
    interpreter_needed: bool = False
    notes: str | None = None
    status: str | None = None  # TENTATIVE, CONFIRMED or CANCELLED
    sequence: int = 0
    last_modified: dt.datetime | None = None

    @property
    def uid(self) -> str:
        return event_uid(self.item_id)

    @property
    def location(self) -> str | None:
        parts = [p.strip() for p in (self.venue, self.address) if p and p.strip()]
        return ", ".join(parts) or None

    @property
    def description(self) -> str:
        lines = [self.kind]
        if self.host:
            lines.append(f"Host: {self.host}")
        if self.dress_code:
            lines.append(f"Dress code: {self.dress_code}")
        if self.interpreter_needed:
            lines.append("Interpreter needed")
        if self.notes:
            lines += ["", self.notes.strip()]
        return "\n".join(lines)


@dataclass(frozen=True)
class ItineraryCalendar:
    name: str  # shown by calendar programs as the calendar's name
    events: tuple[ItineraryEvent, ...]
    description: str | None = None


def event_uid(item_id: int) -> str:
    return f"item-{item_id}@{UID_DOMAIN}"


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        # An item whose zone is not a real one is still exported, at its true instant in UTC;
        # the conflict check reports the zone to fix.
        return ZoneInfo("UTC")


def calendar_bytes(calendar: ItineraryCalendar, *, stamp: dt.datetime | None = None) -> bytes:
    """The calendar as an .ics file's bytes (UTF-8, CRLF, folded lines)."""
    stamp = (stamp or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    ical = Calendar()
    ical.add("prodid", PRODUCT_ID)
    ical.add("version", "2.0")
    ical.add("calscale", "GREGORIAN")
    ical.add("method", "PUBLISH")
    ical.add("x-wr-calname", calendar.name)
    if calendar.description:
        ical.add("x-wr-caldesc", calendar.description)
    for item in sorted(calendar.events, key=lambda e: (e.starts_at, e.item_id)):
        ical.add_component(_event(item, stamp))
    if calendar.events:
        # VTIMEZONEs describing the transitions from a year before the first event to a year
        # after the last: enough for every event, small enough to read.
        first = min(e.starts_at for e in calendar.events).date()
        last = max(e.ends_at for e in calendar.events).date()
        ical.add_missing_timezones(
            first_date=dt.date(first.year - 1, 1, 1), last_date=dt.date(last.year + 2, 1, 1)
        )
    return ical.to_ical()


def _wall_time(instant: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """The instant as the wall clock of its zone, except in the hour the clocks go back: RFC
    5545 reads a repeated local time as its first occurrence, so the second one is written in
    UTC to keep its true instant."""
    wall = instant.astimezone(zone)
    if wall.fold and wall.replace(fold=0).utcoffset() != wall.utcoffset():
        return instant.astimezone(dt.UTC)
    return wall


def _event(item: ItineraryEvent, stamp: dt.datetime) -> Event:
    zone = _zone(item.timezone)
    event = Event()
    event.add("uid", item.uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", _wall_time(item.starts_at, zone))
    event.add("dtend", _wall_time(item.ends_at, zone))
    event.add("summary", item.title)
    if item.location:
        event.add("location", item.location)
    event.add("description", item.description)
    event.add("categories", [item.kind])
    if item.status:
        event.add("status", item.status)
    event.add("sequence", max(item.sequence, 0))
    if item.last_modified is not None:
        event.add("last-modified", item.last_modified.astimezone(dt.UTC).replace(microsecond=0))
    return event


def save_ics(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` whole or not at all: a temporary file in the same folder is
    written, flushed to disk and renamed over the target."""
    path = Path(path)
    # mkstemp makes the file private (0600); an export is meant to be shared like any file.
    mode = path.stat().st_mode & 0o777 if path.is_file() else 0o644
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        os.chmod(temporary, mode)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
