"""Help › Keyboard shortcuts: every key the window answers to, per area, read from the actions
themselves (their shortcuts as set, in the window's language), so the list cannot drift from
what the keys do.

Everywhere: the menus' actions. Per area: the actions and buttons with a shortcut inside its
page, and the keys a page handles itself (``key_notes()``: Enter or F2 edits in a list, Delete
removes), which no menu shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.ui.i18n import translate
from exchangedesk.ui.widgets.screen_fit import resize_to_screen

Entry = tuple[str, str]  # what it does, the keys


def keys_text(sequences: Iterable[QKeySequence]) -> str:
    """ "Ctrl+N", or "Insert, Ctrl+Shift+N" for an action with more than one."""
    shown = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences]
    return ", ".join(dict.fromkeys(text for text in shown if text))


def plain(text: str) -> str:
    """A menu text as read: no mnemonic ampersand ("&&" is a real one), no trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def _menu_actions(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_actions(action.menu())
        elif not action.isSeparator():
            yield action


def window_entries(window: QMainWindow) -> list[Entry]:
    """The menus' actions that have a key, in menu order."""
    entries: list[Entry] = []
    for top in window.menuBar().actions():
        if top.menu() is None:
            continue
        for action in _menu_actions(top.menu()):
            keys = keys_text(action.shortcuts())
            if keys:
                entries.append((plain(action.text()), keys))
    return list(dict.fromkeys(entries))


def _known(entries: list[Entry], what: str, keys: str) -> bool:
    """Listed already, maybe with its place before it ("Programme: Add item")."""
    return any(k == keys and (w == what or w.endswith(": " + what)) for w, k in entries)


def _is_mnemonic(sequence: QKeySequence) -> bool:
    """Alt+letter from a button's underlined letter: shown on the button itself already."""
    text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
    return text.startswith("Alt+") and len(text) == len("Alt+") + 1


def page_entries(page: QWidget, skip: set[QAction] | None = None) -> list[Entry]:
    """The keys inside one area's page."""
    entries: list[Entry] = []
    notes = getattr(page, "key_notes", None)
    if callable(notes):
        entries += notes()
    for action in page.findChildren(QAction):
        keys = keys_text(action.shortcuts())
        what = plain(action.text() or action.toolTip())
        if keys and (skip is None or action not in skip) and not _known(entries, what, keys):
            entries.append((what, keys))
    for shortcut in page.findChildren(QShortcut):
        keys = keys_text(shortcut.keys())
        if keys and shortcut.whatsThis():
            entries.append((shortcut.whatsThis(), keys))
    for button in page.findChildren(QAbstractButton):
        sequence = button.shortcut()
        if not sequence.isEmpty() and not _is_mnemonic(sequence):
            entries.append((plain(button.text() or button.toolTip()), keys_text([sequence])))
    return list(dict.fromkeys(entries))


class ShortcutsDialog(QDialog):
    """The list, grouped: Everywhere, then each area in the navigation's order."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = QLabel(
            self.tr(
                "Tab moves from the filter to the list to the pane beside it; Shift+Tab goes "
                "back. An underlined letter with Alt presses that button or goes to that field."
            )
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcuts")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("What it does"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.groups: dict[str, list[Entry]] = {}
        in_menus = {
            action
            for top in window.menuBar().actions()
            if top.menu() is not None
            for action in _menu_actions(top.menu())
        }
        self._add(self.tr("Everywhere"), window_entries(window))
        for spec, page in zip(window.areas, window.pages, strict=True):
            self._add(spec.title, page_entries(page, skip=in_menus))
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        resize_to_screen(self, QSize(620, 640))

    def _add(self, title: str, entries: list[Entry]) -> None:
        if not entries:
            return
        self.groups[title] = entries
        group = QTreeWidgetItem(self.tree, [title])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFirstColumnSpanned(True)
        group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        for what, keys in entries:
            QTreeWidgetItem(group, [what, keys])


def install(window: QMainWindow) -> QAction:
    """Help › Keyboard shortcuts…, first in the Help menu."""
    help_menu = window.menuBar().findChild(QMenu, "help-menu")
    action = QAction(translate("MainWindow", "&Keyboard shortcuts…"), window)
    action.setObjectName("keyboard-shortcuts")
    action.setShortcut(QKeySequence("Ctrl+/"))
    action.setStatusTip(translate("MainWindow", "Every key the window answers to, by area"))
    action.triggered.connect(lambda: open_shortcuts(window))
    if help_menu is not None:
        first = help_menu.actions()[0] if help_menu.actions() else None
        help_menu.insertAction(first, action)
        help_menu.insertSeparator(first)
    window.shortcuts_action = action  # type: ignore[attr-defined]
    return action


def open_shortcuts(window: QMainWindow) -> ShortcutsDialog:
    from exchangedesk.ui.dialogs import open_dialog

    return open_dialog(ShortcutsDialog(window))
