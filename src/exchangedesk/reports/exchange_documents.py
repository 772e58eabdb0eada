"""An exchange programme's documents: placement letters (to families and to guardians), the
participant list for the schools, and the emergency contact sheet for the group leaders — the
only one that prints medical and dietary notes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, PageBreak

from exchangedesk.reports.itinerary import day_text
from exchangedesk.reports.report_kit import ReportRenderer, short_day, unbroken

if TYPE_CHECKING:
    from exchangedesk.reports.data.exchanges import ProgrammeDocument


class _ProgrammeRenderer(ReportRenderer):
    def __init__(self, data: ProgrammeDocument, *, paper: str = "a4") -> None:
        super().__init__(data.letterhead, data.issued_on, paper=paper)
        self.data = data

    def header_facts(self) -> list[Flowable]:
        h = self.data.header
        return [
            self.facts(
                [
                    ("Partnership", h.cities),
                    ("Dates", f"{day_text(h.starts_on)} – {day_text(h.ends_on)}"),
                    ("Sending", h.sending),
                    ("Hosting", h.host),
                    ("Group leaders", ", ".join(h.leaders)),
                ]
            )
        ]

    @staticmethod
    def age(line) -> str:  # noqa: ANN001
        if line.age_at_start is None:
            return ""
        if line.turns_adult_on:
            # The ages during the stay, not the birthday: a list for the schools should not
            # tell everyone when each participant was born.
            return f"{line.age_at_start}–{line.age_at_start + 1}"
        return str(line.age_at_start)


class ParticipantListRenderer(_ProgrammeRenderer):
    kind_label = "Participant list"

    def title(self) -> str:
        return f"Participants: {self.data.header.title}"

    def story(self) -> list[Flowable]:
        story = self.heading_block(self.data.header.title, self.data.header.cities)
        story += self.header_facts()
        story += self.section("Participants")
        rows = [
            [
                str(n),
                self.stacked(p.name, p.native_name),
                self.age(p),
                p.school or "",
                self.stacked(p.family, p.family_address) if p.family else "not placed yet",
            ]
            for n, p in enumerate(self.data.participants, start=1)
        ]
        if rows:
            story.append(
                self.table(
                    ["#", "Name", "Age", "School", "Host family"], rows, [8, 50, 22, 40, None]
                )
            )
        else:
            story.append(self.nothing("No participants yet."))
        return story


class EmergencySheetRenderer(_ProgrammeRenderer):
    kind_label = "Emergency contact sheet — confidential"

    def title(self) -> str:
        return f"Emergency contacts: {self.data.header.title}"

    def story(self) -> list[Flowable]:
        h = self.data.header
        story = self.heading_block(
            h.title, "For the group leaders only: keep it with you and destroy it after the stay."
        )
        story += self.header_facts()
        if h.leader_phones:
            story.append(
                self.para(
                    "Leaders: " + "; ".join(unbroken(x) for x in h.leader_phones), self.styles.small
                )
            )
        story += self.section("Participants")
        rows = []
        for p in self.data.emergency:
            needs = "; ".join(
                f"{label}: {text}"
                for label, text in (
                    ("Allergies", p.allergies),
                    ("Diet", p.dietary_notes),
                    ("Medical", p.medical_notes),
                )
                if text
            )
            contact = " ".join(x for x in (p.emergency_contact, unbroken(p.emergency_phone)) if x)
            rows.append(
                [
                    self.stacked(p.name, short_day(p.date_of_birth) if p.date_of_birth else None),
                    self.stacked(contact or "—", f"Guardian: {p.guardian}" if p.guardian else None),
                    self.stacked(
                        p.family or "not placed", unbroken(p.family_phone) or p.family_address
                    ),
                    needs or "none recorded",
                ]
            )
        if rows:
            story.append(
                self.table(
                    ["Participant", "Emergency contact", "Host family", "Needs"],
                    rows,
                    [40, 45, 40, None],
                )
            )
        else:
            story.append(self.nothing("No participants yet."))
        return story


class PlacementLettersRenderer(_ProgrammeRenderer):
    kind_label = "Placement letter"

    def title(self) -> str:
        return f"Placement letters: {self.data.header.title}"

    def story(self) -> list[Flowable]:
        h, s = self.data.header, self.styles
        story: list[Flowable] = []
        for n, letter in enumerate(self.data.letters):
            if n:
                story.append(PageBreak())
            story.append(self.para(letter.recipient, s.body, bold=True))
            if letter.recipient_address:
                story.append(self.para(letter.recipient_address, s.body))
            story.append(self.gap(8))
            story += self.heading_block(h.title, f"{day_text(h.starts_on)} – {day_text(h.ends_on)}")
            names = " and ".join(letter.participants)
            if letter.to_family:
                text = (
                    f"Thank you for hosting {names} during the exchange. "
                    "The group leaders named below are your contacts at any hour."
                )
            else:
                text = (
                    f"{names} will stay with {letter.family} during the exchange. "
                    "The family's address and telephone are below; the group leaders are your "
                    "contacts at any hour."
                )
            story.append(self.para(text, s.body))
            story.append(self.gap(4))
            story.append(
                self.facts(
                    [
                        ("Participant" if len(letter.participants) == 1 else "Participants", names),
                        ("Host family", letter.family),
                        ("Address", letter.family_address),
                        ("Telephone", unbroken(letter.family_phone)),
                        (
                            "Group leaders",
                            "; ".join(unbroken(x) for x in h.leader_phones) or ", ".join(h.leaders),
                        ),
                    ]
                )
            )
            story.append(self.signatures("Secretary of the committee"))
        if not story:
            story.append(self.nothing("No participant is placed with a family yet."))
        return story
