"""A donation receipt, and a campaign's report: collected, allocated to shipments and
delivered, per currency and converted to the committee's currency at rates it names."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from exchangedesk.reports.itinerary import city_text
from exchangedesk.reports.language import N_
from exchangedesk.reports.page import PageFurniture
from exchangedesk.reports.report_kit import ReportRenderer

if TYPE_CHECKING:
    from exchangedesk.reports.data.aid import CampaignReportData, CurrencyTotals, ReceiptData


class ReceiptRenderer(ReportRenderer):
    kind_label = N_("Donation receipt")

    def __init__(
        self, data: ReceiptData, *, paper: str = "a4", language: str | None = None
    ) -> None:
        super().__init__(data.letterhead, data.issued_on, paper=paper, language=language)
        self.data = data

    def furniture(self) -> PageFurniture:
        # "Issued 2026" in the footer beside a receipt issued in 2002 reads as a contradiction:
        # the footer's date is when this copy was printed.
        return replace(
            super().furniture(),
            footer_note=self._("This copy printed {date}", date=self.lang.date(self.issued)),
        )

    def title(self) -> str:
        number = self.data.receipt_number
        if number:
            return self._("Donation receipt {number}", number=number)
        return self._("Donation receipt")

    def story(self) -> list[Flowable]:
        d, s = self.data, self.styles
        story = self.heading_block(self.title(), d.campaign)
        if not d.anonymous:
            lines = [d.donor, d.donor_native, d.donor_address]
            story.append(self.para("\n".join(filter(None, lines)), s.address))
            story.append(self.gap(6))
        _, date, amount = self._, self.lang.date, self.lang.money(d.amount)
        donor = _("an anonymous donor") if d.anonymous else d.donor
        story.append(
            self.facts(
                [
                    (_("Receipt number"), d.receipt_number or _("not yet numbered")),
                    (_("Receipt issued on"), date(d.receipt_issued_on or d.issued_on)),
                    (_("Received from"), _("Anonymous donor") if d.anonymous else d.donor),
                    (_("Amount"), amount),
                    (_("Received on"), date(d.received_on)),
                    (_("Campaign"), d.campaign),
                    (_("For the people of"), city_text(d.beneficiary)),
                ]
            )
        )
        story.append(self.gap(4))
        story.append(
            self.para(
                _(
                    "The {committee} confirms with thanks that it received {amount} from "
                    "{donor} on {date} as a gift to “{campaign}”. No goods or services were "
                    "given in return.",
                    committee=d.letterhead.committee,
                    amount=amount,
                    donor=donor,
                    date=date(d.received_on),
                    campaign=d.campaign,
                ),
                s.letter,
            )
        )
        if d.purpose:
            purpose = _("Purpose of the campaign: {purpose}", purpose=d.purpose)
            story.append(self.para(purpose, s.letter))
        if d.spent_on:
            spent = "; ".join(
                _("{amount} on shipment {reference}", amount=self.lang.money(m), reference=r)
                for r, m in d.spent_on
            )
            paid = _("So far the gift has paid for goods sent as: {spent}.", spent=spent)
            story.append(self.para(paid, s.letter))
        signer = d.signatory or _("For the committee")
        role = d.signatory_role or _("Secretary")
        story.append(self.signatures(f"{signer}, {role}"))
        return story


class CampaignReportRenderer(ReportRenderer):
    kind_label = N_("Campaign report")

    def __init__(
        self, data: CampaignReportData, *, paper: str = "a4", language: str | None = None
    ) -> None:
        super().__init__(data.letterhead, data.issued_on, paper=paper, language=language)
        self.data = data

    def title(self) -> str:
        return self._("Campaign report: {title}", title=self.data.title)

    def story(self) -> list[Flowable]:
        d, _, day = self.data, self._, self.lang.short_day
        totals = d.totals
        period = (
            f"{day(d.starts_on)} – {day(d.ends_on)}"
            if d.ends_on
            else _("from {date}", date=day(d.starts_on))
        )
        story = self.heading_block(d.title, _("For {city}", city=city_text(d.beneficiary)))
        story.append(
            self.facts(
                [
                    (_("Beneficiary"), city_text(d.beneficiary)),
                    (_("Purpose"), d.purpose),
                    (_("Campaign"), period),
                    (_("Target"), self.lang.money(totals.target)),
                    (_("Contributions"), self.lang.number(totals.contribution_count)),
                    (_("Shipments"), self.lang.number(totals.shipment_count)),
                    (_("As at"), self.lang.date(d.issued_on)),
                ]
            )
        )
        story += self.figures()
        story += self.rates()
        story += self.contributions()
        # The signatures never stand alone on a last page: the shipments go with them.
        signatures = self.signatures(_("Secretary of the committee"), _("Treasurer"))
        story += self.closing(self.shipments(), signatures)
        return story

    def figures(self) -> list[Flowable]:
        d, s, _ = self.data, self.styles, self._
        totals = d.totals
        header = [_("Currency"), _("Collected"), _("Allocated"), _("Delivered"), _("Lost")]
        header.append(_("Not allocated"))
        money = self.lang.money

        def row(t: CurrencyTotals, name: str) -> list[str]:
            t = t.rounded()
            return [
                name,
                money(t.collected),
                money(t.allocated),
                money(t.delivered),
                money(t.lost),
                money(t.unallocated),
            ]

        rows = [row(t, t.currency) for t in totals.by_currency]
        converted = totals.converted
        summary = []
        # One currency that is the base already: a converted row would only repeat it.
        if converted and [t.currency for t in totals.by_currency] != [converted.base_currency]:
            summary = [
                row(converted.rounded, _("All, in {currency}", currency=converted.base_currency))
            ]
        story: list[Flowable] = self.section(_("Collected, allocated and delivered"))
        if not rows:
            return [*story, self.nothing(_("No money has been received for this campaign yet."))]
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
                _(
                    "Allocated: spent on the goods of a shipment. Delivered: allocated to "
                    "shipments that reached the city. Each gift is converted at the rate of the "
                    "day it was received, and what it paid for at that same rate."
                ),
                s.small,
            )
        )
        return story

    def rates(self) -> list[Flowable]:
        totals = self.data.totals
        story: list[Flowable] = []
        if totals.missing_rates:
            story += self.section(self._("Not converted"))
            story += [self.para(m.message, self.styles.body) for m in totals.missing_rates]
            return story
        converted = totals.converted
        if converted is None or not converted.rates:
            return story
        base = converted.base_currency
        rows = [
            [
                rate.currency,
                f"1 {rate.currency} = {self.lang.number(rate.rate)} {base}",
                self.lang.short_day(rate.valid_on),
                rate.source,
            ]
            for rate in converted.rates
        ]
        _ = self._
        story += self.section(_("Exchange rates used"))
        header = [_("Currency"), _("Rate"), _("Valid from"), _("Source")]
        story.append(self.table(header, rows, [22, 42, 26, None]))
        return story

    def contributions(self) -> list[Flowable]:
        d, _ = self.data, self._
        story: list[Flowable] = self.section(_("Contributions"))
        if not d.contributions:
            return [*story, self.nothing(_("None yet."))]
        rows = [
            [
                self.lang.short_day(g.received_on),
                g.donor,
                self.lang.money(g.amount),
                g.receipt_number or "—",
            ]
            for g in d.contributions
        ]
        header = [_("Received"), _("Donor"), _("Amount"), _("Receipt")]
        story.append(self.table(header, rows, [24, None, 32, 30], right=(2,)))
        return story

    def shipments(self) -> list[Flowable]:
        d, _, day = self.data, self._, self.lang.short_day
        story: list[Flowable] = self.section(_("Shipments"))
        if not d.shipments:
            return [*story, self.nothing(_("No shipments yet."))]
        rows = [
            [
                sh.reference,
                self.lang.label(sh.status),
                day(sh.dispatched_on) or "—",
                day(sh.delivered_on) or "—",
                "\n".join(self.lang.money(m.rounded()) for m in sh.value) or "—",
            ]
            for sh in d.shipments
        ]
        return [
            *story,
            self.table(
                [_("Shipment"), _("Status"), _("Dispatched"), _("Delivered")]
                + [_("Value of goods")],
                rows,
                [None, 26, 26, 26, 32],
                right=(4,),
            ),
        ]
