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
    """Column widths for ``available`` pixels. With room to spare, each column gets its
    preferred width and the main columns the rest. Short of room, every column shrinks in
    proportion (a date range keeps most of itself beside a long title), except that the main
    columns keep their preferred width up to half the list; what that costs comes from the
    other columns, and only past their floors from the main ones."""
    widths = list(preferred)
    total = sum(widths)
    if total <= available:
        extra = available - total
        for n, section in enumerate(main):
            widths[section] += extra // len(main) + (1 if n < extra % len(main) else 0)
        return widths
    widths = [
        max(floor, width * available // total) for width, floor in zip(widths, floors, strict=True)
    ]
    for section in main:
        widths[section] = max(widths[section], min(preferred[section], available // 2 // len(main)))
    others = [s for s in range(len(widths)) if s not in main]
    excess = sum(widths) - available
    if excess < 0:  # what rounding down left over
        widths[main[0]] -= excess
        return widths
    for group in (others, list(main)):
        excess -= _shrink(widths, floors, group, excess)
    return widths


def _shrink(widths: list[int], floors: Sequence[int], group: Sequence[int], amount: int) -> int:
    """Take up to ``amount`` pixels from ``group``, in proportion to what each has above its
    floor, to the pixel; returns what was taken."""
    give = sum(max(widths[s] - floors[s], 0) for s in group)
    taken = min(max(amount, 0), give)
    if taken <= 0:
        return 0
    left = taken
    for s in group:
        cut = max(widths[s] - floors[s], 0) * taken // give
        widths[s] -= cut
        left -= cut
    for s in sorted(group, key=lambda s: widths[s] - floors[s], reverse=True):
        if left <= 0:
            break
        if widths[s] > floors[s]:
            widths[s] -= 1
            left -= 1
    return taken - left


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
