"""The one look every list in the window shares."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from exchangedesk.ui.models import Column


def make_table(
    model: QAbstractItemModel, columns: Sequence[Column], parent: QWidget | None = None
) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    # Tab leaves the list for the pane beside it; with Qt's default it moved the current cell
    # and wrapped onto the next record without a word.
    table.setTabKeyNavigation(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setHighlightSections(False)
    size_columns(table, columns)
    return table


def size_columns(table: QTableView, columns: Sequence[Column]) -> None:
    """Widths from the columns' hints, never narrower than the header; the main text column
    takes the room left over."""
    char = table.fontMetrics().averageCharWidth()
    header = table.horizontalHeader()
    header.setStretchLastSection(not any(column.stretch for column in columns))
    header_metrics = header.fontMetrics()
    for section, column in enumerate(columns):
        width = max(column.width * char, header_metrics.horizontalAdvance(column.header)) + 28
        header.resizeSection(section, width)
        if column.stretch:
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
