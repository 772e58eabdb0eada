"""delegations and partnerships search: FTS5 trigram indexes kept by triggers (SQLite only)

Filtering 100,000 delegations read every row and looked up both partner cities and the head
for each (0.5-1.2 s a keystroke at federation size). Like the people index of revision 0006,
``delegations_search`` holds per delegation (rowid = delegations.id) the text its filter
matches: the title, both cities' folded search keys and the head's, one per line. Also an index
on ``delegations.head_person_id`` (a foreign key without one; the people trigger below looks
delegations up by it). PostgreSQL gets only that index: it filters with the pg_trgm indexes of
revision 0007.

Revision ID: 0011_perf2
Revises: 0010_privacy3
Create Date: 2026-12-07 11:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011_perf2"
down_revision: str | None = "0010_privacy3"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DELEGATIONS_SEARCH = "delegations_search"
# Written out here, not imported, so the revision stays as it was applied.
INDEXED_TEXT = (
    "coalesce({d}.title, '') || char(10) || coalesce((SELECT ca.search_key || char(10) ||"
    " cb.search_key FROM partnerships AS p JOIN cities AS ca ON ca.id = p.city_a_id"
    " JOIN cities AS cb ON cb.id = p.city_b_id WHERE p.id = {d}.partnership_id), '')"
    " || char(10) || coalesce((SELECT h.search_key FROM people AS h"
    " WHERE h.id = {d}.head_person_id), '')"
)
_NEW = INDEXED_TEXT.format(d="new")
_ROW = INDEXED_TEXT.format(d="delegations")


def _reindex(where: str) -> str:
    return f"""
            DELETE FROM {DELEGATIONS_SEARCH} WHERE rowid IN (SELECT id FROM delegations WHERE {where});
            INSERT INTO {DELEGATIONS_SEARCH}(rowid, key)
                SELECT delegations.id, {_ROW} FROM delegations WHERE {where};"""


PARTNERSHIPS_SEARCH = "partnerships_search"
# Both cities' folded keys: what the partnerships filter matches (80-114 ms a keystroke joined).
PARTNERSHIP_TEXT = (
    "(SELECT ca.search_key FROM cities AS ca WHERE ca.id = {p}.city_a_id) || char(10) ||"
    " (SELECT cb.search_key FROM cities AS cb WHERE cb.id = {p}.city_b_id)"
)
_NEW_PAIR = PARTNERSHIP_TEXT.format(p="new")
_PAIR = PARTNERSHIP_TEXT.format(p="partnerships")

_TRIGGERS = {
    "partnerships_search_after_insert": f"""
        CREATE TRIGGER partnerships_search_after_insert AFTER INSERT ON partnerships BEGIN
            INSERT INTO {PARTNERSHIPS_SEARCH}(rowid, key) VALUES (new.id, {_NEW_PAIR});
        END""",
    "partnerships_search_after_update": f"""
        CREATE TRIGGER partnerships_search_after_update
        AFTER UPDATE OF city_a_id, city_b_id ON partnerships BEGIN
            DELETE FROM {PARTNERSHIPS_SEARCH} WHERE rowid = old.id;
            INSERT INTO {PARTNERSHIPS_SEARCH}(rowid, key) VALUES (new.id, {_NEW_PAIR});
        END""",
    "partnerships_search_after_delete": f"""
        CREATE TRIGGER partnerships_search_after_delete AFTER DELETE ON partnerships BEGIN
            DELETE FROM {PARTNERSHIPS_SEARCH} WHERE rowid = old.id;
        END""",
    "partnerships_search_after_city_update": f"""
        CREATE TRIGGER partnerships_search_after_city_update
        AFTER UPDATE OF search_key ON cities BEGIN
            DELETE FROM {PARTNERSHIPS_SEARCH} WHERE rowid IN
                (SELECT id FROM partnerships WHERE city_a_id = new.id OR city_b_id = new.id);
            INSERT INTO {PARTNERSHIPS_SEARCH}(rowid, key)
                SELECT partnerships.id, {_PAIR} FROM partnerships
                WHERE city_a_id = new.id OR city_b_id = new.id;
        END""",
    "delegations_search_after_insert": f"""
        CREATE TRIGGER delegations_search_after_insert AFTER INSERT ON delegations BEGIN
            INSERT INTO {DELEGATIONS_SEARCH}(rowid, key) VALUES (new.id, {_NEW});
        END""",
    "delegations_search_after_update": f"""
        CREATE TRIGGER delegations_search_after_update
        AFTER UPDATE OF title, partnership_id, head_person_id ON delegations BEGIN
            DELETE FROM {DELEGATIONS_SEARCH} WHERE rowid = old.id;
            INSERT INTO {DELEGATIONS_SEARCH}(rowid, key) VALUES (new.id, {_NEW});
        END""",
    "delegations_search_after_delete": f"""
        CREATE TRIGGER delegations_search_after_delete AFTER DELETE ON delegations BEGIN
            DELETE FROM {DELEGATIONS_SEARCH} WHERE rowid = old.id;
        END""",
    # A renamed head, city or a partnership's cities change what finds the delegation.
    "delegations_search_after_head_update": f"""
        CREATE TRIGGER delegations_search_after_head_update
        AFTER UPDATE OF search_key ON people BEGIN{_reindex("head_person_id = new.id")}
        END""",
    "delegations_search_after_city_update": f"""
        CREATE TRIGGER delegations_search_after_city_update
        AFTER UPDATE OF search_key ON cities BEGIN{
        _reindex(
            "partnership_id IN (SELECT id FROM partnerships"
            " WHERE city_a_id = new.id OR city_b_id = new.id)"
        )
    }
        END""",
    "delegations_search_after_partnership_update": f"""
        CREATE TRIGGER delegations_search_after_partnership_update
        AFTER UPDATE OF city_a_id, city_b_id ON partnerships BEGIN{
        _reindex("partnership_id = new.id")
    }
        END""",
}


def upgrade() -> None:
    with op.batch_alter_table("delegations") as batch_op:
        batch_op.create_index("ix_delegations_head_person_id", ["head_person_id"], unique=False)
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"CREATE VIRTUAL TABLE {DELEGATIONS_SEARCH} USING fts5(key, tokenize='trigram')")
    op.execute(
        f"INSERT INTO {DELEGATIONS_SEARCH}(rowid, key) SELECT delegations.id, {_ROW}"
        " FROM delegations"
    )
    op.execute(f"CREATE VIRTUAL TABLE {PARTNERSHIPS_SEARCH} USING fts5(key, tokenize='trigram')")
    op.execute(
        f"INSERT INTO {PARTNERSHIPS_SEARCH}(rowid, key) SELECT partnerships.id, {_PAIR}"
        " FROM partnerships"
    )
    for sql in _TRIGGERS.values():
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in _TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(f"DROP TABLE IF EXISTS {DELEGATIONS_SEARCH}")
        op.execute(f"DROP TABLE IF EXISTS {PARTNERSHIPS_SEARCH}")
    with op.batch_alter_table("delegations") as batch_op:
        batch_op.drop_index("ix_delegations_head_person_id")
