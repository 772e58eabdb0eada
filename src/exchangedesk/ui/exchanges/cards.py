"""The pieces of the placement board: a participant list that takes drops, and a host
family's card (beds used and free, languages, pets, vetting, and who lives there)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.services.exchanges.participants import ParticipantRow
from exchangedesk.services.exchanges.placements import BoardFamily
from exchangedesk.ui.dialogs.record_fields import error_colour
from exchangedesk.ui.formatting import language_text
from exchangedesk.ui.theme import is_dark

MIME = "application/x-exchangedesk-participant"
PID_ROLE = Qt.ItemDataRole.UserRole + 10
KIND_ROLE = Qt.ItemDataRole.UserRole + 11  # "placed", "proposal", "saved", "waiting"
CARD_COLUMNS = 3
CARD_WIDTH = 262  # a card's minimum width and the grid's spacing


def proposal_colour() -> QColor:
    return QColor("#4a3b10") if is_dark() else QColor("#fff1c7")


def person_line(p: ParticipantRow) -> str:
    age = "" if p.age_at_start is None else f", {p.age_at_start}"
    gender = f", {p.gender}" if p.gender else ""
    return f"{p.name}{age}{gender}"


class ParticipantList(QListWidget):
    """A list participants can be dragged from and dropped on (a family's or the waiting one)."""

    dropped = Signal(int, object)  # participant id, the family id of this list (None: waiting)

    def __init__(self, family_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.family_id = family_id
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        # Cards size to their rows: one line per fact, cut with "…" (the tooltip has it all).
        self.setWordWrap(family_id is None)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSpacing(2)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def fit_height(self) -> None:
        """As tall as its participants, so that a card never scrolls inside the board (the
        rows wrap to the list's width, so this runs again whenever that changes)."""
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.doItemsLayout()
        rows = sum(self.sizeHintForRow(i) + 2 * self.spacing() + 2 for i in range(self.count()))
        self.setFixedHeight(max(48, rows + 2 * self.frameWidth() + 6))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.family_id is not None:
            QTimer.singleShot(0, self.fit_height)

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        if items:
            data.setData(MIME, str(items[0].data(PID_ROLE)).encode())
        return data

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802
        event.acceptProposedAction() if event.mimeData().hasFormat(MIME) else event.ignore()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802
        event.acceptProposedAction() if event.mimeData().hasFormat(MIME) else event.ignore()

    def dropEvent(self, event: Any) -> None:  # noqa: N802
        if not event.mimeData().hasFormat(MIME):
            event.ignore()
            return
        # Copy, never move: the board redraws itself from the database after the change.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.dropped.emit(int(bytes(event.mimeData().data(MIME)).decode()), self.family_id)


class FamilyCard(QFrame):
    def __init__(self, entry: BoardFamily, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        f = entry.family
        self.setObjectName(f"family-{f.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(240)
        self.setMaximumWidth(340)
        title = QLabel(f"<b>{html.escape(f.name)}</b>")
        beds = QLabel(
            self.tr("{0} of {1} beds taken · {2} free").format(
                entry.beds_used, f.capacity, entry.beds_free
            )
        )
        self.bar = QProgressBar()
        self.bar.setRange(0, f.capacity)
        self.bar.setValue(entry.beds_used)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        facts = [language_text(",".join(f.languages))]
        facts.append(
            self.tr("pets: {0}").format(", ".join(f.pets)) if f.pets else self.tr("no pets")
        )
        if f.smokers:
            facts.append(self.tr("smokers"))
        if f.allergies_managed:
            facts.append(self.tr("manages: {0}").format(", ".join(f.allergies_managed)))
        details = QLabel(" · ".join(x for x in facts if x))
        details.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(title)
        layout.addWidget(beds)
        layout.addWidget(self.bar)
        layout.addWidget(details)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {error_colour()}")
        if entry.vetting_problem:
            self.warning.setText(self.tr("Cannot host: {0}").format(entry.vetting_problem))
        self.warning.setVisible(bool(entry.vetting_problem))
        layout.addWidget(self.warning)
        self.list = ParticipantList(f.id)
        layout.addWidget(self.list)
        layout.addStretch(1)
