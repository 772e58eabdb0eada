"""The editor of a host family: address, beds, languages, pets, smokers, the allergies it can
manage, and its vetting (by whom and when; valid for the years the service names)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.services.exchanges.host_families import (
    MAX_BEDS,
    VETTING_VALID_YEARS,
    HostFamilyDraft,
    HostFamilyRow,
)
from exchangedesk.ui.dialogs.record_fields import DateField, LanguagesField
from exchangedesk.ui.exchanges.programme_editor import person_field
from exchangedesk.ui.exchanges.programme_form import ExchangeForm


def _coordinate(limit: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(-limit - 1, limit)  # the value below the range reads as "not known"
    box.setDecimals(5)
    box.setSpecialValueText("—")
    box.setValue(-limit - 1)
    return box


class HostFamilyEditor(ExchangeForm):
    def __init__(
        self,
        database: Database,
        *,
        family: HostFamilyRow | None,
        city_id: int | None,
        save: Callable[[HostFamilyDraft], object],
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit {0}").format(family.name) if family else self.tr("New host family")
        super().__init__(title, save, parent)
        self.setObjectName("host-family-editor")
        self.city_id = family.city_id if family else city_id
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. The Hughes family"))
        self.contact = person_field(database, self.tr("The parent to talk to"))
        self.address = QLineEdit()
        self.latitude, self.longitude = _coordinate(90), _coordinate(180)
        self.capacity = QSpinBox()
        self.capacity.setRange(1, MAX_BEDS)
        self.languages = LanguagesField()
        self.pets = QLineEdit()
        self.pets.setPlaceholderText(self.tr("e.g. cat, dog — empty if none"))
        self.smokers = QCheckBox(self.tr("Someone smokes in the home"))
        self.allergies = QLineEdit()
        self.allergies.setPlaceholderText(self.tr("Allergies the family can cater for, e.g. nuts"))
        self.vetted_by = QLineEdit()
        self.vetted_on = DateField()
        self.vetted_on.setToolTip(
            self.tr("A vetting counts for {0} years from this day.").format(VETTING_VALID_YEARS)
        )
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab moves on; never a trap
        self.notes.setFixedHeight(60)
        for label, field, widget in (
            (self.tr("Name"), "name", self.name),
            (self.tr("Contact"), "contact", self.contact),
            (self.tr("Address"), "address", self.address),
            (self.tr("Latitude"), "latitude", self.latitude),
            (self.tr("Longitude"), "longitude", self.longitude),
            (self.tr("Beds"), "capacity", self.capacity),
            (self.tr("Languages"), "languages", self.languages),
            (self.tr("Pets"), "pets", self.pets),
            (self.tr("Smokers"), "smokers", self.smokers),
            (self.tr("Allergies managed"), "allergies_managed", self.allergies),
            (self.tr("Vetted by"), "vetted_by", self.vetted_by),
            (self.tr("Vetted on"), "vetted_on", self.vetted_on),
            (self.tr("Notes"), "notes", self.notes),
        ):
            self.row(label, field, widget)
        if family is not None:
            self._fill(family)
        self.resize(520, 640)
        self.finish()

    def _fill(self, f: HostFamilyRow) -> None:
        self.name.setText(f.name)
        self.contact.set_choice(f.contact_person_id, f.contact)
        self.address.setText(f.address or "")
        if f.latitude is not None and f.longitude is not None:
            self.latitude.setValue(f.latitude)
            self.longitude.setValue(f.longitude)
        self.capacity.setValue(f.capacity)
        self.languages.set_codes(list(f.languages))
        self.pets.setText(", ".join(f.pets))
        self.smokers.setChecked(f.smokers)
        self.allergies.setText(", ".join(f.allergies_managed))
        self.vetted_by.setText(f.vetted_by or "")
        self.vetted_on.set_value(f.vetted_on)
        self.notes.setPlainText(f.notes or "")

    def check(self) -> dict[str, str]:
        if self.vetted_on.invalid:
            return {"vetted_on": self.tr("Not a date.")}
        if self.contact.unresolved:
            return {"contact": self.tr("Pick the person from the list.")}
        return {}

    @staticmethod
    def _value(box: QDoubleSpinBox) -> float | None:
        return None if box.value() == box.minimum() else box.value()

    def draft(self) -> HostFamilyDraft:
        return HostFamilyDraft(
            name=self.name.text(),
            capacity=self.capacity.value(),
            contact_person_id=self.contact.chosen_id,
            city_id=self.city_id,
            address=self.address.text().strip() or None,
            latitude=self._value(self.latitude),
            longitude=self._value(self.longitude),
            languages=", ".join(self.languages.codes()) or None,
            pets=self.pets.text().strip() or None,
            smokers=self.smokers.isChecked(),
            allergies_managed=self.allergies.text().strip() or None,
            vetted_by=self.vetted_by.text().strip() or None,
            vetted_on=self.vetted_on.value(),
            notes=self.notes.toPlainText().strip() or None,
        )
