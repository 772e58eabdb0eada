"""The pages of the People & Organisations area, with their editors.

People: Ctrl+N adds a person, double-click or Enter (or Edit… in the pane) edits one, Merge
with… joins two records of one person; the pane masks sensitive details. Organisations: Ctrl+N
adds one, double-click or Enter (or Edit…) edits it. Every save is a command on the window's
undo stack (``people_commands``); editors are opened window-modal and kept in
:attr:`~PeopleListPage.dialog` while open.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.services.people.lists import get_person
from exchangedesk.services.people.organisations import get_organisation
from exchangedesk.ui.areas.base import AreaPage
from exchangedesk.ui.areas.list_page import ListPage, TabbedListPage
from exchangedesk.ui.dialogs import open_dialog
from exchangedesk.ui.models import ROW_ROLE
from exchangedesk.ui.people.commands import PeopleEdits
from exchangedesk.ui.people.detail import PersonDetailPane
from exchangedesk.ui.people.lists import organisations_spec, people_spec
from exchangedesk.ui.people.merge import MergePeopleDialog
from exchangedesk.ui.people.organisation_editor import OrganisationEditor
from exchangedesk.ui.people.person_editor import PersonEditor
from exchangedesk.ui.theme import icon


class _EditingListPage(ListPage):
    """A list whose records open in an editor; keeps the edited record selected."""

    def __init__(self, spec, database: Database, edits: PeopleEdits, parent=None) -> None:  # noqa: ANN001
        super().__init__(spec, database, parent)
        self.database, self.edits = database, edits
        self.dialog: QDialog | None = None
        self.can_create = not database.read_only
        self.table.activated.connect(self._activated)

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None and not self.database.read_only:
            self.edit_record(row.id)

    def edit_record(self, record_id: int) -> None:
        raise NotImplementedError

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        open_dialog(dialog)

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        open_instead = getattr(dialog, "open_instead", None)
        if open_instead is not None:
            self.select_id(open_instead)
            self.edit_record(open_instead)

    def select_id(self, record_id: int | None) -> bool:
        """Select the record in the list if it is loaded (it is, after an edit: the list is
        read again from its first page, where a filter on its name puts it)."""
        for row in range(self.model.rowCount()):
            found = self.model.row_at(row)
            if found is not None and found.id == record_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return False

    def shown(self, record_id: int | None) -> None:
        """After an edit, its undo or redo: read the list again, keep the record selected."""
        self.model.reload()
        if record_id is not None:
            self.select_id(record_id)
        self.status_changed.emit()


class PeopleListPage(_EditingListPage):
    def __init__(self, database: Database, edits: PeopleEdits, parent=None) -> None:  # noqa: ANN001
        spec = people_spec()
        super().__init__(spec, database, edits, parent)
        pane = PersonDetailPane(database, None, spec.select_prompt, edits=edits)
        pane.edit_requested.connect(self.edit_record)
        pane.merge_requested.connect(self.merge_record)
        pane.erased.connect(self._erased)
        pane.message.connect(self.message)
        old = self.splitter.replaceWidget(1, pane)
        if old is not None:
            old.deleteLater()
        self.detail = pane  # ListPage shows the selected row through self.detail.show_row

    def create_record(self) -> None:
        editor = PersonEditor(
            self.database,
            person=None,
            save=lambda draft, sensitive, _version: self.edits.add_person(draft, sensitive),
            actor=self.edits.actor,
            parent=self,
        )
        self._open(editor)

    def edit_record(self, record_id: int) -> None:
        try:
            person = get_person(self.database, record_id)
        except ExchangeDeskError as exc:
            self.message.emit(str(exc))
            self.refresh()
            return
        editor: PersonEditor

        def save(draft, sensitive, version):  # noqa: ANN001, ANN202
            before = editor.sensitive.original if sensitive is not None else None
            # editor.person: after a Reload, the version saved now, not the one first opened
            return self.edits.change_person(editor.person, before, draft, sensitive, version)

        editor = PersonEditor(
            self.database, person=person, save=save, actor=self.edits.actor, parent=self
        )
        self._open(editor)

    def _erased(self, record_id: int) -> None:
        self.edits.forget_history()
        self.shown(record_id)

    def merge_record(self, record_id: int) -> None:
        try:
            person = get_person(self.database, record_id)
        except ExchangeDeskError as exc:
            self.message.emit(str(exc))
            return
        self._open(MergePeopleDialog(self.database, person, merge=self.edits.merge, parent=self))


class OrganisationsListPage(_EditingListPage):
    def __init__(self, database: Database, edits: PeopleEdits, parent=None) -> None:  # noqa: ANN001
        super().__init__(organisations_spec(), database, edits, parent)
        self.edit_button = QPushButton(icon("mdi6.pencil-outline"), self.tr("Edit…"))
        self.edit_button.setObjectName("edit-organisation")
        self.edit_button.clicked.connect(self._edit_selected)
        self.edit_button.setEnabled(False)
        self.edit_button.setVisible(not database.read_only)
        holder = QWidget()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(12, 0, 12, 0)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        sizes = self.splitter.sizes()
        column.addWidget(self.detail, 1)  # out of the splitter, into the holder
        self.splitter.addWidget(holder)
        self.splitter.setSizes(sizes)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_args: self.edit_button.setEnabled(self.selected_row() is not None)
        )

    def _edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.edit_record(row.id)

    def create_record(self) -> None:
        self._open(
            OrganisationEditor(
                self.database, organisation=None, save=self.edits.add_organisation, parent=self
            )
        )

    def edit_record(self, record_id: int) -> None:
        try:
            organisation = get_organisation(self.database, record_id)
        except ExchangeDeskError as exc:
            self.message.emit(str(exc))
            self.refresh()
            return
        self._open(
            OrganisationEditor(
                self.database,
                organisation=organisation,
                save=lambda draft: self.edits.change_organisation(organisation, draft),
                parent=self,
            )
        )


class PeopleArea(TabbedListPage):
    """People | Organisations, sharing one set of undoable edits."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        AreaPage.__init__(self, parent)  # the tabs are built here, with the editing pages
        self.edits = PeopleEdits(database, None, lambda: self.undo_stack, self._shown, self)
        self.people = PeopleListPage(database, self.edits)
        self.organisations = OrganisationsListPage(database, self.edits)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.lists = [self.people, self.organisations]
        for page in self.lists:
            self.tabs.addTab(page, icon(page.spec.icon), page.spec.title)
            page.status_changed.connect(self.status_changed)
            page.message.connect(self.message)
        self.tabs.currentChanged.connect(lambda _index: self.status_changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.tabs)

    def _shown(self, kind: str, record_id: int | None) -> None:
        if kind == "person":
            self.people.shown(record_id)
            self.organisations.shown(None)  # its people count may have changed
        else:
            self.organisations.shown(record_id)
            self.people.shown(None)


def make_page(database: Database, parent: QWidget | None = None) -> AreaPage:
    return PeopleArea(database, parent)
