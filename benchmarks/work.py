"""Headless work, measured against a baseline where one exists: the conflict check, an
itinerary PDF (against the same content drawn with raw ReportLab), the pairs import (against the
same rows inserted with raw sqlite3), a 100,000-row CSV export, a backup, and the quick_check
that opening a database runs."""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import io
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import raw_pdf
from benchmarks.databases import empty_template, fresh_copy
from benchmarks.timing import Timing, repeat, timed


@dataclass(frozen=True)
class Measured:
    timing: Timing | None
    baseline: Timing | None = None
    note: str = ""  # what was measured, or why it was not


def _optional(module: str, *names: str) -> list[Any] | None:
    """The named functions, or None while the module that holds them has not been built."""
    try:
        loaded = importlib.import_module(module)
    except ImportError:
        return None
    found = [getattr(loaded, name, None) for name in names]
    return None if any(f is None for f in found) else found


def largest_delegation(database: Any) -> tuple[int, int] | None:
    """(delegation id, members) of the delegation with the most members, the lowest id first."""
    from sqlalchemy import func, select

    from exchangedesk.db.models import DelegationMember

    count = func.count(DelegationMember.id)
    with database.reading() as session:
        row = session.execute(
            select(DelegationMember.delegation_id, count)
            .group_by(DelegationMember.delegation_id)
            .order_by(count.desc(), DelegationMember.delegation_id)
            .limit(1)
        ).first()
    return (row[0], row[1]) if row else None


def conflict_check(database: Any, runs: int) -> Measured:
    found = _optional("exchangedesk.services.delegations.conflicts", "delegation_conflicts")
    if found is None:
        return Measured(None, note="not built yet (no services/delegations/lists/conflicts.py)")
    target = largest_delegation(database)
    if target is None:
        return Measured(None, note="no delegation with members")
    (check,) = found
    delegation_id, members = target
    timing = repeat(lambda: check(database, delegation_id), runs)
    return Measured(timing, note=f"delegation {delegation_id}, {members} members")


def itinerary_pdf(database: Any, runs: int) -> Measured:
    data_of = _optional("exchangedesk.services.documents.itinerary_data", "itinerary_data")
    render = _optional("exchangedesk.reports.itinerary", "render_itinerary")
    if data_of is None or render is None:
        return Measured(None, note="not built yet (no reports/itinerary.py)")
    target = largest_delegation(database)
    if target is None:
        return Measured(None, note="no delegation with members")
    delegation_id, members = target
    data = data_of[0](database, delegation_id, issued_on=dt.date(2026, 1, 1))
    timing = repeat(lambda: render[0](data), runs)
    baseline = repeat(lambda: raw_pdf.render(data), runs)
    loading = repeat(lambda: data_of[0](database, delegation_id), runs)
    return Measured(
        timing,
        baseline,
        note=f"delegation {delegation_id}: {members} members, {len(data.items)} items; "
        f"reading its data {loading.median:.0f} ms more",
    )


def annual_report(database: Any, runs: int) -> Measured:
    """The partnership with the most visits, its report over every year it has visits in (the
    longest report a secretary can ask for), through the print catalogue: the bytes the window
    and `exchangedesk print` give."""
    render = _optional("exchangedesk.services.documents.catalogue", "render_document")
    if render is None:
        return Measured(None, note="not built yet (no services/documents/register/catalogue.py)")
    from sqlalchemy import extract, func, select

    from exchangedesk.db.models import Delegation

    year = extract("year", Delegation.arrival_on)
    with database.reading() as session:
        largest = session.execute(
            select(Delegation.partnership_id, func.count(), func.min(year), func.max(year))
            .group_by(Delegation.partnership_id)
            .order_by(func.count().desc(), Delegation.partnership_id)
            .limit(1)
        ).first()
    if largest is None:
        return Measured(None, note="no visits")
    partnership_id, visits, first, last = (int(value) for value in largest)
    printed: list[Any] = []

    def run() -> None:
        report = render[0](database, "partnership_report", partnership_id, years=(first, last))
        printed[:] = [report]

    timing = repeat(run, runs)
    pages = printed[0].pdf.count(b"/Type /Page") - printed[0].pdf.count(b"/Type /Pages")
    return Measured(
        timing,
        note=f"partnership {partnership_id}, {first}–{last}: {visits} visits, {pages} pages",
    )


def partnership_register(database: Any, runs: int) -> Measured:
    """`exchangedesk print partnership_register` without the file: every partnership through
    the print catalogue (map page included), beside raw ReportLab for the same rows (issue 15,
    point 8: 24,697 partnerships, 989 pages took 209 s before)."""
    render = _optional("exchangedesk.services.documents.catalogue", "render_document")
    data_of = _optional("exchangedesk.services.documents.report_data", "partnership_register_data")
    if render is None or data_of is None:
        return Measured(None, note="not built yet")
    printed: list[Any] = []

    def run() -> None:
        printed[:] = [render[0](database, "partnership_register", None)]

    timing = repeat(run, runs)
    data = data_of[0](database)
    baseline = repeat(lambda: raw_pdf.render_register(data), runs)
    pdf = printed[0].pdf
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    return Measured(
        timing, baseline, note=f"{len(data.partnerships):,} partnerships, {pages:,} pages"
    )


def import_pairs(pairs_file: Path | None, workdir: Path, runs: int) -> Measured:
    if pairs_file is None or not pairs_file.is_file():
        return Measured(None, note="twin_cities.csv not found beside the checkout")
    from exchangedesk.db.opening import open_database
    from exchangedesk.services.partnerships.pairs_import import import_pairs as run_import

    template = empty_template(workdir)
    target = workdir / "import-run.sqlite3"
    # Timed inside: the copy of the empty database and the opening are not the import.
    timings = []
    for _ in range(runs):
        fresh_copy(template, target)
        opened = open_database(target)
        try:
            ms, report = timed(lambda opened=opened: run_import(opened.database, pairs_file))
            timings.append(ms)
        finally:
            opened.close()
    rows = _imported_rows(target)
    raw = [_raw_insert(template, workdir / "raw-run.sqlite3", rows) for _ in range(runs)]
    return Measured(
        Timing(tuple(timings)),
        Timing(tuple(raw)),
        note=f"{report.rows:,} rows: {report.partnerships_created:,} partnerships, "
        f"{report.cities_created:,} cities; baseline: the same rows with sqlite3.executemany",
    )


def _imported_rows(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    with sqlite3.connect(path) as connection:
        rows = {}
        for table in ("cities", "partnerships"):
            cursor = connection.execute(f"SELECT * FROM {table} ORDER BY id")  # noqa: S608
            rows[table] = ([c[0] for c in cursor.description], cursor.fetchall())
        return rows


def _raw_insert(template: Path, target: Path, rows: dict) -> float:
    fresh_copy(template, target)
    connection = sqlite3.connect(target, isolation_level=None)
    try:
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
            connection.execute(f"PRAGMA {pragma}")

        def insert() -> None:
            connection.execute("BEGIN")
            for table, (columns, values) in rows.items():
                marks = ", ".join("?" * len(columns))
                connection.executemany(
                    f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",  # noqa: S608
                    values,
                )
            connection.execute("COMMIT")

        ms, _ = timed(insert)
        return ms
    finally:
        connection.close()


def export_people(database: Any, runs: int, limit: int = 100_000) -> Measured:
    """The program has no CSV export yet: a minimal one, here only, over the people list
    service (what an export of the list shown would read), with formula-looking cells
    neutralised as DESIGN.md §5 asks."""
    from exchangedesk.services.common.paging import ListQuery
    from exchangedesk.services.people.lists import list_people

    def export() -> int:
        page = list_people(database, ListQuery(limit=limit))
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["family name", "given name", "own script", "organisation", "email"])
        for r in page.rows:
            native = " ".join(p for p in (r.given_name_native, r.family_name_native) if p)
            cells = [r.family_name, r.given_name, native, r.organisation or "", r.email or ""]
            writer.writerow([_safe(cell) for cell in cells])
        return len(page.rows)

    rows = export()
    timing = repeat(export, runs, warmup=0)
    return Measured(timing, note=f"{rows:,} people rows; exporter written in benchmarks/work.py")


def _safe(cell: str) -> str:
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


def backup(db: Path, workdir: Path, runs: int) -> Measured:
    from exchangedesk.db.backup import snapshot

    folder = workdir / "backups"
    timings = []
    for _ in range(runs):
        ms, written = timed(lambda: snapshot(db, folder, keep=1))
        timings.append(ms)
    size = written.stat().st_size / 1e6
    return Measured(
        Timing(tuple(timings)),
        note=f"{size:,.0f} MB copied with the backup API, then integrity_check on the copy",
    )


def quick_check(db: Path, runs: int) -> Measured:
    """What opening the database spends on ``PRAGMA quick_check`` (db/opening.py)."""
    from exchangedesk.db.engine import untouched_read_uri

    def check() -> None:
        with sqlite3.connect(untouched_read_uri(db), uri=True) as connection:
            connection.execute("PRAGMA ignore_check_constraints=ON")
            connection.execute("PRAGMA quick_check(1)").fetchone()

    return Measured(repeat(check, runs), note=f"{db.stat().st_size / 1e6:,.0f} MB file")


def open_database_time(db: Path, runs: int) -> Measured:
    from exchangedesk.db.opening import open_database

    def open_close() -> None:
        open_database(db, read_only=True, take_lock=False).close()

    return Measured(repeat(open_close, runs), note="open_database(): checks, engine")
