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
    """Each letter says only what is recorded: a telephone is promised where one is known,
    and the group leaders are "contacts at any hour" only when a number for them is."""

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
            story.append(self.para(self._text(letter), s.body))
            story.append(self.gap(4))
            if letter.to_family:
                first = letter.stays[0]
                names = _and(letter.participants)
                rows = [
                    ("Participant" if len(letter.stays) == 1 else "Participants", names),
                    ("Host family", first.family),
                    ("Address", first.family_address),
                ]
            else:
                rows = []
                for family, stays in _by_family(letter.stays):
                    rows += [
                        ("Staying", _and([stay.participant for stay in stays])),
                        ("With", family.family),
                        ("Address", family.family_address),
                        ("Telephone", unbroken(family.family_phone)),
                    ]
            rows.append(("Group leaders", self._leaders()))
            story.append(self.facts(rows))
            story.append(self.signatures("Secretary of the committee"))
        if not story:
            story.append(self.nothing("No participant is placed with a family yet."))
        return story

    def _leaders(self) -> str:
        h = self.data.header
        return "; ".join(h.leader_phones) if h.leader_phones else ", ".join(h.leaders)

    def _text(self, letter) -> str:  # noqa: ANN001
        h = self.data.header
        if h.leader_phones:
            leaders = "The group leaders can be called at any hour on the numbers below."
        elif h.leaders:
            leaders = "The group leaders are named below."
        else:
            leaders = ""
        if letter.to_family:
            return (
                f"Thank you for hosting {_and(letter.participants)} during the exchange. {leaders}"
            )
        sentences = [
            f"{_and([stay.participant for stay in stays])} will stay with {family.family} "
            "during the exchange."
            for family, stays in _by_family(letter.stays)
        ]
        known = [what for what in ("address", "telephone") if _all_known(letter.stays, what)]
        if known:
            many = len({stay.family for stay in letter.stays}) > 1
            whose = "families'" if many else "family's"
            verb = "are" if len(known) == 2 or many else "is"
            sentences.append(f"The {whose} {' and '.join(known)} {verb} below.")
        elif any(stay.family_address or stay.family_phone for stay in letter.stays):
            sentences.append("What we have of the family's address and telephone is below.")
        return " ".join([*sentences, leaders]).strip()


def _and(names) -> str:  # noqa: ANN001
    names = list(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _by_family(stays):  # noqa: ANN001, ANN202
    """(first stay of the family, the stays with it), families in the order first met."""
    grouped: dict[str, list] = {}
    for stay in stays:
        grouped.setdefault(stay.family, []).append(stay)
    return [(group[0], group) for group in grouped.values()]


def _all_known(stays, what: str) -> bool:  # noqa: ANN001
    field = {"address": "family_address", "telephone": "family_phone"}[what]
    return all(getattr(stay, field) for stay in stays)
