"""The partnership map as a one-page PDF (ReportLab), drawn from the same :class:`MapScene` as
the window: vector outlines and lines, so it prints sharply at any size."""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from exchangedesk.domain import geo
from exchangedesk.reports.fonts import default_chain
from exchangedesk.reports.map_scene import (
    DRAW_ORDER,
    STATUS_STYLES,
    MapScene,
    Polyline,
    pair_width,
)

SEA, LAND, BORDER, CITY = "#dce9f5", "#f4f1ea", "#b9b2a5", "#333333"
MARGIN = 28.0


def _polyline(canvas: Canvas, path, line: Polyline, scale: float, ox: float, oy: float) -> None:  # noqa: ANN001
    x, y = line[0]
    path.moveTo(ox + x * scale, oy + y * scale)
    for x, y in line[1:]:
        path.lineTo(ox + x * scale, oy + y * scale)


def render_map_pdf(scene: MapScene, *, aggregated: bool | None = None) -> bytes:
    """A4 landscape: title, the world in Equal Earth, the lines by status, a legend."""
    if aggregated is None:
        aggregated = scene.aggregated_by_default
    width, height = landscape(A4)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1)
    canvas.setTitle(scene.data.title)
    face = default_chain().face()
    canvas.setFont(face, 14)
    canvas.drawString(MARGIN, height - MARGIN - 6, scene.data.title)
    area_w, area_h = width - 2 * MARGIN, height - 2 * MARGIN - 30
    scale = min(area_w / geo.MAP_WIDTH, area_h / geo.MAP_HEIGHT)
    ox, oy = width / 2, MARGIN + area_h / 2  # y grows north on a PDF page, as on the map

    def stroke(lines: list[Polyline], *, fill: str | None = None, closed: bool = False) -> None:
        path = canvas.beginPath()
        for line in lines:
            if len(line) > 1:
                _polyline(canvas, path, line, scale, ox, oy)
                if closed:
                    path.close()
        canvas.drawPath(path, stroke=1, fill=1 if fill else 0, fillMode=0)

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
        canvas.drawString(hx + 4, hy + 3, scene.data.home.name)
    _legend(canvas, face, aggregated, len(scene.data.lines))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _legend(canvas: Canvas, face: str, aggregated: bool, count: int) -> None:
    canvas.setFont(face, 8)
    y = MARGIN + 8
    x = MARGIN
    for status in reversed(DRAW_ORDER):
        style = STATUS_STYLES[status]
        canvas.setStrokeColor(HexColor(style.colour))
        canvas.setLineWidth(1.4)
        canvas.setDash([d * 1.4 for d in style.dash] if style.dash else [])
        canvas.line(x, y + 3, x + 22, y + 3)
        canvas.setDash([])
        canvas.setFillColor(HexColor("#202020"))
        canvas.drawString(x + 26, y, style.label)
        x += 34 + canvas.stringWidth(style.label, face, 8) + 10
    note = "lines summed by country pair" if aggregated else "thicker: more done in 5 years"
    canvas.drawString(x + 6, y, f"{count} partnerships; {note}. Outlines: Natural Earth.")
