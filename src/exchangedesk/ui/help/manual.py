"""Help › Manual (F1): the short manual shipped with the program (resources/manual), tasks
rather than screens, shown in a dialog that works offline; and the licence Help › About names.
"""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.paths import resource
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.widgets.screen_fit import resize_to_screen

LICENCE = "GPL-3.0-or-later"  # pyproject's license field, when the package metadata is missing


def licence_name() -> str:
    """The licence the package is published under (pyproject.toml's ``license``)."""
    try:
        return metadata.metadata("exchangedesk").get("License") or LICENCE
    except metadata.PackageNotFoundError:
        return LICENCE


def licence_paragraph() -> str:
    return translate(
        "MainWindow",
        "<p>Licence: {0}. ExchangeDesk is free software: you may share and change it under the "
        "terms of the <a href='https://www.gnu.org/licenses/gpl-3.0.html'>GNU General Public "
        "License</a>, version 3 or (at your choice) any later version. It comes with no "
        "warranty.</p>",
    ).format(licence_name())


def manual_html() -> str:
    path = resource("manual", "manual.html")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return translate(
            "MainWindow", "The manual is missing from this installation ({0})."
        ).format(path)


class ManualDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manual")
        self.setWindowTitle(translate("MainWindow", "ExchangeDesk manual"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)  # the manual's links lead within the page
        self.browser.setHtml(manual_html())
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        resize_to_screen(self, QSize(640, 560))


def install(window: QMainWindow) -> QAction:
    """Help › Manual (F1), first in the Help menu."""
    help_menu = window.menuBar().findChild(QMenu, "help-menu")
    action = QAction(translate("MainWindow", "&Manual"), window)
    action.setObjectName("manual")
    action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents))
    if not action.shortcuts():  # the platforms without a standard help key
        action.setShortcut(QKeySequence("F1"))
    action.setStatusTip(
        translate("MainWindow", "How to do the committee's usual tasks, step by step")
    )
    action.triggered.connect(lambda: open_manual(window))
    if help_menu is not None:
        first = help_menu.actions()[0] if help_menu.actions() else None
        help_menu.insertAction(first, action)
    window.manual_action = action  # type: ignore[attr-defined]
    return action


def open_manual(window: QMainWindow) -> ManualDialog:
    from exchangedesk.ui.dialogs import open_dialog

    return open_dialog(ManualDialog(window))
