"""The federation measured again on a copy with the indexes docs/PERFORMANCE.md recommends.

Schema changes belong to a migration (another engineer's this round), so the program does not
have these indexes yet; this shows, in the same run, what adding them would change.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from benchmarks import startup
from benchmarks.timing import Timing, repeat

# (index, table, column): each found missing by a measurement on the federation register.
RECOMMENDED = (
    # The organisations list counts each organisation's people: a full scan of 200,000 people
    # per organisation without it (20 s for the first page).
    ("ix_people_organisation_id", "people", "organisation_id"),
    # The conflict check looks up the programmes a person leads: without it SQLite walks the
    # itinerary items by date instead (0.7 s for a 30-member delegation).
    ("ix_programme_leaders_person_id", "programme_leaders", "person_id"),
    # The home screen's "coming up" asks for visits that end after today: without it SQLite
    # walks every delegation that arrived before the window's end (0.2 s).
    ("ix_delegations_departure_on", "delegations", "departure_on"),
)


@dataclass(frozen=True)
class WhatIf:
    organisations: Timing
    conflicts: Timing | None
    home: Timing
    startup: startup.StartUp | None


def with_indexes(db: Path, workdir: Path) -> Path:
    names = "-".join(name.removeprefix("ix_") for name, _t, _c in RECOMMENDED)
    tag = hashlib.sha256(names.encode()).hexdigest()[:6]
    copy = workdir / f"{db.stem}-indexed-{tag}.sqlite3"
    if not copy.is_file():
        partial = copy.with_name(copy.name + ".building")
        shutil.copyfile(db, partial)
        with sqlite3.connect(partial) as connection:
            for name, table, column in RECOMMENDED:
                connection.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({column})")
        connection.close()
        partial.replace(copy)
    return copy


def missing(db: Path) -> list[str]:
    """The recommended indexes the schema does not have yet."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        present = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    return [name for name, _table, _column in RECOMMENDED if name not in present]


def measure(db: Path, workdir: Path, runs: int) -> WhatIf:
    from benchmarks.work import conflict_check
    from exchangedesk.db.opening import open_database
    from exchangedesk.services.people.lists import list_organisations

    copy = with_indexes(db, workdir)
    from exchangedesk.services.overview.calendar import events_between
    from exchangedesk.services.overview.summary import count_records

    def home(database: object) -> None:  # what HomePage.refresh asks for
        today = dt.date.today()
        count_records(database)
        events_between(database, today, today + dt.timedelta(days=90))

    opened = open_database(copy, read_only=True, take_lock=False)
    try:
        organisations = repeat(lambda: list_organisations(opened.database), runs)
        conflicts = conflict_check(opened.database, runs).timing
        home_screen = repeat(lambda: home(opened.database), runs)
    finally:
        opened.close()
    return WhatIf(organisations, conflicts, home_screen, startup.measure(copy, runs))
