"""The backups of a register, each verified before it is offered, and putting the newest back.

A backup counts only once it has passed what a restore would rely on: ``integrity_check``,
``foreign_key_check`` and a schema revision this program knows. A damaged one is listed as such
and skipped by :func:`restore_latest`, so a secretary in trouble is never handed a second
broken file.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from exchangedesk.db import backup
from exchangedesk.db.engine import resolve_url, sqlite_path, untouched_read_uri
from exchangedesk.db.faults import explained
from exchangedesk.db.lock import InstanceLock
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import DatabaseError
from exchangedesk.paths import default_backup_dir


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime  # UTC
    size: int  # bytes
    label: str  # "backup", "before-upgrade"...
    revision: str | None
    problem: str | None  # None: verified (once checked)
    why: str | None = None  # "before import of pairs.csv", from the sidecar
    checked: bool = True  # False: listed only, not verified yet (see listed_backups)

    @property
    def verified(self) -> bool:
        return self.checked and self.problem is None

    @property
    def taken_before(self) -> str:
        return self.why or backup.LABELS.get(self.label, self.label)


log = logging.getLogger(__name__)


class BackupBefore:
    """A ``before_saving`` hook for an import or a merge: called once, just before the work
    writes anything, it writes a verified backup tagged with what it was taken before, and
    remembers where (:attr:`written`). A failed backup raises, so the work is not done.

    A register on a server (PostgreSQL) is backed up there (pg_dump), and one in memory or
    opened read-only has nothing to lose: the hook then only says so in the log."""

    def __init__(self, database: Database, label: str, why: str) -> None:
        if label not in backup.LABELS:
            raise ValueError(f"unknown backup label {label!r}")
        self.database = database
        self.label = label
        self.why = why
        self.written: Path | None = None

    def __call__(self, why: str | None = None) -> None:
        why = why or self.why
        path = sqlite_path(self.database.url)
        if path is None or self.database.read_only:
            if path is not None:
                where = "opened read-only"
            elif self.database.is_sqlite:
                where = "in memory"
            else:
                where = "on a database server; back it up there with pg_dump"
            log.info("no backup taken %s: the register is %s", why, where)
            return
        folder = default_backup_dir(path)
        from exchangedesk.db import migrate  # when used: it loads Alembic (issue 18, start-up)

        try:
            self.written = backup.snapshot(
                path, folder, label=self.label, expect_revision=migrate.head_revision(), why=why
            )
        except OSError as exc:  # what explained() has no words for: a file named like the folder
            raise DatabaseError(
                f"No backup was written {why} into '{folder}' ({exc.strerror or exc}), so "
                "nothing was saved and the register was not changed."
            ) from exc
        log.info("backup %s written to %s", why, self.written)


def before_import(database: Database, source: str) -> BackupBefore:
    """The hook for an import of the file named *source*."""
    return BackupBefore(database, "before-import", f"before import of {Path(source).name}")


def before_merge(database: Database) -> BackupBefore:
    """The hook for a merge; the merge names the two records when it calls it."""
    return BackupBefore(database, "before-merge", "before merging two records")


@dataclass(frozen=True)
class Restored:
    backup: BackupInfo
    skipped: list[BackupInfo]  # newer backups that failed verification
    kept: Path | None  # where the file it replaced now is


def register_file(location: str | Path | None) -> Path:
    path = sqlite_path(resolve_url(location))
    if path is None:
        raise DatabaseError("Only SQLite database files have backups kept by ExchangeDesk")
    return path


def list_backups(location: str | Path | None, folder: Path | None = None) -> list[BackupInfo]:
    """Every backup of the register at *location*, newest first, each verified."""
    path = register_file(location)
    folder = folder if folder is not None else default_backup_dir(path)
    return [_inspect(file, label, taken) for file, label, taken in backup.backups_of(path, folder)]


def listed_backups(location: str | Path | None) -> list[BackupInfo]:
    """Every backup of the register at *location*, newest first, without opening any (a
    directory listing: instant even for many large files); ``verified_info`` checks one."""
    path = register_file(location)
    return [
        BackupInfo(file, taken, _size(file), label, None, None, backup.why_taken(file), False)
        for file, label, taken in backup.backups_of(path, default_backup_dir(path))
    ]


def verified_info(info: BackupInfo) -> BackupInfo:
    """*info* once its file has been verified (integrity, references, schema revision); reads
    the whole file, so File › Backups… calls it off the GUI thread."""
    return _inspect(info.path, info.label, info.taken_at)


def _size(file: Path) -> int:
    try:
        return file.stat().st_size
    except OSError:  # removed since the listing (thinned by a backup written meanwhile)
        return 0


def newest_verified(location: str | Path | None) -> BackupInfo | None:
    """The newest backup that passes verification (older ones are not even opened)."""
    path = register_file(location)
    for file, label, taken in backup.backups_of(path, default_backup_dir(path)):
        info = _inspect(file, label, taken)
        if info.verified:
            return info
    return None


def verify(file: Path) -> tuple[str | None, str | None]:
    """(schema revision, problem or None) of a backup file, read without writing to it."""
    try:
        with file.open("rb") as handle:
            if not handle.read(16).startswith(b"SQLite format 3"):
                return None, "not an SQLite file"
        connection = sqlite3.connect(untouched_read_uri(file), uri=True)
    except (OSError, sqlite3.Error) as exc:
        return None, f"cannot be read ({exc})"
    try:
        connection.execute("PRAGMA ignore_check_constraints=ON")
        verdict = connection.execute("PRAGMA integrity_check(1)").fetchone()[0]
        if verdict != "ok":
            return None, f"damaged ({' '.join(str(verdict).split())})"
        broken = connection.execute("PRAGMA foreign_key_check").fetchone()
        if broken is not None:
            return None, f"broken references (table {broken[0]}, row {broken[1]})"
        rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error as exc:
        return None, f"damaged ({exc})"
    finally:
        connection.close()
    if len(rows) != 1:
        return None, "holds no ExchangeDesk schema"
    revision = rows[0][0]
    from exchangedesk.db import migrate  # when used: it loads Alembic (issue 18, start-up)

    if revision not in migrate.known_revisions():
        return revision, f"written by a newer ExchangeDesk (schema {revision})"
    return revision, None


def _inspect(file: Path, label: str, taken: dt.datetime) -> BackupInfo:
    revision, problem = verify(file)
    return BackupInfo(
        file, taken, file.stat().st_size, label, revision, problem, backup.why_taken(file)
    )


def restore_latest(location: str | Path | None) -> Restored:
    """Put the newest verified backup in place of the register at *location*.

    The file it replaces (often a damaged one) is kept beside it as
    ``<name>.damaged-<timestamp>``, never overwritten."""
    path = register_file(location)
    skipped: list[BackupInfo] = []
    for file, label, taken in backup.backups_of(path, default_backup_dir(path)):
        info = _inspect(file, label, taken)
        if info.verified:
            return Restored(info, skipped, restore_over(info.path, path))
        skipped.append(info)
    found = f" ({len(skipped)} found, none passed verification)" if skipped else ""
    raise DatabaseError(
        f"No verified backup of '{path}' is in '{default_backup_dir(path)}'{found}; "
        "nothing was restored."
    )


def restore_chosen(backup_file: Path, path: Path) -> Path | None:
    """Put the backup the user chose in place of the register at *path* (File › Backups…): the
    file it replaces is kept beside it as ``<name>.replaced-<timestamp>``, never lost, and
    people erased since the backup was taken are erased again. Returns that kept file."""
    return restore_over(backup_file, path, kept_as="replaced")


def restore_over(backup_file: Path, path: Path, *, kept_as: str = "damaged") -> Path | None:
    """Replace *path* with the verified *backup_file*, holding the instance lock; the file it
    replaces is renamed ``<name>.damaged-<timestamp>`` beside it (its -wal too); people erased
    since the backup was taken are erased again. Returns the kept name, or None when there was
    nothing to keep."""
    _revision, problem = verify(backup_file)
    if problem is not None:
        raise DatabaseError(f"'{backup_file}' is {problem}; nothing was restored")
    lock = InstanceLock(path).acquire()
    try:
        kept = None
        with explained(where=path, outcome="Nothing was restored."):
            if path.exists() and path.stat().st_size > 0:
                kept = _set_aside(path, kept_as)
            else:
                path.unlink(missing_ok=True)
        with explained(
            where=path,
            outcome=f"The backup was not restored; the previous file is kept as '{kept}'."
            if kept
            else "Nothing was restored.",
        ):
            backup.restore(backup_file, path)
    finally:
        lock.release()
    # Every way back to an older copy (File › Backups…, 'restore --latest', the offer on a
    # damaged file) erases again whoever was erased since it was taken (issue 22).
    from exchangedesk.services.maintenance.upkeep import _replay_erasures

    _replay_erasures(path)
    return kept


def _set_aside(path: Path, kept_as: str = "damaged") -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    kept = path.with_name(f"{path.name}.{kept_as}-{stamp}")
    number = 1
    while kept.exists():  # never overwrite an earlier one
        number += 1
        kept = path.with_name(f"{path.name}.{kept_as}-{stamp}-{number}")
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        # Under SQLite's own naming, so opening the kept file still reads its journal.
        wal.rename(kept.with_name(kept.name + "-wal"))
    path.with_name(path.name + "-shm").unlink(missing_ok=True)  # an index, rebuilt on open
    path.rename(kept)
    return kept
