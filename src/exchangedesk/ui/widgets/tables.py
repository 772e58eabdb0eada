"""The one look every list in the window shares."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
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
    takes the room left over. When the list is narrower than the hints add up to, the other
    columns give way (their text elided) before the main one does: with Qt's stretch mode the
    main column was the one squeezed, and Partnerships showed its partner city as "ner"."""
    char = table.fontMetrics().averageCharWidth()
    header = table.horizontalHeader()
    header_metrics = header.fontMetrics()
    preferred = [
        max(column.width * char, header_metrics.horizontalAdvance(column.header)) + 28
        for column in columns
    ]
    main = [section for section, column in enumerate(columns) if column.stretch]
    header.setStretchLastSection(not main)
    for section, width in enumerate(preferred):
        header.resizeSection(section, width)
        header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
    if main:
        # Narrowest a column is squeezed to: a few letters and the "…".
        floors = [min(width, 5 * char + 24) for width in preferred]
        fitter = ColumnFitter(table, preferred, floors, main)
        table.viewport().installEventFilter(fitter)
        table._column_fitter = fitter  # type: ignore[attr-defined]  # lives as the table does


def fitted_widths(
    available: int, preferred: Sequence[int], floors: Sequence[int], main: Sequence[int]
) -> list[int]:
    """Column widths for ``available`` pixels: each column's preferred width, the spare room
    to the main columns; short of room, the other columns shrink towards their floors in
    proportion first, and only then the main ones."""
    widths = list(preferred)
    total = sum(widths)
    if total <= available:
        extra = available - total
        for n, section in enumerate(main):
            widths[section] += extra // len(main) + (1 if n < extra % len(main) else 0)
        return widths
    deficit = total - available
    for group in ([s for s in range(len(widths)) if s not in main], list(main)):
        give = sum(widths[s] - floors[s] for s in group)
        if give <= 0:
            continue
        taken = min(deficit, give)
        for s in group:
            widths[s] -= (widths[s] - floors[s]) * taken // give
        deficit -= taken
        if deficit <= 0:
            break
    return widths


class ColumnFitter(QObject):
    """Fits a list's columns to its width whenever the list is resized (or columns are
    hidden): see :func:`fitted_widths`. A column the user drags keeps its width until the
    list is resized again."""

    def __init__(
        self,
        table: QTableView,
        preferred: Sequence[int],
        floors: Sequence[int],
        main: Sequence[int],
    ) -> None:
        super().__init__(table)
        self.table = table
        self.preferred, self.floors, self.main = list(preferred), list(floors), list(main)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        count = min(header.count(), len(self.preferred))
        shown = [s for s in range(count) if not header.isSectionHidden(s)]
        if not shown:
            return
        main = [shown.index(s) for s in self.main if s in shown] or [len(shown) - 1]
        widths = fitted_widths(
            self.table.viewport().width(),
            [self.preferred[s] for s in shown],
            [self.floors[s] for s in shown],
            main,
        )
        for section, width in zip(shown, widths, strict=True):
            # A restored header state may bring back Qt's stretch mode, which ignores widths.
            if header.sectionResizeMode(section) != QHeaderView.ResizeMode.Interactive:
                header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(section, width)
