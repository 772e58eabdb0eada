"""The readable copy of a person's data (an access request): one section per kind of record the
register holds about them, each row as a block of "column: value" facts, so nothing held is
left out of the paper copy either. The JSON file beside it carries the same values."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from exchangedesk.reports.itinerary import day_text
from exchangedesk.reports.report_kit import ReportRenderer

if TYPE_CHECKING:
    from exchangedesk.reports.data.privacy import PersonalData


def column_label(name: str) -> str:
    """ "passport_expiry" -> "Passport expiry": the column's name, as words."""
    return name.replace("_", " ").capitalize()


class PersonalDataRenderer(ReportRenderer):
    kind_label = "Personal data"

    def __init__(self, data: PersonalData, *, paper: str = "a4") -> None:
        super().__init__(data.letterhead, data.issued_on, paper=paper)
        self.data = data

    def title(self) -> str:
        return f"Personal data held about {self.data.name}"

    def story(self) -> list[Flowable]:
        d = self.data
        story = self.heading_block(
            self.title(),
            f"Person #{d.person_id}, as held on {day_text(d.issued_on, weekday=False)}",
        )
        story.append(
            self.para(
                "Everything the committee's register holds about this person, given to them on "
                "request. Each section lists the records of one kind; empty fields are left out.",
                self.styles.small,
            )
        )
        for section in d.sections:
            story += self.section(f"{section.title} ({len(section.rows)})")
            if not section.rows:
                story.append(self.nothing("None held."))
                continue
            for number, row in enumerate(section.rows, start=1):
                facts = [(column_label(k), v) for k, v in row.items()]
                if len(section.rows) > 1:
                    story.append(self.para(f"{number}.", self.styles.label))
                story.append(self.facts(facts, label_mm=48))
                story.append(self.gap(2))
        return story


def render_personal_data(data: PersonalData, *, paper: str = "a4") -> bytes:
    return PersonalDataRenderer(data, paper=paper).render()
