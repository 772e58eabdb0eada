"""“Move custody…”: where the gift is kept from a given day on, and who looks after it there.
The history is only ever added to; a move found later in the archives may be dated before the
latest one and takes its place in date order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.domain.anniversaries import DatePrecision
from exchangedesk.domain.errors import ExchangeDeskError, ValidationError
from exchangedesk.services.gifts.register import GiftHistory
from exchangedesk.ui.dialogs.record_fields import FieldMessages, error_colour
from exchangedesk.ui.widgets.partial_date import PartialDateEdit


class CustodyMoveDialog(QDialog):
    def __init__(
        self,
        history: GiftHistory,
        save: Callable[[dt.date | None, str, str, str], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Move “{0}”").format(history.title))
        self.messages = FieldMessages()
        now = history.now
        intro = QLabel(
            self.tr("Kept now at {0}. Where is it kept from now on?").format(now.location)
            if now is not None
            else self.tr("No place is recorded yet. Where is the gift kept?")
        )
        intro.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(f"color: {error_colour()}; font-weight: bold;")
        self.banner.hide()
        self.since = PartialDateEdit(
            optional=False, precisions=(DatePrecision.DAY, DatePrecision.YEAR)
        )
        self.since.set_value(dt.date.today())
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("e.g. Herbert Art Gallery and Museum, Coventry"))
        self.custodian = QLineEdit()
        self.custodian.setPlaceholderText(self.tr("Who looks after it there (optional)"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)  # Tab moves on; never a trap
        self.note.setPlaceholderText(self.tr("e.g. lent for the exhibition; inventory number"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Place"), self.messages.wrap("location", self.location))
        form.addRow(self.tr("Holder"), self.messages.wrap("custodian", self.custodian))
        form.addRow(self.tr("Kept there since"), self.messages.wrap("since_on", self.since))
        form.addRow(self.tr("Note"), self.messages.wrap("note", self.note))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Record move"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.location.setFocus()

    def accept(self) -> None:
        self.messages.clear()
        self.banner.hide()
        since_on, _precision = self.since.value()
        try:
            self._save(
                since_on, self.location.text(), self.custodian.text(), self.note.toPlainText()
            )
        except ValidationError as refused:
            if self.messages.knows(refused.field):
                self.messages.show(refused.field, refused.message)
            else:
                self._show_banner(refused.message)
            return
        except ExchangeDeskError as failed:
            self._show_banner(self.tr("Not recorded: {0}").format(failed))
            return
        super().accept()

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()
