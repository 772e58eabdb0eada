"""The small forms of the accommodation and transport tabs: a place to stay, a room, a
transport leg. Save calls the given function; a refusal is shown under its field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.domain.enums import AccommodationKind
from exchangedesk.domain.errors import ExchangeDeskError, ValidationError
from exchangedesk.services.delegations.lodging import AccommodationFields, RoomFields
from exchangedesk.services.delegations.transport import LegFields
from exchangedesk.ui.delegations.itinerary.item_dialog import DateTimeField, zone_names
from exchangedesk.ui.dialogs.record_fields import FieldMessages, error_colour
from exchangedesk.ui.formatting import enum_text


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class FormDialog(QDialog):
    """A form whose Save calls ``save``; a refusal is shown under its field."""

    def __init__(self, title: str, save: Callable[[Any], Any], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.messages = FieldMessages()
        self.form = QFormLayout()
        self.general = QLabel()
        self.general.setWordWrap(True)
        self.general.setStyleSheet(f"color: {error_colour()};")
        self.general.hide()

    def finish(self) -> None:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)

    def fields(self) -> Any:
        raise NotImplementedError

    def accept(self) -> None:
        self.messages.clear()
        self.general.hide()
        try:
            self._save(self.fields())
        except ValidationError as exc:
            if self.messages.knows(exc.field):
                self.messages.show(exc.field, exc.message)
            else:
                self.general.setText(exc.message)
                self.general.show()
            return
        except ExchangeDeskError as exc:
            self.general.setText(str(exc))
            self.general.show()
            return
        super().accept()


class AccommodationDialog(FormDialog):
    def __init__(
        self,
        save: Callable[[AccommodationFields], Any],
        start: AccommodationFields,
        parent: QWidget | None,
    ) -> None:
        super().__init__(self.tr("Accommodation"), save, parent)
        self.kind = QComboBox()
        for kind in AccommodationKind:
            self.kind.addItem(enum_text(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(start.kind))
        self.name = QLineEdit(start.name)
        self.name.setPlaceholderText(self.tr("e.g. Hotel Adlon, or the Bennett family"))
        self.address = QPlainTextEdit(start.address or "")
        self.address.setFixedHeight(52)
        self.phone = QLineEdit(start.phone or "")
        self.check_in = QDateEdit(_qdate(start.check_in_on))
        self.check_out = QDateEdit(_qdate(start.check_out_on))
        for edit in (self.check_in, self.check_out):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd d MMM yyyy")
        m = self.messages
        self.form.addRow(self.tr("Kind"), m.wrap("kind", self.kind))
        self.form.addRow(self.tr("Name"), m.wrap("name", self.name))
        self.form.addRow(self.tr("Address"), m.wrap("address", self.address))
        self.form.addRow(self.tr("Phone"), m.wrap("phone", self.phone))
        self.form.addRow(self.tr("Check-in"), m.wrap("check_in_on", self.check_in))
        self.form.addRow(self.tr("Check-out"), m.wrap("check_out_on", self.check_out))
        self.finish()

    def fields(self) -> AccommodationFields:
        return AccommodationFields(
            self.name.text(),
            _date(self.check_in.date()),
            _date(self.check_out.date()),
            AccommodationKind(self.kind.currentData()),
            self.address.toPlainText(),
            self.phone.text(),
        )


class RoomDialog(FormDialog):
    def __init__(
        self,
        save: Callable[[RoomFields], Any],
        start: RoomFields,
        members: list[tuple[int, str]],
        parent: QWidget | None,
    ) -> None:
        super().__init__(self.tr("Room"), save, parent)
        self.label = QLineEdit(start.label)
        self.label.setPlaceholderText(self.tr("e.g. 203, or Guest room"))
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 50)
        self.capacity.setValue(start.capacity)
        self.capacity.setSuffix(self.tr(" bed(s)"))
        self.occupants = QListWidget()
        for person_id, name in members:
            entry = QListWidgetItem(name)
            entry.setData(Qt.ItemDataRole.UserRole, person_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if person_id in start.occupants else Qt.CheckState.Unchecked
            )
            self.occupants.addItem(entry)
        m = self.messages
        self.form.addRow(self.tr("Room"), m.wrap("label", self.label))
        self.form.addRow(self.tr("Beds"), m.wrap("capacity", self.capacity))
        self.form.addRow(self.tr("Who sleeps here"), m.wrap("occupants", self.occupants))
        self.finish()

    def fields(self) -> RoomFields:
        chosen = tuple(
            self.occupants.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.occupants.count())
            if self.occupants.item(r).checkState() == Qt.CheckState.Checked
        )
        return RoomFields(self.label.text(), self.capacity.value(), chosen)


def _zone_box(current: str) -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItems(zone_names())
    box.setCurrentText(current)
    return box


class LegDialog(FormDialog):
    def __init__(
        self, save: Callable[[LegFields], Any], start: LegFields, parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Transport leg"), save, parent)
        self.from_place = QLineEdit(start.from_place)
        self.from_place.setPlaceholderText(self.tr("e.g. Volgograd airport (VOG)"))
        self.departs = DateTimeField()
        self.departs.set_value(start.departs)
        self.departure_zone = _zone_box(start.departure_timezone)
        self.to_place = QLineEdit(start.to_place)
        self.arrives = DateTimeField()
        self.arrives.set_value(start.arrives)
        self.arrival_zone = _zone_box(start.arrival_timezone)
        self.carrier = QLineEdit(start.carrier or "")
        self.number = QLineEdit(start.number or "")
        self.number.setPlaceholderText(self.tr("Flight or train number"))
        self.seats = QSpinBox()
        self.seats.setRange(0, 999)
        self.seats.setSpecialValueText(self.tr("not known"))
        self.seats.setValue(start.seats or 0)
        self.booking = QLineEdit(start.booking_reference or "")
        m = self.messages
        self.form.addRow(self.tr("From"), m.wrap("from_place", self.from_place))
        self.form.addRow(self.tr("Leaves (local)"), m.wrap("departs", self.departs))
        self.form.addRow(self.tr("Zone there"), m.wrap("departure_timezone", self.departure_zone))
        self.form.addRow(self.tr("To"), m.wrap("to_place", self.to_place))
        self.form.addRow(self.tr("Arrives (local)"), m.wrap("arrives", self.arrives))
        self.form.addRow(self.tr("Zone there"), m.wrap("arrival_timezone", self.arrival_zone))
        self.form.addRow(self.tr("Carrier"), m.wrap("carrier", self.carrier))
        self.form.addRow(self.tr("Number"), m.wrap("number", self.number))
        self.form.addRow(self.tr("Seats booked"), m.wrap("seats", self.seats))
        self.form.addRow(self.tr("Booking reference"), m.wrap("booking_reference", self.booking))
        self.finish()

    def fields(self) -> LegFields:
        return LegFields(
            self.from_place.text(),
            self.to_place.text(),
            self.departs.value(),
            self.departure_zone.currentText().strip(),
            self.arrives.value(),
            self.arrival_zone.currentText().strip(),
            self.carrier.text(),
            self.number.text(),
            self.seats.value() or None,
            self.booking.text(),
        )
