"""The status workflow, approvals, confirming against conflicts, and reopening."""

from __future__ import annotations

import datetime as dt

import pytest
from delegation_support import ARRIVE, LEAVE, add_item, counts, new_visit, set_status
from sqlalchemy import select

from exchangedesk.db.models import AuditEntry
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import ApprovalDecision, DelegationStatus
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.services.delegations.conflicts import accept_conflict, delegation_conflicts
from exchangedesk.services.delegations.detail import delegation_detail
from exchangedesk.services.delegations.guard import DelegationReadOnlyError
from exchangedesk.services.delegations.status import (
    TRANSITIONS,
    ApprovalDraft,
    change_status,
    record_approval,
    remove_approval,
    reopen,
    undo_status,
)
from sample_committee import SampleIds

S = DelegationStatus
TODAY = dt.date(2031, 3, 1)


@pytest.fixture
def visit_id(database: Database, sample: SampleIds) -> int:
    return new_visit(database, sample.coventry_volgograd).id


def _move(database: Database, visit_id: int, status: DelegationStatus):  # noqa: ANN202
    version = delegation_detail(database, visit_id).version_id
    return change_status(database, visit_id, status, expected_version=version, today=TODAY)


def _approve(database: Database, visit_id: int, decision=ApprovalDecision.APPROVED) -> None:  # noqa: ANN001
    record_approval(
        database,
        visit_id,
        ApprovalDraft("Town council", dt.date(2031, 2, 1), decision, "unanimous"),
        today=TODAY,
    )


def test_the_whole_workflow(database: Database, visit_id: int) -> None:
    _move(database, visit_id, S.PLANNED)
    _approve(database, visit_id)
    _move(database, visit_id, S.APPROVED)
    _move(database, visit_id, S.CONFIRMED)
    _move(database, visit_id, S.UNDER_WAY)
    detail = _move(database, visit_id, S.COMPLETED)
    assert detail.status is S.COMPLETED and not detail.editable
    assert [a.decided_by for a in detail.approvals] == ["Town council"]
    assert detail.approvals[0].note == "unanimous"
    assert [e.summary for e in detail.history] == [
        "Idea → Planned",
        "Planned → Approved",
        "Approved → Confirmed",
        "Confirmed → Under way",
        "Under way → Completed",
    ]


@pytest.mark.parametrize("start", list(S))
def test_only_allowed_moves(database: Database, visit_id: int, start: DelegationStatus) -> None:
    for target in S:
        if target in TRANSITIONS[start] or target in (S.APPROVED, S.CONFIRMED):
            continue
        set_status(database, visit_id, start)
        before = counts(database)
        with pytest.raises(ValidationError) as caught:
            _move(database, visit_id, target)
        assert caught.value.field == "status"
        assert counts(database) == before
        assert delegation_detail(database, visit_id).status is start


def test_approved_needs_an_approval(database: Database, visit_id: int) -> None:
    _move(database, visit_id, S.PLANNED)
    with pytest.raises(ValidationError, match="latest decision recorded is none"):
        _move(database, visit_id, S.APPROVED)
    _approve(database, visit_id, ApprovalDecision.DEFERRED)
    with pytest.raises(ValidationError, match="deferred"):
        _move(database, visit_id, S.APPROVED)
    _approve(database, visit_id)
    assert _move(database, visit_id, S.APPROVED).status is S.APPROVED


def test_confirm_refused_while_conflicts_remain(database: Database, visit_id: int) -> None:
    # Two items after the visit's last day: each is a conflict of its own.
    add_item(database, visit_id, "Farewell dinner", LEAVE + dt.timedelta(days=2))
    add_item(database, visit_id, "Late tour", LEAVE + dt.timedelta(days=3))
    set_status(database, visit_id, S.APPROVED)
    report = delegation_conflicts(database, visit_id, today=TODAY)
    blocking = len(report.blocking)
    assert blocking >= 2
    before = counts(database)
    with pytest.raises(ValidationError) as caught:
        _move(database, visit_id, S.CONFIRMED)
    assert f"{blocking} conflicts remain unresolved" in caught.value.message
    assert counts(database) == before
    for conflict in report.blocking:
        accept_conflict(
            database, visit_id, conflict.key, actor="secretary", note="known", today=TODAY
        )
    assert _move(database, visit_id, S.CONFIRMED).status is S.CONFIRMED


def test_completed_is_read_only_until_reopened(database: Database, visit_id: int) -> None:
    set_status(database, visit_id, S.COMPLETED)
    with pytest.raises(DelegationReadOnlyError):
        _move(database, visit_id, S.CANCELLED)
    with pytest.raises(DelegationReadOnlyError):
        _approve(database, visit_id)
    version = delegation_detail(database, visit_id).version_id
    with pytest.raises(ValidationError) as caught:
        reopen(database, visit_id, "  ", expected_version=version)
    assert caught.value.field == "reason"
    detail = reopen(database, visit_id, "Add the thank-you dinner", expected_version=version)
    assert detail.status is S.UNDER_WAY and detail.editable
    assert detail.history[-1].action == "reopen"
    assert "Add the thank-you dinner" in detail.history[-1].summary


def test_reopen_cancelled_goes_back_to_planned(database: Database, visit_id: int) -> None:
    set_status(database, visit_id, S.CANCELLED)
    version = delegation_detail(database, visit_id).version_id
    assert reopen(database, visit_id, "Rescheduled", expected_version=version).status is S.PLANNED


def test_reopen_an_open_delegation_is_refused(database: Database, visit_id: int) -> None:
    version = delegation_detail(database, visit_id).version_id
    with pytest.raises(ValidationError, match="nothing to reopen"):
        reopen(database, visit_id, "why", expected_version=version)


def test_status_change_against_old_version(database: Database, visit_id: int) -> None:
    version = delegation_detail(database, visit_id).version_id
    _move(database, visit_id, S.PLANNED)
    with pytest.raises(ConcurrentEditError):
        change_status(database, visit_id, S.CANCELLED, expected_version=version)


def test_undo_status_goes_back(database: Database, visit_id: int) -> None:
    detail = _move(database, visit_id, S.PLANNED)
    back = undo_status(database, visit_id, S.IDEA, expected_version=detail.version_id)
    assert back.status is S.IDEA
    assert back.history[-1].summary.endswith("(undone)")


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (ApprovalDraft(" ", None, ApprovalDecision.APPROVED), "decided_by"),
        (ApprovalDraft("Council", None, "yes"), "decision"),  # type: ignore[arg-type]
        (ApprovalDraft("Council", dt.date(2031, 3, 2), ApprovalDecision.APPROVED), "decided_on"),
    ],
)
def test_bad_approvals_refused(database: Database, visit_id: int, draft, field: str) -> None:
    before = counts(database)
    with pytest.raises(ValidationError) as caught:
        record_approval(database, visit_id, draft, today=TODAY)
    assert caught.value.field == field
    assert counts(database) == before


def test_approval_removed_by_undo(database: Database, visit_id: int) -> None:
    _approve(database, visit_id)
    approval = delegation_detail(database, visit_id).approvals[0]
    assert remove_approval(database, visit_id, approval.id).approvals == ()
    with pytest.raises(ConcurrentEditError):
        remove_approval(database, visit_id, approval.id)


def test_every_step_is_in_the_audit_log(database: Database, visit_id: int) -> None:
    _move(database, visit_id, S.PLANNED)
    with database.reading() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "delegation")
        ).all()
    assert actions == ["create", "status"]
    assert ARRIVE  # the visit's dates are the fixture's
