"""Data consents: recorded, refused when wrong, withdrawn (kept as proof), exported with the
person's data and kept, ended and without notes, when the person is erased."""

from __future__ import annotations

import datetime as dt

import pytest
from retention_sample import fill_retention
from sqlalchemy import select

from exchangedesk.db.models import AuditEntry, PersonSensitive, PrivacyConsent
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.privacy import ConsentMethod, ConsentPurpose
from exchangedesk.services.people.privacy import personal_data
from exchangedesk.services.people.privacy_erasure import erase_person
from exchangedesk.services.privacy.consents import (
    ConsentDraft,
    has_consent,
    list_consents,
    record_consent,
    withdraw_consent,
)
from exchangedesk.services.privacy.sharing import participant_list_warnings

TODAY = dt.date(2026, 6, 1)
PHOTOS = ConsentPurpose.PHOTOS


def draft(**changes) -> ConsentDraft:  # noqa: ANN003
    values = {"purpose": PHOTOS, "given_on": dt.date(2026, 5, 2), "method": ConsentMethod.FORM}
    return ConsentDraft(**(values | changes))


@pytest.fixture
def ours(database, sample):  # noqa: ANN001, ANN201
    return fill_retention(database, sample)


def test_a_consent_is_recorded_withdrawn_and_kept_with_its_dates(database, sample) -> None:  # noqa: ANN001
    olga = sample.olga
    made = record_consent(
        database, olga, draft(notes=" signed at the reception "), actor="helen", today=TODAY
    )
    assert made.in_force and made.notes == "signed at the reception"
    assert made.purpose_text == "Photos in publications" and made.method_text == "signed form"
    assert has_consent(database, olga, PHOTOS, dt.date(2026, 5, 2))
    assert not has_consent(database, olga, PHOTOS, dt.date(2026, 5, 1))
    with pytest.raises(ValidationError) as twice:
        record_consent(database, olga, draft(), actor="helen", today=TODAY)
    assert twice.value.field == "purpose" and "already in force" in twice.value.message
    with pytest.raises(ValidationError) as early:
        withdraw_consent(database, made.id, on=dt.date(2026, 5, 1), actor="helen", today=TODAY)
    assert early.value.field == "withdrawn_on"
    ended = withdraw_consent(database, made.id, on=dt.date(2026, 5, 20), actor="helen", today=TODAY)
    assert ended.withdrawn_on == dt.date(2026, 5, 20) and not ended.in_force
    assert has_consent(database, olga, PHOTOS, dt.date(2026, 5, 19))
    assert not has_consent(database, olga, PHOTOS, dt.date(2026, 5, 20))
    with pytest.raises(ValidationError):
        withdraw_consent(database, made.id, actor="helen", today=TODAY)
    again = record_consent(
        database, olga, draft(given_on=dt.date(2026, 5, 25)), actor="helen", today=TODAY
    )
    assert [c.id for c in list_consents(database, olga)] == [again.id, made.id]  # in force first
    with database.reading() as s:
        actions = s.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "privacy_consent")
        ).all()
    assert actions == ["create", "withdraw", "create"]


def test_wrong_consents_are_refused_naming_the_field(database, sample, ours) -> None:  # noqa: ANN001
    def refused(person_id: int, wrong: ConsentDraft) -> str:
        with pytest.raises(ValidationError) as caught:
            record_consent(database, person_id, wrong, actor="helen", today=TODAY)
        return caught.value.field

    assert refused(sample.olga, draft(purpose=None)) == "purpose"
    assert refused(sample.olga, draft(given_on=dt.date(2026, 6, 2))) == "given_on"
    assert refused(sample.olga, draft(method=None)) == "method"
    assert refused(sample.olga, draft(given_by_id=sample.olga)) == "given_by"
    # Mia is a minor: her guardian (Greta) consents, nobody else.
    assert refused(ours.mia, draft()) == "given_by"
    assert refused(ours.mia, draft(given_by_id=ours.anna)) == "given_by"
    made = record_consent(database, ours.mia, draft(given_by_id=ours.greta), actor="h", today=TODAY)
    assert made.given_by == "Greta Hoffmann"
    with pytest.raises(ValidationError) as nobody:
        record_consent(database, 99999, draft(), actor="h", today=TODAY)
    assert nobody.value.field == "person"


def test_consents_are_in_the_personal_data_export(database, ours) -> None:  # noqa: ANN001
    record_consent(database, ours.mia, draft(given_by_id=ours.greta), actor="h", today=TODAY)
    data = personal_data(database, ours.mia, actor="h")
    rows = data.section("privacy_consents.person_id").rows
    assert data.section("privacy_consents.person_id").title == "Consents about their data"
    assert [(r["purpose"], r["method"], r["given_on"]) for r in rows] == [
        ("photos", "form", "2026-05-02")
    ]
    given = personal_data(database, ours.greta, actor="h").section("privacy_consents.given_by_id")
    assert len(given.rows) == 2  # Mia's and, in the sample, Kim's


def test_an_erasure_keeps_the_consents_as_proof_ended_and_without_notes(database, ours) -> None:  # noqa: ANN001
    record_consent(
        database, ours.anna, draft(notes="Anna Petrova said yes"), actor="h", today=TODAY
    )
    erase_person(database, ours.anna, today=dt.date(2026, 7, 1))
    with database.reading() as s:
        kept = s.scalars(select(PrivacyConsent).where(PrivacyConsent.person_id == ours.anna)).one()
        assert kept.notes is None and kept.withdrawn_on == dt.date(2026, 7, 1)
        assert kept.purpose is PHOTOS and kept.given_on == dt.date(2026, 5, 2)
        assert s.get(PersonSensitive, ours.anna) is None


def test_the_participant_list_warns_about_those_without_consent_to_share(database, ours) -> None:  # noqa: ANN001
    sharing = ConsentPurpose.PARTNER_SHARING
    record_consent(database, ours.adam, draft(purpose=sharing), actor="h", today=TODAY)
    (warning,) = participant_list_warnings(database, ours.programme, TODAY)
    assert "Kim Larsen" in warning and "Mia Hoffmann" in warning and "Adam" not in warning
    record_consent(
        database, ours.mia, draft(purpose=sharing, given_by_id=ours.greta), actor="h", today=TODAY
    )
    (warning,) = participant_list_warnings(database, ours.programme, TODAY)
    assert "Mia" not in warning and "Kim Larsen" in warning


def test_undo_steps_take_a_recording_or_a_withdrawal_back(database, sample) -> None:  # noqa: ANN001
    from exchangedesk.services.privacy.consents import reinstate_consent, remove_consent

    olga = sample.olga
    made = record_consent(database, olga, draft(), actor="helen", today=TODAY)
    assert list_consents(database, olga)[0].recorded_by == "helen"
    ended = withdraw_consent(database, made.id, on=dt.date(2026, 5, 20), actor="helen", today=TODAY)
    with pytest.raises(ValidationError) as kept:
        remove_consent(database, ended.id, actor="helen")  # a withdrawn one is proof
    assert kept.value.field == "consent"
    assert reinstate_consent(database, made.id, actor="helen").in_force
    remove_consent(database, made.id, actor="helen")
    assert list_consents(database, olga) == []
    again = record_consent(database, olga, draft(), actor="helen", today=TODAY)
    withdraw_consent(database, again.id, actor="helen", today=TODAY)
    newer = record_consent(
        database, olga, draft(given_on=dt.date(2026, 6, 1)), actor="helen", today=TODAY
    )
    with pytest.raises(ValidationError) as two:
        reinstate_consent(database, again.id, actor="helen")
    assert "newer consent" in two.value.message and newer.in_force
    with database.reading() as session:
        actions = list(
            session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "privacy_consent"))
        )
    assert actions.count("delete") == 1 and actions.count("reinstate") == 1
