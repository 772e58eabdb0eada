"""Edit › Privacy › Retention review…, and opening the review from Home's notice."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from exchangedesk.ui.dialogs import open_dialog
from exchangedesk.ui.i18n import translate


def install(window: QMainWindow) -> QAction:
    """Add the Privacy submenu to the window's Edit menu (before Preferences)."""
    edit = window.menuBar().findChild(QMenu, "edit-menu")
    menu = QMenu(translate("MainWindow", "Pri&vacy"), window)
    menu.setObjectName("privacy-menu")
    action = menu.addAction(translate("MainWindow", "&Retention review…"))
    action.setObjectName("retention-review")
    action.setStatusTip(
        translate("MainWindow", "Personal data kept past its time: review, then clear or erase")
    )
    action.triggered.connect(lambda: open_review(window))
    if edit is not None:
        last = edit.actions()[-1] if edit.actions() else None  # Preferences…
        edit.insertMenu(last, menu)
        edit.insertSeparator(last)
    window.retention_review_action = action  # type: ignore[attr-defined]
    return action


def open_review(window):  # noqa: ANN001, ANN201 - the MainWindow; the dialog
    from exchangedesk.ui.privacy.review import RetentionReviewDialog  # not needed at start

    dialog = RetentionReviewDialog(window.database, window)
    dialog.applied.connect(lambda result: _after_apply(window, result))
    return open_dialog(dialog)


def _after_apply(window, result) -> None:  # noqa: ANN001
    if result.erased:  # no undo may write an erased person's data back (as after Erase…)
        window.undo_stack.clear()
    refresh = getattr(window, "_refresh_pages", None)
    if refresh is not None:
        refresh()
