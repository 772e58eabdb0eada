"""The lines of a shipment as an editable table: item, quantity, unit, unit value, currency,
box or pallet code, weight and expiry, typed as text and checked by the service row by row.

A refused line is coloured and carries its message ("Line 3: quantity — must be more than
zero"), so the secretary sees which row to fix without counting.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from exchangedesk.services.aid.shipments import ShipmentLineFields
from exchangedesk.ui.aid.form import decimal_text, typed_number
from exchangedesk.ui.dialogs.record_fields import parse_date
from exchangedesk.ui.formatting import date_text
from exchangedesk.ui.theme import is_dark

AnyIndex = QModelIndex | QPersistentModelIndex

# (service field, header); the order of the table's columns
FIELDS = (
    ("item", QT_TRANSLATE_NOOP("ShipmentLines", "Item")),
    ("quantity", QT_TRANSLATE_NOOP("ShipmentLines", "Quantity")),
    ("unit", QT_TRANSLATE_NOOP("ShipmentLines", "Unit")),
    ("unit_value", QT_TRANSLATE_NOOP("ShipmentLines", "Unit value")),
    ("currency", QT_TRANSLATE_NOOP("ShipmentLines", "Currency")),
    ("box_code", QT_TRANSLATE_NOOP("ShipmentLines", "Box / pallet")),
    ("weight_kg", QT_TRANSLATE_NOOP("ShipmentLines", "Weight (kg)")),
    ("expires_on", QT_TRANSLATE_NOOP("ShipmentLines", "Expires")),
)
NUMERIC = {"quantity", "unit_value", "weight_kg"}


def _header(name: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ShipmentLines", dict(FIELDS)[name])


def _optional(value: Any) -> Any:
    return None if value == "" else value


class ShipmentLinesModel(QAbstractTableModel):
    """Rows of text, one per line; :meth:`lines` turns them into the service's fields."""

    def __init__(self, currency: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.currency = currency  # what a new line is valued in
        self.editable = True
        self._rows: list[dict[str, str]] = []
        self._messages: dict[int, str] = {}  # row -> message

    # --- content --------------------------------------------------------------------------

    def set_lines(self, lines: Sequence[ShipmentLineFields]) -> None:
        self.beginResetModel()
        self._rows = [
            {
                "item": line.item,
                "quantity": decimal_text(line.quantity),
                "unit": line.unit,
                "unit_value": decimal_text(line.unit_value),
                "currency": line.currency,
                "box_code": line.box_code or "",
                "weight_kg": decimal_text(line.weight_kg),
                "expires_on": date_text(line.expires_on),
            }
            for line in lines
        ]
        self._messages.clear()
        self.endResetModel()

    def add_line(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append({name: "" for name, _ in FIELDS} | {"currency": self.currency})
        self.endInsertRows()
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self._messages = {r - (r > row): m for r, m in self._messages.items() if r != row}
            self.endRemoveRows()

    def lines(self) -> tuple[ShipmentLineFields, ...]:
        """The rows as the service takes them; text the service will judge stays text."""
        return tuple(
            ShipmentLineFields(
                item=row["item"],
                quantity=typed_number(row["quantity"]),
                unit=row["unit"],
                unit_value=typed_number(row["unit_value"]),
                currency=row["currency"],
                box_code=row["box_code"] or None,
                weight_kg=_optional(typed_number(row["weight_kg"])),
                expires_on=parse_date(row["expires_on"]) if row["expires_on"].strip() else None,
            )
            for row in self._rows
        )

    def unreadable_dates(self) -> list[int]:
        """Rows whose expiry text is not a date (the service would only see "no date")."""
        return [
            index
            for index, row in enumerate(self._rows)
            if row["expires_on"].strip() and parse_date(row["expires_on"]) is None
        ]

    # --- row messages ---------------------------------------------------------------------

    def set_message(self, row: int, message: str) -> None:
        self._messages[row] = message
        self._changed_row(row)

    def clear_messages(self) -> None:
        rows = list(self._messages)
        self._messages.clear()
        for row in rows:
            self._changed_row(row)

    def message(self, row: int) -> str:
        return self._messages.get(row, "")

    def _changed_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(FIELDS) - 1))

    # --- Qt -------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(FIELDS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name = FIELDS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][name]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._messages.get(index.row()) or None
        if role == Qt.ItemDataRole.BackgroundRole and index.row() in self._messages:
            return QBrush(QColor("#5c2b29" if is_dark() else "#fbe4e2"))
        if role == Qt.ItemDataRole.TextAlignmentRole and name in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.editable:
            return False
        if not 0 <= index.row() < len(self._rows):
            return False
        name = FIELDS[index.column()][0]
        text = str(value) if value is not None else ""
        if name == "currency":
            text = text.strip().upper()
        self._rows[index.row()][name] = text
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(FIELDS):
            return _header(FIELDS[section][0])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)  # "Line 3" in a message is the third row here
        return None
