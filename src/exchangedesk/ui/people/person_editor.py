"""The editor of one person: names in both scripts, how to address them, organisation, contact
details; and, on a second tab loaded only on request, the sensitive details.

The dialog saves nothing itself: Save hands the drafts to the ``save`` callback (which puts the
edit on the undo stack). A refusal comes back as an exception and is shown beside the field it
names; a concurrent edit is shown at the top. Cancel leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.addressing import letter_opening
from exchangedesk.domain.errors import ConcurrentEditError, StaleEditError, ValidationError
from exchangedesk.domain.people import GENDERS, SALUTATIONS, PersonDraft, SensitiveDraft
from exchangedesk.services.partnerships.gazetteer import find_cities
from exchangedesk.services.people.duplicates import find_possible_duplicates
from exchangedesk.services.people.edits import SavedPerson, reveal_sensitive
from exchangedesk.services.people.lists import PersonDetail, find_people, get_person
from exchangedesk.services.people.organisations import find_organisations
from exchangedesk.ui.dialogs import confirm
from exchangedesk.ui.dialogs.record_fields import (
    Choice,
    FieldMessages,
    LanguagesField,
    LookupField,
    error_colour,
)
from exchangedesk.ui.people.duplicate_banner import Candidate, DuplicateBanner
from exchangedesk.ui.people.sensitive_tab import SENSITIVE_FIELDS, SensitiveTab
from exchangedesk.ui.sharing.stale_edit import StaleEditing

# save(draft, sensitive or None when untouched, the sensitive version it was loaded at)
SavePerson = Callable[[PersonDraft, SensitiveDraft | None, int | None], SavedPerson]
DUPLICATE_CHECK_DELAY_MS = 400


def _editable_combo(values: tuple[str, ...]) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(["", *values])
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return combo


def _notes_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class PersonEditor(StaleEditing, QDialog):
    def __init__(
        self,
        database: Database,
        *,
        person: PersonDetail | None,
        save: SavePerson,
        actor: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("person-editor")
        self.database, self.person, self._save, self.actor = database, person, save, actor
        self.saved: SavedPerson | None = None
        self.open_instead: int | None = None  # the existing person the user chose to open
        self.messages = FieldMessages()
        self.setWindowTitle(
            self.tr("Edit {0}").format(person.name) if person else self.tr("New person")
        )

        self.problem = QLabel()  # a refusal that belongs to no field (someone else's save)
        self.problem.setObjectName("editor-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {error_colour()}; font-weight: bold")
        self.problem.hide()
        self.duplicates = DuplicateBanner(self.tr("person"))
        self.duplicates.open_requested.connect(self._open_existing)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._person_page(), self.tr("Person"))
        self.sensitive = SensitiveTab(self.messages, self._find_guardians)
        self.sensitive.reveal_requested.connect(self.reveal)
        self.tabs.addTab(self.sensitive, self.tr("Sensitive details"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(DUPLICATE_CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_duplicates)
        if person is not None:
            self._fill(person)
        else:
            self.sensitive.open_empty()
        self._original = (self.draft(), self.sensitive.draft())
        for edit in self._name_edits:
            edit.textChanged.connect(lambda _t: self._check_timer.start())
        self.organisation.chosen.connect(lambda _id: self._check_timer.start())
        self.city.chosen.connect(lambda _id: self._check_timer.start())
        self.resize(880, 560)
        self.given_name.setFocus()

    # --- the Person tab -------------------------------------------------------------------

    def _person_page(self) -> QWidget:
        self.given_name, self.family_name = QLineEdit(), QLineEdit()
        self.given_name_native, self.family_name_native = QLineEdit(), QLineEdit()
        self.given_name.setPlaceholderText(self.tr("In Latin letters, e.g. Olga"))
        self.family_name.setPlaceholderText(self.tr("In Latin letters, e.g. Ivanova"))
        self.given_name_native.setPlaceholderText(self.tr("In their own script, e.g. Ольга"))
        self.family_name_native.setPlaceholderText(self.tr("e.g. Иванова"))
        self._name_edits = (
            self.given_name,
            self.family_name,
            self.given_name_native,
            self.family_name_native,
        )
        self.salutation = _editable_combo(SALUTATIONS)
        self.form_of_address = QLineEdit()
        self.form_of_address.setPlaceholderText(self.tr("e.g. Dear Helen, or Your Excellency"))
        self.opening = QLabel()
        self.opening.setEnabled(False)  # a muted hint, not a field
        self.organisation = LookupField(
            lambda text: [Choice(o.id, o.label) for o in find_organisations(self.database, text)],
            self.tr("Type part of the organisation's name"),
        )
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("e.g. Head teacher, Mayor, Interpreter"))
        self.gender = _editable_combo(GENDERS)
        self.gender.setToolTip(self.tr("As the person states it; used when sharing rooms"))
        self.languages = LanguagesField()
        self.email, self.phone = QLineEdit(), QLineEdit()
        self.address = _notes_box(3)
        self.city = LookupField(
            lambda text: [Choice(c.id, c.label) for c in find_cities(self.database, text)],
            self.tr("Type the city in any script, e.g. Волгоград"),
        )
        self.notes = QPlainTextEdit()  # takes the room left over
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.notes.fontMetrics().lineSpacing() * 4 + 14)
        watched = (self.given_name, self.family_name, self.family_name_native, self.salutation)
        for widget in (*watched, self.form_of_address):
            signal = getattr(widget, "textChanged", None) or widget.currentTextChanged
            signal.connect(lambda _t: self._update_opening())

        m = self.messages
        names = QGridLayout()
        names.addWidget(QLabel(self.tr("Given name")), 0, 1)
        names.addWidget(QLabel(self.tr("Family name")), 0, 2)
        names.addWidget(QLabel(self.tr("Latin letters:")), 1, 0)
        names.addWidget(m.wrap("given_name", self.given_name), 1, 1)
        names.addWidget(m.wrap("family_name", self.family_name), 1, 2)
        names.addWidget(QLabel(self.tr("Own script:")), 2, 0)
        names.addWidget(m.wrap("given_name_native", self.given_name_native), 2, 1)
        names.addWidget(m.wrap("family_name_native", self.family_name_native), 2, 2)
        names.setColumnStretch(1, 1)
        names.setColumnStretch(2, 1)

        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        left.addRow(self.tr("Salutation:"), m.wrap("salutation", self.salutation))
        left.addRow(self.tr("Form of address:"), m.wrap("form_of_address", self.form_of_address))
        left.addRow("", self.opening)
        left.addRow(self.tr("Organisation:"), m.wrap("organisation_id", self.organisation))
        left.addRow(self.tr("Role:"), m.wrap("role", self.role))
        left.addRow(self.tr("Gender (as stated):"), m.wrap("gender", self.gender))
        left.addRow(self.tr("Languages:"), m.wrap("languages", self.languages))
        right.addRow(self.tr("E-mail:"), m.wrap("email", self.email))
        right.addRow(self.tr("Phone:"), m.wrap("phone", self.phone))
        right.addRow(self.tr("Address:"), m.wrap("address", self.address))
        right.addRow(self.tr("City:"), m.wrap("city_id", self.city))
        right.addRow(self.tr("Notes:"), m.wrap("notes", self.notes))

        page = QWidget()
        grid = QGridLayout(page)
        grid.addLayout(names, 0, 0, 1, 2)
        grid.setRowMinimumHeight(1, 8)
        grid.addLayout(left, 2, 0)
        grid.addLayout(right, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        return page

    def _update_opening(self) -> None:
        opening = letter_opening(
            given_name=self.given_name.text().strip(),
            family_name=self.family_name.text().strip(),
            salutation=self.salutation.currentText().strip() or None,
            form_of_address=self.form_of_address.text().strip() or None,
            family_name_native=self.family_name_native.text().strip() or None,
        )
        self.opening.setText(self.tr("Letters begin: “{0},”").format(opening))

    def _fill(self, person: PersonDetail) -> None:
        d = person.draft
        for edit, value in zip(
            self._name_edits,
            (d.given_name, d.family_name, d.given_name_native, d.family_name_native),
            strict=True,
        ):
            edit.setText(value or "")
        self.salutation.setCurrentText(d.salutation or "")
        self.form_of_address.setText(d.form_of_address or "")
        self.organisation.set_choice(d.organisation_id, person.organisation)
        self.role.setText(d.role or "")
        self.gender.setCurrentText(d.gender or "")
        self.languages.set_codes(d.languages)
        self.email.setText(d.email or "")
        self.phone.setText(d.phone or "")
        self.address.setPlainText(d.address or "")
        self.city.set_choice(d.city_id, person.city)
        self.notes.setPlainText(d.notes or "")
        self._update_opening()

    def draft(self) -> PersonDraft:
        def text(widget: QLineEdit) -> str:
            return widget.text()

        return PersonDraft(
            given_name=text(self.given_name),
            family_name=text(self.family_name),
            given_name_native=text(self.given_name_native) or None,
            family_name_native=text(self.family_name_native) or None,
            salutation=self.salutation.currentText() or None,
            form_of_address=text(self.form_of_address) or None,
            organisation_id=self.organisation.chosen_id,
            role=text(self.role) or None,
            gender=self.gender.currentText() or None,
            languages=self.languages.codes(),
            email=text(self.email) or None,
            phone=text(self.phone) or None,
            address=self.address.toPlainText() or None,
            city_id=self.city.chosen_id,
            notes=self.notes.toPlainText() or None,
        ).normalised()

    def _find_guardians(self, text: str) -> list[Choice]:
        exclude = self.person.id if self.person else None
        return [Choice(p.id, p.label) for p in find_people(self.database, text, exclude_id=exclude)]

    # --- revealing, checking, saving ------------------------------------------------------

    def reveal(self) -> bool:
        """Load the sensitive details, after asking; the service records it in the audit log."""
        if self.person is None or self.sensitive.loaded:
            return self.sensitive.loaded
        if not confirm.ask(
            self,
            self.tr("Show sensitive details"),
            self.tr(
                "Show the passport, health and family details of {0}?\n\nThe audit log will "
                "record that {1} looked at them now."
            ).format(self.person.name, self.actor),
            self.tr("Show details"),
            self.tr("Keep hidden"),
        ):
            return False
        try:
            details = reveal_sensitive(self.database, self.person.id, actor=self.actor)
        except ConcurrentEditError as exc:
            self._show_problem(str(exc))
            return False
        self.sensitive.load(details)
        self._original = (self._original[0], self.sensitive.draft())
        return True

    def check_duplicates(self) -> list[Candidate]:
        self._check_timer.stop()
        draft = self.draft()
        if not draft.family_name:
            self.duplicates.show_candidates([])
            return []
        sensitive = self.sensitive.draft()
        found = find_possible_duplicates(
            self.database,
            draft,
            date_of_birth=sensitive.date_of_birth if sensitive else None,
            exclude_id=self.person.id if self.person else None,
        )
        candidates = [
            Candidate(
                c.id,
                f"{c.name} ({c.native_name})" if c.native_name else c.name,
                ", ".join(p for p in (c.organisation, c.city) if p),
                c.reasons,
            )
            for c in found
        ]
        self.duplicates.show_candidates(candidates)
        return candidates

    def _names_changed(self) -> bool:
        before, now = self._original[0], self.draft()
        fields = ("given_name", "family_name", "given_name_native", "family_name_native")
        return any(getattr(before, f) != getattr(now, f) for f in fields)

    def save(self) -> None:
        self.messages.clear()
        self.problem.hide()
        draft, sensitive = self.draft(), self.sensitive.draft()
        problems = self._problems(draft, sensitive)
        if problems:
            for field, message in problems.items():
                self.messages.show(field, message)
            self._focus(next(iter(problems)))
            return
        needs_check = self.person is None or self._names_changed()
        if needs_check and self.check_duplicates() and not self.duplicates.acknowledged:
            self.duplicates.acknowledge.setFocus()
            return
        changed_sensitive = sensitive if sensitive != self._original[1] else None
        if self.person is None and sensitive is not None and sensitive.is_empty:
            changed_sensitive = None
        try:
            self.saved = self._save(draft, changed_sensitive, self.sensitive.version)
        except ValidationError as exc:
            if self.messages.knows(exc.field):
                self.messages.show(exc.field, exc.message)
                self._focus(exc.field)
            else:
                self._show_problem(str(exc))
            return
        except StaleEditError as exc:
            self._show_problem(str(exc))
            self.show_stale(exc)
            return
        except ConcurrentEditError as exc:
            self._show_problem(str(exc))
            return
        self.accept()

    def reload_saved(self) -> None:
        """Continue from the version saved now: the fields are filled from it again."""
        if self.person is None:
            return
        try:
            self.person = get_person(self.database, self.person.id)
        except ConcurrentEditError as exc:
            self._show_problem(str(exc))
            return
        self._fill(self.person)
        self._original = (self.draft(), self._original[1])
        self.problem.hide()

    def _problems(self, draft: PersonDraft, sensitive: SensitiveDraft | None) -> dict[str, str]:
        from exchangedesk.domain.people import person_problems, sensitive_problems

        problems: dict[str, str] = {}
        for problem in person_problems(draft):
            problems.setdefault(problem.field, problem.message)
        if self.organisation.unresolved:
            problems["organisation_id"] = self.tr("pick the organisation from the list")
        if self.city.unresolved:
            problems["city_id"] = self.tr("pick the city from the list")
        problems.update(self.sensitive.entry_problems())
        if sensitive is not None:
            person_id = self.person.id if self.person else None
            for problem in sensitive_problems(sensitive, person_id=person_id):
                problems.setdefault(problem.field, problem.message)
        return problems

    def _focus(self, field: str) -> None:
        self.tabs.setCurrentIndex(1 if field in SENSITIVE_FIELDS else 0)
        widget = self.messages.widget(field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _open_existing(self, person_id: int) -> None:
        self.open_instead = person_id
        super().reject()

    @property
    def changed(self) -> bool:
        return (self.draft(), self.sensitive.draft()) != self._original

    def reject(self) -> None:
        """Cancel, Escape or the window's close button: ask before throwing typing away."""
        if self.changed and not confirm.ask(
            self,
            self.tr("Discard changes?"),
            self.tr("You have changed this person. Close without saving?"),
            self.tr("Discard changes"),
            self.tr("Keep editing"),
        ):
            return
        super().reject()
