"""Home's line "3 people's data is due for review", with Review… to open the retention
review; hidden while nothing is due. Looked for off the GUI thread, like the attention list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from exchangedesk.db.session import Database
from exchangedesk.services.privacy.retention import retention_review
from exchangedesk.ui.tasks import Task
from exchangedesk.ui.theme import icon


def due_people(database: Database, today: dt.date) -> int:
    return len({item.person_id for item in retention_review(database, today=today).items})


class RetentionNotice(QWidget):
    loaded = Signal(int)  # the number of people due (for tests)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retention-notice")
        self.count = 0
        self._generation = 0
        self.label = QLabel()
        self.button = QPushButton(icon("mdi6.shield-account-outline"), self.tr("Re&view…"))
        self.button.setObjectName("open-retention-review")
        self.button.clicked.connect(self.open_review)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.hide()

    def load(self, database: Database, today: dt.date) -> None:
        self._generation += 1
        generation = self._generation
        task = Task(lambda _control: due_people(database, today), self)
        task.result.connect(lambda count: self._arrived(generation, count))
        task.error.connect(lambda _error: self._arrived(generation, 0))
        task.start()

    def _arrived(self, generation: int, count: int) -> None:
        if generation != self._generation:
            return
        self.count = count
        self.label.setText(
            self.tr("1 person's data is due for review")
            if count == 1
            else self.tr("{0} people's data is due for review").format(count)
        )
        self.setVisible(count > 0)
        self.loaded.emit(count)

    def open_review(self) -> None:
        from exchangedesk.ui.privacy.menu import open_review

        window = self.window()
        if hasattr(window, "database"):
            open_review(window)
