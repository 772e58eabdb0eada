"""The editor of a participant (the student, their school, age, languages, needs, emergency
contact, guardian and siblings) and the small dialog recording a guardian's consent.

The needs are sensitive: the editor shows them because the secretary opened the participant on
purpose; lists only show that something is recorded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.services.exchanges.consents import ConsentDraft
from exchangedesk.services.exchanges.participants import ParticipantDraft
from exchangedesk.services.exchanges.support import SCOPE_WORDS, ConsentScope
from exchangedesk.ui.dialogs.record_fields import DateField, LanguagesField
from exchangedesk.ui.exchanges.detail import gender_text, gender_value
from exchangedesk.ui.exchanges.programme_editor import organisation_field, person_field
from exchangedesk.ui.exchanges.programme_form import ExchangeForm


def _notes() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # Tab moves on; never a trap
    edit.setFixedHeight(52)
    return edit


class ParticipantEditor(ExchangeForm):
    def __init__(
        self,
        database: Database,
        *,
        draft: ParticipantDraft | None,
        names: dict[int, str],
        save: Callable[[ParticipantDraft], object],
        parent: QWidget | None = None,
    ) -> None:
        """``names`` labels the people and organisations the draft refers to by id."""
        title = self.tr("Edit participant") if draft else self.tr("New participant")
        super().__init__(title, save, parent)
        self.setObjectName("participant-editor")
        self.editing = draft is not None
        self.person = person_field(database, self.tr("Type the student's name"))
        self.person.setEnabled(not self.editing)
        self.school = organisation_field(database, self.tr("The student's own school"))
        self.date_of_birth = DateField()
        self.gender = QComboBox()
        self.gender.setEditable(True)
        self.gender.addItems(["", gender_text("female"), gender_text("male")])
        self.languages = LanguagesField()
        self.allergies = QLineEdit()
        self.allergies.setPlaceholderText(self.tr("Comma-separated, e.g. cats, nuts"))
        self.dietary, self.medical = _notes(), _notes()
        self.emergency_name, self.emergency_phone = QLineEdit(), QLineEdit()
        self.guardian = person_field(database, self.tr("Parent or guardian (for a minor)"))
        self.sibling_group = QLineEdit()
        self.sibling_group.setPlaceholderText(self.tr("The same word for brothers and sisters"))
        self.siblings = QComboBox()
        self.siblings.addItem(self.tr("No wish"), None)
        self.siblings.addItem(self.tr("Together with their siblings"), True)
        self.siblings.addItem(self.tr("Apart from their siblings"), False)
        self.notes = _notes()
        for label, field, widget in (
            (self.tr("Student"), "person", self.person),
            (self.tr("School"), "school", self.school),
            (self.tr("Date of birth"), "date_of_birth", self.date_of_birth),
            (self.tr("Gender"), "gender", self.gender),
            (self.tr("Languages"), "languages", self.languages),
            (self.tr("Allergies"), "allergies", self.allergies),
            (self.tr("Dietary needs"), "dietary_notes", self.dietary),
            (self.tr("Medical notes"), "medical_notes", self.medical),
            (self.tr("Emergency contact"), "emergency_contact_name", self.emergency_name),
            (self.tr("Emergency phone"), "emergency_contact_phone", self.emergency_phone),
            (self.tr("Guardian"), "guardian", self.guardian),
            (self.tr("Sibling group"), "sibling_group", self.sibling_group),
            (self.tr("Siblings"), "siblings_together", self.siblings),
            (self.tr("Notes"), "notes", self.notes),
        ):
            self.row(label, field, widget)
        if draft is not None:
            self._fill(draft, names)
        self.resize(560, 720)
        self.finish()

    def _fill(self, d: ParticipantDraft, names: dict[int, str]) -> None:
        self.person.set_choice(d.person_id, names.get(d.person_id or 0))
        self.school.set_choice(d.school_id, names.get(d.school_id or 0))
        self.date_of_birth.set_value(d.date_of_birth)
        self.gender.setCurrentText(gender_text(d.gender))
        self.languages.set_codes([c.strip() for c in (d.languages or "").split(",") if c.strip()])
        self.allergies.setText(d.allergies or "")
        self.dietary.setPlainText(d.dietary_notes or "")
        self.medical.setPlainText(d.medical_notes or "")
        self.emergency_name.setText(d.emergency_contact_name or "")
        self.emergency_phone.setText(d.emergency_contact_phone or "")
        self.guardian.set_choice(d.guardian_id, names.get(d.guardian_id or 0))
        self.sibling_group.setText(d.sibling_group or "")
        self.siblings.setCurrentIndex(max(0, self.siblings.findData(d.siblings_together)))
        self.notes.setPlainText(d.notes or "")

    def check(self) -> dict[str, str]:
        problems = {}
        if self.date_of_birth.invalid:
            problems["date_of_birth"] = self.tr("Not a date: type e.g. 17 May 2010.")
        for field, lookup in (
            ("person", self.person),
            ("school", self.school),
            ("guardian", self.guardian),
        ):
            if lookup.unresolved:
                problems[field] = self.tr("Pick the record from the list.")
        return problems

    def draft(self) -> ParticipantDraft:
        return ParticipantDraft(
            person_id=self.person.chosen_id,
            school_id=self.school.chosen_id,
            date_of_birth=self.date_of_birth.value(),
            gender=gender_value(self.gender.currentText()),
            languages=", ".join(self.languages.codes()) or None,
            dietary_notes=self.dietary.toPlainText().strip() or None,
            medical_notes=self.medical.toPlainText().strip() or None,
            allergies=self.allergies.text().strip() or None,
            emergency_contact_name=self.emergency_name.text().strip() or None,
            emergency_contact_phone=self.emergency_phone.text().strip() or None,
            guardian_id=self.guardian.chosen_id,
            sibling_group=self.sibling_group.text().strip() or None,
            siblings_together=self.siblings.currentData(),
            notes=self.notes.toPlainText().strip() or None,
        )


class ConsentDialog(ExchangeForm):
    """Who consented, when, and to what."""

    def __init__(
        self,
        database: Database,
        *,
        student: str,
        guardian: tuple[int, str] | None,
        save: Callable[[ConsentDraft], object],
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Consent for {0}").format(student), save, parent)
        self.setObjectName("consent-dialog")
        self.given_by = person_field(database, self.tr("The guardian who consented"))
        if guardian is not None:
            self.given_by.set_choice(*guardian)
        self.given_on = DateField()
        self.given_on.set_value(today or dt.date.today())
        self.scopes = {scope: QCheckBox(SCOPE_WORDS[scope]) for scope in ConsentScope}
        for box in self.scopes.values():
            box.setChecked(True)
        covers = QWidget()
        layout = QVBoxLayout(covers)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in self.scopes.values():
            layout.addWidget(box)
        self.row(self.tr("Given by"), "given_by", self.given_by)
        self.row(self.tr("Given on"), "given_on", self.given_on)
        self.row(self.tr("Covers"), "covers", covers)
        self.finish()

    def check(self) -> dict[str, str]:
        if self.given_on.invalid:
            return {"given_on": self.tr("Not a date.")}
        if self.given_by.unresolved:
            return {"given_by": self.tr("Pick the person from the list.")}
        return {}

    def draft(self) -> ConsentDraft:
        return ConsentDraft(
            self.given_by.chosen_id,
            self.given_on.value(),
            frozenset(s for s, box in self.scopes.items() if box.isChecked()),
        )
