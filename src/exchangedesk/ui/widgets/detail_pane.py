"""The read-only pane beside a list: the selected record's fields, label by label."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget


@dataclass(frozen=True)
class Detail:
    label: str
    text: Callable[[Any], str]


class DetailPane(QScrollArea):
    def __init__(
        self,
        heading: Callable[[Any], str],
        details: Sequence[Detail],
        prompt: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._heading_of = heading
        self._details = tuple(details)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 8, 12, 8)
        self.heading = QLabel(prompt)
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.heading)
        self._form = QFormLayout()
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._values: list[tuple[QLabel, QLabel]] = []
        for detail in self._details:
            name, value = QLabel(detail.label + ":"), QLabel()
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)  # names are data, never markup
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._form.addRow(name, value)
            self._values.append((name, value))
        layout.addLayout(self._form)
        layout.addStretch(1)
        self.setWidget(body)
        self._prompt = prompt
        self.show_row(None)

    def show_row(self, row: Any | None) -> None:
        self.heading.setText(self._prompt if row is None else self._heading_of(row))
        for detail, (name, value) in zip(self._details, self._values, strict=True):
            text = "" if row is None else detail.text(row)
            value.setText(text)
            name.setVisible(bool(text))
            value.setVisible(bool(text))

    def shown_values(self) -> dict[str, str]:
        """Label → text of what is on display (for tests and accessibility checks)."""
        return {
            detail.label: value.text()
            for detail, (_name, value) in zip(self._details, self._values, strict=True)
            if value.text()
        }
