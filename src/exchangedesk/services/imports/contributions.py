"""Importing contributions: a donor list from a collection, a bank statement or the treasurer.

* **Donor**: a person in the register (their folded given and family name), else an
  organisation (its folded name), else the name in words ("Coventry miners' federation");
  "Anonymous" (Anonym, Anonyme, Аноним) is an anonymous gift. A list with separate given and
  family name columns gives the donor's whole name. A name several people share is refused
  rather than given to one of them.
* **Campaign**: by its folded title, or the campaign chosen for the whole file.
* **Amount** in the file's decimal sign (services/imports/run.py reads the rule once for the
  file: interchange/cell_values.py), exact, with no more decimals than its currency has.
* **Dates** ISO or in the file's order (day first unless the file shows otherwise).
* A **duplicate** is the same receipt number, or without one the same campaign, donor, day,
  amount and currency: importing a list twice adds nothing the second time.

Every check is the Aid editor's (services/aid/contributions.py), so an imported gift is one the
editor could have saved.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchangedesk.db.models import AidCampaign, Allocation, Contribution, Organisation, Person
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.money import check_currency
from exchangedesk.domain.text import fold
from exchangedesk.interchange.cell_values import CURRENCY_SIGNS
from exchangedesk.services.aid.contributions import ContributionFields, Donor
from exchangedesk.services.aid.contributions import _apply as apply_contribution
from exchangedesk.services.imports.rules import KindRules, NameIndex, text

ANONYMOUS = {"anonymous", "anon", "anonym", "anonyme", "аноним", "анонимно", "n.n.", "nn"}


def _key(fields: ContributionFields) -> tuple[Any, ...]:
    donor = fields.donor
    return (
        fields.campaign_id,
        donor.person_id,
        donor.organisation_id,
        fold(donor.text or "").strip(),
        donor.anonymous,
        fields.received_on,
        Decimal(fields.amount).normalize(),
        fields.currency,
    )


class ContributionRules(KindRules):
    entity, model, plural = "contribution", Contribution, "contributions"

    def __init__(self, session: Session, actor: str) -> None:
        super().__init__(session)
        self.actor = actor
        # Held, so that the editor's check of the campaign finds it in the session's (weak)
        # identity map instead of reading it again for every row.
        self.held = list(session.scalars(select(AidCampaign)))
        self.campaigns = NameIndex(((c.id, c.title) for c in self.held), "campaign", "campaign")
        people = session.execute(select(Person.id, Person.given_name, Person.family_name))
        self.people = NameIndex(
            ((i, f"{given} {family}".strip()) for i, given, family in people), "person", "donor"
        )
        self.organisations = NameIndex(
            session.execute(select(Organisation.id, Organisation.name)), "organisation", "donor"
        )
        self.receipts: dict[str, int | Contribution] = {}
        self.known: dict[tuple[Any, ...], int | Contribution] = {}
        for record in session.scalars(select(Contribution).order_by(Contribution.id)):
            self._know(record.id, self.draft_of(record))

    def choose_within(self, record_id: int | None) -> None:
        if record_id is not None and self.session.get(AidCampaign, record_id) is None:
            raise ValidationError("campaign", f"there is no aid campaign #{record_id}")
        self.within = record_id

    def _know(self, record: int | Contribution, fields: ContributionFields) -> None:
        if fields.receipt_number:
            self.receipts.setdefault(fields.receipt_number.casefold(), record)
        self.known.setdefault(_key(fields), record)

    def _donor(self, cell: str) -> Donor:
        if fold(cell).strip() in ANONYMOUS:
            return Donor.unnamed()
        for index, make in ((self.people, Donor.person), (self.organisations, Donor.organisation)):
            try:
                return make(index.find(cell, None))
            except ValidationError as exc:
                if "is not in the register" not in exc.message:
                    raise  # a name several records share
        return Donor.named(cell)

    def draft(
        self,
        values: dict[str, str],
        base: ContributionFields | None,
        mapped: set[str],
        clear: bool,
    ) -> ContributionFields:
        cells = self.cells
        donor_cell = values.get("donor", "")
        given = values.get("given_name", "")
        if values.get("family_name"):
            donor_cell = f"{given} {values['family_name']}".strip()
        elif given and donor_cell:
            donor_cell = f"{given} {donor_cell}"  # "Vorname" beside "Name"
        if donor_cell:
            donor = self._donor(donor_cell)
        elif base is not None and not ({"donor", "family_name"} & mapped and clear):
            donor = base.donor
        else:
            raise ValidationError("donor", "say who gave, or write 'Anonymous'")
        if values.get("campaign"):
            current = base.campaign_id if base else None
            campaign_id = self.campaigns.find(values["campaign"], current)
            if self.within is not None and campaign_id != self.within:
                raise ValidationError(
                    "campaign", f"'{values['campaign']}' is not the campaign chosen for the file"
                )
        elif base is not None:
            campaign_id = base.campaign_id
        elif self.within is not None:
            campaign_id = self.within
        else:
            raise ValidationError("campaign", "name the aid campaign the money was given to")
        currency = values.get("currency") or (base.currency if base else "")
        amount: Decimal | str = base.amount if base else ""
        if values.get("amount"):
            amount_cell = values["amount"]
            amount = cells.decimal(amount_cell, "amount")
            signs = [code for sign, code in CURRENCY_SIGNS.items() if sign in amount_cell]
            if not values.get("currency") and signs:
                currency = signs[0]  # "£12.50" with no currency column
        received = base.received_on if base else None
        if values.get("received_on"):
            received = cells.date(values["received_on"], "received_on")
        issued = base.receipt_issued_on if base else None
        if values.get("receipt_issued_on"):
            issued = cells.date(values["receipt_issued_on"], "receipt_issued_on")
        elif "receipt_issued_on" in mapped and clear:
            issued = None
        if not currency:
            raise ValidationError("currency", "give the currency as an ISO 4217 code, e.g. GBP")
        return ContributionFields(
            campaign_id=campaign_id,
            donor=donor,
            amount=amount,
            currency=check_currency(currency),
            received_on=received,  # type: ignore[arg-type]  # checked by validate
            receipt_number=text(
                values, "receipt_number", base.receipt_number if base else None, mapped, clear
            ),  # fmt: skip
            receipt_issued_on=issued,
            notes=text(values, "notes", base.notes if base else None, mapped, clear),
        )

    def validate(self, draft: ContributionFields) -> ContributionFields:
        # The editor's own checks, on a record not added to the session (nothing is written).
        # A receipt number already in the register is the duplicate's, not a clash: the
        # duplicate rule (skip, merge, create) decides what happens to the row.
        probe = Contribution()
        with self.session.no_autoflush:  # one flush at the end, not one per row
            return self._validate(probe, draft)

    def _validate(self, probe: Contribution, draft: ContributionFields) -> ContributionFields:
        if draft.receipt_number and draft.receipt_number.casefold() in self.receipts:
            apply_contribution(self.session, probe,
                               dataclasses.replace(draft, receipt_number=None,
                                                   receipt_issued_on=None))  # fmt: skip
            if draft.receipt_issued_on is None:
                raise ValidationError("receipt_issued_on", "Give the day the receipt was issued.")
            probe.receipt_number = draft.receipt_number.strip()
        else:
            apply_contribution(self.session, probe, draft)
        return dataclasses.replace(
            draft,
            amount=probe.amount,
            currency=probe.currency,
            receipt_number=probe.receipt_number,
            notes=probe.notes,
            donor=Donor(
                probe.donor_person_id,
                probe.donor_organisation_id,
                probe.donor_text,
                probe.anonymous,
            ),  # fmt: skip
        )

    def draft_of(self, record: Contribution) -> ContributionFields:
        return ContributionFields(
            campaign_id=record.campaign_id,
            donor=Donor(
                record.donor_person_id,
                record.donor_organisation_id,
                record.donor_text,
                record.anonymous,
            ),  # fmt: skip
            amount=record.amount,
            currency=record.currency,
            received_on=record.received_on,
            receipt_number=record.receipt_number,
            receipt_issued_on=record.receipt_issued_on,
            notes=record.notes,
        )

    def duplicate(self, draft: ContributionFields) -> Contribution | None:
        found = None
        if draft.receipt_number:
            found = self.receipts.get(draft.receipt_number.casefold())
        if found is None:
            found = self.known.get(_key(draft))
        if isinstance(found, int):
            return self.session.get(Contribution, found)
        return found

    def describe(self, draft: ContributionFields) -> str:
        donor = draft.donor
        who = "anonymous" if donor.anonymous else donor.text or "a donor in the register"
        return f"{draft.amount} {draft.currency} from {who} on {draft.received_on}"

    def create(self, draft: ContributionFields) -> Contribution:
        receipt = draft.receipt_number
        if receipt and receipt.casefold() in self.receipts:  # the rule "create" for a duplicate
            raise ValidationError(
                "receipt_number", f"Receipt number {receipt} is already used by another gift."
            )
        record = Contribution()
        with self.session.no_autoflush:  # the receipt was checked against this file just now
            apply_contribution(self.session, record, draft)
        self.session.add(record)
        return record

    def update(self, record: Contribution, draft: ContributionFields) -> list[str]:
        before = self.draft_of(record)
        if _same(before, draft):
            return []
        apply_contribution(self.session, record, draft)
        return [f.name for f in dataclasses.fields(draft)
                if getattr(before, f.name) != getattr(draft, f.name)]  # fmt: skip

    def remember(self, record: Contribution, draft: ContributionFields) -> None:
        self._know(record, draft)

    def removable(self, record: Contribution) -> str | None:
        if self.session.scalar(
            select(Allocation.id).where(Allocation.contribution_id == record.id)
        ):
            return f"Contribution #{record.id} is allocated to a shipment by now"
        return None


def _same(a: ContributionFields, b: ContributionFields) -> bool:
    return dataclasses.replace(a, amount=Decimal(a.amount).normalize()) == dataclasses.replace(
        b, amount=Decimal(b.amount).normalize()
    )
