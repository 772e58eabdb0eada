"""The input types of the renderers: the plain data of a letter: invitation, visa support, thank-you, letter to the authorities.

Filled in by :mod:`exchangedesk.services.documents.letter_data`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from exchangedesk.domain.enums import (
    Direction,
    MemberRole,
)
from exchangedesk.reports.data.itinerary import (
    CityName,
    Letterhead,
)
from exchangedesk.reports.language import N_, document_language
from exchangedesk.reports.wording import salutation

# Offices a letter is addressed to when the register names none; the letter prints them in its
# language (marked here so the catalogues hold them).
COMPETENT_AUTHORITIES = N_("The competent authorities")
TO_WHOM = N_("To whom it may concern")
VISA_OFFICER = N_("The Visa Officer")
VISA_SECTION = N_("Visa section")
EMBASSY = N_("Embassy or consulate")

# How a letter to an office rather than a person opens.
_TO_AN_OFFICE = {
    "en": "Dear Sir or Madam",
    "ru": "Уважаемые дамы и господа",
    "de": "Sehr geehrte Damen und Herren",
    "fr": "Madame, Monsieur",
}


def gift_noun(title: str) -> str:
    """A gift's title as a common noun inside a sentence ("for the porcelain plate"): the first
    letter lower-cased unless the first word is an acronym or a name kept capitalised by its
    second letter ("ICT kit", "McIntosh clock")."""
    first = title.split(" ", 1)[0]
    if len(first) > 1 and any(c.isupper() for c in first[1:]):
        return title
    return title[:1].lower() + title[1:]


# What a placeholder stands for, in the words a refusal names a missing fact with.
FACTS = {
    "delegation.size": "the members of the delegation",
    "members.table": "the members of the delegation",
    "travellers.table": "the people the letter names",
    "delegation.head": "the head of the delegation",
    "delegation.purpose": "the purpose of the visit",
    "signatory.name": "who signs for the committee",
    "signatory.role": "the signatory's role",
    "gift.occasion": "the occasion of the gift",
    "gift.date": "the date the gift was given",
    "gift.giver": "who gave the gift",
    "recipient.name": "the recipient's name",
}


def fact_words(names: tuple[str, ...]) -> str:
    """("delegation.head", "delegation.purpose") → "the head of the delegation and the purpose
    of the visit" (each fact once)."""
    words = list(dict.fromkeys(FACTS.get(name, "{" + name + "}") for name in names))
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def city_in(city: CityName, language: str) -> str:
    """A city's name as a letter in ``language`` writes it: its own name where that is the
    language of its country ("Волгоград" in a Russian letter, "München" in a German one),
    else the register's name ("Volgograd" in English, "Coventry" in Russian)."""
    from babel.languages import get_official_languages

    if city.native and language in get_official_languages(city.country_code):
        return city.native
    return city.name


@dataclass(frozen=True)
class Addressee:
    """To whom a letter goes: a person, or an office named in words."""

    person_id: int | None
    organisation_id: int | None
    name: str
    name_native: str | None
    address_lines: tuple[str, ...]  # below the name in the address block
    languages: tuple[str, ...]  # ISO 639-1, preferred first
    given_name: str = ""
    family_name: str = ""
    family_name_native: str | None = None
    title: str | None = None  # "Dr", "Г-жа"
    form_of_address: str | None = None
    gender: str | None = None

    def salutation(self, language: str) -> str:
        if self.person_id is None:
            return _TO_AN_OFFICE.get(language, _TO_AN_OFFICE["en"])
        return salutation(
            language,
            given=self.given_name,
            family=self.family_name,
            family_native=self.family_name_native,
            title=self.title,
            form_of_address=self.form_of_address,
            gender=self.gender,
        )


@dataclass(frozen=True)
class Signatory:
    name: str
    name_native: str | None
    role: str | None
    organisation: str | None


@dataclass(frozen=True)
class LetterMember:
    """A member as a letter lists them: no dates of birth, no documents, no needs."""

    name: str
    name_native: str | None
    role: MemberRole
    organisation: str | None


@dataclass(frozen=True)
class GiftLine:
    id: int
    title: str
    occasion: str | None
    given_on: dt.date | None
    giver: str | None


@dataclass(frozen=True)
class LetterData:
    template: str  # a name of services/documents/letter_data.LETTERS: "invitation", ...
    issued_on: dt.date
    letterhead: Letterhead
    recipient: Addressee
    signatory: Signatory | None
    delegation_id: int
    partnership_id: int
    delegation_title: str
    purpose: str | None
    direction: Direction
    arrival_on: dt.date
    departure_on: dt.date
    head: str | None
    home: CityName
    partner: CityName
    partnership_signed_on: dt.date | None
    members: tuple[LetterMember, ...]
    gift: GiftLine | None

    def empty_tables(self) -> set[str]:
        """The tables this letter could place that would have no rows."""
        empty = set() if self.members else {"members.table"}
        if not getattr(self, "travellers", True):
            empty.add("travellers.table")
        return empty

    def fields(self, language: str) -> Mapping[str, str]:
        """The only values a template can print, as plain strings, worded for ``language``."""
        host = self.home if self.direction is Direction.INCOMING else self.partner
        lang = document_language(language)
        values = {
            "letter.date": lang.date(self.issued_on),
            "committee.name": self.letterhead.committee,
            "committee.city": self.letterhead.city,
            "recipient.name": self.recipient.name,
            "recipient.name_native": self.recipient.name_native or self.recipient.name,
            "recipient.salutation": self.recipient.salutation(language),
            "signatory.name": self.signatory.name if self.signatory else "",
            "signatory.role": (self.signatory.role or "") if self.signatory else "",
            "delegation.title": self.delegation_title,
            "delegation.purpose": (self.purpose or "").strip(),
            "delegation.arrival": lang.date(self.arrival_on),
            "delegation.departure": lang.date(self.departure_on),
            "delegation.dates": lang.period(self.arrival_on, self.departure_on),
            # Unknown facts are empty strings: a template prints them only inside brackets,
            # and a letter that needs one is refused naming it (see FACTS).
            "delegation.size": lang.number(len(self.members)) if self.members else "",
            "delegation.head": self.head or "",
            "home.city": city_in(self.home, lang.code),
            "home.city_native": self.home.native or self.home.name,
            "home.country": lang.country(self.home.country_code),
            "partner.city": city_in(self.partner, lang.code),
            "partner.city_native": self.partner.native or self.partner.name,
            "partner.country": lang.country(self.partner.country_code),
            "host.city": city_in(host, lang.code),
            "host.city_native": host.native or host.name,
            "host.country": lang.country(host.country_code),
        }
        if self.partnership_signed_on is not None:
            values["partnership.since"] = str(self.partnership_signed_on.year)
        if self.gift is not None:
            values["gift.title"] = self.gift.title
            values["gift.noun"] = gift_noun(self.gift.title)
            values["gift.occasion"] = self.gift.occasion or ""
            values["gift.date"] = lang.date(self.gift.given_on)
            values["gift.giver"] = self.gift.giver or ""
        return MappingProxyType(values)


@dataclass(frozen=True)
class VisaTraveller:
    person_id: int
    name: str
    name_native: str | None
    role: MemberRole
    date_of_birth: dt.date | None
    nationality: str | None  # country name
    passport_number: str | None
    passport_expiry: dt.date | None
    nationality_code: str | None = None  # so a letter names the country in its language


@dataclass(frozen=True)
class VisaLetterData(LetterData):
    """The one letter that shows passport numbers — of the people it names, nobody else."""

    travellers: tuple[VisaTraveller, ...] = ()
