"""Painting a :class:`MapScene` with QPainter, for the window and for the PNG the CLI writes.

Paths are built once per scene (one QPainterPath per status and line width, one for the land);
a paint only sets the view transform and strokes them with cosmetic pens, so lines and dots keep
their size in pixels at every zoom.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF, QTransform

from exchangedesk.domain import geo
from exchangedesk.domain.enums import PartnershipStatus
from exchangedesk.reports.map.extent import Extent, to_aspect
from exchangedesk.reports.map.scene import (
    AGGREGATE_ABOVE,
    DRAW_ORDER,
    STATUS_STYLES,
    MapScene,
    Polyline,
    StatusStyle,
    pair_width,
)


@dataclass(frozen=True)
class MapColours:
    background: QColor  # around the world's oval
    sea: QColor
    land: QColor
    border: QColor
    city: QColor
    home: QColor
    text: QColor
    dark: bool = False  # the statuses' dark-scheme colours

    def status(self, style: StatusStyle) -> QColor:
        return QColor(style.dark_colour if self.dark else style.colour)

    @staticmethod
    def for_scheme(dark: bool) -> MapColours:
        if dark:
            return MapColours(
                QColor("#2a2a2a"), QColor("#1b2430"), QColor("#3a4250"), QColor("#596273"),
                QColor("#e8e8e8"), QColor("#ffd54f"), QColor("#f0f0f0"), True,
            )  # fmt: skip
        return MapColours(
            QColor("#f7f7f7"), QColor("#dce9f5"), QColor("#f4f1ea"), QColor("#b9b2a5"),
            QColor("#333333"), QColor("#000000"), QColor("#202020"),
        )  # fmt: skip


def _path(polylines: list[Polyline], *, closed: bool = False) -> QPainterPath:
    path = QPainterPath()
    for line in polylines:
        path.addPolygon(QPolygonF([QPointF(x, -y) for x, y in line]))  # y grows south on screen
        if closed:
            path.closeSubpath()
    return path


MANY_DOTS = 1500


def qpolygon(xy: Any) -> QPolygonF:
    """A QPolygonF of an (n, 2) array of map points, y turned south, in one copy (no QPointF
    per point: 500,000 of those took seconds)."""
    import numpy as np
    import shiboken6

    points = np.ascontiguousarray(xy, dtype=np.float64)
    polygon = QPolygonF()
    polygon.resize(len(points))
    if len(points):
        # data() hands back the first point; its address is the start of the points' array
        memory = shiboken6.VoidPtr(polygon.data(), points.nbytes, True)
        target = np.frombuffer(memory, dtype=np.float64).reshape(-1, 2)
        target[:, 0] = points[:, 0]
        target[:, 1] = -points[:, 1]
    return polygon


class PiecePolygons:
    """The pieces of a :class:`Routes` as QPolygonF, made when first drawn (a paint draws only
    what is on screen; zoomed out, a federation's lines are never made at all)."""

    def __init__(self, routes: Any) -> None:
        self.routes = routes
        self._made: dict[int, QPolygonF] = {}
        boxes = routes.boxes if routes is not None else None
        # screen-side boxes (y south): west, north, east, south
        self.boxes = None if boxes is None else boxes[:, [0, 3, 2, 1]] * [1, -1, 1, -1]

    def __getitem__(self, index: int) -> QPolygonF:
        found = self._made.get(index)
        if found is None:
            # one copy per piece (QPolygonF.mid hands back a Python list: 10x slower)
            found = self._made[index] = qpolygon(self.routes.piece(index))
        return found

    def visible(self, shown: QRectF) -> Any:
        """Indices of the pieces whose box meets ``shown`` (screen-side map units)."""
        import numpy as np

        if self.boxes is None or len(self.boxes) == 0:
            return np.zeros(0, dtype=np.int64)
        b = self.boxes
        meets = (
            (b[:, 0] <= shown.right())
            & (b[:, 2] >= shown.left())
            & (b[:, 1] <= shown.bottom())
            & (b[:, 3] >= shown.top())
        )
        return np.flatnonzero(meets)


@lru_cache(maxsize=1)
def land_polygons() -> tuple[tuple[QPolygonF, QRectF], ...]:
    """Every country's rings once per process, each with its box to leave off what is not on
    screen; drawn one polygon at a time (one huge path filled and stroked took twice as long)."""
    from exchangedesk.reports.map.scene import world

    found = []
    for outline in world()[1]:
        for ring in outline.rings:
            polygon = QPolygonF([QPointF(x, -y) for x, y in ring])
            found.append((polygon, polygon.boundingRect()))
    return tuple(found)


class ScenePaths:
    def __init__(self, scene: MapScene) -> None:
        import numpy as np

        self.scene = scene
        self.land = land_polygons()
        # Wide pens stroke one huge QPainterPath ~25x slower than the same lines as polylines
        # (measured: 9.7 s against 0.37 s for 160,000 points), so routes are kept as polylines.
        self.lines = PiecePolygons(scene.line_routes)
        self.pairs = PiecePolygons(scene.pair_routes)
        codes = {status: code for code, status in enumerate(DRAW_ORDER)}
        line_status = np.array([codes[s] for s in scene.line_status], dtype=np.int64)
        line_width = np.array(scene.line_width, dtype=np.float64)
        pair_status = np.array([codes[p.status] for p in scene.pairs], dtype=np.int64)
        pair_width_ = np.array([pair_width(p.count) for p in scene.pairs], dtype=np.float64)
        self.line_owner = self._owner(scene.line_routes)
        self.pair_owner = self._owner(scene.pair_routes)
        self.line_piece_status = line_status[self.line_owner]
        self.line_piece_width = line_width[self.line_owner]
        self.pair_piece_status = pair_status[self.pair_owner]
        self.pair_piece_width = pair_width_[self.pair_owner]
        self.city_points = np.array(scene.cities, dtype=np.float64).reshape(-1, 2)
        self.outline = _path(
            [geo_outline()], closed=True
        )  # the map's edge: the ±180° meridians and the poles

    @staticmethod
    def _owner(routes: Any) -> Any:
        import numpy as np

        return routes.owner if routes is not None else np.zeros(0, dtype=np.int64)

    def lines_on_screen(self, shown: QRectF) -> int:
        """How many partnerships have a piece inside ``shown`` (screen-side map units)."""
        import numpy as np

        return len(np.unique(self.line_owner[self.lines.visible(shown)]))

    def summed_here(self, shown: QRectF) -> bool:
        """Too many lines on screen to tell apart: draw them summed by country pair."""
        return self.lines_on_screen(shown) > AGGREGATE_ABOVE


def geo_outline() -> Polyline:
    east = [geo.equal_earth(180.0, lat) for lat in range(-90, 91, 5)]
    west = [geo.equal_earth(-180.0, lat) for lat in range(90, -91, -5)]
    return east + west


def fit_transform(rect: QRectF, zoom: float = 1.0, centre: QPointF | None = None) -> QTransform:
    """Map units to device pixels: the whole world fits ``rect`` at zoom 1, centred on
    ``centre`` (map units, y south) when given."""
    scale = min(rect.width() / geo.MAP_WIDTH, rect.height() / geo.MAP_HEIGHT) * 0.97 * zoom
    centre = centre or QPointF(0.0, 0.0)
    transform = QTransform()
    transform.translate(rect.center().x(), rect.center().y())
    transform.scale(scale, scale)
    transform.translate(-centre.x(), -centre.y())
    return transform


def extent_view(rect: QRectF, extent: Extent, max_zoom: float) -> tuple[float, QPointF]:
    """The zoom and centre (for :func:`fit_transform`) that show ``extent`` whole in ``rect``:
    never further out than the whole world, never closer than ``max_zoom``."""
    if rect.width() <= 0 or rect.height() <= 0:
        return 1.0, QPointF(0.0, 0.0)
    world = min(rect.width() / geo.MAP_WIDTH, rect.height() / geo.MAP_HEIGHT) * 0.97
    extent = to_aspect(extent, rect.width(), rect.height())
    wanted = min(rect.width() / extent.width, rect.height() / extent.height)
    zoom = max(1.0, min(max_zoom, wanted / world))
    if zoom == 1.0:
        return zoom, QPointF(0.0, 0.0)
    cx, cy = extent.centre
    return zoom, QPointF(cx, -cy)  # y south on screen


def pen(colour: QColor, width: float, dash: tuple[float, ...] = ()) -> QPen:
    result = QPen(colour, width)
    result.setCosmetic(True)  # width in pixels, whatever the zoom
    result.setCapStyle(Qt.PenCapStyle.RoundCap)
    result.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dash:
        result.setDashPattern(list(dash))
    return result


def shown_rect(rect: QRectF, transform: QTransform) -> QRectF:
    """The part of the map inside ``rect``, in map units (y south)."""
    inverted, _ok = transform.inverted()
    return inverted.mapRect(rect)


def paint_scene(
    painter: QPainter,
    paths: ScenePaths,
    rect: QRectF,
    transform: QTransform,
    colours: MapColours,
    *,
    aggregated: bool | None = None,
    highlight: QPainterPath | None = None,
    statuses: frozenset[PartnershipStatus] | None = None,
    legend: bool = True,
) -> None:
    """``aggregated`` None: summed by country pair when more lines than AGGREGATE_ABOVE are
    on screen. Only what is inside ``rect`` is drawn."""
    import numpy as np

    shown = shown_rect(rect, transform)
    if aggregated is None:
        aggregated = paths.summed_here(shown)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(rect, colours.background)
    painter.setTransform(transform, False)
    painter.fillPath(paths.outline, colours.sea)
    painter.setPen(pen(colours.border, 0.6))
    painter.setBrush(colours.land)
    for polygon, box in paths.land:
        if box.intersects(shown):
            painter.drawPolygon(polygon)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(pen(colours.border, 1.0))
    painter.drawPath(paths.outline)
    pieces = paths.pairs if aggregated else paths.lines
    piece_status = paths.pair_piece_status if aggregated else paths.line_piece_status
    piece_width = paths.pair_piece_width if aggregated else paths.line_piece_width
    visible = pieces.visible(shown)
    for code, status in enumerate(DRAW_ORDER):
        if statuses is not None and status not in statuses:
            continue
        style = STATUS_STYLES[status]
        colour = colours.status(style)
        of_status = visible[piece_status[visible] == code]
        for width in np.unique(piece_width[of_status]).tolist():
            painter.setPen(pen(colour, width, style.dash))
            for index in of_status[piece_width[of_status] == width].tolist():
                painter.drawPolyline(pieces[index])
    if highlight is not None:
        painter.setPen(pen(colours.text, 4.0))
        painter.drawPath(highlight)
    # Dots in device pixels: mapped here, drawn untransformed, so they stay round and small.
    painter.resetTransform()
    cities = paths.city_points
    on_screen = (
        (cities[:, 0] >= shown.left())
        & (cities[:, 0] <= shown.right())
        & (-cities[:, 1] >= shown.top())
        & (-cities[:, 1] <= shown.bottom())
    )
    dots = qpolygon(cities[on_screen])
    if len(dots) > MANY_DOTS:
        # Round antialiased dots cost 20 µs each (17,000: 0.38 s a frame); squares of 4 px
        # a tenth of that, and at that number they read as dots all the same.
        dot = pen(colours.city, 4.0)
        dot.setCapStyle(Qt.PenCapStyle.SquareCap)
        painter.setPen(dot)
    else:
        painter.setPen(pen(colours.city, 5.0))
    painter.drawPoints(transform.map(dots))
    home = paths.scene.home
    if home is not None:
        at = transform.map(QPointF(home[0], -home[1]))
        painter.setPen(pen(colours.sea, 13.0))
        painter.drawPoint(at)
        painter.setPen(pen(colours.home, 9.0))
        painter.drawPoint(at)
        painter.setPen(colours.text)
        painter.drawText(at + QPointF(8, -6), paths.scene.data.home.name)
    painter.restore()
    if legend:
        paint_legend(painter, rect, colours, aggregated=aggregated)


def paint_legend(painter: QPainter, rect: QRectF, colours: MapColours, *, aggregated: bool) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    metrics = painter.fontMetrics()
    row = metrics.height() + 4
    labels = [STATUS_STYLES[s].label for s in reversed(DRAW_ORDER)]
    width = max(metrics.horizontalAdvance(t) for t in labels) + 54
    note = "lines summed by country pair" if aggregated else "thicker: more done in 5 years"
    width = max(width, metrics.horizontalAdvance(note) + 16)
    box = QRectF(rect.left() + 10, rect.bottom() - 10 - row * (len(labels) + 1) - 8, width,
                 row * (len(labels) + 1) + 8)  # fmt: skip
    background = QColor(colours.sea)
    background.setAlpha(220)
    painter.setPen(pen(colours.border, 1.0))
    painter.setBrush(background)
    painter.drawRoundedRect(box, 4, 4)
    y = box.top() + 4
    for status in reversed(DRAW_ORDER):
        style = STATUS_STYLES[status]
        middle = y + row / 2
        painter.setPen(pen(colours.status(style), 2.6, style.dash))
        painter.drawLine(QPointF(box.left() + 8, middle), QPointF(box.left() + 42, middle))
        painter.setPen(colours.text)
        painter.drawText(QRectF(box.left() + 48, y, width, row), Qt.AlignmentFlag.AlignVCenter,
                         style.label)  # fmt: skip
        y += row
    painter.setPen(colours.text)
    painter.drawText(QRectF(box.left() + 8, y, width, row), Qt.AlignmentFlag.AlignVCenter, note)
    painter.restore()
