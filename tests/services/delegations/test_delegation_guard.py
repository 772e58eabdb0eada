"""The shared guard: completed and cancelled delegations are read-only."""

from __future__ import annotations

import pytest

from exchangedesk.db.models import Delegation
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import DelegationStatus
from exchangedesk.services.delegations.status import (
    DelegationGoneError,
    DelegationReadOnlyError,
    ensure_editable,
    read_only_message,
)
from sample_committee import SampleIds


def test_completed_delegation_is_refused(database: Database, sample: SampleIds) -> None:
    with database.reading() as session, pytest.raises(DelegationReadOnlyError) as caught:
        ensure_editable(session, sample.churchill_visit)
    assert caught.value.field == "status"
    assert "Completed — reopen to edit" in caught.value.message


def test_cancelled_delegation_is_refused(database: Database, sample: SampleIds) -> None:
    with database.unit_of_work() as session:
        planned = session.query(Delegation).filter_by(title="Dresden choir visit").one()
        planned.status = DelegationStatus.CANCELLED
        planned_id = planned.id
    with database.reading() as session, pytest.raises(DelegationReadOnlyError):
        ensure_editable(session, planned_id)


def test_planned_delegation_is_returned(database: Database, sample: SampleIds) -> None:
    with database.reading() as session:
        planned = session.query(Delegation).filter_by(title="Dresden choir visit").one()
        assert ensure_editable(session, planned.id) is planned


def test_missing_delegation(database: Database) -> None:
    with database.reading() as session, pytest.raises(DelegationGoneError):
        ensure_editable(session, 4711)


def test_banner_words() -> None:
    assert read_only_message(DelegationStatus.CANCELLED) == "Cancelled — reopen to edit"
