"""staff change notices: NOTIFY exchangedesk_changes from every table (PostgreSQL only)

Other windows on a shared PostgreSQL database learn within moments that something changed
(exchangedesk.db.change_notices). One statement-level trigger per table sends the table's name;
the server folds duplicates in a transaction and delivers at commit, so a 25,000-row import
costs one notice, not 25,000. SQLite needs nothing here: PRAGMA data_version tells a watcher.
Tables added by later revisions need their own trigger (CREATE TRIGGER ... as below).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 06:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNEL = "exchangedesk_changes"
FUNCTION = "exchangedesk_notify_change"
TRIGGER = "exchangedesk_change_notice"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"""
        CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
            RETURN NULL;
        END $$""")
    # Every table of the register as it is at this revision, except Alembic's own.
    op.execute(f"""
        DO $$
        DECLARE t record;
        BEGIN
            FOR t IN SELECT tablename FROM pg_tables
                     WHERE schemaname = current_schema() AND tablename <> 'alembic_version'
            LOOP
                EXECUTE format(
                    'CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE '
                    'ON %I FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}()', t.tablename);
            END LOOP;
        END $$""")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"""
        DO $$
        DECLARE t record;
        BEGIN
            FOR t IN SELECT DISTINCT event_object_table AS name
                     FROM information_schema.triggers
                     WHERE trigger_name = '{TRIGGER}' AND trigger_schema = current_schema()
            LOOP
                EXECUTE format('DROP TRIGGER IF EXISTS {TRIGGER} ON %I', t.name);
            END LOOP;
        END $$""")
    op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}()")
