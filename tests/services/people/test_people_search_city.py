"""The people filter finds a person by the city the list shows beside them (issue 16: "Kemi"
missed a person living in Kemi), through the index (revision 0014_words16) and by scanning,
and still after the city is renamed."""

from __future__ import annotations

import pytest

from exchangedesk.db.models import City
from exchangedesk.db.session import Database
from exchangedesk.domain.people import PersonDraft
from exchangedesk.domain.text import search_key
from exchangedesk.services.common.paging import ListQuery
from exchangedesk.services.people.edits import create_person
from exchangedesk.services.people.lists import list_people
from sample_committee import city

ACTOR = "secretary"


def _ids(database: Database, words: str) -> list[int]:
    return sorted(r.id for r in list_people(database, ListQuery(text=words, limit=500)).rows)


def _kemi_and_a_stranger(database: Database) -> tuple[int, int, int]:
    with database.unit_of_work() as s:
        kemi, tornio = city("Kemi", "FI"), city("Tornio", "FI")
        s.add_all([kemi, tornio])
        s.flush()
        kemi_id, tornio_id = kemi.id, tornio.id
    aino = create_person(
        database, PersonDraft(given_name="Aino", family_name="Lahti", city_id=kemi_id), actor=ACTOR
    ).person
    create_person(
        database, PersonDraft(given_name="Eero", family_name="Salo", city_id=tornio_id), actor=ACTOR
    )
    return kemi_id, aino.id, tornio_id


def test_a_person_is_found_by_their_city(database: Database) -> None:
    _kemi, aino, _tornio = _kemi_and_a_stranger(database)
    assert _ids(database, "Kemi") == [aino]
    assert _ids(database, "kemi lahti") == [aino]  # every word, one of them the city
    assert _ids(database, "Ke") == [aino]  # too short for a trigram: the narrow text


def test_the_list_shows_the_city_it_matched(database: Database) -> None:
    _kemi_and_a_stranger(database)
    (row,) = list_people(database, ListQuery(text="kemi")).rows
    assert row.city == "Kemi"


@pytest.mark.sqlite_only(reason="the FTS5 table's city trigger; PostgreSQL reads cities directly")
def test_a_renamed_city_finds_its_people_by_the_new_name(database: Database) -> None:
    kemi, aino, _tornio = _kemi_and_a_stranger(database)
    with database.unit_of_work() as s:
        place = s.get(City, kemi)
        place.name, place.search_key = "Kemijärvi", search_key("Kemijärvi")
    assert _ids(database, "kemijarvi") == [aino]
