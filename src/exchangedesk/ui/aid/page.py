"""The Aid area: Campaigns | Shipments, each a list with its pane, and the area's own buttons
(New campaign…, Exchange rates…, Where did my money go?…).

Each list is the generic :class:`ListPage` with its pane replaced by the campaign or shipment
pane; every button of the panes lands in :class:`AidActions`, which opens the dialogs and saves
through the undo stack.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from exchangedesk.db.session import Database
from exchangedesk.services.aid.desk import campaign_shipments
from exchangedesk.ui.aid.actions import AidActions
from exchangedesk.ui.aid.campaign_pane import CampaignPane
from exchangedesk.ui.aid.edits import AidEdits
from exchangedesk.ui.aid.shipment_pane import ShipmentPane
from exchangedesk.ui.areas.base import AreaPage, ListSpec
from exchangedesk.ui.areas.list_page import ListPage, TabbedListPage
from exchangedesk.ui.theme import icon


class AidList(ListPage):
    """A list whose pane is given (a campaign or a shipment pane), kept across reloads."""

    def __init__(self, spec: ListSpec, database: Database, pane: QWidget) -> None:
        super().__init__(spec, database)
        self.replace_detail(pane)  # show_row() is what the page calls
        self.splitter.setSizes([560, 600])  # the pane holds tables: give it the room

    def select_id(self, record_id: int | None) -> bool:
        if record_id is None:
            return False
        for row in range(self.model.rowCount()):
            if getattr(self.model.row_at(row), "id", None) == record_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return False


class AidPage(AidActions, TabbedListPage):
    today: dt.date | None = None  # tests fix the day; None is the real today

    def __init__(
        self, specs: Sequence[ListSpec], database: Database, parent: QWidget | None = None
    ) -> None:
        AreaPage.__init__(self, parent)
        self.database = database
        self.undo_stack = None
        self.edits = AidEdits(database, lambda: self.undo_stack, self._after_edit, self)
        self.campaign_pane = CampaignPane(database, specs[0].select_prompt)
        self.shipment_pane = ShipmentPane(database, specs[1].select_prompt)
        self.campaigns = AidList(specs[0], database, self.campaign_pane)
        self.shipments = AidList(specs[1], database, self.shipment_pane)
        self.lists = [self.campaigns, self.shipments]
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for page in self.lists:
            self.tabs.addTab(page, icon(page.spec.icon), page.spec.title)
            page.status_changed.connect(self.status_changed)
            page.message.connect(self.message)
        self.tabs.currentChanged.connect(lambda _index: self.status_changed.emit())
        self.new_button = QPushButton(icon("mdi6.plus"), self.tr("New campaign…"))
        self.new_button.setToolTip(self.tr("Start an aid campaign (Ctrl+N)"))
        self.rates_button = QPushButton(icon("mdi6.swap-horizontal"), self.tr("Exchange rates…"))
        self.trace_button = QPushButton(
            icon("mdi6.map-search-outline"), self.tr("Where did my money go?…")
        )
        self.new_button.clicked.connect(self.new_campaign)
        self.rates_button.clicked.connect(self.show_rates)
        self.trace_button.clicked.connect(lambda: self.trace_donor())
        corner = QWidget()
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 0, 4, 2)
        for widget in (self.trace_button, self.rates_button, self.new_button):
            row.addWidget(widget)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.tabs)
        self._wire()
        self.set_read_only(database.read_only)

    def _wire(self) -> None:
        c, s = self.campaign_pane, self.shipment_pane
        c.edit_requested.connect(self.edit_campaign)
        c.reached_requested.connect(self.show_reached)
        c.rates_requested.connect(self.show_rates)
        c.add_contribution.connect(self.add_contribution)
        c.edit_contribution.connect(self.edit_contribution)
        c.delete_contribution.connect(self.delete_contribution)
        c.allocate_contribution.connect(self.allocate)
        c.take_back_allocation.connect(self.take_back)
        c.trace_contribution.connect(self.trace_donor)
        c.add_shipment.connect(lambda: self.new_shipment())
        c.open_shipment.connect(self.show_shipment)
        s.edit_requested.connect(self.edit_shipment)
        s.advance_requested.connect(self.advance_status)
        s.correction_requested.connect(self.record_correction)
        s.attach_requested.connect(lambda: self.attach_confirmation())
        s.open_document.connect(self.open_document)
        s.remove_document.connect(self.remove_document)
        s.campaign_requested.connect(self.show_campaign)
        self.campaigns.table.doubleClicked.connect(lambda _i: self.edit_campaign())
        self.shipments.table.doubleClicked.connect(lambda _i: self.edit_shipment())

    def set_read_only(self, read_only: bool) -> None:
        self.new_button.setVisible(not read_only)
        self.campaign_pane.set_read_only(read_only)
        self.shipment_pane.set_read_only(read_only)

    # --- AreaPage -------------------------------------------------------------------------

    @property
    def can_create(self) -> bool:  # type: ignore[override]
        return not self.database.read_only

    def create_record(self) -> None:
        """Ctrl+N: a new campaign, or a new shipment of the campaign shown on that tab."""
        if self.tabs.currentWidget() is self.shipments and self.shipment_pane.detail:
            self.new_shipment(self.shipment_pane.detail.fields.campaign_id)
        else:
            self.new_campaign()

    def set_undo_stack(self, stack: QUndoStack) -> None:
        AreaPage.set_undo_stack(self, stack)

    def item_models(self) -> list[QAbstractItemModel]:
        return [self.campaigns.model, self.shipments.model]

    def refresh(self) -> None:
        self._after_edit("", None)

    def refresh_icons(self) -> None:
        super().refresh_icons()
        self.new_button.setIcon(icon("mdi6.plus"))
        self.rates_button.setIcon(icon("mdi6.swap-horizontal"))
        self.trace_button.setIcon(icon("mdi6.map-search-outline"))

    # --- showing records --------------------------------------------------------------------

    def show_campaign(self, campaign_id: int) -> None:
        self.tabs.setCurrentWidget(self.campaigns)
        if not self.campaigns.select_id(campaign_id):
            self.campaigns.table.clearSelection()
            self.campaign_pane.show_campaign(campaign_id)

    def show_record(self, shipment_id: int) -> bool:
        """From Home (MainWindow.show_record): what Home points to in Aid is a shipment."""
        self.show_shipment(shipment_id)
        detail = self.shipment_pane.detail
        return detail is not None and detail.id == shipment_id

    def show_shipment(self, shipment_id: int) -> None:
        self.tabs.setCurrentWidget(self.shipments)
        if not self.shipments.select_id(shipment_id):
            self.shipments.table.clearSelection()
            self.shipment_pane.show_shipment(shipment_id)

    def _after_edit(self, kind: str, record_id: int | None) -> None:
        """After an edit, an undo or a redo: read the lists again and show what changed."""
        campaign = self.campaign_pane.detail.id if self.campaign_pane.detail else None
        shipment = self.shipment_pane.detail.id if self.shipment_pane.detail else None
        gift = self.campaign_pane.selected_contribution()
        if kind == "campaign" and record_id is not None:
            campaign = record_id
        if kind == "shipment" and record_id is not None:
            shipment = record_id
        for page in self.lists:
            page.model.reload()
        if not self.campaigns.select_id(campaign):
            self.campaign_pane.show_campaign(campaign)
        if not self.shipments.select_id(shipment):
            self.shipment_pane.show_shipment(shipment)
        if gift is not None:
            self.campaign_pane.select_contribution(gift.id)
        self.status_changed.emit()

    def campaign_shipment_ids(self) -> list[int]:
        detail = self.campaign_pane.detail
        return [r.id for r in campaign_shipments(self.database, detail.id)] if detail else []
