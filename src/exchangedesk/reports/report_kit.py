"""What the registers, lists and reports share on top of :class:`DocumentRenderer`: the
committee's letterhead, a block of facts, ruled tables whose header repeats on every page,
figures aligned right, and the signature lines an official copy needs.

Every piece of user text goes through :meth:`DocumentRenderer.para` (escaped, run by run
through the font chain), so a name typed as ``<font color=red>`` prints as those characters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph

from exchangedesk.reports.base import DocumentRenderer
from exchangedesk.reports.language import ENGLISH, N_, DocumentLanguage
from exchangedesk.reports.page import PageFurniture
from exchangedesk.reports.styles import MUTED, Table, plain_table, ruled_table

if TYPE_CHECKING:
    from exchangedesk.domain.money import Money
    from exchangedesk.reports.data.itinerary import Letterhead
    from exchangedesk.reports.data.partnership_map import PartnershipMap

SIGNATURE_HEIGHT = 28 * mm  # the gap, the space to sign in and the two lines under it


def short_day(day: dt.date | None, lang: DocumentLanguage = ENGLISH) -> str:
    """ "12 Jun 2025", "12.06.2025": dates in table cells, where a weekday only takes room;
    never broken between day, month and year."""
    return lang.short_day(day)


def money_text(money: Money | None, lang: DocumentLanguage = ENGLISH) -> str:
    return lang.money(money)


def number_text(value: object, lang: DocumentLanguage = ENGLISH) -> str:
    """A quantity without the stored trailing zeros: 45, 8.5, 1,200."""
    return lang.number(value)


class ReportRenderer(DocumentRenderer):
    """A register or report under the committee's letterhead. Subclasses give
    :meth:`title` and :meth:`story`; ``letterhead`` and ``issued`` come with the data."""

    kind_label = N_("Report")  # translated where it prints

    def __init__(
        self,
        letterhead: Letterhead,
        issued: dt.date,
        *,
        paper: str = "a4",
        language: str | DocumentLanguage | None = None,
    ) -> None:
        super().__init__(paper=paper, language=language)
        self.letterhead = letterhead
        self.issued = issued
        s = self.styles
        self.cell_right = ParagraphStyle("cell_right", parent=s.cell, alignment=TA_RIGHT)
        # keepWithNext: the heading moves to the next page with the start of its table.
        self.section_heading = ParagraphStyle("section", parent=s.heading, keepWithNext=1)
        self.cell_right_bold = ParagraphStyle(
            "cell_right_bold", parent=s.cell_bold, alignment=TA_RIGHT
        )

    def issued_on(self) -> dt.date:
        return self.issued

    def furniture(self) -> PageFurniture:
        head = self.letterhead
        city = f"{head.city} · {head.city_native}" if head.city_native else head.city
        return PageFurniture(
            committee=head.committee,
            city=city,
            contact_lines=head.contact_lines,
            running_title=self.title(),
            footer_note=self._("Issued {date}", date=self.lang.date(self.issued)),
        )

    # -- building blocks ----------------------------------------------------------------------

    def heading_block(self, title: str, *subtitles: str | None) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = [self.para(self._(self.kind_label).upper(), s.label), self.gap(1)]
        story.append(self.para(title, s.title))
        story += [self.para(line, s.subtitle) for line in subtitles if line]
        story.append(self.gap(4))
        return story

    def facts(self, rows: Sequence[tuple[str, str | None]], label_mm: float = 40) -> Table:
        s = self.styles
        cells = [
            [self.para(name, s.label), self.para(value, s.body)]
            for name, value in rows
            if value not in (None, "")
        ]
        return Table(
            cells or [["", ""]],
            colWidths=[label_mm * mm, None],
            style=plain_table([("BOTTOMPADDING", (0, 0), (-1, -1), 3)]),
            hAlign="LEFT",
        )

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[object]],
        widths: Sequence[float | None],
        *,
        right: Sequence[int] = (),
        totals: Sequence[Sequence[object]] = (),
        small: Sequence[int] = (),
    ) -> Table:
        """A ruled table: the header row repeats on every page; ``widths`` in millimetres
        (None shares what is left); columns in ``right`` hold figures; ``totals`` rows come
        last in bold above a firmer rule. A cell may be text or a ready Flowable."""
        s = self.styles

        def cell(value: object, column: int, bold: bool = False) -> object:
            if isinstance(value, Flowable | list):  # ready flowables, a list stacks them
                return value
            if column in right:
                style = self.cell_right_bold if bold else self.cell_right
            elif bold:
                style = s.cell_bold
            else:
                style = s.cell_small if column in small else s.cell
            return self.para("" if value is None else str(value), style)

        data: list[list[object]] = [
            [cell(h, i, bold=True) for i, h in enumerate(header)],
            *([cell(v, i) for i, v in enumerate(row)] for row in rows),
            *([cell(v, i, bold=True) for i, v in enumerate(row)] for row in totals),
        ]
        extra: list[tuple] = []
        if totals:
            first_total = len(data) - len(totals)
            extra.append(("LINEABOVE", (0, first_total), (-1, first_total), 0.9, MUTED))
        return Table(
            data,
            colWidths=[w * mm if w is not None else None for w in widths],
            repeatRows=1,
            style=ruled_table(extra=extra),
            hAlign="LEFT",
        )

    def stacked(self, main: str | None, detail: str | None) -> Paragraph:
        """A bold line and a smaller grey one under it, in one cell paragraph (a list of two
        paragraphs in a cell costs ReportLab several times as much to lay out)."""
        s = self.styles
        text = self.markup(main, bold=True)
        if detail:
            small = s.cell_small
            text += (
                f'<br/><font size="{small.fontSize}" color="#{small.textColor.hexval()[2:]}">'
                f"{self.markup(detail)}</font>"
            )
        return Paragraph(text, s.cell)

    def closing(self, last: list[Flowable], signatures: Flowable) -> list[Flowable]:
        """The last part of a document and its signature lines, on one page when they fit, so
        the signatures never stand alone on a last page. (A KeepTogether around them
        misjudges nested tables and breaks the page too early.)"""
        height = SIGNATURE_HEIGHT
        for flowable in last:
            if not isinstance(flowable, KeepTogether | CondPageBreak):
                height += flowable.wrap(self.text_width, self.pagesize[1])[1]
        if height > 120 * mm:  # a long part flows over pages anyway; keep its end together
            height = SIGNATURE_HEIGHT + 30 * mm
        return [CondPageBreak(height), *last, signatures]

    def section(self, title: str) -> list[Flowable]:
        """A heading that never stays alone at the foot of a page."""
        return [CondPageBreak(30 * mm), self.para(title, self.section_heading)]

    def map_page(self, data: PartnershipMap | None, subtitle: str | None = None) -> list[Flowable]:
        """The partnership map on a page of its own at the end (a page more, never a table cut
        in two), drawn in vector from the same scene as the window; nothing without data."""
        if data is None:
            return []
        from exchangedesk.domain.enums import PartnershipStatus
        from exchangedesk.reports.map.scene import build_scene
        from exchangedesk.reports.partnership_map import LegendWords, MapFlowable

        note = self._(
            "{count} on the map; thicker lines: more done in the last {years} years. "
            "Outlines: Natural Earth.",
            count=self.n_("{n} partnership", "{n} partnerships", len(data.lines)),
            years=self.lang.number(data.activity_years),
        )
        if data.unplaced:  # so the count above the map and the register's never disagree silently
            note += " " + self.n_(
                "{n} left off: a city without coordinates.",
                "{n} left off: cities without coordinates.",
                data.unplaced,
            )
        words = LegendWords({s: self.lang.label(s) for s in PartnershipStatus}, note)
        story: list[Flowable] = [
            PageBreak(),
            self.para(self._("Map of partnerships"), self.styles.heading),
        ]
        if subtitle:
            story.append(self.para(subtitle, self.styles.small))
        story.append(self.gap(3))
        story.append(
            MapFlowable(build_scene(data), self.text_width, self.chain.face(), words=words)
        )
        return story

    def nothing(self, text: str) -> Flowable:
        return self.para(text, self.styles.small)

    def signatures(self, *roles: str) -> Flowable:
        """Lines to sign on, side by side: "Secretary of the committee", "Received by"..."""
        s = self.styles
        columns = max(len(roles), 2)  # one line to sign on takes half the width, not all of it
        width = (self.text_width - 10 * mm * (columns - 1)) / columns
        lines = [
            [self.para(" ", s.body) for _ in roles],
            [self.para(role, s.small) for role in roles],
            [self.para(self._("Name, date, signature"), s.label) for _ in roles],
        ]
        widths = []
        for index in range(len(roles)):
            widths.append(width)
            if index < len(roles) - 1:
                widths.append(10 * mm)
        spaced = [[row[i // 2] if i % 2 == 0 else "" for i in range(len(widths))] for row in lines]
        style = plain_table(
            [("TOPPADDING", (0, 0), (-1, 0), 11 * mm), ("BOTTOMPADDING", (0, 1), (-1, -1), 1)]
            + [("LINEABOVE", (i, 1), (i, 1), 0.6, MUTED) for i in range(0, len(widths), 2)]
        )
        return KeepTogether(
            [self.gap(4), Table(spaced, colWidths=widths, style=style, hAlign="LEFT")]
        )
