"""The import dialog's choice of the programme (participants) or campaign (contributions) that
every row of the file goes into, unless the file names one in a column (``within`` of
services.imports.run_import). Its texts are the dialog's (translation context
"ImportListDialog")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from exchangedesk.db.session import Database
from exchangedesk.interchange.import_fields import WITHIN
from exchangedesk.services.imports import import_targets

LABELS = {
    "participants": QT_TRANSLATE_NOOP("ImportListDialog", "&Programme:"),
    "contributions": QT_TRANSLATE_NOOP("ImportListDialog", "&Campaign:"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportListDialog", text)


class WithinBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import-within")
        self.kind = ""
        self.label = QLabel()
        self.label.setBuddy(self)

    def fill(self, database: Database, kind: str) -> None:
        """The programmes or campaigns for ``kind`` (nothing for the other kinds). Raises the
        service's ExchangeDeskError when they cannot be read."""
        self.kind = kind
        self.blockSignals(True)
        try:
            self.clear()
            if kind in WITHIN:
                self.label.setText(_tr(LABELS[kind]))
                # First: a file naming the programme in a column (our own export) goes as it says.
                self.addItem(_tr("As each row names it (a column of the file)"), None)
                for record_id, title in import_targets(database, kind):
                    self.addItem(title, record_id)
        finally:
            self.blockSignals(False)

    @property
    def chosen(self) -> int | None:
        """The programme or campaign chosen for the file, or None (each row names its own)."""
        return self.currentData() if self.kind in WITHIN else None

    def choose(self, record_id: int | None) -> None:
        self.setCurrentIndex(max(self.findData(record_id), 0))
