"""Budget lines: exact decimals in an ISO 4217 currency."""

from __future__ import annotations

from decimal import Decimal

import pytest
from delegation_support import counts, new_visit, set_status

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import DelegationStatus
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.domain.money import Money
from exchangedesk.services.delegations.budget import (
    BudgetLineDraft,
    add_budget_line,
    remove_budget_line,
    totals,
    update_budget_line,
)
from exchangedesk.services.delegations.detail import delegation_detail
from exchangedesk.services.delegations.guard import DelegationReadOnlyError
from sample_committee import SampleIds


@pytest.fixture
def visit_id(database: Database, sample: SampleIds) -> int:
    return new_visit(database, sample.coventry_volgograd).id


def test_lines_are_exact_and_totalled_per_currency(database: Database, visit_id: int) -> None:
    add_budget_line(database, visit_id, BudgetLineDraft("Hotel, 4 nights", "0.10", "gbp"))
    add_budget_line(database, visit_id, BudgetLineDraft("Coach", Decimal("0.20"), "GBP"))
    add_budget_line(database, visit_id, BudgetLineDraft("Visa fees", "12000", "RUB"))
    lines = delegation_detail(database, visit_id).budget
    assert [line.amount for line in lines] == [Decimal("0.10"), Decimal("0.20"), Decimal("12000")]
    assert totals(lines) == (Money(Decimal("12000"), "RUB"), Money(Decimal("0.30"), "GBP"))


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (BudgetLineDraft(" ", "1", "GBP"), "description"),
        (BudgetLineDraft("Coach", "1", "XYZ"), "currency"),
        (BudgetLineDraft("Coach", "1", ""), "currency"),
        (BudgetLineDraft("Coach", "-5", "GBP"), "amount"),
        (BudgetLineDraft("Coach", "1.005", "GBP"), "amount"),
        (BudgetLineDraft("Coach", "10.5", "JPY"), "amount"),
        (BudgetLineDraft("Coach", 0.1, "GBP"), "amount"),  # type: ignore[arg-type]
        (BudgetLineDraft("Coach", "abc", "GBP"), "amount"),
    ],
)
def test_bad_lines_refused(database: Database, visit_id: int, draft, field: str) -> None:
    before = counts(database)
    with pytest.raises(ValidationError) as caught:
        add_budget_line(database, visit_id, draft)
    assert caught.value.field == field
    assert counts(database) == before


def test_edit_and_remove_and_add_back(database: Database, visit_id: int) -> None:
    line = add_budget_line(database, visit_id, BudgetLineDraft("Coach", "100", "EUR"))
    changed = update_budget_line(
        database, visit_id, line.id, BudgetLineDraft("Coach", "120.50", "EUR")
    )
    assert changed.amount == Decimal("120.50")
    removed = remove_budget_line(database, visit_id, line.id)
    assert delegation_detail(database, visit_id).budget == ()
    back = add_budget_line(
        database,
        visit_id,
        BudgetLineDraft(removed.description, removed.amount, removed.currency),
        line_id=removed.id,
    )
    assert back == changed
    with pytest.raises(ConcurrentEditError):
        update_budget_line(database, visit_id, 4711, BudgetLineDraft("Coach", "1", "EUR"))


def test_completed_budget_is_read_only(database: Database, visit_id: int) -> None:
    line = add_budget_line(database, visit_id, BudgetLineDraft("Coach", "100", "EUR"))
    set_status(database, visit_id, DelegationStatus.COMPLETED)
    with pytest.raises(DelegationReadOnlyError):
        add_budget_line(database, visit_id, BudgetLineDraft("Taxi", "10", "EUR"))
    with pytest.raises(DelegationReadOnlyError):
        update_budget_line(database, visit_id, line.id, BudgetLineDraft("Coach", "1", "EUR"))
    with pytest.raises(DelegationReadOnlyError):
        remove_budget_line(database, visit_id, line.id)
    assert delegation_detail(database, visit_id).budget == (line,)
