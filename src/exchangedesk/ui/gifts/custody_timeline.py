"""Where a gift has been kept, as a timeline: the place it is kept now first (a filled dot and
"Kept here now"), then every place before it, each with the day it arrived, who looked after
it and any note — the 1944 tablecloth's road from Coventry to the Panorama Museum."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from exchangedesk.services.gifts.register import CustodyMove
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.partnerships.timeline import secondary_text
from exchangedesk.ui.theme import icon, is_dark
from exchangedesk.ui.widgets.partial_date import partial_date_text


def now_colour() -> QColor:
    return QColor("#81c995" if is_dark() else "#1e7b34")


def since_text(move: CustodyMove) -> str:
    # The register keeps a day; a move known only by its year is entered as 1 January.
    day = move.since_on
    if day.month == 1 and day.day == 1:
        return translate("Gifts", "since {0}").format(day.year)
    return translate("Gifts", "since {0}").format(partial_date_text(day))


class CustodyEntry(QWidget):
    """One place: a dot, "since 1982 — Panorama Museum…", then the keeper and the note."""

    def __init__(self, move: CustodyMove, now: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.move = move
        dot = QLabel()
        glyph = "mdi6.map-marker" if now else "mdi6.circle-outline"
        colour = now_colour() if now else secondary_text()
        dot.setPixmap(icon(glyph, colour).pixmap(QSize(16 if now else 12, 16 if now else 12)))
        dot.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        dot.setFixedWidth(20)
        dot.setContentsMargins(0, 3, 0, 0)
        self.title = QLabel(f"<b>{html.escape(move.location)}</b>")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        since = since_text(move)
        said = [since[:1].upper() + since[1:]]  # not capitalize(): that would say "jul"
        if move.custodian:
            said.append(translate("Gifts", "in the care of {0}").format(move.custodian))
        self.now, self.words = now, ", ".join(said)
        kept = html.escape(self.words)
        if now:
            tag = html.escape(translate("Gifts", "Kept here now"))
            kept = f"<span style='color:{now_colour().name()}'><b>{tag}</b></span> · {kept}"
        self.keeper = QLabel(kept)
        self.keeper.setTextFormat(Qt.TextFormat.RichText)
        self.keeper.setWordWrap(True)
        self.keeper.setStyleSheet(f"color: {secondary_text().name()};")
        self.note = QLabel(move.note or "")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(move.note))
        for label in (self.title, self.keeper, self.note):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QVBoxLayout()
        text.setSpacing(1)
        text.addWidget(self.title)
        text.addWidget(self.keeper)
        text.addWidget(self.note)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 6)
        layout.addWidget(dot)
        layout.addLayout(text, 1)

    @property
    def text(self) -> str:
        """What the entry says, in plain words (for tests and screen readers)."""
        kept = translate("Gifts", "Kept here now")
        keeper = f"{kept} · {self.words}" if self.now else self.words
        parts = [self.move.location, keeper, self.note.text()]
        return " — ".join(p for p in parts if p)


class CustodyTimeline(QWidget):
    """The places, the one it is kept at now first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._entries: list[CustodyEntry] = []

    def set_moves(self, moves: Sequence[CustodyMove]) -> None:
        """``moves`` oldest first, as the service gives them."""
        for entry in self._entries:
            self._layout.removeWidget(entry)
            entry.hide()  # at once: deleteLater waits for the event loop
            entry.deleteLater()
        latest_first = list(reversed(moves))
        self._entries = [CustodyEntry(m, now=i == 0) for i, m in enumerate(latest_first)]
        for entry in self._entries:
            self._layout.addWidget(entry)
        self.setAccessibleDescription("\n".join(e.text for e in self._entries))

    def entries(self) -> list[CustodyEntry]:
        return list(self._entries)
