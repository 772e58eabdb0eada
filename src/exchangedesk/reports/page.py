"""Paper, page furniture and "Page X of Y".

* Paper: A4 or US Letter; margins are the same on both so a document reflows, never clips.
* The first page carries the letterhead (the committee's mark, name, home city and contact
  lines); later pages a slim running header. Every page has a footer with "Page X of Y".
* The total is only known once the story has been laid out, so the canvas keeps each page's
  state and draws the footers when it saves (the "numbered canvas" of ReportLab's own recipes
  and pretix's invoices).
* Text drawn on the canvas itself (not in a Paragraph) goes run by run through the font chain
  too, so a Cyrillic delegation title in a header prints with real glyphs; a line in a script
  that needs shaping (Hebrew, Arabic, Devanagari...) is set as a one-line paragraph instead,
  shaped and in visual order like the body text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from exchangedesk.domain.errors import ValidationError
from exchangedesk.reports.fonts import FontChain, needs_shaping
from exchangedesk.reports.styles import ACCENT, INK, MUTED, RULE

PAPER_SIZES = {"a4": A4, "letter": LETTER}

MARGIN_X = 20 * mm
MARGIN_BOTTOM = 20 * mm
LETTERHEAD_HEIGHT = 30 * mm  # band at the top of the first page
RUNNING_HEADER_HEIGHT = 14 * mm


def paper_size(name: str) -> tuple[float, float]:
    try:
        return PAPER_SIZES[name.lower()]
    except KeyError:
        known = ", ".join(PAPER_SIZES)
        raise ValidationError(
            "paper", f"'{name}' is not a paper size this program knows ({known})"
        ) from None


@dataclass(frozen=True)
class PageFurniture:
    """What the letterhead, running header and footer say; plain text, drawn via the chain."""

    committee: str
    city: str  # "Coventry", or "Coventry · Ковентри" when the home city has a native name
    contact_lines: tuple[str, ...] = ()
    running_title: str = ""  # the running header of later pages
    footer_note: str = ""  # left of "Page X of Y"
    page_label: str = "Page {page} of {total}"


def draw_text(
    canvas: Canvas,
    chain: FontChain,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    align: str = "left",
    max_width: float | None = None,
) -> float:
    """Draw one line of plain ``text`` font run by font run; returns its width. Text longer
    than ``max_width`` is shortened with an ellipsis rather than running off the page."""
    text = " ".join(text.split())
    if needs_shaping(text):
        return _draw_shaped(canvas, chain, x, y, text, size, bold, align, max_width)
    runs = chain.runs(text)
    width = _runs_width(runs, size, bold)
    if max_width is not None and width > max_width:
        while runs and width > max_width:
            font, piece = runs[-1]
            piece = piece[:-2] + "…" if len(piece) > 1 else ""
            runs = [*runs[:-1], (font, piece)] if piece else runs[:-1]
            width = _runs_width(runs, size, bold)
    start = {"left": x, "right": x - width, "centre": x - width / 2}[align]
    for font, piece in runs:
        face = font.bold_name if bold else font.name
        canvas.setFont(face, size)
        canvas.drawString(start, y, piece)
        start += stringWidth(piece, face, size)
    return width


def _draw_shaped(
    canvas: Canvas,
    chain: FontChain,
    x: float,
    y: float,
    text: str,
    size: float,
    bold: bool,
    align: str,
    max_width: float | None,
) -> float:
    """A header or footer line in a script that needs HarfBuzz (a Hebrew or Arabic committee
    name, a Hindi title): set as a one-line paragraph, shaped and in visual order like the
    body text, instead of drawString's unjoined letters in memory order."""
    line = _shaped_line(chain, text, size, bold, canvas._fillColorObj)
    if max_width is not None and line.width > max_width:
        words = text.split()
        while len(words) > 1 and line.width > max_width:  # drop whole words, then say so
            words.pop()
            line = _shaped_line(chain, " ".join(words) + " …", size, bold, canvas._fillColorObj)
    start = {"left": x, "right": x - line.width, "centre": x - line.width / 2}[align]
    # The paragraph's first baseline is its font size below its top.
    line.paragraph.drawOn(canvas, start, y - line.height + size)
    return line.width


@dataclass(frozen=True)
class _Line:
    paragraph: Paragraph
    width: float
    height: float


def _shaped_line(chain: FontChain, text: str, size: float, bold: bool, color: object) -> _Line:
    style = ParagraphStyle(
        "furniture",
        fontName=chain.face(bold),
        fontSize=size,
        leading=size * 1.2,
        textColor=color,
        shaping=1,
        wordWrap="LTR",
    )
    paragraph = Paragraph(chain.markup(text, bold=bold), style)
    _width, height = paragraph.wrap(10_000, 10_000)  # one line: nothing breaks it
    widths = paragraph.getActualLineWidths0()
    return _Line(paragraph, max(widths) if widths else 0.0, height)


def _runs_width(runs: list, size: float, bold: bool) -> float:
    return sum(
        stringWidth(piece, font.bold_name if bold else font.name, size) for font, piece in runs
    )


def draw_mark(canvas: Canvas, x: float, y: float, size: float) -> None:
    """The committee's mark: two linked rings, drawn as vectors (no image file needed)."""
    canvas.saveState()
    radius = size * 0.32
    canvas.setLineWidth(size * 0.09)
    canvas.setStrokeColor(ACCENT)
    canvas.circle(x + size * 0.36, y + size / 2, radius, stroke=1, fill=0)
    canvas.setStrokeColor(MUTED)
    canvas.circle(x + size * 0.64, y + size / 2, radius, stroke=1, fill=0)
    canvas.restoreState()


def draw_letterhead(
    canvas: Canvas, chain: FontChain, furniture: PageFurniture, pagesize: tuple[float, float]
) -> None:
    width, height = pagesize
    top = height - 14 * mm
    draw_mark(canvas, MARGIN_X, top - 13 * mm, 13 * mm)
    text_x = MARGIN_X + 16 * mm
    canvas.setFillColor(ACCENT)
    draw_text(
        canvas,
        chain,
        text_x,
        top - 5 * mm,
        furniture.committee,
        15,
        bold=True,
        max_width=width / 2 + 10 * mm,
    )
    canvas.setFillColor(INK)
    draw_text(canvas, chain, text_x, top - 11 * mm, furniture.city, 10)
    canvas.setFillColor(MUTED)
    line_y = top - 3 * mm
    for line in furniture.contact_lines[:4]:
        draw_text(
            canvas,
            chain,
            width - MARGIN_X,
            line_y,
            line,
            8,
            align="right",
            max_width=width / 2 - 30 * mm,
        )
        line_y -= 3.6 * mm
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN_X, top - 16 * mm, width - MARGIN_X, top - 16 * mm)


def draw_running_header(
    canvas: Canvas, chain: FontChain, furniture: PageFurniture, pagesize: tuple[float, float]
) -> None:
    width, height = pagesize
    y = height - 12 * mm
    canvas.setFillColor(MUTED)
    left = draw_text(canvas, chain, MARGIN_X, y, furniture.committee, 8, bold=True)
    draw_text(
        canvas,
        chain,
        width - MARGIN_X,
        y,
        furniture.running_title,
        8,
        align="right",
        max_width=width - 2 * MARGIN_X - left - 10 * mm,
    )
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y - 2.5 * mm, width - MARGIN_X, y - 2.5 * mm)


def draw_footer(
    canvas: Canvas,
    chain: FontChain,
    furniture: PageFurniture,
    pagesize: tuple[float, float],
    page: int,
    total: int,
) -> None:
    width, _ = pagesize
    y = 11 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y + 4 * mm, width - MARGIN_X, y + 4 * mm)
    canvas.setFillColor(MUTED)
    label = furniture.page_label.format(page=page, total=total)
    used = draw_text(canvas, chain, width - MARGIN_X, y, label, 8, align="right")
    draw_text(
        canvas,
        chain,
        MARGIN_X,
        y,
        furniture.footer_note,
        8,
        max_width=width - 2 * MARGIN_X - used - 8 * mm,
    )


def numbered_canvas(
    on_save: Callable[[Canvas, int, int], None], pdf_date: str | None, initial_font: str
) -> type[Canvas]:
    """A Canvas class that calls ``on_save(canvas, page, total)`` on every page once the total
    is known, and stamps ``pdf_date`` ("D:20250301000000+00'00'") as the creation date so the
    same input gives the same bytes (the rest is fixed by ReportLab's invariant mode)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Without this every page names Helvetica, unembedded, as its starting font.
            kwargs["initialFontName"] = initial_font
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []
            if pdf_date is not None:
                self.setDateFormatter(lambda *_: pdf_date)

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                on_save(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas
