"""The Partnerships filter bar's choices beside the text: status, kind, country, dormant only."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from exchangedesk.domain.enums import PartnershipKind, PartnershipStatus
from exchangedesk.services.partnerships.lists import PartnershipFilter
from exchangedesk.ui.formatting import country_text, enum_text
from exchangedesk.ui.theme import icon

DORMANT_ICON = "mdi6.sleep"


class FilterChoices(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        for status in PartnershipStatus:
            self.status.addItem(enum_text(status), status)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Any kind"), None)
        for kind in PartnershipKind:
            self.kind.addItem(enum_text(kind), kind)
        self.country = QComboBox()
        self.country.addItem(self.tr("Any country"), None)
        for combo in (self.status, self.kind, self.country):
            # Full width when there is room; a narrow window squeezes them (the list, when
            # opened, shows every choice whole).
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumWidth(64)
            combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.dormant = QCheckBox(self.tr("Dormant only"))
        self.dormant.setIcon(icon(DORMANT_ICON))
        self.dormant.setToolTip(
            self.tr("Partnerships with nothing recorded for years (the pane says since when)")
        )
        self.dormant.toggled.connect(lambda _on: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.status, self.kind, self.country, self.dormant):
            layout.addWidget(widget)

    def set_countries(self, codes: Sequence[str]) -> None:
        """The countries of the register's partnerships, by name; the choice is kept."""
        chosen = self.country.currentData()
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem(self.tr("Any country"), None)
        for code in sorted(codes, key=country_text):
            self.country.addItem(country_text(code), code)
        self.country.setCurrentIndex(max(self.country.findData(chosen), 0))
        self.country.blockSignals(False)

    def filters(self) -> PartnershipFilter:
        status, kind = self.status.currentData(), self.kind.currentData()
        return PartnershipFilter(  # Qt hands back the enums' plain strings
            statuses=frozenset({PartnershipStatus(status)}) if status else frozenset(),
            kinds=frozenset({PartnershipKind(kind)}) if kind else frozenset(),
            country=self.country.currentData(),
            dormant_only=self.dormant.isChecked(),
        )

    def refresh_icons(self) -> None:
        self.dormant.setIcon(icon(DORMANT_ICON))
