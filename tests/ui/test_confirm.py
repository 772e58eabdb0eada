"""The yes/no question of every editor (ui/dialogs/confirm.py)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from exchangedesk.ui.dialogs import confirm


def _answer_with(label: str) -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            next(b for b in widget.buttons() if b.text() == label).click()


def test_the_answer_given_is_returned(qtbot) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    QTimer.singleShot(0, lambda: _answer_with("Discard changes"))
    assert confirm.ask(parent, "Discard changes?", "Close?", "Discard changes", "Keep editing")
    QTimer.singleShot(0, lambda: _answer_with("Keep editing"))
    assert not confirm.ask(parent, "Discard changes?", "Close?", "Discard changes", "Keep editing")


def test_a_question_whose_window_goes_while_it_is_open_counts_as_no(qtbot) -> None:  # noqa: ANN001
    """As the window closes with an editor open: the box goes with its parent. Reading the box
    afterwards raised inside the editor's reject(), and the process crashed reporting it."""
    parent = QWidget()
    parent.show()
    QTimer.singleShot(0, parent.deleteLater)
    assert (
        confirm.ask(parent, "Discard changes?", "Close?", "Discard changes", "Keep editing")
        is False
    )
