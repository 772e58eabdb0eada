"""File › Import › List…: choose the file and the kind (people, organisations, contributions,
host families, participants), for participants the programme and for a donor list the campaign,
check the columns in the preview, try it (dry run), import it.

The preview says how the file was read: its encoding and separator, and for numbers and dates
the rule the file follows (a decimal comma, the day first), decided from the columns mapped to
numbers and dates and shown again whenever the mapping changes.

Reading the file and guessing the mapping happen at once (a list of a few thousand rows reads
in well under a second); the dry run and the import run on a worker thread
(:mod:`exchangedesk.ui.tasks`), so the window keeps painting. The import is one transaction:
every row that can be used is saved together, and the whole import is one step on the undo
stack. After a dry run the rows naming someone already in the register are listed, each with
its own choice (as for all rows, merge, skip, add as new) that the import then follows. The
refused rows go to a CSV beside the source (or the path given), with a column saying
why, to be corrected and imported again. The mapping chosen for a header is remembered for the
next file with the same header.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.interchange.import_fields import (
    DATE,
    NUMBER,
    WITHIN,
    file_reading,
    import_fields,
    mapping_problem,
)
from exchangedesk.interchange.refused_rows import refused_path, write_refused_rows
from exchangedesk.services.imports import (
    ImportFile,
    ImportResult,
    read_import_file,
    run_import,
)
from exchangedesk.services.maintenance.backups import before_import
from exchangedesk.ui.imports.command import push_import
from exchangedesk.ui.imports.duplicates import DuplicateRowsView
from exchangedesk.ui.imports.mapping import MappingView
from exchangedesk.ui.imports.within import WithinBox
from exchangedesk.ui.tasks import Task
from exchangedesk.ui.widgets.screen_fit import resize_to_screen

KINDS = (
    ("people", QT_TRANSLATE_NOOP("ImportListDialog", "People")),
    ("organisations", QT_TRANSLATE_NOOP("ImportListDialog", "Organisations")),
    ("contributions", QT_TRANSLATE_NOOP("ImportListDialog", "Contributions (a donor list)")),
    ("host-families", QT_TRANSLATE_NOOP("ImportListDialog", "Host families")),
    ("participants", QT_TRANSLATE_NOOP("ImportListDialog", "Participants of a programme")),
)

DUPLICATES = (
    ("skip", QT_TRANSLATE_NOOP("ImportListDialog", "Skip the row")),
    (
        "merge",
        QT_TRANSLATE_NOOP("ImportListDialog", "Merge its cells into the record in the register"),
    ),
    ("create", QT_TRANSLATE_NOOP("ImportListDialog", "Add it as a new record anyway")),
)


def ask_file_path(parent: QWidget, folder: str) -> str:
    """The file the user picks, or '' (tests replace this function)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportListDialog", "Import a list"),
        folder,
        QCoreApplication.translate("ImportListDialog", "Lists (*.csv *.xlsx *.txt);;All files (*)"),
    )
    return path


def _header_key(kind: str, headers: tuple[str, ...]) -> str:
    digest = hashlib.sha1("\x1f".join(headers).encode("utf-8")).hexdigest()[:16]
    return f"import/mapping/{kind}/{digest}"


class ImportListDialog(QDialog):
    imported = Signal(object)  # the ImportResult of an import that was saved
    run_ended = Signal()  # after a dry run, an import or an error: idle again

    def __init__(
        self,
        database: Database,
        undo_stack: QUndoStack | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        refresh: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import-list")
        self.setWindowTitle(self.tr("Import a list"))
        self.database, self.undo_stack = database, undo_stack
        self.settings = settings if settings is not None else QSettings()
        self.actor = database.actor  # the database user on PostgreSQL, as every other edit
        # Called after an undo or redo of the import: the window's lists, since this dialog
        # may be long closed by then.
        self.refresh = refresh
        self.file: ImportFile | None = None
        self.result: ImportResult | None = None
        self.refused_written: Path | None = None
        self._task: Task | None = None

        self.kind_box = QComboBox()
        for key, title in KINDS:
            self.kind_box.addItem(self.tr(title), key)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("A CSV file or an Excel workbook (.xlsx)"))
        self.browse_button = QPushButton(self.tr("Choose…"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        self.sheet_box = QComboBox()
        self.sheet_box.setEnabled(False)
        # The programme or campaign of every row that names none ("within" of the import).
        self.within_box = WithinBox()
        self.within_label = self.within_box.label
        self.reading = QLabel()  # "Windows-1252, separated by ';'"
        self.cell_rule = QLabel()  # "numbers with a decimal comma (1.234,56); dates day first"
        self.cell_rule.setObjectName("import-cell-rule")
        self.cell_rule.setWordWrap(True)
        self.duplicates_box = QComboBox()
        for key, title in DUPLICATES:
            self.duplicates_box.addItem(self.tr(title), key)
        self.refused_edit = QLineEdit()
        self.refused_edit.setPlaceholderText(self.tr("Beside the file, named …-refused.csv"))
        form = QFormLayout()
        form.addRow(self.tr("&Kind of records:"), self.kind_box)
        # A row holding a layout gets a label with no buddy: the "&" then showed literally and
        # Alt+F did nothing. The label names the path field as its buddy itself.
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, file_row)
        form.addRow(self.tr("&Sheet:"), self.sheet_box)
        form.addRow(self.within_label, self.within_box)
        form.addRow(self.tr("Read as:"), self.reading)
        form.addRow(self.tr("Numbers and dates:"), self.cell_rule)
        self.form = form
        form.setRowVisible(self.cell_rule, False)  # until a column becomes a number or date
        form.addRow(self.tr("A row naming someone &already in the register:"), self.duplicates_box)
        form.addRow(self.tr("&Refused rows to:"), self.refused_edit)

        self.mapping_view = MappingView()
        self.message = QLabel()
        self.message.setObjectName("import-message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit()
        self.details.setObjectName("import-details")
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(140)
        # After a dry run: the rows naming someone already in the register, each with a choice.
        self.duplicate_rows = DuplicateRowsView()
        self.duplicate_rows.setMaximumHeight(180)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()

        buttons = QDialogButtonBox()
        self.dry_run_button = buttons.addButton(
            self.tr("&Dry run"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.mapping_view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.details)
        layout.addWidget(self.duplicate_rows.label)
        layout.addWidget(self.duplicate_rows)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)
        resize_to_screen(self, QSize(860, 640))  # or the room a small screen has

        self.browse_button.clicked.connect(self.choose_file)
        self.path_edit.editingFinished.connect(self.load)
        self.kind_box.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.within_box.currentIndexChanged.connect(lambda _i: self._mapping_changed())
        self.sheet_box.activated.connect(lambda _i: self.load(self.sheet_box.currentText()))
        self.mapping_view.changed.connect(self._mapping_changed)
        self.dry_run_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        self.close_button.clicked.connect(self.reject)
        self._fill_within()
        self._set_buttons()

    # --- the file and its mapping ----------------------------------------------------------

    @property
    def kind(self) -> str:
        return self.kind_box.currentData()

    @property
    def within(self) -> int | None:
        return self.within_box.chosen

    def _kind_changed(self) -> None:
        self._fill_within()
        self.load()

    def _fill_within(self) -> None:
        """The programmes or campaigns for the kind; the row is hidden for the other kinds."""
        try:
            self.within_box.fill(self.database, self.kind)
        except ExchangeDeskError as exc:
            self._say(str(exc))
        self.form.setRowVisible(self.within_box, self.kind in WITHIN)

    def choose_within(self, record_id: int | None) -> None:
        """Choose the programme or campaign, as the user would in its list."""
        self.within_box.choose(record_id)

    @property
    def running(self) -> bool:
        return self._task is not None and self._task.is_running

    def choose_file(self) -> None:
        folder = str(self.settings.value("import/list-folder", str(Path.home())))
        path = ask_file_path(self, folder)
        if path:
            self.settings.setValue("import/list-folder", str(Path(path).parent))
            self.open_file(path)

    def open_file(self, path: str, sheet: str | None = None) -> None:
        self.path_edit.setText(path)
        self.load(sheet)

    def load(self, sheet: str | None = None) -> None:
        """Read the file and guess (or recall) its mapping; a file that cannot be read says why."""
        from exchangedesk.interchange.table_file import sheet_names

        self.file, self.result = None, None
        self.details.clear()
        self.duplicate_rows.show_rows([])
        text = self.path_edit.text().strip()
        if not text:
            self._set_buttons()
            return
        path = Path(text).expanduser()
        try:
            self.file = read_import_file(path, self.kind, sheet)
            sheets = sheet_names(path)
        except (ExchangeDeskError, OSError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            self._say(self.tr("{0} cannot be imported: {1}").format(path.name, reason))
            self._set_buttons()
            return
        self.sheet_box.clear()
        self.sheet_box.addItems(sheets)
        self.sheet_box.setEnabled(len(sheets) > 1)
        if self.file.table.sheet:
            self.sheet_box.setCurrentText(self.file.table.sheet)
        mapping = self.file.mapping
        remembered = self.settings.value(_header_key(self.kind, self.file.table.headers))
        if isinstance(remembered, list) and len(remembered) == len(mapping):
            mapping = [key or None for key in remembered]
        self.reading.setText(self.file.table.reading)
        self.refused_edit.setText(str(refused_path(path)))
        self.mapping_view.show_table(self.kind, self.file.table, mapping)
        self._mapping_changed()

    def _mapping_changed(self) -> None:
        self.result = None
        self.duplicate_rows.show_rows([])  # another mapping or file: other rows may match
        if self.file is None:
            return
        mapping = self.mapping_view.mapping()
        self._show_cell_rule(mapping)
        problem = mapping_problem(self.kind, mapping, within=self.within is not None)
        rows = len(self.file.table.rows)
        self._say(problem or self.tr("{0} rows to import. Try a dry run first.").format(rows))
        self._set_buttons()

    def _show_cell_rule(self, mapping: list[str | None]) -> None:
        """The number and date rule, shown while a column becomes a number or a date."""
        assert self.file is not None
        kinds = {f.key: f.value for f in import_fields(self.kind)}
        typed = any(key and kinds.get(key) in (NUMBER, DATE) for key in mapping)
        if typed:
            self.cell_rule.setText(file_reading(self.kind, self.file.table, mapping).describe())
        self.form.setRowVisible(self.cell_rule, typed)

    def _set_buttons(self) -> None:
        usable = self.file is not None and not mapping_problem(
            self.kind, self.mapping_view.mapping(), within=self.within is not None
        )
        for button in (self.dry_run_button, self.import_button):
            button.setEnabled(usable and not self.running and not self.database.read_only)
        for widget in (self.kind_box, self.path_edit, self.browse_button, self.mapping_view,
                       self.within_box, self.duplicate_rows):  # fmt: skip
            widget.setEnabled(not self.running)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    # --- dry run and import ------------------------------------------------------------------

    def start(self, *, dry_run: bool) -> None:
        if self.file is None or self.running:
            return
        database, kind, table, within = self.database, self.kind, self.file.table, self.within
        mapping = self.mapping_view.mapping()
        duplicates, actor = self.duplicates_box.currentData(), self.actor
        row_duplicates = self.duplicate_rows.choices()
        self.settings.setValue(_header_key(kind, table.headers), [k or "" for k in mapping])

        def work(_control: object) -> ImportResult:  # on the worker: no widgets here
            return run_import(database, kind, table, mapping, actor=actor, dry_run=dry_run,
                              duplicates=duplicates, row_duplicates=row_duplicates,
                              within=within,
                              before_saving=before_import(database, table.name))  # fmt: skip

        self._task = Task(work, self)
        self._task.result.connect(lambda result: self._show_result(result, mapping))
        self._task.error.connect(self._show_error)
        self._task.finished.connect(self._run_ended)
        self._say(self.tr("Checking…") if dry_run else self.tr("Importing…"))
        self.progress.show()
        self._task.start()
        self._set_buttons()

    def _show_result(self, result: ImportResult, mapping: list[str | None]) -> None:
        self.result = result
        lines = [self.tr("row {0}: refused: {1}").format(n, why) for n, why in result.refused]
        lines += [
            self.tr("row {0}: already in the register: {1}").format(n, who)
            for n, who in result.duplicates
        ]
        self.details.setPlainText("\n".join(lines))
        self.duplicate_rows.show_rows(result.matched)
        summary = result.summary()
        if result.dry_run:
            self._say(self.tr("Dry run, nothing saved: {0}.").format(summary))
            return
        said = self.tr("Imported: {0}.").format(summary)
        if result.refused and self.file is not None:
            out = Path(
                self.refused_edit.text().strip() or refused_path(Path(self.path_edit.text()))
            )
            try:
                write_refused_rows(self.file.table, result.refused, out)
                self.refused_written = out
                said += " " + self.tr("The refused rows are in {0}.").format(out)
            except OSError as exc:
                said += " " + self.tr("The refused rows could not be written to {0}: {1}").format(
                    out, exc.strerror or exc
                )
        if result.saved and self.file is not None and self.undo_stack is not None:
            push_import(self.undo_stack, self.database, result, self.file.table, mapping,
                        actor=self.actor, after=self.refresh, parent=self.parentWidget())  # fmt: skip
            said += " " + self.tr("Edit › Undo takes the whole import back.")
        self._say(said)
        if result.saved:
            self.imported.emit(result)

    def _show_error(self, error: BaseException) -> None:
        self._say(self.tr("Nothing was imported: {0}").format(error))

    def _run_ended(self) -> None:
        self.progress.hide()
        self._set_buttons()
        self.run_ended.emit()

    def reject(self) -> None:
        if self.running:  # the import is one transaction and ends on its own
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.running:
            event.ignore()
            return
        super().closeEvent(event)
