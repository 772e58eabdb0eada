"""The aid campaign editor: the appeal's title, the city it is for (and the partnership it runs
under), purpose, dates and target. Totals are never typed: they come from the contributions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from exchangedesk.db.session import Database
from exchangedesk.services.aid.campaigns import CampaignDetail, CampaignFields
from exchangedesk.services.aid.desk import partnerships_of_city
from exchangedesk.services.aid.rates import base_currency
from exchangedesk.services.partnerships.gazetteer import find_cities
from exchangedesk.ui.aid.form import AidFormDialog, decimal_text, notes_box, typed_number
from exchangedesk.ui.dialogs.record_fields import Choice, DateField, LookupField


class CampaignEditor(AidFormDialog):
    def __init__(
        self,
        database: Database,
        save: Callable[[CampaignFields], Any],
        detail: CampaignDetail | None = None,
        *,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.today = today or dt.date.today()
        self.database = database
        self.detail = detail
        self.what = self.tr("The campaign")
        self.setWindowTitle(
            self.tr("New aid campaign")
            if detail is None
            else self.tr("Edit {0}").format(detail.fields.title)
        )
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Coventry appeal for Stalingrad"))
        self.city = LookupField(
            lambda text: [Choice(c.id, c.label) for c in find_cities(database, text)],
            self.tr("The city the appeal is for, in any script, e.g. Волгоград"),
        )
        self.partnership = QComboBox()
        self.city.chosen.connect(lambda _id: self._fill_partnerships(None))
        self.purpose = notes_box(3)
        self.purpose.setPlaceholderText(self.tr("What the money and goods are for"))
        self.starts_on = DateField()
        self.starts_on.edit.setPlaceholderText(
            self.tr("the day the appeal opened, e.g. 20 Aug 2002")
        )
        self.ends_on = DateField()
        self.ends_on.edit.setPlaceholderText(self.tr("empty while the appeal is open"))
        self.target_amount = QLineEdit()
        self.target_amount.setPlaceholderText(self.tr("optional, e.g. 5000.00"))
        self.target_currency = QLineEdit()
        self.target_currency.setMaxLength(3)
        self.target_currency.setPlaceholderText(self.tr("GBP"))
        self.target_currency.setFixedWidth(self.fontMetrics().averageCharWidth() * 8)
        target = QWidget()
        row = QHBoxLayout(target)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.messages.wrap("target_amount", self.target_amount), 1)
        row.addWidget(self.messages.wrap("target_currency", self.target_currency))

        self.field(self.tr("Title"), "title", self.title)
        self.field(self.tr("For the city of"), "beneficiary_city_id", self.city)
        self.field(self.tr("Partnership"), "partnership_id", self.partnership)
        self.field(self.tr("Purpose"), "purpose", self.purpose)
        self.field(self.tr("Starts"), "starts_on", self.starts_on)
        self.field(self.tr("Ends"), "ends_on", self.ends_on)
        self.form.addRow(self.tr("Target"), target)
        hint = QLabel(
            self.tr("Totals collected, allocated and delivered come from the contributions.")
        )
        hint.setEnabled(False)
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        self.setMinimumWidth(560)
        self._fill(detail)
        self.finish_layout()

    def _fill(self, detail: CampaignDetail | None) -> None:
        if detail is None:
            self.target_currency.setText(base_currency(self.database))
            self.starts_on.set_value(self.today)
            self._fill_partnerships(None)
            return
        fields = detail.fields
        self.title.setText(fields.title)
        self.city.set_choice(fields.beneficiary_city_id, detail.beneficiary_city)
        self._fill_partnerships(fields.partnership_id)
        self.purpose.setPlainText(fields.purpose or "")
        self.starts_on.set_value(fields.starts_on)
        self.ends_on.set_value(fields.ends_on)
        self.target_amount.setText(decimal_text(fields.target_amount))
        self.target_currency.setText(fields.target_currency or base_currency(self.database))

    def _fill_partnerships(self, chosen: int | None) -> None:
        self.partnership.clear()
        self.partnership.addItem(self.tr("— none —"), None)
        for choice in partnerships_of_city(self.database, self.city.chosen_id):
            self.partnership.addItem(choice.label, choice.id)
        if chosen is not None:
            self.partnership.setCurrentIndex(max(0, self.partnership.findData(chosen)))
        elif self.partnership.count() == 2:  # one partnership: that is the one meant
            self.partnership.setCurrentIndex(1)

    def draft(self) -> CampaignFields:
        amount = typed_number(self.target_amount.text())
        return CampaignFields(
            title=self.title.text(),
            beneficiary_city_id=self.city.chosen_id,  # type: ignore[arg-type]
            starts_on=self.starts_on.value(),  # type: ignore[arg-type]
            partnership_id=self.partnership.currentData(),
            purpose=self.purpose.toPlainText(),
            ends_on=self.ends_on.value(),
            target_amount=amount if amount != "" else None,
            target_currency=self.target_currency.text().strip() or None,
        )

    def check_typed(self) -> bool:
        if self.city.unresolved:
            self.messages.show(
                "beneficiary_city_id",
                self.tr("Pick the city from the suggestions (add new cities under Partnerships)."),
            )
            self.city.setFocus()
            return False
        return not (
            self.date_unreadable("starts_on", self.starts_on)
            or self.date_unreadable("ends_on", self.ends_on)
        )
