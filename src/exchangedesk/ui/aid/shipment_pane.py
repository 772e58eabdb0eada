"""The pane beside the shipment list: where the shipment stands (a step bar with dates), what
it carries, its history with corrections, the money that paid for it, and the signed delivery
confirmation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.services.aid.desk import delivery_confirmations
from exchangedesk.services.aid.shipments import ShipmentDetail, get_shipment
from exchangedesk.services.common.attachments import AttachmentRow
from exchangedesk.ui.aid.campaign_pane import _m, button, fit_rows, section
from exchangedesk.ui.aid.shipment_status import history_columns
from exchangedesk.ui.aid.status_bar import StatusStepBar
from exchangedesk.ui.formatting import date_text, enum_text
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.models import ROW_ROLE, Column, RowsTableModel
from exchangedesk.ui.widgets.tables import make_table


def line_columns() -> list[Column]:
    return [
        Column(translate("Aid", "Item"), lambda r: r.item, width=20, stretch=True),
        Column(
            translate("Aid", "Quantity"),
            lambda r: f"{format(r.quantity.normalize(), 'f')} {r.unit}",
            numeric=True,
            width=9,
        ),
        Column(translate("Aid", "Value"), lambda r: _m(r.value), numeric=True, width=11),
        Column(translate("Aid", "Box"), lambda r: r.box_code or "", width=7),
        Column(translate("Aid", "Expires"), lambda r: date_text(r.expires_on), width=10),
    ]


def document_columns() -> list[Column]:
    return [
        Column(translate("Aid", "Document"), lambda a: a.shown_name, width=24, stretch=True),
        Column(translate("Aid", "Added"), lambda a: date_text(a.added_at.date()), width=11),
    ]


class ShipmentPane(QScrollArea):
    edit_requested = Signal()
    advance_requested = Signal()
    correction_requested = Signal()
    attach_requested = Signal()
    open_document = Signal(int)
    remove_document = Signal(int)
    campaign_requested = Signal(int)

    def __init__(self, database: Database, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.prompt = prompt
        self.detail: ShipmentDetail | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 8, 12, 8)
        self.heading = QLabel(prompt)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)
        self.subheading.linkActivated.connect(self._campaign_link)
        self.steps = StatusStepBar()
        self.edit_button = button("mdi6.pencil-outline", self.tr("Edit…"))
        self.advance_button = button("mdi6.arrow-right-circle-outline", self.tr("Advance status…"))
        self.correct_button = button("mdi6.undo-variant", self.tr("Record a correction…"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.advance_button.clicked.connect(self.advance_requested)
        self.correct_button.clicked.connect(self.correction_requested)
        buttons = QHBoxLayout()
        for widget in (self.edit_button, self.advance_button, self.correct_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)

        self.facts = QFormLayout()
        self.facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fact: dict[str, QLabel] = {}
        for key, text in (
            ("carrier", translate("Aid", "Carrier")),
            ("tracking", translate("Aid", "Tracking")),
            ("value", translate("Aid", "Goods worth")),
            ("weight", translate("Aid", "Weight")),
            ("paid", translate("Aid", "Paid with")),
            ("notes", translate("Aid", "Notes")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(text + ":", value)
            self.fact[key] = value

        self.lines = RowsTableModel(line_columns(), self)
        self.lines_table = make_table(self.lines, self.lines.columns)
        self.lines_table.setObjectName("shipment-lines")
        self.history = RowsTableModel(history_columns(), self)
        self.history_table = make_table(self.history, self.history.columns)
        self.history_table.setObjectName("shipment-history")
        self.documents = RowsTableModel(document_columns(), self)
        self.documents_table = make_table(self.documents, self.documents.columns)
        self.documents_table.doubleClicked.connect(lambda _i: self._emit_doc(self.open_document))
        self.no_documents = QLabel()
        self.no_documents.setWordWrap(True)
        self.attach_button = button("mdi6.paperclip", self.tr("Attach signed confirmation…"))
        self.open_button = button("mdi6.open-in-app", self.tr("Open"))
        self.remove_button = button("mdi6.delete-outline", self.tr("Remove"))
        self.attach_button.clicked.connect(self.attach_requested)
        self.open_button.clicked.connect(lambda: self._emit_doc(self.open_document))
        self.remove_button.clicked.connect(lambda: self._emit_doc(self.remove_document))
        doc_buttons = QHBoxLayout()
        for widget in (self.attach_button, self.open_button, self.remove_button):
            doc_buttons.addWidget(widget)
        doc_buttons.addStretch(1)

        self.content = QWidget()
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.subheading)
        inner.addWidget(self.steps)
        inner.addLayout(buttons)
        inner.addLayout(self.facts)
        inner.addWidget(section(translate("Aid", "Lines")))
        inner.addWidget(self.lines_table)
        inner.addWidget(section(translate("Aid", "History")))
        inner.addWidget(self.history_table)
        inner.addWidget(section(translate("Aid", "Signed delivery confirmation")))
        inner.addWidget(self.no_documents)
        inner.addWidget(self.documents_table)
        inner.addLayout(doc_buttons)
        layout.addWidget(self.heading)
        layout.addWidget(self.content)
        layout.addStretch(1)
        self.setWidget(body)
        self.content.hide()
        self._read_only = False

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for widget in (
            self.edit_button,
            self.advance_button,
            self.correct_button,
            self.attach_button,
            self.remove_button,
        ):
            widget.setVisible(not read_only)

    def show_row(self, row: object | None) -> None:
        self.show_shipment(getattr(row, "id", None))

    def show_shipment(self, shipment_id: int | None) -> None:
        self.detail = None
        if shipment_id is not None:
            try:
                self.detail = get_shipment(self.database, shipment_id)
            except ExchangeDeskError:
                self.detail = None
        if self.detail is None:
            self.heading.setText(self.prompt)
            self.content.hide()
            return
        detail = self.detail
        self.heading.setText(detail.fields.reference)
        self.subheading.setText(
            self.tr("<a href='{0}'>{1}</a> · for {2} · now <b>{3}</b>").format(
                detail.fields.campaign_id,
                detail.campaign.replace("<", "&lt;"),
                detail.beneficiary_city.replace("<", "&lt;"),
                enum_text(detail.status).lower(),
            )
        )
        self.steps.show_history(detail.status, detail.history)
        fields = detail.fields
        self.fact["carrier"].setText(fields.carrier or "—")
        self.fact["tracking"].setText(fields.tracking_reference or "—")
        self.fact["value"].setText(", ".join(_m(m) for m in detail.goods_value) or "—")
        self.fact["weight"].setText(
            f"{format(detail.weight_kg.normalize(), 'f')} kg" if detail.weight_kg else "—"
        )
        self.fact["paid"].setText(
            ", ".join(_m(m) for m in detail.allocated)
            or self.tr("no contribution allocated yet (Allocate… on a campaign's contribution)")
        )
        self.fact["notes"].setText(fields.notes or "—")
        self.lines.set_rows(detail.lines)
        fit_rows(self.lines_table, 10)
        self.history.set_rows(detail.history)
        fit_rows(self.history_table, 10)
        documents = delivery_confirmations(self.database, detail.id)
        self.documents.set_rows(documents)
        fit_rows(self.documents_table, 4)
        self.documents_table.setVisible(bool(documents))
        self.open_button.setVisible(bool(documents))
        self.remove_button.setVisible(bool(documents) and not self._read_only)
        self.no_documents.setText(
            self.tr("None attached yet: scan the receipt the city signed and attach it.")
        )
        self.no_documents.setVisible(not documents)
        self.advance_button.setEnabled(bool(detail.next_statuses))
        self.advance_button.setToolTip(
            "" if detail.next_statuses else self.tr("Confirmed or lost: nothing comes after this.")
        )
        self.correct_button.setEnabled(detail.can_reverse)
        self.content.show()

    def selected_document(self) -> AttachmentRow | None:
        rows = self.documents_table.selectionModel().selectedRows()
        if rows:
            return rows[0].data(ROW_ROLE)
        return self.documents.row_at(0) if self.documents.rowCount() == 1 else None

    def _emit_doc(self, signal: Signal) -> None:
        row = self.selected_document()
        if row is not None:
            signal.emit(row.id)

    def _campaign_link(self, link: str) -> None:
        if link.isdigit():
            self.campaign_requested.emit(int(link))
