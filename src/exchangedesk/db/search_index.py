"""The search indexes: SQLite FTS5 tables with the trigram tokenizer (people: revision 0006,
delegations: revision 0011_perf2).

Filtering 200,000 people with ``LIKE '%word%'`` on their folded names read every row on each
keystroke (0.2–1 s on a federation register). An FTS5 trigram index answers the same
"contains" question from an index for any word of three letters or more (tens of ms). It holds,
per person (``rowid`` = ``people.id``), the text a people filter matches: the person's folded
``search_key``, their organisation's ``search_key``, role and e-mail, one per line. Triggers
written by revision 0006 (which holds the SQL of the indexed text) keep it current, so no service has to remember it.

Only SQLite has it; on PostgreSQL, and for shorter words or words with LIKE wildcards, the
list filters by scanning as before (:func:`usable`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, column, exists, false, func, or_, select, table
from sqlalchemy.orm import Session

PEOPLE_SEARCH = "people_search"
DELEGATIONS_SEARCH = "delegations_search"
PARTNERSHIPS_SEARCH = "partnerships_search"
INDEXES = (PEOPLE_SEARCH, DELEGATIONS_SEARCH, PARTNERSHIPS_SEARCH)

people_search = table(PEOPLE_SEARCH, column("rowid"), column("key"))

# A trigram index can answer LIKE '%w%' only when w has at least three characters.
SHORTEST_WORD = 3


def is_index_table(name: str) -> bool:
    """The FTS table and the shadow tables SQLite keeps for it (not part of the models)."""
    return any(name == index or name.startswith(index + "_") for index in INDEXES)


def usable(dialect_name: str, *words: str) -> bool:
    return dialect_name == "sqlite" and all(len(word) >= SHORTEST_WORD for word in words)


def people_containing(*words: str) -> Select:
    """Ids of the people whose indexed text contains any of ``words``.

    Asked as FTS5 phrases (``MATCH '"adam"'``): with the trigram tokenizer a phrase is a
    substring, and unlike ``LIKE`` it is answered from the index alone (0.4–16 ms against
    40–150 ms on 200,000 people). Letters match in either case in every script."""
    phrases = " OR ".join('"' + word.replace('"', '""') + '"' for word in dict.fromkeys(words))
    return select(people_search.c.rowid).where(people_search.c.key.match(phrases))


# --- any length of word, counted in the index alone -------------------------------------------

# Where a share of at least 1/COMMON of the records match, the list walks its sort order and
# checks each record in the index (at most COMMON x page-size look-ups); rarer words first
# collect their few ids from the index. Measured on 100,000 delegations: a two-letter word
# matching 7 % took 160-184 ms with 1/10 (the ids first, then walking for them) and 48-59 ms
# with 1/100.
COMMON = 100


@dataclass(frozen=True)
class Found:
    """What the index says of a filter: how many records match, and the condition that picks
    them in the list's statement (on the list's id column)."""

    total: int
    where: ColumnElement[bool]


@cache
def _texts(name: str) -> tuple[Any, Any]:
    """The FTS table and its content table (FTS5 keeps the indexed text there: id, c0)."""
    fts = table(name, column("rowid"), column("key"))
    return fts, table(name + "_content", column("id"), column("c0"))


def _word_in(name: str, word: str) -> ColumnElement[bool]:
    fts, content = _texts(name)
    if len(word) >= SHORTEST_WORD:
        phrase = '"' + word.replace('"', '""') + '"'
        return content.c.id.in_(select(fts.c.rowid).where(fts.c.key.match(phrase)))
    # Too short for a trigram: read the narrow text (ASCII letters in either case, like the
    # LIKE on the record's own columns did), a fraction of the record's table and no joins.
    return content.c.c0.contains(word, autoescape=True)


def find(session: Session, name: str, id_column: Any, words: list[list[str]]) -> Found:
    """The records whose indexed text holds, for every group of ``words``, one of its words
    (a typed word and its folded form). One scan of the index's text counts them; the list's
    statement then asks the index by id in whichever way suits how many match."""
    _fts, content = _texts(name)
    condition = and_(*(or_(*(_word_in(name, w) for w in dict.fromkeys(group))) for group in words))
    total = session.execute(select(func.count()).select_from(content).where(condition)).scalar_one()
    if not total:
        return Found(0, false())
    population = session.execute(select(func.max(content.c.id))).scalar_one() or 0
    if total * COMMON >= population:
        checked = exists().where(content.c.id == id_column, condition)
        return Found(total, checked)
    return Found(total, id_column.in_(select(content.c.id).where(condition)))
