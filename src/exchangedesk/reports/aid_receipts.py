"""A donation receipt, and a campaign's report: collected, allocated to shipments and
delivered, per currency and converted to the committee's currency at rates it names."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from exchangedesk.domain.enums import label
from exchangedesk.domain.money import rate_words
from exchangedesk.reports.itinerary import city_text, day_text
from exchangedesk.reports.page import PageFurniture
from exchangedesk.reports.report_kit import ReportRenderer, money_text, short_day

if TYPE_CHECKING:
    from exchangedesk.reports.data.aid import CampaignReportData, CurrencyTotals, ReceiptData


class ReceiptRenderer(ReportRenderer):
    kind_label = "Donation receipt"

    def __init__(self, data: ReceiptData, *, paper: str = "a4") -> None:
        super().__init__(data.letterhead, data.issued_on, paper=paper)
        self.data = data

    def furniture(self) -> PageFurniture:
        # "Issued 2026" in the footer beside a receipt issued in 2002 reads as a contradiction:
        # the footer's date is when this copy was printed.
        return replace(
            super().furniture(),
            footer_note=f"This copy printed {day_text(self.issued, weekday=False)}",
        )

    def title(self) -> str:
        number = self.data.receipt_number
        return f"Donation receipt {number}" if number else "Donation receipt"

    def story(self) -> list[Flowable]:
        d, s = self.data, self.styles
        story = self.heading_block(self.title(), d.campaign)
        if not d.anonymous:
            lines = [d.donor, d.donor_native, d.donor_address]
            story.append(self.para("\n".join(filter(None, lines)), s.address))
            story.append(self.gap(6))
        donor = "an anonymous donor" if d.anonymous else d.donor
        story.append(
            self.facts(
                [
                    ("Receipt number", d.receipt_number or "not yet numbered"),
                    (
                        "Receipt issued on",
                        day_text(d.receipt_issued_on or d.issued_on, weekday=False),
                    ),
                    ("Received from", "Anonymous donor" if d.anonymous else d.donor),
                    ("Amount", str(d.amount)),
                    ("Received on", day_text(d.received_on, weekday=False)),
                    ("Campaign", d.campaign),
                    ("For the people of", city_text(d.beneficiary)),
                ]
            )
        )
        story.append(self.gap(4))
        story.append(
            self.para(
                f"The {d.letterhead.committee} confirms with thanks that it received {d.amount} "
                f"from {donor} on {day_text(d.received_on, weekday=False)} as a gift to "
                f"“{d.campaign}”. No goods or services were given in return.",
                s.letter,
            )
        )
        if d.purpose:
            story.append(self.para(f"Purpose of the campaign: {d.purpose}", s.letter))
        if d.spent_on:
            spent = "; ".join(f"{money} on shipment {reference}" for reference, money in d.spent_on)
            story.append(
                self.para(f"So far the gift has paid for goods sent as: {spent}.", s.letter)
            )
        signer = d.signatory or "For the committee"
        role = d.signatory_role or "Secretary"
        story.append(self.signatures(f"{signer}, {role}"))
        return story


class CampaignReportRenderer(ReportRenderer):
    kind_label = "Campaign report"

    def __init__(self, data: CampaignReportData, *, paper: str = "a4") -> None:
        super().__init__(data.letterhead, data.issued_on, paper=paper)
        self.data = data

    def title(self) -> str:
        return f"Campaign report: {self.data.title}"

    def story(self) -> list[Flowable]:
        d = self.data
        totals = d.totals
        period = (
            f"{short_day(d.starts_on)} – {short_day(d.ends_on)}"
            if d.ends_on
            else f"from {short_day(d.starts_on)}"
        )
        story = self.heading_block(d.title, f"For {city_text(d.beneficiary)}")
        story.append(
            self.facts(
                [
                    ("Beneficiary", city_text(d.beneficiary)),
                    ("Purpose", d.purpose),
                    ("Campaign", period),
                    ("Target", money_text(totals.target)),
                    ("Contributions", str(totals.contribution_count)),
                    ("Shipments", str(totals.shipment_count)),
                    ("As at", day_text(d.issued_on, weekday=False)),
                ]
            )
        )
        story += self.figures()
        story += self.rates()
        story += self.contributions()
        # The signatures never stand alone on a last page: the shipments go with them.
        signatures = self.signatures("Secretary of the committee", "Treasurer")
        story += self.closing(self.shipments(), signatures)
        return story

    def figures(self) -> list[Flowable]:
        d, s = self.data, self.styles
        totals = d.totals
        header = ["Currency", "Collected", "Allocated", "Delivered", "Lost", "Not allocated"]

        def row(t: CurrencyTotals, name: str) -> list[str]:
            t = t.rounded()
            return [
                name,
                str(t.collected),
                str(t.allocated),
                str(t.delivered),
                str(t.lost),
                str(t.unallocated),
            ]

        rows = [row(t, t.currency) for t in totals.by_currency]
        converted = totals.converted
        summary = []
        # One currency that is the base already: a converted row would only repeat it.
        if converted and [t.currency for t in totals.by_currency] != [converted.base_currency]:
            summary = [row(converted.rounded, f"All, in {converted.base_currency}")]
        story: list[Flowable] = self.section("Collected, allocated and delivered")
        if not rows:
            return [*story, self.nothing("No money has been received for this campaign yet.")]
        story.append(
            self.table(
                header,
                rows,
                [30, None, None, None, None, None],
                right=(1, 2, 3, 4, 5),
                totals=summary,
            )
        )
        story.append(
            self.para(
                "Allocated: spent on the goods of a shipment. Delivered: allocated to shipments "
                "that reached the city. Each gift is converted at the rate of the day it was "
                "received, and what it paid for at that same rate.",
                s.small,
            )
        )
        return story

    def rates(self) -> list[Flowable]:
        totals = self.data.totals
        story: list[Flowable] = []
        if totals.missing_rates:
            story += self.section("Not converted")
            story += [self.para(m.message, self.styles.body) for m in totals.missing_rates]
            return story
        converted = totals.converted
        if converted is None or not converted.rates:
            return story
        base = converted.base_currency
        rows = [
            [
                rate.currency,
                f"1 {rate.currency} = {rate_words(rate.rate)} {base}",
                short_day(rate.valid_on),
                rate.source,
            ]
            for rate in converted.rates
        ]
        story += self.section("Exchange rates used")
        story.append(
            self.table(["Currency", "Rate", "Valid from", "Source"], rows, [22, 42, 26, None])
        )
        return story

    def contributions(self) -> list[Flowable]:
        d = self.data
        story: list[Flowable] = self.section("Contributions")
        if not d.contributions:
            return [*story, self.nothing("None yet.")]
        rows = [
            [short_day(g.received_on), g.donor, str(g.amount), g.receipt_number or "—"]
            for g in d.contributions
        ]
        story.append(
            self.table(
                ["Received", "Donor", "Amount", "Receipt"], rows, [24, None, 32, 30], right=(2,)
            )
        )
        return story

    def shipments(self) -> list[Flowable]:
        d = self.data
        story: list[Flowable] = self.section("Shipments")
        if not d.shipments:
            return [*story, self.nothing("No shipments yet.")]
        rows = [
            [
                sh.reference,
                label(sh.status),
                short_day(sh.dispatched_on) or "—",
                short_day(sh.delivered_on) or "—",
                "\n".join(str(m.rounded()) for m in sh.value) or "—",
            ]
            for sh in d.shipments
        ]
        return [
            *story,
            self.table(
                ["Shipment", "Status", "Dispatched", "Delivered", "Value of goods"],
                rows,
                [None, 26, 26, 26, 32],
                right=(4,),
            ),
        ]
