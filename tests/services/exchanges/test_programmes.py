"""Programmes: creating and changing them with their leaders and institutions, refusals that
name the field and save nothing, and the reciprocal link read and written both ways."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from exchange_register import Register, fill_exchange_register, programme_draft, pupil
from exchangedesk.db import models as m
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import Direction
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.services.exchanges.programmes import (
    create_programme,
    delete_programme,
    get_programme,
    link_reciprocal,
    reciprocal_choices,
    unlink_reciprocal,
    update_programme,
)
from exchangedesk.services.samples.demo import build_demo


@pytest.fixture
def reg(database: Database) -> Register:
    return fill_exchange_register(database)


def _count(database: Database, model) -> int:  # noqa: ANN001
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_programme_is_created_with_institutions_dates_language_and_leaders(database, reg):
    saved = create_programme(database, programme_draft(reg, language="EN"))
    shown = get_programme(database, saved.id)
    assert shown.title == "Dresden pupils at Whitefriars"
    assert shown.cities == "Coventry – Dresden"
    assert shown.sending_organisation == "Elbtal-Gymnasium"
    assert shown.host_organisation == "Whitefriars Academy"
    assert shown.host_city_id == reg.coventry
    assert shown.language == "en"  # codes are kept in lower case
    assert [leader.name for leader in shown.leaders] == ["Frank Lehmann"]
    assert shown.reciprocal is None


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"partnership_id": None}, "partnership"),
        ({"partnership_id": 999}, "partnership"),
        ({"title": "  "}, "title"),
        ({"title": "x" * 301}, "title"),
        ({"starts_on": None}, "starts_on"),
        ({"ends_on": None}, "ends_on"),
        ({"ends_on": dt.date(2027, 2, 1)}, "ends_on"),
        ({"sending_organisation_id": 999}, "sending_organisation"),
        ({"host_organisation_id": 999}, "host_organisation"),
        ({"language": "Russian"}, "language"),
        ({"leader_ids": (999,)}, "leaders"),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(database, reg, changes, field):
    with pytest.raises(ValidationError) as refused:
        create_programme(database, programme_draft(reg, **changes))
    assert refused.value.field == field
    assert _count(database, m.ExchangeProgramme) == 0
    assert _count(database, m.ProgrammeLeader) == 0


def test_the_same_institution_cannot_send_and_host(database, reg):
    with pytest.raises(ValidationError, match="host institution") as refused:
        create_programme(database, programme_draft(reg, host_organisation_id=reg.dresden_school))
    assert refused.value.field == "host_organisation"


def test_an_update_replaces_leaders_and_checks_the_version(database, reg):
    saved = create_programme(database, programme_draft(reg))
    changed = update_programme(
        database,
        saved.id,
        programme_draft(reg, title="Spring exchange", leader_ids=()),
        expected_version=saved.version_id,
    )
    assert changed.title == "Spring exchange" and changed.leaders == ()
    with pytest.raises(ConcurrentEditError):
        update_programme(
            database, saved.id, programme_draft(reg), expected_version=saved.version_id
        )
    assert get_programme(database, saved.id).title == "Spring exchange"


def test_a_refused_update_leaves_the_programme_as_it_was(database, reg):
    saved = create_programme(database, programme_draft(reg))
    with pytest.raises(ValidationError):
        update_programme(
            database,
            saved.id,
            programme_draft(reg, title="New", ends_on=dt.date(2026, 1, 1)),
            expected_version=saved.version_id,
        )
    assert get_programme(database, saved.id) == saved


def _pair(database: Database, reg: Register) -> tuple[int, int]:
    visit = create_programme(database, programme_draft(reg, direction=Direction.OUTGOING))
    later = dataclasses.replace(
        programme_draft(reg, title="Return visit"),
        starts_on=dt.date(2028, 3, 1),
        ends_on=dt.date(2028, 3, 10),
    )
    return visit.id, create_programme(database, later).id


def test_linking_a_with_b_also_links_b_with_a(database, reg):
    visit, returning = _pair(database, reg)
    # Linked from the later programme: the earlier one is still the visit.
    shown = link_reciprocal(database, returning, visit)
    assert shown.reciprocal is not None and shown.reciprocal.id == visit
    assert shown.reciprocal.is_return_visit is False
    other = get_programme(database, visit)
    assert other.reciprocal is not None and other.reciprocal.id == returning
    assert other.reciprocal.is_return_visit is True
    assert [c.id for c in reciprocal_choices(database, visit)] == [returning]


def test_unlinking_removes_the_link_for_both(database, reg):
    visit, returning = _pair(database, reg)
    link_reciprocal(database, visit, returning)
    assert unlink_reciprocal(database, visit) == returning
    assert get_programme(database, visit).reciprocal is None
    assert get_programme(database, returning).reciprocal is None
    assert unlink_reciprocal(database, visit) is None


def test_relinking_drops_the_older_link_of_either_programme(database, reg):
    visit, returning = _pair(database, reg)
    link_reciprocal(database, visit, returning)
    third = create_programme(
        database,
        programme_draft(
            reg, title="Another return", starts_on=dt.date(2029, 3, 1), ends_on=dt.date(2029, 3, 9)
        ),
    ).id
    link_reciprocal(database, visit, third)
    assert get_programme(database, visit).reciprocal.id == third
    assert get_programme(database, third).reciprocal.id == visit
    assert get_programme(database, returning).reciprocal is None


@pytest.mark.parametrize("case", ["self", "same_direction", "other_partnership"])
def test_links_that_make_no_sense_are_refused(database, reg, case):
    visit, returning = _pair(database, reg)
    other = {
        "self": visit,
        "same_direction": create_programme(
            database, programme_draft(reg, direction=Direction.OUTGOING, title="Also out")
        ).id,
        "other_partnership": create_programme(
            database, programme_draft(reg, partnership_id=reg.other_partnership, title="Kiel")
        ).id,
    }[case]
    with pytest.raises(ValidationError) as refused:
        link_reciprocal(database, visit, other)
    assert refused.value.field == "reciprocal"
    assert get_programme(database, visit).reciprocal is None


def test_a_linked_programme_cannot_move_to_another_partnership(database, reg):
    visit, returning = _pair(database, reg)
    link_reciprocal(database, visit, returning)
    shown = get_programme(database, visit)
    with pytest.raises(ValidationError) as refused:
        update_programme(
            database,
            visit,
            dataclasses.replace(shown.draft(), partnership_id=reg.other_partnership),
            expected_version=shown.version_id,
        )
    assert refused.value.field == "partnership"


def test_a_programme_with_participants_is_not_deleted(database, reg):
    saved = create_programme(database, programme_draft(reg))
    pupil(database, reg, saved.id, "lena")
    with pytest.raises(ValidationError, match="participants"):
        delete_programme(database, saved.id, expected_version=saved.version_id)
    assert _count(database, m.ExchangeProgramme) == 1


def test_deleting_a_linked_programme_unlinks_the_other(database, reg):
    visit, returning = _pair(database, reg)
    link_reciprocal(database, visit, returning)
    version = get_programme(database, returning).version_id
    delete_programme(database, returning, expected_version=version)
    assert get_programme(database, visit).reciprocal is None


def test_the_demo_1969_exchange_and_its_1970_return_visit_are_linked_both_ways(database):
    build_demo(database, today=dt.date(2026, 11, 26))
    with database.reading() as session:
        ids = {
            t: i
            for t, i in session.execute(select(m.ExchangeProgramme.title, m.ExchangeProgramme.id))
        }
    outward = get_programme(
        database, ids["Lanchester College Russian-language exchange to Volgograd"]
    )
    back = get_programme(database, ids["Return visit: Volgograd students at Lanchester College"])
    assert outward.reciprocal.id == back.id and outward.reciprocal.is_return_visit
    assert back.reciprocal.id == outward.id and not back.reciprocal.is_return_visit
    assert (outward.starts_on.year, back.starts_on.year) == (1969, 1970)
