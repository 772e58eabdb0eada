"""Paragraph and table styles every document shares: one typeface (the font chain's), a quiet
hierarchy of sizes, dark ink, one accent colour and light rules — what a town hall signs."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, TableStyle
from reportlab.platypus import Table as PlatypusTable

from exchangedesk.reports import bidi
from exchangedesk.reports.fonts import KURINTO, FontChain

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5b6675")
ACCENT = colors.HexColor("#1d3c6e")
RULE = colors.HexColor("#c5ccd6")
SHADE = colors.HexColor("#f1f3f6")
# Cells hold Paragraphs; an empty cell is still "drawn" in the table's font, which must be an
# embedded one (ReportLab's default would add an unembedded Helvetica to the page).
CELL_FONT = ("FONTNAME", (0, 0), (-1, -1), KURINTO[0][0])


@dataclass(frozen=True)
class Stylesheet:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    letter: ParagraphStyle
    address: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    right: ParagraphStyle


def unshaped(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` without HarfBuzz, for a paragraph that needs no shaping (see
    fonts.needs_shaping): the same look, at half the layout cost. Made once per style and kept
    on it, with the style it was made from (a child style copies its parent's attributes)."""
    made_from, found = style.__dict__.get("_unshaped", (None, None))
    if made_from is not style or found is None:
        # No complex script means no right-to-left letters either: no per-line reordering.
        found = ParagraphStyle(f"{style.name}-unshaped", parent=style, shaping=0, wordWrap=None)
        style.__dict__["_unshaped"] = (style, found)
    return found


def make_stylesheet(chain: FontChain) -> Stylesheet:
    regular, bold = chain.face(), chain.face(bold=True)

    def style(name: str, size: float, leading: float, **extra: object) -> ParagraphStyle:
        options: dict[str, object] = {
            "fontName": regular,
            "fontSize": size,
            "leading": leading,
            "textColor": INK,
            "alignment": TA_LEFT,
            # HarfBuzz shapes every word (Arabic joined, Devanagari conjuncts, Thai marks) and
            # right-to-left words are put in reading order per wrapped line: see reports/bidi.py.
            "shaping": 1,
            # (Only when ReportLab took the bidi module: a program that imported ReportLab
            # before exchangedesk still prints, with right-to-left words unordered.)
            "wordWrap": "LTR" if bidi.supported() else None,
        }
        options.update(extra)
        return ParagraphStyle(name, **options)  # type: ignore[arg-type]

    return Stylesheet(
        title=style("title", 20, 25, fontName=bold, textColor=ACCENT, spaceAfter=6),
        subtitle=style("subtitle", 12.5, 17, textColor=INK, spaceAfter=2),
        heading=style(
            "heading", 13, 17, fontName=bold, textColor=ACCENT, spaceBefore=12, spaceAfter=5
        ),
        subheading=style("subheading", 10.5, 14, fontName=bold, spaceBefore=8, spaceAfter=3),
        body=style("body", 10, 14, spaceAfter=4),
        letter=style("letter", 10.5, 15, spaceAfter=8),
        address=style("address", 10, 13.5),
        small=style("small", 8.5, 11, textColor=MUTED),
        label=style("label", 8, 10, textColor=MUTED),
        cell=style("cell", 9, 11.5),
        cell_bold=style("cell_bold", 9, 11.5, fontName=bold),
        cell_small=style("cell_small", 8, 10, textColor=MUTED),
        right=style("right", 10, 13.5, alignment=TA_RIGHT),
    )


def ruled_table(*, header: bool = True, extra: list[tuple] | None = None) -> TableStyle:
    """Light horizontal rules between rows, a shaded header row, no vertical lines."""
    commands: list[tuple] = [
        CELL_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
        ]
    return TableStyle(commands + (extra or []))


def plain_table(extra: list[tuple] | None = None) -> TableStyle:
    """A table used only for layout: no rules, no padding at the outer edges."""
    commands: list[tuple] = [
        CELL_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    return TableStyle(commands + (extra or []))


def _count_rows(whole: PlatypusTable, rest: object) -> None:
    """Tell a running progress report how many rows of the longest table are still to place."""
    from exchangedesk.reports import progress

    tracked = progress.current()
    if tracked is None or not isinstance(rest, PlatypusTable):
        return
    total = getattr(whole, "_rows_in_all", len(whole._cellvalues))
    rest._rows_in_all = total  # type: ignore[attr-defined]
    tracked.rows(total, len(rest._cellvalues))


class Table(PlatypusTable):
    """A table whose rows may split across pages. A cell holding a long text (an item's notes
    of 10,000 characters, a name typed far too long) makes a row taller than a page; ReportLab's
    own default refuses to split inside a row and the whole document fails with LayoutError.
    Rows still break between rows first; only a row that cannot fit on a page at all is split,
    and never leaving fewer than two lines of it on either side."""

    def __init__(self, data, *args, **options) -> None:  # noqa: ANN001 - ReportLab's signature
        options.setdefault("splitInRow", 24)
        super().__init__(data, *args, **options)

    def split(self, availWidth, availHeight):  # noqa: ANN001, ANN201, N803 - ReportLab's names
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2:
            _count_rows(self, parts[1])
        if parts or len(self._cellvalues) != 1:
            return parts
        # One row taller than a whole frame that ReportLab will not split again (the rest of a
        # row already split once, longer than a page): its cells are laid out one after the
        # other as plain flowables, which a frame splits line by line. Found by the long-text
        # property test (tests/reports/test_long_text.py) on a donation receipt.
        flat = []
        for cell in self._cellvalues[0]:
            if isinstance(cell, list | tuple):
                flat.extend(cell)
            elif cell not in (None, ""):
                flat.append(cell if hasattr(cell, "wrapOn") else Paragraph(str(cell)))
        # What is handed back must start with a piece that fits: the first flowable too tall for
        # the space left is split here (the frame splits the rest on the pages after).
        left = availHeight
        for index, flowable in enumerate(flat):
            height = flowable.wrap(availWidth, availHeight)[1]
            if height <= left:
                left -= height
                continue
            pieces = flowable.split(availWidth, left)
            if not pieces and index == 0:
                return []
            return flat[:index] + list(pieces or [flowable]) + flat[index + 1 :]
        return flat
