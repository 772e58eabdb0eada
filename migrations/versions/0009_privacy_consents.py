"""privacy consents: what a person (or a minor's guardian) consented to about their data

A new table only; nothing existing changes. Re-chained after 0008 when the branches were merged.


Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 05:49:35
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import exchangedesk.db.types

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Enums as plain strings without a CHECK (as everywhere): a new purpose needs no rebuild.
    op.create_table(
        "privacy_consents",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "purpose",
            sa.Enum(
                "photos",
                "partner_sharing",
                "medical_kept",
                "kept_after_visit",
                name="consentpurpose",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column(
            "method",
            sa.Enum("form", "email", "orally", name="consentmethod", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("given_by_id", sa.Integer(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", exchangedesk.db.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", exchangedesk.db.types.UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "withdrawn_on IS NULL OR withdrawn_on >= given_on",
            name=op.f("ck_privacy_consents_withdrawn_not_before_given"),
        ),
        sa.ForeignKeyConstraint(
            ["given_by_id"],
            ["people.id"],
            name=op.f("fk_privacy_consents_given_by_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_privacy_consents_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_consents")),
    )
    with op.batch_alter_table("privacy_consents", schema=None) as batch_op:
        batch_op.create_index("ix_privacy_consents_person_id", ["person_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("privacy_consents", schema=None) as batch_op:
        batch_op.drop_index("ix_privacy_consents_person_id")
    op.drop_table("privacy_consents")
