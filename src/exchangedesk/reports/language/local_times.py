"""Local times that stay true when the clocks change during a visit (issue 15, point 5).

A programme is printed in the wall clock of where each item happens. That is what people read,
but it is ambiguous twice a year: in the night the clocks go back the hour from 01:00 to 02:00
(in London) happens twice, and in the spring night an hour never happens at all. So:

- a zone's offset is given for the moment it applies, and where it changes within the visit the
  cover and that day's heading say so;
- a time in the repeated hour carries the zone's abbreviation ("01:30 BST", "01:30 GMT"), or its
  offset where the tz database has no letters for it ("+03");
- an item that spans a change shows both ends marked and how long it really lasts.

Durations are computed in UTC: Python subtracts two datetimes of the same zone by their wall
clocks, which is exactly the error this module is here to avoid.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from exchangedesk.reports.language import ENGLISH, DocumentLanguage, unbroken


def offset_text(moment: dt.datetime) -> str:
    """ "UTC+1", "UTC−3:30" (a true minus sign), "UTC+0"."""
    offset = moment.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def zone_place(zone: str, places: dict[str, str] | None = None) -> str:
    return (places or {}).get(zone) or zone.rsplit("/", 1)[-1].replace("_", " ")


def zone_text(
    zone: str,
    moment: dt.datetime,
    places: dict[str, str] | None = None,
    lang: DocumentLanguage = ENGLISH,
) -> str:
    """ "Volgograd time, UTC+3": the place people know, and the offset at that moment. ``places``
    names zones after the visit's cities (Asia/Shanghai is "Harbin time" on a Harbin visit)."""
    return lang._(
        "{place} time, {offset}", place=zone_place(zone, places), offset=offset_text(moment)
    )


def is_repeated(moment: dt.datetime) -> bool:
    """Whether the wall clock of ``moment`` shows the same time twice that night."""
    other = moment.replace(fold=1 - moment.fold)
    return other.utcoffset() != moment.utcoffset()


def abbreviation(moment: dt.datetime) -> str:
    """ "BST", "CEST", "MSK"; the offset ("UTC+3") where the tz database has only "+03"."""
    name = moment.tzname() or ""
    if not name or name[0] in "+-" or name[0].isdigit():
        return offset_text(moment)
    return name


def real_length(starts: dt.datetime, ends: dt.datetime) -> dt.timedelta:
    return ends.astimezone(dt.UTC) - starts.astimezone(dt.UTC)


def spans_change(starts: dt.datetime, ends: dt.datetime) -> bool:
    return starts.utcoffset() != ends.utcoffset()


def clock_text(moment: dt.datetime, *, marked: bool = False) -> str:
    """ "09:30", or "01:30 BST" in the repeated hour (or whenever ``marked``)."""
    text = f"{moment:%H:%M}"
    if marked or is_repeated(moment):
        text += "\u00a0" + abbreviation(moment)
    return text


def span_text(starts: dt.datetime, ends: dt.datetime) -> str:
    """ "10:00–13:00"; "01:30 BST–01:15 GMT" when the clocks change in between."""
    across = spans_change(starts, ends)
    return f"{clock_text(starts, marked=across)}–{clock_text(ends, marked=across)}"


def length_text(length: dt.timedelta, lang: DocumentLanguage = ENGLISH) -> str:
    """ "2 h 15 min", "45 min", "3 h" in ``lang``."""
    minutes = int(length.total_seconds() // 60)
    hours, rest = divmod(minutes, 60)
    if not hours:
        return unbroken(lang._("{minutes} min", minutes=rest))
    if not rest:
        return unbroken(lang._("{hours} h", hours=hours))
    return unbroken(lang._("{hours} h {minutes} min", hours=hours, minutes=rest))


@dataclass(frozen=True)
class ClockChange:
    """The moment a zone's offset changes: ``before`` is the last wall time on the old clock
    (the clocks show ``at`` and then jump to ``after_wall``)."""

    zone: str
    instant: dt.datetime  # UTC
    before: dt.datetime  # aware, the instant just before, on the old offset
    after: dt.datetime  # aware, the instant itself, on the new offset

    @property
    def back(self) -> bool:
        return (self.after.utcoffset() or dt.timedelta(0)) < (
            self.before.utcoffset() or dt.timedelta(0)
        )

    @property
    def day(self) -> dt.date:
        return self.after.date()

    @property
    def old_wall(self) -> str:
        """The time the clocks show when they change: 02:00 BST going back, 01:00 GMT forward."""
        return f"{(self.before + dt.timedelta(minutes=1)).replace(tzinfo=None):%H:%M}"


def clock_changes(zone: str, first: dt.date, last: dt.date) -> list[ClockChange]:
    """Every change of ``zone``'s offset from the start of ``first`` to the end of ``last``,
    found hour by hour (changes fall on whole hours or half hours; both are caught because
    the offset is compared, then the minute found)."""
    tz = ZoneInfo(zone)
    start = dt.datetime.combine(first, dt.time(0), tz).astimezone(dt.UTC)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0), tz).astimezone(dt.UTC)
    found: list[ClockChange] = []
    step = dt.timedelta(hours=1)
    moment = start
    offset = moment.astimezone(tz).utcoffset()
    while moment < end:
        following = moment + step
        new = following.astimezone(tz).utcoffset()
        if new != offset:
            exact = moment
            while exact.astimezone(tz).utcoffset() == offset:
                exact += dt.timedelta(minutes=1)
            found.append(
                ClockChange(
                    zone=zone,
                    instant=exact,
                    before=(exact - dt.timedelta(minutes=1)).astimezone(tz),
                    after=exact.astimezone(tz),
                )
            )
            offset = new
        moment = following
    return found


def change_text(
    change: ClockChange, places: dict[str, str] | None, lang: DocumentLanguage = ENGLISH
) -> str:
    """ "London time: the clocks go back at 02:00 BST to 01:00 GMT (UTC+1 → UTC+0); the hour
    from 01:00 to 02:00 comes twice." """
    values = {
        "place": zone_place(change.zone, places),
        "old": f"{change.old_wall}\u00a0{abbreviation(change.before)}",
        "new": clock_text(change.after, marked=True),
        "before": offset_text(change.before),
        "after": offset_text(change.after),
        "from": f"{change.after:%H:%M}",
        "to": change.old_wall,
    }
    if change.back:
        return lang._(
            "{place} time: the clocks go back at {old} to {new} ({before} → {after}); "
            "the hour from {from} to {to} comes twice.",
            **values,
        )
    return lang._(
        "{place} time: the clocks go forward at {old} to {new} ({before} → {after}); "
        "that day has an hour less.",
        **values,
    )
