"""The programme side of the itinerary editor: the visit's days on the left, the chosen day as
a timeline on the right, and the edits (add, edit, delete, duplicate a day, move an item), each
saved through a service first and then pushed on the undo stack."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListView,
    QScrollArea,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.conflicts import ConflictKind, Severity
from exchangedesk.domain.enums import ItineraryKind
from exchangedesk.services.delegations.conflicts import delegation_conflicts
from exchangedesk.services.delegations.itinerary import (
    ItineraryContext,
    itinerary_context,
)
from exchangedesk.services.delegations.itinerary_days import (
    day_items,
    visit_days,
)
from exchangedesk.ui.delegations.itinerary.days import DayListModel, day_heading
from exchangedesk.ui.delegations.itinerary.programme_edits import ProgrammeEdits
from exchangedesk.ui.delegations.itinerary.timeline import DayTimeline, kind_colours
from exchangedesk.ui.formatting import enum_text
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.theme import icon
from exchangedesk.ui.widgets.flow_layout import FlowLayout

DAY_WIDE = frozenset({ConflictKind.PUBLIC_HOLIDAY})
# The day's keys, also listed by Help › Keyboard shortcuts before any programme is open.
ADD_ITEM_KEYS = ("Insert", "Ctrl+Shift+N")
DELETE_ITEM_KEY = QKeySequence.StandardKey.Delete


def programme_key_notes() -> list[tuple[str, list[QKeySequence]]]:
    """(the action's own words, its keys) of the programme's keyed actions."""
    return [
        (translate("ProgrammePage", "Add item"), [QKeySequence(k) for k in ADD_ITEM_KEYS]),
        (translate("ProgrammePage", "Delete"), QKeySequence.keyBindings(DELETE_ITEM_KEY)),
    ]


class ProgrammePage(ProgrammeEdits, QWidget):
    changed = Signal()

    def __init__(
        self,
        database: Database,
        delegation_id: int,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.delegation_id = delegation_id
        self.undo_stack = undo_stack
        self.context: ItineraryContext = itinerary_context(database, delegation_id)
        self.conflicts: dict[int, list[str]] = {}
        self.notices: dict[int, list[str]] = {}
        self.days = DayListModel(self)
        self.day_list = QListView()
        self.day_list.setModel(self.days)
        self.day_list.setMinimumWidth(130)
        self.day_list.setMaximumWidth(200)
        self.day_list.setStyleSheet("QListView::item { padding: 6px 10px; }")
        self.day_list.selectionModel().currentChanged.connect(lambda *_: self._show_day())
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        # Both wrap: on one line each asked for 300-440 px, and the window grew to make room.
        self.heading.setWordWrap(True)
        self.zone_note = QLabel()
        self.zone_note.setWordWrap(True)
        self.zone_note.setEnabled(False)
        self.timeline = DayTimeline()
        self.timeline.activated.connect(self.edit_item)
        self.timeline.empty_activated.connect(lambda time: self.add_item(start=time))
        self.timeline.selected.connect(lambda _id: self._update_actions())
        self.timeline.dragged.connect(self.drag_by)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.timeline)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll = scroll
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        self._make_actions()
        self._layout()
        self.refresh()

    # -- building --------------------------------------------------------------------------

    def _action(self, text: str, glyph: str, slot: Callable[[], Any], tip: str) -> QAction:
        action = QAction(icon(glyph), text, self)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.add_action = self._action(
            self.tr("Add item"),
            "mdi6.plus",
            self.add_item,
            self.tr("Add an item on this day (Insert)"),
        )
        # Ctrl+N is the window's New delegation; Insert (or Ctrl+Shift+N) adds to the day.
        self.add_action.setShortcuts([QKeySequence(key) for key in ADD_ITEM_KEYS])
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action = self._action(
            self.tr("Edit"),
            "mdi6.pencil-outline",
            self.edit_item,
            self.tr("Edit the selected item (Enter)"),
        )
        self.delete_action = self._action(
            self.tr("Delete"),
            "mdi6.delete-outline",
            self.delete_item,
            self.tr("Delete the selected item (Delete)"),
        )
        self.delete_action.setShortcut(DELETE_ITEM_KEY)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.move_action = self._action(
            self.tr("Move…"),
            "mdi6.clock-edit-outline",
            self.ask_move,
            self.tr("Give the item a new start"),
        )
        self.duplicate_action = self._action(
            self.tr("Duplicate day…"),
            "mdi6.content-copy",
            self.ask_duplicate,
            self.tr("Copy this day's items onto another day"),
        )

    def _layout(self) -> None:
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.add_action, self.edit_action, self.delete_action, self.move_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.duplicate_action)
        # Tool buttons take no focus by default, which left Add item out of the Tab order.
        for action in bar.actions():
            button = bar.widgetForAction(action)
            if button is not None and not action.isSeparator():
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        legend = FlowLayout(spacing=12)  # the kinds wrap onto a second line when narrow
        for kind in ItineraryKind:
            fill, stripe = kind_colours(kind)
            chip = QLabel(enum_text(kind))
            chip.setStyleSheet(
                f"background:{fill.name()}; border-left:4px solid {stripe.name()};"
                "padding:1px 6px; border-radius:3px; color:#1b1b1f;"
            )
            legend.addWidget(chip)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(8, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.zone_note)
        column.addWidget(bar)
        column.addLayout(legend)
        column.addWidget(self.scroll, 1)
        column.addWidget(self.problems)
        splitter = QSplitter()
        splitter.addWidget(self.day_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([160, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

    # -- showing ---------------------------------------------------------------------------

    @property
    def current_day(self) -> dt.date:
        value = self.days.data(self.day_list.currentIndex(), DayListModel.DAY_ROLE)
        return value or self.context.arrival_on

    def refresh(self) -> None:
        """Reload days, the current day's items and the conflicts from the database."""
        keep = self.current_day if self.days.rowCount() else None
        self.context = itinerary_context(self.database, self.delegation_id)
        self.days.set_days(visit_days(self.database, self.delegation_id))
        self._load_conflicts()
        self.select_day(keep or self._first_day())
        editable = self.context.editable
        self.banner.setVisible(not editable)
        self.banner.setText(
            self.tr("This visit is {0}: the programme is read-only until it is reopened.").format(
                enum_text(self.context.status).lower()
            )
        )

    def _first_day(self) -> dt.date:
        today = dt.date.today()
        if self.context.arrival_on <= today <= self.context.departure_on:
            return today
        return self.context.arrival_on

    def select_day(self, day: dt.date) -> None:
        row = self.days.row_of(day)
        if row < 0:
            row = self.days.row_of(self.context.arrival_on)
        index = self.days.index(max(row, 0))
        if index == self.day_list.currentIndex():
            self._show_day()
        else:  # currentChanged shows it
            self.day_list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _load_conflicts(self) -> None:
        report = delegation_conflicts(self.database, self.delegation_id)
        found: dict[int, list[str]] = defaultdict(list)
        notices: dict[int, list[str]] = defaultdict(list)
        for conflict in report.conflicts:
            if conflict.severity is Severity.INFO or conflict.accepted is not None:
                continue  # information and accepted conflicts do not redden the programme
            # A holiday concerns the whole day, not one item: noted, not drawn as a clash.
            into = notices if conflict.kind in DAY_WIDE else found
            for item_id in conflict.items:
                into[item_id].append(conflict.message)
        self.conflicts = dict(found)
        self.notices = dict(notices)

    def _show_day(self) -> None:
        day = self.current_day
        items = day_items(self.database, self.delegation_id, day)
        self.timeline.members_total = len(self.context.members)
        self.timeline.set_day(day, items, self.conflicts, self.context.host_zone, self.notices)
        if self.timeline.blocks:  # the first item in view, not 08:00 of an empty morning
            first = min(self.timeline.blocks, key=lambda b: b.top)
            rect = self.timeline.block_rect(first.item_id)
            if rect is not None:
                self.scroll.verticalScrollBar().setValue(max(int(rect.top()) - 24, 0))
        number = (day - self.context.arrival_on).days + 1
        total = (self.context.departure_on - self.context.arrival_on).days + 1
        heading = day.strftime("%A ") + day_heading(day).split(" ", 1)[1] + day.strftime(" %Y")
        if 1 <= number <= total:
            heading += "  ·  " + self.tr("day {0} of {1}").format(number, total)
        else:
            heading += "  ·  " + self.tr("outside the visit")
        self.heading.setText(heading)
        zone = self.context.host_zone
        self.zone_note.setText(
            self.tr("Times are local: {0} unless an item says otherwise.").format(
                zone.rsplit("/", 1)[-1].replace("_", " ") + " (" + zone + ")"
            )
        )
        messages = list(dict.fromkeys(m for i in items for m in self.conflicts.get(i.id, ())))
        notes = list(dict.fromkeys(m for i in items for m in self.notices.get(i.id, ())))
        lines = [f"<span style='color:#c62828'>⚠ {m}</span>" for m in messages[:5]]
        lines += [f"<span style='color:#a15c00'>● {m}</span>" for m in notes[:2]]
        if messages:
            count = self.tr("%Ln conflicts on this day", "", len(messages))
            lines.insert(0, f"<b style='color:#c62828'>{count}</b>")
        self.problems.setVisible(bool(lines))
        self.problems.setText("<br>".join(lines))
        self._update_actions()

    def _update_actions(self) -> None:
        editable = self.context.editable
        self.timeline.draggable = editable
        chosen = self.timeline.selected_id is not None
        self.add_action.setEnabled(editable)
        self.duplicate_action.setEnabled(editable and bool(self.timeline.blocks))
        for action in (self.edit_action, self.delete_action, self.move_action):
            action.setEnabled(editable and chosen)

    def _after(self, day: dt.date | None = None) -> Callable[[], None]:
        def after() -> None:
            self.refresh()
            if day is not None:
                self.select_day(day)
            self.changed.emit()

        return after
