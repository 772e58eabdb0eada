"""The pane beside the campaign list: the appeal, its totals (per currency and converted, with
the rates used or the rate still missing), the money given, and the shipments it paid for."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.domain.money import rate_words
from exchangedesk.services.aid.campaigns import (
    CampaignDetail,
    CampaignTotals,
    CurrencyTotals,
    campaign_totals,
    get_campaign,
)
from exchangedesk.services.aid.desk import campaign_shipments
from exchangedesk.services.aid.lists import ContributionRow, ShipmentRow, list_contributions
from exchangedesk.services.common.paging import ListQuery
from exchangedesk.ui.dialogs.record_fields import error_colour
from exchangedesk.ui.formatting import date_text, enum_text, money_text
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.models import ROW_ROLE, Column, PagedTableModel, RowsTableModel
from exchangedesk.ui.theme import icon
from exchangedesk.ui.widgets.tables import make_table


def _m(money: object) -> str:
    return money_text(money.amount, money.currency)  # type: ignore[attr-defined]


def totals_columns() -> list[Column]:
    return [
        Column(translate("Aid", "Currency"), lambda t: t[0], width=14),
        Column(translate("Aid", "Collected"), lambda t: _m(t[1].collected), numeric=True, width=12),
        Column(translate("Aid", "Allocated"), lambda t: _m(t[1].allocated), numeric=True, width=12),
        Column(translate("Aid", "Delivered"), lambda t: _m(t[1].delivered), numeric=True, width=12),
        Column(
            translate("Aid", "Not yet spent"),
            lambda t: _m(t[1].unallocated),
            numeric=True,
            width=12,
        ),
    ]


def contribution_columns() -> list[Column]:
    return [
        Column(
            translate("Aid", "Received"),
            lambda r: date_text(r.received_on),
            "received_on",
            width=11,
        ),
        Column(translate("Aid", "Donor"), lambda r: r.donor, "donor", width=22, stretch=True),
        Column(
            translate("Aid", "Amount"), lambda r: _m(r.amount), "amount", numeric=True, width=12
        ),
        Column(
            translate("Aid", "Not yet spent"),
            lambda r: _m(r.unallocated),
            None,
            numeric=True,
            width=11,
        ),
        Column(
            translate("Aid", "Receipt"),
            lambda r: r.receipt_number or "",
            "receipt_number",
            width=10,
        ),
    ]


def shipment_columns() -> list[Column]:
    return [
        Column(translate("Aid", "Reference"), lambda r: r.reference, width=13),
        Column(translate("Aid", "Carrier"), lambda r: r.carrier or "", width=20, stretch=True),
        Column(translate("Aid", "Status"), lambda r: enum_text(r.status), width=11),
        Column(translate("Aid", "Lines"), lambda r: str(r.line_count), numeric=True, width=5),
    ]


def section(title: str) -> QLabel:
    label = QLabel(title)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 10, 0, 2)
    return label


def button(name: str, text: str) -> QPushButton:
    return QPushButton(icon(name), text)


def fit_rows(table: QTableView, rows: int) -> None:
    """A short table takes the height of its rows (up to ``rows``); the pane scrolls."""
    shown = max(1, min(rows, table.model().rowCount()))
    height = table.horizontalHeader().sizeHint().height()
    height += shown * table.verticalHeader().defaultSectionSize() + 4
    table.setFixedHeight(height)


class CampaignPane(QScrollArea):
    edit_requested = Signal()
    reached_requested = Signal()
    rates_requested = Signal()
    add_contribution = Signal()
    edit_contribution = Signal(int)
    delete_contribution = Signal(int)
    allocate_contribution = Signal(int)
    take_back_allocation = Signal(int, int)  # contribution id, allocation id
    trace_contribution = Signal(int)
    add_shipment = Signal()
    open_shipment = Signal(int)

    def __init__(self, database: Database, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.detail: CampaignDetail | None = None
        self.totals: CampaignTotals | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 8, 12, 8)
        self.heading = QLabel(prompt)
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)
        self.edit_button = button("mdi6.pencil-outline", self.tr("Edit…"))
        self.reached_button = button(
            "mdi6.map-marker-check-outline", self.tr("What reached the city?")
        )
        self.edit_button.clicked.connect(self.edit_requested)
        self.reached_button.clicked.connect(self.reached_requested)
        top = QHBoxLayout()
        top.addWidget(self.edit_button)
        top.addWidget(self.reached_button)
        top.addStretch(1)

        self.facts = QFormLayout()
        self.facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fact: dict[str, QLabel] = {}
        for key, text in (
            ("period", translate("Aid", "Period")),
            ("target", translate("Aid", "Target")),
            ("purpose", translate("Aid", "Purpose")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(text + ":", value)
            self.fact[key] = value

        self.totals_model = RowsTableModel(totals_columns(), self)
        self.totals_table = make_table(self.totals_model, self.totals_model.columns)
        self.totals_table.setObjectName("campaign-totals")
        self.rates = QLabel()
        self.rates.setObjectName("rates-used")
        self.rates.setWordWrap(True)
        self.rates.setTextFormat(Qt.TextFormat.RichText)
        self.rates.linkActivated.connect(lambda _link: self.rates_requested.emit())

        self.contributions = PagedTableModel(contribution_columns(), self._load_gifts, parent=self)
        self.gifts_table = make_table(self.contributions, self.contributions.columns)
        self.gifts_table.setObjectName("contributions")
        self.gifts_table.horizontalHeader().setSortIndicatorShown(True)
        self.gifts_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.gifts_table.setSortingEnabled(True)  # the latest first until a column is clicked
        self.gifts_table.doubleClicked.connect(lambda _i: self._emit_gift(self.edit_contribution))
        self.gifts_table.selectionModel().selectionChanged.connect(self._gift_buttons)
        self.add_gift_button = button("mdi6.plus", self.tr("Add…"))
        self.edit_gift_button = button("mdi6.pencil-outline", self.tr("Edit…"))
        self.delete_gift_button = button("mdi6.delete-outline", self.tr("Delete"))
        self.allocate_button = button("mdi6.arrow-right-bold-box-outline", self.tr("Allocate…"))
        self.allocate_button.setToolTip(self.tr("Spend part of this gift on a shipment"))
        self.take_back_button = QToolButton()
        self.take_back_button.setText(self.tr("Take back"))
        self.take_back_button.setToolTip(self.tr("Take back money allocated to a shipment"))
        self.take_back_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.take_back_button.setMenu(QMenu(self.take_back_button))
        self.take_back_button.menu().aboutToShow.connect(self._fill_take_back)
        self.trace_button = button("mdi6.map-search-outline", self.tr("Where did it go?"))
        self.add_gift_button.clicked.connect(self.add_contribution)
        self.edit_gift_button.clicked.connect(lambda: self._emit_gift(self.edit_contribution))
        self.delete_gift_button.clicked.connect(lambda: self._emit_gift(self.delete_contribution))
        self.allocate_button.clicked.connect(lambda: self._emit_gift(self.allocate_contribution))
        self.trace_button.clicked.connect(lambda: self._emit_gift(self.trace_contribution))
        gift_buttons = QHBoxLayout()
        for widget in (
            self.add_gift_button,
            self.edit_gift_button,
            self.delete_gift_button,
            self.allocate_button,
            self.take_back_button,
            self.trace_button,
        ):
            gift_buttons.addWidget(widget)
        gift_buttons.addStretch(1)

        self.shipments = RowsTableModel(shipment_columns(), self)
        self.shipments_table = make_table(self.shipments, self.shipments.columns)
        self.shipments_table.setObjectName("campaign-shipments")
        self.shipments_table.doubleClicked.connect(self._open_shipment)
        self.add_shipment_button = button("mdi6.truck-plus-outline", self.tr("New shipment…"))
        self.open_shipment_button = button("mdi6.open-in-app", self.tr("Open"))
        self.add_shipment_button.clicked.connect(self.add_shipment)
        self.open_shipment_button.clicked.connect(self._open_shipment)
        shipment_buttons = QHBoxLayout()
        shipment_buttons.addWidget(self.add_shipment_button)
        shipment_buttons.addWidget(self.open_shipment_button)
        shipment_buttons.addStretch(1)

        self.content = QWidget()
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.subheading)
        inner.addLayout(top)
        inner.addLayout(self.facts)
        inner.addWidget(section(translate("Aid", "Totals")))
        inner.addWidget(self.totals_table)
        inner.addWidget(self.rates)
        inner.addWidget(section(translate("Aid", "Contributions")))
        inner.addWidget(self.gifts_table)
        inner.addLayout(gift_buttons)
        inner.addWidget(section(translate("Aid", "Shipments")))
        inner.addWidget(self.shipments_table)
        inner.addLayout(shipment_buttons)
        layout.addWidget(self.heading)
        layout.addWidget(self.content)
        layout.addStretch(1)
        self.setWidget(body)
        self.content.hide()
        self._read_only = False

    # --- showing --------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for widget in (
            self.edit_button,
            self.add_gift_button,
            self.edit_gift_button,
            self.delete_gift_button,
            self.allocate_button,
            self.take_back_button,
            self.add_shipment_button,
        ):
            widget.setVisible(not read_only)

    def show_row(self, row: object | None) -> None:
        """The list's selection changed (a CampaignRow, or None)."""
        self.show_campaign(getattr(row, "id", None))

    def show_campaign(self, campaign_id: int | None) -> None:
        self.detail = self.totals = None
        if campaign_id is not None:
            try:
                self.detail = get_campaign(self.database, campaign_id)
                self.totals = campaign_totals(self.database, campaign_id)
            except ExchangeDeskError:
                self.detail = None
        if self.detail is None:
            self.heading.setText(translate("Aid", "Select a campaign to see what it collected."))
            self.content.hide()
            return
        detail = self.detail
        self.heading.setText(detail.fields.title)
        parts = [self.tr("For {0}").format(detail.beneficiary_city)]
        if detail.partnership:
            parts.append(self.tr("partnership {0}").format(detail.partnership))
        self.subheading.setText(" · ".join(parts))
        fields = detail.fields
        self.fact["period"].setText(
            f"{date_text(fields.starts_on)} – {date_text(fields.ends_on)}"
            if fields.ends_on
            else self.tr("from {0}; no end date recorded").format(date_text(fields.starts_on))
        )
        self.fact["target"].setText(_m(detail.target) if detail.target else self.tr("none set"))
        self.fact["purpose"].setText(fields.purpose or "")
        self._show_totals()
        self.contributions.reload()
        fit_rows(self.gifts_table, 10)
        self.shipments.set_rows(campaign_shipments(self.database, detail.id))
        fit_rows(self.shipments_table, 6)
        self._gift_buttons()
        self.content.show()

    def _show_totals(self) -> None:
        totals = self.totals
        assert totals is not None
        rows: list[tuple[str, CurrencyTotals]] = [(t.currency, t) for t in totals.by_currency]
        converted = totals.converted
        several = len(totals.by_currency) > 1
        if converted is not None and (several or converted.rates):
            rows.append((self.tr("All, in {0}").format(converted.base_currency), converted.rounded))
        self.totals_model.set_rows(rows)
        fit_rows(self.totals_table, 6)
        self.totals_table.setVisible(bool(rows))
        if not rows:
            self.rates.setText(self.tr("Nothing collected yet."))
        elif totals.missing_rates:
            missing = "<br>".join(html.escape(m.message) for m in totals.missing_rates)
            self.rates.setText(
                f"<span style='color:{error_colour()}'>"
                + self.tr("Not converted to {0}:").format(totals.missing_rates[0].base_currency)
                + f"</span> {missing}<br><a href='rates'>"
                + self.tr("Enter the rate…")
                + "</a>"
            )
        elif converted is not None and converted.rates:
            used = "; ".join(
                html.escape(
                    f"1 {r.currency} = {rate_words(r.rate)} {r.base_currency} "
                    + self.tr("from {0}").format(date_text(r.valid_on))
                )
                for r in converted.rates
            )
            self.rates.setText(
                self.tr("Converted at the rate of the day each gift was received: {0}.").format(
                    used
                )
                + " <a href='rates'>"
                + self.tr("Exchange rates…")
                + "</a>"
            )
        else:
            self.rates.setText(
                self.tr("All given in {0}: no conversion needed.").format(
                    converted.base_currency if converted else ""
                )
            )

    def _load_gifts(self, query: ListQuery):  # noqa: ANN202 - a Page of ContributionRow
        campaign_id = self.detail.id if self.detail is not None else -1
        return list_contributions(self.database, query, campaign_id=campaign_id)

    # --- selection ------------------------------------------------------------------------

    def selected_contribution(self) -> ContributionRow | None:
        rows = self.gifts_table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def selected_shipment(self) -> ShipmentRow | None:
        rows = self.shipments_table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select_contribution(self, contribution_id: int) -> None:
        for row in range(self.contributions.rowCount()):
            if self.contributions.row_at(row).id == contribution_id:
                self.gifts_table.selectRow(row)
                return

    def _emit_gift(self, signal: Signal) -> None:
        row = self.selected_contribution()
        if row is not None:
            signal.emit(row.id)

    def _gift_buttons(self, *_args: object) -> None:
        row = self.selected_contribution()
        for widget in (
            self.edit_gift_button,
            self.delete_gift_button,
            self.allocate_button,
            self.trace_button,
        ):
            widget.setEnabled(row is not None)
        self.allocate_button.setEnabled(row is not None and row.unallocated.amount > 0)
        self.take_back_button.setEnabled(row is not None and row.allocated.amount > 0)

    def _fill_take_back(self) -> None:
        from exchangedesk.services.aid.contributions import get_contribution

        menu = self.take_back_button.menu()
        menu.clear()
        row = self.selected_contribution()
        if row is None:
            return
        for allocation in get_contribution(self.database, row.id).allocations:
            action = menu.addAction(
                self.tr("{0} from {1}").format(_m(allocation.amount), allocation.shipment_reference)
            )
            action.triggered.connect(
                lambda _c=False, a=allocation.id: self.take_back_allocation.emit(row.id, a)
            )

    def _open_shipment(self, *_args: object) -> None:
        row = self.selected_shipment()
        if row is not None:
            self.open_shipment.emit(row.id)
