"""``exchangedesk check --repair --out NEW``: salvage what can be read from a (damaged)
register into a new file, never touching the original.

1. ``VACUUM INTO`` a fresh file when SQLite can still read every row; otherwise the schema is
   re-created in the new file and each table copied row by row, in rowid order, up to the first
   page that cannot be read (the rest of that table is counted as lost). Debian's sqlite3 shell
   has no working ``.recover``, so it is not relied on.
2. ``REINDEX`` (indexes are derived from the tables) and the people search index refilled from
   ``people`` (derived too, see :mod:`exchangedesk.db.search_index`); a schema stamp that
   disagrees with the tables is re-stamped to the revision they are (:mod:`.restamp`).
3. The full check (:func:`~exchangedesk.services.maintenance.upkeep.check_database`) on NEW.

Rows saved and lost are counted per table, so the report says in words what the repair cost.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from exchangedesk.db.engine import untouched_read_uri
from exchangedesk.db.search_index import (
    DELEGATIONS_SEARCH,
    INDEXES,
    PARTNERSHIPS_SEARCH,
    PEOPLE_SEARCH,
    is_index_table,
)
from exchangedesk.domain.errors import DatabaseError
from exchangedesk.services.maintenance import restamp
from exchangedesk.services.maintenance.upkeep import (
    CheckReport,
    _require_sqlite_file,
    check_database,
    inspecting,
)


@dataclass
class RepairReport:
    source: Path
    out: Path
    method: str = ""  # "copied whole (VACUUM INTO)" or "copied table by table"
    done: list[str] = field(default_factory=list)  # what was rebuilt, in words
    saved: dict[str, int] = field(default_factory=dict)  # table -> rows in NEW
    lost: dict[str, str] = field(default_factory=dict)  # table -> what could not be read
    notes: list[str] = field(default_factory=list)  # what was found but left alone, in words
    stamped: str | None = None  # the schema revision the source said it was at
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
        new.execute("BEGIN")
        for kind, name, sql in schema:
            if kind != "table" or (is_index_table(name) and name not in INDEXES):
                continue  # FTS shadow tables: made by their virtual table itself
            new.execute(sql)
            if not is_index_table(name):  # the search indexes are refilled in _rebuild
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
    """Copy a table in rowid order; past a damaged page, carry on after it.

    A damaged page stops the read; the rows after it are reached again by seeking the b-tree
    (``rowid >= X`` descends from the root, never through the damaged leaf), probing for the
    first readable rowid past the damage. So only the rows on damaged pages are lost."""
    quoted = '"' + name.replace('"', '""') + '"'
    columns = [row[1] for row in old.execute(f"PRAGMA table_info({quoted})")]
    insert = f"INSERT INTO {quoted} VALUES ({', '.join('?' for _ in columns)})"
    try:
        expected = old.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]
    except sqlite3.DatabaseError:
        expected = None
    try:
        old.execute(f"SELECT rowid FROM {quoted} LIMIT 1").fetchall()
    except sqlite3.DatabaseError:
        _copy_without_rowid(old, new, name, quoted, insert, expected, report)
        return
    saved, last, gaps, reason = 0, None, [], ""
    while True:
        try:
            where = "" if last is None else "WHERE rowid > ?"
            rows = old.execute(
                f"SELECT rowid, * FROM {quoted} {where} ORDER BY rowid",
                () if last is None else (last,),
            )
            for row in rows:
                new.execute(insert, row[1:])
                saved, last = saved + 1, row[0]
            break
        except sqlite3.DatabaseError as exc:
            reason = str(exc)
        # The read stopped at damage (Python's cursor reads a row ahead, so the last row of
        # the sound page may still be unread): one row at a time up to the damaged page...
        after = last
        row = _first_from(old, quoted, None if after is None else after + 1)
        while isinstance(row, tuple):
            new.execute(insert, row[1:])
            saved, last = saved + 1, row[0]
            row = _first_from(old, quoted, last + 1)
        if row is None:
            break  # the end of the table: nothing was past the damage after all
        resumed = _past_damage(old, quoted, last)
        if resumed is None:
            gaps.append((last, None))
            break
        gaps.append((last, resumed[0]))
        new.execute(insert, resumed[1:])
        saved, last = saved + 1, resumed[0]
    report.saved[name] = saved
    if gaps:
        count = f"{expected - saved:,} row(s)" if expected is not None else "the rows"
        where = "; ".join(
            f"after id {low}" + (f", up to id {high}" if high is not None else " to the end")
            if low is not None
            else f"before id {high}"
            for low, high in gaps
        )
        report.lost[name] = f"{count} on damaged page(s) could not be read ({where}; {reason})"
    elif expected is not None and expected > saved:
        report.lost[name] = f"{expected - saved:,} row(s) could not be read"


_DAMAGED = "damaged"  # _first_from's answer when the seek ran into a damaged page


def _first_from(old: sqlite3.Connection, quoted: str, start: int | None) -> object:
    """The first row with rowid >= *start* (a tuple), None past the end, or _DAMAGED."""
    where = "" if start is None else "WHERE rowid >= ?"
    try:
        return old.execute(
            f"SELECT rowid, * FROM {quoted} {where} ORDER BY rowid LIMIT 1",
            () if start is None else (start,),
        ).fetchone()
    except sqlite3.DatabaseError:
        return _DAMAGED


def _past_damage(old: sqlite3.Connection, quoted: str, last: int | None) -> tuple | None:
    """The first readable row past the damage that follows rowid *last* (None: none is)."""
    low = (last if last is not None else -(2**62)) + 1  # a seek from here runs into damage
    step, found, high = 1, None, None
    while low + step < 2**62:  # doubling: far enough past the damaged page(s)
        row = _first_from(old, quoted, low + step)
        if row is None:
            return None
        if isinstance(row, tuple):
            found, high = row, low + step
            break
        low, step = low + step, step * 2
    if found is None:
        return None
    while high - low > 1:  # halving back: the first rowid a seek can reach
        middle = (low + high) // 2
        row = _first_from(old, quoted, middle)
        if isinstance(row, tuple):
            found, high = row, middle
        else:
            low = middle
    return found


def _copy_without_rowid(
    old: sqlite3.Connection,
    new: sqlite3.Connection,
    name: str,
    quoted: str,
    insert: str,
    expected: int | None,
    report: RepairReport,
) -> None:
    saved = 0
    try:
        for row in old.execute(f"SELECT * FROM {quoted}"):
            new.execute(insert, row)
            saved += 1
    except sqlite3.DatabaseError as exc:
        more = f"{expected - saved:,} row(s)" if expected is not None else "the rest"
        report.lost[name] = f"{more} past a damaged page could not be read ({exc})"
    report.saved[name] = saved


def _restamp(connection: sqlite3.Connection, report: RepairReport) -> None:
    """The stamp made to say what the tables are (see :mod:`.restamp`)."""
    verdict = restamp.judge(connection)
    report.stamped = verdict.stamped
    if verdict.matches is None:
        report.notes.append(
            f"the tables match no schema revision this program knows; the stamp "
            f"({verdict.stamped or 'none'}) was left as it was"
        )
    elif verdict.wrong:
        restamp.restamp(connection, verdict.matches)
        report.done.append(
            f"re-stamped the schema revision: the file said {verdict.stamped or 'none'}, but "
            f"its tables are those of revision {verdict.matches}"
        )


def _indexed_rows() -> dict[str, tuple[str, str]]:
    """Per search index, the SELECT of (rowid, text) it holds: the SQL of the revisions that
    made it (0006 for people, 0011_perf2 for delegations and partnerships)."""
    from alembic.script import ScriptDirectory

    from exchangedesk.db import migrate

    script = ScriptDirectory.from_config(migrate.alembic_config())
    perf2 = script.get_revision("0011_perf2").module
    # The text one person is found by: the SQL of the latest people-search triggers.
    people = script.get_revision("0014_words16").module
    return {
        PEOPLE_SEARCH: (f"SELECT people.id, {people._PERSON} FROM people", "people"),
        DELEGATIONS_SEARCH: (
            f"SELECT delegations.id, {perf2._ROW} FROM delegations",
            "delegations",
        ),
        PARTNERSHIPS_SEARCH: (
            f"SELECT partnerships.id, {perf2._PAIR} FROM partnerships",
            "partnerships",
        ),
    }


def _rebuild(partial: Path, report: RepairReport) -> None:
    connection = sqlite3.connect(partial, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("REINDEX")
        report.done.append("rebuilt every index (REINDEX)")
        present = {
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        for index, (rows_sql, what) in _indexed_rows().items():
            if index in present:
                connection.execute(f"DELETE FROM {index}")
                count = connection.execute(f"INSERT INTO {index}(rowid, key) {rows_sql}").rowcount
                report.done.append(f"rebuilt the {what} search index from {count:,} {what}")
        _restamp(connection, report)
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
