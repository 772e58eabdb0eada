"""Opening a database the way the application and the command line both do.

The order matters and each step is there for a failure a committee has met:
1. resolve ``--db`` (path or URL) and refuse unknown schemes;
2. look at an existing SQLite file without writing to it: is it SQLite at all, is it damaged,
   was it written by a newer ExchangeDesk? A refusal leaves the file byte-for-byte untouched;
3. take the one-instance lock (unless opening read-only);
4. if the schema is older, write a backup, then upgrade.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from exchangedesk.db import backup
from exchangedesk.db.engine import (
    make_engine,
    resolve_url,
    sqlite_path,
    untouched_read_uri,
    uri_engine,
)
from exchangedesk.db.faults import explained
from exchangedesk.db.lock import InstanceLock
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import (
    DamagedDatabaseError,
    DatabaseError,
    EmptyWithBackupsError,
    ReadOnlyFolderError,
)
from exchangedesk.paths import default_backup_dir

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"

# PRAGMA quick_check walks every page of the file: about 5 ms per MB here, 3.4 s for the 650 MB
# federation register (docs/PERFORMANCE.md), all of it before the window could show anything.
# Up to this size the walk still runs on open; a larger file is opened after the header and
# schema checks only, and walked by the window in the background (exchangedesk.ui.app), by
# 'exchangedesk check' (integrity_check) and by every backup (which verifies its copy).
CHECK_PAGES_ON_OPEN_MB = 64


@dataclass
class OpenedDatabase:
    database: Database
    lock: InstanceLock | None
    backup_written: Path | None = None
    # Every page was walked by quick_check before opening (False: a large file, see above).
    pages_checked: bool = True
    # The window sets this: closing after a change then writes a verified "on-close" backup.
    backup_on_close: bool = False
    close_backup: Path | None = None  # what that backup wrote, or
    close_backup_error: str | None = None  # why it could not (the register itself is saved)

    def close(self) -> None:
        self.database.close()  # every pooled connection closed: the WAL is checkpointed
        try:
            if self.backup_on_close:
                self._backup_on_close()
        finally:
            if self.lock is not None:
                self.lock.release()

    def _backup_on_close(self) -> None:
        path = sqlite_path(self.database.url)
        if path is None or self.database.read_only or not self.database.changed:
            return
        self.database.changed = False
        try:
            # Still under the instance lock: nobody writes while it is copied.
            self.close_backup = backup.snapshot(
                path,
                default_backup_dir(path),
                label="on-close",
                expect_revision=_head_revision(),
            )
        except DatabaseError as exc:
            self.close_backup_error = str(exc)
            log.warning("no backup on close: %s", exc)


def open_database(
    location: str | Path | None,
    *,
    read_only: bool = False,
    take_lock: bool = True,
    upgrade: bool = True,
    replace_empty: bool = False,
) -> OpenedDatabase:
    """*replace_empty*: an empty (0-byte) file whose backups exist becomes a new register only
    when the user said so; otherwise :class:`EmptyWithBackupsError`."""
    url = resolve_url(location)
    path = sqlite_path(url)
    if path is not None:
        if not replace_empty:
            _refuse_empty_with_backups(path)
        return _open_sqlite(url, path, read_only=read_only, take_lock=take_lock, upgrade=upgrade)
    return _open_server(url, read_only=read_only, upgrade=upgrade)


def _open_sqlite(
    url: URL, path: Path, *, read_only: bool, take_lock: bool, upgrade: bool
) -> OpenedDatabase:
    existing = path.exists() and path.stat().st_size > 0 if not path.is_dir() else True
    _check_location(path, existing=existing, read_only=read_only)
    revision, pages_checked = _inspect_untouched(path) if existing else (None, True)

    lock = InstanceLock(path).acquire() if take_lock and not read_only else None
    try:
        engine = make_engine(url, read_only=read_only)
        database = Database(engine=engine, url=url, read_only=read_only)
        written: Path | None = None
        if revision is None or revision != _head_revision():
            if read_only:
                raise DatabaseError(
                    f"'{path}' needs a schema upgrade before it can be read, and it was opened "
                    "read-only. Open it normally once to upgrade it."
                )
            if not upgrade:
                raise DatabaseError(f"'{path}' is not at the current schema")
            if revision is not None:
                # An existing database with an older schema: a copy first, whatever happens next.
                written = backup.snapshot(path, default_backup_dir(path), label="before-upgrade")
                log.info("backup before upgrade written to %s", written)
            _upgrade(engine, path, revision, written)
        return OpenedDatabase(
            database=database, lock=lock, backup_written=written, pages_checked=pages_checked
        )
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _upgrade(engine: Any, path: Path, revision: str | None, written: Path | None) -> None:
    """Upgrade in one transaction; a failure is rolled back and told in words."""
    from exchangedesk.db import migrate

    kept = f" A copy taken before the attempt is in '{written}'." if written else ""
    try:
        with explained(where=path, outcome=f"Nothing was upgraded.{kept}"):
            migrate.upgrade(engine)
    except SQLAlchemyError as exc:
        engine.dispose()  # no connection left to write a -wal beside the refused file
        reason = " ".join(str(getattr(exc, "orig", exc)).split())
        stamped = f"says its schema is at revision {revision}" if revision else "holds no schema"
        if written is not None:
            # The same mismatch, byte for byte: it would only pass for the newest good backup.
            written.unlink(missing_ok=True)
        raise DatabaseError(
            f"'{path}' {stamped}, but its tables do not match that ({reason}), so it cannot "
            "be upgraded. It has not been changed. 'exchangedesk backups' lists the backups "
            "taken before this happened; 'exchangedesk check' reports what else is wrong."
        ) from exc
    except BaseException:
        engine.dispose()
        raise


def _refuse_empty_with_backups(path: Path) -> None:
    if not path.is_file() or path.stat().st_size > 0:
        return
    folder = default_backup_dir(path)
    found = backup.backups_of(path, folder)
    if not found:
        return  # an empty file and nothing to lose: it becomes the new register
    newest, _label, taken = found[0]
    raise EmptyWithBackupsError(
        f"'{path}' is empty (0 bytes), but {len(found)} backup(s) of it are in '{folder}', "
        f"the newest from {taken.astimezone():%d %B %Y %H:%M}. It was not replaced with a new "
        f"empty register and nothing was changed. Restore the newest verified backup with "
        f"'exchangedesk restore --latest --db {path}', or delete the empty file to start afresh.",
        path,
        [entry[0] for entry in found],
    )


def _check_location(path: Path, *, existing: bool, read_only: bool) -> None:
    if path.is_dir():
        raise DatabaseError(f"'{path}' is a folder, not a database file")
    folder = path.parent
    if not existing:
        if read_only:
            raise DatabaseError(f"'{path}' does not exist, so it cannot be opened read-only")
        if not folder.is_dir():
            raise DatabaseError(f"Cannot create '{path}': the folder '{folder}' does not exist")
        if not os.access(folder, os.W_OK):
            raise DatabaseError(f"Cannot create '{path}': the folder '{folder}' is read-only")
        return
    if not os.access(path, os.R_OK):
        raise DatabaseError(f"'{path}' cannot be read (permission denied)")
    if read_only:
        return
    if not os.access(path, os.W_OK):
        raise ReadOnlyFolderError(
            f"'{path}' is read-only. Open it read-only (--read-only), or make it writable.",
            path,
        )
    if not os.access(folder, os.W_OK):
        # SQLite writes its journal (-wal, -shm) beside the database.
        raise ReadOnlyFolderError(
            f"The folder '{folder}' is read-only, so '{path.name}' cannot be changed there. "
            "Open it read-only (--read-only), or move it to a writable folder.",
            path,
        )


def _inspect_untouched(path: Path) -> tuple[str | None, bool]:
    """Schema revision of an existing file, read without writing a single byte to it, and
    whether every page was checked (files up to :data:`CHECK_PAGES_ON_OPEN_MB`)."""
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_HEADER):
        raise DatabaseError(
            f"'{path}' is not an ExchangeDesk database (it is not an SQLite file). "
            "It has not been changed."
        )
    uri = untouched_read_uri(path)
    walk = path.stat().st_size <= CHECK_PAGES_ON_OPEN_MB * 1_000_000
    engine = uri_engine(lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))
    try:
        with engine.connect() as connection:
            # Damage in pages the schema lookup never reads would otherwise surface later, in the
            # middle of an edit. quick_check reads every page (see CHECK_PAGES_ON_OPEN_MB).
            if walk:
                verdict = _quick_check(connection)
                if verdict != "ok":
                    raise _damaged(path, DatabaseError(verdict))
            stored = _stored_revision(connection)
            if stored is not None and stored == _head_revision():
                return stored, walk  # at this program's schema: nothing for Alembic to decide
            from exchangedesk.db import migrate

            return migrate.refuse_if_newer(connection), walk
    except OperationalError as exc:
        raise _damaged(path, exc) from exc
    except SQLAlchemyError as exc:
        raise _damaged(path, exc) from exc
    finally:
        engine.dispose()


def _quick_check(connection: Any) -> str:
    # A row breaking a CHECK rule is not damage ('exchangedesk check' reports it): skipped.
    connection.exec_driver_sql("PRAGMA ignore_check_constraints=ON")
    return str(connection.exec_driver_sql("PRAGMA quick_check(1)").scalar())


# SQLite virtual-machine steps between two looks at verify_pages' ``stop`` (about a millisecond).
STOP_ASKED_EVERY = 10_000


def verify_pages(path: Path, stop: Callable[[], bool] | None = None) -> str | None:
    """Walk every page of a database opened without that check (``pages_checked`` False):
    None when it is sound, else SQLite's account of the damage on one line. Reads only, and may
    run on a worker thread while the program uses the file.

    ``stop`` is asked every few thousand SQLite steps; when it says True the walk ends at once
    and None is returned (nothing found, nothing proven). Quitting waited for the whole walk
    before: 5.6 s on the 713 MB federation register (issue 18)."""
    uri = untouched_read_uri(path)

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(uri, uri=True)
        if stop is not None:
            connection.set_progress_handler(lambda: 1 if stop() else 0, STOP_ASKED_EVERY)
        return connection

    engine = uri_engine(connect)
    try:
        with engine.connect() as connection:
            verdict = _quick_check(connection)
    except SQLAlchemyError as exc:
        if stop is not None and stop():
            return None  # interrupted on request, not damage
        verdict = str(getattr(exc, "orig", exc))
    finally:
        engine.dispose()
    return None if verdict == "ok" else " ".join(verdict.split())


def _damaged(path: Path, exc: Exception) -> DatabaseError:
    reason = " ".join(str(getattr(exc, "orig", exc)).split())  # one line, even quick_check's
    return DamagedDatabaseError(
        f"'{path}' is damaged and cannot be opened ({reason}). It has not been changed; "
        f"restore the newest verified backup with 'exchangedesk restore --latest --db {path}' "
        "('exchangedesk backups' lists them).",
        path,
    )


def _head_revision() -> str:
    """This program's schema revision. Importing Alembic costs about a quarter of the window's
    start-up imports (Alembic, Mako, Pygments: 0.2-0.5 s here), and it is only needed to
    upgrade; so the head is read from the revision files when the migration runner is not
    loaded already (when it is, it is asked: tests point it at other folders)."""
    loaded = sys.modules.get("exchangedesk.db.migrate")
    head = None if loaded is not None else _head_from_files()
    if head is None:
        from exchangedesk.db import migrate

        head = migrate.head_revision()
    return head


_REVISION = re.compile(r"^(down_revision|revision)\b[^=\n]*=\s*(None|[\"']([^\"']+)[\"'])", re.M)


@functools.cache
def _head_from_files() -> str | None:
    """The one revision no other revision follows, from the ``revision`` and ``down_revision``
    lines of migrations/versions; None when that is not plain (branches, unusual files)."""
    from exchangedesk.paths import migrations_dir

    revisions: set[str] = set()
    followed: set[str] = set()
    for source in (migrations_dir() / "versions").glob("*.py"):
        found = dict((name, value) for name, _raw, value in _REVISION.findall(source.read_text()))
        if "revision" not in found or not found["revision"]:
            return None
        revisions.add(found["revision"])
        if found.get("down_revision"):
            followed.add(found["down_revision"])
    heads = revisions - followed
    return heads.pop() if len(heads) == 1 else None


def _stored_revision(connection: Any) -> str | None:
    """The revision recorded in the file, if it records exactly one."""
    has_table = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).first()
    if has_table is None:
        return None
    rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    return rows[0][0] if len(rows) == 1 else None


def _open_server(url: URL, *, read_only: bool, upgrade: bool) -> OpenedDatabase:
    from exchangedesk.db import migrate

    engine = make_engine(url, read_only=read_only)
    try:
        if migrate.needs_upgrade(engine):
            if read_only or not upgrade:
                raise DatabaseError("The shared database needs a schema upgrade first")
            migrate.upgrade(engine)
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseError(f"Cannot reach the database: {exc.orig}") from exc
    return OpenedDatabase(Database(engine=engine, url=url, read_only=read_only), lock=None)
