"""Alembic environment for ExchangeDesk.

The application's migration runner (exchangedesk.db.migrate) hands over an open connection in
``config.attributes["connection"]``; developers running the ``alembic`` command get one built from
the URL in alembic.ini or ``-x db=URL``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import exchangedesk.db.models  # noqa: F401  - registers every table on the metadata
from exchangedesk.db.base import Base
from exchangedesk.db.search_index import is_index_table

config = context.config
target_metadata = Base.metadata


def _include_name(name, type_, parent_names) -> bool:  # noqa: ANN001
    # The people search index (revision 0006) is a virtual table with shadow tables SQLite
    # manages; the models do not describe them, so comparing must not see them as drift. Nor
    # PostgreSQL's trigram indexes of revision 0007 (named *_trgm), which SQLite does not have.
    if type_ == "index" and name is not None and name.endswith("_trgm"):
        return False
    return not (type_ == "table" and is_index_table(name))


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_name=_include_name,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables
        compare_type=True,
        user_module_prefix="exchangedesk.db.types.",
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = context.get_x_argument(as_dictionary=True).get("db") or config.get_main_option(
        "sqlalchemy.url"
    )
    engine = create_engine(url)
    with engine.connect() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("ExchangeDesk migrations run online only")
run_migrations_online()
