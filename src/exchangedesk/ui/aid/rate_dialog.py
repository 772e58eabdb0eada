"""The committee's exchange rates: what one unit of a currency was worth in the base currency
from a given day. Totals convert each gift at the latest rate on or before the day it was
received; nothing is fetched from the network.

Adding and removing rates go through the window's undo stack (``add`` and ``remove`` are given
by the page); a refused rate is explained beside its field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ExchangeDeskError, ValidationError
from exchangedesk.domain.money import rate_words
from exchangedesk.services.aid.rates import (
    ExchangeRateRow,
    base_currency,
    list_exchange_rates,
)
from exchangedesk.ui.aid.form import typed_number
from exchangedesk.ui.dialogs.record_fields import DateField, FieldMessages, error_colour
from exchangedesk.ui.formatting import date_text
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.models import ROW_ROLE, Column, PagedTableModel
from exchangedesk.ui.theme import icon
from exchangedesk.ui.widgets.filter_bar import FilterBar
from exchangedesk.ui.widgets.tables import make_table

AddRate = Callable[[str, dt.date | None, Any, str], Any]


def rate_columns() -> list[Column]:
    return [
        Column(translate("ExchangeRates", "Currency"), lambda r: r.currency, "currency", width=8),
        Column(
            translate("ExchangeRates", "From"),
            lambda r: date_text(r.valid_on),
            "valid_on",
            width=12,
        ),
        Column(
            translate("ExchangeRates", "Rate"),
            lambda r: f"1 {r.currency} = {rate_words(r.rate)} {r.base_currency}",
            "rate",
            numeric=True,
            width=20,
        ),
        Column(
            translate("ExchangeRates", "Source"),
            lambda r: r.source or "",
            None,
            width=30,
            stretch=True,
        ),
    ]


class ExchangeRatesDialog(QDialog):
    def __init__(
        self,
        database: Database,
        add: AddRate,
        remove: Callable[[ExchangeRateRow], Any],
        *,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._add, self._remove = add, remove
        base = base_currency(database)
        self.setWindowTitle(self.tr("Exchange rates"))
        intro = QLabel(
            self.tr(
                "What one unit of a currency was worth in {0}, the committee's base currency, "
                "from a given day. A gift is converted at the latest rate on or before the day "
                "it was received."
            ).format(base)
        )
        intro.setWordWrap(True)
        self.filter_bar = FilterBar(self.tr("Filter by currency code, e.g. EUR"))
        self.model = PagedTableModel(
            rate_columns(), lambda query: list_exchange_rates(database, query), parent=self
        )
        self.table = make_table(self.model, self.model.columns)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # the latest first until a column is clicked
        self.filter_bar.filter_changed.connect(self.model.set_filter)
        self.remove_button = QPushButton(icon("mdi6.delete-outline"), self.tr("Remove rate"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.remove_button.setEnabled(self.selected() is not None)
        )

        self.messages = FieldMessages()
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setPlaceholderText(self.tr("EUR"))
        self.valid_on = DateField()
        self.valid_on.set_value(today or dt.date.today())
        self.rate = QLineEdit()
        self.rate.setPlaceholderText(self.tr("{0} for one unit, e.g. 0.64").format(base))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("Where the rate comes from, e.g. the bank's note"))
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(f"color: {error_colour()};")
        self.banner.hide()
        self.add_button = QPushButton(icon("mdi6.plus"), self.tr("Add rate"))
        self.add_button.clicked.connect(self.add_rate)
        form = QFormLayout()
        form.addRow(self.tr("Currency"), self.messages.wrap("currency", self.currency))
        form.addRow(self.tr("From"), self.messages.wrap("valid_on", self.valid_on))
        form.addRow(self.tr("Rate"), self.messages.wrap("rate", self.rate))
        form.addRow(self.tr("Source"), self.messages.wrap("source", self.source))
        form.addRow("", self.add_button)
        adding = QGroupBox(self.tr("Add a rate"))
        adding_layout = QVBoxLayout(adding)
        adding_layout.addWidget(self.banner)
        adding_layout.addLayout(form)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.filter_bar, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(adding)
        layout.addWidget(close)
        # A database opened read-only (another program has it) shows the rates, nothing more.
        adding.setVisible(not database.read_only)
        self.remove_button.setVisible(not database.read_only)
        self.resize(720, 620)
        self.model.reload()

    def selected(self) -> ExchangeRateRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def add_rate(self) -> bool:
        self.messages.clear()
        self.banner.hide()
        if self.valid_on.invalid:
            self.messages.show("valid_on", self.tr("That is not a date; try 1 Aug 2002."))
            return False
        try:
            self._add(
                self.currency.text(),
                self.valid_on.value(),
                typed_number(self.rate.text()),
                self.source.text(),
            )
        except ValidationError as refused:
            if self.messages.knows(refused.field):
                self.messages.show(refused.field, refused.message)
            else:
                self._say(refused.message)
            return False
        except ExchangeDeskError as failed:
            self._say(str(failed))
            return False
        self.currency.clear()
        self.rate.clear()
        self.source.clear()
        self.model.reload()
        return True

    def remove_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            self._remove(row)
        except ExchangeDeskError as failed:
            self._say(str(failed))
        self.model.reload()

    def _say(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()
