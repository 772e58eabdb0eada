"""The editor's tab for passport, health and family details: locked until asked for.

For a person already saved, the tab shows nothing but an explanation and the button that loads
the details through ``reveal_sensitive`` (after a confirmation, and recorded in the audit log).
For a new person there is nothing to reveal, so the fields are open from the start.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.domain.people import SensitiveDraft
from exchangedesk.services.partnerships.gazetteer import countries
from exchangedesk.services.people.edits import SensitiveDetails
from exchangedesk.ui.dialogs.record_fields import (
    Choice,
    DateField,
    FieldMessages,
    LookupField,
)
from exchangedesk.ui.theme import icon, muted_text

SENSITIVE_FIELDS = frozenset(f.name for f in dataclasses.fields(SensitiveDraft))


def _text(widget: QLineEdit | QPlainTextEdit) -> str | None:
    value = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
    return value or None


def find_countries(text: str) -> list[Choice]:
    """Countries whose everyday name or code contains *text*, names starting with it first."""
    from exchangedesk.domain.text import fold

    wanted = fold(text)
    found = [
        (not fold(c.name).startswith(wanted), c.name, Choice(c.code, f"{c.name} ({c.code})"))
        for c in countries().values()
        if wanted in fold(c.name) or wanted == c.code.casefold()
    ]
    return [choice for *_key, choice in sorted(found, key=lambda f: (f[0], f[1]))][:20]


class SensitiveTab(QWidget):
    """Locked page / form page. :meth:`draft` is None while the details are not loaded."""

    reveal_requested = Signal()

    def __init__(
        self,
        messages: FieldMessages,
        find_people: Callable[[str], list[Choice]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.details: SensitiveDetails | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self._locked_page())
        self.stack.addWidget(self._form_page(messages, find_people))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # --- the two pages --------------------------------------------------------------------

    def _locked_page(self) -> QWidget:
        page = QWidget()
        picture = QLabel()
        picture.setPixmap(icon("mdi6.shield-lock-outline", muted_text()).pixmap(56, 56))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Date of birth, nationality, passport, dietary and medical notes, emergency "
                "contact and guardian are kept apart and stay hidden until you ask for them.\n\n"
                "Showing them is recorded in the audit log with your name."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMaximumWidth(460)
        self.reveal_button = QPushButton(
            icon("mdi6.eye-outline"), self.tr("Show and edit sensitive details…")
        )
        self.reveal_button.setObjectName("reveal-sensitive")
        self.reveal_button.clicked.connect(self.reveal_requested)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(picture)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _form_page(
        self, messages: FieldMessages, find_people: Callable[[str], list[Choice]]
    ) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        column = QVBoxLayout(page)
        column.addLayout(form)
        column.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.date_of_birth = DateField()
        self.nationality = LookupField(find_countries, self.tr("Type a country, e.g. Russia"))
        self.passport_number = QLineEdit()
        self.passport_number.setPlaceholderText(self.tr("As printed in the passport"))
        self.passport_expiry = DateField()
        self.dietary_notes = QPlainTextEdit()
        self.dietary_notes.setTabChangesFocus(True)  # Tab moves on; never a trap
        self.dietary_notes.setPlaceholderText(self.tr("e.g. vegetarian, no pork, nut allergy"))
        self.medical_notes = QPlainTextEdit()
        self.medical_notes.setTabChangesFocus(True)  # Tab moves on; never a trap
        self.medical_notes.setPlaceholderText(
            self.tr("Health and accessibility: medication, wheelchair access…")
        )
        for box in (self.dietary_notes, self.medical_notes):
            box.setTabChangesFocus(True)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 14)
        self.emergency_contact_name = QLineEdit()
        self.emergency_contact_phone = QLineEdit()
        self.guardian = LookupField(find_people, self.tr("For minors: type the guardian's name"))
        rows = [
            (self.tr("Date of birth"), "date_of_birth", self.date_of_birth),
            (self.tr("Nationality"), "nationality", self.nationality),
            (self.tr("Passport number"), "passport_number", self.passport_number),
            (self.tr("Passport valid until"), "passport_expiry", self.passport_expiry),
            (self.tr("Dietary needs"), "dietary_notes", self.dietary_notes),
            (self.tr("Medical / accessibility"), "medical_notes", self.medical_notes),
            (self.tr("Emergency contact"), "emergency_contact_name", self.emergency_contact_name),
            (self.tr("Emergency phone"), "emergency_contact_phone", self.emergency_contact_phone),
            (self.tr("Guardian"), "guardian_id", self.guardian),
        ]
        for label, field, widget in rows:
            form.addRow(label + ":", messages.wrap(field, widget))
        return page

    # --- state ----------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self.stack.currentIndex() == 1

    def open_empty(self) -> None:
        """A new person: nothing to reveal, the fields are open."""
        self.load(None)

    def load(self, details: SensitiveDetails | None) -> None:
        self.details = details
        draft = details.draft if details is not None else SensitiveDraft()
        self.date_of_birth.set_value(draft.date_of_birth)
        country = countries().get(draft.nationality or "")
        self.nationality.set_choice(
            draft.nationality,
            f"{country.name} ({country.code})" if country else draft.nationality,
        )
        self.passport_number.setText(draft.passport_number or "")
        self.passport_expiry.set_value(draft.passport_expiry)
        self.dietary_notes.setPlainText(draft.dietary_notes or "")
        self.medical_notes.setPlainText(draft.medical_notes or "")
        self.emergency_contact_name.setText(draft.emergency_contact_name or "")
        self.emergency_contact_phone.setText(draft.emergency_contact_phone or "")
        self.guardian.set_choice(draft.guardian_id, details.guardian if details else None)
        self.stack.setCurrentIndex(1)
        if details is not None:  # revealed on request: start at the top of the form
            self.date_of_birth.setFocus()

    @property
    def version(self) -> int | None:
        return self.details.version if self.details is not None else None

    @property
    def original(self) -> SensitiveDraft:
        return self.details.draft if self.details is not None else SensitiveDraft()

    def draft(self) -> SensitiveDraft | None:
        if not self.loaded:
            return None
        return SensitiveDraft(
            date_of_birth=self.date_of_birth.value(),
            nationality=self.nationality.chosen_id,
            passport_number=_text(self.passport_number),
            passport_expiry=self.passport_expiry.value(),
            dietary_notes=_text(self.dietary_notes),
            medical_notes=_text(self.medical_notes),
            emergency_contact_name=_text(self.emergency_contact_name),
            emergency_contact_phone=_text(self.emergency_contact_phone),
            guardian_id=self.guardian.chosen_id,
        ).normalised()

    def entry_problems(self) -> dict[str, str]:
        """What cannot even be read: a date that is no date, a name not picked from a list."""
        problems = {}
        for field, widget in (
            ("date_of_birth", self.date_of_birth),
            ("passport_expiry", self.passport_expiry),
        ):
            if self.loaded and widget.invalid:
                problems[field] = self.tr("is not a date; write it like 17 May 1990")
        if self.loaded and self.nationality.unresolved:
            problems["nationality"] = self.tr("pick the country from the list")
        if self.loaded and self.guardian.unresolved:
            problems["guardian_id"] = self.tr("pick the guardian from the list of people")
        return problems
