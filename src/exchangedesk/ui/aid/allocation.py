"""Allocating part of a contribution to a shipment: money spent on the goods it carries.

The dialog shows what the contribution gave, what is already spent and on what, and what is
left; the amount is offered as what is left. More than that is refused by the service, whose
message (naming what is left) appears beside the amount.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from exchangedesk.services.aid.contributions import ContributionDetail
from exchangedesk.services.aid.lists import ShipmentRow
from exchangedesk.ui.aid.form import AidFormDialog, decimal_text, typed_number
from exchangedesk.ui.formatting import date_text, enum_text, money_text


@dataclass(frozen=True)
class AllocationDraft:
    shipment_id: int | None
    shipment_reference: str
    amount: Decimal | str


class AllocationDialog(AidFormDialog):
    def __init__(
        self,
        contribution: ContributionDetail,
        shipments: Sequence[ShipmentRow],
        save: Callable[[AllocationDraft], Any],
        *,
        shipment_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.what = self.tr("The allocation")
        self.setWindowTitle(self.tr("Allocate money from {0}").format(contribution.donor_name))
        left = contribution.unallocated
        given = QLabel(
            self.tr("{0}, received {1}").format(
                money_text(contribution.amount.amount, contribution.amount.currency),
                date_text(contribution.fields.received_on),
            )
        )
        spent = "<br>".join(
            self.tr("{0} to {1} ({2})").format(
                money_text(a.amount.amount, a.amount.currency),
                a.shipment_reference,
                enum_text(a.shipment_status).lower(),
            )
            for a in contribution.allocations
        ) or self.tr("nothing yet")
        self.remaining = QLabel(
            self.tr("<b>{0}</b> left to allocate").format(money_text(left.amount, left.currency))
        )
        self.remaining.setObjectName("remaining")
        self.shipment = QComboBox()
        for row in shipments:
            self.shipment.addItem(f"{row.reference} — {enum_text(row.status).lower()}", row.id)
        if shipment_id is not None:
            self.shipment.setCurrentIndex(max(0, self.shipment.findData(shipment_id)))
        self.amount = QLineEdit(decimal_text(left.amount) if left.amount > 0 else "")
        self.amount.setPlaceholderText(self.tr("in {0}").format(left.currency))
        self.form.addRow(self.tr("Contribution"), given)
        self.form.addRow(self.tr("Already allocated"), QLabel(spent))
        self.form.addRow("", self.remaining)
        self.field(self.tr("To shipment"), "shipment_id", self.shipment)
        self.field(self.tr("Amount ({0})").format(left.currency), "amount", self.amount)
        if left.amount <= 0:
            self.show_banner(self.tr("All of this contribution is already allocated."))
            self.buttons.button(self.buttons.StandardButton.Save).setEnabled(False)
        elif not shipments:
            self.show_banner(self.tr("The campaign has no shipment yet: add one first."))
            self.buttons.button(self.buttons.StandardButton.Save).setEnabled(False)
        self.setMinimumWidth(480)
        self.finish_layout()

    def draft(self) -> AllocationDraft:
        return AllocationDraft(
            self.shipment.currentData(),
            self.shipment.currentText().split(" — ")[0],
            typed_number(self.amount.text()),
        )
