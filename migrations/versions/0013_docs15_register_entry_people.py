"""docs15: register entries say enough to print a receipt, an aid report or a visa letter again

The correspondence register now holds receipts and reports too (issue 15, point 10). A receipt's
entry names its contribution and an aid report's its campaign (two nullable columns on
documents); a visa letter's entry names the people it asks visas for, in order (a new table,
document_people). On PostgreSQL the new table gets 0008's change-notice trigger.

Revision ID: 0013_docs15
Revises: 0012_perf18
Create Date: 2026-12-07 14:01:39
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_docs15"
down_revision: str | None = "0012_perf18"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FUNCTION = "exchangedesk_notify_change"  # made by 0008
TRIGGER = "exchangedesk_change_notice"
TABLE = "document_people"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_people_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_document_people_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", "person_id", name=op.f("pk_document_people")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("contribution_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("campaign_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_documents_campaign_id_aid_campaigns"),
            "aid_campaigns",
            ["campaign_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_documents_contribution_id_contributions"),
            "contributions",
            ["contribution_id"],
            ["id"],
            ondelete="SET NULL",
        )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {TABLE} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}()"
        )


def downgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_documents_contribution_id_contributions"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_documents_campaign_id_aid_campaigns"), type_="foreignkey"
        )
        batch_op.drop_column("campaign_id")
        batch_op.drop_column("contribution_id")
    op.drop_table(TABLE)  # its trigger goes with it
