"""A shipment's status as a row of steps — planned › packed › dispatched › in transit ›
delivered › confirmed — each reached step with its date, the current one marked, and "lost"
shown in red in place of the steps not reached."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from exchangedesk.domain import shipments as workflow
from exchangedesk.domain.enums import ShipmentStatus
from exchangedesk.services.aid.shipments import StatusChangeRow
from exchangedesk.ui.formatting import date_text, enum_text
from exchangedesk.ui.theme import is_dark

# (background, text) per kind of step, for light and dark schemes
_COLOURS = {
    "done": (("#dcefdc", "#1e4620"), ("#2e4a30", "#d7f0d8")),
    "current": (("#1e6b34", "#ffffff"), ("#6fcf87", "#0b2912")),
    "ahead": (("transparent", "#8a8a8a"), ("transparent", "#8f8f8f")),
    "lost": (("#b3261e", "#ffffff"), ("#f2b8b5", "#410e0b")),
}


def reached_days(history: Sequence[StatusChangeRow]) -> dict[ShipmentStatus, object]:
    """When the standing history reached each status (reversed steps no longer count)."""
    steps = [workflow.Step(c.status, c.occurred_on, c.is_reversal) for c in history]
    return {step.status: step.occurred_on for step in workflow.effective_steps(steps)}


class StatusStepBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status-steps")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 4, 0, 4)
        self._layout.setSpacing(2)
        self.steps: dict[ShipmentStatus, QLabel] = {}
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def show_history(self, status: ShipmentStatus, history: Sequence[StatusChangeRow]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()  # gone now, not at the next event loop: no ghost under the new
                widget.deleteLater()
        self.steps.clear()
        days = reached_days(history)
        lost = status == ShipmentStatus.LOST
        shown = list(workflow.FORWARD)
        for index, step in enumerate(shown):
            if step in days and not (lost and step not in days):
                kind = "current" if step == status else "done"
            else:
                kind = "ahead"
            if lost and kind == "ahead":
                continue
            self._add(step, kind, days.get(step))
            if index < len(shown) - 1 and (not lost or shown[index + 1] in days):
                self._arrow()
        if lost:
            self._arrow()
            self._add(ShipmentStatus.LOST, "lost", days.get(ShipmentStatus.LOST))
        self._layout.addStretch(1)

    def _add(self, status: ShipmentStatus, kind: str, day: object) -> None:
        background, colour = _COLOURS[kind][1 if is_dark() else 0]
        when = date_text(day) if day else "—"  # type: ignore[arg-type]
        label = QLabel(f"<b>{enum_text(status)}</b><br><small>{when}</small>")
        label.setObjectName(f"step-{status.value}")
        label.setProperty("kind", kind)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        border = "1px dashed #9a9a9a" if kind == "ahead" else "none"
        label.setStyleSheet(
            f"QLabel {{ background: {background}; color: {colour}; border: {border};"
            " border-radius: 6px; padding: 3px 6px; }"
        )
        label.setToolTip(
            self.tr("{0} on {1}").format(enum_text(status), when) if day else enum_text(status)
        )
        self.steps[status] = label
        self._layout.addWidget(label)

    def _arrow(self) -> None:
        arrow = QLabel("›")
        arrow.setEnabled(False)
        self._layout.addWidget(arrow)
