"""The pane beside the partnership list: the record, its coming anniversaries, its history as a
timeline, its activity year by year (and whether it has gone dormant), and its documents."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.anniversaries import coming_anniversaries, next_round_anniversary
from exchangedesk.domain.enums import PartnershipStatus
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.services.common.attachments import AttachmentRow, list_attachments
from exchangedesk.services.partnerships.activity import Activity, partnership_activity
from exchangedesk.services.partnerships.records import PartnershipDetail, get_partnership
from exchangedesk.ui.formatting import country_text, enum_text
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.models import Column, RowsTableModel
from exchangedesk.ui.partnerships.text import (
    anniversary_text,
    step_headline,
    time_ago,
)
from exchangedesk.ui.partnerships.timeline import Timeline, TimelineEntry, status_colour
from exchangedesk.ui.theme import icon, is_dark
from exchangedesk.ui.widgets.flow_layout import flow_row
from exchangedesk.ui.widgets.partial_date import partial_date_text
from exchangedesk.ui.widgets.tables import make_table

ACTIVITY_YEARS_SHOWN = 12


def size_text(size: int) -> str:
    for unit, limit in (("B", 1024), ("KB", 1024**2), ("MB", 1024**3)):
        if size < limit:
            scale = limit // 1024 if unit != "B" else 1
            return f"{size / scale:.0f} {unit}" if unit == "B" else f"{size / scale:.1f} {unit}"
    return f"{size / 1024**3:.1f} GB"


def attachment_columns() -> list[Column]:
    return [
        Column(
            translate("Partnerships", "Document"), lambda a: a.shown_name, width=28, stretch=True
        ),
        Column(
            translate("Partnerships", "Size"),
            lambda a: size_text(a.size_bytes),
            numeric=True,
            width=8,
        ),
        Column(
            translate("Partnerships", "Added"),
            lambda a: partial_date_text(a.added_at.date()),
            width=11,
        ),
    ]


def _section(title: str) -> QLabel:
    label = QLabel(title)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 10, 0, 2)
    return label


class PartnershipDetailPane(QScrollArea):
    edit_requested = Signal()
    status_requested = Signal()
    attach_requested = Signal()
    open_attachment = Signal(int)
    save_attachment = Signal(int)
    remove_attachment = Signal(int)

    def __init__(self, database: Database, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._prompt = prompt
        self.today: dt.date | None = None  # tests fix the day; None is the real today
        self._read_only = False
        self.detail: PartnershipDetail | None = None
        self.activity: Activity | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Text wraps to the pane's width; a sideways scroll bar would hide half of each line.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self._layout = layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 8, 12, 8)
        self.heading = QLabel(prompt)
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subheading = QLabel()
        self.subheading.setTextFormat(Qt.TextFormat.RichText)
        self.subheading.setWordWrap(True)
        self.dormant = QLabel()
        self.dormant.setWordWrap(True)
        self.dormant.setTextFormat(Qt.TextFormat.PlainText)
        self.dormant.setContentsMargins(8, 6, 8, 6)

        self.edit_button = QPushButton(icon("mdi6.pencil-outline"), self.tr("Edit…"))
        self.status_button = QPushButton(
            icon("mdi6.timeline-clock-outline"), self.tr("Change status…")
        )
        self.attach_button = QPushButton(icon("mdi6.paperclip"), self.tr("Attach file…"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.status_button.clicked.connect(self.status_requested)
        self.attach_button.clicked.connect(self.attach_requested)
        # Wraps in a narrow pane: in one row the buttons were cut off at the right edge.
        buttons = flow_row(self.edit_button, self.status_button, self.attach_button)

        self.facts = QFormLayout()
        self.facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._fact_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key, label in (
            ("city_a", translate("Partnerships", "City")),
            ("city_b", translate("Partnerships", "Partner city")),
            ("signed", translate("Partnerships", "Signed")),
            ("ended", translate("Partnerships", "Ended")),
            ("areas", translate("Partnerships", "Cooperation")),
            ("signatories", translate("Partnerships", "Signatories")),
            ("notes", translate("Partnerships", "Notes")),
            ("source", translate("Partnerships", "Source")),
        ):
            name, value = QLabel(label + ":"), QLabel()
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)  # names are data, never markup
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(name, value)
            self._fact_labels[key] = (name, value)

        self.anniversaries = QLabel()
        self.anniversaries.setWordWrap(True)
        self.timeline = Timeline()
        self.no_history = QLabel(
            self.tr("No history recorded yet: “Change status…” records the next step.")
        )
        self.no_history.setWordWrap(True)
        self.last_contact = QLabel()
        self.last_contact.setWordWrap(True)
        self.activity_table = QLabel()
        self.activity_table.setTextFormat(Qt.TextFormat.RichText)
        self.activity_table.setWordWrap(True)
        self.attachments = RowsTableModel(attachment_columns(), self)
        self.attachment_table = make_table(self.attachments, self.attachments.columns)
        self.attachment_table.setMaximumHeight(
            self.attachment_table.verticalHeader().defaultSectionSize() * 5 + 30
        )
        self.attachment_table.doubleClicked.connect(
            lambda _i: self._emit_for_selected(self.open_attachment)
        )
        self.open_button = QPushButton(icon("mdi6.open-in-app"), self.tr("Open"))
        self.save_button = QPushButton(icon("mdi6.content-save-outline"), self.tr("Save as…"))
        self.remove_button = QPushButton(icon("mdi6.delete-outline"), self.tr("Remove"))
        self.open_button.clicked.connect(lambda: self._emit_for_selected(self.open_attachment))
        self.save_button.clicked.connect(lambda: self._emit_for_selected(self.save_attachment))
        self.remove_button.clicked.connect(lambda: self._emit_for_selected(self.remove_attachment))
        self.attachment_table.selectionModel().selectionChanged.connect(self._attachment_buttons)
        file_buttons = flow_row(self.open_button, self.save_button, self.remove_button)
        self.no_attachments = QLabel(
            self.tr("No documents attached: scans of the agreement belong here.")
        )
        self.no_attachments.setWordWrap(True)

        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addWidget(self.subheading)
        content.addWidget(self.dormant)
        content.addLayout(buttons)
        content.addLayout(self.facts)
        content.addWidget(_section(self.tr("Anniversaries")))
        content.addWidget(self.anniversaries)
        content.addWidget(_section(self.tr("History")))
        content.addWidget(self.timeline)
        content.addWidget(self.no_history)
        content.addWidget(_section(self.tr("Activity")))
        content.addWidget(self.last_contact)
        content.addWidget(self.activity_table)
        content.addWidget(_section(self.tr("Documents")))
        content.addWidget(self.attachment_table)
        content.addLayout(file_buttons)
        content.addWidget(self.no_attachments)
        layout.addWidget(self.heading)
        layout.addWidget(self.content)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_row(None)

    # --- showing -------------------------------------------------------------------------

    def show_row(self, row: object | None) -> None:
        """Show the partnership of a list row (None: the prompt)."""
        self.show_partnership(getattr(row, "id", None))

    def show_partnership(self, partnership_id: int | None) -> None:
        self.detail, self.activity = None, None
        if partnership_id is not None:
            try:
                self.detail = get_partnership(self._database, partnership_id)
                self.activity = partnership_activity(
                    self._database, partnership_id, today=self._today()
                )
                files = list_attachments(self._database, partnership_id)
            except ExchangeDeskError:
                self.detail = None  # removed meanwhile (an undo, another user)
        if self.detail is None:
            self.heading.setText(self._prompt)
            self.content.hide()
            return
        self.heading.setText(self.detail.cities)
        self._show_detail(self.detail)
        self._show_activity(self.activity)
        self.attachments.set_rows(files)
        self.attachment_table.setVisible(bool(files))
        self.no_attachments.setVisible(not files)
        self._attachment_buttons()
        self.content.show()

    def refresh(self) -> None:
        self.show_partnership(self.detail.id if self.detail is not None else None)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for button in (self.edit_button, self.status_button, self.attach_button):
            button.setVisible(not read_only)
        self._attachment_buttons()

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    def _show_detail(self, d: PartnershipDetail) -> None:
        colour = status_colour(d.status).name()
        self.subheading.setText(
            f"{html.escape(enum_text(d.kind))} · "
            f"<span style='color:{colour}; font-weight:bold'>{html.escape(self.status_text(d))}</span>"
        )
        values = {
            "city_a": f"{d.city_a.label.rsplit(', ', 1)[0]}, {country_text(d.city_a.country_code)}",
            "city_b": f"{d.city_b.label.rsplit(', ', 1)[0]}, {country_text(d.city_b.country_code)}",
            "signed": partial_date_text(d.signed_on, d.signed_precision) or self.tr("not recorded"),
            "ended": partial_date_text(d.ended_on),
            "areas": ", ".join(enum_text(a) for a in d.areas),
            "signatories": d.signatories or "",
            "notes": d.notes or "",
            "source": d.source or "",
        }
        for key, (name, value) in self._fact_labels.items():
            value.setText(values[key])
            name.setVisible(bool(values[key]))
            value.setVisible(bool(values[key]))
        self._show_anniversaries(d)
        self._show_timeline(d)

    def status_text(self, d: PartnershipDetail) -> str:
        step = d.latest_step
        if step is None or step.to_status is not d.status:
            return enum_text(d.status)
        return step_headline(
            d.status, step.from_status, step.acting_side, d.city_a.name, d.city_b.name
        )

    def _show_anniversaries(self, d: PartnershipDetail) -> None:
        today = self._today()
        if d.signed_on is None:
            self.anniversaries.setText(
                self.tr("Anniversaries follow from the signing date, which is not recorded.")
            )
            return
        if d.status is PartnershipStatus.TERMINATED:
            self.anniversaries.setText(self.tr("None: the partnership has ended."))
            return
        lines = []
        coming = coming_anniversaries(d.signed_on, d.signed_precision, today)
        for anniversary in coming:
            text = html.escape(anniversary_text(anniversary, today))
            lines.append(f"<b>{text}</b>" if anniversary.round else text)
        round_one = next_round_anniversary(d.signed_on, d.signed_precision, today)
        if round_one is not None and round_one not in coming:
            lines.append(
                html.escape(
                    self.tr("Next round one: {0}").format(anniversary_text(round_one, today))
                )
            )
        if not coming:
            lines.insert(0, html.escape(self.tr("None in the next 12 months.")))
        self.anniversaries.setText("<br>".join(lines))

    def timeline_entries(self) -> list[TimelineEntry]:
        return self.timeline.entries()

    def _show_timeline(self, d: PartnershipDetail) -> None:
        self.timeline.set_steps(d.history)
        self.no_history.setVisible(not d.history)

    def _show_activity(self, activity: Activity | None) -> None:
        if activity is None:
            return
        today = self._today()
        if activity.last_contact is None:
            contact = self.tr("No contact recorded yet.")
        else:
            contact = self.tr("Last contact: {0} ({1}).").format(
                partial_date_text(activity.last_contact), time_ago(activity.last_contact, today)
            )
        self.last_contact.setText(contact)
        self.dormant.setVisible(activity.dormant)
        if activity.dormant:
            self.dormant.setText(
                self.tr(
                    "Dormant — nothing has happened with this partnership for more than {0} years."
                ).format(activity.dormancy_years)
            )
            background = "#4a3b10" if is_dark() else "#fff0c2"
            self.dormant.setStyleSheet(f"background: {background}; border-radius: 4px;")
        self.activity_table.setText(self.activity_html(activity))
        self.activity_table.setVisible(bool(activity.years))

    def activity_html(self, activity: Activity) -> str:
        """One line a year, latest first: "<b>1970</b> 1 exchange · 1 aid campaign"."""
        today = self._today()
        lines = []
        for year in activity.years[:ACTIVITY_YEARS_SHOWN]:
            counted = (
                (year.visits, self.tr("%Ln visits", "", year.visits)),
                (year.exchanges, self.tr("%Ln exchanges", "", year.exchanges)),
                (year.gifts, self.tr("%Ln gifts", "", year.gifts)),
                (year.aid_campaigns, self.tr("%Ln aid campaigns", "", year.aid_campaigns)),
                (year.contributions, self.tr("%Ln donations", "", year.contributions)),
                (year.documents, self.tr("%Ln letters", "", year.documents)),
            )
            parts = [text for count, text in counted if count]
            label = str(year.year)
            if year.year > today.year:
                label = self.tr("{0} (planned)").format(year.year)
            lines.append(f"<b>{html.escape(label)}</b>&nbsp; {html.escape(' · '.join(parts))}")
        earlier = len(activity.years) - ACTIVITY_YEARS_SHOWN
        if earlier > 0:
            lines.append(html.escape(self.tr("… and %Ln earlier years with activity", "", earlier)))
        return "<br>".join(lines)

    # --- attachments ---------------------------------------------------------------------

    def selected_attachment(self) -> AttachmentRow | None:
        rows = self.attachment_table.selectionModel().selectedRows()
        return self.attachments.row_at(rows[0].row()) if rows else None

    def _emit_for_selected(self, signal: Signal) -> None:
        row = self.selected_attachment()
        if row is not None:
            signal.emit(row.id)

    def _attachment_buttons(self, *_args: object) -> None:
        chosen = self.selected_attachment() is not None
        some = self.attachments.rowCount() > 0
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(chosen)
            button.setVisible(some and not (button is self.remove_button and self._read_only))

    def refresh_icons(self) -> None:
        self.edit_button.setIcon(icon("mdi6.pencil-outline"))
        self.status_button.setIcon(icon("mdi6.timeline-clock-outline"))
        self.attach_button.setIcon(icon("mdi6.paperclip"))
        self.open_button.setIcon(icon("mdi6.open-in-app"))
        self.save_button.setIcon(icon("mdi6.content-save-outline"))
        self.remove_button.setIcon(icon("mdi6.delete-outline"))
        self.refresh()
