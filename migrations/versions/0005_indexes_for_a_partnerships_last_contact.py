"""indexes for a partnership's last contact

The partnerships list looks up, for the 100 partnerships of a page, the latest gift, document
and contribution of each, directly or through a delegation, programme or campaign. Without
these indexes SQLite read all 500,000 contributions and 50,000 documents of a federation
register for every page (1.2 s; docs/PERFORMANCE.md).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 18:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEXES = {
    "aid_campaigns": ("partnership_id",),
    "gifts": ("delegation_id",),
    "documents": ("partnership_id", "delegation_id", "programme_id", "gift_id"),
}


def upgrade() -> None:
    for table, columns in _INDEXES.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.create_index(f"ix_{table}_{column}", [column], unique=False)


def downgrade() -> None:
    for table, columns in _INDEXES.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.drop_index(f"ix_{table}_{column}")
