"""Home: what the register holds and what is coming up, with a way into each area."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.services.calendar import events_between
from exchangedesk.services.overview import RecordCounts, count_records
from exchangedesk.ui.areas.base import AreaPage, AreaSpec
from exchangedesk.ui.areas.calendar import event_columns
from exchangedesk.ui.formatting import plural
from exchangedesk.ui.models import RowsTableModel
from exchangedesk.ui.theme import icon
from exchangedesk.ui.widgets.tables import make_table

ICON = "mdi6.home-outline"
UPCOMING_DAYS = 90


def _tr(text: str) -> str:
    return QCoreApplication.translate("Home", text)


TILES = (
    ("partnerships", "mdi6.handshake-outline"),
    ("delegations", "mdi6.account-group-outline"),
    ("exchanges", "mdi6.school-outline"),
    ("gifts", "mdi6.gift-outline"),
    ("aid", "mdi6.hand-heart-outline"),
    ("people", "mdi6.card-account-details-outline"),
    ("documents", "mdi6.file-document-multiple-outline"),
)


def tile_text(key: str, counts: RecordCounts) -> str:
    """How a tile reads: "4 partnerships (2 active)", "1 aid campaign"..."""
    if key == "partnerships":
        return plural(counts.partnerships, _tr("{0} partnership"), _tr("{0} partnerships")) + (
            _tr(" ({0} active)").format(counts.active_partnerships)
        )
    if key == "people":
        return ", ".join(
            (
                plural(counts.people, _tr("{0} person"), _tr("{0} people")),
                plural(counts.organisations, _tr("{0} organisation"), _tr("{0} organisations")),
            )
        )
    count, one, many = {
        "delegations": (counts.delegations, _tr("{0} delegation"), _tr("{0} delegations")),
        "exchanges": (
            counts.programmes,
            _tr("{0} exchange programme"),
            _tr("{0} exchange programmes"),
        ),
        "gifts": (counts.gifts, _tr("{0} gift"), _tr("{0} gifts")),
        "aid": (counts.campaigns, _tr("{0} aid campaign"), _tr("{0} aid campaigns")),
        "documents": (counts.documents, _tr("{0} document sent"), _tr("{0} documents sent")),
    }[key]
    return plural(count, one, many)


class HomePage(AreaPage):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        self._database = database
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 0)
        self.welcome = QLabel()
        self.welcome.setWordWrap(True)
        self.welcome.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.welcome)

        grid = QGridLayout()
        self.tiles: dict[str, QToolButton] = {}
        for index, (key, icon_name) in enumerate(TILES):
            tile = QToolButton()
            tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            tile.setIcon(icon(icon_name))
            tile.setAutoRaise(True)
            tile.setIconSize(QSize(22, 22))
            tile.setCursor(Qt.CursorShape.PointingHandCursor)
            tile.clicked.connect(lambda _checked=False, k=key: self.open_area.emit(k))
            grid.addWidget(tile, index // 2, index % 2, Qt.AlignmentFlag.AlignLeft)
            self.tiles[key] = tile
        layout.addLayout(grid)

        self.upcoming_title = QLabel(
            self.tr("Coming up in the next {0} days").format(UPCOMING_DAYS)
        )
        font = QFont(self.upcoming_title.font())
        font.setBold(True)
        self.upcoming_title.setFont(font)
        layout.addSpacing(12)
        layout.addWidget(self.upcoming_title)
        self.upcoming = RowsTableModel(event_columns(), self)
        self.table = make_table(self.upcoming, self.upcoming.columns)
        layout.addWidget(self.table, 1)
        self.nothing = QLabel(self.tr("Nothing planned in the coming months."))
        layout.addWidget(self.nothing)
        layout.addStretch(0)  # takes the room instead of the table when nothing is coming
        self._layout = layout
        self.refresh()

    def refresh(self) -> None:
        counts = count_records(self._database)
        self.counts = counts
        for key, _icon in TILES:
            self.tiles[key].setText(tile_text(key, counts))
        if counts.is_empty:
            self.welcome.setText(
                self.tr(
                    "<h2>Welcome to ExchangeDesk</h2>"
                    "<p>This register is still empty. ExchangeDesk keeps your committee's "
                    "partnerships and everything that passes between the cities: delegations, "
                    "exchanges, gifts and aid.</p><p>To look around first, create a database "
                    "with the demo history and open it with <b>File › Open database…</b>:<br>"
                    "<nobr><code>exchangedesk demo --db demo.sqlite3</code></nobr></p>"
                )
            )
        else:
            self.welcome.setText(self.tr("<h2>Your committee at a glance</h2>"))
        today = dt.date.today()
        events = events_between(self._database, today, today + dt.timedelta(days=UPCOMING_DAYS))
        self.upcoming.set_rows(events)
        self.table.setVisible(bool(events))
        self.nothing.setVisible(not events)
        self._layout.setStretch(self._layout.count() - 1, 0 if events else 1)
        self.status_changed.emit()

    def status_text(self) -> str:
        count = self.upcoming.rowCount()
        return plural(count, self.tr("{0} event coming up"), self.tr("{0} events coming up"))

    def refresh_icons(self) -> None:
        for key, icon_name in TILES:
            self.tiles[key].setIcon(icon(icon_name))

    def item_models(self) -> list[QAbstractItemModel]:
        return [self.upcoming]


def make_page(database: Database, parent: QWidget | None = None) -> AreaPage:
    return HomePage(database, parent)


def area() -> AreaSpec:
    return AreaSpec("home", _tr("Home"), ICON, make_page, _tr("Overview and what is coming up"))
