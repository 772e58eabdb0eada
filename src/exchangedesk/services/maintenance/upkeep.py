"""Keeping the register sound: checking it, backing it up and putting a backup back.

* :func:`check_database` reads only. On SQLite it runs ``integrity_check`` and
  ``foreign_key_check``, on a server the server's own checks (:mod:`.server_checks`); everywhere it compares the schema revision with this program's and
  re-checks the committee's rules (:mod:`exchangedesk.services.maintenance.invariants`).
  :func:`inspecting` opens a database for it without writing a byte: no upgrade, no lock, no
  -wal/-shm files left behind.
* :func:`backup_database` writes a verified SQLite snapshot and rotates old ones. It takes no
  lock: the backup API copies under a read transaction, consistent while others write.
* :func:`restore_database` is the one that replaces data, so it holds the instance lock and keeps
  a copy of the current file first, even a damaged one.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, select
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from exchangedesk.db import backup, migrate
from exchangedesk.db.engine import (
    make_engine,
    resolve_url,
    sqlite_path,
    untouched_read_uri,
    uri_engine,
)
from exchangedesk.db.faults import explain as explain_fault
from exchangedesk.db.lock import InstanceLock
from exchangedesk.db.models import Setting
from exchangedesk.db.opening import SQLITE_HEADER
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import DatabaseError
from exchangedesk.paths import default_backup_dir
from exchangedesk.services.maintenance import invariants, server_backups, server_checks

MAX_LISTED = 20  # rows named per problem kind; the rest are counted


@dataclass(frozen=True)
class Problem:
    area: str  # what was checked: "integrity", "foreign keys", "schema", "delegations"...
    message: str

    def __str__(self) -> str:
        return f"{self.area}: {self.message}"


@dataclass
class CheckReport:
    location: str
    expected_revision: str
    schema_revision: str | None = None
    written_by: str | None = None  # ExchangeDesk version that last migrated the schema
    problems: list[Problem] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # checks that could not apply here

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, area: str, message: str) -> None:
        self.problems.append(Problem(area, message))


# ---------------------------------------------------------------------------------------- check


@contextmanager
def inspecting(location: str | Path | None) -> Iterator[Database]:
    """The database at *location*, opened to be read and nothing else.

    Unlike :func:`~exchangedesk.db.opening.open_database` this neither upgrades an older schema
    nor takes the instance lock (reading does not need it, and ``check`` must work while the
    program is open); a missing file is an error rather than a new database."""
    url = resolve_url(location)
    path = sqlite_path(url)
    if path is None:
        if url.get_backend_name() == "sqlite":
            raise DatabaseError("An in-memory database has nothing to check")
        engine = make_engine(url, read_only=True)
    else:
        _require_sqlite_file(path)
        uri = untouched_read_uri(path)
        engine = uri_engine(lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))
    database = Database(engine=engine, url=url, read_only=True)
    try:
        yield database
    finally:
        database.close()


def check_database(database: Database) -> CheckReport:
    """Everything that can be wrong with the stored register, each as one clear problem.

    Raises :class:`NewerDatabaseError` for a schema from a newer ExchangeDesk (only that version
    knows its rules) and :class:`DatabaseError` for an SQLite file that is not ExchangeDesk's."""
    report = CheckReport(
        location=str(sqlite_path(database.url) or database.url.render_as_string(True)),
        expected_revision=migrate.head_revision(),
    )
    with database.engine.connect() as connection:
        try:
            report.schema_revision = migrate.refuse_if_newer(connection)
            if report.schema_revision is not None:
                report.written_by = connection.execute(
                    select(Setting.value).where(Setting.key == migrate.WRITTEN_BY_KEY)
                ).scalar()
            readable = True
        except SQLAlchemyError as exc:  # NewerDatabaseError and DatabaseError go to the caller
            report.add("schema", f"the schema version cannot be read ({_reason(exc)})")
            readable = False
        if database.is_sqlite:
            _run(report, "integrity", _integrity, connection)
            _run(report, "foreign keys", _foreign_keys, connection)
        else:
            for area, server_check in server_checks.CHECKS:
                _run(report, area, server_check, connection)
        if readable and report.schema_revision is None:
            report.add("schema", "this database holds no ExchangeDesk schema (it is empty)")
        elif (
            readable
            and report.schema_revision != report.expected_revision
            and database.is_sqlite
            and (wrong := _wrong_stamp(connection))
        ):
            report.add(
                "schema",
                f"the file says its schema is at revision {report.schema_revision}, but its "
                f"tables are those of revision {wrong}, so it cannot be opened or upgraded. "
                "'exchangedesk check --repair --out NEW' writes a copy stamped with the right "
                "revision; 'check' never changes this file.",
            )
        elif readable and report.schema_revision != report.expected_revision:
            report.add(
                "schema",
                f"the schema is at revision {report.schema_revision}, older than this "
                f"program's {report.expected_revision}. Open it once in ExchangeDesk to upgrade "
                "it (a backup is written first); 'check' never changes it.",
            )
        if report.schema_revision != report.expected_revision or not readable:
            report.skipped.append("the committee's rules (they are written for the current schema)")
            return report
        for area, rule in invariants.RULES:
            _run(report, area, rule, connection)
    return report


def _wrong_stamp(connection: Connection) -> str | None:
    """The revision the tables really are, when the stamp says another (see restamp)."""
    from exchangedesk.services.maintenance import restamp

    try:
        verdict = restamp.judge(connection.connection.driver_connection)
    except sqlite3.Error:
        return None  # damage: the integrity check above reports it
    return verdict.matches if verdict.wrong else None


def _run(
    report: CheckReport, area: str, step: Callable[[Connection], list[str]], conn: Connection
) -> None:
    try:
        messages = step(conn)
    except SQLAlchemyError as exc:
        messages = [f"could not be checked: {_reason(exc)}"]
    listed = messages[:MAX_LISTED]
    if len(messages) > MAX_LISTED:
        listed.append(f"... and {len(messages) - MAX_LISTED} more of the same kind")
    for message in listed:
        report.add(area, message)


def _reason(exc: Exception) -> str:
    return " ".join(str(getattr(exc, "orig", None) or exc).split())


def _integrity(conn: Connection) -> list[str]:
    try:
        rows = conn.exec_driver_sql(f"PRAGMA integrity_check({MAX_LISTED + 1})").scalars().all()
    except SQLAlchemyError as exc:  # damage bad enough that the check itself cannot walk it
        return [f"the file is damaged: {_reason(exc)}"]
    if rows == ["ok"]:
        return []
    lines = [line for row in rows for line in str(row).splitlines()]
    return [f"the file is damaged: {line}" for line in lines if not line.startswith("***")]


def _foreign_keys(conn: Connection) -> list[str]:
    broken: dict[tuple[str, str], list[int]] = defaultdict(list)
    for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check"):
        broken[(table, parent)].append(rowid)
    return [
        f"{len(ids)} row(s) of {table} (ids {_ids(ids)}) refer to missing rows in {parent}"
        for (table, parent), ids in sorted(broken.items())
    ]


def _ids(ids: list) -> str:
    shown = ", ".join(str(i) for i in ids[:5])
    return shown + (", ..." if len(ids) > 5 else "")


# ------------------------------------------------------------------------------ backup, restore


def backup_database(
    location: str | Path | None, dest: Path | None = None, *, keep: int = backup.KEEP_BACKUPS
) -> Path:
    """Write a verified snapshot of the SQLite database at *location* into *dest* (default: the
    ``backups`` folder beside it), keep the newest *keep* of them, and return its path.

    A register on a PostgreSQL server is dumped with ``pg_dump -Fc`` and verified instead."""
    url = resolve_url(location)
    if url.get_backend_name() == "postgresql":
        return server_backups.dump_database(url, dest, keep=keep).path
    path = _sqlite_file_for(url, "backed up", "pg_dump")
    _require_sqlite_file(path)
    return backup.snapshot(path, dest if dest is not None else default_backup_dir(path), keep=keep)


def restore_database(backup_file: Path, location: str | Path | None) -> Path | None:
    """Replace the database at *location* with *backup_file*.

    The backup is verified first; then, holding the instance lock (so no ExchangeDesk has the
    database open for writing), the current file is kept in the backups folder. Returns that
    safety copy, or None when there was no database yet.

    On a PostgreSQL server the current register is dumped first (that dump is the safety copy),
    then the backup's dump replaces it in one transaction."""
    url = resolve_url(location)
    if url.get_backend_name() == "postgresql":
        server_backups.verify_dump(Path(backup_file))  # refused before anything is written
        kept = server_backups.dump_database(url).path
        server_backups.restore_dump(Path(backup_file), url)
        return kept
    path = _sqlite_file_for(url, "restored", "pg_restore")
    backup_file = Path(backup_file)
    _verify_backup(backup_file)
    if path.exists() and path.resolve() == backup_file.resolve():
        raise DatabaseError(f"'{backup_file}' is the database itself; choose a backup file")
    if not path.parent.is_dir():
        raise DatabaseError(
            f"Cannot restore to '{path}': the folder '{path.parent}' does not exist"
        )
    replacing = path.exists() and path.stat().st_size > 0
    if replacing:
        _require_sqlite_file(path)  # never replace a file that is not a database at all
    try:
        lock = InstanceLock(path).acquire()
    except OSError as exc:
        raise DatabaseError(f"Cannot restore to '{path}': {exc.strerror}") from exc
    try:
        kept = _keep_current(path) if replacing else None
        backup.restore(backup_file, path)
        restored = sqlite3.connect(untouched_read_uri(path), uri=True)
        try:
            verdict = restored.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            restored.close()
        if verdict != "ok":  # pragma: no cover - the backup API copied a verified file
            raise DatabaseError(f"The restored database failed its check ({verdict})")
    except (sqlite3.Error, OSError) as exc:
        plain = explain_fault(exc, where=path, outcome=f"'{backup_file}' was not restored.")
        if plain is not None:
            raise plain from exc
        raise DatabaseError(f"Could not restore '{backup_file}' to '{path}': {exc}") from exc
    finally:
        lock.release()
    _replay_erasures(path)
    return kept


def _replay_erasures(path: Path) -> None:
    """People erased since the backup was written are erased again (issue 22): an older backup
    must not bring back what someone asked to have removed."""
    from exchangedesk.db.opening import open_database
    from exchangedesk.services.people.privacy_erasure import LOG_SUFFIX, replay_erasures

    if not path.with_name(path.name + LOG_SUFFIX).exists():
        return
    opened = open_database(path)
    try:
        replay_erasures(opened.database)
    finally:
        opened.close()


def _sqlite_file_for(url: URL, verb: str, tool: str) -> Path:
    path = sqlite_path(url)
    if path is not None:
        return path
    if url.get_backend_name() == "sqlite":
        raise DatabaseError(f"An in-memory database cannot be {verb}")
    raise DatabaseError(
        f"Only SQLite database files are {verb} by ExchangeDesk; for the "
        f"{url.get_backend_name()} database at {url.host or 'the server'} use {tool}."
    )


def _require_sqlite_file(path: Path) -> None:
    if path.is_dir():
        raise DatabaseError(f"'{path}' is a folder, not a database file")
    if not path.exists():
        raise DatabaseError(f"'{path}' does not exist")
    if path.stat().st_size == 0:
        found = backup.backups_of(path, default_backup_dir(path))
        hint = (
            f" {len(found)} backup(s) of it are in '{default_backup_dir(path)}': "
            "'exchangedesk restore --latest' puts the newest verified one back."
            if found
            else ""
        )
        raise DatabaseError(f"'{path}' is empty: it holds no database yet.{hint}")
    with path.open("rb") as handle:
        if not handle.read(100).startswith(SQLITE_HEADER):
            raise DatabaseError(
                f"'{path}' is not an ExchangeDesk database (it is not an SQLite file)"
            )


def _verify_backup(backup_file: Path) -> None:
    """A backup is restored only if it is whole and an ExchangeDesk schema this program knows."""
    try:
        _require_sqlite_file(backup_file)
    except DatabaseError as exc:
        raise DatabaseError(f"Nothing was restored: {exc}") from exc
    engine = uri_engine(
        lambda: sqlite3.connect(untouched_read_uri(backup_file), uri=True, check_same_thread=False)
    )
    try:
        with engine.connect() as conn:
            verdict = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
            if verdict != "ok":
                raise DatabaseError(
                    f"'{backup_file}' is damaged ({' '.join(str(verdict).split())}); "
                    "nothing was restored"
                )
            if migrate.refuse_if_newer(conn) is None:
                raise DatabaseError(
                    f"'{backup_file}' holds no ExchangeDesk data; nothing was restored"
                )
    except SQLAlchemyError as exc:
        raise DatabaseError(
            f"'{backup_file}' is not a readable backup ({_reason(exc)}); nothing was restored"
        ) from exc
    finally:
        engine.dispose()


def _keep_current(path: Path) -> Path:
    """Copy the database about to be replaced into its backups folder.

    A sound file gets a verified snapshot. A damaged one (often why someone restores) cannot
    pass verification, so its raw bytes are kept instead, journal and all, and it is moved out
    of the way so the backup is copied into a fresh file."""
    folder = default_backup_dir(path)
    try:
        return backup.snapshot(path, folder, label="before-restore")
    except DatabaseError:
        pass
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    kept = folder / f"{path.stem}-damaged-before-restore-{stamp}.sqlite3"
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy2(path, kept)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            if suffix == "-wal":
                shutil.copy2(companion, kept.with_name(kept.name + suffix))
            companion.unlink()
    path.unlink()
    return kept
