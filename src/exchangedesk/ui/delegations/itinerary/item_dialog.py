"""The dialog for one programme item: when (local date and time in the zone where it
happens), what, where, who attends, who hosts. A refused save keeps the dialog open with the
message under the field concerned."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import ItineraryKind
from exchangedesk.domain.errors import ExchangeDeskError, ValidationError
from exchangedesk.services.delegations.itinerary import (
    ItemFields,
    ItineraryContext,
    ItineraryItemRow,
)
from exchangedesk.services.delegations.local_time import is_ambiguous
from exchangedesk.services.people.lists import find_people
from exchangedesk.ui.dialogs.record_fields import Choice, FieldMessages, LookupField, error_colour
from exchangedesk.ui.formatting import enum_text

_ZONES: list[str] | None = None


def zone_names() -> list[str]:
    """Every IANA zone with a region (not the legacy aliases), sorted; read once."""
    global _ZONES
    if _ZONES is None:
        _ZONES = sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/"))
    return _ZONES


class DateTimeField(QWidget):
    """A local date and a time of day, side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd d MMM yyyy")
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date, 3)
        layout.addWidget(self.time, 2)
        self.setFocusProxy(self.date)  # the label's Alt+letter lands on the date

    def value(self) -> dt.datetime:
        day, time = self.date.date(), self.time.time()
        return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())

    def set_value(self, moment: dt.datetime) -> None:
        self.date.setDate(QDate(moment.year, moment.month, moment.day))
        self.time.setTime(QTime(moment.hour, moment.minute))


class ItemDialog(QDialog):
    """Add or edit an item; ``save`` is called with the fields and may raise a refusal."""

    def __init__(
        self,
        database: Database,
        context: ItineraryContext,
        save: Callable[[ItemFields], Any],
        *,
        item: ItineraryItemRow | None = None,
        day: dt.date | None = None,
        start: dt.time = dt.time(10, 0),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._context = context
        self.setWindowTitle(
            self.tr("Edit programme item") if item else self.tr("New programme item")
        )
        self.messages = FieldMessages()
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Reception at the Town Hall"))
        self.kind = QComboBox()
        for kind in ItineraryKind:
            self.kind.addItem(enum_text(kind), kind)
        self.start = DateTimeField()
        self.end = DateTimeField()
        self.second = QCheckBox(self.tr("The second time (after the clocks go back)"))
        self.second.hide()
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone.addItem(context.host_zone)
        for name in zone_names():
            if name != context.host_zone:
                self.zone.addItem(name)
        self.venue = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(52)
        self.address.setTabChangesFocus(True)
        self.all_members = QCheckBox(self.tr("All members"))
        self.attendees = QListWidget()
        self.attendees.setMinimumHeight(110)
        for member in context.members:
            entry = QListWidgetItem(member.name)
            entry.setData(Qt.ItemDataRole.UserRole, member.person_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.attendees.addItem(entry)
        self.all_members.toggled.connect(lambda on: self.attendees.setEnabled(not on))
        self.host = LookupField(
            lambda text: [Choice(p.id, p.label) for p in find_people(database, text)],
            self.tr("Type part of the host's name"),
        )
        self.interpreter = QCheckBox(self.tr("Interpreter needed"))
        self.dress_code = QLineEdit()
        self.dress_code.setPlaceholderText(self.tr("e.g. Business attire"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(64)
        self.notes.setTabChangesFocus(True)
        self.general = QLabel()
        self.general.setWordWrap(True)
        self.general.setStyleSheet(f"color: {error_colour()};")
        self.general.hide()
        self._build()
        self._fill(item, day or context.arrival_on, start)
        for field in (self.start.date, self.start.time):
            field.editingFinished.connect(self._start_changed)
        self.start.time.timeChanged.connect(lambda _t: self._check_fold())
        self.zone.currentTextChanged.connect(lambda _t: self._check_fold())
        self._check_fold()

    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("&Title"), "title", self.title)
        self._row(form, self.tr("&Kind"), "kind", self.kind)
        self._row(form, self.tr("&Starts"), "start", self.start)
        form.addRow("", self.second)
        self._row(form, self.tr("&Ends"), "end", self.end)
        self._row(form, self.tr("Time &zone"), "timezone", self.zone)
        self._row(form, self.tr("&Venue"), "venue", self.venue)
        self._row(form, self.tr("&Address"), "address", self.address)
        who = QWidget()
        who_layout = QVBoxLayout(who)
        who_layout.setContentsMargins(0, 0, 0, 0)
        who_layout.addWidget(self.all_members)
        who_layout.addWidget(self.attendees)
        self._row(form, self.tr("Attendees"), "attendees", who, buddy=self.all_members)
        self._row(form, self.tr("&Host"), "host", self.host)
        form.addRow("", self.interpreter)
        self._row(form, self.tr("&Dress code"), "dress_code", self.dress_code)
        self._row(form, self.tr("&Notes"), "notes", self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _row(
        self,
        form: QFormLayout,
        text: str,
        field: str,
        widget: QWidget,
        buddy: QWidget | None = None,
    ) -> None:
        """A form row whose label's underlined letter (Alt+letter) moves to the field itself:
        the form's own label would point at the box holding the field and its message."""
        name = QLabel(text)
        target = buddy or widget
        # QLabel only focuses a buddy that takes focus itself, not one with a focus proxy.
        name.setBuddy(target.focusProxy() or target)
        form.addRow(name, self.messages.wrap(field, widget))

    def _fill(self, item: ItineraryItemRow | None, day: dt.date, start: dt.time) -> None:
        if item is None:
            begin = dt.datetime.combine(day, start)
            self.start.set_value(begin)
            self.end.set_value(begin + dt.timedelta(hours=1))
            self.all_members.setChecked(True)
            self.attendees.setEnabled(False)
            return
        self.title.setText(item.title)
        self.kind.setCurrentIndex(self.kind.findData(item.kind))
        self.start.set_value(item.starts_at)
        self.end.set_value(item.ends_at)
        self.second.setChecked(item.starts_at.fold == 1)
        self.zone.setCurrentText(item.timezone)
        self.venue.setText(item.venue or "")
        self.address.setPlainText(item.address or "")
        self.all_members.setChecked(item.all_attend)
        self.attendees.setEnabled(not item.all_attend)
        for row in range(self.attendees.count()):
            entry = self.attendees.item(row)
            chosen = entry.data(Qt.ItemDataRole.UserRole) in item.attendees
            entry.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.host.set_choice(item.host_person_id, item.host_name)
        self.interpreter.setChecked(item.interpreter_needed)
        self.dress_code.setText(item.dress_code or "")
        self.notes.setPlainText(item.notes or "")

    def _start_changed(self) -> None:
        # Keep the end on the start's day when they were on the same day: the usual case.
        start, end = self.start.value(), self.end.value()
        if end < start:
            self.end.set_value(start + dt.timedelta(hours=1))

    def _check_fold(self) -> None:
        try:
            ambiguous = is_ambiguous(self.start.value(), self.zone.currentText().strip())
        except ValidationError:
            ambiguous = False
        self.second.setVisible(ambiguous)

    def checked_attendees(self) -> tuple[int, ...]:
        return tuple(
            self.attendees.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.attendees.count())
            if self.attendees.item(r).checkState() == Qt.CheckState.Checked
        )

    def fields(self) -> ItemFields:
        fold = 1 if self.second.isVisible() and self.second.isChecked() else 0
        return ItemFields(
            title=self.title.text(),
            start=self.start.value().replace(fold=fold),
            end=self.end.value(),
            timezone=self.zone.currentText().strip(),
            kind=ItineraryKind(self.kind.currentData()),
            venue=self.venue.text(),
            address=self.address.toPlainText(),
            all_attend=self.all_members.isChecked(),
            attendees=self.checked_attendees(),
            host_person_id=self.host.chosen_id,
            interpreter_needed=self.interpreter.isChecked(),
            dress_code=self.dress_code.text(),
            notes=self.notes.toPlainText(),
        )

    def accept(self) -> None:
        self.messages.clear()
        self.general.hide()
        if self.host.unresolved:
            self.messages.show("host", self.tr("Pick the host from the list, or clear the field."))
            return
        try:
            self._save(self.fields())
        except ValidationError as exc:
            if self.messages.knows(exc.field):
                self.messages.show(exc.field, exc.message)
                widget = self.messages.widget(exc.field)
                if widget is not None:
                    widget.setFocus()
            else:
                self.general.setText(exc.message)
                self.general.show()
            return
        except ExchangeDeskError as exc:
            self.general.setText(str(exc))
            self.general.show()
            return
        super().accept()
