"""The placement board of a programme: each host family a card with its beds used and free and
the participants living there; the participants still waiting in a list beside them.

"Suggest placements" asks the matcher and shows its proposals inside the cards, marked as
proposals, with their reasons; "Accept" (double-click) or "Accept all" saves them. A
participant moves to another family by dragging them onto its card or with "Place with…";
the service refuses what breaks a hard constraint and the reason shows above the board.
Every change goes on the window's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import PlacementStatus
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.services.exchanges.matching import MatchResult, Suggestion
from exchangedesk.services.exchanges.participants import ConsentState, ParticipantRow
from exchangedesk.services.exchanges.placements import (
    PlacementBoard,
    accept_suggestions,
    place_participant,
    placement_board,
    remove_placement,
    restore_placements,
    suggest_placements,
)
from exchangedesk.ui.dialogs.record_fields import error_colour
from exchangedesk.ui.exchanges.cards import (
    CARD_COLUMNS,
    CARD_WIDTH,
    KIND_ROLE,
    PID_ROLE,
    FamilyCard,
    ParticipantList,
    person_line,
    proposal_colour,
)
from exchangedesk.ui.theme import icon
from exchangedesk.ui.undo import push_edit
from exchangedesk.ui.widgets.flow_layout import flow_row


class PlacementBoardView(QWidget):
    changed = Signal()  # a placement was saved, undone or redone

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placement-board")
        self.database = database
        self.undo_stack: QUndoStack = QUndoStack(self)  # the window's, once the page has it
        self.programme_id: int | None = None
        self.board: PlacementBoard | None = None
        self.result: MatchResult | None = None
        # Asks the secretary why (tests answer instead); None: the change is not made.
        self.ask_reason: Callable[[str, str], str | None] = self._ask_reason
        self.cards: dict[int, FamilyCard] = {}

        self.suggest_button = QPushButton(icon("mdi6.auto-fix"), self.tr("Suggest placements"))
        self.accept_all_button = QPushButton(
            icon("mdi6.check-all"), self.tr("Accept all suggestions")
        )
        self.clear_button = QPushButton(self.tr("Clear suggestions"))
        self.suggest_button.clicked.connect(self.suggest)
        self.accept_all_button.clicked.connect(self.accept_all)
        self.clear_button.clicked.connect(self.clear_suggestions)
        self.summary = QLabel()
        self.summary.setWordWrap(True)  # "4 waiting · 0 suggested · …" asked for 440 px in Russian
        self.refusal = QLabel()
        self.refusal.setObjectName("board-refusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet(f"color: {error_colour()}; font-weight: bold")
        self.refusal.hide()
        # Wraps in a narrow pane: one row of it made the Exchanges page 900 px wide.
        bar = flow_row(
            self.suggest_button, self.accept_all_button, self.clear_button, right=(self.summary,)
        )
        self.legend = QLabel(
            self.tr(
                "Yellow, with a light bulb: the matcher's proposal and why — double-click to "
                "accept. ✓ accepted, seal: confirmed. Drag a participant onto another family "
                "to move them."
            )
        )
        self.legend.setWordWrap(True)

        self.waiting = ParticipantList(None)
        self.waiting.setObjectName("waiting-list")
        waiting_box = QWidget()
        side = QVBoxLayout(waiting_box)
        side.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("<b>Waiting for a family</b>"))
        side.addWidget(heading)
        side.addWidget(self.waiting)
        hint = QLabel(self.tr("Right-click a participant for “Place with…” and more."))
        hint.setWordWrap(True)
        side.addWidget(hint)
        # Room for a name beside the family cards; narrower when the pane is.
        waiting_box.setMinimumWidth(170)
        waiting_box.setMaximumWidth(250)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        body = QHBoxLayout()
        body.addWidget(waiting_box)
        body.addWidget(scroll, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.legend)
        layout.addWidget(self.refusal)
        layout.addLayout(body, 1)
        self._wire(self.waiting)

    # --- showing ---------------------------------------------------------------------------

    def show_programme(self, programme_id: int | None) -> None:
        if programme_id != self.programme_id:
            self.result = None
        self.programme_id = programme_id
        self.refusal.hide()
        self.refresh()

    def refresh(self) -> None:
        if self.programme_id is None:
            return
        self.board = placement_board(self.database, self.programme_id)
        if self.result is not None:  # drop proposals for whoever has a family now
            housed = {e.participant.id for f in self.board.families for e in f.placed}
            self.result = MatchResult(
                tuple(s for s in self.result.suggestions if s.participant_id not in housed),
                self.result.unplaced,
                self.result.placed,
            )
        self._draw()

    def _columns(self) -> int:
        # As many cards side by side as the board's width holds, at most CARD_COLUMNS.
        width = self.grid_host.parentWidget().width() if self.grid_host.parentWidget() else 0
        return max(1, min(CARD_COLUMNS, width // CARD_WIDTH))

    def _lay_out_cards(self) -> None:
        columns = self._columns()
        for n, card in enumerate(self.cards.values()):
            self.grid.removeWidget(card)
            self.grid.addWidget(card, n // columns, n % columns)
        self._laid_out_in = columns

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.cards and self._columns() != getattr(self, "_laid_out_in", 0):
            self._lay_out_cards()

    def _draw(self) -> None:
        assert self.board is not None
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.cards = {}
        proposals = {s.participant_id: s for s in self.result.suggestions} if self.result else {}
        names = {p.id: p for p in self.board.unplaced}
        # Families that can host first; those whose vetting lapsed at the end.
        families = sorted(self.board.families, key=lambda f: bool(f.vetting_problem))
        for entry in families:
            card = FamilyCard(entry)
            self._wire(card.list)
            for placed in entry.placed:
                self._add(card.list, placed.participant, "placed", placed.reason, placed.status)
            for saved in entry.suggested:
                if saved.participant.id not in proposals:
                    self._add(card.list, saved.participant, "saved", saved.reason, saved.status)
            for s in proposals.values():
                if s.family_id == entry.family.id and s.participant_id in names:
                    self._add(card.list, names[s.participant_id], "proposal", "\n".join(s.reasons))
            card.list.fit_height()
            self.cards[entry.family.id] = card
        self._lay_out_cards()
        self.waiting.clear()
        why = {u.participant_id: u.reasons for u in self.result.unplaced} if self.result else {}
        for p in self.board.unplaced:
            item = self._add(self.waiting, p, "waiting", None)
            lines = [person_line(p)]
            if p.id in proposals:
                family = next(
                    f.family.name for f in self.board.families
                    if f.family.id == proposals[p.id].family_id
                )  # fmt: skip
                lines.append(self.tr("→ proposed: {0}").format(family))
            elif p.id in why:
                lines.append(self.tr("Cannot be placed: {0}").format(why[p.id][0]))
                item.setForeground(QBrush(QColor(error_colour())))
                item.setToolTip("\n".join(why[p.id]))
            elif p.consent is not ConsentState.NOT_NEEDED and not p.consent.allows_confirmation:
                lines.append(self.tr("consent missing"))
            item.setText("\n".join(lines))
        free = sum(f.beds_free for f in self.board.families if not f.vetting_problem)
        self.summary.setText(
            self.tr("{0} waiting · {1} proposals · {2} beds free in vetted families").format(
                len(self.board.unplaced), len(proposals), free
            )
        )
        self.accept_all_button.setEnabled(bool(proposals))
        self.clear_button.setEnabled(bool(proposals))

    def _add(
        self,
        target: QListWidget,
        p: ParticipantRow,
        kind: str,
        reason: str | None,
        status: PlacementStatus | None = None,
    ) -> QListWidgetItem:
        item = QListWidgetItem(person_line(p))
        item.setData(PID_ROLE, p.id)
        item.setData(KIND_ROLE, kind)
        if kind == "proposal":
            item.setText(f"{person_line(p)}\n{reason or ''}")
            item.setBackground(QBrush(proposal_colour()))
            font = QFont(item.font())
            font.setItalic(True)
            item.setFont(font)
            item.setIcon(icon("mdi6.lightbulb-on-outline"))
            item.setToolTip(self.tr("Double-click to accept. Why:\n{0}").format(reason or ""))
        elif kind == "saved":
            item.setText(self.tr("Suggested earlier: {0}").format(person_line(p)))
            item.setIcon(icon("mdi6.help-circle-outline"))
            item.setToolTip(reason or "")
        elif kind == "placed":
            done = status is PlacementStatus.CONFIRMED
            item.setIcon(icon("mdi6.check-decagram" if done else "mdi6.check"))
            item.setToolTip(
                (self.tr("Confirmed") if done else self.tr("Accepted")) + f": {reason or ''}"
            )
        target.addItem(item)
        return item

    def _wire(self, widget: ParticipantList) -> None:
        widget.dropped.connect(self._dropped)
        widget.itemDoubleClicked.connect(self._double_clicked)
        widget.customContextMenuRequested.connect(lambda pos, w=widget: self._context_menu(w, pos))

    # --- acting ----------------------------------------------------------------------------

    def suggest(self) -> None:
        if self.programme_id is None:
            return
        self.result = suggest_placements(self.database, self.programme_id)
        self.refusal.hide()
        self._draw()

    def clear_suggestions(self) -> None:
        self.result = None
        self._draw()

    def proposal(self, participant_id: int) -> Suggestion | None:
        return self.result.for_participant(participant_id) if self.result else None

    def accept(self, participant_id: int) -> bool:
        s = self.proposal(participant_id)
        if s is None:
            return False
        return self._edit(
            self.tr("Accept placement"),
            lambda: accept_suggestions(
                self.database, [(s.participant_id, s.family_id, "; ".join(s.reasons))]
            ),
        )

    def accept_all(self) -> bool:
        if not self.result or not self.result.suggestions:
            return False
        chosen = [
            (s.participant_id, s.family_id, "; ".join(s.reasons)) for s in self.result.suggestions
        ]
        return self._edit(
            self.tr("Accept {0} placements").format(len(chosen)),
            lambda: accept_suggestions(self.database, chosen),
        )

    def place_with(self, participant_id: int, family_id: int) -> bool:
        name = next(
            (f.family.name for f in self.board.families if f.family.id == family_id), ""
        ) if self.board else ""  # fmt: skip
        reason = self.ask_reason(
            self.tr("Place with {0}").format(name), self.tr("Placed by the secretary")
        )
        if reason is None:
            return False
        return self._edit(
            self.tr("Place with {0}").format(name),
            lambda: [place_participant(self.database, participant_id, family_id, reason)],
        )

    def confirm(self, participant_id: int) -> bool:
        """Mark an accepted placement confirmed: the family and the guardians know."""
        entry = next(
            (
                (f, e)
                for f in (self.board.families if self.board else ())
                for e in f.placed
                if e.participant.id == participant_id
            ),
            None,
        )
        if entry is None:
            return False
        family, placed = entry
        return self._edit(
            self.tr("Confirm placement"),
            lambda: [
                place_participant(
                    self.database,
                    participant_id,
                    family.family.id,
                    placed.reason or self.tr("Confirmed"),
                    status=PlacementStatus.CONFIRMED,
                )
            ],
        )

    def remove(self, participant_id: int) -> bool:
        reason = self.ask_reason(self.tr("Remove from the family"), "")
        if reason is None:
            return False
        return self._edit(
            self.tr("Remove placement"),
            lambda: [remove_placement(self.database, participant_id, reason)],
        )

    def _edit(self, text: str, apply: Callable[[], list[Any]]) -> bool:
        state: dict[str, list[Any]] = {}

        def do() -> list[Any]:
            state["changes"] = apply()
            return state["changes"]

        try:
            push_edit(
                self.undo_stack,
                text,
                apply=do,
                revert=lambda: restore_placements(self.database, state["changes"]),
                after=self._after_edit,
                message_parent=self,
            )
        except ExchangeDeskError as exc:
            self.refusal.setText(getattr(exc, "message", str(exc)))
            self.refusal.show()
            return False
        self.refusal.hide()
        return True

    def _after_edit(self) -> None:
        self.refresh()
        self.changed.emit()

    def _dropped(self, participant_id: int, family_id: object) -> None:
        if isinstance(family_id, int):
            self.place_with(participant_id, family_id)
        else:
            self.remove(participant_id)

    def _double_clicked(self, item: QListWidgetItem) -> None:
        if item.data(KIND_ROLE) == "proposal":
            self.accept(item.data(PID_ROLE))

    def _context_menu(self, widget: QListWidget, position: QPoint) -> None:
        item = widget.itemAt(position)
        if item is None or self.board is None:
            return
        pid, kind = item.data(PID_ROLE), item.data(KIND_ROLE)
        menu = QMenu(self)
        if self.proposal(pid) is not None:
            menu.addAction(icon("mdi6.check"), self.tr("Accept proposal"), lambda: self.accept(pid))
        place = menu.addMenu(icon("mdi6.home-export-outline"), self.tr("Place with…"))
        for entry in self.board.families:
            action = place.addAction(
                f"{entry.family.name} ({entry.beds_free} free)",
                lambda fid=entry.family.id: self.place_with(pid, fid),
            )
            action.setEnabled(not entry.vetting_problem)
        if kind == "placed":
            menu.addAction(
                icon("mdi6.check-decagram"),
                self.tr("Confirm (the family has been told)"),
                lambda: self.confirm(pid),
            )
            menu.addAction(
                icon("mdi6.home-remove-outline"),
                self.tr("Remove from the family…"),
                lambda: self.remove(pid),
            )
        menu.exec(widget.viewport().mapToGlobal(position))

    def _ask_reason(self, title: str, default: str) -> str | None:
        text, ok = QInputDialog.getText(
            self, title, self.tr("Why? (kept with the placement)"), text=default
        )
        return text if ok else None
