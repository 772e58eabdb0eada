"""Help › Keyboard shortcuts lists every key by area, read from the actions themselves
(issue 16): a key changed on an action is the key the list shows."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from exchangedesk.ui.help.shortcuts import ShortcutsDialog


def _open(window) -> ShortcutsDialog:  # noqa: ANN001
    window.shortcuts_action.trigger()
    QApplication.processEvents()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog))
    assert dialog.isVisible()
    return dialog


def test_the_help_menu_opens_the_list(filled_window) -> None:  # noqa: ANN001
    help_menu = filled_window.menuBar().findChild(QMenu, "help-menu")
    assert filled_window.shortcuts_action in help_menu.actions()
    dialog = _open(filled_window)
    everywhere = dict(dialog.groups["Everywhere"])
    assert everywhere["New"] == "Ctrl+N"
    assert everywhere["Find"] == "Ctrl+F"
    assert everywhere["Refresh"] == "F5"
    assert everywhere["Delegations"] == "Ctrl+3"
    assert everywhere["Keyboard shortcuts"] == "Ctrl+/"
    # The keys a list handles itself, and the programme's, listed under their area.
    delegations = dict(dialog.groups["Delegations"])
    assert delegations["Edit the selected record"] == "Return, F2"
    assert "Del" in delegations["Remove the selected record"]
    assert "Ctrl+Shift+N" in delegations["Programme: Add item"]
    # Shown in the tree as well, each area a group.
    titles = [dialog.tree.topLevelItem(n).text(0) for n in range(dialog.tree.topLevelItemCount())]
    assert titles[0] == "Everywhere" and "Delegations" in titles
    dialog.close()


def test_a_changed_key_is_the_key_listed(filled_window) -> None:  # noqa: ANN001
    filled_window.actions_.refresh.setShortcut(QKeySequence("Ctrl+R"))
    dialog = _open(filled_window)
    assert dict(dialog.groups["Everywhere"])["Refresh"] == "Ctrl+R"
    dialog.close()


def test_the_list_fits_a_small_screen(filled_window) -> None:  # noqa: ANN001
    dialog = _open(filled_window)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700
    room = dialog.screen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    dialog.close()
