"""One ExchangeDesk per database file.

Two programs writing the same SQLite file through a shared folder is how committees lose a
morning's work. The first program holds an OS lock on ``<database>.lock`` (released by the OS
even if the program crashes) and writes who it is into the file, so a second one can say
"open on laptop-secretary, process 4711" and offer to open the database read-only instead.
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from exchangedesk.domain.errors import DatabaseLockedError

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path_for(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


@dataclass
class LockHolder:
    host: str
    pid: int
    user: str
    since: str

    def describe(self) -> str:
        return f"{self.user} on {self.host} (process {self.pid}, since {self.since})"


class InstanceLock:
    """Held for as long as the database is open for writing."""

    def __init__(self, database: Path) -> None:
        self.path = lock_path_for(database)
        self._fd: int | None = None

    def acquire(self) -> InstanceLock:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            os.close(fd)
            holder = read_holder(self.path)
            who = holder.describe() if holder else "another program"
            raise DatabaseLockedError(
                f"The database is already open in ExchangeDesk by {who}. "
                "Close it there, or open this database read-only.",
                holder=who,
            )
        me = LockHolder(
            host=socket.gethostname(),
            pid=os.getpid(),
            user=_user_name(),
            since=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        os.ftruncate(fd, 0)
        # Write after the first byte's lock range on Windows would matter; here it is advisory.
        os.pwrite(fd, json.dumps(me.__dict__).encode(), 0)
        os.fsync(fd)
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.ftruncate(self._fd, 0)
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None
            # Removing the file after unlocking could race a newcomer; an empty file is harmless.

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def read_holder(path: Path) -> LockHolder | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8") or "null")
        return LockHolder(**data) if data else None
    except (OSError, ValueError, TypeError):
        return None


def _user_name() -> str:
    try:
        return os.getlogin()
    except OSError:
        import getpass

        return getpass.getuser()
