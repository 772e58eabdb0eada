"""people search: an FTS5 trigram index kept current by triggers (SQLite only)

See exchangedesk.db.search_index for why. The index is derived data: dropping it (downgrade)
loses nothing, and the upgrade fills it from the people already there.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 18:45:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PEOPLE_SEARCH = "people_search"
# What a people filter matches, one field per line: the person's folded names, their
# organisation's, role and e-mail. Written out here, not imported, so the revision stays as it
# was applied whatever the code becomes.
INDEXED_TEXT = (
    "{p}.search_key || char(10) || "
    "coalesce((SELECT o.search_key FROM organisations AS o WHERE o.id = {p}.organisation_id), '')"
    " || char(10) || coalesce({p}.role, '') || char(10) || coalesce({p}.email, '')"
)
_NEW = INDEXED_TEXT.format(p="new")
_PERSON = INDEXED_TEXT.format(p="people")
_TRIGGERS = {
    "people_search_after_insert": f"""
        CREATE TRIGGER people_search_after_insert AFTER INSERT ON people BEGIN
            INSERT INTO {PEOPLE_SEARCH}(rowid, key) VALUES (new.id, {_NEW});
        END""",
    "people_search_after_update": f"""
        CREATE TRIGGER people_search_after_update AFTER UPDATE ON people BEGIN
            DELETE FROM {PEOPLE_SEARCH} WHERE rowid = old.id;
            INSERT INTO {PEOPLE_SEARCH}(rowid, key) VALUES (new.id, {_NEW});
        END""",
    "people_search_after_delete": f"""
        CREATE TRIGGER people_search_after_delete AFTER DELETE ON people BEGIN
            DELETE FROM {PEOPLE_SEARCH} WHERE rowid = old.id;
        END""",
    # A renamed organisation changes what finds each of its people.
    "people_search_after_organisation_update": f"""
        CREATE TRIGGER people_search_after_organisation_update
        AFTER UPDATE OF search_key ON organisations BEGIN
            DELETE FROM {PEOPLE_SEARCH}
                WHERE rowid IN (SELECT id FROM people WHERE organisation_id = new.id);
            INSERT INTO {PEOPLE_SEARCH}(rowid, key)
                SELECT people.id, {_PERSON} FROM people WHERE people.organisation_id = new.id;
        END""",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL filters people by scanning (pg_trgm would be its equivalent)
    op.execute(f"CREATE VIRTUAL TABLE {PEOPLE_SEARCH} USING fts5(key, tokenize='trigram')")
    op.execute(f"INSERT INTO {PEOPLE_SEARCH}(rowid, key) SELECT people.id, {_PERSON} FROM people")
    for sql in _TRIGGERS.values():
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"DROP TABLE IF EXISTS {PEOPLE_SEARCH}")
