"""“Link a thank-you letter…”: pick the entry of the correspondence register that thanked for
the gift. The letter itself is written and printed elsewhere (Documents); here it is only
named as the gift's thank-you."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ExchangeDeskError, ValidationError
from exchangedesk.services.gifts.records import RegisterLetter, register_letters
from exchangedesk.ui.dialogs.record_fields import error_colour
from exchangedesk.ui.formatting import date_text, enum_text
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.models import Column, RowsTableModel
from exchangedesk.ui.widgets.filter_bar import FilterBar
from exchangedesk.ui.widgets.tables import make_table


def letter_columns() -> list[Column]:
    return [
        Column(
            translate("ThankYouLetterDialog", "Date"), lambda d: date_text(d.issued_on), width=11
        ),
        Column(translate("ThankYouLetterDialog", "Kind"), lambda d: enum_text(d.kind), width=9),
        Column(
            translate("ThankYouLetterDialog", "Title"), lambda d: d.title, width=30, stretch=True
        ),
        Column(translate("ThankYouLetterDialog", "To"), lambda d: d.recipient or "", width=18),
        Column(
            translate("ThankYouLetterDialog", "Thanks for"), lambda d: d.gift_title or "", width=14
        ),
    ]


class ThankYouLetterDialog(QDialog):
    def __init__(
        self,
        database: Database,
        gift_title: str,
        link: Callable[[int], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self._link = link
        self.setWindowTitle(self.tr("Thank-you letter for “{0}”").format(gift_title))
        intro = QLabel(
            self.tr(
                "Pick the letter in the correspondence register that thanked for the gift. "
                "A letter not yet written is made in Documents first."
            )
        )
        intro.setWordWrap(True)
        self.filter = FilterBar(self.tr("Filter by title or recipient"))
        self.letters = RowsTableModel(letter_columns(), self)
        self.table = make_table(self.letters, self.letters.columns)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(f"color: {error_colour()}; font-weight: bold;")
        self.banner.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.link_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.link_button.setText(self.tr("Link letter"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.resize(760, 420)
        self.filter.filter_changed.connect(self.search)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.search("")

    def search(self, text: str) -> None:
        found = register_letters(self.database, text)
        self.letters.set_rows(found)
        self.empty.setText(
            self.tr("No entry of the register matches “{0}”.").format(text)
            if text
            else self.tr("The correspondence register is empty.")
        )
        self.empty.setVisible(not found)
        if found:
            self.table.selectRow(0)
        self._enable()

    def selected(self) -> RegisterLetter | None:
        rows = self.table.selectionModel().selectedRows()
        return self.letters.row_at(rows[0].row()) if rows else None

    def _enable(self) -> None:
        self.link_button.setEnabled(self.selected() is not None)

    def accept(self) -> None:
        letter = self.selected()
        if letter is None:
            return
        try:
            self._link(letter.id)
        except ExchangeDeskError as refused:
            message = refused.message if isinstance(refused, ValidationError) else str(refused)
            self.banner.setText(message)
            self.banner.show()
            return
        super().accept()
