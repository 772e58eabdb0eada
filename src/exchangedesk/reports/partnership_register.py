"""The register of every partnership with its status: active ones first, then proposed,
letters of intent, suspended and terminated, each with the partner city in its own script,
the kind, when it was signed (as precisely as it is known) and the areas of cooperation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from exchangedesk.domain.enums import PartnershipStatus
from exchangedesk.reports.language import N_
from exchangedesk.reports.report_kit import ReportRenderer

if TYPE_CHECKING:
    from exchangedesk.reports.data.partnership_map import PartnershipMap
    from exchangedesk.reports.data.registers import PartnershipRegisterData


class PartnershipRegisterRenderer(ReportRenderer):
    kind_label = N_("Register")

    def __init__(
        self,
        data: PartnershipRegisterData,
        *,
        paper: str = "a4",
        language: str | None = None,
        partnership_map: PartnershipMap | None = None,
    ) -> None:
        super().__init__(data.letterhead, data.issued_on, paper=paper, language=language)
        self.data = data
        self.partnership_map = partnership_map  # every partnership, as the register lists them

    def title(self) -> str:
        return self._("Register of partnerships")

    def story(self) -> list[Flowable]:
        d = self.data
        where = self._(
            "All partnerships recorded by the {committee}", committee=d.letterhead.committee
        )
        at = self._("As at {date}", date=self.lang.date(d.issued_on))
        story = self.heading_block(self.title(), where, at)
        counts = [
            f"{self.lang.label(status)}: {self.lang.number(d.count(status))}"
            for status in PartnershipStatus
            if d.count(status)
        ]
        story.append(
            self.facts(
                [
                    (self._("Partnerships"), self.lang.number(len(d.partnerships))),
                    (self._("By status"), ", ".join(counts) or self._("none")),
                ]
            )
        )
        story.append(self.gap(3))
        rows = []
        for number, p in enumerate(d.partnerships, start=1):
            partner = p.partner.name + (f"\n{p.partner.native}" if p.partner.native else "")
            ended = p.ended_on and self._("ended {date}", date=self.lang.short_day(p.ended_on))
            since = p.status_since and self._("since {date}", date=p.status_since)
            rows.append(
                [
                    str(number),
                    partner,
                    p.partner.country_code,
                    p.home.name,
                    self.lang.label(p.kind),
                    "\n".join(filter(None, (self.lang.label(p.status), since))),
                    "\n".join(filter(None, (p.signed or self._("unknown"), ended))),
                    ", ".join(self.lang.label(a) for a in p.areas),
                ]
            )
        if rows:
            story.append(
                self.table(
                    [
                        self._("No."),
                        self._("Partner city"),
                        self._("Country"),
                        self._("With"),
                        self._("Kind"),
                        self._("Status"),
                        self._("Signed"),
                        self._("Areas of cooperation"),
                    ],
                    rows,
                    [9, 34, 16, 24, 22, 25, 20, None],
                    small=(0,),
                )
            )
        else:
            story.append(self.nothing(self._("No partnerships are recorded yet.")))
        story.append(self.signatures(self._("Secretary of the committee")))
        story += self.map_page(self.partnership_map)
        return story


def render_partnership_register(
    data: PartnershipRegisterData, *, paper: str = "a4", language: str | None = None
) -> bytes:
    return PartnershipRegisterRenderer(data, paper=paper, language=language).render()
