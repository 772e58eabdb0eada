"""The small delegation dialogs: a decision on the visit (approval), a budget line, moving the
visit by some days, and a note that must be given (why a delegation is reopened, why a conflict
is accepted)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from exchangedesk.domain.enums import ApprovalDecision
from exchangedesk.services.delegations.budget import BudgetLineDraft
from exchangedesk.services.delegations.detail import BudgetLineRow, DelegationDetail
from exchangedesk.services.delegations.moves import MAX_DAYS
from exchangedesk.services.delegations.status import ApprovalDraft
from exchangedesk.ui.aid.form import AidFormDialog, decimal_text, notes_box, typed_number
from exchangedesk.ui.dialogs.record_fields import DateField
from exchangedesk.ui.formatting import enum_text


class ApprovalDialog(AidFormDialog):
    """Who decided about the visit, when, what, and why."""

    def __init__(
        self,
        delegation: DelegationDetail,
        save: Callable[[ApprovalDraft], Any],
        *,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.what = self.tr("The decision")
        self.setWindowTitle(self.tr("Approval of {0}").format(delegation.title))
        self.decided_by = QLineEdit()
        self.decided_by.setPlaceholderText(self.tr("e.g. Town council, the mayor's office"))
        self.decided_on = DateField()
        self.decided_on.set_value(today or dt.date.today())
        self.decision = QComboBox()
        for decision in ApprovalDecision:
            self.decision.addItem(enum_text(decision), decision)
        self.note = notes_box(3)
        self.note.setPlaceholderText(self.tr("e.g. minute 14/2027, budget agreed"))
        self.field(self.tr("Decided by"), "decided_by", self.decided_by)
        self.field(self.tr("On"), "decided_on", self.decided_on)
        self.field(self.tr("Decision"), "decision", self.decision)
        self.field(self.tr("Note"), "note", self.note)
        self.setMinimumWidth(460)
        self.finish_layout()

    def draft(self) -> ApprovalDraft:
        return ApprovalDraft(
            decided_by=self.decided_by.text(),
            decided_on=self.decided_on.value(),
            decision=ApprovalDecision(self.decision.currentData()),
            note=self.note.toPlainText(),
        )

    def check_typed(self) -> bool:
        return not self.date_unreadable("decided_on", self.decided_on)


class BudgetLineDialog(AidFormDialog):
    def __init__(
        self,
        save: Callable[[BudgetLineDraft], Any],
        line: BudgetLineRow | None = None,
        *,
        currency: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.what = self.tr("The budget line")
        self.setWindowTitle(self.tr("Budget line"))
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("e.g. Hotel, 4 nights, 12 rooms"))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 2,450.00"))
        self.currency = QLineEdit(currency)
        self.currency.setMaxLength(3)
        self.currency.setFixedWidth(self.fontMetrics().averageCharWidth() * 8)
        money = QWidget()
        row = QHBoxLayout(money)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.messages.wrap("amount", self.amount), 1)
        row.addWidget(self.messages.wrap("currency", self.currency))
        self.field(self.tr("What for"), "description", self.description)
        self.form.addRow(self.tr("Amount"), money)
        if line is not None:
            self.description.setText(line.description)
            self.amount.setText(decimal_text(line.amount))
            self.currency.setText(line.currency)
        self.setMinimumWidth(440)
        self.finish_layout()

    def draft(self) -> BudgetLineDraft:
        amount = typed_number(self.amount.text())
        return BudgetLineDraft(self.description.text(), amount, self.currency.text())


class MoveDialog(AidFormDialog):
    """By how many days, and whether the programme (items, travel, rooms) moves along."""

    def __init__(
        self,
        delegation: DelegationDetail,
        save: Callable[[tuple[int, bool]], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.what = self.tr("The move")
        self.setWindowTitle(self.tr("Move {0}").format(delegation.title))
        self.days = QSpinBox()
        self.days.setRange(-MAX_DAYS, MAX_DAYS)
        self.days.setValue(7)
        self.days.setSuffix(self.tr(" days"))
        self.days.setToolTip(self.tr("Negative: earlier. 7 is a week later."))
        self.with_items = QCheckBox(
            self.tr("Move the programme too (itinerary items, travel and rooms)")
        )
        self.with_items.setChecked(True)
        self.field(self.tr("Move by"), "days", self.days)
        self.field("", "with_items", self.with_items)
        hint = QLabel(
            self.tr(
                "Members' own dates always move with the visit. Times stay the same on the "
                "local clock, also across a change to or from summer time."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.form.addRow("", hint)
        self.setMinimumWidth(460)
        self.finish_layout()

    def draft(self) -> tuple[int, bool]:
        return self.days.value(), self.with_items.isChecked()


class NoteDialog(AidFormDialog):
    """A reason that must be written down: why reopen, why accept a conflict."""

    def __init__(
        self,
        title: str,
        prompt: str,
        save: Callable[[str], Any],
        *,
        field: str = "note",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.what = self.tr("The note")
        self.setWindowTitle(title)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.body.insertWidget(0, label)
        self.note = notes_box(4)
        self.field(self.tr("Why"), field, self.note)
        self.setMinimumWidth(460)
        self.finish_layout()

    def draft(self) -> str:
        return self.note.toPlainText()
