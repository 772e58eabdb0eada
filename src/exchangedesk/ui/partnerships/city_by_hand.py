"""The small form for a city the offline gazetteer lacks (a village, a renamed town).

It checks the city with the same rules ``add_city_by_hand`` applies (``validate_city``) and
shows each refusal beside its field; the checked draft is saved later, with the partnership.
"""

from __future__ import annotations

import zoneinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.partnerships.gazetteer import CityDraft, countries, validate_city
from exchangedesk.ui.dialogs.record_fields import FieldMessages


def _number(field: str, text: str, kind: type) -> float | int | None:
    text = text.strip().replace(",", ".") if kind is float else text.strip().replace(" ", "")
    if not text:
        return None
    try:
        return kind(text)
    except ValueError:
        wanted = "a number in decimal degrees, e.g. 56.42" if kind is float else "a whole number"
        raise ValidationError(field, f"must be {wanted}") from None


class CityByHandDialog(QDialog):
    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enter a city by hand"))
        self.draft: CityDraft | None = None
        self.messages = FieldMessages()
        self.name = QLineEdit(name)
        self.native_name = QLineEdit()
        self.native_name.setPlaceholderText(self.tr("e.g. Суздаль"))
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.addItem("", "")
        for code, country in sorted(countries().items(), key=lambda item: item[1].name):
            self.country.addItem(f"{country.name} ({code})", code)
        self.country.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.country.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.region = QLineEdit()
        self.latitude = QLineEdit()
        self.latitude.setPlaceholderText(self.tr("e.g. 56.42 — empty if unknown"))
        self.longitude = QLineEdit()
        self.longitude.setPlaceholderText(self.tr("e.g. 40.44"))
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItem("")
        self.timezone.addItems(sorted(zoneinfo.available_timezones()))
        self.timezone.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.population = QLineEdit()
        form = QFormLayout()
        rows = (
            ("name", self.tr("Name"), self.name),
            ("native_name", self.tr("Name in its own script"), self.native_name),
            ("country_code", self.tr("Country"), self.country),
            ("region", self.tr("Region"), self.region),
            ("latitude", self.tr("Latitude"), self.latitude),
            ("longitude", self.tr("Longitude"), self.longitude),
            ("timezone", self.tr("Time zone"), self.timezone),
            ("population", self.tr("Population"), self.population),
        )
        for field, label, widget in rows:
            form.addRow(label, self.messages.wrap(field, widget))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this city"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def country_code(self) -> str:
        index = self.country.findText(self.country.currentText())
        if index > 0:
            return self.country.itemData(index)
        return self.country.currentText().strip()  # a code typed in ("RU")

    def collect(self) -> CityDraft:
        """The form as a checked draft, or ValidationError naming the field."""
        draft = CityDraft(
            name=self.name.text(),
            native_name=self.native_name.text(),
            country_code=self.country_code(),
            region=self.region.text(),
            latitude=_number("latitude", self.latitude.text(), float),
            longitude=_number("longitude", self.longitude.text(), float),
            timezone=self.timezone.currentText(),
            population=_number("population", self.population.text(), int),
        )
        return validate_city(draft)

    def accept(self) -> None:
        self.messages.clear()
        try:
            self.draft = self.collect()
        except ValidationError as refused:
            self.messages.show(refused.field, refused.message)
            widget = self.messages.widget(refused.field)
            if widget is not None:
                widget.setFocus()
            return
        super().accept()
