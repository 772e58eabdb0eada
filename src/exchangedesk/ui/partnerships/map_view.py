"""The Map tab of the Partnerships area: the world in Equal Earth, the home city, every partner
city as a dot and one line per partnership, coloured and dashed by status and thicker the more
was done along it in the last five years.

The list's filters apply (status, kind, country, dormant). Hover names the partnership and its
dates; a click selects it in the list and shows it in the pane. Zoom with the wheel or +/-,
pan by dragging or with the arrow keys, 0 shows the whole world again. Zoomed out over a
federation's thousands of lines, the map sums them by country pair instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import QTabWidget, QToolTip, QWidget

from exchangedesk.db.session import Database
from exchangedesk.reports.data.partnership_map import MapLine
from exchangedesk.reports.map_scene import MapScene, PairLine, build_scene
from exchangedesk.services.partnerships.lists import NO_FILTER, PartnershipFilter
from exchangedesk.services.partnerships.map import partnership_map
from exchangedesk.ui.formatting import country_text, date_text, enum_text
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.partnerships.map_paint import (
    MapColours,
    ScenePaths,
    fit_transform,
    paint_scene,
)
from exchangedesk.ui.theme import is_dark

MAX_ZOOM = 40.0
AGGREGATE_BELOW_ZOOM = 3.0  # a federation zoomed out further than this is summed by country
HIT_PIXELS = 5.0


def line_text(line: MapLine, years: int) -> str:
    dates = (
        date_text(line.signed_on)
        if line.signed_on
        else translate("PartnershipMapView", "date of signing unknown")
    )
    if line.ended_on:
        dates = f"{dates} – {date_text(line.ended_on)}"
    kind = f"{enum_text(line.kind)}, {enum_text(line.status).lower()}"
    signed = translate("PartnershipMapView", "Signed {0}").format(dates)
    done = PartnershipMapView.tr("%Ln things done in the last {0} years", "", line.activity).format(
        years
    )
    return f"{line.cities}\n{kind}\n{signed}\n{done}"


def pair_text(pair: PairLine) -> str:
    first, second = (country_text(code) for code in pair.countries)
    count = PartnershipMapView.tr("%Ln partnerships ({0})", "", pair.count).format(
        enum_text(pair.status).lower()
    )
    return f"{first} – {second}\n{count}"


class PartnershipMapView(QWidget):
    partnership_clicked = Signal(int)

    def __init__(
        self,
        database: Database,
        today: Callable[[], dt.date | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.today = today
        self.filters: PartnershipFilter = NO_FILTER
        self.scene: MapScene | None = None
        self.paths: ScenePaths | None = None
        self.zoom = 1.0
        self.centre = QPointF(0.0, 0.0)  # map units, y south
        self.selected_id: int | None = None
        self.hover_text = ""
        self._stale = True
        self._press: QPoint | None = None
        self._last_drag: QPoint | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(320, 200)
        self.setAccessibleName(self.tr("Map of the partnerships"))

    # --- data --------------------------------------------------------------------------------

    def set_filters(self, filters: PartnershipFilter) -> None:
        self.filters = filters
        self.mark_stale()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            QTimer.singleShot(0, self._load_if_stale)

    def _load_if_stale(self) -> None:
        if self._stale:
            self.load()

    def load(self) -> None:
        """Read the partnerships and project them; done once per change, not per paint."""
        self._stale = False
        self.scene = build_scene(partnership_map(self.database, self.filters, today=self.today()))
        self.paths = ScenePaths(self.scene)
        self.update()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        self._load_if_stale()

    # --- the view ----------------------------------------------------------------------------

    @property
    def aggregated(self) -> bool:
        return (
            self.scene is not None
            and self.scene.aggregated_by_default
            and self.zoom < AGGREGATE_BELOW_ZOOM
        )

    def view_transform(self):  # noqa: ANN201
        return fit_transform(QRectF(self.rect()), self.zoom, self.centre)

    def to_map(self, position: QPointF) -> tuple[float, float]:
        inverted, _ok = self.view_transform().inverted()
        point = inverted.map(position)
        return point.x(), -point.y()

    def to_screen(self, x: float, y: float) -> QPointF:
        return self.view_transform().map(QPointF(x, -y))

    def _tolerance(self) -> float:
        return HIT_PIXELS / self.view_transform().m11()

    def line_at(self, position: QPointF) -> MapLine | None:
        if self.scene is None or self.aggregated:
            return None
        return self.scene.line_near(*self.to_map(position), self._tolerance())

    def pair_at(self, position: QPointF) -> PairLine | None:
        if self.scene is None or not self.aggregated:
            return None
        return self.scene.pair_near(*self.to_map(position), self._tolerance())

    def line_point(self, partnership_id: int) -> QPointF | None:
        """Where on screen a partnership's line runs (its middle point), e.g. to click it."""
        if self.scene is None:
            return None
        for line, pieces in zip(self.scene.data.lines, self.scene.line_pieces, strict=True):
            if line.partnership_id == partnership_id:
                piece = max(pieces, key=len)
                if len(piece) == 2:
                    (x0, y0), (x1, y1) = piece
                    return self.to_screen((x0 + x1) / 2, (y0 + y1) / 2)
                return self.to_screen(*piece[len(piece) // 2])
        return None

    def set_zoom(self, zoom: float, around: QPointF | None = None) -> None:
        zoom = max(1.0, min(MAX_ZOOM, zoom))
        if around is not None:
            # Keep the map point under the cursor where it is.
            before = self.to_map(around)
            self.zoom = zoom
            after = self.to_map(around)
            self.centre = self.centre + QPointF(before[0] - after[0], -(before[1] - after[1]))
        else:
            self.zoom = zoom
        if self.zoom == 1.0:
            self.centre = QPointF(0.0, 0.0)
        self.update()

    def pan(self, dx_pixels: float, dy_pixels: float) -> None:
        scale = self.view_transform().m11()
        self.centre = self.centre - QPointF(dx_pixels / scale, dy_pixels / scale)
        self.update()

    def highlight(self, partnership_id: int | None) -> None:
        self.selected_id = partnership_id
        self.update()

    # --- painting ----------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        colours = MapColours.for_scheme(is_dark())
        rect = QRectF(self.rect())
        if self.paths is None:
            painter.fillRect(rect, colours.sea)
            return
        paint_scene(
            painter,
            self.paths,
            rect,
            self.view_transform(),
            colours,
            aggregated=self.aggregated,
            highlight=self._highlight_path(),
        )

    def _highlight_path(self) -> QPainterPath | None:
        if self.scene is None or self.selected_id is None or self.aggregated:
            return None
        for line, pieces in zip(self.scene.data.lines, self.scene.line_pieces, strict=True):
            if line.partnership_id == self.selected_id:
                path = QPainterPath()
                for piece in pieces:
                    path.addPolygon(QPolygonF([QPointF(x, -y) for x, y in piece]))
                return path
        return None

    # --- mouse and keys ----------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        steps = event.angleDelta().y() / 120
        if steps:
            self.set_zoom(self.zoom * (1.25**steps), event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = self._last_drag = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        position = event.position()
        if self._last_drag is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = position.toPoint() - self._last_drag
            self._last_drag = position.toPoint()
            self.pan(delta.x(), delta.y())
            return
        self._hover(position, event.globalPosition().toPoint())

    def _hover(self, position: QPointF, global_position: QPoint) -> None:
        line = self.line_at(position)
        pair = self.pair_at(position) if line is None else None
        if line is not None and self.scene is not None:
            text = line_text(line, self.scene.data.activity_years)
        elif pair is not None:
            text = pair_text(pair) + "\n" + self.tr("Zoom in to see each partnership")
        else:
            text = ""
        if text != self.hover_text:
            self.hover_text = text
            if text:
                QToolTip.showText(global_position, text, self)
            else:
                QToolTip.hideText()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            moved = (event.position().toPoint() - self._press).manhattanLength()
            self._press = self._last_drag = None
            if moved <= 3:
                self.click_at(event.position())
        super().mouseReleaseEvent(event)

    def click_at(self, position: QPointF) -> None:
        line = self.line_at(position)
        if line is not None:
            self.highlight(line.partnership_id)
            self.partnership_clicked.emit(line.partnership_id)
        elif self.pair_at(position) is not None:
            self.set_zoom(AGGREGATE_BELOW_ZOOM, position)  # a country pair: show its lines

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        step = 60.0
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_zoom(self.zoom * 1.5)
        elif key == Qt.Key.Key_Minus:
            self.set_zoom(self.zoom / 1.5)
        elif key == Qt.Key.Key_0:
            self.set_zoom(1.0)
        elif key == Qt.Key.Key_Left:
            self.pan(step, 0)
        elif key == Qt.Key.Key_Right:
            self.pan(-step, 0)
        elif key == Qt.Key.Key_Up:
            self.pan(0, step)
        elif key == Qt.Key.Key_Down:
            self.pan(0, -step)
        else:
            super().keyPressEvent(event)
            return
        event.accept()


def add_map_tab(page: Any) -> PartnershipMapView:
    """Put the partnerships list and the map side by side as tabs, in the list's place beside
    the pane; the map follows the list's filters, and a click on it selects in the list."""
    view = PartnershipMapView(page.database, lambda: page.today)
    tabs = QTabWidget()
    tabs.setDocumentMode(True)
    page.splitter.replaceWidget(page.splitter.indexOf(page.table), tabs)
    tabs.addTab(page.table, translate("PartnershipsPage", "List"))
    tabs.addTab(view, translate("PartnershipsPage", "Map"))
    page.choices.changed.connect(lambda: view.set_filters(page.filters))
    view.partnership_clicked.connect(page.select_partnership)
    page.table.selectionModel().selectionChanged.connect(
        lambda *_: view.highlight(getattr(page.selected_row(), "id", None))
    )
    page.map_tabs = tabs
    return view
