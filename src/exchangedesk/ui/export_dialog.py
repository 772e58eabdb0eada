"""File › Export…: the list the current area shows, as filtered on screen, to CSV or XLSX.

The rows come from :mod:`exchangedesk.services.exports` (the same as ``exchangedesk export``);
the dialog only chooses the file, the format and whether sensitive details go in. Sensitive
details are off unless the box is ticked, and such an export is entered in the audit log.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.services.exports import ExportResult, export_kind, export_to_file
from exchangedesk.ui.areas.base import AreaPage
from exchangedesk.ui.areas.list_page import ListPage, TabbedListPage
from exchangedesk.ui.tasks import Task

# Which export a list of the window is (its ListSpec key → the export kind).
LIST_EXPORTS = {
    "partnerships": "partnerships",
    "people": "people",
    "organisations": "organisations",
    "delegations": "delegations",
    "exchanges": "programmes",
    "gifts": "gifts",
    "aid-campaigns": "campaigns",
    "aid-shipments": "shipments",
    "documents": "documents",
}


@dataclass(frozen=True)
class ExportTarget:
    kind: str
    title: str
    filter_text: str
    # Reads the rows the list matches with every filter it has (text and choices), so the
    # file holds what the screen shows; None exports every record of the kind.
    matching_rows: Callable[[], list[Any]] | None = None


def export_target(page: AreaPage) -> ExportTarget | None:
    """What File › Export… would write for this page, or None when it shows no list."""
    if isinstance(page, TabbedListPage):
        page = page.current
    if not isinstance(page, ListPage) or page.spec.key not in LIST_EXPORTS:
        return None
    return ExportTarget(
        LIST_EXPORTS[page.spec.key],
        page.spec.title,
        page.model.query.text,
        page.model.matching_loader(),
    )


class ExportDialog(QDialog):
    exported = Signal(object)  # the ExportResult

    def __init__(
        self, database: Database, target: ExportTarget, folder: Path, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.database, self.target = database, target
        self.kind = export_kind(target.kind)
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Export {0}").format(target.title))
        what = (
            self.tr("The records of “{0}” that match the filter “{1}”.").format(
                target.title, target.filter_text
            )
            if target.filter_text
            else self.tr("Every record of “{0}”.").format(target.title)
        )
        self.what = QLabel(what)
        self.what.setWordWrap(True)
        self.format = QComboBox()
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.format.addItem(self.tr("Comma-separated values (.csv)"), "csv")
        self.path = QLineEdit(str(folder / f"{self.kind.name}.xlsx"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_file)
        self.format.currentIndexChanged.connect(self._format_changed)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.sensitive = QCheckBox(
            self.tr("Include sensitive details (birth dates, passports, dietary and medical notes)")
        )
        self.sensitive.setToolTip(self.tr("The export is recorded in the audit log"))
        self.sensitive.setVisible(self.kind.has_sensitive)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("File:"), row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addLayout(form)
        layout.addWidget(self.sensitive)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    @property
    def file_format(self) -> str:
        return str(self.format.currentData())

    def _format_changed(self) -> None:
        path = Path(self.path.text())
        if path.suffix.lower() in (".csv", ".xlsx"):
            self.path.setText(str(path.with_suffix("." + self.file_format)))

    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            self.path.text(),
            self.tr("Excel workbook (*.xlsx)")
            if self.file_format == "xlsx"
            else self.tr("Comma-separated values (*.csv)"),
        )
        if chosen:
            self.path.setText(chosen)

    def start_export(self) -> None:
        out = Path(self.path.text().strip()).expanduser()
        if not out.name or out.is_dir() or not out.parent.is_dir():
            self.message.setText(self.tr("Choose a file name in a folder that exists."))
            return
        database, kind, fmt = self.database, self.kind.name, self.file_format
        matching, sensitive = self.target.matching_rows, self.sensitive.isChecked()

        def work(_control: object) -> ExportResult:
            ids = {row.id for row in matching()} if matching is not None else None
            return export_to_file(database, kind, out, fmt, sensitive=sensitive, record_ids=ids)

        self.task = Task(work, self)
        self.task.result.connect(self._done)
        self.task.error.connect(self._failed)
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Exporting…"))
        self.task.start()

    def _done(self, result: ExportResult) -> None:
        self.exported.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        reason = getattr(error, "strerror", None) or getattr(error, "message", None) or error
        self.message.setText(self.tr("Nothing was exported: {0}").format(reason))
