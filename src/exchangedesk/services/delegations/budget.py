"""A delegation's budget lines: what the visit is expected to cost, in exact decimals with an
ISO 4217 currency (``exchangedesk.domain.money`` checks both: no floats, no more decimals than
the currency has, nothing negative)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from exchangedesk.db.models import BudgetLine
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.domain.money import Money, by_currency, check_amount, check_currency
from exchangedesk.domain.people import clean
from exchangedesk.services.delegations.detail import BudgetLineRow, DelegationDetail, audit
from exchangedesk.services.delegations.guard import ensure_editable

DESCRIPTION_LENGTH = 300


@dataclass(frozen=True)
class BudgetLineDraft:
    description: str
    amount: Decimal | str  # exact: a Decimal or decimal text such as "120.50"
    currency: str


def validate_budget_line(draft: BudgetLineDraft) -> BudgetLineDraft:
    description = clean(draft.description)
    if not description:
        raise ValidationError("description", "Say what the money is for, e.g. “Hotel, 4 nights”.")
    if len(description) > DESCRIPTION_LENGTH:
        raise ValidationError(
            "description", f"The description is too long (at most {DESCRIPTION_LENGTH} letters)."
        )
    currency = check_currency(draft.currency)
    amount = check_amount(draft.amount, currency, allow_zero=True)
    return BudgetLineDraft(description, amount, currency)


def totals(lines: tuple[BudgetLineRow, ...]) -> tuple[Money, ...]:
    """One total per currency, largest first (amounts are never converted silently)."""
    return by_currency(Money(line.amount, line.currency) for line in lines)


def _line(session: Session, delegation_id: int, line_id: int) -> BudgetLine:
    line = session.get(BudgetLine, line_id)
    if line is None or line.delegation_id != delegation_id:
        raise ConcurrentEditError("That budget line was removed meanwhile; nothing was changed.")
    return line


def add_budget_line(
    database: Database, delegation_id: int, draft: BudgetLineDraft, *, line_id: int | None = None
) -> BudgetLineRow:
    """A new line. ``line_id`` is only for redoing an undone addition (or undoing a removal)."""
    draft = validate_budget_line(draft)
    with database.unit_of_work() as session:
        ensure_editable(session, delegation_id)
        line = BudgetLine(
            id=line_id,
            delegation_id=delegation_id,
            description=draft.description,
            amount=draft.amount,
            currency=draft.currency,
        )
        session.add(line)
        session.flush()
        audit(session, "budget", delegation_id, f"Budget: {draft.description}")
        return BudgetLineRow(line.id, line.description, line.amount, line.currency)


def update_budget_line(
    database: Database, delegation_id: int, line_id: int, draft: BudgetLineDraft
) -> BudgetLineRow:
    draft = validate_budget_line(draft)
    with database.unit_of_work() as session:
        ensure_editable(session, delegation_id)
        line = _line(session, delegation_id, line_id)
        line.description = draft.description
        line.amount = Decimal(draft.amount)
        line.currency = draft.currency
        session.flush()
        audit(session, "budget", delegation_id, f"Budget changed: {draft.description}")
        return BudgetLineRow(line.id, line.description, line.amount, line.currency)


def remove_budget_line(database: Database, delegation_id: int, line_id: int) -> BudgetLineRow:
    """Remove a line; the returned row lets an undo add it back with the same id."""
    with database.unit_of_work() as session:
        ensure_editable(session, delegation_id)
        line = _line(session, delegation_id, line_id)
        row = BudgetLineRow(line.id, line.description, line.amount, line.currency)
        session.delete(line)
        audit(session, "budget", delegation_id, f"Budget removed: {row.description}")
        return row


def budget_draft(row: BudgetLineRow) -> BudgetLineDraft:
    return BudgetLineDraft(row.description, row.amount, row.currency)


__all__ = [
    "BudgetLineDraft",
    "DelegationDetail",
    "add_budget_line",
    "budget_draft",
    "remove_budget_line",
    "totals",
    "update_budget_line",
    "validate_budget_line",
]
