"""Painting a :class:`MapScene` with QPainter, for the window and for the PNG the CLI writes.

Paths are built once per scene (one QPainterPath per status and line width, one for the land);
a paint only sets the view transform and strokes them with cosmetic pens, so lines and dots keep
their size in pixels at every zoom.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF, QTransform

from exchangedesk.domain import geo
from exchangedesk.domain.enums import PartnershipStatus
from exchangedesk.reports.map_extent import Extent, to_aspect
from exchangedesk.reports.map_scene import (
    DRAW_ORDER,
    STATUS_STYLES,
    MapScene,
    Polyline,
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

    @staticmethod
    def for_scheme(dark: bool) -> MapColours:
        if dark:
            return MapColours(
                QColor("#2a2a2a"), QColor("#1b2430"), QColor("#3a4250"), QColor("#596273"),
                QColor("#e8e8e8"), QColor("#ffd54f"), QColor("#f0f0f0"),
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


class ScenePaths:
    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        land = [ring for outline in scene.outlines for ring in outline.rings]
        self.land = _path(land, closed=True)
        self.land.setFillRule(Qt.FillRule.OddEvenFill)
        # Wide pens stroke one huge QPainterPath ~25x slower than the same lines as polylines
        # (measured: 9.7 s against 0.37 s for 160,000 points), so routes are kept as polylines.
        self.routes = {
            status: {
                w: [QPolygonF([QPointF(x, -y) for x, y in line]) for line in lines]
                for w, lines in widths.items()
            }  # fmt: skip
            for status, widths in scene.routes.items()
        }
        self.pairs = [
            (pair.status, pair_width(pair.count), [QPolygonF([QPointF(x, -y) for x, y in piece])
                                                   for piece in pair.pieces])
            for pair in scene.pairs
        ]  # fmt: skip
        self.cities = QPolygonF([QPointF(x, -y) for x, y in scene.cities])
        self.outline = _path(
            [geo_outline()], closed=True
        )  # the map's edge: the ±180° meridians and the poles


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


def paint_scene(
    painter: QPainter,
    paths: ScenePaths,
    rect: QRectF,
    transform: QTransform,
    colours: MapColours,
    *,
    aggregated: bool,
    highlight: QPainterPath | None = None,
    statuses: frozenset[PartnershipStatus] | None = None,
    legend: bool = True,
) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(rect, colours.background)
    painter.setTransform(transform, False)
    painter.fillPath(paths.outline, colours.sea)
    painter.setPen(pen(colours.border, 0.6))
    painter.setBrush(colours.land)
    painter.drawPath(paths.land)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(pen(colours.border, 1.0))
    painter.drawPath(paths.outline)
    for status in DRAW_ORDER:
        if statuses is not None and status not in statuses:
            continue
        style = STATUS_STYLES[status]
        colour = QColor(style.colour)
        if aggregated:
            for pair_status, width, polylines in paths.pairs:
                if pair_status is status:
                    painter.setPen(pen(colour, width, style.dash))
                    for polyline in polylines:
                        painter.drawPolyline(polyline)
        else:
            for width, polylines in sorted(paths.routes.get(status, {}).items()):
                painter.setPen(pen(colour, width, style.dash))
                for polyline in polylines:
                    painter.drawPolyline(polyline)
    if highlight is not None:
        painter.setPen(pen(colours.text, 4.0))
        painter.drawPath(highlight)
    # Dots in device pixels: mapped here, drawn untransformed, so they stay round and small.
    painter.resetTransform()
    painter.setPen(pen(colours.city, 5.0))
    painter.drawPoints(transform.map(paths.cities))
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
        painter.setPen(pen(QColor(style.colour), 2.6, style.dash))
        painter.drawLine(QPointF(box.left() + 8, middle), QPointF(box.left() + 42, middle))
        painter.setPen(colours.text)
        painter.drawText(QRectF(box.left() + 48, y, width, row), Qt.AlignmentFlag.AlignVCenter,
                         style.label)  # fmt: skip
        y += row
    painter.setPen(colours.text)
    painter.drawText(QRectF(box.left() + 8, y, width, row), Qt.AlignmentFlag.AlignVCenter, note)
    painter.restore()
