"""Yes/no questions the editors ask (reveal sensitive details? discard changes? merge?).

One function, so tests can answer for the user by replacing :func:`ask`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from exchangedesk.ui.dialogs import run_dialog


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    """Ask with buttons that say what they do; True when the user chose *yes*."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    # The answer is taken as it is given, not read from the box afterwards: a box whose parent
    # goes while it is open (an editor asking "Discard changes?" as the window closes) is
    # deleted with it, and reading it then raised inside the editor's reject(), which crashed
    # the process as Qt reported the error. No answer counts as "no".
    chosen: list[object] = []
    box.buttonClicked.connect(chosen.append)
    run_dialog(box)
    return bool(chosen) and chosen[0] is yes_button
