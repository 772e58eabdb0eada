"""Partnerships area: the register of twin towns, sister, partner and friendship cities.

The list filters by any city name in any script, by status, kind, country and "dormant only";
the pane beside it shows the record, its history, anniversaries, activity and documents. New
(Ctrl+N), Edit (double-click, Enter, or the pane's button), status changes and documents all go
through the window's undo stack.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QHelpEvent, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import PartnershipKind, PartnershipStatus
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.services import partnership_edits as edits
from exchangedesk.services.attachments import (
    copy_for_viewing,
    export_attachment,
    get_attachment,
    safe_file_name,
)
from exchangedesk.services.gazetteer import default_gazetteer
from exchangedesk.services.partnership_cities import home_city
from exchangedesk.services.partnership_history import StatusChangeDraft
from exchangedesk.services.partnership_records import (
    PartnershipDetail,
    PartnershipDraft,
    get_partnership,
)
from exchangedesk.services.partnerships import (
    NO_FILTER,
    PartnershipFilter,
    PartnershipRow,
    list_partnerships,
    partnership_countries,
)
from exchangedesk.ui.areas.base import AreaPage, AreaSpec, ListSpec
from exchangedesk.ui.areas.list_page import ListPage
from exchangedesk.ui.areas.partnership_detail import PartnershipDetailPane
from exchangedesk.ui.dialogs.partnership_editor import PartnershipEditor
from exchangedesk.ui.dialogs.status_change import StatusChangeDialog
from exchangedesk.ui.formatting import country_text, enum_text
from exchangedesk.ui.models import ROW_ROLE, Column
from exchangedesk.ui.theme import icon
from exchangedesk.ui.undo import push_edit
from exchangedesk.ui.widgets.partial_date import partial_date_text
from exchangedesk.ui.widgets.partnership_text import step_headline

ICON = "mdi6.handshake-outline"
DORMANT_ICON = "mdi6.sleep"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Partnerships", text)


def _city(name: str, native: str | None) -> str:
    return f"{name} ({native})" if native and native != name else name


def status_text(r: PartnershipRow) -> str:
    """ "Terminated by Kyiv" rather than only "Terminated"."""
    if r.acting_side is None:
        return enum_text(r.status)
    return step_headline(r.status, r.previous_status, r.acting_side, r.city_a, r.city_b)


def contact_text(r: PartnershipRow) -> str:
    """The day; a dormant partnership also gets an icon and a tooltip (DormantDelegate)."""
    day = partial_date_text(r.last_contact)
    return day or (_tr("none") if r.dormant else "")


def list_spec(load: Callable[..., Any] = list_partnerships) -> ListSpec:
    def a(r: PartnershipRow) -> str:
        return _city(r.city_a, r.city_a_native)

    def b(r: PartnershipRow) -> str:
        return _city(r.city_b, r.city_b_native)

    return ListSpec(
        key="partnerships",
        title=_tr("Partnerships"),
        icon=ICON,
        load=load,
        columns=[
            # The kind is in the pane and the filter; the list keeps to what tells rows apart.
            Column(_tr("City"), a, "city_a", width=14),
            Column(_tr("Partner city"), b, "city_b", width=22, stretch=True),
            Column(_tr("Country"), lambda r: country_text(r.country_b), "country_b", width=11),
            Column(_tr("Status"), status_text, "status", width=18),
            Column(
                _tr("Signed"),
                lambda r: partial_date_text(r.signed_on, r.signed_precision),
                "signed_on",
                width=8,
            ),
            Column(_tr("Last contact"), contact_text, "last_contact", width=13),
        ],
        heading=lambda r: f"{r.city_a} – {r.city_b}",
        details=[],
        filter_hint=_tr("Filter by city, in any script — e.g. Volgograd or Волгоград"),
        empty_title=_tr("No partnerships yet"),
        empty_text=_tr(
            "Partnerships link your town with its twins, sister and partner cities: who signed, "
            "when, and how the relationship stands today. Delegations, exchanges and gifts all "
            "belong to a partnership.<br><br>Add the first one with <b>File › New</b> "
            "(Ctrl+N), import a list of pairs with <b>File › Import</b>, or explore the demo "
            "history first: <nobr><code>exchangedesk demo --db demo.sqlite3</code></nobr>."
        ),
        select_prompt=_tr("Select a partnership to see its details."),
    )


class DormantDelegate(QStyledItemDelegate):
    """The last-contact cell of a dormant partnership carries a sleeping icon and says why."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        row = index.data(ROW_ROLE)
        if getattr(row, "dormant", False):
            option.icon = icon(DORMANT_ICON)
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration

    def helpEvent(  # noqa: N802
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex,
    ) -> bool:
        row = index.data(ROW_ROLE)
        if event.type() == QEvent.Type.ToolTip and getattr(row, "dormant", False):
            QToolTip.showText(event.globalPos(), dormant_tooltip(row), view)
            return True
        return super().helpEvent(event, view, option, index)


def dormant_tooltip(row: PartnershipRow) -> str:
    if row.last_contact is None:
        return _tr("Dormant: nothing recorded with this partnership for years")
    return _tr("Dormant: the last contact was on {0}").format(partial_date_text(row.last_contact))


class PartnershipsPage(ListPage):
    filters: PartnershipFilter = NO_FILTER  # read by the loader from the first page on
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
        self._viewing = tempfile.TemporaryDirectory(prefix="exchangedesk-view-")
        self._build_filter_row()
        self._replace_detail(database)
        self.splitter.setSizes([700, 440])  # the pane holds a timeline: give it room
        self.table.setItemDelegateForColumn(len(self.spec.columns) - 1, DormantDelegate(self.table))
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.installEventFilter(self)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

    def _load(self, database: Database, query: Any) -> Any:
        return list_partnerships(database, query, self.filters, today=self.today)

    # --- the filter row ------------------------------------------------------------------

    def _build_filter_row(self) -> None:
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in PartnershipStatus:
            self.status_filter.addItem(enum_text(status), status)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("Any kind"), None)
        for kind in PartnershipKind:
            self.kind_filter.addItem(enum_text(kind), kind)
        self.country_filter = QComboBox()
        for combo in (self.status_filter, self.kind_filter, self.country_filter):
            # Full width when there is room; a narrow window squeezes them (the list, when
            # opened, shows every choice whole).
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumWidth(64)
        self.dormant_filter = QCheckBox(self.tr("Dormant only"))
        self.dormant_filter.setIcon(icon(DORMANT_ICON))
        self.dormant_filter.setToolTip(
            self.tr("Partnerships with nothing recorded for years (see the pane for the rule)")
        )
        self.new_button = QPushButton(icon("mdi6.plus"), self.tr("New…"))
        self.new_button.setToolTip(self.tr("Add a partnership (Ctrl+N)"))
        self.new_button.clicked.connect(self.create_record)
        self.new_button.setVisible(self.can_create)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.layout().removeWidget(self.filter_bar)
        layout.addWidget(self.filter_bar, 3)
        for widget in (self.status_filter, self.kind_filter, self.country_filter):
            layout.addWidget(widget)
        layout.addWidget(self.dormant_filter)
        layout.addWidget(self.new_button)
        self.layout().insertWidget(0, row)
        self._refresh_countries()
        self.status_filter.currentIndexChanged.connect(self._filters_changed)
        self.kind_filter.currentIndexChanged.connect(self._filters_changed)
        self.country_filter.currentIndexChanged.connect(self._filters_changed)
        self.dormant_filter.toggled.connect(self._filters_changed)

    def _refresh_countries(self) -> None:
        chosen = self.country_filter.currentData()
        self.country_filter.blockSignals(True)
        self.country_filter.clear()
        self.country_filter.addItem(self.tr("Any country"), None)
        codes = partnership_countries(self.database)
        for code in sorted(codes, key=country_text):
            self.country_filter.addItem(country_text(code), code)
        index = self.country_filter.findData(chosen)
        self.country_filter.setCurrentIndex(max(index, 0))
        self.country_filter.blockSignals(False)

    def _filters_changed(self, *_args: object) -> None:
        status, kind = self.status_filter.currentData(), self.kind_filter.currentData()
        self.filters = PartnershipFilter(  # Qt hands back the enums' plain strings
            statuses=frozenset({PartnershipStatus(status)}) if status else frozenset(),
            kinds=frozenset({PartnershipKind(kind)}) if kind else frozenset(),
            country=self.country_filter.currentData(),
            dormant_only=self.dormant_filter.isChecked(),
        )
        self.model.reload()

    def _after_load(self) -> None:
        filtered = bool(self.model.query.text) or self.filters.active
        nothing = self.model.total == 0
        self.stack.setCurrentWidget(self.empty if nothing and not filtered else self.splitter)
        self.no_match.setVisible(nothing and filtered)
        if nothing and filtered:
            text = self.model.query.text
            if text and self.filters.active:
                message = self.tr("No partnership matches “{0}” with the choices above.")
            elif text:
                message = self.tr("Nothing in Partnerships matches “{0}”.")
            else:
                message = self.tr("No partnership matches the choices above.")
            self.no_match.setText(message.format(text))
        self.status_changed.emit()

    def status_text(self) -> str:
        if not self.filters.active:
            return super().status_text()
        shown, total = self.model.rowCount(), self.model.total
        text = self.tr("Partnerships: {0} matching the filter").format(total)
        if shown < total:
            text += self.tr(" ({0} loaded so far)").format(shown)
        return text

    # --- the pane ------------------------------------------------------------------------

    def _replace_detail(self, database: Database) -> None:
        old = self.detail
        self.detail = PartnershipDetailPane(database, self.spec.select_prompt)
        self.splitter.replaceWidget(1, self.detail)
        old.deleteLater()
        self.detail.set_read_only(database.read_only)
        self.detail.edit_requested.connect(self.edit_selected)
        self.detail.status_requested.connect(self.change_status)
        self.detail.attach_requested.connect(self.choose_files)
        self.detail.open_attachment.connect(self.open_attachment)
        self.detail.save_attachment.connect(self.save_attachment)
        self.detail.remove_attachment.connect(self.remove_attachment)

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
        self.select_partnership(shown)

    # --- AreaPage --------------------------------------------------------------------------

    def refresh_icons(self) -> None:
        super().refresh_icons()
        self.dormant_filter.setIcon(icon(DORMANT_ICON))
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
        editor.open()

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
        dialog.open()

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

    # --- documents -------------------------------------------------------------------------

    def choose_files(self) -> None:
        detail = self._current()
        if detail is None or self.database.read_only:
            return
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach to {0}").format(detail.cities),
            "",
            self.tr(
                "Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.odt);;All files (*)"
            ),
        )
        self.attach_files(detail, [Path(p) for p in paths])

    def attach_files(self, detail: PartnershipDetail, paths: list[Path]) -> None:
        for path in paths:
            edit = edits.attaching(self.database, detail.id, path)
            try:
                push_edit(
                    self._stack(),
                    self.tr("Attach {0} to {1}").format(path.name, detail.cities),
                    apply=edit.apply,
                    revert=edit.revert,
                    after=lambda: self._after_edit(detail.id),
                    message_parent=self,
                )
            except (ExchangeDeskError, OSError) as failed:
                self._warn(self.tr("{0} was not attached").format(path.name), failed)

    def open_attachment(self, attachment_id: int) -> None:
        try:
            copy = copy_for_viewing(
                self.database, attachment_id, Path(self._viewing.name) / str(attachment_id)
            )
        except (ExchangeDeskError, OSError) as failed:
            self._warn(self.tr("The document cannot be opened"), failed)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def save_attachment(self, attachment_id: int, destination: Path | None = None) -> Path | None:
        try:
            row = get_attachment(self.database, attachment_id)
            if destination is None:
                chosen, _filter = QFileDialog.getSaveFileName(
                    self,
                    self.tr("Save a copy of {0}").format(row.original_name),
                    safe_file_name(row.original_name),
                )
                if not chosen:
                    return None
                destination = Path(chosen)
            return export_attachment(self.database, attachment_id, destination)
        except (ExchangeDeskError, OSError) as failed:
            self._warn(self.tr("The document was not saved"), failed)
            return None

    def remove_attachment(self, attachment_id: int) -> None:
        try:
            row = get_attachment(self.database, attachment_id)
            edit = edits.removing_attachment(self.database, attachment_id)
            push_edit(
                self._stack(),
                self.tr("Remove {0}").format(row.shown_name),
                apply=edit.apply,
                revert=edit.revert,
                after=lambda: self._after_edit(row.partnership_id),
                message_parent=self,
            )
        except ExchangeDeskError as failed:
            self._warn(self.tr("The document was not removed"), failed)

    def _warn(self, title: str, error: BaseException) -> None:
        QMessageBox.warning(self, title, str(error))


def make_page(database: Database, parent: QWidget | None = None) -> AreaPage:
    return PartnershipsPage(database, parent)


def area() -> AreaSpec:
    return AreaSpec(
        "partnerships",
        _tr("Partnerships"),
        ICON,
        make_page,
        _tr("Twin towns, sister and partner cities"),
    )
