"""Item models fed with plain rows from the services.

:class:`PagedTableModel` is the list behind every area: it asks its loader for one
:class:`~exchangedesk.services.common.paging.Page` at a time, fetches the next page when the view
scrolls to the end (``canFetchMore``/``fetchMore``), and re-queries SQL to sort or filter — never
a ``QSortFilterProxyModel`` over all the rows in Python.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from sqlalchemy.exc import SQLAlchemyError

from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.services.common.paging import DEFAULT_PAGE_SIZE, ListQuery, Page

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row dataclass behind a table row

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column of a list: its header, how a row shows in it, and the service's sort key
    (None: not sortable)."""

    header: str
    text: Callable[[Any], str]
    sort_key: str | None = None
    numeric: bool = False  # right-aligned
    width: int = 0  # in average characters; 0 lets the header decide
    stretch: bool = False  # takes the room left over (the list's main text column)


class RowsTableModel(QAbstractTableModel):
    """A short list held whole (a month's events): rows are replaced all at once."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self.columns[index.column()]
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PagedTableModel(RowsTableModel):
    """Rows of a service list, a page at a time; filter and sort run in SQL."""

    loaded = Signal()  # after every page or reload: the counts may have changed
    failed = Signal(str)  # a message for the user

    def __init__(
        self,
        columns: Sequence[Column],
        loader: Callable[[ListQuery], Page[Any]],
        page_size: int = DEFAULT_PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self._loader = loader
        self._query = ListQuery(limit=page_size)
        self._total = 0
        self._resetting = False

    @property
    def total(self) -> int:
        """How many records match the filter (loaded or not)."""
        return self._total

    @property
    def query(self) -> ListQuery:
        return self._query

    def matching_loader(self, page_size: int = 1000) -> Callable[[], list[Any]]:
        """A function that reads every row the current filter matches, page by page (for an
        export, off the GUI thread: it does not touch the model)."""
        loader, query = self._loader, replace(self._query, offset=0, limit=page_size)

        def every_row() -> list[Any]:
            rows: list[Any] = []
            while True:
                page = loader(replace(query, offset=len(rows)))
                rows.extend(page.rows)
                if not page.rows or not page.has_more:
                    return rows

        return every_row

    def set_filter(self, text: str) -> None:
        if text != self._query.text:
            self._query = replace(self._query, text=text)
            self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort_key if 0 <= column < len(self.columns) else None
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None and self._query.sort is None:
            return
        if key == self._query.sort and descending == self._query.descending:
            return
        self._query = replace(self._query, sort=key, descending=descending and key is not None)
        self.reload()

    def reload(self) -> None:
        """Start again from the first page (after a filter, a sort or an edit)."""
        page = self._load(replace(self._query, offset=0))
        self.beginResetModel()
        self._rows = list(page.rows) if page else []
        self._total = page.total if page else 0
        # No fetching more from inside the reset's own notifications: that would nest a row
        # insertion in the reset. Views ask again right after, from their event loop.
        self._resetting = True
        try:
            self.endResetModel()
        finally:
            self._resetting = False
        self.loaded.emit()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._resetting and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        page = self._load(replace(self._query, offset=len(self._rows)))
        if page is None:
            return
        if page.total != self._total:
            # Someone added or removed records since the first page: start again cleanly
            # rather than show a row twice or skip one.
            self.reload()
            return
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        else:
            self._total = len(self._rows)
        self.loaded.emit()

    def _load(self, query: ListQuery) -> Page[Any] | None:
        try:
            return self._loader(query)
        except (ExchangeDeskError, SQLAlchemyError) as exc:
            self.failed.emit(self.tr("The list could not be read: {0}").format(exc))
            return None
