"""What the Aid area's buttons open: the editors and dialogs, each saving through
:class:`~exchangedesk.ui.aid.edits.AidEdits` so every change can be undone.

The page keeps the dialog open now in ``self.dialog`` (tests reach it there). A dialog is
opened window-modal with ``open()``; it saves on Save and stays open, showing the message
beside the field, when the service refuses.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.services.aid.campaigns import get_campaign
from exchangedesk.services.aid.contributions import get_contribution
from exchangedesk.services.aid.desk import campaign_shipments
from exchangedesk.services.aid.rates import base_currency
from exchangedesk.services.aid.shipments import get_shipment
from exchangedesk.services.common.attachments import copy_for_viewing, get_attachment
from exchangedesk.ui.aid.allocation import AllocationDialog
from exchangedesk.ui.aid.campaign_editor import CampaignEditor
from exchangedesk.ui.aid.contribution_editor import ContributionEditor
from exchangedesk.ui.aid.edits import AidEdits
from exchangedesk.ui.aid.rate_dialog import ExchangeRatesDialog
from exchangedesk.ui.aid.shipment_editor import ShipmentEditor
from exchangedesk.ui.aid.shipment_status import AdvanceStatusDialog, CorrectionDialog
from exchangedesk.ui.aid.traceability import CityDeliveryDialog, DonorTraceDialog
from exchangedesk.ui.dialogs import confirm, open_dialog


class AidActions:
    """Mixed into the Aid page, which provides ``database``, ``edits``, ``campaign_pane``,
    ``shipment_pane``, ``today`` and ``show_shipment``."""

    dialog: QDialog | None = None
    edits: AidEdits
    today: dt.date | None = None
    _viewing_folder: tempfile.TemporaryDirectory | None = None

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        open_dialog(dialog)
        return dialog

    def _warn(self, title: str, error: BaseException) -> None:
        QMessageBox.warning(self, title, str(error))  # type: ignore[arg-type]

    def _day(self) -> dt.date:
        return self.today or dt.date.today()

    # --- campaigns ------------------------------------------------------------------------

    def new_campaign(self) -> None:
        if not self.database.read_only:
            self._open(
                CampaignEditor(
                    self.database, self.edits.add_campaign, today=self._day(), parent=self
                )
            )

    def edit_campaign(self) -> None:
        detail = self.campaign_pane.detail
        if detail is None or self.database.read_only:
            return
        try:
            detail = get_campaign(self.database, detail.id)
        except ExchangeDeskError as gone:
            self._warn(self.tr("This campaign cannot be opened"), gone)
            return
        self._open(
            CampaignEditor(
                self.database,
                lambda fields: self.edits.change_campaign(detail, fields),
                detail,
                today=self._day(),
                parent=self,
            )
        )

    def show_reached(self) -> None:
        detail = self.campaign_pane.detail
        if detail is not None:
            self._open(CityDeliveryDialog(self.database, detail.id, parent=self))

    def show_rates(self) -> None:
        self._open(
            ExchangeRatesDialog(
                self.database,
                self.edits.add_rate,
                self.edits.remove_rate,
                today=self.today,
                parent=self,
            )
        )

    def trace_donor(self, contribution_id: int | None = None) -> None:
        donor = None
        if contribution_id is not None:
            donor = get_contribution(self.database, contribution_id).fields.donor
        self._open(DonorTraceDialog(self.database, donor, parent=self))

    # --- contributions --------------------------------------------------------------------

    def add_contribution(self) -> None:
        detail = self.campaign_pane.detail
        if detail is None or self.database.read_only:
            return
        self._open(
            ContributionEditor(
                self.database,
                self.edits.add_contribution,
                detail.id,
                detail.fields.title,
                parent=self,
            )
        )

    def edit_contribution(self, contribution_id: int) -> None:
        if self.database.read_only:
            return
        before = get_contribution(self.database, contribution_id)
        self._open(
            ContributionEditor(
                self.database,
                lambda fields: self.edits.change_contribution(before, fields),
                before.fields.campaign_id,
                before.campaign,
                before,
                parent=self,
            )
        )

    def delete_contribution(self, contribution_id: int) -> bool:
        before = get_contribution(self.database, contribution_id)
        if not confirm.ask(
            self,
            self.tr("Delete this contribution?"),
            self.tr("{0} from {1} will be removed from the register (Undo brings it back).").format(
                before.amount, before.donor_name
            ),
            self.tr("Delete"),
            self.tr("Keep it"),
        ):
            return False
        try:
            self.edits.delete_contribution(before)
        except ExchangeDeskError as refused:
            self._warn(self.tr("The contribution is kept"), refused)
            return False
        return True

    def allocate(self, contribution_id: int, shipment_id: int | None = None) -> None:
        if self.database.read_only:
            return
        contribution = get_contribution(self.database, contribution_id)
        shipments = campaign_shipments(self.database, contribution.fields.campaign_id)
        self._open(
            AllocationDialog(
                contribution,
                shipments,
                lambda draft: self.edits.allocate(
                    contribution, draft.shipment_id, draft.shipment_reference, draft.amount
                ),
                shipment_id=shipment_id,
                parent=self,
            )
        )

    def take_back(self, contribution_id: int, allocation_id: int) -> None:
        contribution = get_contribution(self.database, contribution_id)
        for allocation in contribution.allocations:
            if allocation.id == allocation_id:
                try:
                    self.edits.take_back_allocation(allocation, contribution.fields.campaign_id)
                except ExchangeDeskError as refused:
                    self._warn(self.tr("The allocation is kept"), refused)
                return

    # --- shipments ------------------------------------------------------------------------

    def new_shipment(self, campaign_id: int | None = None) -> None:
        if self.database.read_only:
            return
        if campaign_id is None and self.campaign_pane.detail is not None:
            campaign_id = self.campaign_pane.detail.id
        if campaign_id is None:
            return
        campaign = get_campaign(self.database, campaign_id)
        currency = base_currency(self.database)

        def save(draft: tuple) -> Any:
            saved = self.edits.add_shipment(*draft)
            self.show_shipment(saved.id)
            return saved

        self._open(
            ShipmentEditor(
                save, campaign.id, campaign.fields.title, currency, today=self._day(), parent=self
            )
        )

    def _shipment(self) -> Any:
        detail = self.shipment_pane.detail
        if detail is None:
            return None
        try:
            return get_shipment(self.database, detail.id)
        except ExchangeDeskError as gone:
            self._warn(self.tr("This shipment cannot be opened"), gone)
            return None

    def edit_shipment(self) -> None:
        detail = self._shipment()
        if detail is None or self.database.read_only:
            return
        self._open(
            ShipmentEditor(
                lambda draft: self.edits.change_shipment(detail, draft[0]),
                detail.fields.campaign_id,
                detail.campaign,
                base_currency(self.database),
                detail,
                parent=self,
            )
        )

    def advance_status(self) -> None:
        detail = self._shipment()
        if detail is None or self.database.read_only or not detail.next_statuses:
            return
        self._open(
            AdvanceStatusDialog(
                detail,
                lambda step: self.edits.advance(detail, step.to_status, step.on_date, step.note),
                today=self._day(),
                parent=self,
            )
        )

    def record_correction(self) -> None:
        detail = self._shipment()
        if detail is None or self.database.read_only or not detail.can_reverse:
            return
        self._open(
            CorrectionDialog(
                detail,
                lambda step: self.edits.correct(detail, step.on_date, step.note),
                today=self._day(),
                parent=self,
            )
        )

    def attach_confirmation(self, path: Path | None = None) -> None:
        detail = self._shipment()
        if detail is None or self.database.read_only:
            return
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("The signed delivery confirmation of {0}").format(detail.fields.reference),
                "",
                self.tr(
                    "Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"
                ),
            )
            if not chosen:
                return
            path = Path(chosen)
        try:
            self.edits.attach_confirmation(detail, path)
        except (ExchangeDeskError, OSError) as failed:
            self._warn(self.tr("The document was not attached"), failed)

    def open_document(self, attachment_id: int) -> None:
        if self._viewing_folder is None:
            self._viewing_folder = tempfile.TemporaryDirectory(prefix="exchangedesk-view-")
        try:
            copy = copy_for_viewing(
                self.database, attachment_id, Path(self._viewing_folder.name) / str(attachment_id)
            )
        except (ExchangeDeskError, OSError) as failed:
            self._warn(self.tr("The document cannot be opened"), failed)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def remove_document(self, attachment_id: int) -> None:
        detail = self.shipment_pane.detail
        if detail is None:
            return
        row = get_attachment(self.database, attachment_id)
        try:
            self.edits.remove_confirmation(row, detail.id)
        except ExchangeDeskError as refused:
            self._warn(self.tr("The document is kept"), refused)
