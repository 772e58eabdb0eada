"""The partnership map as a one-page PDF (ReportLab), drawn from the same :class:`MapScene` as
the window: vector outlines and lines, so it prints sharply at any size."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from exchangedesk.domain import geo
from exchangedesk.domain.enums import PartnershipStatus
from exchangedesk.reports.fonts import default_chain
from exchangedesk.reports.map.extent import Extent, partners_extent, to_aspect
from exchangedesk.reports.map.scene import (
    DRAW_ORDER,
    STATUS_STYLES,
    MapScene,
    Polyline,
    pair_width,
)

SEA, LAND, BORDER, CITY = "#dce9f5", "#f4f1ea", "#b9b2a5", "#333333"
MARGIN = 28.0
LEGEND_HEIGHT = 26.0  # two rows of 8-point text under the map


def _polyline(canvas: Canvas, path, line: Polyline, scale: float, ox: float, oy: float) -> None:  # noqa: ANN001
    x, y = line[0]
    path.moveTo(ox + x * scale, oy + y * scale)
    for x, y in line[1:]:
        path.lineTo(ox + x * scale, oy + y * scale)


def render_map_pdf(
    scene: MapScene, *, aggregated: bool | None = None, extent: Extent | None = None
) -> bytes:
    """A4 landscape: title, the partners' part of the world in Equal Earth (``extent``; the
    whole world is :data:`WORLD`), the lines by status, a legend."""
    width, height = landscape(A4)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1)
    canvas.setTitle(scene.data.title)
    face = default_chain().face()
    canvas.setFont(face, 14)
    canvas.drawString(MARGIN, height - MARGIN - 6, scene.data.title)
    draw_map(
        canvas,
        scene,
        MARGIN,
        MARGIN,
        width - 2 * MARGIN,
        height - 2 * MARGIN - 30,
        face,
        aggregated=aggregated,
        extent=extent,
    )
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@dataclass(frozen=True)
class LegendWords:
    """The legend in the document's language; English (the window's words) when not given."""

    statuses: dict[PartnershipStatus, str] = field(default_factory=dict)
    note: str | None = None  # replaces the count and the line-width explanation


def draw_map(
    canvas: Canvas,
    scene: MapScene,
    x0: float,
    y0: float,
    area_w: float,
    area_h: float,
    face: str,
    *,
    aggregated: bool | None = None,
    words: LegendWords | None = None,
    extent: Extent | None = None,
) -> None:
    """The map, the lines and the legend inside the box whose lower-left corner is (x0, y0);
    the legend takes the bottom LEGEND_HEIGHT points, the map fills the rest. The map shows
    ``extent``, by default the part of the world the partners are in (widened to the box's
    shape), and is cut at the box's edge."""
    if aggregated is None:
        aggregated = scene.aggregated_by_default
    words = words or LegendWords()
    map_h = area_h - LEGEND_HEIGHT
    view = to_aspect(extent or partners_extent(scene), area_w, map_h)
    scale = min(area_w / view.width, map_h / view.height)
    # y grows north on a PDF page, as on the map; the view's centre at the box's centre
    cx, cy = view.centre
    ox, oy = x0 + area_w / 2 - cx * scale, y0 + LEGEND_HEIGHT + map_h / 2 - cy * scale

    def stroke(lines: list[Polyline], *, fill: str | None = None, closed: bool = False) -> None:
        path = canvas.beginPath()
        for line in lines:
            if len(line) > 1:
                _polyline(canvas, path, line, scale, ox, oy)
                if closed:
                    path.close()
        canvas.drawPath(path, stroke=1, fill=1 if fill else 0, fillMode=0)

    canvas.saveState()
    canvas.saveState()  # the clip ends before the legend
    frame = canvas.beginPath()
    frame.rect(x0, y0 + LEGEND_HEIGHT, area_w, map_h)
    canvas.clipPath(frame, stroke=0, fill=0)
    canvas.setLineJoin(1)
    canvas.setLineCap(1)
    outline = [geo.equal_earth(180.0, lat) for lat in range(-90, 91, 5)]
    outline += [geo.equal_earth(-180.0, lat) for lat in range(90, -91, -5)]
    canvas.setFillColor(HexColor(SEA))
    canvas.setStrokeColor(HexColor(BORDER))
    canvas.setLineWidth(0.5)
    stroke([outline], fill=SEA, closed=True)
    canvas.setFillColor(HexColor(LAND))
    canvas.setLineWidth(0.3)
    stroke([ring for country in scene.outlines for ring in country.rings], fill=LAND, closed=True)
    for status in DRAW_ORDER:
        style = STATUS_STYLES[status]
        canvas.setStrokeColor(HexColor(style.colour))
        if aggregated:
            groups = [(pair_width(p.count), p.pieces) for p in scene.pairs if p.status is status]
        else:
            groups = [(w, lines) for w, lines in scene.routes.get(status, {}).items()]
        for line_width, lines in groups:
            points = line_width * 0.5
            canvas.setLineWidth(points)
            canvas.setDash([d * points for d in style.dash] if style.dash else [])
            stroke(lines)
    canvas.setDash([])
    canvas.setFillColor(HexColor(CITY))
    for x, y in scene.cities:
        canvas.circle(ox + x * scale, oy + y * scale, 1.3, stroke=0, fill=1)
    if scene.home is not None and scene.data.home is not None:
        hx, hy = ox + scene.home[0] * scale, oy + scene.home[1] * scale
        canvas.setFillColor(HexColor("#000000"))
        canvas.circle(hx, hy, 2.8, stroke=0, fill=1)
        canvas.setFont(face, 8)
        # A pale band under the name: the lines to the neighbours cross the home city.
        label_w = canvas.stringWidth(scene.data.home.name, face, 8)
        canvas.setFillColor(HexColor("#ffffff"), alpha=0.8)
        canvas.rect(hx + 3, hy + 1.5, label_w + 2, 9, stroke=0, fill=1)
        canvas.setFillColor(HexColor("#000000"))
        canvas.drawString(hx + 4, hy + 3, scene.data.home.name)
    canvas.restoreState()
    canvas.setStrokeColor(HexColor(BORDER))
    canvas.setLineWidth(0.5)
    canvas.rect(x0, y0 + LEGEND_HEIGHT, area_w, map_h, stroke=1, fill=0)
    note = words.note
    if note is None:
        how = "lines summed by country pair" if aggregated else "thicker: more done in 5 years"
        note = f"{len(scene.data.lines)} partnerships; {how}. Outlines: Natural Earth."
    _legend(canvas, face, x0, y0 + LEGEND_HEIGHT - 11, area_w, words, note)
    canvas.restoreState()


def _legend(
    canvas: Canvas, face: str, x0: float, y: float, width: float, words: LegendWords, note: str
) -> None:
    """One row of the five statuses (line, dash and colour), the note on the row below; both
    set smaller when a language's words would run past the map's width."""
    labels = [words.statuses.get(s, STATUS_STYLES[s].label) for s in reversed(DRAW_ORDER)]
    row = sum(38 + canvas.stringWidth(label, face, 8) for label in labels) - 12
    size = 8 * min(1.0, width / row, width / max(canvas.stringWidth(note, face, 8), 1))
    canvas.setFont(face, size)
    x = x0
    for status, label in zip(reversed(DRAW_ORDER), labels, strict=True):
        style = STATUS_STYLES[status]
        canvas.setStrokeColor(HexColor(style.colour))
        canvas.setLineWidth(1.4)
        canvas.setDash([d * 1.4 for d in style.dash] if style.dash else [])
        canvas.line(x, y + 3, x + 22, y + 3)
        canvas.setDash([])
        canvas.setFillColor(HexColor("#202020"))
        canvas.drawString(x + 26, y, label)
        x += 26 + canvas.stringWidth(label, face, size) + 12
    canvas.drawString(x0, y - 12, note)


class MapFlowable(Flowable):
    """The map inside a document's story, as wide as the text; the legend below it."""

    def __init__(
        self,
        scene: MapScene,
        width: float,
        face: str,
        *,
        words: LegendWords | None = None,
        height: float | None = None,
    ) -> None:
        super().__init__()
        self.scene, self.face, self.words = scene, face, words
        self.width = width
        self.height = height or width * geo.MAP_HEIGHT / geo.MAP_WIDTH + LEGEND_HEIGHT

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:  # noqa: ARG002
        return self.width, self.height

    def draw(self) -> None:
        draw_map(self.canv, self.scene, 0, 0, self.width, self.height, self.face, words=self.words)
