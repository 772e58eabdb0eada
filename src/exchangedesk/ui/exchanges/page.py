"""The Exchanges page: the programme list with a filter, the programme pane beside it, and the
editors it opens (programme, participant, consent, host family)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.services.exchanges.participants import ParticipantRow, participant_draft
from exchangedesk.services.exchanges.programmes import ProgrammeChoice, reciprocal_choices
from exchangedesk.services.people.lists import get_person
from exchangedesk.ui.areas.base import AreaPage
from exchangedesk.ui.areas.list_page import ListPage
from exchangedesk.ui.dialogs import run_dialog
from exchangedesk.ui.exchanges.commands import ExchangeCommands
from exchangedesk.ui.exchanges.detail import ProgrammeDetailPane
from exchangedesk.ui.exchanges.host_family_editor import HostFamilyEditor
from exchangedesk.ui.exchanges.lists import list_spec
from exchangedesk.ui.exchanges.participant_editor import ConsentDialog, ParticipantEditor
from exchangedesk.ui.exchanges.programme_editor import ProgrammeEditor


class ExchangesPage(ListPage):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(list_spec(), database, parent)
        self.database = database
        self.can_create = not database.read_only
        self.commands = ExchangeCommands(database, self)
        self.commands.after = self._after_edit
        self.undo_stack = self.commands.stack
        # The dialog open now (tests reach it); how a reciprocal programme is chosen.
        self.editor: Any = None
        self.choose_programme: Callable[[Sequence[ProgrammeChoice]], int | None] = self._choose
        self.warn: Callable[[str, str], object] = lambda title, text: QMessageBox.warning(
            self, title, text
        )
        self.new_button = self.add_new_button(self.tr("Add an exchange programme (Ctrl+N)"))
        self.pane = ProgrammeDetailPane(database, self.spec.select_prompt)
        self.replace_detail(self.pane)
        self.table.setMinimumWidth(300)  # dates and title stay readable beside the pane
        self.splitter.setSizes([330, 1070])
        self.pane.board.changed.connect(self._after_edit)
        self.pane.edit_requested.connect(self.edit_programme)
        self.pane.link_requested.connect(self.link_programme)
        self.pane.unlink_requested.connect(self.unlink_programme)
        self.pane.open_programme.connect(self.select_programme)
        self.pane.add_participant.connect(self.add_participant)
        self.pane.edit_participant.connect(self.edit_participant)
        self.pane.consent_requested.connect(self.record_consent)
        self.pane.confirm_requested.connect(self.toggle_confirmed)
        self.pane.add_family.connect(lambda: self.edit_family(None))
        self.pane.edit_family.connect(self.edit_family)
        self.table.doubleClicked.connect(lambda _i: self.edit_programme())
        # The pane shows the rest; the narrow list keeps the dates and the title.
        for column in range(2, len(self.spec.columns)):
            self.table.setColumnHidden(column, True)
        self.model.modelReset.disconnect()

    # --- AreaPage ----------------------------------------------------------------------------

    def set_undo_stack(self, stack: QUndoStack) -> None:
        super().set_undo_stack(stack)
        self.commands.stack = stack
        self.pane.board.undo_stack = stack

    def _selection_changed(self, *_args: Any) -> None:
        row = self.selected_row()
        if row is not None:
            self.pane.show_programme(row.id)

    def show_record(self, programme_id: int) -> bool:
        """From Home or the calendar (MainWindow.show_record): the programme in the pane."""
        self.select_programme(programme_id)
        return self.pane.detail is not None and self.pane.detail.id == programme_id

    def select_programme(self, programme_id: int) -> None:
        for n in range(self.model.rowCount()):
            if getattr(self.model.row_at(n), "id", None) == programme_id:
                self.table.selectRow(n)
                self.table.scrollTo(self.model.index(n, 0))
                break
        self.pane.show_programme(programme_id)

    def _after_edit(self) -> None:
        shown = self.pane.detail.id if self.pane.detail else None
        self.model.reload()
        if shown is not None:
            try:
                self.select_programme(shown)
            except ExchangeDeskError:  # removed by an undo
                self.pane.show_programme(None)

    def _run(self, dialog: Any) -> Any:
        self.editor = dialog
        try:
            return run_dialog(dialog)
        finally:
            self.editor = None

    # --- programmes --------------------------------------------------------------------------

    def create_record(self) -> None:
        dialog = ProgrammeEditor(
            self.database, programme=None, save=self.commands.create_programme, parent=self
        )
        if self._run(dialog) and dialog.saved is not None:
            self.select_programme(dialog.saved.id)

    def edit_programme(self) -> None:
        detail = self.pane.detail
        if detail is None or self.database.read_only:
            return
        dialog = ProgrammeEditor(
            self.database,
            programme=detail,
            save=lambda draft: self.commands.update_programme(detail, draft),
            parent=self,
        )
        self._run(dialog)

    def link_programme(self) -> None:
        detail = self.pane.detail
        if detail is None:
            return
        choices = reciprocal_choices(self.database, detail.id)
        if not choices:
            self.warn(
                self.tr("No programme to link"),
                self.tr("No programme of this partnership goes the other way yet."),
            )
            return
        other = self.choose_programme(choices)
        if other is not None:
            self._try(lambda: self.commands.link(detail.id, other))

    def unlink_programme(self) -> None:
        if self.pane.detail is not None:
            self._try(lambda: self.commands.unlink(self.pane.detail.id))

    def _choose(self, choices: Sequence[ProgrammeChoice]) -> int | None:
        labels = [f"{c.starts_on.year} — {c.title}" for c in choices]
        text, ok = QInputDialog.getItem(
            self, self.tr("Link return visit"), self.tr("The programme going the other way:"),
            labels, 0, False,
        )  # fmt: skip
        return choices[labels.index(text)].id if ok else None

    def _try(self, action: Callable[[], Any]) -> bool:
        try:
            action()
        except ExchangeDeskError as exc:
            self.warn(self.tr("Not possible"), getattr(exc, "message", str(exc)))
            return False
        return True

    # --- participants and families -----------------------------------------------------------

    def add_participant(self) -> None:
        detail = self.pane.detail
        if detail is None:
            return
        dialog = ParticipantEditor(
            self.database,
            draft=None,
            names={},
            save=lambda d: self.commands.add_participant(detail.id, d),
            parent=self,
        )
        self._run(dialog)

    def edit_participant(self, row: ParticipantRow | None) -> None:
        if row is None:
            return
        before = participant_draft(self.database, row.id)
        names = {row.person_id: row.name}
        if before.guardian_id:
            names[before.guardian_id] = get_person(self.database, before.guardian_id).name
        if before.school_id and row.school:
            names[before.school_id] = row.school
        dialog = ParticipantEditor(
            self.database,
            draft=before,
            names=names,
            save=lambda d: self.commands.update_participant(row, before, d),
            parent=self,
        )
        self._run(dialog)

    def record_consent(self, row: ParticipantRow) -> None:
        draft = participant_draft(self.database, row.id)
        guardian = None
        if draft.guardian_id:
            guardian = (draft.guardian_id, get_person(self.database, draft.guardian_id).name)
        dialog = ConsentDialog(
            self.database,
            student=row.name,
            guardian=guardian,
            save=lambda d: self.commands.record_consent(row.id, d),
            parent=self,
        )
        self._run(dialog)

    def toggle_confirmed(self, row: ParticipantRow) -> None:
        self._try(lambda: self.commands.set_confirmed(row, not row.confirmed))

    def edit_family(self, family: Any) -> None:
        detail = self.pane.detail
        save = (
            self.commands.create_family
            if family is None
            else (lambda d: self.commands.update_family(family, d))
        )
        dialog = HostFamilyEditor(
            self.database,
            family=family,
            city_id=detail.host_city_id if detail else None,
            save=save,
            parent=self,
        )
        self._run(dialog)


def make_page(database: Database, parent: QWidget | None = None) -> AreaPage:
    return ExchangesPage(database, parent)
