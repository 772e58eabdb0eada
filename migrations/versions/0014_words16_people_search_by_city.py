"""people search finds people by the city shown beside them (issue 16: "Kemi" missed a person
living in Kemi)

The people list shows each person's city, but revision 0006's index held only their names,
organisation, role and e-mail. The indexed text gains the city's folded ``search_key`` as a
fifth line; the triggers are written again with it, one more keeps it current when a city is
renamed, and the index is filled again. SQLite only, like 0006: PostgreSQL's list matches
``cities.search_key`` through its pg_trgm index (revision 0007).

Measured on the federation register (200,000 people, this machine): the upgrade takes 14 s
(the index is filled again); a filter word stays as fast (a city word 2.0 -> 3.2 ms, "ivan"
66 -> 63 ms, "ka" 38 -> 47 ms, median of five).

Revision ID: 0014_words16
Revises: 0013_docs15
Create Date: 2026-12-07 15:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014_words16"
down_revision: str | None = "0013_docs15"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PEOPLE_SEARCH = "people_search"
# Written out here, not imported, so each revision stays as it was applied.
_BEFORE = (
    "{p}.search_key || char(10) || "
    "coalesce((SELECT o.search_key FROM organisations AS o WHERE o.id = {p}.organisation_id), '')"
    " || char(10) || coalesce({p}.role, '') || char(10) || coalesce({p}.email, '')"
)
INDEXED_TEXT = (
    _BEFORE + " || char(10) || "
    "coalesce((SELECT c.search_key FROM cities AS c WHERE c.id = {p}.city_id), '')"
)
_PERSON = INDEXED_TEXT.format(p="people")
_CITY_TRIGGER = "people_search_after_city_update"


def _triggers(text: str) -> dict[str, str]:
    new, person = text.format(p="new"), text.format(p="people")
    return {
        "people_search_after_insert": f"""
            CREATE TRIGGER people_search_after_insert AFTER INSERT ON people BEGIN
                INSERT INTO {PEOPLE_SEARCH}(rowid, key) VALUES (new.id, {new});
            END""",
        "people_search_after_update": f"""
            CREATE TRIGGER people_search_after_update AFTER UPDATE ON people BEGIN
                DELETE FROM {PEOPLE_SEARCH} WHERE rowid = old.id;
                INSERT INTO {PEOPLE_SEARCH}(rowid, key) VALUES (new.id, {new});
            END""",
        "people_search_after_organisation_update": f"""
            CREATE TRIGGER people_search_after_organisation_update
            AFTER UPDATE OF search_key ON organisations BEGIN
                DELETE FROM {PEOPLE_SEARCH}
                    WHERE rowid IN (SELECT id FROM people WHERE organisation_id = new.id);
                INSERT INTO {PEOPLE_SEARCH}(rowid, key)
                    SELECT people.id, {person} FROM people WHERE people.organisation_id = new.id;
            END""",
    }


def _rewrite(text: str) -> None:
    for name, sql in _triggers(text).items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(sql)
    op.execute(f"DELETE FROM {PEOPLE_SEARCH}")
    person = text.format(p="people")
    op.execute(f"INSERT INTO {PEOPLE_SEARCH}(rowid, key) SELECT people.id, {person} FROM people")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _rewrite(INDEXED_TEXT)
    # A renamed city changes what finds each person living there.
    op.execute(f"""
        CREATE TRIGGER {_CITY_TRIGGER} AFTER UPDATE OF search_key ON cities BEGIN
            DELETE FROM {PEOPLE_SEARCH}
                WHERE rowid IN (SELECT id FROM people WHERE city_id = new.id);
            INSERT INTO {PEOPLE_SEARCH}(rowid, key)
                SELECT people.id, {_PERSON} FROM people WHERE people.city_id = new.id;
        END""")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"DROP TRIGGER IF EXISTS {_CITY_TRIGGER}")
    _rewrite(_BEFORE)
