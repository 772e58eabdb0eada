"""partnership date precision and removable attachments

* ``partnerships.signed_precision`` and ``partnership_status_changes.changed_precision``: many
  agreements are known only by their year or month; the date column then holds the first day of
  it. Existing rows were entered as exact days, hence the server default 'day'.
* ``attachments.removed_at``: removing an attachment marks the row (and keeps the file), so the
  removal can be undone.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 15:57:51.484680
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import exchangedesk.db.types

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _precision() -> sa.Enum:
    # Stored as a string without a CHECK, like every enum of the schema (see db/base.py).
    return sa.Enum("day", "month", "year", name="dateprecision", native_enum=False, length=32)


def upgrade() -> None:
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("removed_at", exchangedesk.db.types.UTCDateTime(), nullable=True)
        )

    with op.batch_alter_table("partnership_status_changes", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("changed_precision", _precision(), server_default="day", nullable=False)
        )

    with op.batch_alter_table("partnerships", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("signed_precision", _precision(), server_default="day", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("partnerships", schema=None) as batch_op:
        batch_op.drop_column("signed_precision")

    with op.batch_alter_table("partnership_status_changes", schema=None) as batch_op:
        batch_op.drop_column("changed_precision")

    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_column("removed_at")
