"""The renderer every document builds on: a class made of small steps a subclass overrides
(fonts, stylesheet, page furniture, page templates, story), writing a PDF to bytes.

The same input always gives the same bytes: ReportLab's invariant mode fixes the file
identifier and object order, and the creation date is the document's own issue date rather than
the clock — so the GUI, the command line and a test render identical files.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from io import BytesIO

from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph
from reportlab.platypus.flowables import Spacer

from exchangedesk import __version__
from exchangedesk.reports.fonts import FontChain, default_chain, needs_shaping
from exchangedesk.reports.language import DocumentLanguage, document_language
from exchangedesk.reports.page import (
    LETTERHEAD_HEIGHT,
    MARGIN_BOTTOM,
    MARGIN_X,
    RUNNING_HEADER_HEIGHT,
    PageFurniture,
    draw_footer,
    draw_letterhead,
    draw_running_header,
    numbered_canvas,
    paper_size,
)
from exchangedesk.reports.progress import (
    LayoutProgress,
    ProgressCallback,
    done_tracking,
    tracking,
)
from exchangedesk.reports.styles import Stylesheet, make_stylesheet, unshaped


class DocumentRenderer:
    """Subclasses give :meth:`furniture`, :meth:`title` and :meth:`story`; the rest has
    defaults that suit every committee document."""

    def __init__(
        self,
        *,
        paper: str = "a4",
        chain: FontChain | None = None,
        language: str | DocumentLanguage | None = None,
    ) -> None:
        self.pagesize = paper_size(paper)
        self.chain = chain or self.register_fonts()
        self.styles = self.stylesheet(self.chain)
        # Every fixed word, date and number of the document comes from here.
        self.lang = (
            language if isinstance(language, DocumentLanguage) else document_language(language)
        )

    def _(self, message: str, **values: object) -> str:
        """A fixed word of the document in its language (see reports/language)."""
        return self.lang._(message, **values)

    def n_(self, singular: str, plural: str, n: int, **values: object) -> str:
        return self.lang.n_(singular, plural, n, **values)

    # -- steps to override ----------------------------------------------------------------

    def register_fonts(self) -> FontChain:
        return default_chain()

    def stylesheet(self, chain: FontChain) -> Stylesheet:
        return make_stylesheet(chain)

    def furniture(self) -> PageFurniture:
        raise NotImplementedError

    def title(self) -> str:
        raise NotImplementedError

    def issued_on(self) -> dt.date:
        raise NotImplementedError

    def story(self) -> list[Flowable]:
        raise NotImplementedError

    def page_templates(self) -> list[PageTemplate]:
        """ "first" under the letterhead, then "later" under the running header."""
        width, height = self.pagesize
        bottom = MARGIN_BOTTOM
        first = Frame(
            MARGIN_X,
            bottom,
            width - 2 * MARGIN_X,
            height - bottom - LETTERHEAD_HEIGHT - 6 * mm,
            id="first",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        later = Frame(
            MARGIN_X,
            bottom,
            width - 2 * MARGIN_X,
            height - bottom - RUNNING_HEADER_HEIGHT - 6 * mm,
            id="later",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        return [
            PageTemplate("first", [first], onPage=self._draw_first, autoNextPageTemplate="later"),
            PageTemplate("later", [later], onPage=self._draw_later),
        ]

    # -- rendering --------------------------------------------------------------------------

    def render(self, progress: ProgressCallback | None = None) -> bytes:
        """The PDF's bytes. ``progress`` (see reports/progress.py) hears of every new page and
        may stop the layout by raising LayoutCancelled."""
        buffer = BytesIO()
        self._furniture = self.furniture()
        if self._furniture.page_label == PageFurniture.page_label:
            # Translated as a pattern; the numbers are only known once the story is laid out.
            label = self._("Page {page} of {total}")
            self._furniture = replace(self._furniture, page_label=label)
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            title=self.title(),
            author=self._furniture.committee,
            creator=f"ExchangeDesk {__version__}",
            producer="ExchangeDesk with ReportLab",
            invariant=1,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            bottomMargin=MARGIN_BOTTOM,
        )
        doc.addPageTemplates(self.page_templates())
        issued = self.issued_on()
        canvas_class = numbered_canvas(
            self._draw_numbered, f"D:{issued:%Y%m%d}000000+00'00'", self.chain.face()
        )
        story = self.story()
        tracked = LayoutProgress(progress) if progress is not None else None
        if tracked is not None:
            doc.setProgressCallBack(
                lambda kind, value: tracked.page_started(value) if kind == "PAGE" else None
            )
        token = tracking(tracked)
        try:
            doc.build(story, canvasmaker=canvas_class)
        finally:
            done_tracking(token)
        return buffer.getvalue()

    def _draw_first(self, canvas, doc) -> None:  # noqa: ANN001 - ReportLab's callback
        canvas.saveState()
        draw_letterhead(canvas, self.chain, self._furniture, self.pagesize)
        canvas.restoreState()

    def _draw_later(self, canvas, doc) -> None:  # noqa: ANN001
        canvas.saveState()
        draw_running_header(canvas, self.chain, self._furniture, self.pagesize)
        canvas.restoreState()

    def _draw_numbered(self, canvas, page: int, total: int) -> None:  # noqa: ANN001
        canvas.saveState()
        draw_footer(canvas, self.chain, self._furniture, self.pagesize, page, total)
        canvas.restoreState()

    # -- helpers for stories ----------------------------------------------------------------

    def para(self, text: str | None, style=None, *, bold: bool | None = None) -> Paragraph:  # noqa: ANN001
        """A paragraph printing plain ``text`` literally, in fonts that have its glyphs."""
        style = style or self.styles.body
        if bold is None:
            bold = self.chain.is_bold(style.fontName)
        if getattr(style, "shaping", 0) and not needs_shaping(text or ""):
            style = unshaped(style)
        return Paragraph(self.chain.markup(text or "", bold=bold), style)

    def markup(self, text: str | None, *, bold: bool = False) -> str:
        return self.chain.markup(text or "", bold=bold)

    def gap(self, height_mm: float) -> Spacer:
        return Spacer(1, height_mm * mm)

    @property
    def text_width(self) -> float:
        return self.pagesize[0] - 2 * MARGIN_X
