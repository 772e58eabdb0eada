"""The letter template editor: the committee's own wording, checked before it is kept.

Edits are saved as a copy in the committee's ``templates`` folder (beside the database file,
the folder ``exchangedesk print`` reads; for a server database, the user's data folder); the
shipped defaults are never changed, so "Reset to the shipped default" only removes the copy.
A template is checked with reports/templates.py against the fields that letter really has
before it is saved: a refused one names the line and why, and the file is left as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.reports.templates import (
    LetterTemplate,
    TemplateError,
    available_languages,
    shipped_template_dir,
)
from exchangedesk.services.documents.catalogue import PrintedDocument
from exchangedesk.ui.documents import letter_templates, own_templates_for
from exchangedesk.ui.documents.paper import write_atomically
from exchangedesk.ui.documents.preview import DocumentSource, PreviewDialog
from exchangedesk.ui.documents.sample_letter import sample_letter
from exchangedesk.ui.formatting import language_text

CHECK_DELAY_MS = 400
TABLE_NOTES = {
    "members.table": QT_TRANSLATE_NOOP(
        "TemplateEditor", "the delegation's members, as a table (a paragraph of its own)"
    ),
    "travellers.table": QT_TRANSLATE_NOOP(
        "TemplateEditor", "travellers with passports, as a table (a paragraph of its own)"
    ),
}


@dataclass(frozen=True)
class TemplateFile:
    name: str  # "invitation"
    language: str  # "en"

    @property
    def file_name(self) -> str:
        return f"{self.name}.{self.language}.txt"


def check_template(template: TemplateFile, text: str) -> LetterTemplate:
    """``text`` as a usable template for ``template``'s letter, or :class:`TemplateError`."""
    from exchangedesk.reports.letters import blocks_for

    data = sample_letter(template.name)
    parsed = LetterTemplate.from_text(text, template.file_name)
    parsed.check(data.fields(template.language), blocks_for(data))
    return parsed


class TemplateEditor(QDialog):
    saved = Signal(str)  # the file written
    refused = Signal(str)  # why a save was refused

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = own_templates_for(database)
        self.shipped = shipped_template_dir()
        self.current: TemplateFile | None = None
        self._loaded_text = ""
        self.preview: PreviewDialog | None = None
        self.setWindowTitle(self.tr("Letter templates"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1180, 760)
        self._build(database)
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check)
        self.text.textChanged.connect(self._check_timer.start)
        if self.templates.count():
            self.templates.setCurrentRow(0)

    @classmethod
    def open(cls, database: Database, parent: QWidget | None = None) -> TemplateEditor:
        editor = cls(database, parent)
        editor.show()
        return editor

    # -- layout -----------------------------------------------------------------------------

    def _build(self, database: Database) -> None:
        self.templates = QListWidget()
        for name in letter_templates(database):
            for language in available_languages(name, [self.folder, self.shipped]):
                item = QListWidgetItem()
                item.setData(Qt.ItemDataRole.UserRole, TemplateFile(name, language))
                self.templates.addItem(item)
        self._label_items()
        self.templates.currentItemChanged.connect(self._template_chosen)

        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600;")
        self.where = QLabel(wordWrap=True)
        self.where.setStyleSheet("color: palette(placeholder-text);")
        self.text = QPlainTextEdit()
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.verdict = QLabel(wordWrap=True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.where):
            middle_layout.addWidget(widget)
        middle_layout.addWidget(self.text, 1)
        middle_layout.addWidget(self.verdict)

        self.fields = QListWidget()
        self.fields.setToolTip(self.tr("Double-click to insert at the cursor"))
        self.fields.itemDoubleClicked.connect(self._insert_field)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        fields_label = QLabel(self.tr("Fields this letter can print (double-click to insert):"))
        fields_label.setWordWrap(True)
        right_layout.addWidget(fields_label)
        right_layout.addWidget(self.fields, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (self.templates, middle, right):
            splitter.addWidget(widget)
        splitter.setSizes([220, 640, 320])
        splitter.setChildrenCollapsible(False)

        self.preview_button = QPushButton(self.tr("Preview with sample data…"))
        self.reset_button = QPushButton(self.tr("Reset to the shipped default"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        close = QPushButton(self.tr("Close"))
        self.preview_button.clicked.connect(self.show_preview)
        self.reset_button.clicked.connect(self.ask_reset)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def _label_items(self) -> None:
        for row in range(self.templates.count()):
            item = self.templates.item(row)
            template: TemplateFile = item.data(Qt.ItemDataRole.UserRole)
            label = f"{template.name.replace('_', ' ').capitalize()} · "
            label += language_text(template.language)
            if self.is_own(template):
                label += " " + self.tr("(edited)")
            item.setText(label)

    # -- files ------------------------------------------------------------------------------

    def own_path(self, template: TemplateFile) -> Path:
        return self.folder / template.file_name

    def shipped_path(self, template: TemplateFile) -> Path:
        return self.shipped / template.file_name

    def is_own(self, template: TemplateFile) -> bool:
        return self.own_path(template).is_file()

    def _text_of(self, template: TemplateFile) -> str:
        path = self.own_path(template)
        if not path.is_file():
            path = self.shipped_path(template)
        return path.read_text(encoding="utf-8")

    # -- choosing ---------------------------------------------------------------------------

    @property
    def changed(self) -> bool:
        return self.current is not None and self.text.toPlainText() != self._loaded_text

    def choose(self, name: str, language: str) -> None:
        for row in range(self.templates.count()):
            if self.templates.item(row).data(Qt.ItemDataRole.UserRole) == TemplateFile(
                name, language
            ):
                self.templates.setCurrentRow(row)
                return
        raise KeyError(f"{name}.{language}")

    def _template_chosen(self, item: QListWidgetItem | None, previous) -> None:  # noqa: ANN001
        if item is None:
            return
        if self.changed and not self._may_discard():
            self.templates.blockSignals(True)
            self.templates.setCurrentItem(previous)
            self.templates.blockSignals(False)
            return
        self.current = item.data(Qt.ItemDataRole.UserRole)
        self._load()

    def _load(self) -> None:
        template = self.current
        assert template is not None
        self._loaded_text = self._text_of(template)
        self.text.setPlainText(self._loaded_text)
        self.heading.setText(self.templates.currentItem().text())
        own = self.is_own(template)
        self.where.setText(
            self.tr("The committee's own wording, kept in %1").replace("%1", str(self.folder))
            if own
            else self.tr("The shipped default; saving keeps your copy in %1").replace(
                "%1", str(self.folder)
            )
        )
        self.reset_button.setEnabled(own and self.shipped_path(template).is_file())
        self._fill_fields(template)
        self.check()

    def _fill_fields(self, template: TemplateFile) -> None:
        from exchangedesk.reports.letters import blocks_for

        data = sample_letter(template.name)
        self.fields.clear()
        for name in sorted(data.fields(template.language)):
            item = QListWidgetItem(f"{{{name}}}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.fields.addItem(item)
        for name in sorted(blocks_for(data)):
            item = QListWidgetItem(f"{{{name}}} " + self.tr("(a table)"))
            item.setToolTip(self.tr(TABLE_NOTES.get(name, "")))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.fields.addItem(item)

    def _insert_field(self, item: QListWidgetItem) -> None:
        self.text.insertPlainText("{" + item.data(Qt.ItemDataRole.UserRole) + "}")
        self.text.setFocus()

    def _may_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Discard the changes to “%1”?").replace("%1", self.heading.text()),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # -- checking and keeping ---------------------------------------------------------------

    def check(self) -> TemplateError | None:
        """Check the text as typed; the verdict under the editor says what is wrong, where."""
        if self.current is None:
            return None
        try:
            check_template(self.current, self.text.toPlainText())
        except TemplateError as problem:
            self.verdict.setText("⚠ " + str(problem))
            self.verdict.setStyleSheet("color: #b3261e;")
            return problem
        self.verdict.setText(self.tr("✓ Every placeholder is a field this letter has."))
        self.verdict.setStyleSheet("color: #2e7d32;")
        return None

    def save(self) -> bool:
        """Keep the text as the committee's copy, if it checks; says why not otherwise."""
        if self.current is None:
            return False
        problem = self.check()
        if problem is not None:
            self._go_to_line(problem.line)
            QMessageBox.warning(
                self,
                self.tr("The template was not saved"),
                self.tr("Line %1: %2\n\nThe template was not saved; correct it and save again.")
                .replace("%1", str(problem.line))
                .replace("%2", str(problem).split(": ", 1)[-1]),
            )
            self.refused.emit(str(problem))
            return False
        path = self.own_path(self.current)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, self.text.toPlainText().encode("utf-8"))
        except OSError as exc:
            message = self.tr("“%1” could not be written: %2").replace("%1", str(path))
            QMessageBox.warning(
                self, self.tr("Save"), message.replace("%2", exc.strerror or str(exc))
            )
            self.refused.emit(message)
            return False
        self._after_file_change()
        self.saved.emit(str(path))
        return True

    def ask_reset(self) -> None:
        if self.current is None or not self.is_own(self.current):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Reset to the shipped default"),
            self.tr(
                "Remove the committee's own wording of “%1” and use the shipped default?"
            ).replace("%1", self.heading.text()),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.reset()

    def reset(self) -> None:
        if self.current is not None:
            self.own_path(self.current).unlink(missing_ok=True)
            self._after_file_change()

    def _after_file_change(self) -> None:
        self._label_items()
        self._load()

    def _go_to_line(self, line: int) -> None:
        block = self.text.document().findBlockByLineNumber(max(line - 1, 0))
        cursor = QTextCursor(block)
        cursor.select(QTextCursor.SelectionType.LineUnderCursor)
        self.text.setTextCursor(cursor)
        self.text.setFocus()

    # -- preview ----------------------------------------------------------------------------

    def show_preview(self) -> PreviewDialog | None:
        """The letter as typed (saved or not), filled with sample data, in the preview."""
        if self.current is None or self.check() is not None:
            return None
        template = self.current
        text = self.text.toPlainText()

        def render(paper: str) -> PrintedDocument:
            from exchangedesk.reports.letters import LetterRenderer

            parsed = check_template(template, text)
            renderer = LetterRenderer(
                sample_letter(template.name), [(template.language, parsed)], paper=paper
            )
            return PrintedDocument(renderer.render(), renderer.title(), "sample-letter.pdf")

        title = self.tr("Sample: %1").replace("%1", self.heading.text())
        if self.preview is not None:
            self.preview.close()
        self.preview = PreviewDialog(DocumentSource(title=title, render=render), self)
        self.preview.show()
        return self.preview

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's override
        if self.changed and not self._may_discard():
            event.ignore()
            return
        self._loaded_text = self.text.toPlainText()  # asked once is enough
        super().closeEvent(event)

    def reject(self) -> None:
        if self.changed and not self._may_discard():
            return
        self._loaded_text = self.text.toPlainText()
        super().reject()
