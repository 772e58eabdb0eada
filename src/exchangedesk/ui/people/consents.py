"""The person's consents on the people pane: each purpose in force, withdrawn or never asked,
since when, how and by whom it was given and who recorded it, with Record consent… and
Withdraw…. Both are undoable edits (``PeopleEdits.record_consent`` / ``withdraw_consent``);
a refusal of the service (a minor without the guardian, a second consent in force) is shown
beside the field it names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.domain.privacy import ConsentMethod, ConsentPurpose
from exchangedesk.services.privacy.consents import ConsentDraft, ConsentRecord, list_consents
from exchangedesk.ui.dialogs import open_dialog
from exchangedesk.ui.dialogs.record_fields import DateField
from exchangedesk.ui.exchanges.programme_editor import person_field
from exchangedesk.ui.exchanges.programme_form import ExchangeForm
from exchangedesk.ui.formatting import date_text, privacy_text
from exchangedesk.ui.theme import icon

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # the ConsentRecord of a row; None: never asked
PARTS_ROLE = Qt.ItemDataRole.UserRole + 2  # (purpose, state, how given, recorded by)
PURPOSE_ROLE = Qt.ItemDataRole.UserRole + 3  # the purpose (its value) of a row


class _Form(ExchangeForm):
    def labelled(self, label: str, field: str, widget: QWidget) -> QWidget:
        """A row whose label's mnemonic (Alt+letter) reaches the field itself, not its
        message wrapper."""
        self.row(label, field, widget)
        item = self.form.itemAt(self.form.rowCount() - 1, self.form.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel):
            item.widget().setBuddy(widget)
        return widget


class RecordConsentDialog(_Form):
    """Purpose, the day, how it was given, and for a minor the guardian who gave it."""

    def __init__(
        self,
        database: Database,
        *,
        person: str,
        save: Callable[[ConsentDraft], object],
        purpose: ConsentPurpose | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Record consent of {0}").format(person), save, parent)
        self.setObjectName("record-consent")
        self.purpose = QComboBox()
        for value in ConsentPurpose:
            self.purpose.addItem(privacy_text(value), value.value)  # Qt keeps a plain str
        if purpose is not None:
            self.purpose.setCurrentIndex(self.purpose.findData(purpose.value))
        self.given_on = DateField()
        self.given_on.set_value(today or dt.date.today())
        self.method = QComboBox()
        for value in ConsentMethod:
            self.method.addItem(privacy_text(value), value.value)
        self.given_by = person_field(database, self.tr("For a minor: the guardian who consented"))
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("Where the signed form is kept, for example"))
        self.labelled(self.tr("&Purpose:"), "purpose", self.purpose)
        self.labelled(self.tr("&Given on:"), "given_on", self.given_on)
        self.labelled(self.tr("&How given:"), "method", self.method)
        self.labelled(self.tr("Given by &guardian:"), "given_by", self.given_by)
        self.labelled(self.tr("&Notes:"), "notes", self.notes)
        self.finish()
        self.setMinimumWidth(460)

    def check(self) -> dict[str, str]:
        if self.given_on.invalid:
            return {"given_on": self.tr("Not a date.")}
        if self.given_by.unresolved:
            return {"given_by": self.tr("Pick the person from the list.")}
        return {}

    def draft(self) -> ConsentDraft:
        return ConsentDraft(
            ConsentPurpose(self.purpose.currentData()),
            self.given_on.value(),
            ConsentMethod(self.method.currentData()),
            self.given_by.chosen_id,
            self.notes.text().strip() or None,
        )


class WithdrawConsentDialog(_Form):
    """The day the consent ended; the record stays with it."""

    def __init__(
        self,
        consent: ConsentRecord,
        *,
        save: Callable[[dt.date | None], object],
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Withdraw consent"), save, parent)
        self.setObjectName("withdraw-consent")
        note = QLabel(
            self.tr(
                "“{0}”, given on {1}. The record is kept with the day it ended, as proof of "
                "what the committee was allowed to do until then."
            ).format(privacy_text(consent.purpose), date_text(consent.given_on))
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.withdrawn_on = DateField()
        self.withdrawn_on.set_value(today or dt.date.today())
        self.labelled(self.tr("&Withdrawn on:"), "withdrawn_on", self.withdrawn_on)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("&Withdraw"))
        self.finish()
        self.setMinimumWidth(420)

    def check(self) -> dict[str, str]:
        if self.withdrawn_on.invalid or self.withdrawn_on.value() is None:
            return {"withdrawn_on": self.tr("Give the day the consent was withdrawn.")}
        return {}

    def draft(self) -> dt.date | None:
        return self.withdrawn_on.value()


class ConsentsSection(QGroupBox):
    """The consents of the person shown; ``edits`` puts each change on the undo stack."""

    message = Signal(str)

    def __init__(self, database: Database, edits, parent: QWidget | None = None) -> None:  # noqa: ANN001 - PeopleEdits
        super().__init__(self.tr("Consents"), parent)
        self.setObjectName("consents")
        self.database, self.edits = database, edits
        self.person_id: int | None = None
        self.person_name = ""
        self.today: dt.date | None = None  # None: the real today (tests set a day)
        self.dialog: ExchangeForm | None = None
        self.table = QTreeWidget()
        self.table.setObjectName("consent-list")
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # One column of short lines: the pane beside the list is narrow (about 290 px at
        # 1024x700), and four columns there hid the date and who recorded it off to the right.
        self.table.setUniformRowHeights(False)
        self.table.setHeaderHidden(True)
        self.table.setColumnCount(1)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setMinimumHeight(self.table.fontMetrics().lineSpacing() * 12)
        self.table.currentItemChanged.connect(lambda *_: self._enable())
        self.table.itemActivated.connect(lambda *_: self.record_or_withdraw())
        self.record_button = QPushButton(icon("mdi6.file-sign"), self.tr("&Record consent…"))
        self.record_button.setObjectName("record-consent-button")
        self.withdraw_button = QPushButton(icon("mdi6.file-cancel-outline"), self.tr("&Withdraw…"))
        self.withdraw_button.setObjectName("withdraw-consent-button")
        self.record_button.clicked.connect(self.record)
        self.withdraw_button.clicked.connect(self.withdraw)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._enable()

    # --- showing ------------------------------------------------------------------------

    def show_person(self, person_id: int | None, name: str = "") -> None:
        self.person_id, self.person_name = person_id, name
        self.reload()

    def reload(self) -> None:
        keep = self.selected()
        keep_purpose = keep.purpose if keep is not None else self._selected_purpose()
        self.table.clear()
        records: list[ConsentRecord] = []
        if self.person_id is not None:
            try:
                records = list_consents(self.database, self.person_id)
            except ExchangeDeskError as exc:
                self.message.emit(str(exc))
        for purpose in ConsentPurpose:
            mine = [r for r in records if r.purpose is purpose]
            if not mine:
                parts = (privacy_text(purpose), self.tr("never asked"), "", "")
                row = QTreeWidgetItem([f"{parts[0]}\n    {parts[1]}"])
                row.setData(0, PARTS_ROLE, parts)
                row.setData(0, RECORD_ROLE, None)
                row.setData(0, PURPOSE_ROLE, purpose.value)
                self.table.addTopLevelItem(row)
            for record in mine:  # in force first, then the withdrawn ones, newest first
                self.table.addTopLevelItem(self._row(record))
        line = self.table.fontMetrics().lineSpacing()
        for index in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(index)
            # The view sized some rows of several lines to one; give each its lines' height.
            item.setSizeHint(0, QSize(-1, line * (item.text(0).count("\n") + 1) + 4))
        for index in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(index)
            if self._purpose_of(item) == keep_purpose:
                self.table.setCurrentItem(item)
                break
        self._enable()

    def _row(self, record: ConsentRecord) -> QTreeWidgetItem:
        state = (
            self.tr("in force")
            if record.in_force
            else self.tr("withdrawn on {0}").format(date_text(record.withdrawn_on))
        )
        given = self.tr("given {0}, {1}").format(
            date_text(record.given_on), privacy_text(record.method)
        )
        lines = [privacy_text(record.purpose), state, given]
        if record.given_by:
            lines.append(self.tr("by {0} (guardian)").format(record.given_by))
            given += self.tr(", by {0} (guardian)").format(record.given_by)
        if record.recorded_by:
            lines.append(self.tr("recorded by {0}").format(record.recorded_by))
        parts = (privacy_text(record.purpose), state, given, record.recorded_by or "")
        row = QTreeWidgetItem([lines[0] + "".join(f"\n    {line}" for line in lines[1:])])
        row.setToolTip(0, "\n".join(lines + ([record.notes] if record.notes else [])))
        row.setData(0, PARTS_ROLE, parts)
        row.setData(0, RECORD_ROLE, record)
        row.setData(0, PURPOSE_ROLE, record.purpose.value)
        return row

    def rows(self) -> list[tuple[str, str, str, str]]:
        """What the list shows, row by row: purpose, state, how given, recorded by."""
        out = []
        for index in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(index)
            out.append(item.data(0, PARTS_ROLE))
        return out

    @staticmethod
    def _purpose_of(item: QTreeWidgetItem | None) -> str | None:
        return item.data(0, PURPOSE_ROLE) if item is not None else None

    def _selected_purpose(self) -> str | None:
        return self._purpose_of(self.table.currentItem())

    def selected(self) -> ConsentRecord | None:
        item = self.table.currentItem()
        found = item.data(0, RECORD_ROLE) if item is not None else None
        return found if isinstance(found, ConsentRecord) else None

    def select_purpose(self, purpose: ConsentPurpose, *, in_force: bool = True) -> bool:
        for index in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(index)
            record = item.data(0, RECORD_ROLE)
            if self._purpose_of(item) == purpose.value and (
                not in_force or (isinstance(record, ConsentRecord) and record.in_force)
            ):
                self.table.setCurrentItem(item)
                return True
        return False

    def _enable(self) -> None:
        writable = not self.database.read_only and self.person_id is not None
        self.record_button.setEnabled(writable)
        record = self.selected()
        self.withdraw_button.setEnabled(writable and record is not None and record.in_force)

    # --- acting -------------------------------------------------------------------------

    def record_or_withdraw(self) -> None:
        """Enter on a row: withdraw what is in force, record what is not."""
        record = self.selected()
        if record is not None and record.in_force:
            self.withdraw()
        else:
            self.record()

    def record(self) -> RecordConsentDialog | None:
        person_id = self.person_id
        if person_id is None or self.database.read_only:
            return None
        selected = self._selected_purpose()
        dialog = RecordConsentDialog(
            self.database,
            person=self.person_name,
            save=lambda draft: self._saved(self.edits.record_consent(person_id, draft)),
            purpose=ConsentPurpose(selected) if selected else None,
            today=self.today,
            parent=self,
        )
        return self._open(dialog)

    def withdraw(self) -> WithdrawConsentDialog | None:
        record = self.selected()
        if record is None or not record.in_force or self.database.read_only:
            return None
        dialog = WithdrawConsentDialog(
            record,
            save=lambda on: self._saved(self.edits.withdraw_consent(record, on)),
            today=self.today,
            parent=self,
        )
        return self._open(dialog)

    def _open(self, dialog: ExchangeForm):  # noqa: ANN202
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        return open_dialog(dialog)

    def _saved(self, record: ConsentRecord) -> ConsentRecord:
        self.reload()
        self.select_purpose(record.purpose, in_force=record.in_force)
        return record
