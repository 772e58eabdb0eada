"""The printed gift register: gifts received, then gifts given, each with its occasion, giver
and receiver, estimated value, thank-you letter, and custody — where it is kept now and where
it was kept before (the 1944 tablecloth, from the city council to the Panorama Museum)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from exchangedesk.domain.enums import GiftDirection
from exchangedesk.reports.itinerary import day_text
from exchangedesk.reports.report_kit import ReportRenderer, money_text, short_day

if TYPE_CHECKING:
    from exchangedesk.reports.data.gifts import GiftRegisterData, RegisteredGift


class GiftRegisterRenderer(ReportRenderer):
    kind_label = "Register"

    def __init__(self, data: GiftRegisterData, *, paper: str = "a4") -> None:
        super().__init__(data.letterhead, data.issued_on, paper=paper)
        self.data = data

    def title(self) -> str:
        return "Register of gifts"

    def story(self) -> list[Flowable]:
        d = self.data
        received, given = d.of(GiftDirection.RECEIVED), d.of(GiftDirection.GIVEN)
        unthanked = sum(1 for g in received if not g.letters)
        story = self.heading_block(self.title(), f"As at {day_text(d.issued_on, weekday=False)}")
        story.append(
            self.facts(
                [
                    ("Gifts received", str(len(received))),
                    ("Gifts given", str(len(given))),
                    ("Not yet thanked", str(unthanked) if received else None),
                ]
            )
        )
        for title, gifts in (("Gifts received", received), ("Gifts given", given)):
            story += self.section(title)
            if not gifts:
                story.append(self.nothing("None recorded."))
                continue
            story.append(self.gift_table(gifts, thanks=title == "Gifts received"))
        story.append(self.signatures("Secretary of the committee"))
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
                what.append(self.para(f"Estimated value {money_text(gift.value)}", s.cell_small))
            when = [self.para(short_day(gift.given_on) or "date unknown", s.cell)]
            for extra in (gift.occasion, gift.partnership):
                if extra:
                    when.append(self.para(extra, s.cell_small))
            parties = [self.para(f"From {gift.giver or 'unknown'}", s.cell)]
            parties.append(self.para(f"To {gift.receiver or 'unknown'}", s.cell))
            if thanks:
                letter = gift.letters[-1] if gift.letters else None
                parties.append(
                    self.para(
                        f"Thanked {short_day(letter.issued_on)} (register entry {letter.document_id})"
                        if letter
                        else "Not yet thanked",
                        s.cell_small,
                    )
                )
            rows.append([str(number), what, when, parties, self.custody(gift)])
        return self.table(
            ["No.", "Gift", "Date, occasion", "From, to", "Kept at"],
            rows,
            [9, None, 30, 38, 44],
            small=(0,),
        )

    def custody(self, gift: RegisteredGift) -> list[Flowable]:
        s = self.styles
        now = gift.kept_now
        if now is None:
            return [self.para("not recorded", s.cell_small)]
        cell = [self.para(now.location, s.cell_bold)]
        since = f"since {short_day(now.since_on)}"
        cell.append(
            self.para(f"{now.custodian}, {since}" if now.custodian else since, s.cell_small)
        )
        for move in reversed(gift.custody[:-1]):
            who = f", {move.custodian}" if move.custodian else ""
            cell.append(
                self.para(
                    f"before: {move.location}{who}, from {short_day(move.since_on)}", s.cell_small
                )
            )
        return cell


def render_gift_register(data: GiftRegisterData, *, paper: str = "a4") -> bytes:
    return GiftRegisterRenderer(data, paper=paper).render()
