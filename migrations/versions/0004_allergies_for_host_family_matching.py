"""allergies a host family must be able to manage, for placement matching

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 18:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain nullable column: existing people simply have no allergies recorded.
    with op.batch_alter_table("person_sensitive", schema=None) as batch_op:
        batch_op.add_column(sa.Column("allergies", sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("person_sensitive", schema=None) as batch_op:
        batch_op.drop_column("allergies")
