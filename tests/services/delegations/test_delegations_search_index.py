"""The delegations search index (FTS5 trigram, revision 0011_perf2): kept current by triggers,
giving the same delegations as scanning every row would, and counted in the index alone."""

from __future__ import annotations

import pytest
from sqlalchemy import event, select, text

from exchangedesk.db import search_index
from exchangedesk.db.models import City, Delegation, Partnership, Person
from exchangedesk.db.session import Database
from exchangedesk.services.common.paging import ListQuery
from exchangedesk.services.delegations.lists import list_delegations
from exchangedesk.services.partnerships.lists import list_partnerships
from sample_committee import SampleIds

SQLITE_ONLY = pytest.mark.sqlite_only(reason="the FTS5 table; PostgreSQL uses pg_trgm (0007)")


def _ids(database: Database, words: str) -> list[int]:
    return sorted(r.id for r in list_delegations(database, ListQuery(text=words)).rows)


def _scan(database: Database, words: str, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The same list with the index switched off: every row read, as before 0011_perf2."""
    with monkeypatch.context() as patch:
        patch.setattr(search_index, "usable", lambda *_args: False)
        return _ids(database, words)


def test_the_index_gives_what_scanning_gives(
    database: Database, sample: SampleIds, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = ["v", "vo", "волгоград", "ВОЛГОГРАД", "mamayev", "makinen", "coventry", "o"]
    words += ["10%", "a_b", "zzqx", "vol cov", "z", "mamayev kiel"]
    for word in words:
        assert _ids(database, word) == _scan(database, word, monkeypatch), word
    assert _ids(database, "mamayev") == [sample.kemi_delegation]


@SQLITE_ONLY
def test_the_index_follows_titles_heads_and_cities(database: Database, sample: SampleIds) -> None:
    with database.unit_of_work() as session:
        session.get(Delegation, sample.kemi_delegation).title = "Spring visit to Kiel"
    assert _ids(database, "mamayev") == [] and _ids(database, "kiel") == [sample.kemi_delegation]

    with database.unit_of_work() as session:
        visit = session.get(Delegation, sample.churchill_visit)
        head = session.get(Person, visit.head_person_id)
        head.search_key = "zephyrine|spencer"
        partnership = session.get(Partnership, visit.partnership_id)
        city = session.get(City, partnership.city_a_id)
        city.search_key = city.search_key + "|quarrington"
    assert sample.churchill_visit in _ids(database, "zephyrine")
    with database.reading() as session:
        key = session.execute(
            text("SELECT key FROM delegations_search WHERE rowid = :id"),
            {"id": sample.churchill_visit},
        ).scalar_one()
    assert "zephyrine" in key and "clementine|" not in key  # the old head's key is gone
    assert sample.churchill_visit in _ids(database, "quarrington")

    with database.unit_of_work() as session:
        session.execute(
            text("DELETE FROM delegations WHERE id = :id"), {"id": sample.kemi_delegation}
        )
    with database.reading() as session:
        indexed = session.execute(text("SELECT rowid FROM delegations_search")).scalars().all()
        every = session.scalars(select(Delegation.id)).all()
    assert sorted(indexed) == sorted(every)


@SQLITE_ONLY
def test_a_filter_counts_in_the_index_and_never_joins_to_count(
    database: Database, sample: SampleIds
) -> None:
    """The regression this guards: counting a filtered list through delegations joined to two
    cities and the head (0.5-1.2 s a keystroke on 100,000 delegations)."""
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001
        seen.append(statement)

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        for word in ("v", "vo", "volgograd", "zzqx"):
            list_delegations(database, ListQuery(text=word))
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    counts = [s for s in seen if s.lstrip().lower().startswith("select count(")]
    assert counts and all("FROM delegations_search_content" in s for s in counts), counts
    assert not any("JOIN" in s for s in counts)
    with database.reading() as session:
        plan = session.execute(
            text(
                "EXPLAIN QUERY PLAN SELECT count(*) FROM delegations_search_content WHERE id IN"
                " (SELECT rowid FROM delegations_search WHERE delegations_search MATCH '\"volg\"')"
            )
        ).all()
    assert any("VIRTUAL TABLE INDEX" in row[-1] for row in plan), plan


@SQLITE_ONLY
def test_a_common_word_walks_the_list_checking_the_index(
    database: Database, sample: SampleIds
) -> None:
    """A word most records hold is checked row by row along the list's order (a page needs
    about 100 look-ups), not collected as tens of thousands of ids first."""
    with database.reading() as session:
        found = search_index.find(session, search_index.DELEGATIONS_SEARCH, Delegation.id, [["o"]])
    assert found.total == len(_ids(database, "o")) > 0
    assert "EXISTS" in str(found.where)


def _pair_ids(database: Database, words: str) -> list[int]:
    return sorted(r.id for r in list_partnerships(database, ListQuery(text=words)).rows)


def test_the_partnerships_index_gives_what_scanning_gives(
    database: Database, sample: SampleIds, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = ["v", "vo", "волгоград", "coventry", "kemi", "zzqx", "10%", "cov dres", "o"]
    for word in words:
        with monkeypatch.context() as patch:
            patch.setattr(search_index, "usable", lambda *_args: False)
            scanned = _pair_ids(database, word)
        assert _pair_ids(database, word) == scanned, word
    assert _pair_ids(database, "kemi") == [sample.kemi_volgograd]


@SQLITE_ONLY
def test_the_partnerships_index_follows_a_renamed_city(
    database: Database, sample: SampleIds
) -> None:
    with database.unit_of_work() as session:
        pair = session.get(Partnership, sample.kemi_volgograd)
        session.get(City, pair.city_a_id).search_key += "|quarrington"
    assert _pair_ids(database, "quarrington") == [sample.kemi_volgograd]
