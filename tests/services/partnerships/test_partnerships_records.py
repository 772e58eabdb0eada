"""Creating and editing partnerships: cities from the register, the gazetteer or typed in by
hand; every refusal names its field and leaves the register as it was."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from exchangedesk.db.models import AuditEntry, City, Partnership
from exchangedesk.db.session import Database
from exchangedesk.domain.anniversaries import DatePrecision
from exchangedesk.domain.enums import (
    ActingSide,
    CooperationArea,
    PartnershipKind,
    PartnershipStatus,
)
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.services.partnerships.gazetteer import CityDraft, city_from_hit
from exchangedesk.services.partnerships.lists import list_partnerships
from exchangedesk.services.partnerships.records import (
    DuplicatePartnershipError,
    PartnershipDraft,
    create_partnership,
    delete_partnership,
    get_partnership,
    update_partnership,
)
from exchangedesk.services.partnerships.support import PartnershipGoneError
from partnership_fakes import HARBIN, KYIV, VOLGOGRAD, city_count, city_id
from sample_committee import SampleIds

TODAY = dt.date(2025, 6, 10)


def _table_counts(database: Database) -> tuple[int, int]:
    with database.reading() as session:
        return (
            len(session.scalars(select(Partnership.id)).all()),
            len(session.scalars(select(City.id)).all()),
        )


def test_create_with_a_city_of_the_register_and_a_gazetteer_hit(
    database: Database, sample: SampleIds
) -> None:
    coventry = city_id(database, "Coventry")
    saved = create_partnership(
        database,
        PartnershipDraft(
            city_a=coventry,
            city_b=city_from_hit(HARBIN),
            kind=PartnershipKind.FRIENDSHIP_CITY,
            signed_on=dt.date(2024, 9, 17),
            areas=frozenset({CooperationArea.EDUCATION, CooperationArea.ECONOMY}),
            signatories="  Lord Mayor of Coventry; Mayor of Harbin ",
            notes="",
        ),
        today=TODAY,
    )
    detail = get_partnership(database, saved.id)
    assert detail.cities == "Coventry – Harbin"
    assert (detail.city_b.native_name, detail.city_b.geonames_id) == ("哈尔滨", 2037013)
    assert saved.created_cities == (detail.city_b.id,)
    assert detail.areas == (CooperationArea.ECONOMY, CooperationArea.EDUCATION)
    assert detail.signatories == "Lord Mayor of Coventry; Mayor of Harbin"
    assert detail.notes is None
    # the first step of the history: active since the signing, agreed by both
    (first,) = detail.history
    assert (first.to_status, first.changed_on, first.acting_side) == (
        PartnershipStatus.ACTIVE,
        dt.date(2024, 9, 17),
        ActingSide.BOTH,
    )
    assert detail.status is PartnershipStatus.ACTIVE
    # found in any script, as the list promises
    from exchangedesk.services.common.paging import ListQuery

    assert [r.id for r in list_partnerships(database, ListQuery(text="哈尔滨")).rows] == [saved.id]
    with database.reading() as session:
        assert session.scalars(select(AuditEntry.action)).all() == ["create"]


def test_a_gazetteer_city_already_in_the_register_is_reused(
    database: Database, sample: SampleIds
) -> None:
    first = create_partnership(
        database,
        PartnershipDraft(city_a=city_id(database, "Dresden"), city_b=city_from_hit(KYIV)),
        today=TODAY,
    )
    before = city_count(database)
    second = create_partnership(
        database,
        PartnershipDraft(city_a=city_id(database, "Kemi"), city_b=city_from_hit(KYIV)),
        today=TODAY,
    )
    assert city_count(database) == before and second.created_cities == ()
    assert (
        get_partnership(database, first.id).city_b.id
        == get_partnership(database, second.id).city_b.id
    )


def test_a_year_only_signing_is_stored_as_1_january_with_its_precision(
    database: Database, sample: SampleIds
) -> None:
    saved = create_partnership(
        database,
        PartnershipDraft(
            city_a=city_id(database, "Dresden"),
            city_b=city_id(database, "Kemi"),
            signed_on=dt.date(1959, 5, 14),  # whatever day the widget held
            signed_precision=DatePrecision.YEAR,
        ),
        today=TODAY,
    )
    detail = get_partnership(database, saved.id)
    assert (detail.signed_on, detail.signed_precision) == (dt.date(1959, 1, 1), DatePrecision.YEAR)
    assert detail.history[0].precision is DatePrecision.YEAR


def test_a_city_typed_in_by_hand_is_saved_with_the_partnership(
    database: Database, sample: SampleIds
) -> None:
    suzdal = CityDraft(name="Suzdal", country_code="ru", native_name="Суздаль")
    saved = create_partnership(
        database,
        PartnershipDraft(
            city_a=city_id(database, "Coventry"),
            city_b=suzdal,
            status=PartnershipStatus.LETTER_OF_INTENT,
        ),
        today=TODAY,
    )
    detail = get_partnership(database, saved.id)
    assert (detail.city_b.name, detail.city_b.country_code) == ("Suzdal", "RU")
    assert detail.city_b.languages == "ru"  # filled in from the country
    assert detail.history[0].changed_on == TODAY  # no signing: the step is dated today


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (dict(city_a=None), "city_a", "choose a city"),
        (dict(city_b="Volgograd"), "city_b", "choose a city from the suggestions"),
        (dict(city_b=999_999), "city_b", "no longer in the register"),
        (dict(city_b=CityDraft(name=" ", country_code="RU")), "city_b", "name must not be empty"),
        (dict(city_b=CityDraft(name="Atlantis", country_code="XX")), "city_b", "country code"),
        (dict(ended_on=dt.date(1950, 1, 1)), "ended_on", "before the signing (20 Apr 1959)"),
        (dict(kind="embassy"), "kind", "not a kind"),
        (dict(status_since=dt.date(2030, 1, 1)), "status_since", "future"),
    ],
)
def test_each_refusal_names_its_field_and_saves_nothing(
    database: Database, sample: SampleIds, change: dict, field: str, words: str
) -> None:
    draft = PartnershipDraft(
        city_a=city_id(database, "Dresden"),
        city_b=city_id(database, "Kemi"),
        signed_on=dt.date(1959, 4, 20),
    )
    before = _table_counts(database)
    with pytest.raises(ValidationError) as refused:
        create_partnership(database, replace(draft, **change), today=TODAY)
    assert refused.value.field == field
    assert words in refused.value.message
    assert _table_counts(database) == before


def test_two_different_cities(database: Database, sample: SampleIds) -> None:
    kemi = city_id(database, "Kemi")
    with pytest.raises(ValidationError, match="another city than Kemi") as refused:
        create_partnership(database, PartnershipDraft(city_a=kemi, city_b=kemi), today=TODAY)
    assert refused.value.field == "city_b"
    # the same gazetteer city chosen twice, neither yet in the register
    same = city_from_hit(HARBIN)
    before = _table_counts(database)
    with pytest.raises(ValidationError, match="another city"):
        create_partnership(database, PartnershipDraft(city_a=same, city_b=same), today=TODAY)
    assert _table_counts(database) == before


def test_an_existing_pair_is_refused_in_either_order_with_its_id(
    database: Database, sample: SampleIds
) -> None:
    coventry, volgograd = city_id(database, "Coventry"), city_id(database, "Volgograd")
    for a, b in ((coventry, volgograd), (volgograd, coventry)):
        with pytest.raises(DuplicatePartnershipError) as refused:
            create_partnership(database, PartnershipDraft(city_a=a, city_b=b), today=TODAY)
        assert refused.value.existing_id == sample.coventry_volgograd
        assert refused.value.field == "city_b"
        assert "partners already (twin town, active, signed 20 Apr 1944)" in refused.value.message
    # a gazetteer hit for a city already in the register is the same city
    with pytest.raises(DuplicatePartnershipError):
        with database.unit_of_work() as session:
            session.get(City, volgograd).geonames_id = VOLGOGRAD.geonames_id
        create_partnership(
            database,
            PartnershipDraft(city_a=coventry, city_b=city_from_hit(VOLGOGRAD)),
            today=TODAY,
        )


def test_edit_saves_every_field_and_moves_the_version_on(
    database: Database, sample: SampleIds
) -> None:
    detail = get_partnership(database, sample.coventry_dresden)
    draft = replace(
        detail.draft(),
        kind=PartnershipKind.SISTER_CITY,
        signed_on=dt.date(1959, 3, 3),
        signed_precision=DatePrecision.MONTH,
        areas=frozenset({CooperationArea.SPORT}),
        notes="Reconciliation",
    )
    saved = update_partnership(database, detail.id, draft, expected_version=detail.version_id)
    after = get_partnership(database, detail.id)
    assert saved.version_id == after.version_id > detail.version_id
    assert (after.kind, after.signed_on, after.signed_precision) == (
        PartnershipKind.SISTER_CITY,
        dt.date(1959, 3, 1),
        DatePrecision.MONTH,
    )
    assert (after.areas, after.notes) == ((CooperationArea.SPORT,), "Reconciliation")
    # the pair is not a duplicate of itself
    unchanged = update_partnership(
        database, detail.id, after.draft(), expected_version=after.version_id
    )
    assert unchanged.version_id == after.version_id  # nothing changed, nothing written


def test_a_change_of_areas_alone_moves_the_version_on(database: Database, sample: SampleIds):
    detail = get_partnership(database, sample.coventry_dresden)
    draft = replace(detail.draft(), areas=frozenset({CooperationArea.HEALTH}))
    saved = update_partnership(database, detail.id, draft, expected_version=detail.version_id)
    assert saved.version_id > detail.version_id


def test_an_edit_against_an_old_version_is_refused_and_changes_nothing(
    database: Database, sample: SampleIds
) -> None:
    opened = get_partnership(database, sample.coventry_dresden)
    someone_else = replace(opened.draft(), notes="their change")
    update_partnership(database, opened.id, someone_else, expected_version=opened.version_id)
    mine = replace(opened.draft(), notes="my change")
    with pytest.raises(ConcurrentEditError, match="Coventry – Dresden was changed by "):
        update_partnership(database, opened.id, mine, expected_version=opened.version_id)
    assert get_partnership(database, opened.id).notes == "their change"


def test_an_edit_may_not_make_a_duplicate(database: Database, sample: SampleIds) -> None:
    detail = get_partnership(database, sample.kemi_volgograd)
    draft = replace(detail.draft(), city_a=city_id(database, "Coventry"))
    with pytest.raises(DuplicatePartnershipError) as refused:
        update_partnership(database, detail.id, draft, expected_version=detail.version_id)
    assert refused.value.existing_id == sample.coventry_volgograd


def test_delete_removes_only_an_unused_partnership_and_the_cities_it_added(
    database: Database, sample: SampleIds
) -> None:
    saved = create_partnership(
        database,
        PartnershipDraft(city_a=city_id(database, "Kemi"), city_b=city_from_hit(HARBIN)),
        today=TODAY,
    )
    before = city_count(database)
    delete_partnership(
        database, saved.id, expected_version=saved.version_id, cities=saved.created_cities
    )
    assert city_count(database) == before - 1
    with pytest.raises(PartnershipGoneError):
        get_partnership(database, saved.id)
    used = get_partnership(database, sample.coventry_volgograd)
    with pytest.raises(ValidationError, match="delegations, exchange programmes"):
        delete_partnership(database, used.id, expected_version=used.version_id)


def test_values_handed_over_as_plain_strings_are_understood(
    database: Database, sample: SampleIds
) -> None:
    # Qt's combo boxes hand back an enum's plain value; the service must read it the same.
    saved = create_partnership(
        database,
        PartnershipDraft(
            city_a=city_id(database, "Dresden"),
            city_b=city_id(database, "Kemi"),
            kind="sister_city",  # type: ignore[arg-type]
            status="active",  # type: ignore[arg-type]
            signed_on=dt.date(1990, 5, 5),
            signed_precision="year",  # type: ignore[arg-type]
        ),
        today=TODAY,
    )
    detail = get_partnership(database, saved.id)
    assert detail.kind is PartnershipKind.SISTER_CITY
    assert (detail.history[0].changed_on, detail.history[0].precision) == (
        dt.date(1990, 1, 1),
        DatePrecision.YEAR,
    )
