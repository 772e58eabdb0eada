"""Edit › Cut, Copy and Paste (issue 16: Edit had none): the platform's keys, acting on the
focused text field, Copy on a list copying the cell at the cursor, disabled elsewhere; the
toolbar's Undo and Redo stay the same size whatever step they name."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QTableView, QToolButton

from exchangedesk.ui.main_window import MainWindow


def _focus(window: MainWindow, widget, qtbot) -> None:  # noqa: ANN001
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_the_edit_menu_has_cut_copy_paste_with_the_standard_keys(window: MainWindow) -> None:
    edit = window.menuBar().findChild(QMenu, "edit-menu")
    names = [a.objectName() for a in edit.actions()]
    assert names.index("cut") < names.index("copy") < names.index("paste")
    clip = window.clipboard_actions
    assert clip.copy.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Copy)
    assert clip.paste.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Paste)
    assert clip.cut.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Cut)


def test_they_act_on_the_focused_field(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    field = QLineEdit("Coventry")
    window.statusBar().addWidget(field)
    _focus(window, field, qtbot)
    clip = window.clipboard_actions
    assert clip.cut.isEnabled() and clip.copy.isEnabled() and clip.paste.isEnabled()
    field.selectAll()
    clip.copy.trigger()
    assert QGuiApplication.clipboard().text() == "Coventry"
    clip.cut.trigger()
    assert field.text() == ""
    clip.paste.trigger()
    clip.paste.trigger()
    assert field.text() == "CoventryCoventry"

    field.setReadOnly(True)
    clip.follow_focus(None, field)
    assert clip.copy.isEnabled() and not clip.cut.isEnabled() and not clip.paste.isEnabled()


def test_copy_on_a_list_copies_the_cell_at_the_cursor(
    filled_window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    filled_window.nav.setCurrentRow(
        [spec.key for spec in filled_window.areas].index("partnerships")
    )
    page = filled_window.current_page
    view = next(v for v in page.findChildren(QTableView) if v.isVisible())
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    view.setCurrentIndex(view.model().index(0, 0))
    _focus(filled_window, view, qtbot)
    assert filled_window.clipboard_actions.copy.isEnabled()
    assert not filled_window.clipboard_actions.paste.isEnabled()
    filled_window.clipboard_actions.copy.trigger()
    shown = view.model().index(0, 0).data()
    assert shown and QGuiApplication.clipboard().text() == str(shown)


def test_undo_and_redo_buttons_keep_their_size(window: MainWindow) -> None:
    bar = window.actions_.toolbar
    undo = bar.widgetForAction(window.actions_.undo)
    assert isinstance(undo, QToolButton)
    before = undo.sizeHint()
    command = QUndoCommand("Add person ‘Anna Smirnova’ to the delegation from Volgograd")
    window.undo_stack.push(command)
    assert window.actions_.undo.isEnabled()
    assert undo.sizeHint() == before
    assert "Anna Smirnova" in undo.toolTip()  # the step is named where it does not widen
