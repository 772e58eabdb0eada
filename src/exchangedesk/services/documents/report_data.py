"""What the delegation list for the authorities and the register of partnerships print.

The delegation list carries each member's date of birth and nationality, which the
authorities ask for — never a passport number: the visa support letter is the only document
that shows passport numbers (issue 5), so :class:`ListedMember` has no field that could hold one.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from exchangedesk.db.models import Partnership, PersonSensitive
from exchangedesk.db.session import Database
from exchangedesk.domain.anniversaries import DatePrecision
from exchangedesk.domain.enums import (
    CooperationArea,
    PartnershipStatus,
)
from exchangedesk.reports.data.registers import (  # noqa: F401 - built here, printed there
    DelegationListData,
    ListedMember,
    PartnershipRegisterData,
    RegisteredPartnership,
)
from exchangedesk.reports.language import ENGLISH, DocumentLanguage, document_language
from exchangedesk.services.documents.itinerary_data import (
    city_name,
    home_and_partner,
    home_city,
    letterhead,
    load_delegation,
    person_names,
    sorted_members,
)


def delegation_list_data(
    database: Database, delegation_id: int, *, issued_on: dt.date | None = None
) -> DelegationListData:
    with database.reading() as session:
        delegation = load_delegation(session, delegation_id)
        home, partner = home_and_partner(session, delegation.partnership)
        members = sorted_members(delegation)
        ids = [member.person_id for member in members]
        sensitive = {
            row.person_id: row
            for row in session.scalars(
                select(PersonSensitive).where(PersonSensitive.person_id.in_(ids))
            )
        }
        listed = []
        for member in members:
            person = member.person
            _, native = person_names(person)
            private = sensitive.get(member.person_id)
            listed.append(
                ListedMember(
                    person_id=member.person_id,
                    family_name=person.family_name,
                    given_name=person.given_name,
                    name_native=native,
                    date_of_birth=private.date_of_birth if private else None,
                    nationality=private.nationality if private else None,
                    role=member.role,
                    organisation=person.organisation.name if person.organisation else None,
                    arrival_on=member.arrival_on,
                    departure_on=member.departure_on,
                )
            )
        return DelegationListData(
            letterhead=letterhead(session),
            issued_on=issued_on or dt.date.today(),
            delegation_id=delegation.id,
            partnership_id=delegation.partnership_id,
            title=delegation.title,
            purpose=delegation.purpose,
            direction=delegation.direction,
            status=delegation.status,
            home=city_name(home),
            partner=city_name(partner),
            arrival_on=delegation.arrival_on,
            departure_on=delegation.departure_on,
            members=tuple(listed),
        )


# ---------------------------------------------------------------------------- partnerships


_ORDER = (PartnershipStatus.ACTIVE,) + tuple(
    s for s in PartnershipStatus if s is not PartnershipStatus.ACTIVE
)


def dated(day: dt.date | None, precision: DatePrecision, lang: DocumentLanguage = ENGLISH) -> str:
    """A date as precisely as it is known: "12 Jun 1944", "Jun 1944" or "1944"."""
    if day is None:
        return ""
    if precision is DatePrecision.YEAR:
        return str(day.year)
    if precision is DatePrecision.MONTH:
        return lang.month(day)
    return lang.short_day(day)


def partnership_register_data(
    database: Database, *, issued_on: dt.date | None = None, language: str | None = None
) -> PartnershipRegisterData:
    """Every partnership in the database with its status, signing date and areas; the dates
    written for a register in ``language``."""
    lang = document_language(language)
    with database.reading() as session:
        rows = session.scalars(
            select(Partnership).options(
                selectinload(Partnership.city_a),
                selectinload(Partnership.city_b),
                selectinload(Partnership.areas),
                selectinload(Partnership.status_changes),
            )
        ).all()
        home = home_city(session)
        listed = []
        for partnership in rows:
            ours, theirs = home_and_partner(session, partnership)
            changes = partnership.status_changes
            listed.append(
                RegisteredPartnership(
                    id=partnership.id,
                    home=city_name(ours),
                    partner=city_name(theirs),
                    kind=partnership.kind,
                    status=partnership.status,
                    signed=dated(partnership.signed_on, partnership.signed_precision, lang),
                    ended_on=partnership.ended_on,
                    status_since=dated(changes[-1].changed_on, changes[-1].changed_precision, lang)
                    if len(changes) > 1
                    else "",
                    areas=tuple(
                        sorted((a.area for a in partnership.areas), key=list(CooperationArea).index)
                    ),
                )
            )
        rank = {status: index for index, status in enumerate(_ORDER)}
        listed.sort(key=lambda p: (rank[p.status], p.partner.name.casefold(), p.home.name, p.id))
        return PartnershipRegisterData(
            letterhead=letterhead(session),
            issued_on=issued_on or dt.date.today(),
            home_city=home.name if home else None,
            partnerships=tuple(listed),
        )
