"""The dialog for an edit refused over someone else's newer save: who saved, when, and a choice
between reading their version (Reload) and seeing both versions field by field first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.domain.errors import StaleEditError


def local_datetime_text(when: dt.datetime) -> str:
    """A stored UTC moment in this computer's time, as staff read it."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone().strftime("%d %b %Y at %H:%M")


class StaleEditDialog(QDialog):
    reload_requested = Signal()

    def __init__(self, error: StaleEditError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stale-edit-dialog")
        self.error = error
        self.setWindowTitle(self.tr("Saved by someone else meanwhile"))
        who = error.changed_by or self.tr("someone else")
        when = local_datetime_text(error.changed_at) if error.changed_at else None
        self.headline = QLabel(
            self.tr("{0} was changed by {1} on {2}, after you opened it.").format(
                error.what, who, when
            )
            if when
            else self.tr("{0} was changed by {1} after you opened it.").format(error.what, who)
        )
        self.headline.setObjectName("stale-edit-headline")
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-weight: bold")
        advice = QLabel(
            self.tr(
                "Nothing of your edit was saved. Reload to continue from their version (your "
                "changes in this editor are replaced), or show both versions to compare them "
                "field by field and copy what you need before reloading."
            )
        )
        advice.setWordWrap(True)

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("stale-edit-versions")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Yours (not saved)"), self.tr("Saved by {0}").format(who)]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        bold = QFont(self.font())
        bold.setBold(True)
        for row, field in enumerate(error.fields):
            self.table.insertRow(row)
            for column, text in enumerate((field.label, field.yours, field.theirs)):
                item = QTableWidgetItem(text)
                if field.differs:
                    item.setFont(bold)  # where the two versions part
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.hide()

        self.buttons = QDialogButtonBox()
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setDefault(True)
        self.compare_button = QPushButton(self.tr("Show both versions"))
        self.compare_button.setCheckable(True)
        self.compare_button.setEnabled(bool(error.fields))
        if not error.fields:
            self.compare_button.setToolTip(self.tr("This record cannot be compared field by field"))
        self.buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.reload_button.clicked.connect(self._reload)
        self.compare_button.toggled.connect(self._compare)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(advice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def differing_rows(self) -> list[tuple[str, str, str]]:
        return [(f.label, f.yours, f.theirs) for f in self.error.fields if f.differs]

    def _compare(self, shown: bool) -> None:
        self.table.setVisible(shown)
        self.compare_button.setText(
            self.tr("Hide the versions") if shown else self.tr("Show both versions")
        )
        self.adjustSize()

    def _reload(self) -> None:
        self.reload_requested.emit()
        self.accept()


class StaleEditing:
    """What every record editor (a QDialog) does when its save is refused as stale: the dialog
    above, whose Reload calls :meth:`reload_saved`. An editor that can fill itself from the
    version saved now overrides it; the default closes the editor without saving (the list
    then shows their version, and the record opens again from it)."""

    stale_dialog: StaleEditDialog | None = None

    def show_stale(self, error: StaleEditError) -> StaleEditDialog:
        dialog = StaleEditDialog(error, self)  # type: ignore[arg-type] - the editor is a QWidget
        dialog.reload_requested.connect(self.reload_saved)
        dialog.open()
        self.stale_dialog = dialog
        return dialog

    def reload_saved(self) -> None:
        QDialog.reject(self)  # type: ignore[arg-type] - past the "discard changes?" question
