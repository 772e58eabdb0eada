"""Polls the database's change watcher and tells the window when to read its list again.

The poll is cheap (a PRAGMA on SQLite, draining already-arrived notices on PostgreSQL), so it
runs on the UI thread every POLL_MS. A burst of changes (an import, a colleague saving a
delegation with its members and programme) is debounced into one refresh DEBOUNCE_MS after the
last notice, so the list is read once, well inside the two seconds staff expect.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from exchangedesk.db.change_notices import ChangeNews, watcher_for
from exchangedesk.db.session import Database

log = logging.getLogger(__name__)

POLL_MS = 400
DEBOUNCE_MS = 300


class LiveUpdates(QObject):
    refresh_needed = Signal(bool)  # True: read everything (after a reconnect)
    connection_lost = Signal(str)  # why, in words
    connection_back = Signal()

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._full = False
        self._lost = False
        self._losses = database.connection_losses
        try:
            self.watcher = watcher_for(database.url)
        except Exception as exc:  # no watcher: the window still works, refreshed by F5
            log.warning("no change notices for this database: %s", exc)
            self.watcher = None
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self._fire)
        if self.watcher is not None:
            self.poll_timer.start()

    def poll(self) -> ChangeNews | None:
        if self.watcher is None:
            return None
        try:
            news = self.watcher.poll()
        except Exception as exc:  # a watcher fault must never take the window down
            log.warning("change watcher failed: %s", exc)
            return None
        if news.lost is not None:
            if not self._lost:
                self._lost = True
                self.connection_lost.emit(news.lost)
            return news
        if self.database.connection_losses != self._losses:
            # The window's own connection was lost and replaced meanwhile: read all again.
            self._losses = self.database.connection_losses
            news = ChangeNews(tables=news.tables, reconnected=True)
        if news.reconnected:
            self._lost = False
            self._full = True
            self.connection_back.emit()
        if news.changed:
            self.debounce.start()  # restarted by every notice of a burst
        return news

    def _fire(self) -> None:
        full, self._full = self._full, False
        self.refresh_needed.emit(full)

    def stop(self) -> None:
        self.poll_timer.stop()
        self.debounce.stop()
        if self.watcher is not None:
            self.watcher.close()
            self.watcher = None
