"""Opening a database from the window, with the questions a person can answer.

The checks themselves live in :mod:`exchangedesk.db.opening`; here a refusal becomes a message
box that says what is wrong, and a database held by another ExchangeDesk becomes the offer to
open it read-only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from exchangedesk.db.opening import OpenedDatabase, open_database
from exchangedesk.domain.errors import DatabaseLockedError, ExchangeDeskError


def _tr(text: str) -> str:
    return QCoreApplication.translate("Opening", text)


def show_box(box: QMessageBox) -> QMessageBox.StandardButton | object:
    """Run a message box and return the button pressed (tests replace this function)."""
    box.exec()
    return box.clickedButton()


def open_interactively(
    location: str | Path | None, read_only: bool = False, parent: QWidget | None = None
) -> OpenedDatabase | None:
    """The opened database, or None once the user has been told why it could not be opened
    (or chose not to open it read-only)."""
    try:
        return open_database(location, read_only=read_only)
    except DatabaseLockedError as exc:
        if not _offer_read_only(exc, parent):
            return None
        return open_interactively(location, read_only=True, parent=parent)
    except ExchangeDeskError as exc:
        explain_error(_tr("The database cannot be opened"), exc, parent)
        return None


def explain_error(title: str, error: BaseException, parent: QWidget | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(title)
    box.setInformativeText(str(error))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    show_box(box)


def _offer_read_only(error: DatabaseLockedError, parent: QWidget | None) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("The database is in use"))
    box.setText(_tr("This database is open in another ExchangeDesk: {0}.").format(error.holder))
    box.setInformativeText(
        _tr(
            "Two programs writing the same file can lose each other's work. Open it read-only "
            "to look without changing anything, or close it in the other program first."
        )
    )
    read_only = box.addButton(_tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    return show_box(box) is read_only
