"""The main window follows other windows' changes: the current area's list is read again
(selection kept) within about two seconds, without F5; other areas already built are read
again when next shown; after a reconnect everything is read again (notices sent meanwhile are
lost). A dropped connection is said in words in the status bar, never as a traceback."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from exchangedesk.ui.sharing.live_updates import LiveUpdates

# QSettings key: the committee member at this computer, named in the audit log (on SQLite in
# place of the OS user; on PostgreSQL beside the database user, for staff sharing one login).
MEMBER_KEY = "audit/committee_member"


class ChangeFollower(QObject):
    # The window is the main window (ui/main_window.py builds this); not imported here, since
    # main_window imports this module and the layers test forbids the circle.
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        member = str(window.settings.value(MEMBER_KEY, "") or "").strip()
        window.database.set_member(member or None)
        self._stale: set[int] = set()
        self.offline = QLabel()
        self.offline.setObjectName("connection-state")
        self.offline.setStyleSheet("font-weight: bold")
        self.offline.hide()
        window.statusBar().addPermanentWidget(self.offline)
        self._stopped = False
        self.live = LiveUpdates(window.database, self)
        self.live.refresh_needed.connect(self.refresh)
        self.live.connection_lost.connect(self._lost)
        self.live.connection_back.connect(self._back)
        window.nav.currentRowChanged.connect(self._shown)

    def refresh(self, everything: bool = False) -> None:
        window = self.window
        current = window.stack.currentIndex()
        built = [i for i, page in enumerate(window._pages) if page is not None]
        for index in built:
            if index == current:
                if everything:
                    window._pages[index].refresh()
                else:
                    window._pages[index].refresh_live()
            else:
                self._stale.add(index)  # read when next shown, not now for nobody to see
        window._update_counts()

    def _shown(self, row: int) -> None:
        if row in self._stale:
            self._stale.discard(row)
            page = self.window._pages[row]
            if page is not None:
                page.refresh_live()

    def _lost(self, message: str) -> None:
        self.offline.setText(self.tr("Disconnected: reconnecting…"))
        self.offline.setToolTip(message)
        self.offline.show()
        self.window.statusBar().showMessage(message)

    def _back(self) -> None:
        self.offline.hide()
        self.window.statusBar().showMessage(
            self.tr("Reconnected to the shared database; everything shown was read again."),
            10_000,
        )

    def stop(self) -> None:
        # Called on every close and on every change of database, so possibly twice: a window
        # closed, then closed again (quitting, a test's teardown) or given another database.
        # The label is deleted by the first call; asking it anything afterwards raises
        # "Internal C++ object already deleted" inside MainWindow.closeEvent, and PySide6 6.11.3
        # crashes (SIGSEGV in shiboken's PepException_GetArgs) reporting such an error from a
        # virtual override instead of printing it. Hence a flag of our own, not the label.
        if self._stopped:
            return
        self._stopped = True
        self.live.stop()
        self.window.nav.currentRowChanged.disconnect(self._shown)
        self.window.statusBar().removeWidget(self.offline)
        self.offline.setParent(None)
        self.offline.deleteLater()
