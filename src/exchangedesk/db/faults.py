"""What went wrong with the disk or the file, in words, instead of SQLite's and SQLAlchemy's.

A disk that fills during an import used to print SQLAlchemy's ``OperationalError`` with the whole
INSERT statement and its parameters: 2.6 KB that tell a secretary nothing. Every failure of the
storage underneath (disk full, I/O error, a file locked by another program, permission denied, a
file the system made read-only) is turned here into ONE :class:`DatabaseError` saying what
happened, what was (not) saved, and what to do. Anything else passes through unchanged: a bug
must still show as a bug.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from exchangedesk.domain.errors import (
    ConcurrentEditError,
    ConnectionLostError,
    DatabaseError,
    ExchangeDeskError,
)

# SQLite's primary result codes (https://sqlite.org/rescode.html); extended codes keep the
# primary one in their low byte.
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
# WAL: this transaction read an older snapshot than another connection has since committed, so
# it may not write (sqlite.org/rescode.html#busy_snapshot). Another member's save won the race.
SQLITE_BUSY_SNAPSHOT = 517
# PostgreSQL's codes for a connection that is gone: class 08, and the server shutting down or
# starting up (57P01-57P03). Other OperationalErrors (a serialisation failure, a timeout) are not.
_PG_CONNECTION_CODES = ("08", "57P01", "57P02", "57P03")

NOTHING_SAVED = "Nothing was saved: the change was undone and the register is as it was before."


class StorageFault(DatabaseError):
    """The disk or the file refused: *kind* is 'full', 'io', 'locked', 'denied' or 'read-only'."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


def fault_kind(exc: BaseException) -> str | None:
    """Which storage failure *exc* is, or None when it is none of them."""
    inner = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(inner, sqlite3.Error):
        code = getattr(inner, "sqlite_errorcode", None)
        if code is not None:
            return _SQLITE_KINDS.get(code & 0xFF)
        return _kind_from_text(str(inner))
    if isinstance(inner, OSError):
        return _ERRNO_KINDS.get(inner.errno or 0)
    return None


_SQLITE_KINDS = {
    SQLITE_FULL: "full",
    SQLITE_IOERR: "io",
    SQLITE_BUSY: "locked",
    SQLITE_LOCKED: "locked",
    SQLITE_READONLY: "read-only",
    SQLITE_PERM: "denied",
    SQLITE_CANTOPEN: "denied",
}
_ERRNO_KINDS = {
    errno.ENOSPC: "full",
    errno.EDQUOT: "full",
    errno.EIO: "io",
    errno.EACCES: "denied",
    errno.EPERM: "denied",
    errno.EROFS: "read-only",
    errno.EBUSY: "locked",
}


def _kind_from_text(text: str) -> str | None:
    # Older sqlite3 modules carry no error code; their messages are fixed English strings.
    text = text.lower()
    for words, kind in (
        ("database or disk is full", "full"),
        ("disk i/o error", "io"),
        ("database is locked", "locked"),
        ("database table is locked", "locked"),
        ("readonly database", "read-only"),
        ("unable to open database file", "denied"),
    ):
        if words in text:
            return kind
    return None


def explain(
    exc: BaseException, *, where: Path | str | None = None, outcome: str = NOTHING_SAVED
) -> StorageFault | None:
    """The plain-words error for *exc*, or None when it is not a storage failure.

    *outcome* says what was and was not saved; the caller knows (a rolled-back unit of work, a
    backup that was not written)."""
    kind = fault_kind(exc)
    if kind is None:
        return None
    name = f"'{where}'" if where else "the database"
    what, todo = {
        "full": (
            f"The disk holding {name} is full.",
            "Free some space on that disk (empty the wastebasket, move large files away), "
            "then try again.",
        ),
        "io": (
            f"The disk could not read or write {name} (an input/output error).",
            "Check that the disk, USB stick or network drive is still connected, then try "
            "again; if it happens again, run 'exchangedesk check' and keep a backup at hand.",
        ),
        "locked": (
            f"{name[0].upper()}{name[1:]} is locked by another program.",
            "Close the other program using it (a backup or sync tool, another ExchangeDesk, a "
            "database viewer), then try again.",
        ),
        "denied": (
            f"Permission was denied for {name} or the folder holding it.",
            "Ask whoever manages this computer to give you write access there, or move the "
            "register to a folder of your own.",
        ),
        "read-only": (
            f"The system has made {name} read-only (the disk may be write-protected or "
            "mounted read-only after an error).",
            "Reopen it read-only to look at it, or copy it to a writable disk and open that.",
        ),
    }[kind]
    return StorageFault(f"{what} {outcome} {todo}", kind)


@contextmanager
def explained(*, where: Path | str | None = None, outcome: str = NOTHING_SAVED) -> Iterator[None]:
    """Run a block; a storage failure inside it comes out as :class:`StorageFault`."""
    try:
        yield
    except ExchangeDeskError:
        raise
    except (DBAPIError, sqlite3.Error, OSError) as exc:
        plain = explain(exc, where=where, outcome=outcome)
        if plain is None:
            raise
        raise plain from exc


def connection_lost(exc: BaseException) -> bool:
    """Whether *exc* says the connection to a database server is gone (not a refused query)."""
    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated:
        return True
    if not isinstance(exc, OperationalError | InterfaceError) or isinstance(
        exc.orig, sqlite3.Error
    ):
        return False
    code = getattr(exc.orig, "sqlstate", None)
    return code is None or code.startswith(_PG_CONNECTION_CODES)


def lost_message(url: URL) -> str:
    where = f"'{url.database}'" + (f" on {url.host}" if url.host else "")
    return (
        f"The connection to the shared database {where} was lost (the server restarted or the "
        "network dropped). Nothing of what you were doing was saved. ExchangeDesk reconnects "
        "by itself: try again in a moment; if it keeps failing, check the network or ask "
        "whoever runs the server."
    )


@contextmanager
def translated_connection_faults(url: URL, on_lost: Callable[[], None]) -> Iterator[None]:
    """The one place where a dropped server connection and a lost SQLite write race become
    words: :class:`ConnectionLostError` (after *on_lost*, so the window refreshes fully once
    it is back) and :class:`ConcurrentEditError`. Anything else passes through unchanged."""
    try:
        yield
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlite_errorcode", None) == SQLITE_BUSY_SNAPSHOT:
            raise ConcurrentEditError(
                "Someone else saved at the same moment; nothing was changed. Reload and make "
                "your change again."
            ) from exc
        if connection_lost(exc):
            on_lost()
            raise ConnectionLostError(lost_message(url)) from exc
        raise
