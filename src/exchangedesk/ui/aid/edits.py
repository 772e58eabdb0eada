"""Every edit of the Aid area as an undoable command (``push_edit``).

The service is called first; a refused edit raises and nothing is pushed. Undo and redo call
services again, version-checked against the versions this window itself produced (kept in
``versions``), so a change by someone else in between is refused with a message rather than
overwritten.

What undo means where history may not be rewritten: undoing a status move records a reversal
("undone"), and undoing that reversal moves the shipment forward again — both visible in the
shipment's history, as an auditor expects. Undoing "New campaign" or "New shipment" takes the
record back only while nothing hangs on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import ShipmentStatus
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.aid import campaigns, desk, rates
from exchangedesk.services.aid import contributions as gifts
from exchangedesk.services.aid import shipments as goods
from exchangedesk.services.aid import traceability as trace
from exchangedesk.services.aid.contributions import AllocationRow, ContributionDetail
from exchangedesk.services.aid.shipments import ShipmentDetail
from exchangedesk.services.common.attachments import AttachmentRow
from exchangedesk.ui.formatting import enum_text
from exchangedesk.ui.i18n import translate


class AidEdits:
    """The undoable edits; ``after(kind, id)`` shows the record touched."""

    def __init__(
        self,
        database: Database,
        stack: Callable[[], QUndoStack | None],
        after: Callable[[str, int | None], None],
        parent: QWidget | None = None,
    ) -> None:
        self.database = database
        self._stack, self._after, self._parent = stack, after, parent
        self.versions: dict[tuple[str, int], int] = {}
        self._spare_stack: QUndoStack | None = None

    def _push(self, text: str, apply: Callable, revert: Callable, shown: Callable) -> Any:
        from exchangedesk.ui.undo import push_edit

        stack = self._stack()
        if stack is None:  # a page outside a window (tests): still saved and undoable here
            if self._spare_stack is None:
                self._spare_stack = QUndoStack()
            stack = self._spare_stack
        return push_edit(
            stack, text, apply=apply, revert=revert, after=shown, message_parent=self._parent
        )

    def _seen(self, kind: str, record: Any) -> Any:
        self.versions[(kind, record.id)] = record.version
        return record

    # --- campaigns ------------------------------------------------------------------------

    def add_campaign(self, fields: campaigns.CampaignFields) -> campaigns.CampaignDetail:
        made: dict[str, int] = {}

        def apply() -> campaigns.CampaignDetail:
            detail = self._seen("campaign", campaigns.create_campaign(self.database, fields))
            made["id"] = detail.id
            return detail

        def revert() -> None:
            key = ("campaign", made["id"])
            desk.delete_campaign(self.database, made["id"], expected_version=self.versions[key])

        return self._push(
            translate("AidEdits", "New campaign {0}").format(fields.title.strip()),
            apply,
            revert,
            lambda: self._after("campaign", made.get("id")),
        )

    def change_campaign(
        self, before: campaigns.CampaignDetail, fields: campaigns.CampaignFields
    ) -> campaigns.CampaignDetail:
        self.versions[("campaign", before.id)] = before.version

        def save(to: campaigns.CampaignFields) -> campaigns.CampaignDetail:
            version = self.versions[("campaign", before.id)]
            return self._seen(
                "campaign",
                campaigns.update_campaign(self.database, before.id, to, expected_version=version),
            )

        return self._push(
            translate("AidEdits", "Edit campaign {0}").format(before.fields.title),
            lambda: save(fields),
            lambda: save(before.fields),
            lambda: self._after("campaign", before.id),
        )

    # --- contributions --------------------------------------------------------------------

    def add_contribution(self, fields: gifts.ContributionFields) -> ContributionDetail:
        made: dict[str, int] = {}

        def apply() -> ContributionDetail:
            detail = self._seen("contribution", gifts.create_contribution(self.database, fields))
            made["id"] = detail.id
            return detail

        def revert() -> None:
            version = self.versions[("contribution", made["id"])]
            gifts.delete_contribution(self.database, made["id"], expected_version=version)

        return self._push(
            translate("AidEdits", "New contribution"),
            apply,
            revert,
            lambda: self._after("campaign", fields.campaign_id),
        )

    def change_contribution(
        self, before: ContributionDetail, fields: gifts.ContributionFields
    ) -> ContributionDetail:
        self.versions[("contribution", before.id)] = before.version

        def save(to: gifts.ContributionFields) -> ContributionDetail:
            version = self.versions[("contribution", before.id)]
            return self._seen(
                "contribution",
                gifts.update_contribution(self.database, before.id, to, expected_version=version),
            )

        return self._push(
            translate("AidEdits", "Edit contribution from {0}").format(before.donor_name),
            lambda: save(fields),
            lambda: save(before.fields),
            lambda: self._after("campaign", before.fields.campaign_id),
        )

    def delete_contribution(self, before: ContributionDetail) -> None:
        current = {"id": before.id, "version": before.version}

        def apply() -> None:
            gifts.delete_contribution(
                self.database, current["id"], expected_version=current["version"]
            )

        def revert() -> None:
            again = gifts.create_contribution(self.database, before.fields)
            current.update(id=again.id, version=again.version)

        self._push(
            translate("AidEdits", "Delete contribution from {0}").format(before.donor_name),
            apply,
            revert,
            lambda: self._after("campaign", before.fields.campaign_id),
        )

    # --- allocations ----------------------------------------------------------------------

    def allocate(
        self, contribution: ContributionDetail, shipment_id: int, reference: str, amount: Any
    ) -> AllocationRow:
        made: dict[str, int] = {}

        def apply() -> AllocationRow:
            row = trace.allocate(self.database, contribution.id, shipment_id, amount)
            made["id"] = row.id
            return row

        return self._push(
            translate("AidEdits", "Allocate {0} from {1} to {2}").format(
                amount, contribution.donor_name, reference
            ),
            apply,
            lambda: trace.remove_allocation(self.database, made["id"]),
            lambda: self._after("campaign", contribution.fields.campaign_id),
        )

    def take_back_allocation(self, allocation: AllocationRow, campaign_id: int) -> None:
        current = {"id": allocation.id}

        def apply() -> None:
            trace.remove_allocation(self.database, current["id"])

        def revert() -> None:
            row = trace.allocate(
                self.database,
                allocation.contribution_id,
                allocation.shipment_id,
                allocation.amount.amount,
            )
            current["id"] = row.id

        self._push(
            translate("AidEdits", "Take back {0} from {1}").format(
                allocation.amount, allocation.shipment_reference
            ),
            apply,
            revert,
            lambda: self._after("shipment", allocation.shipment_id),
        )

    # --- shipments ------------------------------------------------------------------------

    def add_shipment(
        self, fields: goods.ShipmentFields, planned_on: dt.date | None
    ) -> ShipmentDetail:
        made: dict[str, int] = {}
        if planned_on is None:
            raise ValidationError(
                "planned_on", translate("AidEdits", "Give the day the shipment was planned.")
            )

        def apply() -> ShipmentDetail:
            detail = self._seen(
                "shipment", goods.create_shipment(self.database, fields, planned_on=planned_on)
            )
            made["id"] = detail.id
            return detail

        def revert() -> None:
            version = self.versions[("shipment", made["id"])]
            desk.delete_shipment(self.database, made["id"], expected_version=version)

        return self._push(
            translate("AidEdits", "New shipment {0}").format(fields.reference.strip()),
            apply,
            revert,
            lambda: self._after("shipment", made.get("id")),
        )

    def change_shipment(
        self, before: ShipmentDetail, fields: goods.ShipmentFields
    ) -> ShipmentDetail:
        self.versions[("shipment", before.id)] = before.version

        def save(to: goods.ShipmentFields) -> ShipmentDetail:
            version = self.versions[("shipment", before.id)]
            return self._seen(
                "shipment",
                goods.update_shipment(self.database, before.id, to, expected_version=version),
            )

        return self._push(
            translate("AidEdits", "Edit shipment {0}").format(before.fields.reference),
            lambda: save(fields),
            lambda: save(before.fields),
            lambda: self._after("shipment", before.id),
        )

    def advance(
        self, before: ShipmentDetail, to: ShipmentStatus, on: dt.date | None, note: str
    ) -> ShipmentDetail:
        self.versions[("shipment", before.id)] = before.version
        day = on

        def apply() -> ShipmentDetail:
            version = self.versions[("shipment", before.id)]
            return self._seen(
                "shipment",
                goods.advance_shipment(
                    self.database, before.id, to, day, note=note, expected_version=version
                ),
            )

        def revert() -> None:
            version = self.versions[("shipment", before.id)]
            self._seen(
                "shipment",
                goods.record_reversal(
                    self.database,
                    before.id,
                    day,  # type: ignore[arg-type]
                    note=translate("AidEdits", "Undone: marked {0} by mistake").format(
                        enum_text(to).lower()
                    ),
                    expected_version=version,
                ),
            )

        return self._push(
            translate("AidEdits", "{0}: {1}").format(before.fields.reference, enum_text(to).lower()),
            apply,
            revert,
            lambda: self._after("shipment", before.id),
        )

    def correct(self, before: ShipmentDetail, on: dt.date | None, reason: str) -> ShipmentDetail:
        self.versions[("shipment", before.id)] = before.version
        latest = before.status

        def apply() -> ShipmentDetail:
            version = self.versions[("shipment", before.id)]
            return self._seen(
                "shipment",
                goods.record_reversal(
                    self.database,
                    before.id,
                    on,
                    note=reason,
                    expected_version=version,  # type: ignore[arg-type]
                ),
            )

        def revert() -> None:
            version = self.versions[("shipment", before.id)]
            self._seen(
                "shipment",
                goods.advance_shipment(
                    self.database,
                    before.id,
                    latest,
                    on,  # type: ignore[arg-type]
                    note=translate("AidEdits", "Correction undone"),
                    expected_version=version,
                ),
            )

        return self._push(
            translate("AidEdits", "{0}: correction of “{1}”").format(
                before.fields.reference, enum_text(latest).lower()
            ),
            apply,
            revert,
            lambda: self._after("shipment", before.id),
        )

    def attach_confirmation(self, shipment: ShipmentDetail, path: Path) -> AttachmentRow:
        made: dict[str, int] = {}

        def apply() -> AttachmentRow:
            if "id" in made:  # redo: the file is still stored, only marked removed
                desk.remove_delivery_confirmation(self.database, made["id"], removed=False)
                return None  # type: ignore[return-value]
            row = desk.attach_delivery_confirmation(self.database, shipment.id, path)
            made["id"] = row.id
            return row

        return self._push(
            translate("AidEdits", "Attach {0} to {1}").format(path.name, shipment.fields.reference),
            apply,
            lambda: desk.remove_delivery_confirmation(self.database, made["id"], removed=True),
            lambda: self._after("shipment", shipment.id),
        )

    def remove_confirmation(self, row: AttachmentRow, shipment_id: int) -> None:
        self._push(
            translate("AidEdits", "Remove {0}").format(row.shown_name),
            lambda: desk.remove_delivery_confirmation(self.database, row.id, removed=True),
            lambda: desk.remove_delivery_confirmation(self.database, row.id, removed=False),
            lambda: self._after("shipment", shipment_id),
        )

    # --- exchange rates -------------------------------------------------------------------

    def add_rate(self, currency: str, valid_on: dt.date | None, rate: Any, source: str) -> Any:
        made: dict[str, int] = {}

        def apply() -> rates.ExchangeRateRow:
            row = rates.add_exchange_rate(self.database, currency, valid_on, rate, source=source)  # type: ignore[arg-type]
            made["id"] = row.id
            return row

        return self._push(
            translate("AidEdits", "Add rate for {0}").format(currency.strip().upper()),
            apply,
            lambda: rates.delete_exchange_rate(self.database, made["id"]),
            lambda: self._after("rates", None),
        )

    def remove_rate(self, row: rates.ExchangeRateRow) -> None:
        current = {"id": row.id}

        def apply() -> None:
            rates.delete_exchange_rate(self.database, current["id"])

        def revert() -> None:
            again = rates.add_exchange_rate(
                self.database,
                row.currency,
                row.valid_on,
                row.rate,
                source=row.source,
                base_currency=row.base_currency,
            )
            current["id"] = again.id

        self._push(
            translate("AidEdits", "Remove rate for {0} from {1}").format(
                row.currency, row.valid_on.isoformat()
            ),
            apply,
            revert,
            lambda: self._after("rates", None),
        )
