"""The plain data of a letter about a delegation, for either direction of visit.

An incoming visit (guests come to us) has the invitation, the visa support letter, the notice
to the authorities and a thank-you for a gift; an outgoing one (our delegation travels) has the
announcement of the delegation to the hosts, the request to the hosts for visa invitations, the
notice of the journey to our own authorities or employer, and a thank-you to the hosts. Which
direction a letter is for is declared by its template (``Direction:``); :data:`LETTERS` says
what data each letter reads and to whom it goes by default.

A letter's template sees nothing but :meth:`LetterData.fields` — a dictionary of plain strings
built here for one language. Lists (the members, the travellers) are printed by the renderer as
tables where the template asks for them. Passports are read only by :func:`visa_letter_data`,
only for the people that letter names, and only into :class:`VisaLetterData`; the data of every
other letter has no field that could hold one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchangedesk.db.models import (
    City,
    Delegation,
    Gift,
    Organisation,
    Person,
    PersonSensitive,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.countries import country_name
from exchangedesk.domain.enums import (
    Direction,
    GiftDirection,
    OrganisationKind,
)
from exchangedesk.domain.errors import ValidationError
from exchangedesk.reports.data.letters import (  # noqa: F401 - built here, printed there
    COMPETENT_AUTHORITIES,
    EMBASSY,
    TO_WHOM,
    VISA_OFFICER,
    VISA_SECTION,
    Addressee,
    GiftLine,
    LetterData,
    LetterMember,
    Signatory,
    VisaLetterData,
    VisaTraveller,
)
from exchangedesk.services.documents.itinerary_data import (
    city_name,
    committee_organisation,
    committee_secretary,
    home_and_partner,
    home_city,
    letterhead,
    load_delegation,
    person_names,
    sorted_members,
)


@dataclass(frozen=True)
class LetterKind:
    name: str  # the template's name
    label: str  # for a menu
    recipient: str  # who it goes to by default: see _default_recipient
    passports: bool = False  # names travellers with their passports (VisaLetterData)
    gift: bool = False  # written for a gift received


LETTERS = (
    LetterKind("invitation", "Invitation letter", "head"),
    LetterKind("visa_support", "Visa support letter", "visa_office", passports=True),
    LetterKind("authorities", "Notice to the authorities", "home_authorities"),
    LetterKind("thank_you", "Thank-you letter for a gift", "giver", gift=True),
    LetterKind("announcement", "Announcement of the delegation to the hosts", "host"),
    LetterKind(
        "visa_invitation_request",
        "Request to the hosts for visa invitations",
        "host",
        passports=True,
    ),  # fmt: skip
    LetterKind("travel_notice", "Notice of the journey to our authorities or employer", "to_whom"),
    LetterKind("thank_you_hosts", "Thank-you letter to the hosts for a gift", "giver", gift=True),
)
LETTER_TEMPLATES = tuple(kind.name for kind in LETTERS)


def letter_kind(name: str) -> LetterKind:
    for kind in LETTERS:
        if kind.name == name:
            return kind
    known = ", ".join(LETTER_TEMPLATES)
    raise ValidationError("template", f"'{name}' is not a letter this program writes ({known})")


def delegation_direction(database: Database, delegation_id: int | None) -> tuple[str, str]:
    """("incoming" or "outgoing", title) of a delegation, to choose its letters by."""
    with database.reading() as session:
        delegation = session.get(Delegation, delegation_id) if delegation_id else None
        if delegation is None:
            raise ValidationError(
                "delegation", f"there is no delegation with the number {delegation_id}"
            )
        return delegation.direction.value, delegation.title


def letter_data(
    database: Database,
    template: str,
    delegation_id: int,
    *,
    recipient_id: int | None = None,
    gift_id: int | None = None,
    issued_on: dt.date | None = None,
) -> LetterData:
    """Data for a letter that names no passports. The recipient defaults to the one the
    letter is written to (see :data:`LETTERS`): the head of an incoming delegation, the hosts'
    committee or town hall, our own town hall, whoever gave the gift."""
    kind = letter_kind(template)
    if kind.passports:
        raise ValueError(f"{template} letters are built by visa_letter_data()")
    with database.reading() as session:
        delegation = load_delegation(session, delegation_id)
        gift = _gift(session, delegation, gift_id) if kind.gift else None
        if kind.gift and gift is None:
            raise ValidationError(
                "gift",
                f"no gift received from the delegation '{delegation.title}' is recorded; a "
                "thank-you letter is written for a gift",
            )
        if recipient_id is not None:
            recipient = _person_addressee(session, recipient_id)
        else:
            recipient = _default_recipient(session, kind, delegation, gift)
        return LetterData(**_common(session, delegation, template, recipient, gift, issued_on))


def _default_recipient(
    session: Session, kind: LetterKind, delegation: Delegation, gift: Gift | None
) -> Addressee:
    if kind.recipient == "giver" and gift is not None and gift.from_person_id is not None:
        return _person_addressee(session, gift.from_person_id)
    if kind.recipient == "host" or (
        kind.recipient == "giver" and delegation.direction is Direction.OUTGOING
    ):
        return _hosts(session, delegation)
    if kind.recipient == "home_authorities":
        return _home_office(session, COMPETENT_AUTHORITIES)
    if kind.recipient == "to_whom":
        return _home_office(session, TO_WHOM)
    if delegation.head_person_id is not None:
        return _person_addressee(session, delegation.head_person_id)
    raise ValidationError(
        "recipient",
        f"the delegation '{delegation.title}' has no head; choose who the letter is to",
    )


def visa_letter_data(
    database: Database,
    delegation_id: int,
    person_ids: Sequence[int] | None = None,
    *,
    recipient_text: str | None = None,
    issued_on: dt.date | None = None,
    template: str = "visa_support",
) -> VisaLetterData:
    """A letter naming ``person_ids`` (default: every member) with their passport details
    read from the sensitive records of exactly those people: the visa support letter for the
    consulate, or the request asking the hosts of an outgoing visit for visa invitations."""
    kind = letter_kind(template)
    if not kind.passports:
        raise ValueError(f"{template} letters are built by letter_data()")
    with database.reading() as session:
        delegation = load_delegation(session, delegation_id)
        members = {m.person_id: m for m in sorted_members(delegation)}
        named = list(members) if person_ids is None else list(dict.fromkeys(person_ids))
        strangers = [pid for pid in named if pid not in members]
        if strangers:
            raise ValidationError(
                "member",
                f"person {strangers[0]} is not a member of the delegation '{delegation.title}'; "
                "a visa letter names members only",
            )
        if not named:
            raise ValidationError("member", "a visa support letter must name at least one person")
        sensitive = {
            row.person_id: row
            for row in session.scalars(
                select(PersonSensitive).where(PersonSensitive.person_id.in_(named))
            )
        }
        travellers = []
        for person_id in named:
            member = members[person_id]
            name, native = person_names(member.person)
            secret = sensitive.get(person_id)
            travellers.append(
                VisaTraveller(
                    person_id,
                    name,
                    native,
                    member.role,
                    secret.date_of_birth if secret else None,
                    country_name(secret.nationality) if secret and secret.nationality else None,
                    secret.passport_number if secret else None,
                    secret.passport_expiry if secret else None,
                    nationality_code=secret.nationality if secret else None,
                )
            )
        home, partner = home_and_partner(session, delegation.partnership)
        destination = home if delegation.direction is Direction.INCOMING else partner
        country = country_name(destination.country_code) if destination else ""
        if kind.recipient == "host":
            recipient = _hosts(session, delegation)
        else:
            recipient = Addressee(
                None,
                None,
                recipient_text or VISA_OFFICER,
                None,
                tuple(line for line in (VISA_SECTION, EMBASSY, country) if line),
                ("en",),
            )
        common = _common(session, delegation, template, recipient, None, issued_on)
        return VisaLetterData(**common, travellers=tuple(travellers))


def _common(
    session: Session,
    delegation: Delegation,
    template: str,
    recipient: Addressee,
    gift: Gift | None,
    issued_on: dt.date | None,
) -> dict:
    home, partner = home_and_partner(session, delegation.partnership)
    signer = committee_secretary(session, committee_organisation(session, home_city(session)))
    signatory = None
    if signer is not None:
        name, native = person_names(signer)
        organisation = signer.organisation.name if signer.organisation else None
        signatory = Signatory(name, native, signer.role, organisation)
    head = person_names(delegation.head)[0] if delegation.head else None
    members = tuple(
        LetterMember(*person_names(m.person), m.role, _organisation(m.person))
        for m in sorted_members(delegation)
    )
    gift_line = None
    if gift is not None:
        giver = _giver(session, gift)
        gift_line = GiftLine(gift.id, gift.title, gift.occasion, gift.given_on, giver)
    return {
        "template": template,
        "issued_on": issued_on or dt.date.today(),
        "letterhead": letterhead(session),
        "recipient": recipient,
        "signatory": signatory,
        "delegation_id": delegation.id,
        "partnership_id": delegation.partnership_id,
        "delegation_title": delegation.title,
        "purpose": delegation.purpose,
        "direction": delegation.direction,
        "arrival_on": delegation.arrival_on,
        "departure_on": delegation.departure_on,
        "head": head,
        "home": city_name(home),
        "partner": city_name(partner),
        "partnership_signed_on": delegation.partnership.signed_on,
        "members": members,
        "gift": gift_line,
    }


def _organisation(person: Person) -> str | None:
    return person.organisation.name if person.organisation else None


def _person_addressee(session: Session, person_id: int) -> Addressee:
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError("recipient", f"there is no person with the number {person_id}")
    name, native = person_names(person)
    lines: list[str] = []
    if person.form_of_address and not person.form_of_address.startswith("Dear "):
        lines.append(person.form_of_address)  # "The Right Worshipful the Lord Mayor of ..."
    if person.role:
        lines.append(person.role)
    organisation = person.organisation
    if organisation is not None:
        lines.append(organisation.native_name or organisation.name)
    address = person.address or (organisation.address if organisation else None)
    if address:
        lines.extend(line.strip() for line in address.splitlines() if line.strip())
    city: City | None = person.city or (organisation.city if organisation else None)
    if city is not None:
        lines.append(city.native_name or city.name)
        lines.append(country_name(city.country_code))
    languages = tuple(
        code.strip().lower() for code in (person.languages or "").split(",") if code.strip()
    )
    return Addressee(
        person.id,
        person.organisation_id,
        name,
        native,
        tuple(lines),
        languages,
        given_name=person.given_name,
        family_name=person.family_name,
        family_name_native=person.family_name_native,
        title=person.salutation,
        form_of_address=person.form_of_address,
        gender=person.gender,
    )


def _office(session: Session, city: City, kinds: Sequence[OrganisationKind]) -> Addressee | None:
    """The first organisation of ``kinds`` (in that order of preference) recorded in ``city``."""
    for kind in kinds:
        office = session.scalars(
            select(Organisation)
            .where(Organisation.kind == kind, Organisation.city_id == city.id)
            .order_by(Organisation.id)
            .limit(1)
        ).first()
        if office is not None:
            lines = [line.strip() for line in (office.address or "").splitlines() if line.strip()]
            lines += [city.native_name or city.name, country_name(city.country_code)]
            return Addressee(
                None, office.id, office.name, office.native_name, tuple(lines), _languages(city)
            )
    return None


def _languages(city: City) -> tuple[str, ...]:
    return tuple(code.strip() for code in (city.languages or "en").split(",") if code.strip())


def _home_office(session: Session, words: str) -> Addressee:
    """Our own town hall, as recorded; else an office named in ``words``."""
    home = home_city(session)
    if home is None:
        return Addressee(None, None, words, None, (), ("en",))
    found = _office(session, home, (OrganisationKind.TOWN_HALL,))
    return found or Addressee(None, None, words, None, (home.name,), _languages(home))


def _hosts(session: Session, delegation: Delegation) -> Addressee:
    """Who receives our delegation: the partner city's twinning committee, else its town hall.
    Never a made-up address: with neither recorded, the secretary is asked to choose."""
    _, partner = home_and_partner(session, delegation.partnership)
    found = _office(session, partner, (OrganisationKind.COMMITTEE, OrganisationKind.TOWN_HALL))
    if found is None:
        raise ValidationError(
            "recipient",
            f"no twinning committee or town hall of {partner.name} is recorded to write to; "
            "record the hosts' organisation, or choose the person the letter is to",
        )
    return found


def _gift(session: Session, delegation: Delegation, gift_id: int | None) -> Gift | None:
    if gift_id is not None:
        gift = session.get(Gift, gift_id)
        if gift is None:
            raise ValidationError("gift", f"there is no gift with the number {gift_id}")
        return gift
    return session.scalars(
        select(Gift)
        .where(Gift.delegation_id == delegation.id, Gift.direction == GiftDirection.RECEIVED)
        .order_by(Gift.given_on, Gift.id)
        .limit(1)
    ).first()


def _giver(session: Session, gift: Gift) -> str | None:
    if gift.from_text:
        return gift.from_text
    if gift.from_person_id and (person := session.get(Person, gift.from_person_id)):
        return person_names(person)[0]
    if gift.from_organisation_id and (org := session.get(Organisation, gift.from_organisation_id)):
        return org.name
    return None
