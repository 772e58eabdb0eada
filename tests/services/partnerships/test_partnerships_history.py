"""The status as a dated history: the latest step is always the status, each step says who
acted, and a unilateral termination reads as one."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from exchangedesk.db.models import PartnershipStatusChange
from exchangedesk.db.session import Database
from exchangedesk.domain.anniversaries import DatePrecision
from exchangedesk.domain.enums import ActingSide, PartnershipStatus
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.services.common.paging import ListQuery
from exchangedesk.services.maintenance.invariants import RULES
from exchangedesk.services.partnerships.gazetteer import city_from_hit
from exchangedesk.services.partnerships.history import (
    StatusChangeDraft,
    change_status,
    withdraw_status_change,
)
from exchangedesk.services.partnerships.lists import list_partnerships
from exchangedesk.services.partnerships.records import (
    PartnershipDraft,
    create_partnership,
    get_partnership,
)
from partnership_fakes import KYIV
from sample_committee import SampleIds

TODAY = dt.date(2025, 6, 10)
S = PartnershipStatus


def _kyiv_moscow(database: Database) -> int:
    from exchangedesk.services.partnerships.gazetteer import CityDraft

    saved = create_partnership(
        database,
        PartnershipDraft(
            city_a=city_from_hit(KYIV),
            city_b=CityDraft(name="Moscow", country_code="RU", native_name="Москва"),
            signed_on=dt.date(1997, 1, 1),
            signed_precision=DatePrecision.YEAR,
        ),
        today=TODAY,
    )
    return saved.id


def _change(database: Database, partnership_id: int, draft: StatusChangeDraft):  # noqa: ANN202
    version = get_partnership(database, partnership_id).version_id
    return change_status(database, partnership_id, draft, expected_version=version, today=TODAY)


def test_a_unilateral_termination_reads_terminated_by_the_city_that_acted(
    database: Database, sample: SampleIds
) -> None:
    pid = _kyiv_moscow(database)
    changed = _change(
        database,
        pid,
        StatusChangeDraft(
            S.TERMINATED,
            dt.date(2016, 2, 11),
            acting_side=ActingSide.HOME,
            reason="Kyiv City Council ended the agreement unilaterally.",
        ),
    )
    assert changed.headline == "Terminated by Kyiv"
    detail = get_partnership(database, pid)
    assert detail.status is S.TERMINATED
    assert detail.status_headline == "Terminated by Kyiv"
    last = detail.history[-1]
    assert (last.from_status, last.to_status, last.acting_side) == (
        S.ACTIVE,
        S.TERMINATED,
        ActingSide.HOME,
    )
    assert last.unilateral and last.acting_city == "Kyiv"
    assert last.reason == "Kyiv City Council ended the agreement unilaterally."
    # the list says it too
    (row,) = list_partnerships(database, ListQuery(text="kyiv")).rows
    assert row.status_headline == "Terminated by Kyiv"


@pytest.mark.parametrize(
    ("side", "to_status", "headline"),
    [
        (ActingSide.PARTNER, S.SUSPENDED, "Suspended by Moscow"),
        (ActingSide.BOTH, S.SUSPENDED, "Suspended by both cities"),
        (ActingSide.BOTH, S.TERMINATED, "Terminated by both cities"),
        (ActingSide.UNKNOWN, S.TERMINATED, "Terminated"),
        (ActingSide.BOTH, S.PROPOSED, "Proposed"),
        (ActingSide.HOME, S.LETTER_OF_INTENT, "Letter of intent from Kyiv"),
    ],
)
def test_how_each_acting_side_reads(
    database: Database, sample: SampleIds, side: ActingSide, to_status: S, headline: str
) -> None:
    pid = _kyiv_moscow(database)
    draft = StatusChangeDraft(to_status, dt.date(2014, 3, 1), acting_side=side)
    assert _change(database, pid, draft).headline == headline
    assert get_partnership(database, pid).status_headline == headline


def test_a_suspension_lifted_reads_resumed(database: Database, sample: SampleIds) -> None:
    pid = sample.kemi_volgograd  # suspended, no history recorded yet
    changed = _change(
        database,
        pid,
        StatusChangeDraft(S.ACTIVE, dt.date(2012, 5, 1), acting_side=ActingSide.PARTNER),
    )
    assert changed.headline == "Resumed by Volgograd"
    (step,) = get_partnership(database, pid).history
    assert step.from_status is S.SUSPENDED  # the recorded status before the first step


def test_a_renewal_after_a_termination(database: Database, sample: SampleIds) -> None:
    pid = _kyiv_moscow(database)
    _change(database, pid, StatusChangeDraft(S.TERMINATED, dt.date(2016, 2, 11)))
    renewed = _change(
        database,
        pid,
        StatusChangeDraft(S.ACTIVE, dt.date(2024, 1, 1), acting_side=ActingSide.PARTNER),
    )
    assert renewed.headline == "Renewed by Moscow"


def test_the_status_is_always_the_latest_step_and_the_invariant_holds(
    database: Database, sample: SampleIds
) -> None:
    pid = _kyiv_moscow(database)
    for day, status in ((dt.date(2014, 3, 1), S.SUSPENDED), (dt.date(2015, 1, 1), S.ACTIVE)):
        _change(database, pid, StatusChangeDraft(status, day))
        assert get_partnership(database, pid).status is status
    history = get_partnership(database, pid).history
    assert [s.to_status for s in history] == [S.ACTIVE, S.SUSPENDED, S.ACTIVE]
    rule = dict((fn.__name__, fn) for _area, fn in RULES)["_partnership_history"]
    with database.engine.connect() as conn:
        assert rule(conn) == []


@pytest.mark.parametrize(
    ("draft", "field", "words"),
    [
        (StatusChangeDraft(S.ACTIVE, dt.date(2020, 1, 1)), "to_status", "active already"),
        (StatusChangeDraft(S.SUSPENDED, dt.date(2026, 1, 1)), "changed_on", "in the future"),
        (
            StatusChangeDraft(S.SUSPENDED, dt.date(1990, 1, 1)),
            "changed_on",
            "before the last recorded step (1997)",
        ),
        (StatusChangeDraft("gone", dt.date(2020, 1, 1)), "to_status", "not a status"),
        (
            StatusChangeDraft(S.SUSPENDED, dt.date(2020, 1, 1), acting_side="mayor"),
            "acting_side",
            "not a side",
        ),
        (StatusChangeDraft(S.SUSPENDED, dt.date(2020, 1, 1), reason="x" * 4001), "reason", "long"),
    ],
)
def test_each_refused_step_names_its_field_and_records_nothing(
    database: Database, sample: SampleIds, draft: StatusChangeDraft, field: str, words: str
) -> None:
    pid = _kyiv_moscow(database)
    before = get_partnership(database, pid)
    with pytest.raises(ValidationError) as refused:
        _change(database, pid, draft)
    assert (refused.value.field, words in refused.value.message) == (field, True)
    assert get_partnership(database, pid) == before


def test_a_step_in_the_year_of_a_year_only_step_may_follow_it(
    database: Database, sample: SampleIds
) -> None:
    pid = _kyiv_moscow(database)  # active since "1997"
    _change(database, pid, StatusChangeDraft(S.SUSPENDED, dt.date(1997, 6, 1)))
    assert get_partnership(database, pid).status is S.SUSPENDED


def test_a_step_against_an_old_version_is_refused(database: Database, sample: SampleIds):
    pid = _kyiv_moscow(database)
    old = get_partnership(database, pid).version_id
    _change(database, pid, StatusChangeDraft(S.SUSPENDED, dt.date(2014, 3, 1)))
    with pytest.raises(ConcurrentEditError):
        change_status(
            database,
            pid,
            StatusChangeDraft(S.TERMINATED, dt.date(2016, 2, 11)),
            expected_version=old,
            today=TODAY,
        )


def test_withdrawing_the_latest_step_brings_the_status_back(
    database: Database, sample: SampleIds
) -> None:
    pid = _kyiv_moscow(database)
    changed = _change(database, pid, StatusChangeDraft(S.TERMINATED, dt.date(2016, 2, 11)))
    version = withdraw_status_change(
        database, pid, changed.change_id, expected_version=changed.version_id
    )
    detail = get_partnership(database, pid)
    assert detail.status is S.ACTIVE and len(detail.history) == 1
    assert version == detail.version_id
    # only the latest step can be taken back
    first = detail.history[0].id
    later = _change(database, pid, StatusChangeDraft(S.SUSPENDED, dt.date(2016, 2, 11)))
    with pytest.raises(ValidationError, match="later step"):
        withdraw_status_change(database, pid, first, expected_version=later.version_id)


def test_withdrawing_the_only_step_of_an_old_record_restores_its_status(
    database: Database, sample: SampleIds
) -> None:
    pid = sample.coventry_dresden  # active, no history
    changed = _change(database, pid, StatusChangeDraft(S.SUSPENDED, dt.date(2020, 3, 1)))
    withdraw_status_change(database, pid, changed.change_id, expected_version=changed.version_id)
    detail = get_partnership(database, pid)
    assert (detail.status, detail.history) == (S.ACTIVE, ())
    with database.reading() as session:
        assert session.scalars(select(PartnershipStatusChange.id)).all() == []
