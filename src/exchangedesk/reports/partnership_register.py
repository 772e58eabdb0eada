"""The register of every partnership with its status: active ones first, then proposed,
letters of intent, suspended and terminated, each with the partner city in its own script,
the kind, when it was signed (as precisely as it is known) and the areas of cooperation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from exchangedesk.domain.enums import PartnershipStatus, label
from exchangedesk.reports.itinerary import day_text
from exchangedesk.reports.report_kit import ReportRenderer, short_day

if TYPE_CHECKING:
    from exchangedesk.reports.data.registers import PartnershipRegisterData


class PartnershipRegisterRenderer(ReportRenderer):
    kind_label = "Register"

    def __init__(self, data: PartnershipRegisterData, *, paper: str = "a4") -> None:
        super().__init__(data.letterhead, data.issued_on, paper=paper)
        self.data = data

    def title(self) -> str:
        return "Register of partnerships"

    def story(self) -> list[Flowable]:
        d = self.data
        where = f"All partnerships recorded by the {d.letterhead.committee}"
        story = self.heading_block(
            self.title(), where, f"As at {day_text(d.issued_on, weekday=False)}"
        )
        counts = [
            f"{label(status)}: {d.count(status)}" for status in PartnershipStatus if d.count(status)
        ]
        story.append(
            self.facts(
                [
                    ("Partnerships", str(len(d.partnerships))),
                    ("By status", ", ".join(counts) or "none"),
                ]
            )
        )
        story.append(self.gap(3))
        rows = []
        for number, p in enumerate(d.partnerships, start=1):
            partner = p.partner.name + (f"\n{p.partner.native}" if p.partner.native else "")
            ended = f"\nended {short_day(p.ended_on)}" if p.ended_on else ""
            since = f"\nsince {p.status_since}" if p.status_since else ""
            rows.append(
                [
                    str(number),
                    partner,
                    p.partner.country_code,
                    p.home.name,
                    label(p.kind),
                    label(p.status) + since,
                    (p.signed or "unknown") + ended,
                    ", ".join(label(a) for a in p.areas),
                ]
            )
        if rows:
            story.append(
                self.table(
                    [
                        "No.",
                        "Partner city",
                        "Country",
                        "With",
                        "Kind",
                        "Status",
                        "Signed",
                        "Areas of cooperation",
                    ],
                    rows,
                    [9, 34, 16, 24, 22, 25, 20, None],
                    small=(0,),
                )
            )
        else:
            story.append(self.nothing("No partnerships are recorded yet."))
        story.append(self.signatures("Secretary of the committee"))
        return story


def render_partnership_register(data: PartnershipRegisterData, *, paper: str = "a4") -> bytes:
    return PartnershipRegisterRenderer(data, paper=paper).render()
