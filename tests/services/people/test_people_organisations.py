"""Organisations: created, changed with a version check, validated field by field."""

from __future__ import annotations

import pytest

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import OrganisationKind
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.domain.people import OrganisationDraft, PersonDraft
from exchangedesk.services.common.paging import ListQuery
from exchangedesk.services.people.edits import create_person
from exchangedesk.services.people.lists import list_organisations
from exchangedesk.services.people.organisations import (
    create_organisation,
    delete_organisation,
    find_organisations,
    get_organisation,
    update_organisation,
)
from sample_committee import SampleIds

ACTOR = "helen"


def _school() -> OrganisationDraft:
    return OrganisationDraft(
        name="School No. 1",
        native_name="Школа № 1",
        kind=OrganisationKind.SCHOOL,
        address="ul. Mira 3",
        email="school1@example.org",
        phone="+7 8442 12 34 56",
        website="https://school1.example.org",
        notes="Partner of Lanchester College since 1969.",
    )


def test_create_and_find_in_either_script(database: Database) -> None:
    created = create_organisation(database, _school(), actor=ACTOR)
    assert get_organisation(database, created.id).draft == _school()
    assert [o.id for o in find_organisations(database, "ШКОЛА")] == [created.id]
    assert list_organisations(database, ListQuery(text="школа")).total == 1


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": " "}, "name"),
        ({"name": "n" * 301}, "name"),
        ({"email": "school1.example.org"}, "email"),
        ({"phone": "ring the bell"}, "phone"),
        ({"website": "school one"}, "website"),
        ({"city_id": 999_999}, "city_id"),
    ],
)
def test_bad_input_names_the_field(database: Database, changes: dict, field: str) -> None:
    draft = OrganisationDraft(**{**_school().__dict__, **changes})
    with pytest.raises(ValidationError) as refused:
        create_organisation(database, draft, actor=ACTOR)
    assert refused.value.field == field
    assert list_organisations(database).total == 0


def test_update_is_version_checked(database: Database) -> None:
    created = create_organisation(database, _school(), actor=ACTOR)
    renamed = OrganisationDraft(**{**_school().__dict__, "name": "Gymnasium No. 1"})
    saved = update_organisation(
        database, created.id, renamed, expected_version=created.version, actor=ACTOR
    )
    assert saved.version == created.version + 1
    assert [o.id for o in find_organisations(database, "gymnasium")] == [created.id]
    with pytest.raises(ConcurrentEditError, match="Gymnasium No. 1 was changed by "):
        update_organisation(
            database, created.id, _school(), expected_version=created.version, actor=ACTOR
        )
    assert get_organisation(database, created.id).name == "Gymnasium No. 1"


def test_removal_is_refused_once_people_belong_to_it(database: Database) -> None:
    created = create_organisation(database, _school(), actor=ACTOR)
    create_person(database, PersonDraft("Petrova", "Anna", organisation_id=created.id), actor=ACTOR)
    with pytest.raises(ConcurrentEditError, match="people"):
        delete_organisation(database, created.id, expected_version=created.version, actor=ACTOR)
    assert get_organisation(database, created.id).name == "School No. 1"


def test_creation_undone_and_redone_keeps_its_id(database: Database, sample: SampleIds) -> None:
    created = create_organisation(database, _school(), actor=ACTOR)
    delete_organisation(database, created.id, expected_version=created.version, actor=ACTOR)
    assert find_organisations(database, "school") == []
    again = create_organisation(database, _school(), actor=ACTOR, organisation_id=created.id)
    assert again.id == created.id
