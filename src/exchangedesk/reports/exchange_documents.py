"""An exchange programme's documents: placement letters (to families and to guardians), the
participant list for the schools, and the emergency contact sheet for the group leaders — the
only one that prints medical and dietary notes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, PageBreak

from exchangedesk.reports.language import ENGLISH, N_, DocumentLanguage, unbroken
from exchangedesk.reports.report_kit import ReportRenderer

if TYPE_CHECKING:
    from exchangedesk.reports.data.exchanges import ProgrammeDocument


class _ProgrammeRenderer(ReportRenderer):
    def __init__(
        self, data: ProgrammeDocument, *, paper: str = "a4", language: str | None = None
    ) -> None:
        super().__init__(data.letterhead, data.issued_on, paper=paper, language=language)
        self.data = data

    def dates(self) -> str:
        h = self.data.header
        return f"{self.lang.day(h.starts_on)} – {self.lang.day(h.ends_on)}"

    def header_facts(self) -> list[Flowable]:
        h, _ = self.data.header, self._
        return [
            self.facts(
                [
                    (_("Partnership"), h.cities),
                    (_("Dates"), self.dates()),
                    (_("Sending"), h.sending),
                    (_("Hosting"), h.host),
                    (_("Group leaders"), ", ".join(h.leaders)),
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
    kind_label = N_("Participant list")

    def title(self) -> str:
        return self._("Participants: {title}", title=self.data.header.title)

    def story(self) -> list[Flowable]:
        _ = self._
        story = self.heading_block(self.data.header.title, self.data.header.cities)
        story += self.header_facts()
        story += self.section(_("Participants"))
        rows = [
            [
                str(n),
                self.stacked(p.name, p.native_name),
                self.age(p),
                p.school or "",
                self.stacked(p.family, p.family_address) if p.family else _("not placed yet"),
            ]
            for n, p in enumerate(self.data.participants, start=1)
        ]
        if rows:
            story.append(
                self.table(
                    ["#", _("Name"), _("Age"), _("School"), _("Host family")],
                    rows,
                    [8, 50, 22, 40, None],
                )
            )
        else:
            story.append(self.nothing(_("No participants yet.")))
        return story


class EmergencySheetRenderer(_ProgrammeRenderer):
    kind_label = N_("Emergency contact sheet — confidential")

    def title(self) -> str:
        return self._("Emergency contacts: {title}", title=self.data.header.title)

    def story(self) -> list[Flowable]:
        h, _ = self.data.header, self._
        story = self.heading_block(
            h.title,
            _("For the group leaders only: keep it with you and destroy it after the stay."),
        )
        story += self.header_facts()
        if h.leader_phones:
            story.append(
                self.para(
                    _("Leaders: {phones}", phones="; ".join(unbroken(x) for x in h.leader_phones)),
                    self.styles.small,
                )
            )
        story += self.section(_("Participants"))
        rows = []
        for p in self.data.emergency:
            needs = "; ".join(
                _("{label}: {text}", label=label, text=text)
                for label, text in (
                    (_("Allergies"), p.allergies),
                    (_("Diet"), p.dietary_notes),
                    (_("Medical"), p.medical_notes),
                )
                if text
            )
            contact = " ".join(x for x in (p.emergency_contact, unbroken(p.emergency_phone)) if x)
            rows.append(
                [
                    self.stacked(p.name, self.lang.short_day(p.date_of_birth) or None),
                    self.stacked(
                        contact or "—",
                        _("Guardian: {name}", name=p.guardian) if p.guardian else None,
                    ),
                    self.stacked(
                        p.family or _("not placed"), unbroken(p.family_phone) or p.family_address
                    ),
                    needs or _("none recorded"),
                ]
            )
        if rows:
            story.append(
                self.table(
                    [_("Participant"), _("Emergency contact"), _("Host family"), _("Needs")],
                    rows,
                    [40, 45, 40, None],
                )
            )
        else:
            story.append(self.nothing(_("No participants yet.")))
        return story


class PlacementLettersRenderer(_ProgrammeRenderer):
    """Each letter says only what is recorded: a telephone is promised where one is known,
    and the group leaders are "contacts at any hour" only when a number for them is."""

    kind_label = N_("Placement letter")

    def title(self) -> str:
        return self._("Placement letters: {title}", title=self.data.header.title)

    def story(self) -> list[Flowable]:
        h, s, _ = self.data.header, self.styles, self._
        story: list[Flowable] = []
        for n, letter in enumerate(self.data.letters):
            if n:
                story.append(PageBreak())
            story.append(self.para(letter.recipient, s.body, bold=True))
            if letter.recipient_address:
                story.append(self.para(letter.recipient_address, s.body))
            story.append(self.gap(8))
            story += self.heading_block(h.title, self.dates())
            story.append(self.para(self._text(letter), s.body))
            story.append(self.gap(4))
            if letter.to_family:
                first = letter.stays[0]
                names = _and(letter.participants, self.lang)
                rows = [
                    (_("Participant") if len(letter.stays) == 1 else _("Participants"), names),
                    (_("Host family"), first.family),
                    (_("Address"), first.family_address),
                ]
            else:
                rows = []
                for family, stays in _by_family(letter.stays):
                    rows += [
                        (_("Staying"), _and([stay.participant for stay in stays], self.lang)),
                        (_("With"), family.family),
                        (_("Address"), family.family_address),
                        (_("Telephone"), unbroken(family.family_phone)),
                    ]
            rows.append((_("Group leaders"), self._leaders()))
            story.append(self.facts(rows))
            story.append(self.signatures(_("Secretary of the committee")))
        if not story:
            story.append(self.nothing(_("No participant is placed with a family yet.")))
        return story

    def _leaders(self) -> str:
        h = self.data.header
        return "; ".join(h.leader_phones) if h.leader_phones else ", ".join(h.leaders)

    def _text(self, letter) -> str:  # noqa: ANN001
        h, _, lang = self.data.header, self._, self.lang
        if h.leader_phones:
            leaders = _("The group leaders can be called at any hour on the numbers below.")
        elif h.leaders:
            leaders = _("The group leaders are named below.")
        else:
            leaders = ""
        if letter.to_family:
            thanks = _(
                "Thank you for hosting {names} during the exchange.",
                names=_and(letter.participants, lang),
            )
            return f"{thanks} {leaders}".strip()
        sentences = [
            _(
                "{names} will stay with {family} during the exchange.",
                names=_and([stay.participant for stay in stays], lang),
                family=family.family,
            )
            for family, stays in _by_family(letter.stays)
        ]
        address = _all_known(letter.stays, "address")
        phone = _all_known(letter.stays, "telephone")
        many = len({stay.family for stay in letter.stays}) > 1
        # Whole sentences, so each language can agree them with what is below.
        below = {
            (True, True, False): N_("The family's address and telephone are below."),
            (True, False, False): N_("The family's address is below."),
            (False, True, False): N_("The family's telephone is below."),
            (True, True, True): N_("The families' addresses and telephones are below."),
            (True, False, True): N_("The families' addresses are below."),
            (False, True, True): N_("The families' telephones are below."),
        }.get((address, phone, many))
        if below:
            sentences.append(_(below))
        elif any(stay.family_address or stay.family_phone for stay in letter.stays):
            sentences.append(_("What we have of the family's address and telephone is below."))
        return " ".join([*sentences, leaders]).strip()


def _and(names, lang: DocumentLanguage = ENGLISH) -> str:  # noqa: ANN001
    names = list(names)
    if len(names) == 1:
        return names[0]
    return lang._("{names} and {last}", names=", ".join(names[:-1]), last=names[-1])


def _by_family(stays):  # noqa: ANN001, ANN202
    """(first stay of the family, the stays with it), families in the order first met."""
    grouped: dict[str, list] = {}
    for stay in stays:
        grouped.setdefault(stay.family, []).append(stay)
    return [(group[0], group) for group in grouped.values()]


def _all_known(stays, what: str) -> bool:  # noqa: ANN001
    field = {"address": "family_address", "telephone": "family_phone"}[what]
    return all(getattr(stay, field) for stay in stays)
