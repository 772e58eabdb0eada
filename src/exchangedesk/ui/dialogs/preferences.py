"""Edit › Preferences: the window's language (issue 20), taken at the next start.

Changing it at once would need every page, menu and open dialog rebuilt; a restart is honest
and cheap, and the dialog says so.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from exchangedesk.ui.i18n import LANGUAGES, store_language, stored_language, system_language


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        system = LANGUAGES[system_language()]
        self.language.addItem(self.tr("As the system ({0})").format(system), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each in its own words, never translated
        self.language.setCurrentIndex(max(0, self.language.findData(stored_language(settings))))
        self.note = QLabel(self.tr("A new language is used from the next start of ExchangeDesk."))
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.note)
        form.addRow(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        store_language(self.language.currentData() or "", self.settings)
        super().accept()
