"""The shipment editor: reference, carrier, tracking, notes and the lines of goods.

The status is not edited here: it moves with "Advance status…" and is corrected with "Record a
correction…", so its history stays whole. Once the goods are dispatched the lines are shown
but locked (the manifest went with them).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.aid.shipments import ShipmentDetail, ShipmentFields
from exchangedesk.ui.aid.form import AidFormDialog, notes_box
from exchangedesk.ui.aid.shipment_lines import FIELDS, ShipmentLinesModel
from exchangedesk.ui.dialogs.record_fields import DateField
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.theme import icon

_LINE_FIELD = re.compile(r"^lines\[(\d+)\]\.(\w+)$")


def line_message(row: int, header: str, message: str) -> str:
    """ "Line 3: quantity — must be more than zero (got 0)." """
    text = message[:1].lower() + message[1:] if message[:2] != message[:2].upper() else message
    return f"Line {row}: {header.lower()} — {text}"


class ShipmentEditor(AidFormDialog):
    def __init__(
        self,
        save: Callable[[tuple[ShipmentFields, dt.date | None]], Any],
        campaign_id: int,
        campaign_title: str,
        currency: str,
        detail: ShipmentDetail | None = None,
        *,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.campaign_id = campaign_id
        self.detail = detail
        self.what = self.tr("The shipment")
        self.setWindowTitle(
            self.tr("New shipment for {0}").format(campaign_title)
            if detail is None
            else self.tr("Shipment {0}").format(detail.fields.reference)
        )
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("e.g. STAL-1943-01 — written on every box"))
        self.carrier = QLineEdit()
        self.carrier.setPlaceholderText(self.tr("e.g. Red Cross, a haulier, by hand"))
        self.tracking = QLineEdit()
        self.notes = notes_box(2)
        self.planned_on = DateField()
        self.field(self.tr("Reference"), "reference", self.reference)
        self.field(self.tr("Carrier"), "carrier", self.carrier)
        self.field(self.tr("Tracking reference"), "tracking_reference", self.tracking)
        if detail is None:
            self.field(self.tr("Planned on"), "planned_on", self.planned_on)
            self.planned_on.set_value(today or dt.date.today())
        self.field(self.tr("Notes"), "notes", self.notes)

        self.lines = ShipmentLinesModel(currency, self)
        self.table = QTableView()
        self.table.setObjectName("shipment-lines")
        self.table.setModel(self.lines)
        # Cells, not rows: a refused row keeps its colour while the cell to fix is current.
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        char = self.fontMetrics().averageCharWidth()
        header_metrics = header.fontMetrics()
        for column, width in enumerate((0, 9, 7, 10, 8, 11, 10, 12)):
            if width:
                title = self.lines.headerData(column, Qt.Orientation.Horizontal)
                header.resizeSection(
                    column, max(width * char, header_metrics.horizontalAdvance(title)) + 20
                )
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        self.add_button = QPushButton(icon("mdi6.plus"), self.tr("Add line"))
        self.remove_button = QPushButton(icon("mdi6.minus"), self.tr("Remove line"))
        self.add_button.clicked.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_line)
        self.locked = QLabel()
        self.locked.setWordWrap(True)
        self.locked.setEnabled(False)
        self.line_messages = QLabel()
        self.line_messages.setObjectName("line-messages")
        self.line_messages.setWordWrap(True)
        self.line_messages.setStyleSheet(self.banner.styleSheet().replace("font-weight: bold;", ""))
        self.line_messages.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.locked, 3)
        box = QWidget()
        lines_layout = QVBoxLayout(box)
        lines_layout.setContentsMargins(0, 0, 0, 0)
        lines_layout.addWidget(QLabel(self.tr("<b>Lines</b> — what is in the boxes")))
        lines_layout.addWidget(self.table, 1)
        lines_layout.addWidget(self.line_messages)
        lines_layout.addLayout(buttons)
        self.body.addWidget(box, 1)
        self.resize(900, 620)
        self._fill(detail)
        self.finish_layout()

    def _fill(self, detail: ShipmentDetail | None) -> None:
        if detail is None:
            return
        fields = detail.fields
        self.reference.setText(fields.reference)
        self.carrier.setText(fields.carrier or "")
        self.tracking.setText(fields.tracking_reference or "")
        self.notes.setPlainText(fields.notes or "")
        self.lines.set_lines(fields.lines)
        if not detail.lines_can_change:
            self.lines.editable = False
            self.add_button.setEnabled(False)
            self.remove_button.setEnabled(False)
            self.locked.setText(
                self.tr("The goods have left: the lines travelled with them and stay as they were.")
            )

    def add_line(self) -> None:
        row = self.lines.add_line()
        self.table.setCurrentIndex(self.lines.index(row, 0))
        self.table.edit(self.lines.index(row, 0))

    def remove_line(self) -> None:
        self.lines.remove_line(self.table.currentIndex().row())

    def draft(self) -> tuple[ShipmentFields, dt.date | None]:
        return (
            ShipmentFields(
                campaign_id=self.campaign_id,
                reference=self.reference.text(),
                carrier=self.carrier.text(),
                tracking_reference=self.tracking.text(),
                notes=self.notes.toPlainText(),
                lines=self.lines.lines(),
            ),
            self.planned_on.value() if self.detail is None else None,
        )

    def check_typed(self) -> bool:
        self.lines.clear_messages()
        self.line_messages.hide()
        if self.detail is None and self.date_unreadable("planned_on", self.planned_on):
            return False
        bad = self.lines.unreadable_dates()
        if bad:
            self._line_refused(bad[0] + 1, "expires_on", self.tr("is not a date; try 31 Aug 2004."))
            return False
        return True

    def refused(self, refused: ValidationError) -> None:
        match = _LINE_FIELD.match(refused.field)
        if match is None:
            if refused.field == "lines":
                self.show_banner(refused.message)
                return
            super().refused(refused)
            return
        self._line_refused(int(match.group(1)), match.group(2), refused.message)

    def _line_refused(self, row: int, name: str, message: str) -> None:
        headers = dict(FIELDS)
        shown = translate("ShipmentLines", headers[name]) if name in headers else name
        text = line_message(row, shown, message)
        self.lines.set_message(row - 1, text)
        self.line_messages.setText(text)
        self.line_messages.show()
        column = [n for n, _ in FIELDS].index(name) if name in headers else 0
        self.table.setCurrentIndex(self.lines.index(row - 1, column))
        self.table.setFocus()
