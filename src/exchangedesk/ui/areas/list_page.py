"""The generic area page: filter bar, a paged table sorted in SQL, and a detail pane.

Each area describes its list with a :class:`~exchangedesk.ui.areas.base.ListSpec`; this page
does the rest. Before the first record exists it shows what the area is for instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelection,
    QLocale,
    QObject,
    QSettings,
    Qt,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.ui.areas.base import AreaPage, ListSpec
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.models import ROW_ROLE, PagedTableModel
from exchangedesk.ui.theme import icon
from exchangedesk.ui.widgets.detail_pane import DetailPane
from exchangedesk.ui.widgets.empty_state import EmptyState
from exchangedesk.ui.widgets.filter_bar import FilterBar
from exchangedesk.ui.widgets.flow_layout import FlowLayout
from exchangedesk.ui.widgets.focus import tab_stops
from exchangedesk.ui.widgets.tables import make_table

# The keys a list answers to itself (no menu shows them): Help › Keyboard shortcuts reads these.
EDIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)
REMOVE_KEYS = (Qt.Key.Key_Delete,)


def number_text(count: int) -> str:
    """13,000 with the window's digit grouping (13.000 in German), not "13000"."""
    return QLocale().toString(count)


def more_text(shown: int, total: int) -> str:
    """What a long list says of the rows not read yet, in the secretary's words: it said
    "(100 loaded so far)", which is the program's business."""
    if shown >= total:
        return ""
    return translate("ListPage", " — the first {0} shown; scroll down for more").format(
        number_text(shown)
    )


def _keys(keys: tuple[Qt.Key, ...]) -> list[QKeySequence]:
    return [QKeySequence(key) for key in keys if key != Qt.Key.Key_Enter]  # Enter is Return


class ListPage(AreaPage):
    has_filter = True

    def __init__(self, spec: ListSpec, database: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"list-{spec.key}")
        self.model = PagedTableModel(
            spec.columns, lambda query: spec.load(database, query), parent=self
        )

        self.filter_bar = FilterBar(spec.filter_hint)
        self.no_match = QLabel()
        self.no_match.setWordWrap(True)
        self.no_match.hide()

        self.table = make_table(self.model, spec.columns)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's own order
        self.table.setSortingEnabled(True)

        self.detail = DetailPane(spec.heading, spec.details, spec.select_prompt)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        # Both sides give and take when the window is resized: with the pane fixed, a narrow
        # window left the list a strip of 70 px beside a half-empty pane.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([760, 320])  # until the user's own split is restored

        self.empty = EmptyState(spec.icon, spec.empty_title, spec.empty_text)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.splitter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.no_match)
        layout.addWidget(self.stack, 1)

        self.filter_bar.filter_changed.connect(self.model.set_filter)
        self.model.loaded.connect(self._after_load)
        self.model.modelReset.connect(lambda: self.detail.show_row(None))
        self.model.failed.connect(self.message)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.installEventFilter(self)
        self._new_row: QWidget | None = None
        self.model.reload()

    # --- AreaPage ------------------------------------------------------------------------

    def status_text(self) -> str:
        shown, total = self.model.rowCount(), self.model.total
        text = self.model.query.text
        if text:
            counts = self.tr("{0}: {1} matching “{2}”").format(
                self.spec.title, number_text(total), text
            )
        else:
            counts = self.tr("{0}: {1}").format(self.spec.title, number_text(total))
        return counts + more_text(shown, total)

    def focus_filter(self) -> bool:
        self.filter_bar.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.selectAll()
        return True

    def refresh(self) -> None:
        self.model.reload()

    def refresh_live(self) -> None:
        """Read the list again after another window's change, keeping the selected record
        selected (and the detail pane on it) when it is still in the list."""
        row = self.selected_row()
        record_id = getattr(row, "id", None)
        scrolled = self.table.verticalScrollBar().value()
        self.model.reload()
        if record_id is not None:
            self.select_record(record_id)
        self.table.verticalScrollBar().setValue(scrolled)
        self.status_changed.emit()

    def select_record(self, record_id: int) -> bool:
        """Select the loaded row of *record_id*; False when it is not (any more) in the list."""
        for index in range(self.model.rowCount()):
            found = self.model.row_at(index)
            if found is not None and getattr(found, "id", None) == record_id:
                self.table.selectRow(index)
                return True
        self.detail.show_row(None)
        return False

    def refresh_icons(self) -> None:
        self.filter_bar.refresh_icons()
        self.empty.refresh_icons()

    def item_models(self) -> list[QAbstractItemModel]:
        return [self.model]

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(self._settings_key("splitter"), self.splitter.saveState())
        settings.setValue(self._settings_key("header"), self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value(self._settings_key("splitter"))
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = settings.value(self._settings_key("header"))
        if header is not None:
            # Restores widths and the sort order; the view then asks the model to sort in SQL.
            self.table.horizontalHeader().restoreState(header)

    # --- inside --------------------------------------------------------------------------

    @property
    def showing_placeholder(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def selected_row(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    # --- for areas that edit their records ------------------------------------------------

    def add_new_button(self, tooltip: str, *beside: QWidget) -> QPushButton:
        """Put the filter bar, ``beside`` (filter choices) and a New… button in one row."""
        button = QPushButton(icon("mdi6.plus"), self.tr("New…"))
        button.setToolTip(tooltip)
        button.clicked.connect(self.create_record)
        button.setVisible(self.can_create)
        row = QWidget()
        # A flow: when the choices leave the filter field too little room (Russian at 1024
        # px shrank it to its icon), the field takes a line of its own above them.
        layout = FlowLayout(row)
        self.layout().removeWidget(self.filter_bar)
        self.filter_bar.setMinimumWidth(220 if beside else 0)
        layout.addWidget(self.filter_bar)
        for widget in beside:
            layout.addWidget(widget)
        layout.addWidget(button)
        self.layout().insertWidget(0, row)
        self._new_row = row
        self.order_tabs()
        return button

    def replace_detail(self, pane: QWidget) -> None:
        """Show the area's own record pane instead of the generic details."""
        old = self.detail
        self.detail = pane  # type: ignore[assignment]
        self.splitter.replaceWidget(1, pane)
        old.deleteLater()
        self.order_tabs()

    def order_tabs(self) -> None:
        """Tab runs filter (and its choices, New…) → list → detail pane, in reading order."""
        stops = tab_stops(self._new_row) if self._new_row is not None else []
        QWidget.setTabOrder(stops[-1] if stops else self.filter_bar, self.table)

    # --- keys in the list: Enter or F2 edits, Delete removes (each page asks first) -------

    def key_notes(self) -> list[tuple[str, str]]:
        """(what, keys) of the keys this list handles itself, for Help › Keyboard shortcuts."""
        from exchangedesk.ui.help.shortcuts import keys_text

        notes = []
        if getattr(self, "edit_selected", None) is not None:
            notes.append((self.tr("Edit the selected record"), keys_text(_keys(EDIT_KEYS))))
        if getattr(self, "delete_selected", None) is not None:
            notes.append((self.tr("Remove the selected record"), keys_text(_keys(REMOVE_KEYS))))
        return notes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return super().eventFilter(watched, event)
            key = event.key()
            edit = getattr(self, "edit_selected", None)
            delete = getattr(self, "delete_selected", None)
            if key in EDIT_KEYS and edit is not None:
                edit()
                return True
            if key in REMOVE_KEYS and delete is not None:
                delete()
                return True
        if watched is self.table and event.type() == QEvent.Type.FocusIn:
            assert isinstance(event, QFocusEvent)
            if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
                self._select_focused_row()
        return super().eventFilter(watched, event)

    def _select_focused_row(self) -> None:
        """Tabbed into a list with nothing selected: select the row the focus frame is on.
        Qt only frames the first row then, so Home and Up did nothing, and in a list of one
        record (one aid campaign) no key but Space would ever show it in the pane."""
        if self.selected_row() is not None or self.model.rowCount() == 0:
            return
        current = self.table.currentIndex()
        self.table.selectRow(current.row() if current.isValid() else 0)

    def _settings_key(self, name: str) -> str:
        # The column count is part of the key: a later version with other columns starts fresh.
        return f"areas/{self.spec.key}/{name}-{len(self.spec.columns)}"

    def _after_load(self) -> None:
        filtered = bool(self.model.query.text)
        nothing = self.model.total == 0
        self.stack.setCurrentWidget(self.empty if nothing and not filtered else self.splitter)
        self.no_match.setVisible(nothing and filtered)
        if nothing and filtered:
            self.no_match.setText(
                self.tr("Nothing in {0} matches “{1}”.").format(
                    self.spec.title, self.model.query.text
                )
            )
        self.status_changed.emit()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.detail.show_row(self.selected_row())


class ChoicesListPage(ListPage):
    """A list with filter choices beside the text filter (``self.choices``, a widget with a
    ``changed`` signal and ``filters()``; the loader reads ``self.filters``, which has
    ``active``). Says which choice hid every record and counts "matching the filter"."""

    filters: Any  # set by the subclass before the first load
    record_noun = "record"  # "No gift matches…"

    def _filters_changed(self) -> None:
        self.filters = self.choices.filters()
        self.model.reload()

    def _after_load(self) -> None:
        text = self.model.query.text
        filtered = bool(text) or self.filters.active
        nothing = self.model.total == 0
        self.stack.setCurrentWidget(self.empty if nothing and not filtered else self.splitter)
        self.no_match.setVisible(nothing and filtered)
        if nothing and filtered:
            if text and self.filters.active:
                message = self.tr("No {0} matches “{1}” with the choices above.")
            elif text:
                message = self.tr("Nothing in {2} matches “{1}”.")
            else:
                message = self.tr("No {0} matches the choices above.")
            self.no_match.setText(message.format(self.record_noun, text, self.spec.title))
        self.status_changed.emit()

    def status_text(self) -> str:
        if not self.filters.active:
            return super().status_text()
        shown, total = self.model.rowCount(), self.model.total
        text = self.tr("{0}: {1} matching the filter").format(self.spec.title, number_text(total))
        return text + more_text(shown, total)


class TabbedListPage(AreaPage):
    """An area with more than one list (People | Organisations; Campaigns | Shipments)."""

    has_filter = True

    def __init__(
        self, specs: Sequence[ListSpec], database: Database, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.lists = [ListPage(spec, database) for spec in specs]
        for page in self.lists:
            self.tabs.addTab(page, icon(page.spec.icon), page.spec.title)
            page.status_changed.connect(self.status_changed)
            page.message.connect(self.message)
        self.tabs.currentChanged.connect(lambda _index: self.status_changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.tabs)

    @property
    def current(self) -> ListPage:
        return self.lists[self.tabs.currentIndex()]

    @property
    def can_create(self) -> bool:  # type: ignore[override]  # follows the tab shown
        return self.current.can_create

    def create_record(self) -> None:
        self.current.create_record()

    def set_undo_stack(self, stack: QUndoStack) -> None:
        super().set_undo_stack(stack)
        for page in self.lists:
            page.set_undo_stack(stack)

    def status_text(self) -> str:
        return self.current.status_text()

    def key_notes(self) -> list[tuple[str, str]]:
        return list(dict.fromkeys(note for page in self.lists for note in page.key_notes()))

    def focus_filter(self) -> bool:
        return self.current.focus_filter()

    def refresh(self) -> None:
        for page in self.lists:
            page.refresh()

    def refresh_live(self) -> None:
        for page in self.lists:
            page.refresh_live()

    def refresh_icons(self) -> None:
        for index, page in enumerate(self.lists):
            self.tabs.setTabIcon(index, icon(page.spec.icon))
            page.refresh_icons()

    def item_models(self) -> list[QAbstractItemModel]:
        return [model for page in self.lists for model in page.item_models()]

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"areas/{self.lists[0].spec.key}/tab", self.tabs.currentIndex())
        for page in self.lists:
            page.save_state(settings)

    def restore_state(self, settings: QSettings) -> None:
        for page in self.lists:
            page.restore_state(settings)
        tab = settings.value(f"areas/{self.lists[0].spec.key}/tab", 0, type=int)
        if 0 <= tab < len(self.lists):
            self.tabs.setCurrentIndex(tab)
