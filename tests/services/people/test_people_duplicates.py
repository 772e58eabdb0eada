"""Duplicates caught on entry: folded names in SQL, Latin or own script, with the reasons."""

from __future__ import annotations

import datetime as dt
import unicodedata

from sqlalchemy import event

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import OrganisationKind
from exchangedesk.domain.people import OrganisationDraft, PersonDraft, SensitiveDraft
from exchangedesk.services.people.duplicates import (
    DuplicateReason,
    find_possible_duplicate_organisations,
    find_possible_duplicates,
)
from exchangedesk.services.people.edits import create_person
from exchangedesk.services.people.lists import find_people
from exchangedesk.services.people.organisations import find_organisations
from sample_committee import SampleIds

NFD = "NFD"


def _ids(found) -> list[int]:  # noqa: ANN001
    return [candidate.id for candidate in found]


def test_zoe_typed_nfc_or_nfd_is_one_person(database: Database, sample: SampleIds) -> None:
    (zoe,) = find_people(database, "zoe bronte")
    for form in ("NFC", NFD):
        draft = PersonDraft(
            given_name=unicodedata.normalize(form, "Zoë"),
            family_name=unicodedata.normalize(form, "Brontë"),
        )
        (found,) = find_possible_duplicates(database, draft)
        assert found.id == zoe.id and found.name == "Zoë Brontë"
        assert found.reasons == (DuplicateReason.NAME,)


def test_case_and_diacritics_do_not_matter(database: Database) -> None:
    saved = create_person(database, PersonDraft("Müller", "Zoë"), actor="t")
    for given, family in (("Zoe", "Muller"), ("ZOË", "MÜLLER"), ("zoe", "müller")):
        assert _ids(find_possible_duplicates(database, PersonDraft(family, given))) == [
            saved.person.id
        ]


def test_same_name_in_own_script_with_another_transliteration(
    database: Database, sample: SampleIds
) -> None:
    draft = PersonDraft(
        given_name="Olha",
        family_name="Ivanova",
        given_name_native="ОЛЬГА",
        family_name_native="иванова",
    )
    (found,) = find_possible_duplicates(database, draft)
    assert found.id == sample.olga
    assert DuplicateReason.NATIVE_NAME in found.reasons
    assert found.native_name == "Ольга Иванова"


def test_further_reasons_are_reported_and_rank_first(database: Database) -> None:
    first = create_person(database, PersonDraft("Smith", "John"), actor="t")
    with_city = create_person(
        database, PersonDraft("Smith", "John", email="john@example.org"), actor="t"
    )
    draft = PersonDraft("Smith", "John", email="JOHN@example.org")
    found = find_possible_duplicates(database, draft)
    assert _ids(found) == [with_city.person.id, first.person.id]
    assert found[0].reasons == (DuplicateReason.NAME, DuplicateReason.EMAIL)


def test_same_organisation_and_city(database: Database, sample: SampleIds) -> None:
    (zoe,) = find_people(database, "zoe bronte")
    (council,) = find_organisations(database, "coventry city council")
    draft = PersonDraft("Bronte", "Zoe", organisation_id=council.id)
    (found,) = find_possible_duplicates(database, draft)
    assert found.id == zoe.id
    assert found.reasons == (DuplicateReason.NAME, DuplicateReason.ORGANISATION)
    assert found.organisation == "Coventry City Council" and found.city == "Coventry"


def test_same_date_of_birth_is_a_reason_without_loading_dates(database: Database) -> None:
    born = dt.date(1990, 5, 17)
    twin = create_person(
        database,
        PersonDraft("Nowak", "Anna"),
        actor="t",
        sensitive=SensitiveDraft(date_of_birth=born),
    )
    (found,) = find_possible_duplicates(database, PersonDraft("Nowak", "Anna"), date_of_birth=born)
    assert found.id == twin.person.id
    assert found.reasons == (DuplicateReason.NAME, DuplicateReason.DATE_OF_BIRTH)
    assert "1990" not in repr(found)
    (other,) = find_possible_duplicates(
        database, PersonDraft("Nowak", "Anna"), date_of_birth=dt.date(1991, 1, 1)
    )
    assert other.reasons == (DuplicateReason.NAME,)


def test_no_false_alarms_on_parts_of_names(database: Database) -> None:
    create_person(database, PersonDraft("Annaberg", "Anna"), actor="t")
    create_person(database, PersonDraft("Berg", "Annabel"), actor="t")
    assert find_possible_duplicates(database, PersonDraft("Berg", "Ann")) == []
    assert find_possible_duplicates(database, PersonDraft("Berg", "")) == []
    assert find_possible_duplicates(database, PersonDraft("Smith", "Anna")) == []


def test_a_single_name_matches_only_a_single_name(database: Database) -> None:
    create_person(database, PersonDraft("Sukarno", "Ahmad"), actor="t")
    single = create_person(database, PersonDraft("Sukarno"), actor="t")
    assert _ids(find_possible_duplicates(database, PersonDraft("Sukarno"))) == [single.person.id]


def test_the_person_being_edited_is_not_their_own_duplicate(
    database: Database, sample: SampleIds
) -> None:
    draft = PersonDraft("Ivanova", "Olga")
    assert _ids(find_possible_duplicates(database, draft)) == [sample.olga]
    assert find_possible_duplicates(database, draft, exclude_id=sample.olga) == []


def test_the_check_is_one_sql_query_on_the_search_keys(
    database: Database, sample: SampleIds
) -> None:
    seen: list[str] = []

    def record(conn, cursor, statement, *args) -> None:  # noqa: ANN001
        seen.append(statement)

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        find_possible_duplicates(database, PersonDraft("Ivanova", "Olga"))
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    selects = [s for s in seen if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 1
    assert "search_key" in selects[0] and "LIMIT" in selects[0].upper()


def test_organisation_duplicates_by_name_in_either_script(
    database: Database, sample: SampleIds
) -> None:
    (vgpu,) = find_organisations(database, "pedagogical")
    draft = OrganisationDraft(
        name="Volgograd State Pedagogical University",
        native_name="ВОЛГОГРАДСКИЙ ПЕДАГОГИЧЕСКИЙ УНИВЕРСИТЕТ",
        kind=OrganisationKind.UNIVERSITY,
    )
    (found,) = find_possible_duplicate_organisations(database, draft)
    assert found.id == vgpu.id and found.reasons == (DuplicateReason.NATIVE_NAME,)
    (council,) = find_possible_duplicate_organisations(
        database, OrganisationDraft(name="coventry  city council")
    )
    assert council.name == "Coventry City Council"
    assert find_possible_duplicate_organisations(database, OrganisationDraft(name="Coventry")) == []
    assert (
        find_possible_duplicate_organisations(
            database, OrganisationDraft(name="Coventry City Council"), exclude_id=council.id
        )
        == []
    )
