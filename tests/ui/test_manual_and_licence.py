"""Help › Manual (F1) opens the manual shipped with the program, its tasks reachable by their
links; Help › About names the licence (issue 16)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from exchangedesk.paths import resource
from exchangedesk.ui.help.manual import ManualDialog, licence_name
from exchangedesk.ui.main_window import MainWindow

TASKS = ("start", "partnerships", "visit", "letters", "backups")


def test_the_manual_is_shipped_and_covers_the_tasks() -> None:
    text = resource("manual", "manual.html").read_text(encoding="utf-8")
    for anchor in TASKS:
        assert f'href="#{anchor}"' in text and f'name="{anchor}"' in text, anchor


def test_f1_opens_the_manual_first_in_the_help_menu(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    help_menu = window.menuBar().findChild(QMenu, "help-menu")
    assert help_menu.actions()[0] is window.manual_action
    assert QKeySequence("F1") in window.manual_action.shortcuts()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(ManualDialog) is not None)
    dialog = window.findChild(ManualDialog)
    assert "Planning a visit" in dialog.browser.toPlainText()
    assert "File › Back up now" in dialog.browser.toPlainText()
    dialog.browser.scrollToAnchor("backups")  # the table of contents leads inside the page
    dialog.close()
    QApplication.processEvents()


def test_about_names_the_licence(window: MainWindow) -> None:
    assert licence_name() == "GPL-3.0-or-later"  # pyproject.toml's license
    text = window.about_text()
    assert "Licence: GPL-3.0-or-later" in text
    assert "GNU General Public License" in text
