"""File › Import › Partnership pairs (CSV)…: choose a file, import it in the background, read
the report.

The work is :func:`exchangedesk.services.partnerships.pairs_import.import_pairs` on a worker thread
(:mod:`exchangedesk.ui.tasks`), its progress callback driving the bar. Cancel raises a flag the
importer asks about every 500 rows and once more after its writes; it then rolls the whole
transaction back, so a cancelled import leaves the register as it was. The flag is the dialog's
own rather than the Task's: a Task cancelled a moment after the import committed would announce
"cancelled" and drop the report of an import that *was* saved.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.interchange.import_report import write_import_report
from exchangedesk.services.maintenance.backups import before_import
from exchangedesk.services.partnerships.pairs_import import (
    ImportCancelled,
    ImportReport,
    import_pairs,
)
from exchangedesk.ui.formatting import count_text
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.partnerships.import_report_view import ImportReportView
from exchangedesk.ui.tasks import Task, TaskControl
from exchangedesk.ui.theme import icon

SETTINGS_FOLDER = "import/pairs-folder"


def ask_csv_path(parent: QWidget, folder: str) -> str:
    """The file the user picks, or '' (tests replace this function)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("ImportPairs", "Import partnership pairs"),
        folder,
        translate("ImportPairs", "CSV files (*.csv);;All files (*)"),
    )
    return path


def ask_report_path(parent: QWidget, suggested: str) -> str:
    """Where to save the report, or '' (tests replace this function)."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("ImportPairs", "Save the import report"),
        suggested,
        translate("ImportPairs", "CSV for a spreadsheet (*.csv);;Plain text (*.txt)"),
    )
    return path


class ImportPairsDialog(QDialog):
    """Choose → running → report; the same dialog can import again (after a dry run, say)."""

    imported = Signal(object)  # the ImportReport of an import that was saved
    run_ended = Signal()  # after a report, a refusal or a cancel: the dialog is idle again

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import-pairs")
        self.setWindowTitle(self.tr("Import partnership pairs"))
        self.database = database
        self.report: ImportReport | None = None
        self._source: Path | None = None  # the file the report is about
        self._task: Task | None = None
        self._cancel = threading.Event()

        intro = QLabel(
            self.tr(
                "Adds the partnerships listed in a CSV file with the columns <b>city1, "
                "country1, lat1, lng1, city2, country2, lat2, lng2</b> (the layout of "
                "twin_cities.csv). Cities and partnerships already in the register are matched, "
                "never changed. Rows that cannot be read are left out and listed with their "
                "row number; the rest is saved."
            )
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("The CSV file to import"))
        self.browse_button = QPushButton(icon("mdi6.folder-open-outline"), self.tr("Choose…"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        self.dry_run = QCheckBox(
            self.tr("Dry run: check the file and show what would happen, without saving")
        )

        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress_label = QLabel()
        self.message = QLabel()  # why the file could not be imported, or where a report went
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.report_view = ImportReportView()

        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.setIcon(icon("mdi6.file-import-outline"))
        self.save_button = buttons.addButton(
            self.tr("Save report…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.dry_run)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.message)
        layout.addWidget(self.report_view, 100)
        layout.addStretch(1)  # before a report, spare height goes below the form, not into it
        layout.addWidget(buttons)

        self.browse_button.clicked.connect(self.choose_file)
        self.path_edit.textChanged.connect(lambda _text: self._set_idle())
        self.import_button.clicked.connect(self.start)
        self.save_button.clicked.connect(self.save_report)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        for widget in (self.progress, self.progress_label, self.message, self.report_view):
            widget.hide()
        self._set_idle()
        self.resize(860, self.sizeHint().height())

    # --- states ----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._task is not None and self._task.is_running

    def _set_idle(self) -> None:
        if self.running:
            return
        for widget in (self.path_edit, self.browse_button, self.dry_run):
            widget.setEnabled(True)
        self.import_button.setEnabled(bool(self.path_edit.text().strip()))
        # Once a file is in, Enter closes rather than importing the same file again.
        done = self.report is not None and self.report.saved
        self.import_button.setDefault(not done)
        self.close_button.setDefault(done)
        self.save_button.setVisible(self.report is not None)
        self.cancel_button.hide()
        self.close_button.show()

    def _set_running(self) -> None:
        for widget in (self.path_edit, self.browse_button, self.dry_run, self.import_button):
            widget.setEnabled(False)
        self.save_button.hide()
        self.close_button.hide()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.message.hide()
        self.report_view.hide()
        self.progress.setRange(0, 0)  # busy until the first count arrives
        self.progress.show()
        self.progress_label.setText(self.tr("Reading the file…"))
        self.progress_label.show()
        self._fit()

    def _fit(self) -> None:
        """Grow to show what was just shown (wrapped text is not squeezed), never shrink."""
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    # --- choosing and starting -------------------------------------------------------------

    def choose_file(self) -> None:
        settings = QSettings()
        chosen = ask_csv_path(self, str(settings.value(SETTINGS_FOLDER, "")))
        if chosen:
            settings.setValue(SETTINGS_FOLDER, str(Path(chosen).parent))
            self.path_edit.setText(chosen)

    def start(self) -> None:
        if self.running:
            return
        path = Path(self.path_edit.text().strip()).expanduser()
        if not path.is_file():
            self._show_message(
                self.tr("There is no file at {0}. Choose the CSV file to import.").format(path)
            )
            return
        dry_run = self.dry_run.isChecked()
        self._cancel = cancel = threading.Event()
        self._source = path
        database = self.database

        def work(control: TaskControl) -> ImportReport:  # on the worker: no widgets here
            return import_pairs(
                database,
                path,
                dry_run=dry_run,
                progress=lambda done, total: control.progress(done, total),
                cancelled=cancel.is_set,
                before_saving=before_import(database, path.name),  # a verified copy first
            )

        task = Task(work, self)
        task.progress.connect(self._show_progress)
        task.result.connect(self._show_report)
        task.error.connect(self._show_error)
        task.finished.connect(self._run_ended)
        self._task = task
        self._set_running()
        task.start()

    def cancel(self) -> None:
        if not self.running:
            return
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(self.tr("Cancelling… nothing will be saved."))

    # --- what the worker says --------------------------------------------------------------

    def _show_progress(self, done: int, total: int, _message: str) -> None:
        if self._cancel.is_set():
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        rows = total // 2  # the importer reads every row, then matches every row
        if total and done >= total:
            text = self.tr("Writing to the database…")
        elif done <= rows:
            text = self.tr("Reading row {0} of {1}…").format(count_text(done), count_text(rows))
        else:
            text = self.tr("Matching cities and partnerships: row {0} of {1}…").format(
                count_text(done - rows), count_text(rows)
            )
        self.progress_label.setText(text)

    def _show_error(self, error: BaseException) -> None:
        if isinstance(error, ImportCancelled):
            self._show_message(self.tr("Import cancelled. Nothing was saved."))
        else:
            self._show_message(
                self.tr("This file cannot be imported, and nothing was saved: {0}").format(error)
            )

    def _show_message(self, text: str) -> None:
        self.report = None
        self.report_view.hide()
        self.progress.hide()
        self.progress_label.hide()
        self.message.setText(text)
        self.message.show()
        self._set_idle()
        self._fit()

    def _run_ended(self) -> None:
        self._task = None
        self.progress.hide()
        self.progress_label.hide()
        self._set_idle()
        self.run_ended.emit()

    def _show_report(self, report: ImportReport) -> None:
        self.report = report
        self.report_view.show_report(report)
        self.report_view.show()
        if self.height() < 640:
            self.resize(max(self.width(), 860), 640)
        if report.saved:
            self.imported.emit(report)

    # --- the report file -------------------------------------------------------------------

    def save_report(self) -> None:
        if self.report is None or self._source is None:
            return
        source = self._source
        suggested = source.with_name(f"{source.stem} import report.csv")
        chosen = ask_report_path(self, str(suggested))
        if not chosen:
            return
        try:
            written = write_import_report(self.report, chosen)
        except OSError as exc:
            self.message.setText(
                self.tr("The report could not be saved: {0}").format(exc.strerror or exc)
            )
        else:
            self.message.setText(self.tr("Report saved to {0}").format(written))
        self.message.show()

    # --- closing ---------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape or Close while importing cancels; the dialog stays until the import ended."""
        if self.running:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
