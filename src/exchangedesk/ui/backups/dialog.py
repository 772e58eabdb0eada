"""File › Backups…: every backup of the register, what it was taken before, and putting one
back.

The list shows each backup's date and time (in the user's locale), why it was taken, its size
and whether it passed verification (a damaged one is shown as such and cannot be restored).
[Restore…] asks first, naming the backup's date; the current file is kept beside it as
``NAME.replaced-TIMESTAMP``, and the window reopens on the restored register.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from exchangedesk.db.engine import sqlite_path
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.paths import default_backup_dir
from exchangedesk.services.maintenance.backups import BackupInfo, list_backups, restore_chosen
from exchangedesk.ui.opening import explain_error

COLUMNS = ("Taken", "Why", "Size", "State")


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size)


def when_text(info: BackupInfo) -> str:
    moment = QDateTime.fromSecsSinceEpoch(int(info.taken_at.timestamp()))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class BackupsDialog(QDialog):
    def __init__(self, window: Any) -> None:  # the MainWindow (it imports this module)
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Backups"))
        self.resize(760, 380)
        self.backups: list[BackupInfo] = []
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.heading.setBuddy(self.table)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.back_up_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.show_button = QPushButton(self.tr("&Show in folder"))
        for button in (self.back_up_button, self.restore_button, self.show_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setAutoDefault(False)
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.show_button.clicked.connect(self.show_in_folder)
        buttons.rejected.connect(self.reject)
        window.backup_finished.connect(lambda _path: self.refresh())

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.refresh()
        self.table.setFocus()

    @property
    def path(self) -> Path:
        path = sqlite_path(self.window_.database.url)
        assert path is not None  # the action is disabled for a server database
        return path

    def refresh(self) -> None:
        self.backups = list_backups(self.path)
        folder = default_backup_dir(self.path)
        self.heading.setText(
            self.tr("&Backups of {0} in {1}, newest first:").format(self.path.name, folder)
            if self.backups
            else self.tr("There are no backups of {0} in {1} yet.").format(self.path.name, folder)
        )
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            state = (
                self.tr("verified")
                if info.verified
                else self.tr("damaged: {0}").format(info.problem)
            )
            for column, text in enumerate(
                (when_text(info), info.taken_before, size_text(info.size), state)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        if self.backups:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(
            info is not None and info.verified and not self.window_.database.read_only
        )
        self.show_button.setEnabled(True)

    def back_up_now(self) -> None:
        self.window_.back_up_now()  # the list is refreshed when it is written

    def show_in_folder(self) -> None:
        folder = default_backup_dir(self.path)
        QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(folder if folder.is_dir() else self.path.parent))
        )

    def confirm(self, info: BackupInfo) -> bool:
        """Asked before a restore; names the date and says what happens to today's file."""
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Restore the backup of {0} ({1})?\n\nEverything changed in the register since "
                "then is replaced by the backup. The current file is kept beside it as "
                "{2}.replaced-…, so nothing is lost."
            ).format(when_text(info), info.taken_before, self.path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> Path | None:
        """Close the register, put the backup in its place, reopen the window on it. Returns
        where the replaced file was kept."""
        from PySide6.QtCore import QThreadPool

        from exchangedesk.db.opening import open_database

        info = self.selected()
        if info is None or not info.verified or not self.confirm(info):
            return None
        window, path = self.window_, self.path
        QThreadPool.globalInstance().waitForDone(30_000)  # no backup or list still reading it
        window.opened.close()  # the lock released (a changed register is backed up on close)
        try:
            kept = restore_chosen(info.path, path)
        except ExchangeDeskError as exc:
            window.set_database(open_database(path))  # the file as it was: nothing restored
            explain_error(self.tr("The backup was not restored"), exc, self)
            return None
        opened = open_database(path)
        opened.backup_on_close = True
        window.set_database(opened)
        window.statusBar().showMessage(
            self.tr("Restored the backup of {0}; the file it replaced is kept as {1}").format(
                when_text(info), kept
            ),
            30_000,
        )
        self.refresh()
        return kept
