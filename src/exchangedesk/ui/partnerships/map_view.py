"""The Map tab of the Partnerships area: the world in Equal Earth, the home city, every partner
city as a dot and one line per partnership, coloured and dashed by status and thicker the more
was done along it in the last five years.

The list's filters apply (its text, status, kind, country, dormant). The map is read and
projected on a worker thread (ui/tasks.py), so the window stays responsive while a federation's
24,697 lines load. It opens framed on the home city and the partners ("Fit partners", F) and
follows the data while the user has not moved it; 0 shows the whole world. Hover names the
partnership and its dates; a click selects it in the list and shows it in the pane. Zoom with
the wheel or +/-, pan by dragging or with the arrow keys. Zoomed out over a federation's
thousands of lines (more than one can tell apart on screen), the map sums them by country
pair instead; only what is on screen is drawn, and a drag moves the last frame until it settles.
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
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.reports.data.partnership_map import MapLine
from exchangedesk.reports.map.extent import Extent, extent_of, partners_extent
from exchangedesk.reports.map.scene import MapScene, PairLine, build_scene
from exchangedesk.services.partnerships.lists import NO_FILTER, PartnershipFilter
from exchangedesk.services.partnerships.map import partnership_map
from exchangedesk.ui.partnerships.map_paint import (
    MapColours,
    ScenePaths,
    extent_view,
    fit_transform,
    paint_legend,
    paint_scene,
    shown_rect,
)
from exchangedesk.ui.partnerships.map_texts import line_text, pair_text
from exchangedesk.ui.tasks import Task, TaskControl
from exchangedesk.ui.theme import is_dark

MAX_ZOOM = 40.0
HIT_PIXELS = 5.0
SETTLE_MS = 120  # after the last drag step, the map is drawn afresh instead of moved

Loaded = tuple[MapScene, ScenePaths, Extent]


def _read(
    reader: Callable[..., Any],
    database: Database,
    filters: PartnershipFilter,
    text: str,
    today: dt.date | None,
    control: TaskControl | None,
) -> Loaded:
    """Read and project the map: on a worker thread, so no widget is touched here."""
    data = reader(database, filters, text=text, today=today)
    if control is not None:
        control.check()
    scene = build_scene(data)
    if control is not None:
        control.check()
    return scene, ScenePaths(scene), partners_extent(scene)


class PartnershipMapView(QWidget):
    partnership_clicked = Signal(int)
    loading_changed = Signal(bool)  # True while the map's data is read on a worker thread
    loaded = Signal()  # a new scene is shown
    failed = Signal(str)  # why the map could not be read, in words

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
        self.search_text = ""  # the list's filter text
        # Reads the map's data; runs on a worker thread (tests put a slower one here).
        self.reader: Callable[..., Any] = partnership_map
        self.scene: MapScene | None = None
        self.paths: ScenePaths | None = None
        self.extent: Extent | None = None  # where the partners are
        self.zoom = 1.0
        self.centre = QPointF(0.0, 0.0)  # map units, y south
        self.fitted = True  # follows the partners until the user zooms or pans
        self.selected_id: int | None = None
        self.hover_text = ""
        self._stale = True
        self._task: Task | None = None
        self._generation = 0
        self._press: QPoint | None = None
        self._last_drag: QPoint | None = None
        # While the map is dragged, zoomed or moved by keys, the last full frame is moved and
        # scaled instead of redrawing a federation's lines at every step; once the moving
        # pauses (SETTLE_MS), the map is drawn afresh.
        self._frame: QPixmap | None = None
        self._frame_transform = QTransform()
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._drop_frame)
        self._frame_aggregated = False
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(320, 200)
        self.setAccessibleName(self.tr("Map of the partnerships"))

    # --- data --------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._task is not None

    def set_filters(self, filters: PartnershipFilter) -> None:
        self.filters = filters
        self.mark_stale()

    def set_search(self, text: str) -> None:
        """The list's filter text: the map shows the partnerships the list finds."""
        if text != self.search_text:
            self.search_text = text
            self.mark_stale()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            QTimer.singleShot(0, self._load_if_stale)

    def _load_if_stale(self) -> None:
        if self._stale:
            self.load_in_background()

    def _reading(self) -> Callable[[TaskControl | None], Loaded]:
        """The read of the map with the filters as they are now (they may change on the GUI
        thread while it runs)."""
        reader, database, filters = self.reader, self.database, self.filters
        text, today = self.search_text, self.today()
        return lambda control: _read(reader, database, filters, text, today, control)

    def load(self) -> None:
        """Read the map here and now (tests, and the first frame of a small register)."""
        self._stale = False
        self._generation += 1
        self._show(self._reading()(None))

    def load_in_background(self) -> None:
        """Read the map on a worker thread; the scene shown stays until the new one is ready,
        and a change meanwhile cancels the read under way and starts another."""
        self._stale = False
        self._generation += 1
        generation = self._generation
        if self._task is not None:
            self._task.cancel()
        task = Task(self._reading(), self)
        task.result.connect(lambda loaded: self._delivered(generation, loaded))
        task.error.connect(lambda exc: self._went_wrong(generation, exc))
        task.finished.connect(lambda: self._ended(task))
        self._task = task
        task.start()
        self.loading_changed.emit(True)
        self.update()

    def _delivered(self, generation: int, loaded: Loaded) -> None:
        if generation == self._generation:
            self._show(loaded)

    def _went_wrong(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(exc, ExchangeDeskError):
            self.failed.emit(str(exc))
        else:
            self.failed.emit(self.tr("The map could not be read from the database."))

    def _ended(self, task: Task) -> None:
        if self._task is task:
            self._task = None
            self.loading_changed.emit(False)
            self.update()

    def _show(self, loaded: Loaded) -> None:
        self.scene, self.paths, self.extent = loaded
        self._frame = None
        if self.fitted:
            self.fit_partners()
        self.update()
        self.loaded.emit()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        self._load_if_stale()

    # --- the view ----------------------------------------------------------------------------

    @property
    def aggregated(self) -> bool:
        """More lines on screen than one can tell apart: they are summed by country pair."""
        if self.paths is None:
            return False
        return self.paths.summed_here(shown_rect(QRectF(self.rect()), self.view_transform()))

    def view_transform(self):  # noqa: ANN201
        return fit_transform(QRectF(self.rect()), self.zoom, self.centre)

    def visible_map_rect(self) -> QRectF:
        """The part of the map on screen, in map units with y growing north."""
        inverted, _ok = self.view_transform().inverted()
        shown = inverted.mapRect(QRectF(self.rect()))
        return QRectF(shown.left(), -shown.bottom(), shown.width(), shown.height())

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

    def fit_partners(self) -> None:
        """Frame the home city and every partner (with their arcs); the view then follows the
        data, a filter change included, until the user moves it."""
        self.fitted = True
        if self.extent is not None:
            self.zoom, self.centre = extent_view(QRectF(self.rect()), self.extent, MAX_ZOOM)
        self._frame = None
        self.update()

    def show_world(self) -> None:
        self.set_zoom(1.0)

    def _moving(self) -> None:
        """Keep the frame as it is now, to move and scale until the moving settles."""
        if self._frame is None:
            self._keep_frame()
        self._settle.start()

    def set_zoom(self, zoom: float, around: QPointF | None = None) -> None:
        self._moving()
        self.fitted = False
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
        self._moving()
        self.fitted = False
        scale = self.view_transform().m11()
        self.centre = self.centre - QPointF(dx_pixels / scale, dy_pixels / scale)
        self.update()

    def highlight(self, partnership_id: int | None) -> None:
        self.selected_id = partnership_id
        self._frame = None
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._frame = None
        if self.fitted:
            self.fit_partners()

    # --- painting ----------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        colours = MapColours.for_scheme(is_dark())
        rect = QRectF(self.rect())
        if self.paths is None:
            painter.fillRect(rect, colours.sea)
        elif self._frame is not None and self._settle.isActive():
            # A step of moving: the frame drawn before it, moved and scaled as the map was.
            inverted, _ok = self._frame_transform.inverted()
            painter.fillRect(rect, colours.background)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.setTransform(inverted * self.view_transform())
            painter.drawPixmap(0, 0, self._frame)
            painter.restore()
            paint_legend(painter, rect, colours, aggregated=self._frame_aggregated)
        else:
            self._paint_map(painter, rect, colours)
            paint_legend(painter, rect, colours, aggregated=self.aggregated)
        if self.loading:
            painter.setPen(colours.text)
            painter.drawText(
                rect.adjusted(0, 8, -12, 0),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                self.tr("Loading the map…"),
            )
        painter.end()

    def _paint_map(self, painter: QPainter, rect: QRectF, colours: MapColours) -> None:
        assert self.paths is not None
        paint_scene(
            painter,
            self.paths,
            rect,
            self.view_transform(),
            colours,
            aggregated=self.aggregated,
            highlight=self._highlight_path(),
            legend=False,
        )

    def _keep_frame(self) -> None:
        """The map as it is now, to move about while the mouse drags it."""
        if self.paths is None or self.width() <= 0 or self.height() <= 0:
            return
        ratio = self.devicePixelRatioF()
        frame = QPixmap(self.size() * ratio)
        frame.setDevicePixelRatio(ratio)
        painter = QPainter(frame)
        self._paint_map(painter, QRectF(self.rect()), MapColours.for_scheme(is_dark()))
        painter.end()
        self._frame, self._frame_transform = frame, self.view_transform()
        self._frame_aggregated = self.aggregated

    def _drop_frame(self) -> None:
        """The drag paused or ended: draw the map afresh at its new place."""
        self._frame = None
        self.update()

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
            self._settle.stop()
            self._drop_frame()
            if moved <= 3:
                self.click_at(event.position())
        super().mouseReleaseEvent(event)

    def click_at(self, position: QPointF) -> None:
        line = self.line_at(position)
        if line is not None:
            self.highlight(line.partnership_id)
            self.partnership_clicked.emit(line.partnership_id)
        else:
            pair = self.pair_at(position)
            if pair is not None:  # a country pair: frame it, closer to its own lines
                extent = extent_of(point for piece in pair.pieces for point in piece.tolist())
                if extent is not None:
                    self.zoom, self.centre = extent_view(QRectF(self.rect()), extent, MAX_ZOOM)
                    self.set_zoom(self.zoom * 1.5)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        step = 60.0
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_zoom(self.zoom * 1.5)
        elif key == Qt.Key.Key_Minus:
            self.set_zoom(self.zoom / 1.5)
        elif key == Qt.Key.Key_0:
            self.show_world()
        elif key == Qt.Key.Key_F:
            self.fit_partners()
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
