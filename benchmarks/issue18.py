"""The measurements of issue 18's remaining rows, on one register, medians of N runs.

``uv run python -m benchmarks.issue18 FILE [--runs 3] [--only NAME ...]`` opens FILE read-only
(as the suite does) and prints one line per measure: the median and every run, in ms. Used to
measure the same thing before and after a change, one right after the other (see
docs/PERFORMANCE.md, "Issue 18, the remaining rows").
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _timed(action: Callable[[], object], runs: int) -> list[float]:
    action()  # a warm-up: the page cache and SQLite's statement cache, as in the suite
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _measures(database) -> dict[str, Callable[[], object]]:  # noqa: ANN001
    from exchangedesk.services.common.paging import ListQuery
    from exchangedesk.services.overview.calendar import events_in_week, reminder_events
    from exchangedesk.services.partnerships.lists import list_partnerships
    from exchangedesk.services.people.lists import list_people

    today = dt.date.today()
    week = today - dt.timedelta(days=today.weekday())
    steps = iter(range(1, 10_000))

    def week_view(first: dt.date) -> object:
        last = first + dt.timedelta(days=6)
        return events_in_week(database, first) + reminder_events(database, first, last)

    return {
        "partnerships by last contact": lambda: list_partnerships(
            database, ListQuery(sort="last_contact", descending=True)
        ),
        "partnerships by last contact, ascending": lambda: list_partnerships(
            database, ListQuery(sort="last_contact")
        ),
        "calendar week (this week)": lambda: week_view(week),
        "calendar week step (next weeks)": lambda: week_view(
            week + dt.timedelta(weeks=next(steps))
        ),
        "people filter 'a'": lambda: list_people(database, ListQuery(text="a")),
        "people filter 'ad'": lambda: list_people(database, ListQuery(text="ad")),
        "partnerships filter 'k'": lambda: list_partnerships(database, ListQuery(text="k")),
        "partnerships filter 'ki'": lambda: list_partnerships(database, ListQuery(text="ki")),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.issue18", description=__doc__)
    parser.add_argument("file")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", nargs="*", help="measures whose name contains any of these")
    args = parser.parse_args(argv)
    from exchangedesk.db.opening import open_database

    opened = open_database(args.file, read_only=True, take_lock=False, upgrade=False)
    try:
        print(f"load average {os.getloadavg()[0]:.1f}", file=sys.stderr)
        for name, action in _measures(opened.database).items():
            if args.only and not any(word in name for word in args.only):
                continue
            times = _timed(action, args.runs)
            runs = ", ".join(f"{t:.0f}" for t in times)
            print(f"{name}: {statistics.median(times):,.0f} ms  ({runs})", flush=True)
    finally:
        opened.database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
