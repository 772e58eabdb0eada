"""The pane beside the programme list: Overview (with the reciprocal programme, linked both
ways), Participants (consent and age notes), Host families, the Placement board, the Schedule
and its Conflicts, and the Reciprocity ledger of the partnership."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import PlacementStatus
from exchangedesk.services.exchanges.host_families import HostFamilyRow, list_host_families
from exchangedesk.services.exchanges.participants import (
    ConsentState,
    ParticipantRow,
    list_participants,
)
from exchangedesk.services.exchanges.programmes import ProgrammeDetail, get_programme
from exchangedesk.services.exchanges.reciprocity import reciprocity_ledger
from exchangedesk.ui.exchanges.board import PlacementBoardView
from exchangedesk.ui.exchanges.conflicts import ProgrammeConflictsTab
from exchangedesk.ui.exchanges.schedule import ScheduleTab
from exchangedesk.ui.formatting import date_text, enum_text, language_text, period_text
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.models import ROW_ROLE, Column, RowsTableModel
from exchangedesk.ui.theme import icon
from exchangedesk.ui.widgets.flow_layout import FlowLayout, flow_row
from exchangedesk.ui.widgets.tables import make_table

CONSENT_TEXT = {
    ConsentState.NOT_NEEDED: QT_TRANSLATE_NOOP("Exchanges", "not needed (18+)"),
    ConsentState.GIVEN: QT_TRANSLATE_NOOP("Exchanges", "given"),
    ConsentState.INCOMPLETE: QT_TRANSLATE_NOOP("Exchanges", "incomplete"),
    ConsentState.MISSING: QT_TRANSLATE_NOOP("Exchanges", "MISSING"),
    ConsentState.UNKNOWN_AGE: QT_TRANSLATE_NOOP("Exchanges", "date of birth missing"),
}


# The words for the values the matcher reads (stored as written, in English).
GENDER_TEXT = {
    "female": QT_TRANSLATE_NOOP("Exchanges", "Female"),
    "male": QT_TRANSLATE_NOOP("Exchanges", "Male"),
}


def gender_text(value: str | None) -> str:
    """ "Female" in the window's language rather than the stored "female"; anything else as
    it was typed."""
    if not value:
        return ""
    known = GENDER_TEXT.get(value.strip().lower())
    return translate("Exchanges", known) if known else value


def gender_value(text: str) -> str | None:
    """What a word typed or chosen in the editor is stored as: the matcher's own value for a
    known word in any of its spellings, else the text."""
    text = text.strip()
    for value, words in GENDER_TEXT.items():
        if text.lower() in (value, words.lower(), translate("Exchanges", words).lower()):
            return value
    return text or None


def age_text(p: ParticipantRow) -> str:
    if p.age_at_start is None:
        return "?"
    text = str(p.age_at_start)
    if p.age_at_end != p.age_at_start:
        text += f" → {p.age_at_end}"
    if p.turns_adult_on:
        text += translate("Exchanges", " (turns 18 on {0})").format(date_text(p.turns_adult_on))
    return text


def consent_text(p: ParticipantRow) -> str:
    text = translate("Exchanges", CONSENT_TEXT[p.consent])
    if p.consents and p.consent is not ConsentState.NOT_NEEDED:
        last = p.consents[-1]
        text += f" — {last.given_by}, {date_text(last.given_on)}"
    return text


def family_text(p: ParticipantRow) -> str:
    if not p.placed_with:
        return ""
    if p.placement_status is PlacementStatus.CONFIRMED:
        return p.placed_with
    return f"{p.placed_with} ({enum_text(p.placement_status).lower()})"


def participant_columns() -> list[Column]:
    return [
        Column(translate("Exchanges", "Participant"), lambda p: p.name, width=20, stretch=True),
        Column(translate("Exchanges", "Age"), age_text, width=24),
        Column(translate("Exchanges", "Gender"), lambda p: gender_text(p.gender), width=7),
        Column(translate("Exchanges", "School"), lambda p: p.school or "", width=16),
        Column(
            translate("Exchanges", "Languages"),
            lambda p: language_text(",".join(p.languages)),
            width=14,
        ),
        Column(translate("Exchanges", "Consent"), consent_text, width=26),
        Column(
            translate("Exchanges", "Confirmed"),
            lambda p: (
                translate("Exchanges", "yes") if p.confirmed else translate("Exchanges", "no")
            ),
            width=8,
        ),
        Column(translate("Exchanges", "Needs"), lambda p: p.needs_text, width=6),
        Column(translate("Exchanges", "Family"), family_text, width=22),
    ]


def family_columns(starts_on_text: str = "") -> list[Column]:
    def vetting(f: HostFamilyRow) -> str:
        return (
            date_text(f.vetting_valid_until)
            if f.vetting_valid_until
            else translate("Exchanges", "never vetted")
        )

    return [
        Column(translate("Exchanges", "Family"), lambda f: f.name, width=18, stretch=True),
        Column(translate("Exchanges", "Beds"), lambda f: str(f.capacity), numeric=True, width=5),
        Column(
            translate("Exchanges", "Languages"),
            lambda f: language_text(",".join(f.languages)),
            width=14,
        ),
        Column(translate("Exchanges", "Pets"), lambda f: ", ".join(f.pets), width=8),
        Column(
            translate("Exchanges", "Smokers"),
            lambda f: translate("Exchanges", "yes") if f.smokers else "",
            width=7,
        ),
        Column(
            translate("Exchanges", "Manages"), lambda f: ", ".join(f.allergies_managed), width=10
        ),
        Column(translate("Exchanges", "Vetted until"), vetting, width=12),
        Column(translate("Exchanges", "Address"), lambda f: f.address or "", width=16),
    ]


def ledger_columns() -> list[Column]:
    return [
        Column(translate("Exchanges", "Year"), lambda e: str(e.year), width=6),
        Column(translate("Exchanges", "Programme"), lambda e: e.title, width=30, stretch=True),
        Column(translate("Exchanges", "Direction"), lambda e: enum_text(e.direction), width=9),
        Column(
            translate("Exchanges", "Visitors"),
            lambda e: str(len(e.visitors)),
            numeric=True,
            width=7,
        ),
        Column(
            translate("Exchanges", "Hosted by"),
            lambda e: "; ".join(f"{h.family} ({', '.join(h.guests)})" for h in e.hostings),
            width=30,
        ),
    ]


class ProgrammeDetailPane(QWidget):
    edit_requested = Signal()
    link_requested = Signal()
    unlink_requested = Signal()
    open_programme = Signal(int)
    add_participant = Signal()
    edit_participant = Signal(object)
    consent_requested = Signal(object)
    confirm_requested = Signal(object)
    add_family = Signal()
    edit_family = Signal(object)

    def __init__(self, database: Database, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.detail: ProgrammeDetail | None = None
        self.heading = QLabel(prompt)
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._overview(), icon("mdi6.information-outline"), self.tr("Overview"))
        self.participants = RowsTableModel(participant_columns(), self)
        self.participant_table = make_table(self.participants, participant_columns())
        self.participant_table.doubleClicked.connect(
            lambda i: self.edit_participant.emit(i.data(ROW_ROLE))
        )
        buttons = self._buttons(
            (self.tr("Add participant…"), "mdi6.account-plus-outline", self.add_participant.emit),
            (self.tr("Edit…"), "mdi6.pencil-outline", lambda: self._emit(self.edit_participant)),
            (
                self.tr("Record consent…"),
                "mdi6.file-sign",
                lambda: self._emit(self.consent_requested),
            ),
            (
                self.tr("Confirm / unconfirm"),
                "mdi6.account-check-outline",
                lambda: self._emit(self.confirm_requested),
            ),
        )
        self.tabs.addTab(
            self._page(self.participant_table, buttons),
            icon("mdi6.account-group-outline"),
            self.tr("Participants"),
        )
        self.families = RowsTableModel(family_columns(), self)
        self.family_table = make_table(self.families, family_columns())
        self.family_table.doubleClicked.connect(lambda i: self.edit_family.emit(i.data(ROW_ROLE)))
        family_buttons = self._buttons(
            (self.tr("New host family…"), "mdi6.home-plus-outline", self.add_family.emit),
            (self.tr("Edit…"), "mdi6.pencil-outline", self._edit_family),
        )
        self.tabs.addTab(
            self._page(self.family_table, family_buttons),
            icon("mdi6.home-group"),
            self.tr("Host families"),
        )
        self.board = PlacementBoardView(database)
        self.tabs.addTab(
            self.board, icon("mdi6.view-dashboard-outline"), self.tr("Placement board")
        )
        # Both edit on the window's undo stack, which the page hands to the board.
        self.schedule = ScheduleTab(database, lambda: self.board.undo_stack)
        self.tabs.addTab(self.schedule, icon("mdi6.calendar-clock"), self.tr("Schedule"))
        self.conflicts = ProgrammeConflictsTab(database, lambda: self.board.undo_stack)
        self.conflicts_tab = self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.schedule.changed.connect(self.conflicts.reload)
        self.conflicts.counted.connect(self._show_conflict_count)
        self.ledger = RowsTableModel(ledger_columns(), self)
        self.ledger_table = make_table(self.ledger, ledger_columns())
        self.priority = QLabel()
        self.priority.setWordWrap(True)
        self.priority.setTextFormat(Qt.TextFormat.RichText)
        self.tabs.addTab(
            self._page(self.ledger_table, self.priority),
            icon("mdi6.swap-horizontal"),
            self.tr("Reciprocity"),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self._prompt = prompt
        # Nothing selected: the prompt alone, not a greyed skeleton of every tab (issue 16);
        # the heading then takes the pane's height, its text at the top.
        self.heading.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.tabs.setEnabled(False)
        self.tabs.hide()

    # --- building ------------------------------------------------------------------------

    def _overview(self) -> QWidget:
        page = QWidget()
        self.form = QFormLayout(page)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("partnership", self.tr("Partnership")),
            ("direction", self.tr("Direction")),
            ("dates", self.tr("Dates")),
            ("sending", self.tr("Sending institution")),
            ("host", self.tr("Host institution")),
            ("language", self.tr("Language studied")),
            ("status", self.tr("Status")),
            ("families", self.tr("Families")),
            ("leaders", self.tr("Group leaders")),
            ("participants", self.tr("Participants")),
            ("notes", self.tr("Notes")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            self.form.addRow(label, value)
        self.reciprocal = QLabel()
        self.reciprocal.setObjectName("reciprocal-link")
        self.reciprocal.setWordWrap(True)
        self.reciprocal.setTextFormat(Qt.TextFormat.RichText)
        self.reciprocal.linkActivated.connect(lambda href: self.open_programme.emit(int(href)))
        self.form.addRow(self.tr("Reciprocal programme"), self.reciprocal)
        self.edit_button = QPushButton(icon("mdi6.pencil-outline"), self.tr("Edit…"))
        self.link_button = QPushButton(icon("mdi6.link-variant"), self.tr("Link return visit…"))
        self.unlink_button = QPushButton(icon("mdi6.link-variant-off"), self.tr("Unlink"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.link_button.clicked.connect(self.link_requested)
        self.unlink_button.clicked.connect(self.unlink_requested)
        self.form.addRow(flow_row(self.edit_button, self.link_button, self.unlink_button))
        return page

    def _buttons(self, *specs: tuple[str, str, object]) -> QWidget:
        box = QWidget()
        row = FlowLayout(box)  # wraps in a narrow pane instead of widening the window
        for text, name, slot in specs:
            button = QPushButton(icon(name), text)
            button.clicked.connect(slot)
            row.addWidget(button)
        return box

    @staticmethod
    def _page(table: QTableView, below: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(table, 1)
        layout.addWidget(below)
        return page

    def _emit(self, signal: Signal) -> None:
        row = self.selected_participant()
        if row is not None:
            signal.emit(row)

    def _edit_family(self) -> None:
        rows = self.family_table.selectionModel().selectedRows()
        if rows:
            self.edit_family.emit(rows[0].data(ROW_ROLE))

    def _show_conflict_count(self, count: int) -> None:
        self.tabs.setTabText(
            self.conflicts_tab,
            self.tr("Conflicts ({0})").format(count) if count else self.tr("Conflicts"),
        )
        self.tabs.setTabIcon(
            self.conflicts_tab, icon("mdi6.alert" if count else "mdi6.check-circle-outline")
        )

    def selected_participant(self) -> ParticipantRow | None:
        rows = self.participant_table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    # --- showing -------------------------------------------------------------------------

    def show_programme(self, programme_id: int | None) -> None:
        if programme_id is None:
            self.detail = None
            self.heading.setText(self._prompt)
            self.tabs.setEnabled(False)
            self.tabs.hide()
            return
        d = self.detail = get_programme(self.database, programme_id)
        self.tabs.setEnabled(True)
        self.tabs.show()
        self.heading.setText(d.title)
        f = self.fields
        f["partnership"].setText(d.cities)
        f["direction"].setText(enum_text(d.direction))
        f["dates"].setText(period_text(d.starts_on, d.ends_on))
        f["sending"].setText(d.sending_organisation or "—")
        f["host"].setText(d.host_organisation or "—")
        f["language"].setText(language_text(d.language) or "—")
        f["status"].setText(enum_text(d.status))
        f["families"].setText(
            self.tr("one gender per family") if d.same_gender_rooms else self.tr("mixed allowed")
        )
        f["leaders"].setText(", ".join(leader.name for leader in d.leaders) or "—")
        f["participants"].setText(str(d.participant_count))
        f["notes"].setText(d.notes or "")
        link = d.reciprocal
        if link is None:
            self.reciprocal.setText(self.tr("none linked"))
        else:
            role = self.tr("Return visit") if link.is_return_visit else self.tr("Return visit of")
            self.reciprocal.setText(
                f"{html.escape(role)}: <a href='{link.id}'>{html.escape(link.title)}</a> "
                f"({html.escape(period_text(link.starts_on, link.ends_on))})"
            )
        self.unlink_button.setEnabled(link is not None)
        self.participants.set_rows(list_participants(self.database, d.id))
        self.families.set_rows(list_host_families(self.database, d.host_city_id))
        ledger = reciprocity_ledger(self.database, d.partnership_id)
        self.ledger.set_rows(list(ledger.entries))
        lines = [
            self.tr("{0} hosted {1} in {2} ({3}) — priority on {4}").format(
                html.escape(p.family),
                p.guests,
                p.hosted_year,
                html.escape(p.hosted_in),
                html.escape(p.return_programme or self.tr("the next trip the other way")),
            )
            for p in ledger.priority
        ]
        self.priority.setText(
            "<b>" + self.tr("Families with priority on the return trip") + "</b><br>"
            + ("<br>".join(lines) or self.tr("No family has hosted yet."))
        )  # fmt: skip
        self.board.show_programme(d.id)
        self.schedule.show_programme(d.id)
        self.conflicts.show_programme(d.id)
