"""The pane beside the people list: the selected person, and their sensitive details masked.

The pane reads the person with ``get_person``, which never touches the sensitive table. The
sensitive rows show only dots until the user presses “Show sensitive details”, confirms, and
``reveal_sensitive`` loads them (recording who looked in the audit log). Selecting another
person hides them again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.addressing import letter_opening, titled_name
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.services.people.edits import SensitiveDetails, reveal_sensitive
from exchangedesk.services.people.lists import PersonDetail, PersonRow, get_person
from exchangedesk.ui.dialogs import confirm
from exchangedesk.ui.formatting import (
    country_text,
    date_text,
    gender_text,
    language_text,
    place_text,
)
from exchangedesk.ui.people import privacy
from exchangedesk.ui.people.consents import ConsentsSection
from exchangedesk.ui.people.labels import field_label
from exchangedesk.ui.theme import icon, muted_text

MASK = "••••••"
SENSITIVE_ROWS = (
    "date_of_birth",
    "nationality",
    "passport_number",
    "passport_expiry",
    "dietary_notes",
    "medical_notes",
    "emergency_contact_name",
    "guardian_id",
)


def _value_label() -> QLabel:
    value = QLabel()
    value.setWordWrap(True)
    value.setTextFormat(Qt.TextFormat.PlainText)  # names are data, never markup
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return value


class PersonDetailPane(QScrollArea):
    edit_requested = Signal(int)
    merge_requested = Signal(int)
    erased = Signal(int)
    message = Signal(str)

    def __init__(
        self,
        database: Database,
        actor: str | None,  # None: whoever the database names at the time (Preferences)
        prompt: str,
        parent: QWidget | None = None,
        edits=None,  # noqa: ANN001 - the area's PeopleEdits: consents become undoable
    ) -> None:
        super().__init__(parent)
        self.setObjectName("person-detail")
        self.database, self.actor, self._prompt = database, actor, prompt
        self.person: PersonDetail | None = None
        self.revealed: SensitiveDetails | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 8, 12, 8)
        self.heading = QLabel(prompt)
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.heading)

        self.edit_button = QPushButton(icon("mdi6.pencil-outline"), self.tr("Edit…"))
        self.edit_button.setObjectName("edit-person")
        self.merge_button = QPushButton(icon("mdi6.call-merge"), self.tr("Merge with…"))
        self.merge_button.setObjectName("merge-person")
        self.merge_button.setToolTip(self.tr("This person was entered twice: merge the records"))
        self.edit_button.clicked.connect(self._edit)
        self.merge_button.clicked.connect(self._merge)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.export_button = QPushButton(
            icon("mdi6.file-export-outline"), self.tr("Export personal data…")
        )
        self.export_button.setObjectName("export-personal-data")
        self.export_button.setToolTip(self.tr("Everything held about this person, for them"))
        self.erase_button = QPushButton(icon("mdi6.account-remove-outline"), self.tr("Erase…"))
        self.erase_button.setObjectName("erase-person")
        self.erase_button.setToolTip(self.tr("Erase this person's data when they ask"))
        self.export_button.clicked.connect(self.export_personal_data)
        self.erase_button.clicked.connect(self.erase)
        privacy_buttons = QHBoxLayout()
        privacy_buttons.addWidget(self.export_button)
        privacy_buttons.addWidget(self.erase_button)
        privacy_buttons.addStretch(1)
        layout.addLayout(privacy_buttons)

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, tuple[QLabel, QLabel]] = {}
        for key, label in (
            ("native_name", self.tr("In own script")),
            ("organisation", self.tr("Organisation")),
            ("role", self.tr("Role")),
            ("city", self.tr("Lives in")),
            ("languages", self.tr("Languages")),
            ("email", self.tr("E-mail")),
            ("phone", self.tr("Phone")),
            ("address", self.tr("Address")),
            ("gender", self.tr("Gender")),
            ("opening", self.tr("Letters begin")),
            ("notes", self.tr("Notes")),
        ):
            name, value = QLabel(label + ":"), _value_label()
            self.form.addRow(name, value)
            self.values[key] = (name, value)
        layout.addLayout(self.form)

        self.sensitive_box = QGroupBox(self.tr("Sensitive details"))
        self.sensitive_box.setObjectName("sensitive-details")
        box_layout = QVBoxLayout(self.sensitive_box)
        self.sensitive_form = QFormLayout()
        self.sensitive_values: dict[str, QLabel] = {}
        for field in SENSITIVE_ROWS:
            value = _value_label()
            self.sensitive_form.addRow(field_label(field) + ":", value)
            self.sensitive_values[field] = value
        self.sensitive_note = QLabel()
        self.sensitive_note.setWordWrap(True)
        self.reveal_button = QPushButton(
            icon("mdi6.eye-outline"), self.tr("Show sensitive details…")
        )
        self.reveal_button.setObjectName("reveal-sensitive")
        self.reveal_button.clicked.connect(self.reveal)
        self.hide_button = QPushButton(icon("mdi6.eye-off-outline"), self.tr("Hide again"))
        self.hide_button.clicked.connect(self.hide_sensitive)
        box_buttons = QHBoxLayout()
        box_buttons.addWidget(self.reveal_button)
        box_buttons.addWidget(self.hide_button)
        box_buttons.addStretch(1)
        box_layout.addLayout(self.sensitive_form)
        box_layout.addWidget(self.sensitive_note)
        box_layout.addLayout(box_buttons)
        layout.addWidget(self.sensitive_box)
        if edits is None:  # a pane on its own (tests): saved, not undoable
            from exchangedesk.ui.people.commands import PeopleEdits

            edits = PeopleEdits(database, actor, lambda: None, lambda _k, _i: None)
        self.consents = ConsentsSection(database, edits)
        self.consents.message.connect(self.message)
        layout.addWidget(self.consents)
        layout.addStretch(1)
        self.setWidget(body)
        read_only = database.read_only
        for button in (self.edit_button, self.merge_button):
            button.setEnabled(not read_only)
        if read_only:
            self.reveal_button.setToolTip(
                self.tr("A database opened read-only cannot record who looked, so they stay hidden")
            )
        self.show_row(None)

    # --- showing a person -----------------------------------------------------------------

    def actor_name(self) -> str:
        """Who reveals and erases: a name set in Preferences after the pane was built counts."""
        return self.actor or self.database.actor

    def show_row(self, row: PersonRow | None) -> None:
        self.show_person(row.id if row is not None else None)

    def show_person(self, person_id: int | None) -> None:
        self.revealed = None
        self.person = None
        if person_id is not None:
            try:
                self.person = get_person(self.database, person_id)
            except ExchangeDeskError as exc:
                self.message.emit(str(exc))
        person = self.person
        self.heading.setText(self._heading(person) if person else self._prompt)
        for widget in (
            self.edit_button,
            self.merge_button,
            self.sensitive_box,
            self.consents,
            self.export_button,
            self.erase_button,
        ):
            widget.setVisible(person is not None)
        for widget in (self.export_button, self.erase_button):  # both write to the register
            widget.setEnabled(not self.database.read_only)
        texts = self._texts(person) if person else {}
        for key, (name, value) in self.values.items():
            text = texts.get(key, "")
            value.setText(text)
            name.setVisible(bool(text))
            value.setVisible(bool(text))
        self._show_sensitive()
        self.consents.show_person(person.id if person else None, person.name if person else "")

    def _heading(self, person: PersonDetail) -> str:
        d = person.draft
        return titled_name(
            given_name=d.given_name,
            family_name=d.family_name,
            salutation=d.salutation,
            native_name=person.native_name,
        )

    def _texts(self, person: PersonDetail) -> dict[str, str]:
        d = person.draft
        return {
            "native_name": person.native_name or "",
            "organisation": person.organisation or "",
            "role": d.role or "",
            "city": place_text(person.city, person.city_country_code),
            "languages": language_text(",".join(d.languages)),
            "email": d.email or "",
            "phone": d.phone or "",
            "address": d.address or "",
            "gender": gender_text(d.gender),
            "opening": letter_opening(
                given_name=d.given_name,
                family_name=d.family_name,
                salutation=d.salutation,
                form_of_address=d.form_of_address,
                family_name_native=d.family_name_native,
            )
            + ",",
            "notes": d.notes or "",
        }

    def _show_sensitive(self) -> None:
        revealed = self.revealed
        muted = muted_text().name()
        for field, value in self.sensitive_values.items():
            label = self.sensitive_form.labelForField(value)
            if revealed is None:
                value.setText(MASK)
                value.setStyleSheet(f"color: {muted}")
                value.setToolTip(self.tr("Hidden until you choose Show sensitive details"))
                value.setVisible(True)
                label.setVisible(True)
            else:
                text = self._sensitive_text(revealed, field)
                value.setText(text)
                value.setStyleSheet("")
                value.setToolTip("")
                value.setVisible(bool(text))
                label.setVisible(bool(text))
        if revealed is None:
            self.sensitive_note.setText(
                self.tr("Hidden. Showing them is recorded in the audit log with your name.")
            )
        elif revealed.draft.is_empty:
            self.sensitive_note.setText(self.tr("Nothing recorded."))
        else:
            self.sensitive_note.setText(
                self.tr("Shown to {0}; recorded in the audit log.").format(self.actor_name())
            )
        self.reveal_button.setVisible(revealed is None)
        self.reveal_button.setEnabled(not self.database.read_only)
        self.hide_button.setVisible(revealed is not None)

    def _sensitive_text(self, revealed: SensitiveDetails, field: str) -> str:
        d = revealed.draft
        if field == "date_of_birth":
            return date_text(d.date_of_birth)
        if field == "passport_expiry":
            return date_text(d.passport_expiry)
        if field == "nationality":
            return country_text(d.nationality)
        if field == "emergency_contact_name":
            parts = [p for p in (d.emergency_contact_name, d.emergency_contact_phone) if p]
            return ", ".join(parts)
        if field == "guardian_id":
            return revealed.guardian or ""
        return getattr(d, field) or ""

    # --- actions --------------------------------------------------------------------------

    def reveal(self) -> bool:
        person = self.person
        if person is None or self.revealed is not None:
            return self.revealed is not None
        if not confirm.ask(
            self,
            self.tr("Show sensitive details"),
            self.tr(
                "Show the passport, health and family details of {0}?\n\nThe audit log will "
                "record that {1} looked at them now."
            ).format(person.name, self.actor_name()),
            self.tr("Show details"),
            self.tr("Keep hidden"),
        ):
            return False
        try:
            self.revealed = reveal_sensitive(self.database, person.id, actor=self.actor_name())
        except ExchangeDeskError as exc:
            self.message.emit(str(exc))
            return False
        self._show_sensitive()
        return True

    def hide_sensitive(self) -> None:
        self.revealed = None
        self._show_sensitive()

    def shown_values(self) -> dict[str, str]:
        """Label → text on display (for tests and accessibility checks)."""
        shown = {key: value.text() for key, (_n, value) in self.values.items() if value.text()}
        for field, value in self.sensitive_values.items():
            if not value.isHidden():
                shown[field] = value.text()
        return shown

    def _edit(self) -> None:
        if self.person is not None:
            self.edit_requested.emit(self.person.id)

    def _merge(self) -> None:
        if self.person is not None:
            self.merge_requested.emit(self.person.id)

    def export_personal_data(self) -> None:
        person = self.person
        if person is None:
            return
        try:
            files = privacy.export_to_folder(
                self, self.database, person.id, person.name, self.actor_name()
            )
        except ExchangeDeskError as exc:
            self.message.emit(str(exc))
            return
        if files is not None:
            self.message.emit(
                self.tr("Personal data of {0} written to {1} and {2}").format(
                    person.name, files.json_path.name, files.pdf_path.name
                )
            )

    def erase(self) -> None:
        person = self.person
        if person is None:
            return
        try:
            result = privacy.erase_after_asking(self, self.database, person.id)
        except ExchangeDeskError as exc:
            self.message.emit(str(exc))
            return
        if result is not None:
            self.message.emit(self.tr("Person #{0} erased").format(person.id))
            self.erased.emit(person.id)
