"""Adding or changing a member of a delegation: a person from the register (type part of a name
and pick) or a new person typed in here, their role, their own arrival and departure when
these differ from the delegation's, and their needs (diet, access, medicine)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QRadioButton, QWidget

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import MemberRole
from exchangedesk.domain.people import PersonDraft
from exchangedesk.services.delegations.detail import DelegationDetail, MemberRow
from exchangedesk.services.delegations.members import MemberDraft
from exchangedesk.services.people.lists import find_people
from exchangedesk.ui.aid.form import AidFormDialog, notes_box
from exchangedesk.ui.dialogs.record_fields import Choice, DateField, LookupField
from exchangedesk.ui.formatting import enum_text, period_text

MemberSave = Callable[[MemberDraft, PersonDraft | None], Any]


class MemberDialog(AidFormDialog):
    def __init__(
        self,
        database: Database,
        delegation: DelegationDetail,
        save: MemberSave,
        member: MemberRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(lambda both: save(*both), parent)
        self.member = member
        self.what = self.tr("The member")
        self.setWindowTitle(
            self.tr("Add a member to {0}").format(delegation.title)
            if member is None
            else self.tr("Change {0}").format(member.name)
        )
        members = {m.person_id for m in delegation.members}
        self.existing = QRadioButton(self.tr("From the register"))
        self.new = QRadioButton(self.tr("New person"))
        self.existing.setChecked(True)
        choice = QWidget()
        row = QHBoxLayout(choice)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.existing)
        row.addWidget(self.new)
        row.addStretch(1)
        self.person = LookupField(
            lambda text: [
                Choice(p.id, p.label) for p in find_people(database, text) if p.id not in members
            ],
            self.tr("Type part of a name in any script, e.g. Smirnova or Смирнова"),
        )
        self.given_name = QLineEdit()
        self.given_name.setPlaceholderText(self.tr("Given name in Latin letters"))
        self.family_name = QLineEdit()
        self.family_name.setPlaceholderText(self.tr("Family name in Latin letters"))
        self.role = QComboBox()
        for role in MemberRole:
            self.role.addItem(enum_text(role), role)
        self.arrival_on = DateField()
        self.arrival_on.edit.setPlaceholderText(self.tr("empty: arrives with the delegation"))
        self.departure_on = DateField()
        self.departure_on.edit.setPlaceholderText(self.tr("empty: leaves with the delegation"))
        self.needs = notes_box(2)
        self.needs.setPlaceholderText(self.tr("Diet, access, medicine… (optional)"))

        self.role.setCurrentIndex(self.role.findData(MemberRole.OFFICIAL))
        if member is None:
            self.form.addRow("", choice)
            self.field(self.tr("Person"), "person_id", self.person)
            self.field(self.tr("Given name"), "given_name", self.given_name)
            self.field(self.tr("Family name"), "family_name", self.family_name)
        self.field(self.tr("Role"), "role", self.role)
        self.field(self.tr("Own arrival"), "arrival_on", self.arrival_on)
        self.field(self.tr("Own departure"), "departure_on", self.departure_on)
        self.field(self.tr("Needs"), "needs", self.needs)
        visit = period_text(delegation.arrival_on, delegation.departure_on)
        self.form.addRow("", self._hint(self.tr("The visit: {0}").format(visit)))
        self.existing.toggled.connect(self._mode)
        if member is not None:
            self.role.setCurrentIndex(self.role.findData(member.role))
            self.arrival_on.set_value(member.arrival_on)
            self.departure_on.set_value(member.departure_on)
            self.needs.setPlainText(member.needs or "")
        self.setMinimumWidth(520)
        self._mode()
        self.finish_layout()

    def _hint(self, text: str) -> QWidget:
        hint = QLabel(text)
        hint.setEnabled(False)
        return hint

    def _mode(self) -> None:
        if self.member is not None:
            return
        inline = self.new.isChecked()
        # Only the rows of the chosen way show: a name typed in, or a person picked.
        for field, shown in (
            ("person_id", not inline),
            ("given_name", inline),
            ("family_name", inline),
        ):
            box = self.messages.widget(field)
            if box is not None:
                self.form.setRowVisible(box.parentWidget(), shown)
        (self.given_name if inline else self.person).setFocus()

    def draft(self) -> tuple[MemberDraft, PersonDraft | None]:
        person_id = self.member.person_id if self.member is not None else None
        new_person = None
        if self.member is None:
            if self.new.isChecked():
                new_person = PersonDraft(
                    family_name=self.family_name.text(), given_name=self.given_name.text()
                )
            else:
                person_id = self.person.chosen_id
        return (
            MemberDraft(
                person_id=person_id,
                role=MemberRole(self.role.currentData()),
                arrival_on=self.arrival_on.value(),
                departure_on=self.departure_on.value(),
                needs=self.needs.toPlainText(),
            ),
            new_person,
        )

    def check_typed(self) -> bool:
        if self.member is None and self.existing.isChecked() and self.person.chosen_id is None:
            self.messages.show(
                "person_id",
                self.tr("Pick a person from the suggestions, or choose “New person”."),
            )
            self.person.setFocus()
            return False
        return not (
            self.date_unreadable("arrival_on", self.arrival_on)
            or self.date_unreadable("departure_on", self.departure_on)
        )
