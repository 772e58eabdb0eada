"""The contribution editor: who gave (a person, an organisation, a name in words, or nobody
named), how much in which ISO 4217 currency, when, and the receipt issued.

The amount is typed as text and handed on as an exact decimal: never a float. What is wrong
with it — too many decimals for the currency, zero, a code that is no currency — is said by the
service beside the field, and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.services.aid.contributions import ContributionDetail, ContributionFields, Donor
from exchangedesk.services.aid.rates import base_currency
from exchangedesk.services.people.lists import find_people
from exchangedesk.services.people.organisations import find_organisations
from exchangedesk.ui.aid.form import AidFormDialog, decimal_text, notes_box, typed_number
from exchangedesk.ui.dialogs.record_fields import Choice, DateField, LookupField

PERSON, ORGANISATION, NAMED, ANONYMOUS = range(4)


class ContributionEditor(AidFormDialog):
    def __init__(
        self,
        database: Database,
        save: Callable[[ContributionFields], Any],
        campaign_id: int,
        campaign_title: str,
        detail: ContributionDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.database = database
        self.campaign_id = campaign_id
        self.detail = detail
        self.what = self.tr("The contribution")
        self.setWindowTitle(
            self.tr("New contribution to {0}").format(campaign_title)
            if detail is None
            else self.tr("Contribution from {0}").format(detail.donor_name)
        )
        self.donor_kind = QComboBox()
        for label in (
            self.tr("A person"),
            self.tr("An organisation"),
            self.tr("A name in words"),
            self.tr("Anonymous"),
        ):
            self.donor_kind.addItem(label)
        self.person = LookupField(
            lambda text: [Choice(p.id, p.label) for p in find_people(database, text)],
            self.tr("Type part of the person's name"),
        )
        self.organisation = LookupField(
            lambda text: [Choice(o.id, o.label) for o in find_organisations(database, text)],
            self.tr("Type part of the organisation's name"),
        )
        self.donor_text = QLineEdit()
        self.donor_text.setPlaceholderText(self.tr("e.g. Workers' collection at the works"))
        nobody = QLabel(self.tr("No name is kept; no receipt is needed."))
        nobody.setEnabled(False)
        self.donor_stack = QStackedWidget()
        for widget in (self.person, self.organisation, self.donor_text, nobody):
            self.donor_stack.addWidget(widget)
        self.donor_kind.currentIndexChanged.connect(self.donor_stack.setCurrentIndex)
        donor = QWidget()
        donor_layout = QVBoxLayout(donor)
        donor_layout.setContentsMargins(0, 0, 0, 0)
        donor_layout.addWidget(self.donor_kind)
        donor_layout.addWidget(self.donor_stack)

        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 150.00"))
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setToolTip(self.tr("ISO 4217 code: GBP, EUR, RUB, USD…"))
        self.currency.setFixedWidth(self.fontMetrics().averageCharWidth() * 8)
        money = QWidget()
        money_row = QHBoxLayout(money)
        money_row.setContentsMargins(0, 0, 0, 0)
        money_row.addWidget(self.messages.wrap("amount", self.amount), 1)
        money_row.addWidget(self.messages.wrap("currency", self.currency))
        self.received_on = DateField()
        self.received_on.edit.setPlaceholderText(
            self.tr("the day the money came, e.g. 28 Aug 2002")
        )
        self.receipt_number = QLineEdit()
        self.receipt_number.setPlaceholderText(self.tr("empty until a receipt is issued"))
        self.receipt_issued_on = DateField()
        self.receipt_issued_on.edit.setPlaceholderText(self.tr("the day the receipt was issued"))
        self.notes = notes_box(3)

        self.field(self.tr("Donor"), "donor", donor)
        self.form.addRow(self.tr("Amount"), money)
        self.field(self.tr("Received on"), "received_on", self.received_on)
        self.field(self.tr("Receipt number"), "receipt_number", self.receipt_number)
        self.field(self.tr("Receipt issued"), "receipt_issued_on", self.receipt_issued_on)
        self.field(self.tr("Notes"), "notes", self.notes)
        self.setMinimumWidth(540)
        self._fill(detail)
        self.finish_layout()

    def _fill(self, detail: ContributionDetail | None) -> None:
        if detail is None:
            self.currency.setText(base_currency(self.database))
            return
        fields = detail.fields
        donor = fields.donor
        if donor.anonymous:
            self.donor_kind.setCurrentIndex(ANONYMOUS)
        elif donor.person_id is not None:
            self.donor_kind.setCurrentIndex(PERSON)
            self.person.set_choice(donor.person_id, detail.donor_name)
        elif donor.organisation_id is not None:
            self.donor_kind.setCurrentIndex(ORGANISATION)
            self.organisation.set_choice(donor.organisation_id, detail.donor_name)
        else:
            self.donor_kind.setCurrentIndex(NAMED)
            self.donor_text.setText(donor.text or "")
        self.amount.setText(decimal_text(fields.amount))
        self.currency.setText(fields.currency)
        self.received_on.set_value(fields.received_on)
        self.receipt_number.setText(fields.receipt_number or "")
        self.receipt_issued_on.set_value(fields.receipt_issued_on)
        self.notes.setPlainText(fields.notes or "")

    def donor(self) -> Donor:
        kind = self.donor_kind.currentIndex()
        if kind == PERSON:
            return Donor(person_id=self.person.chosen_id)
        if kind == ORGANISATION:
            return Donor(organisation_id=self.organisation.chosen_id)
        if kind == NAMED:
            return Donor(text=self.donor_text.text())
        return Donor(anonymous=True)

    def draft(self) -> ContributionFields:
        return ContributionFields(
            campaign_id=self.campaign_id,
            donor=self.donor(),
            amount=typed_number(self.amount.text()),
            currency=self.currency.text(),
            received_on=self.received_on.value(),  # type: ignore[arg-type]
            receipt_number=self.receipt_number.text(),
            receipt_issued_on=self.receipt_issued_on.value(),
            notes=self.notes.toPlainText(),
        )

    def check_typed(self) -> bool:
        kind = self.donor_kind.currentIndex()
        lookup = {PERSON: self.person, ORGANISATION: self.organisation}.get(kind)
        if lookup is not None and lookup.chosen_id is None:
            self.messages.show(
                "donor",
                self.tr(
                    "Pick the donor from the suggestions as you type, or choose “A name in words”."
                ),
            )
            lookup.setFocus()
            return False
        return not (
            self.date_unreadable("received_on", self.received_on)
            or self.date_unreadable("receipt_issued_on", self.receipt_issued_on)
        )
