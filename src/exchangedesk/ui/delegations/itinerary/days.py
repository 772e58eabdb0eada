"""The list of the visit's days beside the timeline, and the small dialogs that ask for a
day or a time (duplicating a day, moving an item)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.services.delegations.itinerary_days import VisitDay
from exchangedesk.ui.delegations.itinerary.item_dialog import DateTimeField
from exchangedesk.ui.theme import muted_text

AnyIndex = QModelIndex | QPersistentModelIndex


def zone_city(zone: str) -> str:
    """ "Europe/Volgograd" -> "Volgograd": how a secretary names a zone."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def day_heading(day: dt.date) -> str:
    return QDate(day.year, day.month, day.day).toString("ddd d MMM")


class DayListModel(QAbstractListModel):
    """One row per day: "Fri 27 Mar" and how many items; days outside the visit greyed."""

    DAY_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: list[VisitDay] = []

    def set_days(self, days: Sequence[VisitDay]) -> None:
        self.beginResetModel()
        self._days = list(days)
        self.endResetModel()

    def day(self, row: int) -> VisitDay | None:
        return self._days[row] if 0 <= row < len(self._days) else None

    def row_of(self, day: dt.date) -> int:
        return next((n for n, d in enumerate(self._days) if d.day == day), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._days)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        day = self.day(index.row()) if index.isValid() else None
        if day is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            count = (
                self.tr("nothing planned")
                if day.items == 0
                else self.tr("%Ln items", "", day.items)
            )
            return f"{day_heading(day.day)}\n{count}"
        if role == self.DAY_ROLE:
            return day.day
        if role == Qt.ItemDataRole.ToolTipRole and not day.in_visit:
            return self.tr("Outside the visit's dates")
        if role == Qt.ItemDataRole.ForegroundRole and not day.in_visit:
            return muted_text()
        if role == Qt.ItemDataRole.FontRole and not day.in_visit:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class DayPickDialog(QDialog):
    """Asks for the day to copy a day's items onto."""

    def __init__(self, source: dt.date, suggestion: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Duplicate day"))
        self.target = QDateEdit(QDate(suggestion.year, suggestion.month, suggestion.day))
        self.target.setCalendarPopup(True)
        self.target.setDisplayFormat("ddd d MMM yyyy")
        explanation = QLabel(
            self.tr(
                "Every item starting on {0} is copied to the day you choose, at the same local "
                "times and with the same attendees."
            ).format(day_heading(source))
        )
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Copy onto"), self.target)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def day(self) -> dt.date:
        value = self.target.date()
        return dt.date(value.year(), value.month(), value.day())


class MoveDialog(QDialog):
    """Asks for an item's new start; it keeps its length."""

    def __init__(self, title: str, start: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move item"))
        self.start = DateTimeField()
        self.start.set_value(start)
        explanation = QLabel(self.tr("New start of “{0}”; it keeps its length.").format(title))
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Starts"), self.start)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
