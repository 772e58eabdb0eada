"""``exchangedesk check --repair --out NEW``: salvage what can be read from a (damaged)
register into a new file, never touching the original.

1. ``VACUUM INTO`` a fresh file when SQLite can still read every row; otherwise the schema is
   re-created in the new file and each table copied row by row, in rowid order, up to the first
   page that cannot be read (the rest of that table is counted as lost). Debian's sqlite3 shell
   has no working ``.recover``, so it is not relied on.
2. ``REINDEX`` (indexes are derived from the tables) and the people search index refilled from
   ``people`` (derived too, see :mod:`exchangedesk.db.search_index`).
3. The full check (:func:`~exchangedesk.services.maintenance.upkeep.check_database`) on NEW.

Rows saved and lost are counted per table, so the report says in words what the repair cost.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from exchangedesk.db.engine import untouched_read_uri
from exchangedesk.db.search_index import PEOPLE_SEARCH, is_index_table
from exchangedesk.domain.errors import DatabaseError
from exchangedesk.services.maintenance.upkeep import (
    CheckReport,
    _require_sqlite_file,
    check_database,
    inspecting,
)

# The text one person is found by: the same SQL as revision 0006's triggers.
_PERSON_TEXT = (
    "people.search_key || char(10) || coalesce((SELECT o.search_key FROM organisations AS o "
    "WHERE o.id = people.organisation_id), '') || char(10) || coalesce(people.role, '') || "
    "char(10) || coalesce(people.email, '')"
)


@dataclass
class RepairReport:
    source: Path
    out: Path
    method: str = ""  # "copied whole (VACUUM INTO)" or "copied table by table"
    done: list[str] = field(default_factory=list)  # what was rebuilt, in words
    saved: dict[str, int] = field(default_factory=dict)  # table -> rows in NEW
    lost: dict[str, str] = field(default_factory=dict)  # table -> what could not be read
    check: CheckReport | None = None

    @property
    def complete(self) -> bool:
        """Nothing lost and the new file passes every check."""
        return not self.lost and self.check is not None and self.check.ok


def repair_copy(source: Path, out: Path) -> RepairReport:
    """Write a repaired copy of *source* to *out* (which must not exist); *source* is only
    read. Raises DatabaseError when nothing can be salvaged."""
    source, out = Path(source), Path(out)
    _require_sqlite_file(source)
    if out.exists():
        raise DatabaseError(f"'{out}' already exists; the repaired copy goes into a new file")
    if out.resolve() == source.resolve():
        raise DatabaseError("--out must be a new file, never the register itself")
    if not out.parent.is_dir():
        raise DatabaseError(f"Cannot write '{out}': the folder '{out.parent}' does not exist")
    report = RepairReport(source, out)
    partial = out.with_name(out.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        try:
            _vacuum_into(source, partial)
            report.method = "copied whole (VACUUM INTO): every row could be read"
        except sqlite3.DatabaseError:
            for suffix in ("", "-journal", "-wal"):
                partial.with_name(partial.name + suffix).unlink(missing_ok=True)
            _copy_table_by_table(source, partial, report)
            report.method = "copied table by table, skipping what could not be read"
        _rebuild(partial, report)
        partial.replace(out)
    except sqlite3.Error as exc:
        raise DatabaseError(
            f"Nothing could be salvaged from '{source}' ({exc}); no file was written."
        ) from exc
    finally:
        for suffix in ("", "-journal", "-wal", "-shm"):
            partial.with_name(partial.name + suffix).unlink(missing_ok=True)
    with inspecting(out) as database:
        report.check = check_database(database)
    return report


def _vacuum_into(source: Path, partial: Path) -> None:
    connection = sqlite3.connect(untouched_read_uri(source), uri=True)
    try:
        verdict = connection.execute("PRAGMA integrity_check(1)").fetchone()[0]
        if verdict != "ok":
            raise sqlite3.DatabaseError(verdict)
        connection.execute("VACUUM INTO ?", (str(partial),))
    finally:
        connection.close()


def _copy_table_by_table(source: Path, partial: Path, report: RepairReport) -> None:
    old = sqlite3.connect(untouched_read_uri(source), uri=True)
    new = sqlite3.connect(partial, isolation_level=None)
    try:
        new.execute("PRAGMA foreign_keys=OFF")
        schema = old.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite_%' ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END"
        ).fetchall()
        tables = [
            name
            for kind, name, _sql in schema
            if kind == "table" and not (is_index_table(name) and name != PEOPLE_SEARCH)
        ]
        new.execute("BEGIN")
        for kind, name, sql in schema:
            if kind == "table" and (is_index_table(name) and name != PEOPLE_SEARCH):
                continue  # FTS shadow tables: made by the virtual table itself
            if kind == "table":
                new.execute(sql)
        for name in tables:
            if name == PEOPLE_SEARCH:
                continue  # derived: refilled in _rebuild
            _copy_rows(old, new, name, report)
        for kind, _name, sql in schema:
            if kind in ("index", "trigger"):
                try:
                    new.execute(sql)
                except sqlite3.IntegrityError as exc:  # a unique index the salvage broke
                    report.lost.setdefault("indexes", str(exc))
        new.execute("COMMIT")
    finally:
        old.close()
        new.close()


def _copy_rows(
    old: sqlite3.Connection, new: sqlite3.Connection, name: str, report: RepairReport
) -> None:
    quoted = '"' + name.replace('"', '""') + '"'
    columns = [row[1] for row in old.execute(f"PRAGMA table_info({quoted})")]
    marks = ", ".join("?" for _ in columns)
    saved = 0
    try:
        expected = old.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]
    except sqlite3.DatabaseError:
        expected = None
    try:
        for row in old.execute(f"SELECT * FROM {quoted} ORDER BY rowid"):
            new.execute(f"INSERT INTO {quoted} VALUES ({marks})", row)
            saved += 1
    except sqlite3.DatabaseError as exc:
        more = f"{expected - saved:,} row(s)" if expected is not None else "the rest"
        report.lost[name] = f"{more} past a damaged page could not be read ({exc})"
    report.saved[name] = saved
    if expected is not None and expected > saved and name not in report.lost:
        report.lost[name] = f"{expected - saved:,} row(s) could not be read"


def _rebuild(partial: Path, report: RepairReport) -> None:
    connection = sqlite3.connect(partial, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("REINDEX")
        report.done.append("rebuilt every index (REINDEX)")
        has_search = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE name = ?", (PEOPLE_SEARCH,)
        ).fetchone()
        if has_search:
            connection.execute(f"DELETE FROM {PEOPLE_SEARCH}")
            count = connection.execute(
                f"INSERT INTO {PEOPLE_SEARCH}(rowid, key) SELECT people.id, {_PERSON_TEXT} "
                "FROM people"
            ).rowcount
            report.done.append(f"rebuilt the people search index from {count:,} people")
        connection.execute("COMMIT")
        if not report.saved:
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            ).fetchall():
                if not is_index_table(name):
                    quoted = '"' + name.replace('"', '""') + '"'
                    rows = connection.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]
                    report.saved[name] = rows
        connection.execute("PRAGMA journal_mode=WAL")  # as the program keeps every register
    finally:
        connection.close()
