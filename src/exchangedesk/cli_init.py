"""``exchangedesk init --db PATH_OR_URL``: make a new register, or bring one up to this program's
schema, without starting the window.

The usual first step for a federation: the administrator creates an empty PostgreSQL database,
runs ``init`` once against it, and staff then open it with ``--db URL`` (issue 19). On a file it
does what the first start does. An existing register is upgraded (a backup first, as at every
upgrade); one already current is left untouched.
"""

from __future__ import annotations

import argparse

from exchangedesk.cli_common import EXIT_ERROR, EXIT_OK, add_common, complain, db_location


def add_init(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "init",
        help="create the register's schema in a new file or an empty server database",
        description="Create the ExchangeDesk schema in a new SQLite file or an empty "
        "PostgreSQL database (--db postgresql://user@host/name), or upgrade an older register "
        "to this program's schema. A register already current is not changed. Exit 2 when the "
        "database cannot be used (for example a server database holding other tables).",
    )
    add_common(parser)
    parser.set_defaults(handler=_cmd_init)


def _cmd_init(args: argparse.Namespace) -> int:
    from exchangedesk.db import migrate
    from exchangedesk.db.engine import resolve_url, sqlite_path
    from exchangedesk.db.opening import open_database

    location = db_location(args)
    url = resolve_url(location)
    where = str(sqlite_path(url) or url.render_as_string(hide_password=True))
    before = _revision_before(location)
    if before is _UNREADABLE:
        return EXIT_ERROR
    opened = open_database(location)
    try:
        with opened.database.engine.connect() as connection:
            after = migrate.current_revision(connection)
    finally:
        opened.close()
    if before is None:
        print(f"Created a new register at {where} (schema {after}).")
    elif before == after:
        print(f"{where} already holds a register at schema {after}; nothing was changed.")
    else:
        print(f"Upgraded the register at {where} from schema {before} to {after}.")
    return EXIT_OK


_UNREADABLE = object()


def _revision_before(location: str | None) -> object:
    """The schema revision before ``init``, None for a new or empty database."""
    from exchangedesk.db import migrate
    from exchangedesk.db.engine import resolve_url, sqlite_path
    from exchangedesk.domain.errors import DatabaseError
    from exchangedesk.services.maintenance.upkeep import inspecting

    path = sqlite_path(resolve_url(location))
    if path is not None and (not path.exists() or path.stat().st_size == 0):
        return None
    try:
        with inspecting(location) as database, database.engine.connect() as connection:
            return migrate.refuse_if_newer(connection)
    except DatabaseError as exc:
        complain(f"{exc}. Nothing was created.")
        return _UNREADABLE
