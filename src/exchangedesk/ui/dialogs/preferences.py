"""Edit › Preferences: the window's language (issue 20), taken at the next start; the minutes of
edits between automatic backups (issue 14, this computer's setting, 0 = off); the committee
member at this computer, named in the audit log, on accepted conflicts and approvals in place of
the system login (issue 16: "Accepted by root"); and how long
personal data is kept (issue 22), saved in the register for everyone who uses it.

Changing the language at once would need every page, menu and open dialog rebuilt; a restart
is honest and cheap, and the dialog says so. A retention period the service refuses (not a
whole number in its range) is shown under its field and nothing is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from exchangedesk.ui.dialogs.record_fields import FieldMessages
from exchangedesk.ui.i18n import LANGUAGES, store_language, stored_language, system_language


class PreferencesDialog(QDialog):
    def __init__(
        self,
        settings: QSettings,
        parent: QWidget | None = None,
        database=None,  # noqa: ANN001
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.database = database
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
        self.member = self._member_field(form)
        self.messages = FieldMessages()
        self.backup_minutes = self._backup_field(form)
        self.periods: dict[str, QLineEdit] = {}
        if database is not None:
            form.addRow(self._retention_box(database))
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def _member_field(self, form: QFormLayout) -> QLineEdit:
        from exchangedesk.ui.sharing.follow import MEMBER_KEY

        edit = QLineEdit(str(self.settings.value(MEMBER_KEY, "") or ""))
        edit.setObjectName("committee-member")
        edit.setPlaceholderText(self.tr("e.g. Margaret Hill"))
        edit.setToolTip(
            self.tr(
                "Written in the audit log and beside what you accept or approve. Empty: the "
                "computer's login name."
            )
        )
        caption = QLabel(self.tr("Your &name:"))
        caption.setBuddy(edit)
        form.addRow(caption, edit)
        return edit

    def _backup_field(self, form: QFormLayout) -> QLineEdit:
        """Minutes of edits between automatic backups (issue 14): this computer's setting."""
        from exchangedesk.ui.backups.auto import minutes_between

        edit = QLineEdit(str(minutes_between(self.settings)))
        edit.setObjectName("backup-minutes")
        edit.setMaximumWidth(80)
        edit.setToolTip(self.tr("0 turns automatic backups off."))
        caption = QLabel(self.tr("Automatic &backup after this many minutes of edits:"))
        caption.setBuddy(edit)
        form.addRow(caption, self.messages.wrap("backup_minutes", edit))
        return edit

    def _retention_box(self, database) -> QGroupBox:  # noqa: ANN001
        from exchangedesk.services.privacy.settings import retention_periods

        box = QGroupBox(self.tr("How long personal data is kept"))
        box.setObjectName("retention-periods")
        inner = QFormLayout(box)
        current = retention_periods(database)
        for field, label in (
            ("passport_months", self.tr("Passport data, months after the last &visit:")),
            ("minor_medical_months", self.tr("Minors' &medical notes, months after the exchange:")),
            ("inactive_years", self.tr("People with no activity, &years:")),
        ):
            edit = QLineEdit(str(getattr(current, field)))
            edit.setObjectName(field)
            edit.setMaximumWidth(80)
            edit.setReadOnly(database.read_only)
            caption = QLabel(label)
            caption.setBuddy(edit)
            inner.addRow(caption, self.messages.wrap(field, edit))
            self.periods[field] = edit
        return box

    def accept(self) -> None:
        from exchangedesk.ui.backups.auto import parse_minutes, store_minutes

        self.messages.clear()
        try:
            minutes = parse_minutes(self.backup_minutes.text())
        except ValueError as exc:
            self.messages.show("backup_minutes", str(exc))
            self.backup_minutes.setFocus()
            return
        if self.database is not None and not self.database.read_only and not self._save_periods():
            return
        store_minutes(minutes, self.settings)
        self._store_member()
        store_language(self.language.currentData() or "", self.settings)
        super().accept()

    def _store_member(self) -> None:
        from exchangedesk.db.identity import MAX_ACTOR
        from exchangedesk.ui.sharing.follow import MEMBER_KEY

        member = " ".join(self.member.text().split())[:MAX_ACTOR]
        self.settings.setValue(MEMBER_KEY, member)
        if self.database is not None:
            self.database.set_member(member or None)  # from the next change on

    def _save_periods(self) -> bool:
        from exchangedesk.domain.errors import ValidationError
        from exchangedesk.domain.privacy import RetentionPeriods
        from exchangedesk.services.privacy.settings import retention_periods, save_periods

        self.messages.clear()
        values: dict[str, object] = {}
        for field, edit in self.periods.items():
            text = edit.text().strip()
            values[field] = int(text) if text.lstrip("-").isdigit() else text
        periods = RetentionPeriods(**values)  # type: ignore[arg-type]
        if periods == retention_periods(self.database):
            return True
        try:
            save_periods(self.database, periods)
        except ValidationError as exc:
            self.messages.show(exc.field, exc.message)
            widget = self.periods.get(exc.field)
            if widget is not None:
                widget.setFocus()
            return False
        return True
