"""Backups of a register on a PostgreSQL server, with the server's own tools (issue 19).

SQLite registers are copied with SQLite's backup API (:mod:`exchangedesk.db.backup`). A server
database cannot be copied file by file, so its backup is ``pg_dump -Fc`` (a custom-format dump,
compressed, restorable table by table) and it counts as written only once ``pg_restore --list``
has read the whole dump back and found the register's tables in it: a dump cut short by a full
disk or a dropped connection is never kept under a backup's name.

Restoring runs ``pg_restore --clean --if-exists --single-transaction``: either the whole backup
replaces the register, or the server rolls back and the register is as it was.

The tools come from the PostgreSQL client package (Debian: ``postgresql-client``); the newest
installed under ``/usr/lib/postgresql/*/bin`` is preferred to the one on PATH, since ``pg_dump``
refuses servers newer than itself. The password is passed in the environment (``PGPASSWORD``),
never on a command line other users could read in the process list.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from exchangedesk.domain.errors import DatabaseError
from exchangedesk.paths import user_data_dir

SUFFIX = ".dump"
KEEP_DUMPS = 10
# Tables a dump of a register must hold; a dump without them is of some other database.
REGISTER_TABLES = ("alembic_version", "partnerships", "people", "delegations")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class ServerDump:
    path: Path
    tables: int  # tables whose data the dump holds


def find_tool(name: str) -> str:
    """The newest ``pg_dump``/``pg_restore``: Debian keeps one per major version."""
    versioned = sorted(
        Path("/usr/lib/postgresql").glob(f"*/bin/{name}"),
        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0,
    )
    if versioned:
        return str(versioned[-1])
    found = shutil.which(name)
    if found is None:
        raise DatabaseError(
            f"Backing up a register on a PostgreSQL server needs '{name}', which is not "
            "installed. Install the PostgreSQL client tools (Debian and Ubuntu: "
            "'sudo apt-get install postgresql-client') and try again; nothing was written."
        )
    return found


def default_dump_dir(url: URL) -> Path:
    """Server backups live in the user's data folder, one folder per server and database."""
    place = f"{url.host or 'localhost'}_{url.port or 5432}_{url.database or 'postgres'}"
    return user_data_dir() / "backups" / _SAFE_NAME.sub("_", place)


def _connection_args(url: URL) -> tuple[list[str], dict[str, str]]:
    args = ["--host", url.host or "localhost", "--port", str(url.port or 5432)]
    if url.username:
        args += ["--username", url.username]
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    env.setdefault("PGCONNECT_TIMEOUT", "10")
    return args, env


def _run(command: list[str], env: dict[str, str], *, doing: str) -> str:
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise DatabaseError(f"Could not start {Path(command[0]).name}: {exc.strerror}") from exc
    if done.returncode != 0:
        said = " ".join(done.stderr.split()) or f"exit status {done.returncode}"
        raise DatabaseError(f"{doing} failed: {said}")
    return done.stdout


def verify_dump(path: Path) -> int:
    """Read the whole dump's table of contents; return how many tables' data it holds.

    Raises :class:`DatabaseError` naming the file when it is cut short, not a dump, or the dump
    of a database that is not an ExchangeDesk register."""
    if not path.is_file():
        raise DatabaseError(f"'{path}' does not exist; nothing was restored")
    listing = _run(
        [find_tool("pg_restore"), "--list", str(path)],
        dict(os.environ),
        doing=f"Reading the backup '{path}'",
    )
    data = {
        parts[-2]
        for line in listing.splitlines()
        if " TABLE DATA " in line and len(parts := line.split()) >= 2
    }
    missing = [table for table in REGISTER_TABLES if table not in data]
    if missing:
        raise DatabaseError(
            f"'{path}' is not a backup of an ExchangeDesk register (it holds no "
            f"{', '.join(missing)}); it is not used"
        )
    return len(data)


def dump_database(url: URL, dest: Path | None = None, *, keep: int = KEEP_DUMPS) -> ServerDump:
    """``pg_dump -Fc`` of the register at *url* into *dest*, verified, then rotated."""
    folder = dest if dest is not None else default_dump_dir(url)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    final = folder / f"{_SAFE_NAME.sub('_', url.database or 'postgres')}-{stamp}{SUFFIX}"
    partial = final.with_name(final.name + ".partial")
    args, env = _connection_args(url)
    try:
        _run(
            [
                find_tool("pg_dump"),
                *args,
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                "--file",
                str(partial),
                url.database or "postgres",
            ],
            env,
            doing=f"Backing up the database {url.database} on {url.host}",
        )
        tables = verify_dump(partial)
        partial.replace(final)
    except BaseException:
        partial.unlink(missing_ok=True)  # never leave half a dump under the backups folder
        raise
    _rotate(folder, final.name.rsplit("-", 1)[0], keep)
    return ServerDump(final, tables)


def restore_dump(path: Path, url: URL) -> int:
    """Replace the register at *url* with the dump at *path*, all or nothing."""
    path = Path(path)
    tables = verify_dump(path)
    args, env = _connection_args(url)
    _run(
        [
            find_tool("pg_restore"),
            *args,
            "--dbname",
            url.database or "postgres",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            str(path),
        ],
        env,
        doing=f"Restoring '{path}' into the database {url.database} (nothing was changed)",
    )
    return tables


def _rotate(folder: Path, prefix: str, keep: int) -> None:
    dumps = sorted(folder.glob(f"{prefix}-*{SUFFIX}"), key=lambda p: p.name, reverse=True)
    for old in dumps[max(keep, 1) :]:
        old.unlink(missing_ok=True)
