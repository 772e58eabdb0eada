"""Partnerships area: the register of twin towns, sister, partner and friendship cities.

The list filters by any city name in any script, by status, kind, country and "dormant only";
the pane beside it shows the record, its history, anniversaries, activity and documents. New
(Ctrl+N), Edit (double-click, Enter, or the pane's button), status changes and documents all go
through the window's undo stack.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QMenu,
    QMessageBox,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.services.partnerships import edits
from exchangedesk.services.partnerships.cities import home_city
from exchangedesk.services.partnerships.gazetteer import default_gazetteer
from exchangedesk.services.partnerships.history import StatusChangeDraft
from exchangedesk.services.partnerships.lists import (
    NO_FILTER,
    PartnershipFilter,
    list_partnerships,
    partnership_countries,
)
from exchangedesk.services.partnerships.records import (
    PartnershipDetail,
    PartnershipDraft,
    get_partnership,
)
from exchangedesk.ui.areas.base import AreaPage, AreaSpec
from exchangedesk.ui.areas.list_page import ChoicesListPage
from exchangedesk.ui.dialogs import open_dialog
from exchangedesk.ui.partnerships.detail import PartnershipDetailPane
from exchangedesk.ui.partnerships.documents import DocumentActions
from exchangedesk.ui.partnerships.editor import PartnershipEditor
from exchangedesk.ui.partnerships.filters import FilterChoices
from exchangedesk.ui.partnerships.lists import (
    DormantDelegate,
    list_spec,
)
from exchangedesk.ui.partnerships.map_tab import add_map_tab
from exchangedesk.ui.partnerships.status_change import StatusChangeDialog
from exchangedesk.ui.partnerships.text import step_headline
from exchangedesk.ui.theme import icon
from exchangedesk.ui.undo import push_edit


class PartnershipsPage(DocumentActions, ChoicesListPage):
    filters: PartnershipFilter = NO_FILTER  # read by the loader from the first page on
    record_noun = "partnership"
    today: dt.date | None = None  # tests fix the day; None is the real today

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(list_spec(self._load), database, parent)
        self.database = database
        self.gazetteer_source: Callable[[], Any] = default_gazetteer
        self.book = edits.EditBook()
        self.undo_stack = QUndoStack(self)  # the window gives its own (set_undo_stack)
        self.can_create = not database.read_only
        self.editor: PartnershipEditor | None = None  # the dialog open now, if any
        self.status_dialog: StatusChangeDialog | None = None
        self._build_filter_row()
        self._replace_detail(database)
        self.splitter.setSizes([700, 440])  # the pane holds a timeline: give it room
        self.table.setItemDelegateForColumn(len(self.spec.columns) - 1, DormantDelegate(self.table))
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.installEventFilter(self)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.map_view = add_map_tab(self)  # the list and the map as tabs beside the pane

    def _load(self, database: Database, query: Any) -> Any:
        return list_partnerships(database, query, self.filters, today=self.today)

    # --- the filter row ------------------------------------------------------------------

    def _build_filter_row(self) -> None:
        self.choices = FilterChoices()
        self.status_filter = self.choices.status  # for tests and keyboard users alike
        self.kind_filter = self.choices.kind
        self.country_filter = self.choices.country
        self.dormant_filter = self.choices.dormant
        self.new_button = self.add_new_button(self.tr("Add a partnership (Ctrl+N)"), self.choices)
        self._refresh_countries()
        self.choices.changed.connect(self._filters_changed)

    def _refresh_countries(self) -> None:
        self.choices.set_countries(partnership_countries(self.database))

    # --- the pane ------------------------------------------------------------------------

    def _replace_detail(self, database: Database) -> None:
        self.replace_detail(PartnershipDetailPane(database, self.spec.select_prompt))
        self.detail.set_read_only(database.read_only)
        self.detail.edit_requested.connect(self.edit_selected)
        self.detail.status_requested.connect(self.change_status)
        self.detail.attach_requested.connect(self.choose_files)
        self.detail.open_attachment.connect(self.open_attachment)
        self.detail.save_attachment.connect(self.save_attachment)
        self.detail.remove_attachment.connect(self.remove_attachment)

    def show_record(self, partnership_id: int) -> bool:
        """From Home (MainWindow.show_record): the partnership in the pane."""
        if not self.select_partnership(partnership_id):
            self.detail.show_partnership(partnership_id)
        return self.detail.detail is not None and self.detail.detail.id == partnership_id

    def select_partnership(self, partnership_id: int | None) -> bool:
        """Select the partnership in the list (it shows in the pane either way)."""
        if partnership_id is None:
            return False
        for row in range(self.model.rowCount()):
            if getattr(self.model.row_at(row), "id", None) == partnership_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return True
        self.table.clearSelection()
        self.detail.show_partnership(partnership_id)  # filtered out or further down
        return False

    def _after_edit(self, partnership_id: int | None = None) -> None:
        shown = partnership_id or (self.detail.detail.id if self.detail.detail else None)
        self._refresh_countries()
        self.model.reload()
        self.map_view.mark_stale()
        self.select_partnership(shown)

    # --- AreaPage --------------------------------------------------------------------------

    def refresh_icons(self) -> None:
        super().refresh_icons()
        self.choices.refresh_icons()
        self.new_button.setIcon(icon("mdi6.plus"))
        self.detail.refresh_icons()

    def refresh(self) -> None:
        self._after_edit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_selected()
                return True
        return super().eventFilter(watched, event)

    def _context_menu(self, position: QPoint) -> None:
        if self.selected_row() is None or self.database.read_only:
            return
        menu = QMenu(self)
        menu.addAction(icon("mdi6.pencil-outline"), self.tr("Edit…"), self.edit_selected)
        menu.addAction(
            icon("mdi6.timeline-clock-outline"), self.tr("Change status…"), self.change_status
        )
        menu.addAction(icon("mdi6.paperclip"), self.tr("Attach file…"), self.choose_files)
        menu.exec(self.table.viewport().mapToGlobal(position))

    # --- editing ---------------------------------------------------------------------------

    def _current(self) -> PartnershipDetail | None:
        row = self.selected_row()
        partnership_id = row.id if row is not None else None
        if partnership_id is None and self.detail.detail is not None:
            partnership_id = self.detail.detail.id
        if partnership_id is None:
            return None
        try:
            return get_partnership(self.database, partnership_id)
        except ExchangeDeskError as gone:
            self._warn(self.tr("This partnership cannot be opened"), gone)
            self._after_edit()
            return None

    def create_record(self) -> None:
        if self.database.read_only:
            return
        editor = PartnershipEditor(
            self.database,
            self._save_new,
            home_city=home_city(self.database),
            gazetteer_source=self.gazetteer_source,
            parent=self,
        )
        self._show_editor(editor)

    def edit_selected(self) -> None:
        if self.database.read_only:
            return
        detail = self._current()
        if detail is None:
            return
        editor = PartnershipEditor(
            self.database,
            lambda draft: self._save_edit(detail, draft),
            detail,
            gazetteer_source=self.gazetteer_source,
            parent=self,
        )
        self._show_editor(editor)

    def _show_editor(self, editor: PartnershipEditor) -> None:
        editor.open_partnership.connect(self.select_partnership)
        editor.finished.connect(lambda _result: setattr(self, "editor", None))
        self.editor = editor
        open_dialog(editor)

    def _save_new(self, draft: PartnershipDraft) -> Any:
        edit = edits.creation(self.database, self.book, draft, today=self.today)
        names = self.editor.pair_name() if self.editor is not None else ""
        saved = push_edit(
            self._stack(),
            self.tr("New partnership {0}").format(names),
            apply=edit.apply,
            revert=edit.revert,
            after=self._after_edit,
            message_parent=self,
        )
        self.select_partnership(saved.id)
        return saved

    def _save_edit(self, detail: PartnershipDetail, draft: PartnershipDraft) -> Any:
        edit = edits.modification(
            self.database, self.book, detail.id, detail.version_id, detail.draft(), draft
        )
        return push_edit(
            self._stack(),
            self.tr("Edit {0}").format(detail.cities),
            apply=edit.apply,
            revert=edit.revert,
            after=lambda: self._after_edit(detail.id),
            message_parent=self,
        )

    def change_status(self) -> None:
        if self.database.read_only:
            return
        detail = self._current()
        if detail is None:
            return
        dialog = StatusChangeDialog(
            detail, lambda draft: self._save_status(detail, draft), today=self.today, parent=self
        )
        dialog.finished.connect(lambda _result: setattr(self, "status_dialog", None))
        self.status_dialog = dialog
        open_dialog(dialog)

    def _save_status(self, detail: PartnershipDetail, draft: StatusChangeDraft) -> Any:
        edit = edits.status_change(
            self.database, self.book, detail.id, detail.version_id, draft, today=self.today
        )
        headline = step_headline(
            draft.to_status,
            detail.status,
            draft.acting_side,
            detail.city_a.name,
            detail.city_b.name,
        )
        return push_edit(
            self._stack(),
            self.tr("{0}: {1}").format(detail.cities, headline),
            apply=edit.apply,
            revert=edit.revert,
            after=lambda: self._after_edit(detail.id),
            message_parent=self,
        )

    def _stack(self) -> QUndoStack:
        assert self.undo_stack is not None
        return self.undo_stack

    def _warn(self, title: str, error: BaseException) -> None:
        QMessageBox.warning(self, title, str(error))


def make_page(database: Database, parent: QWidget | None = None) -> AreaPage:
    return PartnershipsPage(database, parent)


def area() -> AreaSpec:
    from exchangedesk.ui.areas import area_spec

    return area_spec("partnerships")
