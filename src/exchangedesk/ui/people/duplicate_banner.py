"""The warning an editor shows when the record typed may already be in the register."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.services.people.duplicates import DuplicateReason
from exchangedesk.ui.theme import icon, is_dark

SHOWN = 3  # candidates with their own "Open" button; more are only counted


def reason_text(reason: DuplicateReason) -> str:
    texts = {
        DuplicateReason.NAME: QT_TRANSLATE_NOOP("DuplicateBanner", "same name"),
        DuplicateReason.NATIVE_NAME: QT_TRANSLATE_NOOP(
            "DuplicateBanner", "same name in own script"
        ),
        DuplicateReason.EMAIL: QT_TRANSLATE_NOOP("DuplicateBanner", "same e-mail"),
        DuplicateReason.ORGANISATION: QT_TRANSLATE_NOOP("DuplicateBanner", "same organisation"),
        DuplicateReason.CITY: QT_TRANSLATE_NOOP("DuplicateBanner", "same city"),
        DuplicateReason.DATE_OF_BIRTH: QT_TRANSLATE_NOOP("DuplicateBanner", "same date of birth"),
    }
    return QCoreApplication.translate("DuplicateBanner", texts[reason])


@dataclass(frozen=True)
class Candidate:
    id: int
    title: str  # "Zoë Brontë (Зоя Бронте)"
    where: str  # "Coventry City Council, Coventry"
    reasons: tuple[DuplicateReason, ...]


class DuplicateBanner(QFrame):
    """ "Possible duplicate of …", a button to open each one instead, and the box to tick
    to save anyway."""

    open_requested = Signal(int)
    acknowledged_changed = Signal(bool)

    def __init__(self, noun: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicate-banner")
        self._noun = noun  # "person" / "organisation", for the tick box
        self._ids: tuple[int, ...] = ()
        background, border = ("#4a3b00", "#8a6d00") if is_dark() else ("#fff4ce", "#e0b000")
        self.setStyleSheet(
            f"#duplicate-banner {{ background: {background}; border: 1px solid {border};"
            " border-radius: 4px; }"
        )
        picture = QLabel()
        picture.setPixmap(icon("mdi6.account-multiple-check-outline").pixmap(28, 28))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.buttons = QHBoxLayout()
        self.acknowledge = QCheckBox()
        self.acknowledge.toggled.connect(self.acknowledged_changed)
        column = QVBoxLayout()
        column.addWidget(self.text)
        column.addLayout(self.buttons)
        column.addWidget(self.acknowledge)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(picture)
        layout.addLayout(column, 1)
        self.hide()

    @property
    def candidate_ids(self) -> tuple[int, ...]:
        return self._ids

    @property
    def acknowledged(self) -> bool:
        return self.acknowledge.isChecked()

    def show_candidates(self, candidates: Sequence[Candidate]) -> None:
        ids = tuple(c.id for c in candidates)
        if ids != self._ids:  # other candidates: what was acknowledged no longer holds
            self.acknowledge.setChecked(False)
        self._ids = ids
        if not candidates:
            self.hide()
            return
        from html import escape

        lines = []
        for candidate in candidates[:SHOWN]:
            reasons = ", ".join(reason_text(r) for r in candidate.reasons)
            where = f" — {escape(candidate.where)}" if candidate.where else ""
            lines.append(f"<b>{escape(candidate.title)}</b>{where} <i>({escape(reasons)})</i>")
        more = len(candidates) - SHOWN
        if more > 0:
            lines.append(self.tr("and {0} more").format(more))
        heading = (
            self.tr("Possible duplicate of:")
            if len(candidates) == 1
            else self.tr("Possible duplicates of:")
        )
        self.text.setText(f"{heading}<br>" + "<br>".join(lines))
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for candidate in candidates[:SHOWN]:
            button = QPushButton(
                icon("mdi6.open-in-app"), self.tr("Open {0} instead").format(candidate.title)
            )
            button.setObjectName(f"open-duplicate-{candidate.id}")
            button.clicked.connect(lambda _c=False, i=candidate.id: self.open_requested.emit(i))
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        self.acknowledge.setText(
            self.tr("This is a different {0} — save anyway").format(self._noun)
        )
        self.show()
