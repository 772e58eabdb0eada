"""Delegations area: visits received and sent.

The list beside a detail pane with the whole visit: Overview (status and the workflow buttons),
Members, Budget, Programme (the itinerary editor) and Conflicts. New (Ctrl+N), Edit
(double-click, Enter, or the pane's button), Remove and every change in the tabs go through the
window's undo stack.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QWidget

from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.services.delegations.detail import DelegationDetail, delegation_detail
from exchangedesk.services.delegations.edits import DelegationDraft
from exchangedesk.services.delegations.lists import DelegationRow, list_delegations
from exchangedesk.ui.areas.base import AreaPage, AreaSpec, ListSpec
from exchangedesk.ui.areas.list_page import ListPage
from exchangedesk.ui.delegations.actions import DelegationActions
from exchangedesk.ui.delegations.commands import DelegationCommands
from exchangedesk.ui.delegations.detail import DelegationDetailPane
from exchangedesk.ui.delegations.editor import DelegationEditor
from exchangedesk.ui.dialogs import open_dialog
from exchangedesk.ui.formatting import count_text, date_text, enum_text, period_text
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.models import Column
from exchangedesk.ui.theme import icon
from exchangedesk.ui.widgets.detail_pane import Detail

ICON = "mdi6.account-group-outline"


def list_spec() -> ListSpec:
    def dates(r: DelegationRow) -> str:
        return period_text(r.arrival_on, r.departure_on)

    return ListSpec(
        key="delegations",
        title=translate("Delegations", "Delegations"),
        icon=ICON,
        load=list_delegations,
        columns=[
            Column(translate("Delegations", "Dates"), dates, "arrival_on", width=22),
            Column(
                translate("Delegations", "Title"),
                lambda r: r.title,
                "title",
                width=36,
                stretch=True,
            ),
            Column(
                translate("Delegations", "Direction"),
                lambda r: enum_text(r.direction),
                "direction",
                width=10,
            ),
            Column(translate("Delegations", "Partnership"), lambda r: r.cities, "cities", width=24),
            Column(
                translate("Delegations", "Status"),
                lambda r: enum_text(r.status),
                "status",
                width=11,
            ),
            Column(
                translate("Delegations", "Members"),
                lambda r: count_text(r.member_count),
                "member_count",
                numeric=True,
                width=8,
            ),
        ],
        heading=lambda r: r.title,
        details=[
            Detail(translate("Delegations", "Partnership"), lambda r: r.cities),
            Detail(translate("Delegations", "Arrival"), lambda r: date_text(r.arrival_on)),
            Detail(translate("Delegations", "Departure"), lambda r: date_text(r.departure_on)),
        ],
        filter_hint=translate("Delegations", "Filter by title, partner city or head of delegation"),
        empty_title=translate("Delegations", "No delegations yet"),
        empty_text=translate(
            "Delegations",
            "Delegations are the visits your committee receives and sends: who travels, when, "
            "the programme day by day, rooms and transport. Each belongs to a partnership."
            "<br><br>Press <b>New…</b> (Ctrl+N) to plan the first visit.",
        ),
        select_prompt=translate("Delegations", "Select a delegation to see its details."),
    )


class DelegationsPage(ListPage):
    today: dt.date | None = None  # tests fix the day; None is the real today

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(list_spec(), database, parent)
        self.database = database
        self.undo_stack = QUndoStack(self)  # the window gives its own (set_undo_stack)
        self.can_create = not database.read_only
        self.editor: DelegationEditor | None = None
        self.commands = DelegationCommands(database, self._stack, self._after_edit, self)
        self._build_new_button()
        self._replace_detail(database)
        # The pane holds the whole visit (and the programme's timeline): give it the room, and
        # keep the list to dates, title and status; the pane's heading says the rest.
        self.splitter.setSizes([470, 730])
        self.table.setMinimumWidth(280)  # the dates and the start of the title, at the least
        for header in (
            translate("Delegations", "Direction"),
            translate("Delegations", "Partnership"),
            translate("Delegations", "Members"),
        ):
            self.table.setColumnHidden([c.header for c in self.spec.columns].index(header), True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.installEventFilter(self)

    def key_notes(self) -> list[tuple[str, str]]:
        """The list's keys, and the programme tab's (its editor is built when first shown)."""
        from exchangedesk.ui.delegations.itinerary.programme import programme_key_notes
        from exchangedesk.ui.help.shortcuts import keys_text

        programme = self.tr("Programme")
        return super().key_notes() + [
            (f"{programme}: {what}", keys_text(keys)) for what, keys in programme_key_notes()
        ]

    def set_today(self, day: dt.date | None) -> None:
        """Fix the day conflicts and decisions are judged on (tests); None is the real today."""
        self.today = day
        self.pane.today = day
        self.commands.today = day
        self.pane.refresh()

    def _build_new_button(self) -> None:
        self.new_button = self.add_new_button(self.tr("Plan a new delegation (Ctrl+N)"))

    def _replace_detail(self, database: Database) -> None:
        pane = DelegationDetailPane(database, self.spec.select_prompt)
        pane.today = self.today
        pane.undo_stack = self.undo_stack
        self.replace_detail(pane)
        self.actions = DelegationActions(database, self.detail, self.commands)
        self.actions.message.connect(self.message)
        self.detail.edit_requested.connect(self.edit_selected)
        self.detail.delete_requested.connect(self.delete_selected)

    @property
    def pane(self) -> DelegationDetailPane:
        assert isinstance(self.detail, DelegationDetailPane)
        return self.detail

    def set_undo_stack(self, stack: QUndoStack) -> None:
        super().set_undo_stack(stack)
        self.pane.undo_stack = stack

    # --- the list and the pane ---------------------------------------------------------------

    def _selection_changed(self, *_args: Any) -> None:
        row = self.selected_row()
        if row is not None:
            self.pane.show_delegation(row.id)
        elif self.pane.detail is not None and self.model.rowCount() == 0:
            self.pane.show_delegation(None)

    def show_record(self, delegation_id: int) -> bool:
        """From Home or the calendar (MainWindow.show_record): the visit in the pane."""
        self.select_delegation(delegation_id)
        return self.pane.delegation_id == delegation_id

    def select_delegation(self, delegation_id: int | None) -> bool:
        """Select the delegation in the list (it shows in the pane either way)."""
        if delegation_id is None:
            self.pane.show_delegation(None)
            return False
        for row in range(self.model.rowCount()):
            if getattr(self.model.row_at(row), "id", None) == delegation_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                self.pane.show_delegation(delegation_id)
                return True
        self.table.clearSelection()
        self.pane.show_delegation(delegation_id)  # filtered out or further down
        return False

    def _after_edit(self, delegation_id: int | None = None) -> None:
        shown = delegation_id if delegation_id is not None else self.pane.delegation_id
        self.model.reload()
        self.select_delegation(shown)
        if self.pane.itinerary is not None:
            self.pane.itinerary.refresh()

    def refresh(self) -> None:
        self._after_edit()

    def refresh_icons(self) -> None:
        super().refresh_icons()
        self.new_button.setIcon(icon("mdi6.plus"))
        self.pane.refresh_icons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_selected()
                return True
        return super().eventFilter(watched, event)

    # --- editing ---------------------------------------------------------------------------

    def _current(self) -> DelegationDetail | None:
        delegation_id = self.pane.delegation_id
        row = self.selected_row()
        if row is not None:
            delegation_id = row.id
        if delegation_id is None:
            return None
        try:
            return delegation_detail(self.database, delegation_id)
        except ExchangeDeskError:
            self._after_edit(None)
            return None

    def create_record(self) -> None:
        if self.database.read_only:
            return
        self._show_editor(DelegationEditor(self.database, self._save_new, parent=self))

    def edit_selected(self) -> None:
        detail = self._current()
        if detail is None or self.database.read_only or not detail.editable:
            return
        # The editor's own detail: after a stale save it reloads the version saved now, and
        # the next save is checked against that one.
        editor = DelegationEditor(
            self.database,
            lambda draft: self.commands.update(editor.detail, draft),
            detail,
            parent=self,
        )
        self._show_editor(editor)

    def _show_editor(self, editor: DelegationEditor) -> None:
        editor.finished.connect(lambda _result: setattr(self, "editor", None))
        self.editor = editor
        open_dialog(editor)

    def _save_new(self, draft: DelegationDraft) -> DelegationDetail:
        saved = self.commands.create(draft)
        self.select_delegation(saved.id)
        return saved

    def delete_selected(self) -> None:
        detail = self._current()
        if detail is None or self.database.read_only:
            return
        if not self.actions.ask(
            self,
            self.tr("Remove the delegation?"),
            self.tr(
                "“{0}” is removed with its members, budget, programme, rooms and travel. "
                "Undo (Ctrl+Z) brings it back."
            ).format(detail.title),
            self.tr("Remove"),
            self.tr("Keep it"),
        ):
            return
        self.actions._run(self.tr("Not removed"), lambda: self.commands.delete(detail))

    def _stack(self) -> QUndoStack:
        assert self.undo_stack is not None
        return self.undo_stack


def make_page(database: Database, parent: QWidget | None = None) -> AreaPage:
    return DelegationsPage(database, parent)


def area() -> AreaSpec:
    from exchangedesk.ui.areas import area_spec

    return area_spec("delegations")
