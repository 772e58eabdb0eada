"""Record the next step of a partnership's history: the new status, when (to the day, month or
year), which side acted and why. A preview says how the step will read — "Terminated by Kyiv"
for a unilateral termination."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.domain.enums import ActingSide, PartnershipStatus
from exchangedesk.domain.errors import ConcurrentEditError, ExchangeDeskError, ValidationError
from exchangedesk.services.partnerships.history import StatusChangeDraft
from exchangedesk.services.partnerships.records import PartnershipDetail
from exchangedesk.ui.dialogs import confirm
from exchangedesk.ui.dialogs.record_fields import FieldMessages, error_colour
from exchangedesk.ui.formatting import enum_text
from exchangedesk.ui.partnerships.text import step_headline
from exchangedesk.ui.widgets.partial_date import PartialDateEdit

# What usually follows each status, offered first.
LIKELY_NEXT = {
    PartnershipStatus.PROPOSED: PartnershipStatus.LETTER_OF_INTENT,
    PartnershipStatus.LETTER_OF_INTENT: PartnershipStatus.ACTIVE,
    PartnershipStatus.ACTIVE: PartnershipStatus.SUSPENDED,
    PartnershipStatus.SUSPENDED: PartnershipStatus.ACTIVE,
    PartnershipStatus.TERMINATED: PartnershipStatus.ACTIVE,
}


class StatusChangeDialog(QDialog):
    def __init__(
        self,
        detail: PartnershipDetail,
        save: Callable[[StatusChangeDraft], Any],
        *,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.detail = detail
        self._save = save
        self.setWindowTitle(self.tr("Change the status of {0}").format(detail.cities))
        self.messages = FieldMessages()
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(f"color: {error_colour()}; font-weight: bold;")
        self.banner.hide()
        now = QLabel(self.tr("Now: {0}").format(detail.status_headline))

        self.status = QComboBox()
        for status in PartnershipStatus:
            if status is not detail.status:
                self.status.addItem(enum_text(status), status)
        self.status.setCurrentIndex(max(self.status.findData(LIKELY_NEXT[detail.status]), 0))
        self.when = PartialDateEdit(optional=False)
        self.when.set_value(today or dt.date.today())
        self.sides = QButtonGroup(self)
        sides_box = QWidget()
        sides_layout = QVBoxLayout(sides_box)
        sides_layout.setContentsMargins(0, 0, 0, 0)
        choices = (
            (ActingSide.BOTH, self.tr("Both cities together")),
            (ActingSide.HOME, self.tr("{0} alone").format(detail.city_a.name)),
            (ActingSide.PARTNER, self.tr("{0} alone").format(detail.city_b.name)),
            (ActingSide.UNKNOWN, self.tr("Not recorded")),
        )
        self.side_buttons: dict[ActingSide, QRadioButton] = {}
        for side, text in choices:
            button = QRadioButton(text)
            self.sides.addButton(button)
            sides_layout.addWidget(button)
            self.side_buttons[side] = button
        self.side_buttons[ActingSide.BOTH].setChecked(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)  # Tab moves on; never a trap
        self.reason.setPlaceholderText(
            self.tr("Why — a council decision, a letter, an event; where it is documented")
        )
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.preview = QLabel()
        font = self.preview.font()
        font.setBold(True)
        self.preview.setFont(font)

        form = QFormLayout()
        form.addRow(self.tr("New status"), self.messages.wrap("to_status", self.status))
        form.addRow(self.tr("Since"), self.messages.wrap("changed_on", self.when))
        form.addRow(self.tr("Who acted"), self.messages.wrap("acting_side", sides_box))
        form.addRow(self.tr("Reason"), self.messages.wrap("reason", self.reason))
        form.addRow(self.tr("Will read"), self.preview)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Record the change"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(now)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.status.currentIndexChanged.connect(self._update_preview)
        self.sides.buttonToggled.connect(self._update_preview)
        self._update_preview()
        self._initial = self.draft()

    def side(self) -> ActingSide:
        for side, button in self.side_buttons.items():
            if button.isChecked():
                return side
        return ActingSide.UNKNOWN

    def set_side(self, side: ActingSide) -> None:
        self.side_buttons[side].setChecked(True)

    def set_status(self, status: PartnershipStatus) -> None:
        self.status.setCurrentIndex(self.status.findData(status))

    def new_status(self) -> PartnershipStatus:
        return PartnershipStatus(self.status.currentData())  # Qt hands back the plain str

    def draft(self) -> StatusChangeDraft:
        day, precision = self.when.value()
        assert day is not None  # the field is not optional
        return StatusChangeDraft(
            to_status=self.new_status(),
            changed_on=day,
            precision=precision,
            acting_side=self.side(),
            reason=self.reason.toPlainText(),
        )

    def _update_preview(self, *_args: object) -> None:
        self.preview.setText(
            step_headline(
                self.new_status(),
                self.detail.status,
                self.side(),
                self.detail.city_a.name,
                self.detail.city_b.name,
            )
        )

    def accept(self) -> None:
        self.messages.clear()
        self.banner.hide()
        try:
            self._save(self.draft())
        except ValidationError as refused:
            if self.messages.knows(refused.field):
                self.messages.show(refused.field, refused.message)
            else:
                self._show_banner(str(refused))
            return
        except ConcurrentEditError as raced:
            self._show_banner(str(raced))
            return
        except ExchangeDeskError as failed:
            self._show_banner(self.tr("Not recorded: {0}").format(failed))
            return
        super().accept()

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def reject(self) -> None:
        if self.draft() != self._initial and not confirm.ask(
            self,
            self.tr("Discard this change?"),
            self.tr("The status change has not been recorded."),
            self.tr("Discard"),
            self.tr("Keep editing"),
        ):
            return
        super().reject()
