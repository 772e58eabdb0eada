"""A partnership's annual report for a year or a range of years: what happened between the two
cities — visits both ways, student exchanges, gifts, aid — with a bar chart per year."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, KeepTogether

from exchangedesk.domain.enums import Direction, GiftDirection, label
from exchangedesk.reports.charts import bar_chart
from exchangedesk.reports.itinerary import city_text
from exchangedesk.reports.report_kit import ReportRenderer, money_text, short_day

if TYPE_CHECKING:
    from exchangedesk.reports.data.annual_report import AnnualReportData


def span(first, last) -> str:  # noqa: ANN001 - two dates
    """ "15–22 Jan 2015", "28 Jan – 3 Feb 2015", "30 Dec 2015 – 2 Jan 2016"."""
    if first == last:
        return short_day(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{short_day(last)}"
    if first.year == last.year:
        return f"{short_day(first).rsplit(' ', 1)[0]} – {short_day(last)}"
    return f"{short_day(first)} – {short_day(last)}"


class AnnualReportRenderer(ReportRenderer):
    kind_label = "Annual report"

    def __init__(self, data: AnnualReportData, *, paper: str = "a4") -> None:
        super().__init__(data.letterhead, data.issued_on, paper=paper)
        self.data = data

    def title(self) -> str:
        d = self.data
        return f"{d.home.name} – {d.partner.name}: report {d.period}"

    def story(self) -> list[Flowable]:
        d = self.data
        native = None
        if d.home.native or d.partner.native:
            native = f"{d.home.native or d.home.name} – {d.partner.native or d.partner.name}"
        story = self.heading_block(
            f"{d.home.name} – {d.partner.name} in {d.period}",
            native,
        )
        story.append(
            self.facts(
                [
                    ("Partnership", f"{city_text(d.home)} and {city_text(d.partner)}"),
                    ("Kind", label(d.kind)),
                    ("Status", label(d.status)),
                    ("Signed", d.signed or "unknown"),
                    ("Period", f"1 January {d.first_year} – 31 December {d.last_year}"),
                    (
                        "In this period",
                        f"{_count(len(d.visits), 'visit')}, "
                        f"{_count(len(d.exchanges), 'student exchange')}, "
                        f"{_count(len(d.gifts), 'gift')}, "
                        f"{_count(sum(a.shipments for a in d.aid), 'aid shipment')}",
                    ),
                ]
            )
        )
        story += self.chart()
        story += self.visits()
        story += self.exchanges()
        story += self.gifts()
        signatures = self.signatures("Secretary of the committee", "Chair of the committee")
        story += self.closing(self.aid(), signatures)  # never signatures alone
        return story

    def chart(self) -> list[Flowable]:
        d, s = self.data, self.styles
        names = ("Visits", "Exchanges", "Gifts", "Aid shipments")
        fields = ("visits", "exchanges", "gifts", "shipments")
        series = [
            (name, [getattr(year, field) for year in d.years])
            for name, field in zip(names, fields, strict=True)
        ]
        years = [str(year.year) for year in d.years]
        block: list[Flowable] = [self.para("Activity by year", s.heading)]
        block.append(bar_chart(self.chain, years, series, width=self.text_width))
        # A long range lists only the years something happened in; the chart shows them all.
        shown = [
            y
            for y in d.years
            if len(d.years) <= 12 or y.visits + y.exchanges + y.gifts + y.shipments
        ]
        rows = [[str(y.year), *(f"{getattr(y, f):,}" for f in fields)] for y in shown]
        total = ["Total", *(f"{sum(getattr(y, f) for y in shown):,}" for f in fields)]
        totals = [total] if len(rows) > 1 else []
        block.append(self.gap(2))
        table = self.table(
            ["Year", *names], rows, [30, 30, 30, 30, 30], right=(1, 2, 3, 4), totals=totals
        )
        story: list[Flowable] = [KeepTogether(block), table]
        if len(rows) < len(d.years):
            story.append(self.para("Years without any record are left out of the table.", s.small))
        return story

    def visits(self) -> list[Flowable]:
        d = self.data
        story: list[Flowable] = self.section("Visits")
        if not d.visits:
            return [*story, self.nothing("No visits in this period.")]
        rows = []
        for v in d.visits:
            way = (
                f"To {d.home.name}" if v.direction is Direction.INCOMING else f"To {d.partner.name}"
            )
            rows.append(
                [
                    span(v.arrival_on, v.departure_on),
                    self.stacked(v.title, v.purpose),
                    way,
                    v.head,
                    v.members,
                    label(v.status),
                ]
            )
        story.append(
            self.table(
                ["Dates", "Visit", "Direction", "Head of delegation", "People", "Status"],
                rows,
                [27, None, 23, 33, 14, 20],
                right=(4,),
            )
        )
        return story

    def exchanges(self) -> list[Flowable]:
        d = self.data
        story: list[Flowable] = self.section("Student exchanges")
        if not d.exchanges:
            return [*story, self.nothing("No student exchanges in this period.")]
        rows = [
            [
                span(e.starts_on, e.ends_on),
                e.title,
                f"To {d.home.name}"
                if e.direction is Direction.INCOMING
                else f"To {d.partner.name}",
                e.participants,
                label(e.status),
            ]
            for e in d.exchanges
        ]
        story.append(
            self.table(
                ["Dates", "Programme", "Direction", "Participants", "Status"],
                rows,
                [27, None, 26, 25, 22],
                right=(3,),
            )
        )
        return story

    def gifts(self) -> list[Flowable]:
        d = self.data
        story: list[Flowable] = self.section("Gifts")
        if not d.gifts:
            return [*story, self.nothing("No gifts recorded in this period.")]
        rows = []
        for g in d.gifts:
            rows.append(
                [
                    short_day(g.given_on),
                    self.stacked(g.title, g.occasion),
                    "Given" if g.direction is GiftDirection.GIVEN else "Received",
                    g.giver,
                    g.receiver,
                    money_text(g.value),
                ]
            )
        story.append(
            self.table(
                ["Date", "Gift", "", "From", "To", "Estimated value"],
                rows,
                [22, None, 17, 32, 32, 24],
                right=(5,),
            )
        )
        return story

    def aid(self) -> list[Flowable]:
        d, s = self.data, self.styles
        story: list[Flowable] = self.section("Aid")
        if not d.aid:
            return [*story, self.nothing("No aid collected or sent in this period.")]
        rows = [
            [
                a.title,
                city_text(a.beneficiary),
                a.contributions,
                "\n".join(str(m) for m in a.collected) or "—",
                a.shipments,
            ]
            for a in d.aid
        ]
        story.append(
            self.table(
                ["Campaign", "For", "Gifts of money", "Collected", "Shipments sent"],
                rows,
                [None, 34, 22, 30, 22],
                right=(2, 3, 4),
            )
        )
        story.append(
            self.para(
                "Money is counted when it was received and shipments when they were dispatched; "
                "amounts are given in the currency they were received in.",
                s.small,
            )
        )
        return story


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}" + ("" if number == 1 else "s")


def render_annual_report(data: AnnualReportData, *, paper: str = "a4") -> bytes:
    return AnnualReportRenderer(data, paper=paper).render()
