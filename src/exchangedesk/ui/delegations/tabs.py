"""The Overview, Members and Budget tabs of a delegation's detail view. They show a
:class:`DelegationDetail` and ask for edits by signals; the pane opens the dialogs."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.domain.enums import DelegationStatus
from exchangedesk.services.delegations.budget import totals
from exchangedesk.services.delegations.detail import DelegationDetail, MemberRow
from exchangedesk.services.delegations.status import TRANSITIONS
from exchangedesk.ui.formatting import date_text, enum_text, money_text, period_text
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.models import ROW_ROLE, Column, RowsTableModel
from exchangedesk.ui.theme import icon
from exchangedesk.ui.widgets.flow_layout import FlowLayout, flow_row
from exchangedesk.ui.widgets.focus import FocusRingButton
from exchangedesk.ui.widgets.tables import make_table

S = DelegationStatus


def _row_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


# What each workflow button does: the status it moves to, its words and icon.
WORKFLOW = (
    (
        "plan",
        S.PLANNED,
        QT_TRANSLATE_NOOP("Delegations", "Mark planned"),
        "mdi6.clipboard-text-outline",
    ),
    ("approve", S.APPROVED, QT_TRANSLATE_NOOP("Delegations", "Approve…"), "mdi6.stamper"),
    (
        "confirm",
        S.CONFIRMED,
        QT_TRANSLATE_NOOP("Delegations", "Confirm"),
        "mdi6.check-decagram-outline",
    ),
    ("start", S.UNDER_WAY, QT_TRANSLATE_NOOP("Delegations", "Start"), "mdi6.airplane-takeoff"),
    ("complete", S.COMPLETED, QT_TRANSLATE_NOOP("Delegations", "Complete"), "mdi6.flag-checkered"),
    ("cancel", S.CANCELLED, QT_TRANSLATE_NOOP("Delegations", "Cancel visit"), "mdi6.cancel"),
)


class OverviewTab(QWidget):
    status_requested = Signal(object)  # the DelegationStatus to move to ("approve" opens a dialog)
    reopen_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = {
            name: _row_label()
            for name in ("partnership", "direction", "dates", "status", "head", "purpose", "notes")
        }
        form = QFormLayout()
        self.captions: dict[str, str] = {}
        for name, caption in (
            ("partnership", translate("Delegations", "Partnership")),
            ("direction", translate("Delegations", "Direction")),
            ("dates", translate("Delegations", "Dates")),
            ("status", translate("Delegations", "Status")),
            ("head", translate("Delegations", "Head of delegation")),
            ("purpose", translate("Delegations", "Purpose")),
            ("notes", translate("Delegations", "Notes")),
        ):
            form.addRow(caption, self.fields[name])
            self.captions[name] = caption
        self.buttons: dict[str, QPushButton] = {}
        grid = FlowLayout()  # wraps in a narrow pane: six steps in Russian are 700 px
        for key, target, text, glyph in WORKFLOW:
            button = FocusRingButton(icon(glyph), translate("Delegations", text))
            button.clicked.connect(lambda _c=False, t=target: self.status_requested.emit(t))
            self.buttons[key] = button
            grid.addWidget(button)
        self.reopen_button = FocusRingButton(
            icon("mdi6.lock-open-variant-outline"), self.tr("Reopen…")
        )
        self.reopen_button.clicked.connect(self.reopen_requested)
        grid.addWidget(self.reopen_button)
        self.buttons["reopen"] = self.reopen_button
        self.next_step = QLabel()
        self.next_step.setWordWrap(True)
        self.next_step.setEnabled(False)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addWidget(self.next_step)
        heading = QLabel(self.tr("<b>Decisions and status history</b>"))
        heading.setContentsMargins(0, 10, 0, 2)
        layout.addWidget(heading)
        layout.addWidget(self.history)
        layout.addStretch(1)

    def show_detail(self, detail: DelegationDetail, blocking: int, read_only_db: bool) -> None:
        head = detail.head
        values = {
            "partnership": detail.cities,
            "direction": enum_text(detail.direction),
            "dates": period_text(detail.arrival_on, detail.departure_on),
            "status": enum_text(detail.status),
            "head": head.name if head is not None else translate("Delegations", "— nobody yet —"),
            "purpose": detail.purpose or "",
            "notes": detail.notes or "",
        }
        for name, text in values.items():
            self.fields[name].setText(text)
        allowed = TRANSITIONS[detail.status]
        for key, target, _text, _glyph in WORKFLOW:
            button = self.buttons[key]
            # Only the forward steps and Cancel are buttons; stepping back is Undo's job.
            button.setVisible(target in allowed and not self._backwards(detail.status, target))
            button.setEnabled(not read_only_db)
            button.setToolTip("")
        confirm = self.buttons["confirm"]
        if blocking:
            confirm.setEnabled(False)
            confirm.setToolTip(
                self.tr("{0} must be resolved or accepted first (Conflicts tab).").format(
                    self.tr("%Ln conflicts", "", blocking)
                )
            )
        self.reopen_button.setVisible(not detail.editable)
        self.reopen_button.setEnabled(not read_only_db)
        self.next_step.setText(self._next_step(detail.status, blocking))
        self.history.setText(self._history(detail))

    def _next_step(self, status: DelegationStatus, blocking: int) -> str:
        if status is S.IDEA:
            return self.tr("Mark it planned once the dates and the group are agreed.")
        if status is S.PLANNED:
            return self.tr("Approve… records who approved the visit (council, mayor) and when.")
        if status is S.APPROVED and blocking:
            return self.tr("Confirm is possible once the conflicts are resolved or accepted.")
        if status is S.APPROVED:
            return self.tr("Confirm tells everyone the visit goes ahead as planned.")
        if status in (S.COMPLETED, S.CANCELLED):
            return self.tr("Closed: Reopen… (with a reason) to change anything.")
        return ""

    def shown_values(self) -> dict[str, str]:
        return {
            self.captions[name]: label.text() for name, label in self.fields.items() if label.text()
        }

    @staticmethod
    def _backwards(current: DelegationStatus, target: DelegationStatus) -> bool:
        order = list(S)
        return target is not S.CANCELLED and order.index(target) < order.index(current)

    def _history(self, detail: DelegationDetail) -> str:
        lines = []
        for approval in detail.approvals:
            note = f" — {html.escape(approval.note)}" if approval.note else ""
            lines.append(
                f"{date_text(approval.decided_on)}: <b>{enum_text(approval.decision)}</b> "
                f"{self.tr('by')} {html.escape(approval.decided_by)}{note}"
            )
        for event in detail.history:
            lines.append(
                f"{date_text(event.at.date())}: {html.escape(event.summary)} "
                f"<span style='color: gray'>({html.escape(event.actor)})</span>"
            )
        return "<br>".join(lines) or self.tr("No decision recorded yet.")


def member_columns() -> list[Column]:
    def dates(m: MemberRow) -> str:
        if m.arrival_on is None and m.departure_on is None:
            return translate("Delegations", "with the delegation")
        return (
            period_text(m.arrival_on, m.departure_on)
            if m.arrival_on and m.departure_on
            else (
                translate("Delegations", "from {0}").format(date_text(m.arrival_on))
                if m.arrival_on
                else translate("Delegations", "until {0}").format(date_text(m.departure_on))
            )
        )

    def name(m: MemberRow) -> str:
        return f"{m.name} ({m.native_name})" if m.native_name else m.name

    return [
        Column(translate("Delegations", "Name"), name, width=30, stretch=True),
        Column(
            translate("Delegations", "Role"),
            lambda m: ("★ " if m.is_head else "") + enum_text(m.role),
            width=13,
        ),
        Column(translate("Delegations", "Stay"), dates, width=18),
        Column(
            translate("Delegations", "Needs"),
            lambda m: (m.needs or "").replace("\n", " "),
            width=22,
        ),
    ]


class MembersTab(QWidget):
    add_requested = Signal()
    edit_requested = Signal(object)  # MemberRow
    head_requested = Signal(object)
    remove_requested = Signal(object)
    export_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsTableModel(member_columns(), self)
        self.table = make_table(self.model, self.model.columns)
        self.table.doubleClicked.connect(lambda _i: self._emit(self.edit_requested))
        self.add_button = FocusRingButton(icon("mdi6.account-plus-outline"), self.tr("Add member…"))
        self.edit_button = FocusRingButton(icon("mdi6.pencil-outline"), self.tr("Change…"))
        self.head_button = FocusRingButton(icon("mdi6.star-outline"), self.tr("Make head"))
        self.remove_button = FocusRingButton(icon("mdi6.account-remove-outline"), self.tr("Remove"))
        self.export_button = FocusRingButton(
            icon("mdi6.calendar-export"), self.tr("Their calendar…")
        )
        self.export_button.setToolTip(self.tr("Export this member's programme as an .ics file"))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.head_button.clicked.connect(lambda: self._emit(self.head_requested))
        self.remove_button.clicked.connect(lambda: self._emit(self.remove_requested))
        self.export_button.clicked.connect(lambda: self._emit(self.export_requested))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.summary = QLabel()
        buttons = flow_row(
            self.add_button,
            self.edit_button,
            self.head_button,
            self.remove_button,
            right=(self.export_button,),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._editable = True

    def selected(self) -> MemberRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select_person(self, person_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).person_id == person_id:
                self.table.selectRow(row)

    def _emit(self, signal: Signal) -> None:
        member = self.selected()
        if member is not None:
            signal.emit(member)

    def show_detail(self, detail: DelegationDetail, editable: bool) -> None:
        chosen = self.selected()
        self.model.set_rows(detail.members)
        if chosen is not None:
            self.select_person(chosen.person_id)
        self._editable = editable
        count = len(detail.members)
        self.summary.setText(
            self.tr("%Ln members", "", count)
            if count
            else self.tr("Nobody yet: add people from the register or new ones.")
        )
        self._update()

    def _update(self) -> None:
        member = self.selected()
        self.add_button.setEnabled(self._editable)
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(self._editable and member is not None)
        self.head_button.setEnabled(self._editable and member is not None and not member.is_head)
        self.export_button.setEnabled(member is not None)


def budget_columns() -> list[Column]:
    return [
        Column(
            translate("Delegations", "What for"), lambda b: b.description, width=30, stretch=True
        ),
        Column(
            translate("Delegations", "Amount"),
            lambda b: money_text(b.amount, b.currency),
            numeric=True,
            width=19,
        ),
    ]


class BudgetTab(QWidget):
    add_requested = Signal()
    edit_requested = Signal(object)  # BudgetLineRow
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsTableModel(budget_columns(), self)
        self.table = make_table(self.model, self.model.columns)
        self.table.doubleClicked.connect(lambda _i: self._emit(self.edit_requested))
        self.total = QLabel()
        self.add_button = FocusRingButton(icon("mdi6.plus"), self.tr("Add line…"))
        self.edit_button = FocusRingButton(icon("mdi6.pencil-outline"), self.tr("Change…"))
        self.remove_button = FocusRingButton(icon("mdi6.delete-outline"), self.tr("Remove"))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.remove_button.clicked.connect(lambda: self._emit(self.remove_requested))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        buttons = flow_row(self.add_button, self.edit_button, self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addLayout(buttons)
        self._editable = True

    def selected(self):  # noqa: ANN201
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _emit(self, signal: Signal) -> None:
        line = self.selected()
        if line is not None:
            signal.emit(line)

    def show_detail(self, detail: DelegationDetail, editable: bool) -> None:
        self.model.set_rows(detail.budget)
        sums = totals(detail.budget)
        self.total.setText(
            self.tr("Total: {0}").format(" + ".join(money_text(m.amount, m.currency) for m in sums))
            if sums
            else self.tr("No budget lines yet.")
        )
        self._editable = editable
        self._update()

    def _update(self) -> None:
        chosen = self.selected() is not None
        self.add_button.setEnabled(self._editable)
        self.edit_button.setEnabled(self._editable and chosen)
        self.remove_button.setEnabled(self._editable and chosen)
