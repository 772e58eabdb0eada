"""The pane beside the delegation list: the visit's heading, a banner when it is read-only,
Edit / Move by / Remove / Export to calendar, and the tabs Overview, Members, Budget, Programme
(the itinerary editor) and Conflicts.

The pane reads one :class:`DelegationDetail` and one conflict report per refresh; the dialogs and
their undoable edits live in :class:`~exchangedesk.ui.delegations.actions.DelegationActions`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.conflicts import ConflictReport
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.services.delegations.conflicts import delegation_conflicts
from exchangedesk.services.delegations.detail import DelegationDetail, delegation_detail
from exchangedesk.ui.delegations.conflicts import ConflictsTab
from exchangedesk.ui.delegations.tabs import BudgetTab, MembersTab, OverviewTab
from exchangedesk.ui.formatting import date_text, enum_text, period_text
from exchangedesk.ui.theme import icon, is_dark
from exchangedesk.ui.widgets.flow_layout import flow_row
from exchangedesk.ui.widgets.focus import FocusRingButton


class DelegationDetailPane(QWidget):
    edit_requested = Signal()
    move_requested = Signal()
    delete_requested = Signal()
    export_requested = Signal()
    itinerary_changed = Signal()

    def __init__(self, database: Database, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.today: dt.date | None = None  # tests fix the day
        self.detail: DelegationDetail | None = None
        self.report: ConflictReport | None = None
        self.undo_stack = None  # set by the page; the itinerary editor pushes on it
        self.itinerary = None  # the ItineraryEditor of the delegation shown, made on demand
        self.prompt = QLabel(prompt)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setWordWrap(True)  # one line of it asked for 360 px in German
        self.prompt.setEnabled(False)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setObjectName("read-only-banner")
        self.banner.setWordWrap(True)
        self.banner.setContentsMargins(8, 6, 8, 6)
        self.banner.hide()

        self.edit_button = FocusRingButton(icon("mdi6.pencil-outline"), self.tr("Edit…"))
        self.move_button = FocusRingButton(icon("mdi6.calendar-arrow-right"), self.tr("Move by…"))
        self.delete_button = FocusRingButton(icon("mdi6.delete-outline"), self.tr("Remove…"))
        self.export_button = QPushButton(
            icon("mdi6.calendar-export"), self.tr("Export to calendar (.ics)…")
        )
        self.edit_button.clicked.connect(self.edit_requested)
        self.move_button.clicked.connect(self.move_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.export_button.clicked.connect(self.export_requested)
        # Wraps onto a second line in a narrow pane rather than widening the window.
        buttons = flow_row(
            self.edit_button, self.move_button, self.delete_button, right=(self.export_button,)
        )

        self.overview = OverviewTab()
        self.members = MembersTab()
        self.budget = BudgetTab()
        self.conflicts = ConflictsTab()
        self.programme_holder = QStackedWidget()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.overview, icon("mdi6.information-outline"), self.tr("Overview"))
        self.tabs.addTab(self.members, icon("mdi6.account-group-outline"), self.tr("Members"))
        self.tabs.addTab(self.budget, icon("mdi6.cash-multiple"), self.tr("Budget"))
        self.tabs.addTab(self.programme_holder, icon("mdi6.calendar-clock"), self.tr("Programme"))
        self.tabs.addTab(self.conflicts, icon("mdi6.alert-outline"), self.tr("Conflicts"))
        self.tabs.currentChanged.connect(lambda _i: self._ensure_programme())

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(12, 8, 12, 8)
        body.addWidget(self.heading)
        body.addWidget(self.subheading)
        body.addWidget(self.banner)
        body.addLayout(buttons)
        body.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.prompt)
        self.stack.addWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._read_only_db = database.read_only

    # --- showing ---------------------------------------------------------------------------

    @property
    def delegation_id(self) -> int | None:
        return self.detail.id if self.detail is not None else None

    def show_row(self, row: object) -> None:
        """The generic list page's call: a row shows its delegation; ``None`` (the list was
        reloaded) keeps what is shown, since the page selects it again right after."""
        if row is not None:
            self.show_delegation(getattr(row, "id", None))

    def show_delegation(self, delegation_id: int | None) -> None:
        if delegation_id is None:
            self.detail = None
            self.report = None
            self._drop_programme()
            self.stack.setCurrentWidget(self.prompt)
            return
        try:
            detail = delegation_detail(self.database, delegation_id)
            report = delegation_conflicts(self.database, delegation_id, today=self.today)
        except ExchangeDeskError:  # removed meanwhile (by an undo, or someone else)
            self.show_delegation(None)
            return
        if self.detail is None or self.detail.id != delegation_id:
            self._drop_programme()
        self.detail, self.report = detail, report
        self._fill()
        self._ensure_programme()
        self.stack.setCurrentWidget(self.body)

    def refresh(self) -> None:
        self.show_delegation(self.delegation_id)
        if self.itinerary is not None:
            self.itinerary.refresh()

    def refresh_conflicts(self) -> None:
        """The programme changed: the conflicts (and whether Confirm is possible) with it."""
        if self.detail is None:
            return
        self.report = delegation_conflicts(self.database, self.detail.id, today=self.today)
        self._fill()

    def shown_values(self) -> dict[str, str]:
        """Label → text of the overview on display (for tests and accessibility checks)."""
        if self.detail is None:
            return {}
        shown = self.overview.shown_values()
        shown[self.tr("Arrival")] = date_text(self.detail.arrival_on)
        shown[self.tr("Departure")] = date_text(self.detail.departure_on)
        return shown

    @property
    def blocking(self) -> int:
        return len(self.report.blocking) if self.report is not None else 0

    def _fill(self) -> None:
        detail = self.detail
        assert detail is not None
        editable = detail.editable and not self._read_only_db
        self.heading.setText(detail.title)
        self.subheading.setText(
            self.tr("{0} · {1} · {2} · {3}").format(
                enum_text(detail.direction),
                detail.cities,
                period_text(detail.arrival_on, detail.departure_on),
                enum_text(detail.status),
            )
        )
        if not detail.editable:
            self.banner.setText(self.tr("{0} — reopen to edit").format(enum_text(detail.status)))
            colour = "#5c4a12" if is_dark() else "#fff4ce"
            self.banner.setStyleSheet(f"background: {colour}; border-radius: 4px;")
            self.banner.show()
        else:
            self.banner.hide()
        for button in (self.edit_button, self.move_button, self.delete_button):
            button.setEnabled(editable)
        self.overview.show_detail(detail, self.blocking, self._read_only_db)
        self.members.show_detail(detail, editable)
        self.budget.show_detail(detail, editable)
        self.conflicts.set_report(self.report, read_only=not editable)
        count = self.blocking
        self.tabs.setTabText(
            4, self.tr("Conflicts ({0})").format(count) if count else self.tr("Conflicts")
        )
        self.tabs.setTabIcon(4, icon("mdi6.alert" if count else "mdi6.check-circle-outline"))

    # --- the programme tab: engineer 2's itinerary editor, one per delegation shown ---------

    def _ensure_programme(self) -> None:
        if self.detail is None or self.itinerary is not None or self.undo_stack is None:
            return
        if self.tabs.currentWidget() is not self.programme_holder:
            return  # built when the tab is first shown: it reads the whole programme
        from exchangedesk.ui.delegations.itinerary import ItineraryEditor

        self.itinerary = ItineraryEditor(self.database, self.detail.id, self.undo_stack)
        self.itinerary.changed.connect(self._programme_changed)
        self.programme_holder.addWidget(self.itinerary)
        self.programme_holder.setCurrentWidget(self.itinerary)

    def _programme_changed(self) -> None:
        self.refresh_conflicts()
        self.itinerary_changed.emit()

    def _drop_programme(self) -> None:
        if self.itinerary is not None:
            self.programme_holder.removeWidget(self.itinerary)
            self.itinerary.deleteLater()
            self.itinerary = None

    def refresh_icons(self) -> None:
        self.conflicts.refresh_icons()
