"""The import dialog's list of the rows naming someone already in the register, each with its own
choice: as for all rows (the dialog's rule), merge, skip or add as new (``row_duplicates`` of
services.imports.run_import). Filled from a dry run's ``matched`` rows; a choice is changed
with the mouse or from the keyboard (arrows to the row, F2 or the first letter opens the
choice). Its texts are the dialog's (translation context "ImportListDialog")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from exchangedesk.services.imports import DuplicateRow

CONTEXT = "ImportListDialog"
AS_FOR_ALL = ""  # the row follows the rule for all rows
CHOICES = (
    (AS_FOR_ALL, QT_TRANSLATE_NOOP("ImportListDialog", "As for all rows")),
    (
        "merge",
        QT_TRANSLATE_NOOP("ImportListDialog", "Merge its cells into the record in the register"),
    ),
    ("skip", QT_TRANSLATE_NOOP("ImportListDialog", "Skip the row")),
    ("create", QT_TRANSLATE_NOOP("ImportListDialog", "Add it as a new record anyway")),
)
HEADINGS = (
    QT_TRANSLATE_NOOP("ImportListDialog", "Row"),
    QT_TRANSLATE_NOOP("ImportListDialog", "In the file"),
    QT_TRANSLATE_NOOP("ImportListDialog", "In the register"),
    QT_TRANSLATE_NOOP("ImportListDialog", "What to do"),
)
CHOICE_COLUMN = 3
LABEL = QT_TRANSLATE_NOOP(
    "ImportListDialog", "Rows already in the r&egister (F2 changes a row's choice):"
)
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def choice_title(choice: str) -> str:
    return _tr(dict(CHOICES)[choice])


class _ChoiceDelegate(QStyledItemDelegate):
    """The "What to do" cell edits as a list of the four choices."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802, ARG002
        editor = QComboBox(parent)
        editor.setObjectName("import-duplicate-choice")
        for key, title in CHOICES:
            editor.addItem(_tr(title), key)
        # The choice is made when picked: no second key to leave the editor.
        editor.activated.connect(lambda _i: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.UserRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        key = editor.currentData()
        model.setData(index, key, Qt.ItemDataRole.UserRole)
        model.setData(index, choice_title(key), Qt.ItemDataRole.DisplayRole)


class DuplicateRowsView(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(HEADINGS), parent)
        self.setObjectName("import-duplicates")
        self.setHorizontalHeaderLabels([_tr(h) for h in HEADINGS])
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the list for the next field, as elsewhere
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setItemDelegateForColumn(CHOICE_COLUMN, _ChoiceDelegate(self))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.label = QLabel(_tr(LABEL))
        self.label.setBuddy(self)
        self.rows: list[int] = []  # the file's row number of each line
        self.show_rows([])  # hidden, with its label, until a dry run finds such rows

    def show_rows(self, matched: Sequence[DuplicateRow]) -> None:
        """The dry run's duplicate rows (shown only when there are some); a row listed before
        keeps the choice made for it. None: another file or mapping, where other rows match."""
        self.setVisible(bool(matched))
        self.label.setVisible(bool(matched))
        kept = self.choices() if matched else {}
        self.setRowCount(0)
        self.rows = [m.row for m in matched]
        self.setRowCount(len(matched))
        for line, match in enumerate(matched):
            for column, text in enumerate((str(match.row), match.in_file, match.in_register)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.setItem(line, column, item)
            choice = kept.get(match.row, AS_FOR_ALL)
            item = QTableWidgetItem(choice_title(choice))
            item.setData(Qt.ItemDataRole.UserRole, choice)
            self.setItem(line, CHOICE_COLUMN, item)
        if matched:
            self.setCurrentCell(0, CHOICE_COLUMN)

    def choices(self) -> dict[int, str]:
        """Row number → its own choice, for the rows not left to the rule for all."""
        found = {}
        for line, number in enumerate(self.rows):
            item = self.item(line, CHOICE_COLUMN)
            choice = item.data(Qt.ItemDataRole.UserRole) if item is not None else AS_FOR_ALL
            if choice != AS_FOR_ALL:
                found[number] = choice
        return found

    def choose(self, row_number: int, choice: str) -> None:
        """Give the file's row ``row_number`` its own choice, as picking it in the list does."""
        item = self.item(self.rows.index(row_number), CHOICE_COLUMN)
        item.setData(Qt.ItemDataRole.UserRole, choice)
        item.setText(choice_title(choice))
