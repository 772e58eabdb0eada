"""The preview of an import: each column of the file, its first values, and what it becomes.

One row per column of the file, with a choice of field (or "left out"), and beneath it the first
rows of the file headed by what each column becomes, so a wrong guess shows at a glance.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.interchange.import_fields import Mapping, field_title, import_fields
from exchangedesk.interchange.table_file import TableFile
from exchangedesk.ui.i18n import translate

PREVIEW_ROWS = 8


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    return item


class MappingView(QWidget):
    changed = Signal()  # the user chose another field for a column

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = "people"
        self.table: TableFile | None = None
        self.columns = QTableWidget(0, 3)
        self.columns.setObjectName("import-columns")
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First values"), self.tr("Becomes")]
        )
        self.columns.verticalHeader().hide()
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.preview = QTableWidget(0, 0)
        self.preview.setObjectName("import-preview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.columns, 1)
        layout.addWidget(self.preview, 1)
        self.combos: list[QComboBox] = []

    def show_table(self, kind: str, table: TableFile, mapping: Mapping) -> None:
        self.kind, self.table = kind, table
        self.combos = []
        self.columns.setRowCount(len(table.headers))
        choices = [(None, field_title(kind, None))] + [
            (f.key, f.title) for f in import_fields(kind)
        ]
        for index, heading in enumerate(table.headers):
            samples = [row.cell(index) for row in table.rows[:3] if row.cell(index)]
            self.columns.setItem(index, 0, _item(heading or self.tr("(no heading)")))
            self.columns.setItem(index, 1, _item(" · ".join(samples)))
            combo = QComboBox()
            combo.setObjectName(f"mapping-{index}")
            for key, title in choices:
                combo.addItem(translate("import_fields", title), key)
            combo.setCurrentIndex(max(combo.findData(mapping[index]), 0))
            combo.currentIndexChanged.connect(self._changed)
            self.columns.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        self._fill_preview()

    def mapping(self) -> Mapping:
        return [combo.currentData() for combo in self.combos]

    def set_field(self, column: int, key: str | None) -> None:
        """Choose the field of a column, as the user would in its list."""
        combo = self.combos[column]
        combo.setCurrentIndex(max(combo.findData(key), 0))

    def _changed(self) -> None:
        self._fill_preview()
        self.changed.emit()

    def _fill_preview(self) -> None:
        table = self.table
        if table is None:
            return
        mapping = self.mapping()
        self.preview.setColumnCount(len(table.headers))
        # The file's heading over what it becomes, on two lines: on one, each header was cut
        # to "Nam…" at Qt's 100 px columns and the mapping could not be read.
        labels = [
            heading + "\n→ " + translate("import_fields", field_title(self.kind, key))
            for heading, key in zip(table.headers, mapping, strict=True)
        ]
        self.preview.setHorizontalHeaderLabels(labels)
        rows = table.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(rows))
        self.preview.setVerticalHeaderLabels([str(row.number) for row in rows])
        for r, row in enumerate(rows):
            for c in range(len(table.headers)):
                item = _item(row.cell(c))
                if mapping[c] is None:
                    item.setForeground(self.palette().placeholderText())
                self.preview.setItem(r, c, item)
        header = self.preview.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.preview.resizeColumnsToContents()
        widest = self.preview.fontMetrics().averageCharWidth() * 32  # a long value is elided
        for c, label in enumerate(labels):
            self.preview.horizontalHeaderItem(c).setToolTip(label.replace("\n", " "))
            if self.preview.columnWidth(c) > widest:
                self.preview.setColumnWidth(c, widest)
