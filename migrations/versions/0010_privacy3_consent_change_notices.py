"""privacy3: change notices from privacy_consents too (PostgreSQL only)

0008 gave every table then in the register a NOTIFY trigger; privacy_consents came in 0009,
after it, so a consent recorded in one window did not refresh the others on a shared database.
The same statement-level trigger as 0008's, on that table. SQLite needs nothing.

Revision ID: 0010_privacy3
Revises: 0009
Create Date: 2026-12-07 11:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010_privacy3"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FUNCTION = "exchangedesk_notify_change"  # made by 0008
TRIGGER = "exchangedesk_change_notice"
TABLE = "privacy_consents"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP TRIGGER IF EXISTS {TRIGGER} ON {TABLE}")
    op.execute(
        f"CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {TABLE} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP TRIGGER IF EXISTS {TRIGGER} ON {TABLE}")
