"""The people search index (FTS5 trigram, revision 0006): kept current by triggers and giving
the same people as scanning every row would."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select, text

from exchangedesk.db import search_index
from exchangedesk.db.models import Person
from exchangedesk.db.session import Database
from exchangedesk.domain.people import OrganisationDraft, PersonDraft
from exchangedesk.services.common.paging import ListQuery
from exchangedesk.services.people.edits import create_person, delete_person, update_person
from exchangedesk.services.people.lists import list_people
from exchangedesk.services.people.merge import merge_people
from exchangedesk.services.people.organisations import create_organisation, update_organisation

ACTOR = "secretary"


def _ids(database: Database, words: str) -> list[int]:
    return sorted(r.id for r in list_people(database, ListQuery(text=words, limit=500)).rows)


def _indexed(database: Database, person_id: int) -> str | None:
    with database.reading() as session:
        return session.execute(
            text("SELECT key FROM people_search WHERE rowid = :id"), {"id": person_id}
        ).scalar()


def _scan(database: Database, words: str, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The same list with the index switched off: every row read, as before revision 0006."""
    with monkeypatch.context() as patch:
        patch.setattr(search_index, "usable", lambda *_args: False)
        return _ids(database, words)


@pytest.mark.sqlite_only(reason="the FTS5 table; PostgreSQL uses pg_trgm indexes (revision 0007)")
def test_the_index_follows_people_and_their_organisation(database: Database) -> None:
    town_hall = create_organisation(database, OrganisationDraft(name="Rathaus Kiel"), actor=ACTOR)
    helga = create_person(
        database,
        PersonDraft(
            given_name="Helga",
            family_name="Sørensen",
            role="Protokollchefin",
            email="h.sorensen@kiel.example",
            organisation_id=town_hall.id,
        ),
        actor=ACTOR,
    ).person
    assert _ids(database, "soren") == [helga.id]  # folded: ø → o
    assert _ids(database, "rathaus") == [helga.id]  # through the organisation
    assert _ids(database, "protokoll") == [helga.id]  # role
    assert _ids(database, "kiel.example") == [helga.id]  # e-mail

    detail = update_organisation(
        database,
        town_hall.id,
        OrganisationDraft(name="Stadtverwaltung Kiel"),
        expected_version=town_hall.version,
        actor=ACTOR,
    )
    assert detail.name == "Stadtverwaltung Kiel"
    assert _ids(database, "rathaus") == [] and _ids(database, "stadtverwaltung") == [helga.id]

    with database.reading() as session:
        version = session.get(Person, helga.id).version_id
    update_person(
        database,
        helga.id,
        PersonDraft(given_name="Helga", family_name="Lindqvist", organisation_id=town_hall.id),
        expected_version=version,
        actor=ACTOR,
    )
    assert _ids(database, "sorensen") == [] and _ids(database, "lindqvist") == [helga.id]

    with database.reading() as session:
        version = session.get(Person, helga.id).version_id
    delete_person(database, helga.id, expected_version=version, actor=ACTOR)
    assert _indexed(database, helga.id) is None
    assert _ids(database, "lindqvist") == []


@pytest.mark.sqlite_only(reason="the FTS5 table; PostgreSQL uses pg_trgm indexes (revision 0007)")
def test_a_merged_duplicate_leaves_the_index(database: Database) -> None:
    first = create_person(
        database, PersonDraft(given_name="Ivan", family_name="Orlov"), actor=ACTOR
    )
    second = create_person(
        database, PersonDraft(given_name="Ivan", family_name="Orlov"), actor=ACTOR
    )
    merge_people(database, first.person.id, second.person.id, actor=ACTOR)
    assert _ids(database, "orlov") == [first.person.id]
    assert _indexed(database, second.person.id) is None


def test_the_index_gives_what_scanning_gives(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    chance = random.Random(1957)
    syllables = ["ka", "ter", "ina", "vol", "gog", "rad", "mül", "ler", "ßen", "o'"]
    cyrillic = ["ива", "нов", "кат", "ерина"]
    for _ in range(60):
        family = "".join(chance.choice(syllables) for _ in range(3)).capitalize()
        given = "".join(chance.choice(syllables) for _ in range(2)).capitalize()
        native = "".join(chance.choice(cyrillic) for _ in range(2)).capitalize()
        draft = PersonDraft(
            given_name=given,
            family_name=family,
            family_name_native=native,
            role=chance.choice(["Mayor", "Мэр", None]),
        )
        create_person(database, draft, actor=ACTOR)
    words = ["ter", "ina", "rad", "mül", "muller", "иванов", "нов", "MAYOR", "o'", "kat", "ka"]
    words += ["10%", "a_b", "zzz", "inavol ter"]
    for word in words:
        assert _ids(database, word) == _scan(database, word, monkeypatch), word


def test_letters_match_in_either_case_in_every_script(database: Database) -> None:
    # Scanning with LIKE matched only ASCII letters in either case; the index does better.
    draft = PersonDraft(given_name="Olga", family_name="Orlova", role="Мэр города")
    olga = create_person(database, draft, actor=ACTOR).person
    assert _ids(database, "мэр") == _ids(database, "МЭР") == [olga.id]


def test_the_index_is_used_only_where_it_can_answer() -> None:
    assert search_index.usable("sqlite", "vol", "волг")
    assert not search_index.usable("sqlite", "vo")  # a trigram needs three characters
    assert not search_index.usable("postgresql", "volgograd")


@pytest.mark.sqlite_only(reason="the FTS5 table; PostgreSQL uses pg_trgm indexes (revision 0007)")
def test_every_person_has_exactly_one_entry(database: Database) -> None:
    create_person(database, PersonDraft(given_name="Anna", family_name="Weiß"), actor=ACTOR)
    with database.reading() as session:
        by_triggers = dict(session.execute(text("SELECT rowid, key FROM people_search")).all())
        people = session.scalars(select(Person.id)).all()
    assert sorted(by_triggers) == sorted(people)
