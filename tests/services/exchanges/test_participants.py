"""Participants: ages derived from the date of birth, the consent rule for minors (age on the
first day), the 18th birthday during the stay reported, needs masked in lists, host families
and their vetting period."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from exchange_register import (
    END,
    START,
    TODAY,
    Register,
    family,
    fill_exchange_register,
    programme_draft,
    pupil,
)
from exchangedesk.db import models as m
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.services.exchanges.consents import (
    ConsentDraft,
    list_consents,
    record_consent,
    withdraw_consent,
)
from exchangedesk.services.exchanges.host_families import (
    VETTING_VALID_YEARS,
    HostFamilyDraft,
    create_host_family,
    delete_host_family,
    get_host_family,
    update_host_family,
    vetting_valid_until,
)
from exchangedesk.services.exchanges.participants import (
    MASK,
    ConsentState,
    ParticipantDraft,
    add_participant,
    get_participant_row,
    list_participants,
    participant_draft,
    remove_participant,
    set_confirmed,
    update_participant,
)
from exchangedesk.services.exchanges.placements import place_participant
from exchangedesk.services.exchanges.programmes import create_programme
from exchangedesk.services.exchanges.support import ConsentScope, age_on, birthday


@pytest.fixture
def reg(database: Database) -> Register:
    return fill_exchange_register(database)


@pytest.fixture
def programme(database: Database, reg: Register) -> int:
    return create_programme(database, programme_draft(reg)).id


def _count(database: Database, model) -> int:  # noqa: ANN001
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_ages_at_start_and_end_are_derived_from_the_date_of_birth(database, reg, programme):
    pid = pupil(database, reg, programme, "lena", age=15)
    row = get_participant_row(database, pid)
    assert (row.age_at_start, row.age_at_end) == (15, 15)
    assert row.turns_adult_on is None and row.minor
    assert row.consent is ConsentState.GIVEN


def test_turning_18_during_the_stay_is_reported_and_consent_still_needed(database, reg, programme):
    eighteenth = START + dt.timedelta(days=4)
    born = eighteenth.replace(year=eighteenth.year - 18)
    pid = pupil(database, reg, programme, "emma", consent=False, date_of_birth=born)
    row = get_participant_row(database, pid)
    assert (row.age_at_start, row.age_at_end) == (17, 18)
    assert row.turns_adult_on == eighteenth
    # The rule reads the age on the first day: still a minor for the consent.
    assert row.consent is ConsentState.MISSING
    with pytest.raises(ValidationError, match="under 18 on the first day"):
        set_confirmed(database, pid, True, expected_version=row.version_id)


def test_turning_18_on_the_first_day_needs_no_consent(database, reg, programme):
    born = START.replace(year=START.year - 18)
    pid = pupil(database, reg, programme, "emma", consent=False, date_of_birth=born)
    row = get_participant_row(database, pid)
    assert row.consent is ConsentState.NOT_NEEDED and row.turns_adult_on is None
    assert set_confirmed(database, pid, True, expected_version=row.version_id).confirmed


def test_birthdays_on_29_february_fall_on_1_march():
    born = dt.date(2008, 2, 29)
    assert birthday(born, 18) == dt.date(2026, 3, 1)
    assert age_on(born, dt.date(2026, 2, 28)) == 17
    assert age_on(born, dt.date(2026, 3, 1)) == 18


def test_a_minor_is_confirmed_only_with_consent_covering_travel_and_the_host_family(
    database, reg, programme
):
    pid = pupil(database, reg, programme, "jonas", consent=False)
    version = get_participant_row(database, pid).version_id
    with pytest.raises(ValidationError) as refused:
        set_confirmed(database, pid, True, expected_version=version)
    assert refused.value.field == "confirmed"
    record_consent(
        database,
        pid,
        ConsentDraft(reg.guardian, TODAY, frozenset({ConsentScope.TRAVEL})),
        today=TODAY,
    )
    assert get_participant_row(database, pid).consent is ConsentState.INCOMPLETE
    with pytest.raises(ValidationError, match="does not cover"):
        set_confirmed(database, pid, True, expected_version=version)
    record_consent(
        database,
        pid,
        ConsentDraft(reg.guardian, TODAY, frozenset({ConsentScope.HOST_FAMILY})),
        today=TODAY,
    )
    assert get_participant_row(database, pid).consent is ConsentState.GIVEN
    assert set_confirmed(database, pid, True, expected_version=version).confirmed
    assert get_participant_row(database, pid).confirmed is not False or True


def test_nobody_is_confirmed_without_a_date_of_birth(database, reg, programme):
    pid = pupil(database, reg, programme, "jonas", consent=False, date_of_birth=None)
    row = get_participant_row(database, pid)
    assert row.consent is ConsentState.UNKNOWN_AGE and row.age_at_start is None
    with pytest.raises(ValidationError, match="date of birth"):
        set_confirmed(database, pid, True, expected_version=row.version_id)


def test_a_consent_records_who_when_and_what(database, reg, programme):
    pid = pupil(database, reg, programme, "lena")
    [consent] = list_consents(database, pid)
    assert consent.given_by == "Birgit Schröder" and consent.given_on == TODAY
    assert consent.scopes == frozenset(ConsentScope)
    assert "host family" in consent.covers


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (lambda r: ConsentDraft(None, TODAY, frozenset({ConsentScope.TRAVEL})), "given_by"),
        (lambda r: ConsentDraft(r.teacher, TODAY, frozenset({ConsentScope.TRAVEL})), "given_by"),
        (lambda r: ConsentDraft(r.guardian, None, frozenset({ConsentScope.TRAVEL})), "given_on"),
        (
            lambda r: ConsentDraft(
                r.guardian, TODAY + dt.timedelta(days=1), frozenset({ConsentScope.TRAVEL})
            ),
            "given_on",
        ),
        (lambda r: ConsentDraft(r.guardian, TODAY, frozenset()), "covers"),
    ],
)
def test_bad_consents_are_refused_by_field(database, reg, programme, draft, field):
    pid = pupil(database, reg, programme, "jonas", consent=False)
    with pytest.raises(ValidationError) as refused:
        record_consent(database, pid, draft(reg), today=TODAY)
    assert refused.value.field == field
    assert _count(database, m.Consent) == 0


def test_a_consent_a_confirmation_rests_on_cannot_be_withdrawn(database, reg, programme):
    pid = pupil(database, reg, programme, "lena")
    set_confirmed(
        database, pid, True, expected_version=get_participant_row(database, pid).version_id
    )
    [consent] = list_consents(database, pid)
    with pytest.raises(ValidationError, match="unconfirm"):
        withdraw_consent(database, consent.id)
    assert len(list_consents(database, pid)) == 1
    row = get_participant_row(database, pid)
    set_confirmed(database, pid, False, expected_version=row.version_id)
    draft = withdraw_consent(database, consent.id)
    assert draft.scopes == frozenset(ConsentScope) and list_consents(database, pid) == []


def test_needs_are_masked_in_lists_and_shown_to_the_editor(database, reg, programme):
    pid = pupil(database, reg, programme, "mia", medical_notes="Asthma", allergies="nuts, Cats")
    [row] = list_participants(database, programme)
    assert row.has_needs and row.needs_text == MASK
    assert "Asthma" not in repr(row) and "nuts" not in repr(row)
    draft = participant_draft(database, pid)
    assert draft.medical_notes == "Asthma" and draft.allergies == "nuts, Cats"
    assert draft.languages == "de, en"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"person_id": None}, "person"),
        ({"school_id": 999}, "school"),
        ({"date_of_birth": TODAY + dt.timedelta(days=1)}, "date_of_birth"),
        ({"guardian_id": 999}, "guardian"),
        ({"emergency_contact_phone": "ask the school"}, "emergency_contact_phone"),
        ({"siblings_together": True}, "sibling_group"),
    ],
)
def test_bad_participants_are_refused_by_field_and_nothing_saved(
    database, reg, programme, changes, field
):
    fields = {"person_id": reg.pupils["paul"], "guardian_id": reg.guardian, **changes}
    with pytest.raises(ValidationError) as refused:
        add_participant(database, programme, ParticipantDraft(**fields), today=TODAY)
    assert refused.value.field == field
    assert _count(database, m.Participant) == 0
    assert _count(database, m.PersonSensitive) == 0


def test_a_student_is_in_a_programme_once_and_is_their_own_guardian_never(database, reg, programme):
    pupil(database, reg, programme, "paul")
    with pytest.raises(ValidationError, match="already"):
        add_participant(
            database, programme, ParticipantDraft(person_id=reg.pupils["paul"]), today=TODAY
        )
    with pytest.raises(ValidationError) as refused:
        add_participant(
            database,
            programme,
            ParticipantDraft(person_id=reg.pupils["mia"], guardian_id=reg.pupils["mia"]),
            today=TODAY,
        )
    assert refused.value.field == "guardian"


def test_updates_check_the_version_and_removal_takes_consents_and_placements(
    database, reg, programme
):
    pid = pupil(database, reg, programme, "lena")
    row = get_participant_row(database, pid)
    draft = dataclasses.replace(participant_draft(database, pid), sibling_group="Schröder")
    update_participant(database, pid, draft, expected_version=row.version_id, today=TODAY)
    with pytest.raises(ConcurrentEditError):
        update_participant(database, pid, draft, expected_version=row.version_id, today=TODAY)
    hughes = family(database, reg, "Hughes")
    place_participant(database, pid, hughes, "test")
    remove_participant(
        database, pid, expected_version=get_participant_row(database, pid).version_id
    )
    assert [_count(database, x) for x in (m.Participant, m.Consent, m.Placement)] == [0, 0, 0]
    assert _count(database, m.Person) > 0  # the person stays in the register


# -- host families ------------------------------------------------------------------------


def test_vetting_is_valid_for_the_named_period(database, reg):
    assert VETTING_VALID_YEARS == 3
    assert vetting_valid_until(dt.date(2024, 5, 1)) == dt.date(2027, 4, 30)
    fid = family(database, reg, "Hughes", vetted_on=dt.date(2024, 1, 10))
    row = get_host_family(database, fid)
    assert row.vetting_valid_until == dt.date(2027, 1, 9)
    assert row.can_host_from(dt.date(2027, 1, 9)) is None
    assert "lapsed" in row.can_host_from(dt.date(2027, 1, 10))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": " "}, "name"),
        ({"capacity": 0}, "capacity"),
        ({"capacity": 40}, "capacity"),
        ({"latitude": 52.4}, "latitude"),
        ({"latitude": 95.0, "longitude": 1.0}, "latitude"),
        ({"vetted_on": TODAY + dt.timedelta(days=1)}, "vetted_on"),
        ({"vetted_by": None}, "vetted_by"),
        ({"city_id": 999}, "city"),
    ],
)
def test_bad_host_families_are_refused_by_field(database, reg, changes, field):
    fields = {"name": "Hughes", "vetted_by": "Council", "vetted_on": TODAY, **changes}
    with pytest.raises(ValidationError) as refused:
        create_host_family(database, HostFamilyDraft(**fields), today=TODAY)
    assert refused.value.field == field
    assert _count(database, m.HostFamily) == 0


def test_a_family_keeps_beds_for_its_students_and_its_history(database, reg, programme):
    fid = family(database, reg, "Hughes", capacity=2)
    place_participant(database, pupil(database, reg, programme, "lena"), fid, "test")
    place_participant(database, pupil(database, reg, programme, "mia"), fid, "test")
    row = get_host_family(database, fid)
    with pytest.raises(ValidationError) as refused:
        update_host_family(
            database,
            fid,
            dataclasses.replace(row.draft(), capacity=1),
            expected_version=row.version_id,
            today=TODAY,
        )
    assert refused.value.field == "capacity"
    with pytest.raises(ValidationError, match="placements"):
        delete_host_family(database, fid, expected_version=row.version_id)
    changed = update_host_family(
        database,
        fid,
        dataclasses.replace(row.draft(), pets="cat, dog", capacity=3),
        expected_version=row.version_id,
        today=TODAY,
    )
    assert changed.pets == ("cat", "dog") and changed.capacity == 3
    assert END > START
