"""File › Backups…: every backup of the register, what it was taken before, and putting one
back.

The list shows each backup's date and time (in the user's locale), why it was taken, its size
and whether it passed verification (a damaged one is shown as such and cannot be restored).
The dialog opens on the folder's listing at once; verifying reads every page of every backup
(seconds each for a large register), so it runs in the background, newest first, one file at a
time, each row saying "checking…" until its verdict, and is never repeated for a file already
verified while the dialog is open.
[Restore…] asks first, naming the backup's date; the current file is kept beside it as
``NAME.replaced-TIMESTAMP``, and the window reopens on the restored register.
"""

from __future__ import annotations

from dataclasses import replace
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
from exchangedesk.services.maintenance.backups import (
    BackupInfo,
    listed_backups,
    restore_chosen,
    verified_info,
)
from exchangedesk.ui.opening import explain_error
from exchangedesk.ui.tasks import Task

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
        # Verdicts already known, by (file, size, modification time): a refresh keeps them.
        self._verdicts: dict[tuple[Path, int, float], BackupInfo] = {}
        self._checking: Task | None = None
        self._stopped = False
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
        self.look_button = QPushButton(self.tr("&Open read-only"))
        self.look_button.setToolTip(
            self.tr("Look at the backup in the window without changing it or the register")
        )
        for button in (
            self.back_up_button,
            self.restore_button,
            self.look_button,
            self.show_button,
        ):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setAutoDefault(False)
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.show_button.clicked.connect(self.show_in_folder)
        self.look_button.clicked.connect(self.open_selected_read_only)
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
        self.backups = [self._known(info) for info in listed_backups(self.path)]
        folder = default_backup_dir(self.path)
        self.heading.setText(
            self.tr("&Backups of {0} in {1}, newest first:").format(self.path.name, folder)
            if self.backups
            else self.tr("There are no backups of {0} in {1} yet.").format(self.path.name, folder)
        )
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            for column, text in enumerate(
                (when_text(info), info.taken_before, size_text(info.size), self._state(info))
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
        self._check_next()

    def _state(self, info: BackupInfo) -> str:
        if not info.checked:
            return self.tr("checking…")
        if info.verified:
            return self.tr("verified")
        return self.tr("damaged: {0}").format(info.problem)

    @staticmethod
    def _key(info: BackupInfo) -> tuple[Path, int, float]:
        try:
            moment = info.path.stat().st_mtime
        except OSError:
            moment = 0.0
        return (info.path, info.size, moment)

    def _known(self, info: BackupInfo) -> BackupInfo:
        return self._verdicts.get(self._key(info), info)

    @property
    def checking(self) -> bool:
        """A backup is being verified in the background now."""
        return self._checking is not None and self._checking.is_running

    def _check_next(self) -> None:
        """Verify the newest backup not verified yet, off the GUI thread; then the next."""
        if self._stopped or self.checking:
            return
        waiting = next((info for info in self.backups if not info.checked), None)
        if waiting is None:
            return
        task = Task(lambda _control: verified_info(waiting), self)
        task.result.connect(self._checked)
        task.error.connect(lambda error: self._unreadable(waiting, error))
        task.finished.connect(self._check_next)
        self._checking = task
        task.start()

    def _checked(self, info: BackupInfo) -> None:
        self._verdicts[self._key(info)] = info
        self._show_verdict(info)

    def _unreadable(self, waiting: BackupInfo, error: BaseException) -> None:
        reason = getattr(error, "strerror", None) or str(error)
        info = replace(
            waiting, checked=True, problem=self.tr("cannot be read ({0})").format(reason)
        )
        self._show_verdict(info)

    def _show_verdict(self, info: BackupInfo) -> None:
        for row, shown in enumerate(self.backups):
            if shown.path == info.path:
                self.backups[row] = info
                self.table.item(row, 3).setText(self._state(info))
        self._selection_changed()

    def done(self, result: int) -> None:
        self._stopped = True  # the backup being verified finishes; no other is started
        super().done(result)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(
            info is not None and info.verified and not self.window_.database.read_only
        )
        self.look_button.setEnabled(info is not None and info.verified)
        self.show_button.setEnabled(True)

    def back_up_now(self) -> None:
        self.window_.back_up_now()  # the list is refreshed when it is written

    def show_in_folder(self) -> None:
        folder = default_backup_dir(self.path)
        QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(folder if folder.is_dir() else self.path.parent))
        )

    def open_selected_read_only(self) -> bool:
        """Show the chosen backup in the window, read-only, to look before restoring it; the
        register is closed (File › Open brings it back)."""
        info = self.selected()
        if info is None or not info.verified:
            return False
        from exchangedesk.ui.opening import open_interactively

        window = self.window_
        try:
            opened = open_interactively(info.path, read_only=True, parent=self)
        except ExchangeDeskError as exc:  # a backup from before an upgrade cannot be read so
            explain_error(self.tr("The backup could not be opened"), exc, self)
            return False
        if opened is None:
            return False
        opened.backup_on_close = False  # a look at a backup makes no backups of it
        window.set_database(opened)
        window.statusBar().showMessage(
            self.tr("Showing the backup of {0}, read-only; File › Open returns to {1}").format(
                when_text(info), self.path.name
            ),
            30_000,
        )
        self.accept()
        return True

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
