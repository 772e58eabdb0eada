"""The editor of an exchange programme: partnership, title, direction, institutions, dates,
language, status, same-gender families, group leaders and notes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import Direction, ProgrammeStatus
from exchangedesk.services.common.paging import ListQuery
from exchangedesk.services.exchanges.programmes import ProgrammeDetail, ProgrammeDraft
from exchangedesk.services.partnerships.lists import list_partnerships
from exchangedesk.services.people.lists import find_people
from exchangedesk.services.people.organisations import find_organisations
from exchangedesk.ui.dialogs.record_fields import Choice, DateField, LookupField
from exchangedesk.ui.exchanges.programme_form import ExchangeForm
from exchangedesk.ui.formatting import enum_text
from exchangedesk.ui.theme import icon


def organisation_field(database: Database, placeholder: str) -> LookupField:
    return LookupField(
        lambda text: [Choice(o.id, o.label) for o in find_organisations(database, text)],
        placeholder,
    )


def person_field(database: Database, placeholder: str) -> LookupField:
    return LookupField(
        lambda text: [Choice(p.id, p.label) for p in find_people(database, text)], placeholder
    )


class ProgrammeEditor(ExchangeForm):
    def __init__(
        self,
        database: Database,
        *,
        programme: ProgrammeDetail | None,
        save: Callable[[ProgrammeDraft], ProgrammeDetail],
        parent: QWidget | None = None,
    ) -> None:
        title = (
            self.tr("Edit {0}").format(programme.title) if programme else self.tr("New programme")
        )
        super().__init__(title, save, parent)
        self.setObjectName("programme-editor")
        self.database = database
        self.partnership = QComboBox()
        for row in list_partnerships(database, ListQuery(limit=500)).rows:
            self.partnership.addItem(row.cities, row.id)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Russian-language summer at the institute"))
        self.direction = QComboBox()
        for direction in Direction:
            self.direction.addItem(enum_text(direction), direction)
        self.sending = organisation_field(database, self.tr("School or college sending students"))
        self.host = organisation_field(database, self.tr("School or college receiving them"))
        self.starts_on, self.ends_on = DateField(), DateField()
        self.language = QLineEdit()
        self.language.setPlaceholderText(self.tr("ISO 639 code of the language studied, e.g. ru"))
        self.language.setMaxLength(3)
        self.status = QComboBox()
        for status in ProgrammeStatus:
            self.status.addItem(enum_text(status), status)
        self.same_gender = QCheckBox(self.tr("Place only one gender with each family"))
        self.leaders = QListWidget()
        self.leaders.setMaximumHeight(90)
        self.leader_lookup = person_field(database, self.tr("Type a name to add a group leader"))
        self.leader_lookup.chosen.connect(self._add_leader)
        self.remove_leader = QPushButton(icon("mdi6.account-remove-outline"), self.tr("Remove"))
        self.remove_leader.clicked.connect(self._remove_leader)
        leaders = QWidget()
        box = QVBoxLayout(leaders)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.leaders)
        box.addWidget(self.leader_lookup)
        box.addWidget(self.remove_leader)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab moves on; never a trap
        self.notes.setFixedHeight(70)

        self.row(self.tr("Partnership"), "partnership", self.partnership)
        self.row(self.tr("Title"), "title", self.title)
        self.row(self.tr("Direction"), "direction", self.direction)
        self.row(self.tr("Sending institution"), "sending_organisation", self.sending)
        self.row(self.tr("Host institution"), "host_organisation", self.host)
        self.row(self.tr("First day"), "starts_on", self.starts_on)
        self.row(self.tr("Last day"), "ends_on", self.ends_on)
        self.row(self.tr("Language"), "language", self.language)
        self.row(self.tr("Status"), "status", self.status)
        self.row(self.tr("Families"), "same_gender_rooms", self.same_gender)
        self.row(self.tr("Group leaders"), "leaders", leaders)
        self.row(self.tr("Notes"), "notes", self.notes)
        if programme is not None:
            self._fill(programme)
        else:
            self.same_gender.setChecked(True)
        self.resize(560, 640)
        self.finish()

    def _fill(self, p: ProgrammeDetail) -> None:
        self.partnership.setCurrentIndex(max(0, self.partnership.findData(p.partnership_id)))
        self.title.setText(p.title)
        self.direction.setCurrentIndex(self.direction.findData(p.direction))
        self.sending.set_choice(p.sending_organisation_id, p.sending_organisation)
        self.host.set_choice(p.host_organisation_id, p.host_organisation)
        self.starts_on.set_value(p.starts_on)
        self.ends_on.set_value(p.ends_on)
        self.language.setText(p.language or "")
        self.status.setCurrentIndex(self.status.findData(p.status))
        self.same_gender.setChecked(p.same_gender_rooms)
        for leader in p.leaders:
            self._add_item(leader.id, leader.name)
        self.notes.setPlainText(p.notes or "")

    def _add_item(self, person_id: int, name: str) -> None:
        if person_id in self.leader_ids():
            return
        item = QListWidgetItem(name)
        item.setData(256, person_id)
        self.leaders.addItem(item)

    def _add_leader(self, person_id: object) -> None:
        if isinstance(person_id, int):
            self._add_item(person_id, self.leader_lookup.text)
            self.leader_lookup.set_choice(None, None)

    def _remove_leader(self) -> None:
        for item in self.leaders.selectedItems():
            self.leaders.takeItem(self.leaders.row(item))

    def leader_ids(self) -> tuple[int, ...]:
        return tuple(self.leaders.item(i).data(256) for i in range(self.leaders.count()))

    def check(self) -> dict[str, str]:
        problems = {}
        for field, widget in (("starts_on", self.starts_on), ("ends_on", self.ends_on)):
            if widget.invalid:
                problems[field] = self.tr("Not a date: type e.g. 5 July 1969.")
        for field, lookup in (
            ("sending_organisation", self.sending),
            ("host_organisation", self.host),
        ):
            if lookup.unresolved:
                problems[field] = self.tr("Pick the institution from the list.")
        return problems

    def draft(self) -> ProgrammeDraft:
        return ProgrammeDraft(
            partnership_id=self.partnership.currentData(),
            title=self.title.text(),
            direction=self.direction.currentData(),
            starts_on=self.starts_on.value(),
            ends_on=self.ends_on.value(),
            sending_organisation_id=self.sending.chosen_id,
            host_organisation_id=self.host.chosen_id,
            language=self.language.text().strip() or None,
            status=self.status.currentData(),
            same_gender_rooms=self.same_gender.isChecked(),
            leader_ids=self.leader_ids(),
            notes=self.notes.toPlainText().strip() or None,
        )
