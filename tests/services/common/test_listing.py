"""Every area's list: filtered, sorted and paged in SQL, returning plain rows."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import event

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import DelegationStatus, PartnershipStatus
from exchangedesk.services.aid.lists import Money, list_campaigns, list_shipments
from exchangedesk.services.common.paging import ListQuery
from exchangedesk.services.delegations.lists import list_delegations
from exchangedesk.services.documents.register import list_documents
from exchangedesk.services.exchanges.lists import list_programmes
from exchangedesk.services.gifts.register import list_gifts
from exchangedesk.services.overview.calendar import EventKind, events_between, events_in_month
from exchangedesk.services.overview.summary import count_records
from exchangedesk.services.partnerships.lists import list_partnerships
from exchangedesk.services.people.lists import list_organisations, list_people
from sample_committee import PASSPORT, SampleIds


def pairs(page) -> list[str]:  # noqa: ANN001
    return [row.cities for row in page.rows]


# --- partnerships: folding, paging, sorting -------------------------------------------------


@pytest.mark.parametrize("typed", ["волгоград", "ВОЛГОГРАД", "Волгоград", "volgograd", "VOLGO"])
def test_cyrillic_filter_finds_the_city_in_any_case(
    database: Database, sample: SampleIds, typed: str
) -> None:
    page = list_partnerships(database, ListQuery(text=typed))
    assert sorted(pairs(page)) == ["Coventry – Volgograd", "Kemi – Volgograd"]
    assert page.total == 2


def test_diacritics_fold_away(database: Database, sample: SampleIds) -> None:
    page = list_partnerships(database, ListQuery(text="eisenhuttenstadt"))
    assert pairs(page) == ["Saarlouis – Eisenhüttenstadt"]
    assert page.rows[0].country_b == "DE"


def test_every_word_must_match(database: Database, sample: SampleIds) -> None:
    assert pairs(list_partnerships(database, ListQuery(text="coventry volgograd"))) == [
        "Coventry – Volgograd"
    ]
    assert list_partnerships(database, ListQuery(text="coventry kemi")).total == 0


def test_like_wildcards_are_taken_literally(database: Database, sample: SampleIds) -> None:
    assert list_partnerships(database, ListQuery(text="%")).total == 0
    assert list_partnerships(database, ListQuery(text="_")).total == 0


def test_rows_are_plain_frozen_data(database: Database, sample: SampleIds) -> None:
    row = list_partnerships(database, ListQuery(text="dresden")).rows[0]
    assert dataclasses.is_dataclass(row)
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.city_a = "x"  # type: ignore[misc]
    assert (row.city_a, row.country_a, row.city_b, row.country_b) == (
        "Coventry",
        "GB",
        "Dresden",
        "DE",
    )
    assert row.signed_on == dt.date(1959, 9, 15)


def test_paging_gives_every_record_once_with_the_total(
    database: Database, sample: SampleIds
) -> None:
    first = list_partnerships(database, ListQuery(sort="city_b", limit=3))
    second = list_partnerships(database, ListQuery(sort="city_b", offset=3, limit=3))
    assert (first.total, second.total) == (4, 4)
    assert (len(first.rows), len(second.rows)) == (3, 1)
    assert first.has_more and not second.has_more
    ids = [r.id for r in first.rows + second.rows]
    assert len(set(ids)) == 4
    assert second.offset == 3


def test_sort_by_signed_date_both_ways_with_unknown_dates_last(
    database: Database, sample: SampleIds
) -> None:
    up = list_partnerships(database, ListQuery(sort="signed_on"))
    down = list_partnerships(database, ListQuery(sort="signed_on", descending=True))
    assert [r.signed_on.year if r.signed_on else None for r in up.rows] == [1944, 1953, 1959, None]
    assert [r.signed_on.year if r.signed_on else None for r in down.rows] == [
        1959,
        1953,
        1944,
        None,
    ]


def test_status_sorts_in_lifecycle_order(database: Database, sample: SampleIds) -> None:
    rows = list_partnerships(database, ListQuery(sort="status")).rows
    statuses = [r.status for r in rows]
    assert statuses == [
        PartnershipStatus.LETTER_OF_INTENT,
        PartnershipStatus.ACTIVE,
        PartnershipStatus.ACTIVE,
        PartnershipStatus.SUSPENDED,
    ]


def test_unknown_sort_key_falls_back_to_default_order(
    database: Database, sample: SampleIds
) -> None:
    rows = list_partnerships(database, ListQuery(sort="no such column")).rows
    assert [r.city_a for r in rows] == ["Coventry", "Coventry", "Kemi", "Saarlouis"]


def test_empty_database_lists_nothing(database: Database) -> None:
    page = list_partnerships(database)
    assert (page.rows, page.total, page.has_more) == ((), 0, False)


# --- delegations and exchanges --------------------------------------------------------------


def test_delegations_latest_first_with_members_and_head(
    database: Database, sample: SampleIds
) -> None:
    page = list_delegations(database)
    assert [r.arrival_on.year for r in page.rows] == [2031, 1959, 1945]
    churchill = next(r for r in page.rows if r.id == sample.churchill_visit)
    assert churchill.member_count == 2
    assert churchill.head == "Clementine Churchill"
    assert churchill.cities == "Coventry – Volgograd"
    assert churchill.status is DelegationStatus.COMPLETED


def test_delegations_filter_by_partner_city_in_its_script_and_by_title(
    database: Database, sample: SampleIds
) -> None:
    by_city = list_delegations(database, ListQuery(text="волгоград"))
    assert {r.id for r in by_city.rows} == {sample.churchill_visit, sample.kemi_delegation}
    by_title = list_delegations(database, ListQuery(text="mamayev"))
    assert [r.id for r in by_title.rows] == [sample.kemi_delegation]
    by_head = list_delegations(database, ListQuery(text="makinen"))
    assert [r.id for r in by_head.rows] == [sample.kemi_delegation]


def test_delegations_sort_by_member_count(database: Database, sample: SampleIds) -> None:
    rows = list_delegations(database, ListQuery(sort="member_count", descending=True)).rows
    assert [r.member_count for r in rows] == [2, 1, 0]


def test_programmes_show_institutions_participants_and_return_visit(
    database: Database, sample: SampleIds
) -> None:
    rows = {r.id: r for r in list_programmes(database).rows}
    visit, back = rows[sample.lanchester], rows[sample.lanchester_return]
    assert visit.sending_organisation == "Lanchester College"
    assert visit.host_organisation == "Volgograd Pedagogical University"
    assert visit.participant_count == 2
    assert back.return_of == "Lanchester College language exchange"
    found = list_programmes(database, ListQuery(text="педагогический"))
    assert {r.id for r in found.rows} == {sample.lanchester, sample.lanchester_return}


# --- gifts and aid -------------------------------------------------------------------------


def test_gifts_say_who_gave_and_where_the_gift_is_now(
    database: Database, sample: SampleIds
) -> None:
    rows = {r.title: r for r in list_gifts(database).rows}
    cloth = rows["Embroidered tablecloth with 830 names"]
    assert (cloth.giver, cloth.receiver, cloth.kept_at) == (
        "Women of Coventry",
        "Volgograd",
        "Panorama Museum",
    )
    album = rows["Album of letters"]
    assert (album.giver, album.receiver) == ("Panorama Museum", "Coventry")
    assert album.estimated_value == Decimal("12.50") and album.currency == "GBP"
    assert [r.id for r in list_gifts(database, ListQuery(text="волгоград")).rows] == [
        sample.tablecloth
    ]


def test_campaign_totals_are_exact_per_currency(database: Database, sample: SampleIds) -> None:
    (row,) = list_campaigns(database).rows
    assert row.collected == (Money(Decimal("500"), "RUB"), Money(Decimal("0.30"), "GBP"))
    assert isinstance(row.collected[1].amount, Decimal)
    assert row.target == Money(Decimal("1000"), "GBP")
    assert (row.contribution_count, row.shipment_count) == (3, 1)
    assert row.beneficiary_city == "Volgograd"
    assert list_campaigns(database, ListQuery(text="волгоград")).total == 1
    assert list_campaigns(database, ListQuery(text="dresden")).total == 0


def test_shipments_list(database: Database, sample: SampleIds) -> None:
    (row,) = list_shipments(database, ListQuery(text="convoy")).rows
    assert (row.reference, row.campaign, row.line_count) == ("SHIP-1", "Aid to Stalingrad 1942", 1)


# --- people, organisations, documents ------------------------------------------------------

SENSITIVE = {
    "date_of_birth",
    "nationality",
    "passport_number",
    "passport_expiry",
    "dietary_notes",
    "medical_notes",
    "emergency_contact_name",
    "emergency_contact_phone",
    "guardian_id",
}


def test_people_rows_never_carry_or_load_sensitive_fields(
    database: Database, sample: SampleIds
) -> None:
    statements: list[str] = []

    def record(conn, cursor, statement, *args) -> None:  # noqa: ANN001
        statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        page = list_people(database, ListQuery(text="Ольга"))
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    (olga,) = page.rows
    assert olga.id == sample.olga
    assert not SENSITIVE & {f.name for f in dataclasses.fields(olga)}
    assert PASSPORT not in repr(olga) and "asthma" not in repr(olga)
    assert statements and not any("person_sensitive" in s for s in statements)


def test_people_filter_by_native_name_diacritics_and_organisation(
    database: Database, sample: SampleIds
) -> None:
    olga = list_people(database, ListQuery(text="иванова")).rows[0]
    assert (olga.name, olga.native_name, olga.organisation, olga.role) == (
        "Olga Ivanova",
        "Ольга Иванова",
        "Volgograd Pedagogical University",
        "Lecturer",
    )
    assert [r.name for r in list_people(database, ListQuery(text="zoe bronte")).rows] == [
        "Zoë Brontë"
    ]
    assert [r.name for r in list_people(database, ListQuery(text="council")).rows] == ["Zoë Brontë"]


def test_people_sorted_by_family_name_and_paged(database: Database, sample: SampleIds) -> None:
    page = list_people(database, ListQuery(limit=2))
    assert [r.family_name for r in page.rows] == ["Brontë", "Churchill"]
    assert page.total == 4 and page.has_more
    down = list_people(database, ListQuery(sort="name", descending=True))
    assert [r.family_name for r in down.rows] == ["Mäkinen", "Ivanova", "Churchill", "Brontë"]


def test_organisations_count_their_people(database: Database, sample: SampleIds) -> None:
    rows = {r.name: r for r in list_organisations(database).rows}
    assert rows["Volgograd Pedagogical University"].people_count == 1
    assert rows["Panorama Museum"].people_count == 0
    found = list_organisations(database, ListQuery(text="университет"))
    assert [r.name for r in found.rows] == ["Volgograd Pedagogical University"]


def test_documents_register(database: Database, sample: SampleIds) -> None:
    rows = list_documents(database).rows
    assert [r.issued_on.year for r in rows] == [1969, 1960, 1959]
    letter, report, itinerary = rows
    assert (report.recipient, report.concerning) == ("Coventry City Council", "Coventry – Dresden")
    assert (letter.recipient, letter.concerning) == (
        "Olga Ivanova",
        "Lanchester College language exchange",
    )
    assert (itinerary.recipient, itinerary.concerning) == (
        "Kemi town office",
        "Kemi delegation plants trees at Mamayev Kurgan",
    )
    assert [r.title for r in list_documents(database, ListQuery(text="ольга")).rows] == [
        "Invitation to Olga Ivanova"
    ]
    assert [r.title for r in list_documents(database, ListQuery(text="dresden")).rows] == [
        "Annual report 1960"
    ]


# --- calendar and overview -----------------------------------------------------------------


def test_month_includes_visits_that_began_the_month_before(
    database: Database, sample: SampleIds
) -> None:
    april = events_in_month(database, 1945, 4)
    assert [(e.kind, e.record_id) for e in april] == [
        (EventKind.DELEGATION, sample.churchill_visit)
    ]
    assert april[0].covers(dt.date(1945, 4, 1)) and not april[0].covers(dt.date(1945, 4, 7))
    assert events_in_month(database, 1945, 5) == []


def test_programmes_and_round_anniversaries_in_the_calendar(
    database: Database, sample: SampleIds
) -> None:
    july = events_in_month(database, 1969, 7)
    assert [(e.kind, e.record_id) for e in july] == [(EventKind.PROGRAMME, sample.lanchester)]
    # Coventry-Volgograd was signed on 20 April 1944: 2024 is the 80th year, 2025 is not round.
    (eighty,) = events_in_month(database, 2024, 4)
    assert (eighty.kind, eighty.years, eighty.starts_on) == (
        EventKind.ANNIVERSARY,
        80,
        dt.date(2024, 4, 20),
    )
    assert events_in_month(database, 2025, 4) == []
    spanning = events_between(database, dt.date(2031, 4, 1), dt.date(2031, 5, 31))
    assert [e.title for e in spanning] == ["Dresden choir visit"]


def test_counts(database: Database, sample: SampleIds) -> None:
    counts = count_records(database)
    assert (counts.partnerships, counts.active_partnerships, counts.delegations) == (4, 2, 3)
    assert (counts.people, counts.organisations, counts.documents, counts.gifts) == (4, 4, 3, 2)
    assert not counts.is_empty
    assert count_records(database).campaigns == 1


def test_counts_of_an_empty_register(database: Database) -> None:
    assert count_records(database).is_empty
