"""Bar charts drawn as vectors with ReportLab's graphics, in the font chain's typeface: they
stay sharp when printed and their labels are real text (pdftotext reads them back)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm

from exchangedesk.reports.fonts import FontChain
from exchangedesk.reports.styles import INK, MUTED, RULE

# Quiet, print-friendly colours that stay distinct in greyscale (dark to light).
SERIES_COLOURS = (
    colors.HexColor("#1d3c6e"),
    colors.HexColor("#4f7cac"),
    colors.HexColor("#9bb7d4"),
    colors.HexColor("#c9a227"),
)


def bar_chart(
    chain: FontChain,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[int]]],
    *,
    width: float,
    height: float = 62 * mm,
) -> Drawing:
    """Grouped bars: one group per category (a year), one bar per series, a legend below.
    Labels are digits and Latin words, drawn in the chain's base face."""
    face = chain.face()
    chain.runs("0123456789 " + " ".join(name for name, _ in series))  # registers the face
    legend_height = 9 * mm
    # The drawing's initial font would otherwise be Helvetica, added to the PDF unembedded.
    drawing = Drawing(width, height, initialFontName=face, initialFontSize=8)
    chart = VerticalBarChart()
    chart.x, chart.y = 10 * mm, legend_height + 7 * mm
    chart.width, chart.height = width - 12 * mm, height - legend_height - 10 * mm
    chart.data = [list(values) for _, values in series] or [[0]]
    # Many years: label every few so the labels never overlap (the bars stay one per year).
    every = -(-len(categories) // 16)
    chart.categoryAxis.categoryNames = [
        name if index % every == 0 else "" for index, name in enumerate(categories)
    ]
    top = max((max(values, default=0) for _, values in series), default=0)
    step = _step(top)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(step, -(-top // step) * step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.strokeColor = MUTED
    chart.categoryAxis.strokeColor = MUTED
    for axis in (chart.valueAxis, chart.categoryAxis):
        axis.labels.fontName = face
        axis.labels.fontSize = 7.5
        axis.labels.fillColor = INK
    chart.groupSpacing = 4
    chart.barSpacing = 0.5
    for index in range(len(series)):
        chart.bars[index].fillColor = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 10 * mm, legend_height - 2 * mm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName = face
    legend.fontSize = 8
    legend.dx = legend.dy = 7
    legend.deltax = 30 * mm
    legend.strokeColor = None
    legend.colorNamePairs = [
        (SERIES_COLOURS[i % len(SERIES_COLOURS)], name) for i, (name, _) in enumerate(series)
    ]
    drawing.add(legend)
    return drawing


def _step(top: int) -> int:
    """A grid step giving about four to six lines: 1, 2, 5, 10, 20, 50..."""
    step = 1
    while top / step > 6:
        for factor in (2, 5 / 2, 2):
            step = int(step * factor)
            if top / step <= 6:
                break
    return step
