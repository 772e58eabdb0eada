"""The printed gift register: gifts received, then gifts given, each with its occasion, giver
and receiver, estimated value, thank-you letter, and custody — where it is kept now and where
it was kept before (the 1944 tablecloth, from the city council to the Panorama Museum)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from exchangedesk.domain.enums import GiftDirection
from exchangedesk.reports.language import N_
from exchangedesk.reports.report_kit import ReportRenderer

if TYPE_CHECKING:
    from exchangedesk.reports.data.gifts import GiftRegisterData, RegisteredGift


class GiftRegisterRenderer(ReportRenderer):
    kind_label = N_("Register")

    def __init__(
        self, data: GiftRegisterData, *, paper: str = "a4", language: str | None = None
    ) -> None:
        super().__init__(data.letterhead, data.issued_on, paper=paper, language=language)
        self.data = data

    def title(self) -> str:
        return self._("Register of gifts")

    def story(self) -> list[Flowable]:
        d = self.data
        received, given = d.of(GiftDirection.RECEIVED), d.of(GiftDirection.GIVEN)
        unthanked = sum(1 for g in received if not g.letters)
        at = self._("As at {date}", date=self.lang.date(d.issued_on))
        story = self.heading_block(self.title(), at)
        number = self.lang.number
        story.append(
            self.facts(
                [
                    (self._("Gifts received"), number(len(received))),
                    (self._("Gifts given"), number(len(given))),
                    (self._("Not yet thanked"), number(unthanked) if received else None),
                ]
            )
        )
        for title, gifts in ((N_("Gifts received"), received), (N_("Gifts given"), given)):
            story += self.section(self._(title))
            if not gifts:
                story.append(self.nothing(self._("None recorded.")))
                continue
            story.append(self.gift_table(gifts, thanks=gifts is received))
        story.append(self.signatures(self._("Secretary of the committee")))
        return story

    def gift_table(self, gifts: tuple[RegisteredGift, ...], *, thanks: bool) -> Flowable:
        s = self.styles
        rows = []
        for number, gift in enumerate(gifts, start=1):
            what: list[Flowable] = [self.para(gift.title, s.cell_bold)]
            details = " · ".join(filter(None, (gift.category, gift.description)))
            if details:
                what.append(self.para(details, s.cell_small))
            if gift.value is not None:
                value = self._("Estimated value {amount}", amount=self.lang.money(gift.value))
                what.append(self.para(value, s.cell_small))
            day = self.lang.short_day(gift.given_on) or self._("date unknown")
            when = [self.para(day, s.cell)]
            for extra in (gift.occasion, gift.partnership):
                if extra:
                    when.append(self.para(extra, s.cell_small))
            unknown = self._("unknown")
            parties = [self.para(self._("From {giver}", giver=gift.giver or unknown), s.cell)]
            parties.append(
                self.para(self._("To {receiver}", receiver=gift.receiver or unknown), s.cell)
            )
            if thanks:
                letter = gift.letters[-1] if gift.letters else None
                parties.append(
                    self.para(
                        self._(
                            "Thanked {date} (register entry {entry})",
                            date=self.lang.short_day(letter.issued_on),
                            entry=letter.document_id,
                        )
                        if letter
                        else self._("Not yet thanked"),
                        s.cell_small,
                    )
                )
            rows.append([str(number), what, when, parties, self.custody(gift)])
        return self.table(
            [self._("No."), self._("Gift"), self._("Date, occasion"), self._("From, to")]
            + [self._("Kept at")],
            rows,
            [9, None, 30, 38, 44],
            small=(0,),
        )

    def custody(self, gift: RegisteredGift) -> list[Flowable]:
        s = self.styles
        now = gift.kept_now
        if now is None:
            return [self.para(self._("not recorded"), s.cell_small)]
        cell = [self.para(now.location, s.cell_bold)]
        since = self._("since {date}", date=self.lang.short_day(now.since_on))
        cell.append(
            self.para(f"{now.custodian}, {since}" if now.custodian else since, s.cell_small)
        )
        for move in reversed(gift.custody[:-1]):
            who = f", {move.custodian}" if move.custodian else ""
            cell.append(
                self.para(
                    self._(
                        "before: {place}{who}, from {date}",
                        place=move.location,
                        who=who,
                        date=self.lang.short_day(move.since_on),
                    ),
                    s.cell_small,
                )
            )
        return cell


def render_gift_register(
    data: GiftRegisterData, *, paper: str = "a4", language: str | None = None
) -> bytes:
    return GiftRegisterRenderer(data, paper=paper, language=language).render()
