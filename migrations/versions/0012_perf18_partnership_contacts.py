"""partnership_contacts: each partnership's last contact, kept for sorting the list by it

Sorting the partnerships list by last contact aggregated every visit, programme, gift, aid
campaign, contribution and document of the register on each click (670,000 rows, 1.1-5 s at
federation size). ``partnership_contacts`` holds per partnership the result as of a day
(``as_of``), with the first contact after that day (``next_contact``): the row is right for
every day until then. Triggers on the tables that record activity (SQLite only) delete the rows
of the partnerships a change touches; ``services.partnerships.contacts`` computes missing and
outdated rows again before the list reads them. Filled here, as of the day of the upgrade.
PostgreSQL gets the empty table (its list aggregates as before).

Also a partial index of the itinerary items that last more than a day, by their end, for the
calendar's week (see ``services.overview.calendar.itinerary_between``), and one of cities by
name, the partnerships list's order.

Revision ID: 0012_perf18
Revises: 0011_perf2
Create Date: 2026-12-07 14:00:00
"""

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_perf18"
down_revision: str | None = "0011_perf2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "partnership_contacts"
# Itinerary items longer than a day, by their end: the calendar's week reads the rest as a
# range of starts_at (a week of the federation's 1,000,000 items: 3 s → a few ms).
LONG_ITEM_SQLITE = "julianday(ends_at) - julianday(starts_at) > 1"
LONG_ITEM_POSTGRESQL = "ends_at - starts_at > interval '1 day'"

# Written out here, not imported, so the revision stays as it was applied: the days of
# services.partnerships.activity (contact = 1: counts as a contact once it has happened).
DAYS = """
    SELECT partnership_id, arrival_on AS day, 1 AS contact FROM delegations
        WHERE status != 'cancelled'
    UNION ALL SELECT partnership_id, starts_on, 1 FROM exchange_programmes
        WHERE status != 'cancelled'
    UNION ALL SELECT coalesce(g.partnership_id, d.partnership_id), g.given_on, 1
        FROM gifts AS g LEFT JOIN delegations AS d ON d.id = g.delegation_id
        WHERE g.given_on IS NOT NULL
    UNION ALL SELECT partnership_id, starts_on, 1 FROM aid_campaigns
        WHERE partnership_id IS NOT NULL
    UNION ALL SELECT c.partnership_id, k.received_on, 1
        FROM contributions AS k JOIN aid_campaigns AS c ON c.id = k.campaign_id
        WHERE c.partnership_id IS NOT NULL
    UNION ALL SELECT coalesce(doc.partnership_id, d.partnership_id, p.partnership_id,
                              g.partnership_id), doc.issued_on, 1
        FROM documents AS doc
        LEFT JOIN delegations AS d ON d.id = doc.delegation_id
        LEFT JOIN exchange_programmes AS p ON p.id = doc.programme_id
        LEFT JOIN gifts AS g ON g.id = doc.gift_id
    UNION ALL SELECT id, signed_on, 0 FROM partnerships WHERE signed_on IS NOT NULL
    UNION ALL SELECT partnership_id, changed_on, 0 FROM partnership_status_changes
"""


def fill_sql(today: str) -> str:
    return f"""
        INSERT INTO {TABLE} (partnership_id, as_of, last_contact, last_sign, next_contact)
        SELECT p.id, '{today}',
               max(CASE WHEN days.contact = 1 AND days.day <= '{today}' THEN days.day END),
               max(days.day),
               min(CASE WHEN days.contact = 1 AND days.day > '{today}' THEN days.day END)
        FROM partnerships AS p LEFT JOIN ({DAYS}) AS days ON days.partnership_id = p.id
        GROUP BY p.id"""


def _forget(*partnerships: str) -> str:
    found = ", ".join(partnerships)
    return f"DELETE FROM {TABLE} WHERE partnership_id IN ({found});"


_DELEGATION = "(SELECT partnership_id FROM delegations WHERE id = {r}.delegation_id)"
_PROGRAMME = "(SELECT partnership_id FROM exchange_programmes WHERE id = {r}.programme_id)"
_CAMPAIGN = "(SELECT partnership_id FROM aid_campaigns WHERE id = {r}.campaign_id)"
_GIFT = (
    "(SELECT coalesce(g.partnership_id, (SELECT partnership_id FROM delegations"
    " WHERE id = g.delegation_id)) FROM gifts AS g WHERE g.id = {r}.gift_id)"
)
# Per table: the columns whose change moves a contact, and the partnerships a row names. A
# gift or document named through its delegation (programme, gift) follows it: when that
# delegation moves to another partnership, its own trigger forgets both partnerships.
WATCHED = {
    "delegations": ("partnership_id, arrival_on, status", ["{r}.partnership_id"]),
    "exchange_programmes": ("partnership_id, starts_on, status", ["{r}.partnership_id"]),
    "gifts": ("partnership_id, delegation_id, given_on", ["{r}.partnership_id", _DELEGATION]),
    "aid_campaigns": ("partnership_id, starts_on", ["{r}.partnership_id"]),
    "contributions": ("campaign_id, received_on", [_CAMPAIGN]),
    "documents": (
        "partnership_id, delegation_id, programme_id, gift_id, issued_on",
        ["{r}.partnership_id", _DELEGATION, _PROGRAMME, _GIFT],
    ),
    "partnership_status_changes": ("partnership_id, changed_on", ["{r}.partnership_id"]),
}


def triggers() -> dict[str, str]:
    made = {}
    for table, (columns, named) in WATCHED.items():
        new = [part.format(r="new") for part in named]
        old = [part.format(r="old") for part in named]
        made[f"{TABLE}_after_{table}_insert"] = (
            f"CREATE TRIGGER {TABLE}_after_{table}_insert AFTER INSERT ON {table} "
            f"BEGIN {_forget(*new)} END"
        )
        made[f"{TABLE}_after_{table}_update"] = (
            f"CREATE TRIGGER {TABLE}_after_{table}_update AFTER UPDATE OF {columns} ON {table} "
            f"BEGIN {_forget(*old, *new)} END"
        )
        made[f"{TABLE}_after_{table}_delete"] = (
            f"CREATE TRIGGER {TABLE}_after_{table}_delete AFTER DELETE ON {table} "
            f"BEGIN {_forget(*old)} END"
        )
    made[f"{TABLE}_after_signing"] = (
        f"CREATE TRIGGER {TABLE}_after_signing AFTER UPDATE OF signed_on ON partnerships "
        f"BEGIN {_forget('new.id')} END"
    )
    return made


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("last_contact", sa.Date(), nullable=True),
        sa.Column("last_sign", sa.Date(), nullable=True),
        sa.Column("next_contact", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_partnership_contacts_partnership_id_partnerships"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("partnership_id", name=op.f("pk_partnership_contacts")),
    )
    op.create_index("ix_cities_name", "cities", ["name"], unique=False)
    op.create_index(
        "ix_itinerary_items_long_ends_at",
        "itinerary_items",
        ["ends_at"],
        unique=False,
        sqlite_where=sa.text(LONG_ITEM_SQLITE),
        postgresql_where=sa.text(LONG_ITEM_POSTGRESQL),
    )
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(fill_sql(dt.date.today().isoformat()))
    for sql in triggers().values():
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in triggers():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("ix_itinerary_items_long_ends_at", table_name="itinerary_items")
    op.drop_index("ix_cities_name", table_name="cities")
    op.drop_table(TABLE)
