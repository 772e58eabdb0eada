"""The editor of one organisation: names in both scripts, kind, city, address and contacts.

Like the person editor it saves through a callback (the undo stack), shows refusals beside the
field, warns of a possible duplicate before saving, and asks before discarding typed changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import OrganisationKind
from exchangedesk.domain.errors import ConcurrentEditError, StaleEditError, ValidationError
from exchangedesk.domain.people import OrganisationDraft, organisation_problems
from exchangedesk.services.partnerships.gazetteer import find_cities
from exchangedesk.services.people.duplicates import find_possible_duplicate_organisations
from exchangedesk.services.people.organisations import OrganisationDetail
from exchangedesk.ui.dialogs import confirm
from exchangedesk.ui.dialogs.record_fields import (
    Choice,
    FieldMessages,
    LookupField,
    error_colour,
)
from exchangedesk.ui.formatting import enum_text
from exchangedesk.ui.people.duplicate_banner import Candidate, DuplicateBanner
from exchangedesk.ui.sharing.stale_edit import StaleEditing

SaveOrganisation = Callable[[OrganisationDraft], OrganisationDetail]
DUPLICATE_CHECK_DELAY_MS = 400


class OrganisationEditor(StaleEditing, QDialog):
    def __init__(
        self,
        database: Database,
        *,
        organisation: OrganisationDetail | None,
        save: SaveOrganisation,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("organisation-editor")
        self.database, self.organisation, self._save = database, organisation, save
        self.saved: OrganisationDetail | None = None
        self.open_instead: int | None = None
        self.messages = FieldMessages()
        self.setWindowTitle(
            self.tr("Edit {0}").format(organisation.name)
            if organisation
            else self.tr("New organisation")
        )
        self.problem = QLabel()
        self.problem.setObjectName("editor-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {error_colour()}; font-weight: bold")
        self.problem.hide()
        self.duplicates = DuplicateBanner(self.tr("organisation"))
        self.duplicates.open_requested.connect(self._open_existing)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Volgograd Pedagogical University"))
        self.native_name = QLineEdit()
        self.native_name.setPlaceholderText(self.tr("In its own script, if not Latin"))
        self.kind = QComboBox()
        for kind in OrganisationKind:
            self.kind.addItem(enum_text(kind), kind)
        self.city = LookupField(
            lambda text: [Choice(c.id, c.label) for c in find_cities(self.database, text)],
            self.tr("Type the city in any script"),
        )
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)  # Tab moves on; never a trap
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab moves on; never a trap
        for box, lines in ((self.address, 3), (self.notes, 4)):
            box.setTabChangesFocus(True)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
        self.email, self.phone, self.website = QLineEdit(), QLineEdit(), QLineEdit()
        self.website.setPlaceholderText("https://")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        m = self.messages
        for label, field, widget in (
            (self.tr("Name (Latin letters)"), "name", self.name),
            (self.tr("Name in own script"), "native_name", self.native_name),
            (self.tr("Kind"), "kind", self.kind),
            (self.tr("City"), "city_id", self.city),
            (self.tr("Address"), "address", self.address),
            (self.tr("E-mail"), "email", self.email),
            (self.tr("Phone"), "phone", self.phone),
            (self.tr("Website"), "website", self.website),
            (self.tr("Notes"), "notes", self.notes),
        ):
            form.addRow(label + ":", m.wrap(field, widget))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(self.duplicates)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        if organisation is not None:
            self._fill(organisation)
        self._original = self.draft()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DUPLICATE_CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_duplicates)
        for edit in (self.name, self.native_name):
            edit.textChanged.connect(lambda _t: self._timer.start())
        self.resize(640, 460)
        self.name.setFocus()

    def _fill(self, organisation: OrganisationDetail) -> None:
        d = organisation.draft
        self.name.setText(d.name)
        self.native_name.setText(d.native_name or "")
        self.kind.setCurrentIndex(max(self.kind.findData(d.kind), 0))
        self.city.set_choice(d.city_id, organisation.city)
        self.address.setPlainText(d.address or "")
        self.email.setText(d.email or "")
        self.phone.setText(d.phone or "")
        self.website.setText(d.website or "")
        self.notes.setPlainText(d.notes or "")

    def draft(self) -> OrganisationDraft:
        return OrganisationDraft(
            name=self.name.text(),
            native_name=self.native_name.text() or None,
            kind=OrganisationKind(self.kind.currentData()),
            city_id=self.city.chosen_id,
            address=self.address.toPlainText() or None,
            email=self.email.text() or None,
            phone=self.phone.text() or None,
            website=self.website.text() or None,
            notes=self.notes.toPlainText() or None,
        ).normalised()

    def check_duplicates(self) -> list[Candidate]:
        self._timer.stop()
        draft = self.draft()
        if not draft.name:
            self.duplicates.show_candidates([])
            return []
        found = find_possible_duplicate_organisations(
            self.database,
            draft,
            exclude_id=self.organisation.id if self.organisation else None,
        )
        candidates = [
            Candidate(
                c.id,
                f"{c.name} ({c.native_name})" if c.native_name else c.name,
                c.city or "",
                c.reasons,
            )
            for c in found
        ]
        self.duplicates.show_candidates(candidates)
        return candidates

    def save(self) -> None:
        self.messages.clear()
        self.problem.hide()
        draft = self.draft()
        problems: dict[str, str] = {}
        for problem in organisation_problems(draft):
            problems.setdefault(problem.field, problem.message)
        if self.city.unresolved:
            problems["city_id"] = self.tr("pick the city from the list")
        if problems:
            for field, message in problems.items():
                self.messages.show(field, message)
            widget = self.messages.widget(next(iter(problems)))
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        names_changed = (draft.name, draft.native_name) != (
            self._original.name,
            self._original.native_name,
        )
        needs_check = self.organisation is None or names_changed
        if needs_check and self.check_duplicates() and not self.duplicates.acknowledged:
            self.duplicates.acknowledge.setFocus()
            return
        try:
            self.saved = self._save(draft)
        except ValidationError as exc:
            if self.messages.knows(exc.field):
                self.messages.show(exc.field, exc.message)
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

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _open_existing(self, organisation_id: int) -> None:
        self.open_instead = organisation_id
        super().reject()

    def reject(self) -> None:
        if self.draft() != self._original and not confirm.ask(
            self,
            self.tr("Discard changes?"),
            self.tr("You have changed this organisation. Close without saving?"),
            self.tr("Discard changes"),
            self.tr("Keep editing"),
        ):
            return
        super().reject()
