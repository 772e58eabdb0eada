"""search on PostgreSQL: pg_trgm GIN indexes on the folded search keys (PostgreSQL only)

Every list filter asks "does the folded search key contain this word" (``search_key LIKE
'%word%'``, the same folded text on both backends, so both find the same rows). SQLite answers
the people filter from the FTS5 trigram table of revision 0006; PostgreSQL's own equivalent is a
GIN index with ``gin_trgm_ops`` from the pg_trgm extension, which the planner uses for
``LIKE '%word%'`` directly, so no query differs between the backends. Free-text columns that
filters match case-insensitively (``lower(title) LIKE``) get the same kind of index on their
lower-cased text.

pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the database's owner may
create it. Where it is missing or the role may not create it, the indexes are left out and the
lists filter by scanning, as before; nothing else depends on them.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 06:30:00
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy.exc import DBAPIError

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# index name -> (table, indexed expression). Names end in _trgm: migrations/env.py leaves them
# out of the model comparison (the models describe what both backends share).
INDEXES = {
    "ix_people_search_key_trgm": ("people", "search_key"),
    "ix_organisations_search_key_trgm": ("organisations", "search_key"),
    "ix_cities_search_key_trgm": ("cities", "search_key"),
    "ix_people_role_trgm": ("people", "lower(role)"),
    "ix_people_email_trgm": ("people", "lower(email)"),
    "ix_delegations_title_trgm": ("delegations", "lower(title)"),
    "ix_exchange_programmes_title_trgm": ("exchange_programmes", "lower(title)"),
    "ix_aid_campaigns_title_trgm": ("aid_campaigns", "lower(title)"),
}


def _has_pg_trgm(bind) -> bool:  # noqa: ANN001
    installed = bind.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
    if installed.first() is not None:
        return True
    available = bind.exec_driver_sql(
        "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'"
    ).first()
    if available is None:
        return False
    try:
        with bind.begin_nested():  # a refusal must not abort the whole upgrade
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError:
        return False
    return True


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql" or not _has_pg_trgm(bind):
        return
    for name, (table, expression) in INDEXES.items():
        op.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ({expression} gin_trgm_ops)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    # The extension stays: other databases' objects or an administrator may rely on it.
