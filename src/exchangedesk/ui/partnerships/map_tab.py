"""The Map tab beside the partnerships list: a row of view buttons ("Fit partners", "Whole
world"), a line saying what is shown or that it is loading, and the map itself. The map follows
the list's filters (its text too); a click on a line selects it in the list."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QToolButton, QVBoxLayout, QWidget

from exchangedesk.ui.i18n import translate
from exchangedesk.ui.partnerships.map_view import PartnershipMapView


class MapTab(QWidget):
    def __init__(self, view: PartnershipMapView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.fit_button = QToolButton()
        self.fit_button.setText(self.tr("Fit partners"))
        self.fit_button.setToolTip(self.tr("Show the home city and every partner (F)"))
        self.fit_button.clicked.connect(view.fit_partners)
        self.world_button = QToolButton()
        self.world_button.setText(self.tr("Whole world"))
        self.world_button.setToolTip(self.tr("Show the whole world (0)"))
        self.world_button.clicked.connect(view.show_world)
        self.status = QLabel()
        row = QHBoxLayout()
        row.setContentsMargins(0, 4, 0, 4)
        row.addWidget(self.fit_button)
        row.addWidget(self.world_button)
        row.addSpacing(12)
        row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(view, 1)
        view.loading_changed.connect(self._say)
        view.loaded.connect(self._say)
        view.failed.connect(self.status.setText)

    def _say(self, *_args: object) -> None:
        view = self.view
        if view.loading:
            self.status.setText(self.tr("Loading the map…"))
        elif view.scene is not None:
            data = view.scene.data
            text = self.tr("%Ln partnerships on the map", "", len(data.lines))
            if data.unplaced:
                text += " " + self.tr(
                    "(%Ln left off: a city without coordinates)", "", data.unplaced
                )
            self.status.setText(text)


def add_map_tab(page: Any) -> PartnershipMapView:
    """Put the partnerships list and the map side by side as tabs, in the list's place beside
    the pane; the map follows the list's filters and its text, and a click on it selects in
    the list."""
    view = PartnershipMapView(page.database, lambda: page.today)
    tabs = QTabWidget()
    tabs.setDocumentMode(True)
    page.splitter.replaceWidget(page.splitter.indexOf(page.table), tabs)
    tabs.addTab(page.table, translate("PartnershipsPage", "List"))
    page.map_tab = MapTab(view)
    tabs.addTab(page.map_tab, translate("PartnershipsPage", "Map"))
    page.choices.changed.connect(lambda: view.set_filters(page.filters))
    page.filter_bar.filter_changed.connect(view.set_search)
    view.partnership_clicked.connect(page.select_partnership)
    page.table.selectionModel().selectionChanged.connect(
        lambda *_: view.highlight(getattr(page.selected_row(), "id", None))
    )
    page.map_tabs = tabs
    return view
