"""The list of a delegation's members for the authorities (police registration, the town
hall, a ministry): names in Latin letters as in the passport and in their own script, date of
birth, nationality, role and organisation. No passport numbers: only the visa support letter
shows them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from exchangedesk.domain.enums import Direction
from exchangedesk.reports.itinerary import city_text
from exchangedesk.reports.language import N_
from exchangedesk.reports.report_kit import ReportRenderer

if TYPE_CHECKING:
    from exchangedesk.reports.data.registers import DelegationListData


class DelegationListRenderer(ReportRenderer):
    kind_label = N_("List of delegation members")

    def __init__(
        self, data: DelegationListData, *, paper: str = "a4", language: str | None = None
    ) -> None:
        super().__init__(data.letterhead, data.issued_on, paper=paper, language=language)
        self.data = data

    def title(self) -> str:
        return self._("Delegation members: {title}", title=self.data.title)

    def story(self) -> list[Flowable]:
        d, s = self.data, self.styles
        incoming = d.direction is Direction.INCOMING
        travels_from, travels_to = (d.partner, d.home) if incoming else (d.home, d.partner)
        period = f"{self.lang.day(d.arrival_on)} – {self.lang.day(d.departure_on)}"
        story = self.heading_block(d.title, f"{city_text(travels_from)} → {city_text(travels_to)}")
        story.append(
            self.facts(
                [
                    (self._("Travelling from"), city_text(travels_from)),
                    (self._("Visiting"), city_text(travels_to)),
                    (self._("Dates of stay"), period),
                    (self._("Purpose"), d.purpose),
                    (self._("Members"), self.lang.number(len(d.members))),
                ]
            )
        )
        story.append(self.para(self._("Members of the delegation"), s.heading))
        rows = []
        for number, member in enumerate(d.members, start=1):
            stay = ""
            if member.arrival_on or member.departure_on:
                stay = (
                    f"{self.lang.short_day(member.arrival_on or d.arrival_on)} – "
                    f"{self.lang.short_day(member.departure_on or d.departure_on)}"
                )
            role = self.lang.label(member.role)
            rows.append(
                [
                    str(number),
                    member.family_name.upper(),
                    member.given_name,
                    member.name_native,
                    self.lang.short_day(member.date_of_birth),
                    self.lang.country(member.nationality),
                    "\n".join(filter(None, (role, member.organisation, stay))),
                ]
            )
        if rows:
            story.append(
                self.table(
                    [
                        self._("No."),
                        self._("Surname"),
                        self._("Given names"),
                        self._("In own script"),
                        self._("Born"),
                        self._("Nationality"),
                        self._("Role, organisation"),
                    ],
                    rows,
                    [9, 27, 25, 32, 20, 22, None],
                    small=(0,),
                )
            )
        else:
            story.append(self.nothing(self._("No members are recorded for this delegation yet.")))
        story.append(self.gap(3))
        story.append(
            self.para(
                self._(
                    "Names in Latin letters are written as in the members' passports. Dates of "
                    "birth and nationalities as recorded by the committee; passport details are "
                    "given only in visa support letters."
                ),
                s.small,
            )
        )
        story.append(
            self.signatures(self._("Secretary of the committee"), self._("Head of the delegation"))
        )
        return story


def render_delegation_list(
    data: DelegationListData, *, paper: str = "a4", language: str | None = None
) -> bytes:
    return DelegationListRenderer(data, paper=paper, language=language).render()
