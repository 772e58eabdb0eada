"""The Schedule tab of an exchange programme: its items by day in the local time of the place,
with Add…, Edit… and Delete. Every change is one command on the window's undo stack; a refused
save keeps the dialog open with the message under the field concerned."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import ItineraryKind
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.services.exchanges import schedule as ps
from exchangedesk.ui.delegations.itinerary.forms import FormDialog
from exchangedesk.ui.delegations.itinerary.item_dialog import DateTimeField, zone_names
from exchangedesk.ui.dialogs import open_dialog
from exchangedesk.ui.formatting import date_text, enum_text
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.models import ROW_ROLE, Column, RowsTableModel
from exchangedesk.ui.theme import icon
from exchangedesk.ui.undo import push_edit
from exchangedesk.ui.widgets.flow_layout import flow_row
from exchangedesk.ui.widgets.tables import make_table


def time_text(row: ps.ProgrammeItemRow) -> str:
    """ "10:00–12:00 (Volgograd)": the zone by its city, which is how the committee says it;
    the end's date too when the item runs past midnight."""
    end = f"{row.ends_at:%H:%M}"
    if row.ends_at.date() != row.starts_at.date():
        end = f"{date_text(row.ends_at.date())} {end}"
    place = row.timezone.rsplit("/", 1)[-1].replace("_", " ")
    return f"{row.starts_at:%H:%M}–{end} ({place})"


def schedule_columns(people: Callable[[], int]) -> list[Column]:
    def attendees(row: ps.ProgrammeItemRow) -> str:
        return (
            translate("Exchanges", "everyone ({0})").format(people())
            if row.all_attend
            else str(len(row.attendees))
        )

    return [
        Column(
            translate("Exchanges", "Day"),
            lambda r: f"{r.starts_at:%a} {date_text(r.starts_at.date())}",
            width=14,
        ),
        Column(translate("Exchanges", "Time (local)"), time_text, width=22),
        Column(translate("Exchanges", "Item"), lambda r: r.title, width=24, stretch=True),
        Column(translate("Exchanges", "Kind"), lambda r: enum_text(r.kind), width=9),
        Column(translate("Exchanges", "Venue"), lambda r: r.venue or "", width=18),
        Column(translate("Exchanges", "Attendees"), attendees, width=12),
    ]


class ProgrammeItemDialog(FormDialog):
    """One item of the programme: what, when in the local time of the place, where, who."""

    def __init__(
        self,
        save: Callable[[ps.ProgrammeItemFields], Any],
        start: ps.ProgrammeItemFields,
        people: tuple[ps.SchedulePerson, ...],
        parent: QWidget | None,
    ) -> None:
        super().__init__(translate("Exchanges", "Programme item"), save, parent)
        self.title = QLineEdit(start.title)
        self.title.setPlaceholderText(self.tr("e.g. Russian lesson, Visit to the tractor plant"))
        self.kind = QComboBox()
        for kind in ItineraryKind:
            self.kind.addItem(enum_text(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(start.kind))
        self.start = DateTimeField()
        self.start.set_value(start.start)
        self.end = DateTimeField()
        self.end.set_value(start.end)
        # Moving the start moves the end with it, keeping the length the item had.
        self._length = start.end - start.start
        self.start.date.dateChanged.connect(self._start_moved)
        self.start.time.timeChanged.connect(self._start_moved)
        self.end.date.dateChanged.connect(self._end_moved)
        self.end.time.timeChanged.connect(self._end_moved)
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone.addItems(zone_names())
        self.zone.setCurrentText(start.timezone)
        self.venue = QLineEdit(start.venue or "")
        self.address = QPlainTextEdit(start.address or "")
        self.address.setFixedHeight(48)
        self.everyone = QCheckBox(self.tr("Everyone (participants and group leaders)"))
        self.everyone.setChecked(start.all_attend)
        self.attendees = QListWidget()
        self.attendees.setMaximumHeight(130)
        for person in people:
            text = person.name + (self.tr(" (leader)") if person.leader else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = person.person_id in start.attendees
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.attendees.addItem(item)
        self.everyone.toggled.connect(lambda on: self.attendees.setEnabled(not on))
        self.attendees.setEnabled(not start.all_attend)
        self.notes = QPlainTextEdit(start.notes or "")
        self.notes.setFixedHeight(48)
        m = self.messages
        self.form.addRow(self.tr("Item"), m.wrap("title", self.title))
        self.form.addRow(self.tr("Kind"), m.wrap("kind", self.kind))
        self.form.addRow(self.tr("Starts (local)"), m.wrap("start", self.start))
        self.form.addRow(self.tr("Ends (local)"), m.wrap("end", self.end))
        self.form.addRow(self.tr("Time zone"), m.wrap("timezone", self.zone))
        self.form.addRow(self.tr("Venue"), m.wrap("venue", self.venue))
        self.form.addRow(self.tr("Address"), m.wrap("address", self.address))
        self.form.addRow(self.tr("Who attends"), self.everyone)
        self.form.addRow("", m.wrap("attendees", self.attendees))
        self.form.addRow(self.tr("Notes"), m.wrap("notes", self.notes))
        self.setMinimumWidth(480)
        self.finish()

    def _start_moved(self) -> None:
        if self._length >= dt.timedelta(0):
            self.end.set_value(self.start.value() + self._length)

    def _end_moved(self) -> None:
        self._length = self.end.value() - self.start.value()

    def fields(self) -> ps.ProgrammeItemFields:
        chosen = tuple(
            int(self.attendees.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.attendees.count())
            if self.attendees.item(r).checkState() == Qt.CheckState.Checked
        )
        return ps.ProgrammeItemFields(
            title=self.title.text(),
            start=self.start.value(),
            end=self.end.value(),
            timezone=self.zone.currentText().strip(),
            kind=ItineraryKind(self.kind.currentData()),  # Qt hands back the str
            venue=self.venue.text(),
            address=self.address.toPlainText(),
            all_attend=self.everyone.isChecked(),
            attendees=chosen,
            notes=self.notes.toPlainText(),
        )


class ScheduleTab(QWidget):
    changed = Signal()  # an item was saved, removed, undone or redone

    def __init__(
        self, database: Database, stack: Callable[[], QUndoStack], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self._stack = stack  # the window's stack, known only once the page has it
        self.context: ps.ScheduleContext | None = None
        self.dialog: ProgrammeItemDialog | None = None  # the one open now (tests reach it)
        self.warn: Callable[[str, str], object] = lambda title, text: QMessageBox.warning(
            self, title, text
        )
        self.model = RowsTableModel(schedule_columns(self._people), self)
        self.table = make_table(self.model, schedule_columns(self._people))
        self.table.doubleClicked.connect(lambda _i: self.edit_item())
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(icon("mdi6.calendar-plus"), self.tr("Add…"))
        self.edit_button = QPushButton(icon("mdi6.pencil-outline"), self.tr("Edit…"))
        self.delete_button = QPushButton(icon("mdi6.delete-outline"), self.tr("Delete"))
        self.add_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.delete_button.clicked.connect(self.delete_item)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        row = flow_row(self.add_button, self.edit_button, self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self._update_buttons()

    def _people(self) -> int:
        return len(self.context.people) if self.context else 0

    # --- showing -------------------------------------------------------------------------

    def show_programme(self, programme_id: int | None) -> None:
        self.context = (
            None if programme_id is None else ps.schedule_context(self.database, programme_id)
        )
        self.reload()

    def reload(self) -> None:
        c = self.context
        self.model.set_rows(ps.programme_items(self.database, c.programme_id) if c else [])
        if c is not None:
            self.hint.setText(
                self.tr("Times are local to where each item happens; new items start in {0}.")
                .format(c.host_zone)
            )  # fmt: skip
        self._update_buttons()

    def selected(self) -> ps.ProgrammeItemRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _update_buttons(self) -> None:
        writable = self.context is not None and not self.database.read_only
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and self.selected() is not None)
        self.delete_button.setEnabled(writable and self.selected() is not None)

    def _after(self) -> None:
        self.reload()
        self.changed.emit()

    def _push(self, text: str, apply: Callable[[], Any], revert: Callable[[], Any]) -> Any:
        return push_edit(
            self._stack(), text, apply=apply, revert=revert, after=self._after, message_parent=self
        )

    # --- editing -------------------------------------------------------------------------

    def _open(
        self, save: Callable[[ps.ProgrammeItemFields], Any], start: ps.ProgrammeItemFields
    ) -> None:
        assert self.context is not None
        dialog = self.dialog = ProgrammeItemDialog(save, start, self.context.people, self)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        open_dialog(dialog)

    def add_item(self) -> None:
        c = self.context
        if c is None:
            return
        last = self.model.rows()[-1] if self.model.rowCount() else None
        # The day after the last item, or the first day: items are usually added in order.
        day = last.starts_at.date() + dt.timedelta(days=1) if last else c.starts_on
        day = min(max(day, c.starts_on), c.ends_on)
        start = ps.ProgrammeItemFields(
            title="",
            start=dt.datetime.combine(day, dt.time(10)),
            end=dt.datetime.combine(day, dt.time(12)),
            timezone=last.timezone if last else c.host_zone,
        )
        self._open(lambda fields: self.create(c.programme_id, fields), start)

    def edit_item(self) -> None:
        row = self.selected()
        if row is not None and self.context is not None and not self.database.read_only:
            self._open(lambda fields: self.update(row, fields), row.fields())

    def delete_item(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            self.remove(row)
        except ExchangeDeskError as exc:
            self.warn(self.tr("Not deleted"), getattr(exc, "message", str(exc)))
            self.reload()

    # --- the commands (each a service call and its opposite) ------------------------------

    def create(self, programme_id: int, fields: ps.ProgrammeItemFields) -> ps.ProgrammeItemRow:
        state: dict[str, ps.ProgrammeItemRow] = {}

        def apply() -> ps.ProgrammeItemRow:
            state["row"] = ps.create_programme_item(self.database, programme_id, fields)
            return state["row"]

        def revert() -> None:
            row = state["row"]
            ps.delete_programme_item(self.database, row.id, expected_version=row.version)

        return self._push(self.tr("Add “{0}”").format(fields.title.strip()), apply, revert)

    def update(
        self, row: ps.ProgrammeItemRow, fields: ps.ProgrammeItemFields
    ) -> ps.ProgrammeItemRow:
        state = {"version": row.version}
        before = row.fields()

        def save(f: ps.ProgrammeItemFields) -> ps.ProgrammeItemRow:
            saved = ps.update_programme_item(
                self.database, row.id, f, expected_version=state["version"]
            )
            state["version"] = saved.version
            return saved

        return self._push(
            self.tr("Edit “{0}”").format(row.title), lambda: save(fields), lambda: save(before)
        )

    def remove(self, row: ps.ProgrammeItemRow) -> ps.ProgrammeItemRow:
        # A redo deletes the item the undo created again, under its new id.
        state = {"id": row.id, "version": row.version}

        def apply() -> ps.ProgrammeItemRow:
            return ps.delete_programme_item(
                self.database, state["id"], expected_version=state["version"]
            )

        def revert() -> None:
            again = ps.create_programme_item(self.database, row.programme_id, row.fields())
            state.update(id=again.id, version=again.version)

        return self._push(self.tr("Delete “{0}”").format(row.title), apply, revert)
