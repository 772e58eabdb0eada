"""The retention review: each rule lists a person the day after their data's last day, not on
it; consents and later activity keep data; applying clears or erases only what is still due."""

from __future__ import annotations

import datetime as dt

import pytest
from retention_sample import (
    EXCHANGE_END,
    INACTIVE_LAST_DAY,
    MEDICAL_LAST_DAY,
    PASSPORT_LAST_DAY,
    VISIT_END,
    Retained,
    fill_retention,
)
from sqlalchemy import select

from exchangedesk.db.models import (
    AuditEntry,
    Delegation,
    DelegationMember,
    Person,
    PersonSensitive,
    PrivacyConsent,
    Setting,
)
from exchangedesk.domain.enums import DelegationStatus, Direction, MemberRole
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.privacy import (
    ConsentMethod,
    ConsentPurpose,
    RetentionPeriods,
    RetentionRule,
    add_months,
)
from exchangedesk.services.privacy.retention import retention_review
from exchangedesk.services.privacy.retention_apply import apply_retention
from exchangedesk.services.privacy.settings import retention_periods, save_periods

DAY = dt.timedelta(days=1)


@pytest.fixture
def ours(database, sample) -> Retained:  # noqa: ANN001
    return fill_retention(database, sample)


def listed(database, rule: RetentionRule, today: dt.date) -> dict[int, object]:  # noqa: ANN001
    review = retention_review(database, today=today)
    return {item.person_id: item for item in review.of(rule)}


def test_months_are_added_to_the_calendar_and_month_ends_are_kept() -> None:
    assert add_months(dt.date(2026, 1, 31), 6) == dt.date(2026, 7, 31)
    assert add_months(dt.date(2025, 8, 31), 6) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2023, 8, 31), 6) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2026, 11, 16), 14) == dt.date(2028, 1, 16)


def test_passport_data_is_listed_the_day_after_the_visit_plus_six_months(database, ours) -> None:  # noqa: ANN001
    on_the_day = listed(database, RetentionRule.PASSPORT, PASSPORT_LAST_DAY)
    assert ours.anna not in on_the_day
    after = listed(database, RetentionRule.PASSPORT, PASSPORT_LAST_DAY + DAY)
    item = after[ours.anna]
    assert item.name == "Anna Petrova" and item.since == VISIT_END
    assert item.kept_until == PASSPORT_LAST_DAY
    assert item.fields == ("passport_number", "passport_expiry")
    assert "2026-01-31" in item.reason and "6 months" in item.reason


def test_passport_without_a_visit_counts_from_when_it_was_written(database, ours) -> None:  # noqa: ANN001
    assert ours.nora not in listed(database, RetentionRule.PASSPORT, dt.date(2026, 7, 15))
    item = listed(database, RetentionRule.PASSPORT, dt.date(2026, 7, 16))[ours.nora]
    assert "for no visit" in item.reason


def test_a_coming_visit_keeps_the_passport(database, ours, sample) -> None:  # noqa: ANN001
    with database.unit_of_work() as s:
        visit = Delegation(
            partnership_id=sample.coventry_dresden,
            direction=Direction.OUTGOING,
            title="Return visit to Dresden",
            arrival_on=dt.date(2026, 9, 1),
            departure_on=dt.date(2026, 9, 5),
            status=DelegationStatus.PLANNED,
        )
        s.add(visit)
        s.flush()
        s.add(DelegationMember(delegation_id=visit.id, person_id=ours.anna, role=MemberRole.HEAD))
    assert ours.anna not in listed(database, RetentionRule.PASSPORT, dt.date(2026, 8, 20))
    assert ours.anna in listed(database, RetentionRule.PASSPORT, dt.date(2027, 3, 6))


def test_the_period_comes_from_the_settings(database, ours) -> None:  # noqa: ANN001
    save_periods(database, RetentionPeriods(passport_months=12))
    assert retention_periods(database).passport_months == 12
    assert ours.anna not in listed(database, RetentionRule.PASSPORT, PASSPORT_LAST_DAY + DAY)
    assert ours.anna in listed(database, RetentionRule.PASSPORT, dt.date(2027, 2, 1))


def test_bad_periods_are_refused_by_name_and_hand_edits_fall_back(database) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError) as refused:
        save_periods(database, RetentionPeriods(inactive_years=0))
    assert refused.value.field == "inactive_years"
    with database.unit_of_work() as s:
        s.add(Setting(key="retention_passport_months", value="six"))
    assert retention_periods(database) == RetentionPeriods()


def test_minors_medical_notes_go_three_months_after_the_exchange(database, ours) -> None:  # noqa: ANN001
    on_the_day = listed(database, RetentionRule.MINOR_MEDICAL, MEDICAL_LAST_DAY)
    assert ours.mia not in on_the_day
    after = listed(database, RetentionRule.MINOR_MEDICAL, MEDICAL_LAST_DAY + DAY)
    assert after[ours.mia].since == EXCHANGE_END
    assert after[ours.mia].fields == ("medical_notes", "allergies", "dietary_notes")
    assert ours.adam not in after  # an adult's notes are not this rule's
    assert ours.kim not in after  # the guardian consented to keeping them


def test_a_withdrawn_consent_no_longer_keeps_the_notes(database, ours) -> None:  # noqa: ANN001
    with database.unit_of_work() as s:
        consent = s.scalars(
            select(PrivacyConsent).where(PrivacyConsent.person_id == ours.kim)
        ).one()
        consent.withdrawn_on = dt.date(2026, 5, 1)
    assert ours.kim in listed(database, RetentionRule.MINOR_MEDICAL, MEDICAL_LAST_DAY + DAY)


def test_people_without_activity_for_five_years_are_listed(database, ours) -> None:  # noqa: ANN001
    assert ours.ivan not in listed(database, RetentionRule.INACTIVE, INACTIVE_LAST_DAY)
    after = listed(database, RetentionRule.INACTIVE, INACTIVE_LAST_DAY + DAY)
    assert after[ours.ivan].erases and "2019-03-01" in after[ours.ivan].reason
    # Greta was entered the same day, but her ward's exchange (ended 15 March 2026) keeps
    # her needed for five years after it.
    later = listed(database, RetentionRule.INACTIVE, dt.date(2031, 3, 15))
    assert ours.greta not in later and ours.ivan in later
    assert ours.greta in listed(database, RetentionRule.INACTIVE, dt.date(2031, 3, 16))


def test_a_consent_to_keep_contact_details_keeps_an_inactive_person(database, ours) -> None:  # noqa: ANN001
    with database.unit_of_work() as s:
        s.add(
            PrivacyConsent(
                person_id=ours.ivan,
                purpose=ConsentPurpose.KEPT_AFTER_VISIT,
                method=ConsentMethod.EMAIL,
                given_on=dt.date(2019, 2, 1),
            )
        )
    assert ours.ivan not in listed(database, RetentionRule.INACTIVE, INACTIVE_LAST_DAY + DAY)


def test_applying_clears_the_fields_erases_the_inactive_and_is_audited(database, ours) -> None:  # noqa: ANN001
    today = dt.date(2026, 8, 1)
    review = retention_review(database, today=today)
    keys = [i.key for i in review.items if i.person_id in (ours.anna, ours.mia, ours.ivan)]
    assert len(keys) == 3
    # Adam's notes are not due: asking for them does nothing.
    result = apply_retention(
        database, [*keys, (RetentionRule.MINOR_MEDICAL, ours.adam)], actor="helen", today=today
    )
    assert {i.person_id for i in result.cleared} == {ours.anna, ours.mia}
    assert result.erased == (ours.ivan,) and result.skipped == 1
    with database.reading() as s:
        anna = s.get(PersonSensitive, ours.anna)
        assert anna.passport_number is None and anna.medical_notes == "x"  # only the rule's
        mia = s.get(PersonSensitive, ours.mia)
        assert (mia.medical_notes, mia.allergies, mia.dietary_notes) == (None, None, None)
        assert mia.date_of_birth == dt.date(2011, 5, 1)
        assert s.get(PersonSensitive, ours.adam).medical_notes == "asthma"
        assert s.get(Person, ours.ivan).display_name == f"Erased person {ours.ivan}"
        entries = s.execute(
            select(AuditEntry.actor, AuditEntry.summary).where(AuditEntry.action == "retention")
        ).all()
    assert len(entries) == 3 and all(actor == "helen" for actor, _ in entries)
    assert not any("Anna" in summary or "Petrova" in summary for _, summary in entries)
    left = {i.person_id for i in retention_review(database, today=today).items}
    assert not left & {ours.anna, ours.mia, ours.ivan}


def test_nothing_changes_that_is_no_longer_due_when_applied(database, ours, sample) -> None:  # noqa: ANN001
    today = PASSPORT_LAST_DAY + DAY
    key = (RetentionRule.PASSPORT, ours.anna)
    assert key in [i.key for i in retention_review(database, today=today).items]
    with database.unit_of_work() as s:  # a new visit entered while the list was open
        visit = Delegation(
            partnership_id=sample.coventry_dresden,
            direction=Direction.OUTGOING,
            title="Autumn visit",
            arrival_on=dt.date(2026, 10, 1),
            departure_on=dt.date(2026, 10, 3),
            status=DelegationStatus.PLANNED,
        )
        s.add(visit)
        s.flush()
        s.add(DelegationMember(delegation_id=visit.id, person_id=ours.anna, role=MemberRole.HEAD))
    result = apply_retention(database, [key], actor="helen", today=today)
    assert (result.cleared, result.skipped) == ((), 1)
    with database.reading() as s:
        assert s.get(PersonSensitive, ours.anna).passport_number == "AP 100200"
