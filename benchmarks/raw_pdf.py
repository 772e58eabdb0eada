"""The baseline for the itinerary PDF: the same content drawn with raw ReportLab.

The same text as the program's itinerary (title, dates, members, the day-by-day programme,
rooms, travel, contacts) goes into a plain platypus story — paragraphs and tables — in one
TrueType font (Kurinto Sans, the first font of the program's chain, so the cost of embedding a
font is in both). A plain letterhead and a page footer are drawn too. What the baseline leaves out is
the program's own work: the font chain's splitting of text into runs by script, the styling,
"page X of Y" numbering (which needs every page kept until the last).
Characters Kurinto Sans lacks (CJK) are drawn as empty boxes here, which costs the same.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape


@cache
def _font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from exchangedesk.reports.fonts import kurinto_dir

    folder = kurinto_dir()
    pdfmetrics.registerFont(TTFont("RawSans", str(folder / "KurintoSans-Rg.ttf")))
    pdfmetrics.registerFont(TTFont("RawSans-Bold", str(folder / "KurintoSans-Bd.ttf")))
    pdfmetrics.registerFontFamily("RawSans", normal="RawSans", bold="RawSans-Bold")
    return "RawSans"


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%a %d %b %Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d %b %Y")
    for attribute in ("name", "title"):
        if hasattr(value, attribute) and not isinstance(value, str):
            return str(getattr(value, attribute))
    return str(value)


def render(data: Any) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = _font()
    body = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=12)
    heading = ParagraphStyle("heading", parent=body, fontName=font + "-Bold", fontSize=14)
    grid = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), font, 9),
            ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )

    def para(value: Any, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(_text(value)), style)

    def table(rows: list[list[Any]], widths: list[float]) -> Table:
        built = Table([[para(cell) for cell in row] for row in rows], colWidths=widths)
        built.setStyle(grid)
        return built

    story: list[Any] = [para(f"Itinerary: {data.title}", heading), Spacer(1, 4 * mm)]
    story.append(para(f"{_text(data.home)} – {_text(data.partner)}"))
    story.append(para(f"{_text(data.arrival_on)} to {_text(data.departure_on)}"))
    if getattr(data, "purpose", None):
        story.append(para(data.purpose))
    members = [
        [m.name, m.name_native or "", _text(m.role), m.organisation or ""] for m in data.members
    ]
    if members:
        story += [Spacer(1, 4 * mm), table(members, [45 * mm, 40 * mm, 30 * mm, 55 * mm])]
    for day, items in data.days:
        story += [Spacer(1, 3 * mm), para(_text(day), heading)]
        rows = [
            [
                f"{item.starts:%H:%M}–{item.ends:%H:%M}",
                item.title,
                item.venue or item.address or "",
                item.host or "",
                ", ".join(item.attendees),
            ]
            for item in items
        ]
        story.append(table(rows, [22 * mm, 55 * mm, 35 * mm, 30 * mm, 28 * mm]))
    for stay in data.stays:
        story.append(para(f"{stay.name}: {_text(stay.check_in_on)} – {_text(stay.check_out_on)}"))
        rooms = [[room.label, ", ".join(room.occupants)] for room in stay.rooms]
        if rooms:
            story.append(table(rooms, [25 * mm, 145 * mm]))
    legs = [
        [
            leg.carrier or "",
            leg.number or "",
            leg.from_place,
            leg.to_place,
            leg.departs,
            leg.arrives,
        ]
        for leg in data.legs
    ]
    if legs:
        story.append(table(legs, [25 * mm, 18 * mm, 32 * mm, 32 * mm, 32 * mm, 32 * mm]))
    contacts = [[c.name, c.duty, c.phone or "", c.email or ""] for c in data.contacts]
    if contacts:
        story.append(table(contacts, [50 * mm, 35 * mm, 35 * mm, 50 * mm]))
    head = data.letterhead

    def letterhead(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(font + "-Bold", 13)
        canvas.drawString(20 * mm, A4[1] - 15 * mm, head.committee)
        canvas.setFont(font, 9)
        for n, line in enumerate((head.city, *head.contact_lines)):
            canvas.drawString(20 * mm, A4[1] - (20 + 4 * n) * mm, line)
        footer(canvas, document)
        canvas.restoreState()

    def footer(canvas: Any, document: Any) -> None:
        canvas.setFont(font, 8)
        canvas.drawString(20 * mm, 10 * mm, f"{data.title} — page {document.page}")

    out = BytesIO()
    SimpleDocTemplate(out, pagesize=A4, invariant=1, topMargin=40 * mm).build(
        story, onFirstPage=letterhead, onLaterPages=footer
    )
    return out.getvalue()


def render_register(data: Any) -> bytes:
    """The register of partnerships drawn with raw ReportLab: the same rows and columns in one
    table of paragraphs with its header repeated on every page, one font, no page X of Y, no
    map page. What the program's register costs beyond this is its own work."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    font = _font()
    cell = ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=10.5)
    header = ["No.", "Partner city", "Country", "With", "Kind", "Status", "Signed", "Areas"]
    rows = [[Paragraph(h, cell) for h in header]]
    for number, p in enumerate(data.partnerships, start=1):
        partner = p.partner.name + (f"<br/>{escape(p.partner.native)}" if p.partner.native else "")
        values = [
            str(number),
            partner,
            p.partner.country_code,
            escape(p.home.name),
            _text(p.kind),
            _text(p.status),
            escape(p.signed or "unknown"),
            ", ".join(_text(a) for a in p.areas),
        ]
        rows.append([Paragraph(v, cell) for v in values])
    widths = [w * mm for w in (9, 34, 16, 24, 22, 25, 20, 20)]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    out = BytesIO()
    SimpleDocTemplate(out, pagesize=A4, invariant=1).build([table])
    return out.getvalue()
