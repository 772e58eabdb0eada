"""Helpers for the delegation window tests: the page, its dialogs, typing in any script."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from exchangedesk.ui.delegations.page import DelegationsPage
from exchangedesk.ui.main_window import MainWindow


def delegations(window: MainWindow) -> DelegationsPage:
    window.show_area("delegations")
    page = window.page("delegations")
    assert isinstance(page, DelegationsPage)
    return page


def save(dialog) -> None:  # noqa: ANN001
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def select_title(page: DelegationsPage, title: str) -> None:
    for row in range(page.model.rowCount()):
        if page.model.row_at(row).title == title:
            page.table.selectRow(row)
            return
    raise AssertionError(f"{title} is not in the list")


def titles(page: DelegationsPage) -> list[str]:
    return [page.model.row_at(row).title for row in range(page.model.rowCount())]
