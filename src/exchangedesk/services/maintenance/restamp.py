"""Which schema revision a register's tables really are, for the repair (issue 14).

A register can say one revision in ``alembic_version`` while its tables are another's (a copy
put together by hand, an upgrade interrupted outside the program): opening it then fails, since
Alembic runs a step whose tables already exist. The repair compares the salvaged file's shape
with the shape each revision builds and, when the stamp is wrong, writes the revision the tables
match, so the repaired file opens (and upgrades) normally.

The shape of every revision is taken from the migrations themselves, once per process: an empty
SQLite database in memory upgraded one revision at a time (1-2 s for the eleven revisions
here), so it is asked only when the stamp is not this program's head.
"""

from __future__ import annotations

import functools
import sqlite3
from dataclasses import dataclass

from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

from exchangedesk.db import migrate

# A shape: every named table, index, trigger and view, and each table's columns in order.
Shape = frozenset[tuple[str, str, tuple[str, ...]]]


def shape_of(connection: sqlite3.Connection) -> Shape:
    """The schema of an open SQLite register, without its Alembic stamp."""
    rows = connection.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
        "AND name != 'alembic_version'"
    ).fetchall()
    items = set()
    for kind, name in rows:
        columns: tuple[str, ...] = ()
        if kind == "table":
            quoted = '"' + name.replace('"', '""') + '"'
            columns = tuple(row[1] for row in connection.execute(f"PRAGMA table_info({quoted})"))
        items.add((kind, name, columns))
    return frozenset(items)


@functools.cache
def revision_shapes() -> tuple[tuple[str, Shape], ...]:
    """(revision, shape) for every revision, oldest first, as the migrations build them."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    order = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    shapes: list[tuple[str, Shape]] = []
    # In memory, one connection throughout: no file, no fsync per step.
    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        for revision in order:
            migrate.upgrade(engine, revision)
            with engine.connect() as connection:
                shapes.append((revision, shape_of(connection.connection.driver_connection)))
    finally:
        engine.dispose()
    return tuple(shapes)


@dataclass(frozen=True)
class StampVerdict:
    stamped: str | None  # what alembic_version says
    matches: str | None  # the revision the tables are (None: no revision's shape)

    @property
    def wrong(self) -> bool:
        return self.matches is not None and self.matches != self.stamped


def judge(connection: sqlite3.Connection) -> StampVerdict:
    """Does the stamp in this register agree with its tables?

    Several revisions can share one shape on SQLite (a step that adds only PostgreSQL indexes):
    a stamp on any of them agrees. Otherwise the oldest revision of that shape is named, so an
    upgrade from it runs the later steps that left no trace in the schema."""
    try:
        rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.OperationalError:  # the stamp's table itself was lost
        rows = []
    stamped = rows[0][0] if len(rows) == 1 else None
    shape = shape_of(connection)
    matching = [revision for revision, known in revision_shapes() if known == shape]
    if not matching:
        return StampVerdict(stamped, None)
    if stamped in matching:
        return StampVerdict(stamped, stamped)
    return StampVerdict(stamped, matching[0])


def restamp(connection: sqlite3.Connection, revision: str) -> None:
    """Write *revision* as the register's one schema revision (in the caller's transaction)."""
    connection.execute(
        "CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32) NOT NULL, "
        "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
    )
    connection.execute("DELETE FROM alembic_version")
    connection.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (revision,))
