"""Home: what the register holds and what needs the secretary's attention, with a way into
each area and each record."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.services.overview.attention import AttentionItem, AttentionKind, needs_attention
from exchangedesk.services.overview.summary import RecordCounts, count_records
from exchangedesk.ui.areas.base import AreaPage, AreaSpec
from exchangedesk.ui.formatting import count_text
from exchangedesk.ui.i18n import Home, translate
from exchangedesk.ui.overview.attention import AttentionModel, AttentionView
from exchangedesk.ui.privacy.notice import RetentionNotice
from exchangedesk.ui.tasks import Task
from exchangedesk.ui.theme import icon

ICON = "mdi6.home-outline"
QUICK_KINDS = frozenset(AttentionKind) - {AttentionKind.CONFLICT}  # shown before the slow check


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
        return Home.tr("%Ln partnerships", "", counts.partnerships) + (
            translate("Home", " ({0} active)").format(count_text(counts.active_partnerships))
        )
    if key == "people":
        return ", ".join(
            (
                Home.tr("%Ln people", "", counts.people),
                Home.tr("%Ln organisations", "", counts.organisations),
            )
        )
    if key == "delegations":
        return Home.tr("%Ln delegations", "", counts.delegations)
    if key == "exchanges":
        return Home.tr("%Ln exchange programmes", "", counts.programmes)
    if key == "gifts":
        return Home.tr("%Ln gifts", "", counts.gifts)
    if key == "aid":
        return Home.tr("%Ln aid campaigns", "", counts.campaigns)
    return Home.tr("%Ln documents sent", "", counts.documents)


class HomePage(AreaPage):
    open_record = Signal(str, int)  # area key, record id: the window shows it (show_record)
    attention_loaded = Signal()  # the attention list has been filled (for tests and the probe)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        self._database = database
        self.today: dt.date | None = None  # None: the real today (tests set a day)
        self._loading: Task | None = None
        self._generation = 0
        self._shown = -1  # the request whose result the list shows (none yet)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        self.welcome = QLabel()
        self.welcome.setWordWrap(True)
        self.welcome.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.welcome)

        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
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
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)

        self.attention_title = QLabel(self.tr("Needs attention"))
        font = QFont(self.attention_title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.attention_title.setFont(font)
        layout.addSpacing(10)
        layout.addWidget(self.attention_title)
        self.state = QLabel()  # "Looking…", "Nothing needs your attention", an error
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.retention_notice = RetentionNotice()  # "N people's data is due for review"
        layout.addWidget(self.retention_notice)
        self.attention = AttentionModel(self)
        self.attention_view = AttentionView(self.attention)
        self.attention_view.open_record.connect(self.open_record)
        self.attention_view.selectionModel().currentChanged.connect(self._explain)
        self.attention_view.hide()  # until the first list has arrived
        layout.addWidget(self.attention_view, 1)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setMinimumHeight(self.explanation.fontMetrics().lineSpacing() * 2)
        self.explanation.hide()
        layout.addWidget(self.explanation)
        layout.addStretch(1)  # takes the room while the list is hidden
        self._layout = layout
        self._show_counts()
        # What needs attention is looked for once the window has painted its first frame.
        QTimer.singleShot(0, self.load_attention)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._stop_loading)

    def refresh(self) -> None:
        self._show_counts()
        self.load_attention()

    def _show_counts(self) -> None:
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
        self.status_changed.emit()

    def load_attention(self) -> None:
        """Look for what needs attention off the GUI thread, so the window paints first: the
        quick kinds, shown at once, then the slow conflict check. A result that arrives after
        a newer request is dropped."""
        self._generation += 1
        today = self.today or dt.date.today()
        self.state.setText(self.tr("Looking for what needs your attention…"))
        self.state.show()
        self._search(self._generation, today, QUICK_KINDS, [])
        self.retention_notice.load(self._database, today)

    def _search(
        self,
        generation: int,
        today: dt.date,
        kinds: frozenset[AttentionKind],
        so_far: list[AttentionItem],
    ) -> None:
        database = self._database
        task = Task(lambda _control: needs_attention(database, today=today, kinds=kinds), self)
        task.result.connect(
            lambda items: self._arrived(generation, today, kinds, [*so_far, *items])
        )
        task.error.connect(lambda error: self._attention_failed(generation, error))
        self._loading = task.start()

    def _arrived(
        self,
        generation: int,
        today: dt.date,
        kinds: frozenset[AttentionKind],
        items: list[AttentionItem],
    ) -> None:
        if generation != self._generation:
            return
        order = list(AttentionKind)
        items.sort(key=lambda item: order.index(item.kind))  # stable: each kind keeps its order
        final = AttentionKind.CONFLICT in kinds
        self._show_attention(generation, items, today, final=final)
        if not final:
            self._search(generation, today, frozenset({AttentionKind.CONFLICT}), items)

    def _stop_loading(self) -> None:
        """The program is ending: let a search still running finish before the database and
        the objects its answer would reach are gone (it takes a second at most)."""
        if self.is_loading:
            self._loading.cancel()
            QThreadPool.globalInstance().waitForDone(10_000)

    @property
    def is_loading(self) -> bool:
        return self._loading is not None and self._loading.is_running

    @property
    def loaded(self) -> bool:
        """The list shows the answer to the latest request."""
        return self._shown == self._generation

    def _show_attention(
        self, generation: int, items: list[AttentionItem], today: dt.date, *, final: bool
    ) -> None:
        self.attention.set_items(items, today)
        self.attention_view.expand_small_groups()
        self.attention_view.setVisible(bool(items))
        self.explanation.setVisible(bool(items))
        self._layout.setStretch(self._layout.count() - 1, 0 if items else 1)
        self.explanation.setText(
            self.tr("Select an item to read more; double-click it or press Enter to open it.")
        )
        if not final:
            self.state.setText(self.tr("Checking the coming visits for conflicts…"))
            self.state.show()
            self.status_changed.emit()
            return
        self._shown = generation
        if items:
            self.state.hide()
        else:
            self.state.setText(
                self.tr(
                    "Nothing needs your attention: no visits in the coming weeks, no "
                    "letters due, nothing waiting to be thanked for."
                )
            )
        self.status_changed.emit()
        self.attention_loaded.emit()

    def _attention_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._shown = generation
        self.state.setText(self.tr("What needs attention could not be read: {0}").format(error))
        self.attention_loaded.emit()

    def _explain(self, current, _previous) -> None:  # noqa: ANN001 - model indexes
        item = self.attention.item_at(current)
        if item is not None:
            self.explanation.setText(
                self.attention.explanation_at(current)
                + " "
                + self.tr("Double-click or press Enter to open it.")
            )

    def status_text(self) -> str:
        count = len(self.attention.items)
        if self._shown != self._generation:
            return self.tr("Looking for what needs attention…")
        return self.tr("%Ln items need attention", "", count)

    def refresh_icons(self) -> None:
        for key, icon_name in TILES:
            self.tiles[key].setIcon(icon(icon_name))
        self.load_attention()  # the rows' tinted icons follow the scheme

    def item_models(self) -> list[QAbstractItemModel]:
        return [self.attention]


def make_page(database: Database, parent: QWidget | None = None) -> AreaPage:
    return HomePage(database, parent)


def area() -> AreaSpec:
    from exchangedesk.ui.areas import area_spec

    return area_spec("home")
