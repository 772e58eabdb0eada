"""A partnership's history as a timeline: one entry per step, latest first, each with a dot in
the colour of its status, the date as far as it is known, how the step reads ("Terminated by
Kyiv"), who acted and why."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from exchangedesk.domain.enums import PartnershipStatus
from exchangedesk.services.partnerships.support import StatusStep
from exchangedesk.ui.partnerships.text import side_text, step_headline
from exchangedesk.ui.theme import icon, is_dark
from exchangedesk.ui.widgets.partial_date import partial_date_text


def status_colour(status: PartnershipStatus) -> QColor:
    dark = is_dark()
    colours = {
        PartnershipStatus.PROPOSED: ("#5f6b7a", "#aab4c0"),
        PartnershipStatus.LETTER_OF_INTENT: ("#2f5fa8", "#8ab4f8"),
        PartnershipStatus.ACTIVE: ("#1e7b34", "#81c995"),
        PartnershipStatus.SUSPENDED: ("#a05a00", "#fdd663"),
        PartnershipStatus.TERMINATED: ("#b3261e", "#f28b82"),
    }
    return QColor(colours[status][1 if dark else 0])


def secondary_text() -> QColor:
    """Text that steps back but stays readable (the disabled colour is too faint to read a
    paragraph in)."""
    palette = QGuiApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    mix = 0.72
    return QColor(
        round(text.red() * mix + back.red() * (1 - mix)),
        round(text.green() * mix + back.green() * (1 - mix)),
        round(text.blue() * mix + back.blue() * (1 - mix)),
    )


class TimelineEntry(QWidget):
    """One step: a coloured dot, the date and how the step reads, then who acted and why."""

    def __init__(self, step: StatusStep, latest: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        dot = QLabel()
        glyph = "mdi6.circle" if latest else "mdi6.circle-outline"
        dot.setPixmap(icon(glyph, status_colour(step.to_status)).pixmap(QSize(14, 14)))
        dot.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        dot.setFixedWidth(18)
        dot.setContentsMargins(0, 3, 0, 0)
        when = partial_date_text(step.changed_on, step.precision)
        self.headline_text = step_headline(
            step.to_status, step.from_status, step.acting_side, step.city_a, step.city_b
        )
        self.title = QLabel(f"<b>{html.escape(when)}</b> &nbsp;{html.escape(self.headline_text)}")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        said = [side_text(step.acting_side, step.city_a, step.city_b).capitalize()]
        if step.reason:
            said.append(step.reason)
        self.reason = QLabel(" — ".join(said))
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(f"color: {secondary_text().name()};")
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QVBoxLayout()
        text.setSpacing(1)
        text.addWidget(self.title)
        text.addWidget(self.reason)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 4)
        layout.addWidget(dot)
        layout.addLayout(text, 1)


class Timeline(QWidget):
    """The steps, latest first — how the partnership stands now is what is read first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._entries: list[TimelineEntry] = []

    def set_steps(self, steps: Sequence[StatusStep]) -> None:
        for entry in self._entries:
            self._layout.removeWidget(entry)
            entry.deleteLater()
        latest_first = list(reversed(steps))
        self._entries = [
            TimelineEntry(step, latest=index == 0) for index, step in enumerate(latest_first)
        ]
        for entry in self._entries:
            self._layout.addWidget(entry)

    def entries(self) -> list[TimelineEntry]:
        return list(self._entries)
