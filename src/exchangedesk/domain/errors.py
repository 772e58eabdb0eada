"""Errors the program explains to the user: each message says what is wrong and what to do."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


class ExchangeDeskError(Exception):
    """Base of every error whose message is meant for the user, not a traceback."""


class ValidationError(ExchangeDeskError):
    """Bad input for a named field; the UI shows the message beside that field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class DatabaseError(ExchangeDeskError):
    """The database cannot be opened or used as asked (not a database, damaged, read-only...)."""


class NewerDatabaseError(DatabaseError):
    """The file was written by a newer ExchangeDesk; opening it would risk damaging it."""


class DatabaseLockedError(DatabaseError):
    """Another ExchangeDesk holds this database file."""

    def __init__(self, message: str, holder: str) -> None:
        super().__init__(message)
        self.holder = holder


class ConcurrentEditError(ExchangeDeskError):
    """Someone else saved the same record since it was opened (optimistic locking)."""


@dataclass(frozen=True)
class FieldVersions:
    """One field of a refused edit: what the user typed and what is saved now, as text."""

    label: str
    yours: str
    theirs: str

    @property
    def differs(self) -> bool:
        return self.yours != self.theirs


class StaleEditError(ConcurrentEditError):
    """An edit saved over someone else's newer save, refused. It names who saved since
    (*changed_by*, the database user or committee member the audit log recorded; None when
    the log does not say) and when (*changed_at*, UTC), and carries both versions field by
    field so the window can show them side by side."""

    def __init__(
        self,
        message: str,
        *,
        what: str,
        changed_by: str | None,
        changed_at: dt.datetime | None,
        fields: tuple[FieldVersions, ...] = (),
    ) -> None:
        super().__init__(message)
        self.what = what
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.fields = fields


class ConnectionLostError(DatabaseError):
    """The shared database stopped answering (server restarted, network gone). Nothing of the
    interrupted work was saved; the next action reconnects."""


class DamagedDatabaseError(DatabaseError):
    """The file is damaged; the window offers to restore the newest verified backup."""

    def __init__(self, message: str, path: object) -> None:
        super().__init__(message)
        self.path = path


class ReadOnlyFolderError(DatabaseError):
    """An existing register in a folder (or a file) that cannot be written: it can be read."""

    def __init__(self, message: str, path: object) -> None:
        super().__init__(message)
        self.path = path


class EmptyWithBackupsError(DatabaseError):
    """An empty (0-byte) file whose backups exist: replacing it with a new, empty register
    would bury them; the user chooses between restoring and starting afresh."""

    def __init__(self, message: str, path: object, backups: list) -> None:
        super().__init__(message)
        self.path = path
        self.backups = backups
