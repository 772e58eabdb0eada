"""Moving a shipment on, and correcting a step recorded by mistake.

"Advance status…" offers only the steps ahead (and "lost" before the delivery is confirmed):
a status never goes back by an edit. "Record a correction…" shows the history and adds a dated
reversal with the reason, which takes the shipment back one step and keeps the mistaken entry
visible — the register shows what was recorded and what was corrected.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from exchangedesk.domain.enums import ShipmentStatus
from exchangedesk.services.aid.shipments import ShipmentDetail
from exchangedesk.ui.aid.form import AidFormDialog, notes_box
from exchangedesk.ui.dialogs.record_fields import DateField
from exchangedesk.ui.formatting import date_text, enum_text
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.models import Column, RowsTableModel
from exchangedesk.ui.widgets.tables import make_table


@dataclass(frozen=True)
class StatusStep:
    to_status: ShipmentStatus | None  # None: a correction (back one step)
    on_date: dt.date | None
    note: str


def history_columns() -> list[Column]:
    return [
        Column(translate("ShipmentStatus", "Date"), lambda c: date_text(c.occurred_on), width=11),
        Column(
            translate("ShipmentStatus", "Status"),
            lambda c: (
                (translate("ShipmentStatus", "back to {0}").format(enum_text(c.status).lower()))
                if c.is_reversal
                else enum_text(c.status)
            ),
            width=16,
        ),
        Column(translate("ShipmentStatus", "Note"), lambda c: c.note or "", width=30, stretch=True),
    ]


class AdvanceStatusDialog(AidFormDialog):
    def __init__(
        self,
        detail: ShipmentDetail,
        save: Callable[[StatusStep], Any],
        *,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.what = self.tr("The status change")
        self.setWindowTitle(self.tr("Advance {0}").format(detail.fields.reference))
        now = QLabel(
            self.tr("Now: <b>{0}</b> since {1}").format(
                enum_text(detail.status),
                date_text(detail.history[-1].occurred_on) if detail.history else "",
            )
        )
        self.form.addRow(self.tr("Shipment"), now)
        self.to_status = QComboBox()
        for status in detail.next_statuses:
            self.to_status.addItem(enum_text(status), status)
        self.on_date = DateField()
        self.on_date.set_value(today or dt.date.today())
        self.note = notes_box(2)
        self.note.setPlaceholderText(self.tr("optional, e.g. signed for by the hospital"))
        self.field(self.tr("New status"), "to_status", self.to_status)
        self.field(self.tr("On"), "on_date", self.on_date)
        self.field(self.tr("Note"), "note", self.note)
        hint = QLabel(
            self.tr(
                "A status only moves forward. A mistake is put right with “Record a correction…”."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.form.addRow("", hint)
        self.setMinimumWidth(460)
        self.finish_layout()

    def draft(self) -> StatusStep:
        data = self.to_status.currentData()
        return StatusStep(
            ShipmentStatus(data) if data else None,
            self.on_date.value(),
            self.note.toPlainText(),
        )

    def check_typed(self) -> bool:
        return not self.date_unreadable("on_date", self.on_date)


class CorrectionDialog(AidFormDialog):
    def __init__(
        self,
        detail: ShipmentDetail,
        save: Callable[[StatusStep], Any],
        *,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.what = self.tr("The correction")
        self.setWindowTitle(self.tr("Correct {0}").format(detail.fields.reference))
        self.history = RowsTableModel(history_columns(), self)
        self.history.set_rows(detail.history)
        table = make_table(self.history, self.history.columns)
        table.setMinimumHeight(table.fontMetrics().lineSpacing() * 8)
        self.form.addRow(self.tr("History"), table)
        explain = QLabel(
            self.tr(
                "The latest step (<b>{0}</b>) is taken back: the shipment returns to the step "
                "before it. Both entries stay in the history."
            ).format(enum_text(detail.status))
        )
        explain.setWordWrap(True)
        self.form.addRow("", explain)
        self.on_date = DateField()
        self.on_date.set_value(today or dt.date.today())
        self.reason = notes_box(3)
        self.reason.setPlaceholderText(self.tr("Why: e.g. marked dispatched by mistake"))
        self.field(self.tr("On"), "on_date", self.on_date)
        self.field(self.tr("Reason"), "note", self.reason)
        self.setMinimumWidth(560)
        self.finish_layout()

    def draft(self) -> StatusStep:
        return StatusStep(None, self.on_date.value(), self.reason.toPlainText())

    def check_typed(self) -> bool:
        return not self.date_unreadable("on_date", self.on_date)
