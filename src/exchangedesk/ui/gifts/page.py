"""Gifts area: what was given and received, where each gift is kept now, and which received
gifts still owe a thank-you letter.

The list filters by text and by given/received, category, partnership and "not yet thanked";
the pane beside it shows the gift, its thank-you letter, its custody history as a timeline and
its photos. New (Ctrl+N), Edit (double-click, Enter or the pane's button), Delete, custody
moves, letters and photos all go through the window's undo stack.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.services.gifts.records import gift_partnerships
from exchangedesk.services.gifts.register import (
    NO_GIFT_FILTER,
    GiftDetail,
    GiftFilter,
    get_gift,
    gift_categories,
    gift_history,
    list_gifts,
)
from exchangedesk.ui.areas.base import AreaPage, AreaSpec
from exchangedesk.ui.areas.list_page import ChoicesListPage
from exchangedesk.ui.dialogs import confirm, open_dialog
from exchangedesk.ui.gifts.commands import GiftCommands
from exchangedesk.ui.gifts.custody import CustodyMoveDialog
from exchangedesk.ui.gifts.detail import GiftDetailPane
from exchangedesk.ui.gifts.editor import GiftEditor
from exchangedesk.ui.gifts.letter import ThankYouLetterDialog
from exchangedesk.ui.gifts.lists import (
    THANKS_COLUMN,
    GiftChoices,
    ThanksDelegate,
    list_spec,
)
from exchangedesk.ui.theme import icon


class GiftsPage(GiftCommands, ChoicesListPage):
    filters: GiftFilter = NO_GIFT_FILTER  # read by the loader from the first page on
    record_noun = "gift"

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(list_spec(self._load), database, parent)
        self.database = database
        self.undo_stack = QUndoStack(self)  # the window gives its own (set_undo_stack)
        self.can_create = not database.read_only
        self.dialog: Any = None  # the editor or other dialog open now, if any
        self._build_filter_row()
        self._replace_detail(database)
        self.splitter.setSizes([740, 420])  # the pane holds a timeline and photos
        self.table.setItemDelegateForColumn(THANKS_COLUMN, ThanksDelegate(self.table))
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.installEventFilter(self)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

    def _load(self, database: Database, query: Any) -> Any:
        return list_gifts(database, query, self.filters)

    # --- the filter row ------------------------------------------------------------------

    def _build_filter_row(self) -> None:
        self.choices = GiftChoices()
        self.new_button = self.add_new_button(
            self.tr("Record a gift given or received (Ctrl+N)"), self.choices
        )
        self._refresh_choices()
        self.choices.changed.connect(self._filters_changed)

    def _refresh_choices(self) -> None:
        self.choices.set_categories(gift_categories(self.database))
        self.choices.set_partnerships(gift_partnerships(self.database))

    # --- the pane ------------------------------------------------------------------------

    def _replace_detail(self, database: Database) -> None:
        self.replace_detail(GiftDetailPane(database, self.spec.select_prompt))
        pane = self.pane
        pane.set_read_only(database.read_only)
        pane.edit_requested.connect(self.edit_selected)
        pane.move_requested.connect(self.move_custody)
        pane.delete_requested.connect(self.delete_selected)
        pane.link_requested.connect(self.link_thank_you)
        pane.unlink_requested.connect(lambda d: self._with_current(self.unlink_letter, d))
        pane.add_photo_requested.connect(lambda: self._with_current(self.choose_photos))
        pane.open_photo.connect(self.open_photo)
        pane.remove_photo.connect(lambda p: self._with_current(self.remove_photo, p))

    @property
    def pane(self) -> GiftDetailPane:
        return self.detail  # type: ignore[return-value]

    def show_record(self, gift_id: int) -> bool:
        """From Home (MainWindow.show_record): the gift in the pane."""
        self.select_gift(gift_id)
        return self.pane.detail is not None and self.pane.detail.id == gift_id

    def select_gift(self, gift_id: int | None) -> bool:
        """Select the gift in the list (it shows in the pane either way)."""
        if gift_id is None:
            return False
        for row in range(self.model.rowCount()):
            if getattr(self.model.row_at(row), "id", None) == gift_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                self.pane.show_gift(gift_id)  # a re-selected row sends no signal
                return True
        self.table.clearSelection()
        self.pane.show_gift(gift_id)  # filtered out or further down
        return False

    def _after_edit(self, gift_id: int | None = None) -> None:
        shown = gift_id or (self.pane.detail.id if self.pane.detail else None)
        self._refresh_choices()
        self.filters = self.choices.filters()  # a category no gift has any more is let go
        self.model.reload()
        self.select_gift(shown)

    # --- AreaPage --------------------------------------------------------------------------

    def refresh(self) -> None:
        self._after_edit()

    def refresh_icons(self) -> None:
        super().refresh_icons()
        self.choices.refresh_icons()
        self.new_button.setIcon(icon("mdi6.plus"))
        self.pane.refresh_icons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_selected()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)

    def _context_menu(self, position: QPoint) -> None:
        if self.selected_row() is None or self.database.read_only:
            return
        menu = QMenu(self)
        menu.addAction(icon("mdi6.pencil-outline"), self.tr("Edit…"), self.edit_selected)
        menu.addAction(icon("mdi6.truck-outline"), self.tr("Move custody…"), self.move_custody)
        menu.addAction(
            icon("mdi6.link-variant"), self.tr("Link a thank-you letter…"), self.link_thank_you
        )
        menu.addSeparator()
        menu.addAction(icon("mdi6.delete-outline"), self.tr("Delete…"), self.delete_selected)
        menu.exec(self.table.viewport().mapToGlobal(position))

    # --- the dialogs ---------------------------------------------------------------------

    def _current(self) -> GiftDetail | None:
        row = self.selected_row()
        gift_id = row.id if row is not None else None
        if gift_id is None and self.pane.detail is not None:
            gift_id = self.pane.detail.id
        if gift_id is None:
            return None
        try:
            return get_gift(self.database, gift_id)
        except ExchangeDeskError as gone:
            self._warn(self.tr("This gift cannot be opened"), gone)
            self._after_edit()
            return None

    def _with_current(self, action: Any, *args: Any) -> None:
        gift = self._current()
        if gift is not None and not self.database.read_only:
            action(gift, *args)

    def _show(self, dialog: Any) -> None:
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        open_dialog(dialog)

    def create_record(self) -> None:
        if self.database.read_only:
            return
        categories = gift_categories(self.database)
        self._show(GiftEditor(self.database, self.save_new, categories=categories, parent=self))

    def edit_selected(self) -> None:
        gift = self._current()
        if gift is None or self.database.read_only:
            return
        self._show(
            GiftEditor(
                self.database,
                lambda fields: self.save_edit(gift, fields),
                gift,
                categories=gift_categories(self.database),
                parent=self,
            )
        )

    def delete_selected(self) -> None:
        gift = self._current()
        if gift is None or self.database.read_only:
            return
        if not confirm.ask(
            self,
            self.tr("Delete this gift?"),
            self.tr(
                "“{0}” will be taken out of the register with its custody history and photos; "
                "its letters stay in the correspondence register. Edit › Undo brings it back."
            ).format(gift.fields.title),
            self.tr("Delete"),
            self.tr("Keep it"),
        ):
            return
        try:
            self.delete_record(gift)
        except ExchangeDeskError as failed:
            self._warn(self.tr("The gift was not deleted"), failed)

    def move_custody(self) -> None:
        gift = self._current()
        if gift is None or self.database.read_only:
            return
        history = gift_history(self.database, gift.id)
        self._show(
            CustodyMoveDialog(history, lambda *values: self.save_move(gift, *values), parent=self)
        )

    def link_thank_you(self) -> None:
        gift = self._current()
        if gift is None or self.database.read_only:
            return
        self._show(
            ThankYouLetterDialog(
                self.database,
                gift.fields.title,
                lambda document_id: self.link_letter(gift, document_id),
                parent=self,
            )
        )

    def _stack(self) -> QUndoStack:
        assert self.undo_stack is not None
        return self.undo_stack

    def _warn(self, title: str, error: BaseException) -> None:
        QMessageBox.warning(self, title, str(error))


def make_page(database: Database, parent: QWidget | None = None) -> AreaPage:
    return GiftsPage(database, parent)


def area() -> AreaSpec:
    from exchangedesk.ui.areas import area_spec

    return area_spec("gifts")
