"""The gift list's columns, and the choices beside its text filter: given or received,
category, partnership, and "not yet thanked". A received gift still owed a thank-you letter
carries an envelope mark in its own column."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from exchangedesk.domain.enums import GiftDirection
from exchangedesk.services.gifts.register import GiftFilter, GiftRow, list_gifts
from exchangedesk.ui.areas.base import ListSpec
from exchangedesk.ui.formatting import enum_text
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.models import ROW_ROLE, Column
from exchangedesk.ui.theme import icon
from exchangedesk.ui.widgets.partial_date import partial_date_text

ICON = "mdi6.gift-outline"
OWED_ICON = "mdi6.email-alert-outline"
THANKS_COLUMN = 2  # where the mark of a thank-you still owed is drawn


def gift_date_text(day: dt.date | None) -> str:
    """The register keeps a day; a gift known only by its year is entered as 1 January and
    reads "1944", never "1 Jan 1944"."""
    if day is None:
        return ""
    if day.month == 1 and day.day == 1:
        return str(day.year)
    return partial_date_text(day)


def direction_text(row: GiftRow) -> str:
    """ "Given", "Received", or "Received, not thanked" (drawn with an envelope mark)."""
    if row.owes_thanks:
        return translate("Gifts", "Received, not thanked")
    return enum_text(row.direction)


def list_spec(load: Callable[..., Any] = list_gifts) -> ListSpec:
    return ListSpec(
        key="gifts",
        title=translate("Gifts", "Gifts"),
        icon=ICON,
        load=load,
        columns=[
            # The value is in the pane; the list keeps to what tells gifts apart, and marks a
            # received gift still owed a thank-you beside the word "Received".
            Column(
                translate("Gifts", "Date"),
                lambda r: gift_date_text(r.given_on),
                "given_on",
                width=11,
            ),
            Column(translate("Gifts", "Gift"), lambda r: r.title, "title", width=26),
            Column(translate("Gifts", "Given/received"), direction_text, "direction", width=24),
            Column(translate("Gifts", "From"), lambda r: r.giver or "", "giver", width=16),
            Column(translate("Gifts", "To"), lambda r: r.receiver or "", "receiver", width=16),
            Column(
                translate("Gifts", "Kept at now"), lambda r: r.kept_at or "", "kept_at", width=20
            ),
        ],
        heading=lambda r: r.title,
        details=[],
        filter_hint=translate("Gifts", "Filter by gift, occasion, category, giver or receiver"),
        empty_title=translate("Gifts", "No gifts yet"),
        empty_text=translate(
            "Gifts",
            "Gifts are what your town gives and receives — a tablecloth embroidered with 830 "
            "names, a plaque, a book — with the occasion, who gave it, where it is kept today "
            "and whether the thank-you letter has gone.<br><br>Record the first one with "
            "<b>File › New</b> (Ctrl+N), or explore the demo history first: "
            "<nobr><code>exchangedesk demo --db demo.sqlite3</code></nobr>.",
        ),
        select_prompt=translate("Gifts", "Select a gift to see its details."),
    )


class ThanksDelegate(QStyledItemDelegate):
    """A received gift not yet thanked carries an envelope mark in its given/received cell."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        row = index.data(ROW_ROLE)
        if getattr(row, "owes_thanks", False):
            option.icon = icon(OWED_ICON)
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration


class GiftChoices(QWidget):
    """Given or received, category, partnership, not yet thanked."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.direction = QComboBox()
        self.direction.addItem(self.tr("Given and received"), None)
        for direction in GiftDirection:
            self.direction.addItem(enum_text(direction), direction)
        self.category = QComboBox()
        self.partnership = QComboBox()
        self.set_categories([])
        self.set_partnerships([])
        for combo in (self.direction, self.category, self.partnership):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumWidth(64)
            combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.unthanked = QCheckBox(self.tr("Not yet thanked"))
        self.unthanked.setIcon(icon(OWED_ICON))
        self.unthanked.setToolTip(
            self.tr("Received gifts with no thank-you letter in the register")
        )
        self.unthanked.toggled.connect(lambda _on: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.direction, self.category, self.partnership, self.unthanked):
            layout.addWidget(widget)

    def _refill(self, combo: QComboBox, first: str, items: Sequence[tuple[Any, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(first, None)
        for data, text in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def set_categories(self, categories: Sequence[str]) -> None:
        self._refill(self.category, self.tr("Any category"), [(c, c) for c in categories])

    def set_partnerships(self, partnerships: Sequence[tuple[int, str]]) -> None:
        self._refill(self.partnership, self.tr("Any partnership"), partnerships)

    def filters(self) -> GiftFilter:
        direction = self.direction.currentData()
        return GiftFilter(
            direction=GiftDirection(direction) if direction else None,  # Qt gives the str
            category=self.category.currentData(),
            partnership_id=self.partnership.currentData(),
            unthanked_only=self.unthanked.isChecked(),
        )

    def refresh_icons(self) -> None:
        self.unthanked.setIcon(icon(OWED_ICON))
