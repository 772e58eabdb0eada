"""A partnership's annual report for a year or a range of years: what happened between the two
cities — visits both ways, student exchanges, gifts, aid — with a bar chart per year."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, KeepTogether

from exchangedesk.domain.enums import Direction, GiftDirection
from exchangedesk.reports.charts import bar_chart
from exchangedesk.reports.itinerary import city_text
from exchangedesk.reports.language import ENGLISH, N_, DocumentLanguage
from exchangedesk.reports.report_kit import ReportRenderer

if TYPE_CHECKING:
    from exchangedesk.reports.data.annual_report import AnnualReportData
    from exchangedesk.reports.data.partnership_map import PartnershipMap


def span(first, last, lang: DocumentLanguage = ENGLISH) -> str:  # noqa: ANN001 - two dates
    """ "15–22 Jan 2015", "28 Jan – 3 Feb 2015", "30 Dec 2015 – 2 Jan 2016"."""
    return lang.period(first, last, short=True)


class AnnualReportRenderer(ReportRenderer):
    kind_label = N_("Annual report")

    def __init__(
        self,
        data: AnnualReportData,
        *,
        paper: str = "a4",
        language: str | None = None,
        partnership_map: PartnershipMap | None = None,
    ) -> None:
        super().__init__(data.letterhead, data.issued_on, paper=paper, language=language)
        self.data = data
        self.partnership_map = partnership_map  # this partnership's line only

    def title(self) -> str:
        d = self.data
        return self._(
            "{home} – {partner}: report {period}",
            home=d.home.name,
            partner=d.partner.name,
            period=d.period,
        )

    def story(self) -> list[Flowable]:
        d, _ = self.data, self._
        native = None
        if d.home.native or d.partner.native:
            native = f"{d.home.native or d.home.name} – {d.partner.native or d.partner.name}"
        story = self.heading_block(
            _(
                "{home} – {partner} in {period}",
                home=d.home.name,
                partner=d.partner.name,
                period=d.period,
            ),
            native,
        )
        story.append(
            self.facts(
                [
                    (
                        _("Partnership"),
                        _(
                            "{home} and {partner}",
                            home=city_text(d.home),
                            partner=city_text(d.partner),
                        ),
                    ),
                    (_("Kind"), self.lang.label(d.kind)),
                    (_("Status"), self.lang.label(d.status)),
                    (_("Signed"), d.signed or _("unknown")),
                    (
                        _("Period"),
                        self.lang.period(dt.date(d.first_year, 1, 1), dt.date(d.last_year, 12, 31)),
                    ),
                    (
                        _("In this period"),
                        ", ".join(
                            [
                                self.n_("{n} visit", "{n} visits", len(d.visits)),
                                self.n_(
                                    "{n} student exchange",
                                    "{n} student exchanges",
                                    len(d.exchanges),
                                ),
                                self.n_("{n} gift", "{n} gifts", len(d.gifts)),
                                self.n_(
                                    "{n} aid shipment",
                                    "{n} aid shipments",
                                    sum(a.shipments for a in d.aid),
                                ),
                            ]
                        ),
                    ),
                ]
            )
        )
        story += self.chart()
        story += self.visits()
        story += self.exchanges()
        story += self.gifts()
        signatures = self.signatures(_("Secretary of the committee"), _("Chair of the committee"))
        story += self.closing(self.aid(), signatures)  # never signatures alone
        story += self.map_page(self.partnership_map, self.title())
        return story

    def chart(self) -> list[Flowable]:
        d, s, _ = self.data, self.styles, self._
        names = (_("Visits"), _("Exchanges"), _("Gifts"), _("Aid shipments"))
        fields = ("visits", "exchanges", "gifts", "shipments")
        series = [
            (name, [getattr(year, field) for year in d.years])
            for name, field in zip(names, fields, strict=True)
        ]
        years = [str(year.year) for year in d.years]
        block: list[Flowable] = [self.para(_("Activity by year"), s.heading)]
        block.append(bar_chart(self.chain, years, series, width=self.text_width))
        # A long range lists only the years something happened in; the chart shows them all.
        shown = [
            y
            for y in d.years
            if len(d.years) <= 12 or y.visits + y.exchanges + y.gifts + y.shipments
        ]
        number = self.lang.number
        rows = [[str(y.year), *(number(getattr(y, f)) for f in fields)] for y in shown]
        total = [_("Total"), *(number(sum(getattr(y, f) for y in shown)) for f in fields)]
        totals = [total] if len(rows) > 1 else []
        block.append(self.gap(2))
        table = self.table(
            [_("Year"), *names], rows, [30, 30, 30, 30, 30], right=(1, 2, 3, 4), totals=totals
        )
        story: list[Flowable] = [KeepTogether(block), table]
        if len(rows) < len(d.years):
            story.append(
                self.para(_("Years without any record are left out of the table."), s.small)
            )
        return story

    def visits(self) -> list[Flowable]:
        d, _ = self.data, self._
        story: list[Flowable] = self.section(_("Visits"))
        if not d.visits:
            return [*story, self.nothing(_("No visits in this period."))]
        rows = []
        for v in d.visits:
            way = _(
                "To {city}",
                city=d.home.name if v.direction is Direction.INCOMING else d.partner.name,
            )
            rows.append(
                [
                    span(v.arrival_on, v.departure_on, self.lang),
                    self.stacked(v.title, v.purpose),
                    way,
                    v.head,
                    self.lang.number(v.members),
                    self.lang.label(v.status),
                ]
            )
        story.append(
            self.table(
                [_("Dates"), _("Visit"), _("Direction"), _("Head of delegation"), _("People")]
                + [_("Status")],
                rows,
                [27, None, 23, 33, 14, 20],
                right=(4,),
            )
        )
        return story

    def exchanges(self) -> list[Flowable]:
        d, _ = self.data, self._
        story: list[Flowable] = self.section(_("Student exchanges"))
        if not d.exchanges:
            return [*story, self.nothing(_("No student exchanges in this period."))]
        rows = [
            [
                span(e.starts_on, e.ends_on, self.lang),
                e.title,
                _(
                    "To {city}",
                    city=d.home.name if e.direction is Direction.INCOMING else d.partner.name,
                ),
                self.lang.number(e.participants),
                self.lang.label(e.status),
            ]
            for e in d.exchanges
        ]
        story.append(
            self.table(
                [_("Dates"), _("Programme"), _("Direction"), _("Participants"), _("Status")],
                rows,
                [27, None, 26, 25, 22],
                right=(3,),
            )
        )
        return story

    def gifts(self) -> list[Flowable]:
        d, _ = self.data, self._
        story: list[Flowable] = self.section(_("Gifts"))
        if not d.gifts:
            return [*story, self.nothing(_("No gifts recorded in this period."))]
        rows = []
        for g in d.gifts:
            rows.append(
                [
                    self.lang.short_day(g.given_on),
                    self.stacked(g.title, g.occasion),
                    _("Given") if g.direction is GiftDirection.GIVEN else _("Received"),
                    g.giver,
                    g.receiver,
                    self.lang.money(g.value),
                ]
            )
        story.append(
            self.table(
                [_("Date"), _("Gift"), "", _("From"), _("To"), _("Estimated value")],
                rows,
                [22, None, 17, 32, 32, 24],
                right=(5,),
            )
        )
        return story

    def aid(self) -> list[Flowable]:
        d, s, _ = self.data, self.styles, self._
        story: list[Flowable] = self.section(_("Aid"))
        if not d.aid:
            return [*story, self.nothing(_("No aid collected or sent in this period."))]
        rows = [
            [
                a.title,
                city_text(a.beneficiary),
                self.lang.number(a.contributions),
                "\n".join(self.lang.money(m) for m in a.collected) or "—",
                self.lang.number(a.shipments),
            ]
            for a in d.aid
        ]
        story.append(
            self.table(
                [_("Campaign"), _("For"), _("Gifts of money"), _("Collected"), _("Shipments sent")],
                rows,
                [None, 34, 22, 30, 22],
                right=(2, 3, 4),
            )
        )
        story.append(
            self.para(
                _(
                    "Money is counted when it was received and shipments when they were "
                    "dispatched; amounts are given in the currency they were received in."
                ),
                s.small,
            )
        )
        return story


def render_annual_report(
    data: AnnualReportData, *, paper: str = "a4", language: str | None = None
) -> bytes:
    return AnnualReportRenderer(data, paper=paper, language=language).render()
