"""Bringing a database's schema up to this program's, safely.

On open: look at the file without writing to it; refuse a schema from a newer ExchangeDesk
(leaving the file byte-for-byte as it was); if the schema is older, write a backup first, then
upgrade with foreign keys off on the raw connection (a batch "move and copy" with them on would
silently delete cascading child rows), and check every foreign key before committing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from exchangedesk import __version__
from exchangedesk.domain.errors import DatabaseError, NewerDatabaseError
from exchangedesk.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic (with Mako and Pygments) is imported when a function here first needs it, not at
# start: the window imports this module through the backups service before its first paint
# (0.2-0.5 s of importing, issue 18).

WRITTEN_BY_KEY = "schema_written_by"  # settings row: the ExchangeDesk version that last migrated


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _written_by(connection: Connection) -> str | None:
    if not inspect(connection).has_table("settings"):
        return None
    row = connection.execute(
        text("SELECT value FROM settings WHERE key = :key"), {"key": WRITTEN_BY_KEY}
    ).first()
    return row[0] if row else None


def refuse_if_newer(connection: Connection) -> str | None:
    """Current revision of the database; raises if a newer program wrote it."""
    revision = current_revision(connection)
    if revision is not None and revision not in known_revisions():
        writer = _written_by(connection) or "a newer version"
        raise NewerDatabaseError(
            f"This database was written by ExchangeDesk {writer} (schema {revision}), which is "
            f"newer than this ExchangeDesk {__version__} (schema {head_revision()}). "
            "Open it with the newer version; the file has not been changed."
        )
    if revision is None and inspect(connection).get_table_names():
        tables = set(inspect(connection).get_table_names())
        if not {"partnerships", "cities"} <= tables:
            what = "file is an SQLite" if connection.dialect.name == "sqlite" else "is a"
            raise DatabaseError(
                f"This {what} database, but not an ExchangeDesk one "
                f"(it holds tables {', '.join(sorted(tables)[:5])}). It has not been changed."
            )
    return revision


def needs_upgrade(engine: Engine) -> bool:
    with engine.connect() as connection:
        return refuse_if_newer(connection) != head_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade to *revision* in one transaction; callers make the backup first."""
    from alembic import command

    _run(engine, lambda config: command.upgrade(config, revision))


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    _run(engine, lambda config: command.downgrade(config, revision))


def _run(engine: Engine, step) -> None:
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            # On the raw connection, outside any transaction, or SQLite ignores it.
            _raw_pragma(connection, "PRAGMA foreign_keys=OFF")
            # A table rebuild (drop, then rename the copy) must not re-read the triggers of
            # other tables meanwhile: revision 0012_perf18's name the rebuilt table in their
            # body, and SQLite refuses the rename while that table is gone.
            _legacy_rename(connection, on=True)
        try:
            with connection.begin():
                config = alembic_config()
                config.attributes["connection"] = connection
                step(config)
                if sqlite:
                    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise DatabaseError(
                            f"The schema upgrade would leave {len(problems)} broken references "
                            f"(first: table {problems[0][0]}, row {problems[0][1]}); "
                            "it was rolled back and the database is unchanged."
                        )
                _record_writer(connection)
        finally:
            if sqlite:
                _raw_pragma(connection, "PRAGMA foreign_keys=ON")
                _legacy_rename(connection, on=False)


def _legacy_rename(connection: Connection, *, on: bool) -> None:
    connection.connection.driver_connection.execute(
        f"PRAGMA legacy_alter_table={'ON' if on else 'OFF'}"
    )


def _raw_pragma(connection: Connection, pragma: str) -> None:
    connection.connection.driver_connection.execute(pragma)


def _record_writer(connection: Connection) -> None:
    if not inspect(connection).has_table("settings"):
        return  # downgraded below the first revision
    connection.execute(text("DELETE FROM settings WHERE key = :key"), {"key": WRITTEN_BY_KEY})
    connection.execute(
        text("INSERT INTO settings (key, value) VALUES (:key, :value)"),
        {"key": WRITTEN_BY_KEY, "value": __version__},
    )
