"""A verified backup after a period of edits, written in the background.

Closing the window backs up a changed register (``OpenedDatabase.backup_on_close``), but a
secretary who keeps the program open all week would have no copy of the week's work if the
disk failed on Thursday. So, while the window is open: once the register has changed
(``Database.changed``) and the set number of minutes (default 30) has passed since the last
backup, a verified copy is written off the GUI thread and the status bar says "Backed up at
14:05". Never two at once; nothing when nothing changed; a failure is said in words and the
next check tries again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, QTime, QTimer, Signal

from exchangedesk.db.engine import sqlite_path
from exchangedesk.db.session import Database
from exchangedesk.ui.tasks import Task

SETTING = "backups/after_edits_minutes"
DEFAULT_MINUTES = 30
CHECK_EVERY_MS = 60_000  # a minute's precision is plenty for a half-hourly copy


MAX_MINUTES = 24 * 60  # more than a day between copies would no longer be "while you work"


def parse_minutes(text: str) -> int:
    """The Preferences field, read: a whole number of minutes from 0 (off) to a day. Raises
    ValueError with the message shown under the field."""
    text = text.strip()
    if not text.isdigit() or int(text) > MAX_MINUTES:
        raise ValueError(
            QCoreApplication.translate(
                "AutoBackup",
                "Enter a whole number of minutes from 0 (no automatic backups) to {0}.",
            ).format(MAX_MINUTES)
        )
    return int(text)


def store_minutes(minutes: int, settings: QSettings) -> None:
    settings.setValue(SETTING, minutes)


def minutes_between(settings: QSettings) -> int:
    """The setting, in minutes; 0 turns automatic backups off. Nonsense reads as the default."""
    try:
        value = int(settings.value(SETTING, DEFAULT_MINUTES))
    except (TypeError, ValueError):
        return DEFAULT_MINUTES
    return max(value, 0)


class AutoBackup(QObject):
    """Owned by the main window; asks ``database()`` for the register shown now."""

    backed_up = Signal(object)  # the Path written
    failed = Signal(str)  # why, in words
    message = Signal(str)  # for the status bar

    def __init__(
        self,
        database: Callable[[], Database],
        settings: QSettings,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        check_every_ms: int = CHECK_EVERY_MS,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._settings = settings
        self._clock = clock
        self._last = clock()  # opening counts as the start of the period
        self._task: Task | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    @property
    def running(self) -> bool:
        return self._task is not None and self._task.is_running

    def restart_period(self) -> None:
        """Another register is shown: its period of edits starts now."""
        self._last = self._clock()

    def check(self) -> bool:
        """Start a backup if one is due; True when one was started."""
        database = self._database()
        path = sqlite_path(database.url)
        minutes = minutes_between(self._settings)
        if (
            self.running
            or minutes == 0
            or path is None
            or database.read_only
            or not database.changed
            or self._clock() - self._last < minutes * 60
        ):
            return False
        self._start(database, path)
        return True

    def _start(self, database: Database, path: Path) -> None:
        from exchangedesk.db import migrate
        from exchangedesk.db.backup import snapshot
        from exchangedesk.paths import default_backup_dir

        revision = migrate.head_revision()
        # Cleared before the copy starts: an edit made while it is written marks it again.
        database.changed = False

        def work(_control: object) -> Path:  # on the worker: no widgets here
            return snapshot(
                path, default_backup_dir(path), label="after-edits", expect_revision=revision
            )

        task = Task(work, self)
        task.result.connect(self._written)
        task.error.connect(lambda error: self._failed(database, error))
        self._task = task
        task.start()

    def _written(self, written: Path) -> None:
        self._last = self._clock()
        when = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self.message.emit(self.tr("Backed up at {0}").format(when))
        self.backed_up.emit(written)

    def _failed(self, database: Database, error: BaseException) -> None:
        database.changed = True  # still not copied: the next check tries again
        self._last = self._clock()  # ...after another period, not every minute
        reason = str(error)
        if isinstance(error, OSError):  # "[Errno 17] File exists: ..." is not words
            reason = f"{error.strerror or error} ('{error.filename}')"
        text = self.tr(
            "The automatic backup failed: {0}. The register itself is saved; it is tried again "
            "in a while."
        ).format(reason.rstrip("."))
        self.message.emit(text)
        self.failed.emit(str(error))
