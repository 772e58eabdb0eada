"""Letters from the secretary's templates: letterhead, address block and date, subject, the
text in one language or two side by side, tables where the template asks, and a signature block.

The template sees only :meth:`LetterData.fields` (plain strings); the filled text is escaped
for ReportLab's markup like any other user text, so nothing typed anywhere becomes markup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from exchangedesk.domain.errors import ValidationError
from exchangedesk.reports.base import DocumentRenderer
from exchangedesk.reports.language import N_, DocumentLanguage, document_language
from exchangedesk.reports.page import PageFurniture
from exchangedesk.reports.styles import RULE, Table, plain_table, ruled_table
from exchangedesk.reports.templates import Block, FilledLetter, LetterTemplate, TemplateError

if TYPE_CHECKING:
    from exchangedesk.reports.data.letters import LetterData


def blocks_for(data: LetterData) -> set[str]:
    """The tables this letter can place: travellers only in a visa support letter."""
    blocks = {"members.table"}
    if hasattr(data, "travellers"):
        blocks.add("travellers.table")
    return blocks


def render_letter(
    data: LetterData, templates: Sequence[tuple[str, LetterTemplate]], *, paper: str = "a4"
) -> bytes:
    """``templates``: (language, template) pairs — one, or two printed side by side."""
    return LetterRenderer(data, templates, paper=paper).render()


class LetterRenderer(DocumentRenderer):
    def __init__(
        self,
        data: LetterData,
        templates: Sequence[tuple[str, LetterTemplate]],
        *,
        paper: str = "a4",
    ) -> None:
        if not 1 <= len(templates) <= 2:
            raise ValidationError("language", "a letter is written in one language or two")
        super().__init__(paper=paper, language=templates[0][0])
        self.data = data
        # The fixed words of each language the letter is written in, the first one leading.
        self.langs: list[DocumentLanguage] = [document_language(code) for code, _ in templates]
        blocks = blocks_for(data)
        self.letters: list[tuple[str, FilledLetter]] = [
            (language, template.fill(data.fields(language), blocks, data.empty_tables()))
            for language, template in templates
        ]
        if len(self.letters) == 2:
            self._check_same_tables(templates)

    def _check_same_tables(self, templates: Sequence[tuple[str, LetterTemplate]]) -> None:
        first, second = ([p.name for p in f.parts if isinstance(p, Block)] for _, f in self.letters)
        if first != second:
            raise TemplateError(
                templates[1][1].source,
                1,
                f"a bilingual letter needs the same tables in both languages "
                f"({', '.join(first) or 'none'} in {templates[0][1].source})",
            )

    def title(self) -> str:
        return self.letters[0][1].subject or self.data.template.replace("_", " ").capitalize()

    def issued_on(self) -> dt.date:
        return self.data.issued_on

    def furniture(self) -> PageFurniture:
        head = self.data.letterhead
        city = f"{head.city} · {head.city_native}" if head.city_native else head.city
        return PageFurniture(
            committee=head.committee,
            city=city,
            contact_lines=head.contact_lines,
            running_title=self.title(),
            footer_note=f"{head.committee} · {self.lang.date(self.data.issued_on)}",
        )

    def story(self) -> list[Flowable]:
        story = [self.address_block(), self.gap(8)]
        story += self.subject()
        body = self.body()
        # The closing ("Yours faithfully,") goes to the next page with the signature rather
        # than leave the signature alone on a page.
        closing = body.pop() if body and not isinstance(body[-1], Spacer) else None
        story += body
        story.append(self.signature(closing))
        return story

    # -- parts ------------------------------------------------------------------------------

    def address_block(self) -> Table:
        s, recipient = self.styles, self.data.recipient
        # An office the register does not name ("The competent authorities") is written in
        # the letter's language; names and addresses typed by the secretary are never changed.
        left = [self.para(self._(recipient.name), s.address, bold=True)]
        if recipient.name_native:
            left.append(self.para(recipient.name_native, s.address))
        left += [self.para(self._(line), s.address) for line in recipient.address_lines]
        dates = [
            f"{self.data.letterhead.city}, {self.data.fields(self.letters[0][0])['letter.date']}"
        ]
        if len(self.letters) == 2:
            dates.append(self.data.fields(self.letters[1][0])["letter.date"])
        right = [self.para(text, s.right) for text in dates]
        width = self.text_width
        return Table([[left, right]], colWidths=[width * 0.6, width * 0.4], style=plain_table())

    def subject(self) -> list[Flowable]:
        s = self.styles
        subjects = [filled.subject for _, filled in self.letters if filled.subject]
        return [self.para(text, s.subheading) for text in subjects] + [self.gap(3)]

    def body(self) -> list[Flowable]:
        """Paragraphs, two columns for two languages; a table spans the page where the
        templates place it (both templates place the same tables in the same order)."""
        columns = [self._segments(filled) for _, filled in self.letters]
        story: list[Flowable] = []
        for index, segment in enumerate(columns[0]):
            if isinstance(segment, Block):
                story += [self.gap(1), self.table(segment.name), self.gap(5)]
            elif len(columns) == 1:
                story += [self.para(text, self.styles.letter) for text in segment]
            else:
                story.append(self._side_by_side(segment, columns[1][index]))
        return story

    def _segments(self, filled: FilledLetter) -> list[list[str] | Block]:
        segments: list[list[str] | Block] = [[]]
        for part in filled.parts:
            if isinstance(part, Block):
                segments += [part, []]
            else:
                segments[-1].append(part)  # type: ignore[union-attr]
        return segments

    def _side_by_side(self, left: list[str] | Block, right: list[str] | Block) -> Table:
        style = self.styles.letter
        cells = [
            [self.para(text, style) for text in column] if isinstance(column, list) else []
            for column in (left, right)
        ]
        if len(cells[0]) == len(cells[1]):
            # Paragraph beside its translation, each pair starting level.
            rows = [[one, other] for one, other in zip(cells[0], cells[1], strict=True)]
        else:
            rows = [[cells[0], cells[1]]]
        gutter = 5 * mm  # each side of the rule between the languages
        return Table(
            rows,
            colWidths=[self.text_width / 2] * 2,
            style=plain_table(
                [
                    ("RIGHTPADDING", (0, 0), (0, -1), gutter),
                    ("LEFTPADDING", (1, 0), (1, -1), gutter),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), style.spaceAfter),
                    ("LINEAFTER", (0, 0), (0, -1), 0.4, RULE),
                ]
            ),
        )

    def both(self, words: list[str]) -> str:
        """One word per language of the letter: "Name / Имя"; said once when they agree."""
        return " / ".join(dict.fromkeys(w for w in words if w))

    def heading(self, text: str) -> str:
        """A column heading marked with :func:`N_`, in each language of the letter."""
        return self.both([lang._(text) for lang in self.langs])

    def role(self, role) -> str:  # noqa: ANN001 - a MemberRole
        return self.both([lang.label(role) for lang in self.langs])

    def country(self, code: str | None, name: str | None) -> str:
        if not code:
            return name or ""
        return self.both([lang.country(code) for lang in self.langs])

    def table(self, name: str) -> Table:
        s = self.styles
        if name == "travellers.table":
            header = [N_("Name"), N_("Date of birth"), N_("Nationality"), N_("Passport")]
            header.append(N_("Valid until"))
            rows = [
                [
                    [self.para(t.name, s.cell), self.para(t.name_native, s.cell_small)],
                    self.para(_date(t.date_of_birth), s.cell),
                    self.para(self.country(t.nationality_code, t.nationality), s.cell),
                    self.para(t.passport_number, s.cell_bold),
                    self.para(_date(t.passport_expiry), s.cell),
                ]
                for t in self.data.travellers  # type: ignore[attr-defined]
            ]
            widths = [None, 28 * mm, 30 * mm, 30 * mm, 26 * mm]
        else:
            header = [N_("Name"), N_("In own script"), N_("Role"), N_("Organisation")]
            rows = [
                [
                    self.para(m.name, s.cell),
                    self.para(m.name_native, s.cell),
                    self.para(self.role(m.role), s.cell),
                    self.para(m.organisation, s.cell),
                ]
                for m in self.data.members
            ]
            widths = [40 * mm, 38 * mm, 30 * mm, None]
        numbered = [
            [self.para("", s.cell_bold)] + [self.para(self.heading(h), s.cell_bold) for h in header]
        ]
        numbered += [[self.para(str(i), s.cell_small), *row] for i, row in enumerate(rows, 1)]
        return Table(numbered, colWidths=[8 * mm, *widths], repeatRows=1, style=ruled_table())

    def signature(self, closing: Flowable | None = None) -> Flowable:
        s, signer = self.styles, self.data.signatory
        lines: list[Flowable] = [closing] if closing is not None else []
        lines.append(self.gap(16))
        if signer is None:
            lines.append(self.para(self.data.letterhead.committee, s.body))
            return KeepTogether(lines)
        lines.append(self.para(signer.name, s.body, bold=True))
        if signer.name_native:
            lines.append(self.para(signer.name_native, s.body))
        for text in (signer.role, signer.organisation):
            if text:
                lines.append(self.para(text, s.small))
        return KeepTogether(lines)


def _date(day: dt.date | None) -> str:
    return "" if day is None else f"{day:%d.%m.%Y}"
