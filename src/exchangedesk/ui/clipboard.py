"""Edit › Cut, Copy, Paste: the platform's keys and menu entries, acting on the text field that
has the focus (a filter, an editor's field, a note), and Copy on a list copies the cell at the
cursor. Disabled where nothing can be cut, copied or pasted, so the keys then reach the widget.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from exchangedesk.ui.i18n import translate

TextWidget = QLineEdit | QTextEdit | QPlainTextEdit


def text_target(widget: QWidget | None) -> TextWidget | None:
    """The text field a focused widget edits: itself, or a spin box's or combo box's field."""
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return widget
    if isinstance(widget, QAbstractSpinBox) or (
        isinstance(widget, QComboBox) and widget.isEditable()
    ):
        return widget.findChild(QLineEdit)
    return None


def _editable(target: TextWidget) -> bool:
    return not target.isReadOnly()


class ClipboardActions(QObject):
    """Owned by the window: its connection to the application's focus changes ends with it."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        standard = QKeySequence.StandardKey
        self.cut = self._action(window, translate("MainWindow", "Cu&t"), standard.Cut, "cut")
        self.copy = self._action(window, translate("MainWindow", "&Copy"), standard.Copy, "copy")
        self.paste = self._action(
            window, translate("MainWindow", "&Paste"), standard.Paste, "paste"
        )
        self.cut.triggered.connect(self.cut_focused)
        self.copy.triggered.connect(self.copy_focused)
        self.paste.triggered.connect(self.paste_focused)
        QApplication.instance().focusChanged.connect(self.follow_focus)
        self.follow_focus(None, QApplication.focusWidget())

    @staticmethod
    def _action(
        window: QMainWindow, text: str, key: QKeySequence.StandardKey, name: str
    ) -> QAction:
        action = QAction(text, window)
        action.setObjectName(name)
        action.setShortcuts(QKeySequence.keyBindings(key))
        return action

    def follow_focus(self, _old: QWidget | None, now: QWidget | None) -> None:
        target = text_target(now)
        editable = target is not None and _editable(target)
        self.cut.setEnabled(editable)
        self.paste.setEnabled(editable)
        self.copy.setEnabled(target is not None or isinstance(now, QAbstractItemView))

    def cut_focused(self) -> None:
        target = text_target(QApplication.focusWidget())
        if target is not None and _editable(target):
            target.cut()

    def copy_focused(self) -> None:
        focused = QApplication.focusWidget()
        target = text_target(focused)
        if target is not None:
            target.copy()
        elif isinstance(focused, QAbstractItemView) and focused.currentIndex().isValid():
            shown = focused.currentIndex().data(Qt.ItemDataRole.DisplayRole)
            QGuiApplication.clipboard().setText("" if shown is None else str(shown))

    def paste_focused(self) -> None:
        target = text_target(QApplication.focusWidget())
        if target is not None and _editable(target):
            target.paste()


def install(window: QMainWindow) -> ClipboardActions:
    """Put Cut, Copy and Paste in the Edit menu after Undo and Redo."""
    actions = ClipboardActions(window)
    edit = window.menuBar().findChild(QMenu, "edit-menu")
    if edit is not None:
        entries = edit.actions()
        after_redo = entries[2] if len(entries) > 2 else None  # the separator before Find
        edit.insertSeparator(after_redo)
        edit.insertActions(after_redo, [actions.cut, actions.copy, actions.paste])
    return actions
