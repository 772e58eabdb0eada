"""A small committee register built with the ORM, for service and window tests.

Not the demo history (that has its own module): just enough records in several scripts to check
filters, sorting, paging and totals with numbers a test can state.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from exchangedesk.db.models import (
    AidCampaign,
    City,
    Contribution,
    Delegation,
    DelegationMember,
    Document,
    ExchangeProgramme,
    Gift,
    GiftCustody,
    Organisation,
    Participant,
    Partnership,
    Person,
    PersonSensitive,
    Shipment,
    ShipmentLine,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import (
    DelegationStatus,
    Direction,
    DocumentKind,
    GiftDirection,
    MemberRole,
    OrganisationKind,
    PartnershipKind,
    PartnershipStatus,
    ProgrammeStatus,
    ShipmentStatus,
)
from exchangedesk.domain.text import search_key

PASSPORT = "P-SECRET-4711"


@dataclass(frozen=True)
class SampleIds:
    coventry_volgograd: int
    coventry_dresden: int
    saarlouis_eisenhuettenstadt: int
    kemi_volgograd: int
    churchill_visit: int
    kemi_delegation: int
    lanchester: int
    lanchester_return: int
    tablecloth: int
    aid_1942: int
    olga: int


def city(name: str, country: str, native: str | None = None) -> City:
    return City(
        name=name, native_name=native, country_code=country, search_key=search_key(name, native)
    )


def person(
    given: str,
    family: str,
    given_native: str | None = None,
    family_native: str | None = None,
    **fields: object,
) -> Person:
    key = search_key(given, family, given_native, family_native)
    return Person(
        given_name=given,
        family_name=family,
        given_name_native=given_native,
        family_name_native=family_native,
        search_key=key,
        **fields,
    )


def organisation(
    name: str, kind: OrganisationKind, city_: City, native: str | None = None
) -> Organisation:
    return Organisation(
        name=name, native_name=native, kind=kind, city=city_, search_key=search_key(name, native)
    )


def fill(database: Database) -> SampleIds:
    with database.unit_of_work() as s:
        coventry = city("Coventry", "GB")
        volgograd = city("Volgograd", "RU", "Волгоград")
        dresden = city("Dresden", "DE")
        saarlouis = city("Saarlouis", "DE")
        eisen = city("Eisenhüttenstadt", "DE")
        kemi = city("Kemi", "FI")
        s.add_all([coventry, volgograd, dresden, saarlouis, eisen, kemi])

        cv = Partnership(
            city_a=coventry,
            city_b=volgograd,
            kind=PartnershipKind.TWIN_TOWN,
            status=PartnershipStatus.ACTIVE,
            signed_on=dt.date(1944, 4, 20),
        )
        cd = Partnership(
            city_a=coventry,
            city_b=dresden,
            kind=PartnershipKind.TWIN_TOWN,
            status=PartnershipStatus.ACTIVE,
            signed_on=dt.date(1959, 9, 15),
        )
        se = Partnership(
            city_a=saarlouis,
            city_b=eisen,
            kind=PartnershipKind.PARTNER_CITY,
            status=PartnershipStatus.LETTER_OF_INTENT,
            signed_on=None,
        )
        kv = Partnership(
            city_a=kemi,
            city_b=volgograd,
            kind=PartnershipKind.FRIENDSHIP_CITY,
            status=PartnershipStatus.SUSPENDED,
            signed_on=dt.date(1953, 6, 1),
        )
        s.add_all([cv, cd, se, kv])

        council = organisation("Coventry City Council", OrganisationKind.TOWN_HALL, coventry)
        lanchester_college = organisation("Lanchester College", OrganisationKind.SCHOOL, coventry)
        vgpu = organisation(
            "Volgograd Pedagogical University",
            OrganisationKind.UNIVERSITY,
            volgograd,
            native="Волгоградский педагогический университет",
        )
        museum = organisation("Panorama Museum", OrganisationKind.MUSEUM, volgograd)
        s.add_all([council, lanchester_college, vgpu, museum])

        clementine = person("Clementine", "Churchill", role="Red Cross Aid to Russia Fund")
        olga = person(
            "Olga",
            "Ivanova",
            "Ольга",
            "Иванова",
            organisation=vgpu,
            role="Lecturer",
            city=volgograd,
        )
        zoe = person("Zoë", "Brontë", organisation=council, role="Secretary", city=coventry)
        eero = person("Eero", "Mäkinen", organisation=None, city=kemi)
        s.add_all([clementine, olga, zoe, eero])
        s.flush()
        s.add(PersonSensitive(person_id=olga.id, passport_number=PASSPORT, medical_notes="asthma"))

        churchill = Delegation(
            partnership=cv,
            direction=Direction.OUTGOING,
            title="Clementine Churchill in Stalingrad",
            arrival_on=dt.date(1945, 3, 30),
            departure_on=dt.date(1945, 4, 6),
            status=DelegationStatus.COMPLETED,
            head=clementine,
        )
        kemi_visit = Delegation(
            partnership=kv,
            direction=Direction.INCOMING,
            title="Kemi delegation plants trees at Mamayev Kurgan",
            arrival_on=dt.date(1959, 5, 10),
            departure_on=dt.date(1959, 5, 14),
            status=DelegationStatus.COMPLETED,
            head=eero,
        )
        planned = Delegation(
            partnership=cd,
            direction=Direction.INCOMING,
            title="Dresden choir visit",
            arrival_on=dt.date(2031, 4, 25),
            departure_on=dt.date(2031, 4, 28),
            status=DelegationStatus.PLANNED,
        )
        s.add_all([churchill, kemi_visit, planned])
        churchill.members.append(DelegationMember(person=clementine, role=MemberRole.HEAD))
        churchill.members.append(DelegationMember(person=zoe, role=MemberRole.OFFICIAL))
        kemi_visit.members.append(DelegationMember(person=eero, role=MemberRole.HEAD))

        lanchester = ExchangeProgramme(
            partnership=cv,
            title="Lanchester College language exchange",
            direction=Direction.OUTGOING,
            sending_organisation=lanchester_college,
            host_organisation=vgpu,
            starts_on=dt.date(1969, 7, 1),
            ends_on=dt.date(1969, 7, 21),
            language="ru",
            status=ProgrammeStatus.COMPLETED,
        )
        s.add(lanchester)
        s.flush()
        returned = ExchangeProgramme(
            partnership=cv,
            title="Return visit of Volgograd students",
            direction=Direction.INCOMING,
            sending_organisation=vgpu,
            host_organisation=lanchester_college,
            starts_on=dt.date(1970, 8, 3),
            ends_on=dt.date(1970, 8, 17),
            language="en",
            status=ProgrammeStatus.COMPLETED,
            reciprocal_of_id=lanchester.id,
        )
        s.add(returned)
        s.add(Participant(programme_id=lanchester.id, person=zoe))
        s.add(Participant(programme_id=lanchester.id, person=eero))

        tablecloth = Gift(
            direction=GiftDirection.GIVEN,
            title="Embroidered tablecloth with 830 names",
            given_on=dt.date(1944, 7, 1),
            from_text="Women of Coventry",
            to_city_id=volgograd.id,
            category="textile",
        )
        s.add(tablecloth)
        s.add(
            Gift(
                direction=GiftDirection.RECEIVED,
                title="Album of letters",
                given_on=dt.date(1945, 5, 9),
                from_organisation_id=museum.id,
                to_city_id=coventry.id,
                estimated_value=Decimal("12.50"),
                currency="GBP",
            )
        )
        tablecloth.custody.append(GiftCustody(since_on=dt.date(1944, 7, 1), location="Town hall"))
        tablecloth.custody.append(
            GiftCustody(since_on=dt.date(1985, 1, 1), location="Panorama Museum")
        )

        campaign = AidCampaign(
            title="Aid to Stalingrad 1942",
            beneficiary_city_id=volgograd.id,
            starts_on=dt.date(1942, 11, 1),
            target_amount=Decimal("1000.00"),
            target_currency="GBP",
        )
        s.add(campaign)
        s.flush()
        for amount, currency in (("0.10", "GBP"), ("0.20", "GBP"), ("500", "RUB")):
            s.add(
                Contribution(
                    campaign_id=campaign.id,
                    donor_text="Miners' federation",
                    amount=Decimal(amount),
                    currency=currency,
                    received_on=dt.date(1942, 12, 1),
                )
            )
        shipment = Shipment(
            campaign_id=campaign.id,
            reference="SHIP-1",
            carrier="Arctic convoy",
            status=ShipmentStatus.DELIVERED,
        )
        shipment.lines.append(
            ShipmentLine(
                item="Blankets",
                quantity=Decimal("200"),
                unit="pcs",
                unit_value=Decimal("1.5"),
                currency="GBP",
            )
        )
        s.add(shipment)

        s.add(
            Document(
                kind=DocumentKind.LETTER,
                title="Invitation to Olga Ivanova",
                issued_on=dt.date(1969, 5, 1),
                recipient_person_id=olga.id,
                programme_id=lanchester.id,
                language="en+ru",
            )
        )
        s.add(
            Document(
                kind=DocumentKind.ITINERARY,
                title="Itinerary of the Kemi delegation",
                issued_on=dt.date(1959, 5, 1),
                recipient_text="Kemi town office",
                delegation_id=kemi_visit.id,
            )
        )
        s.add(
            Document(
                kind=DocumentKind.REPORT,
                title="Annual report 1960",
                issued_on=dt.date(1960, 12, 31),
                recipient_organisation_id=council.id,
                partnership_id=cd.id,
            )
        )
        s.flush()
        return SampleIds(
            coventry_volgograd=cv.id,
            coventry_dresden=cd.id,
            saarlouis_eisenhuettenstadt=se.id,
            kemi_volgograd=kv.id,
            churchill_visit=churchill.id,
            kemi_delegation=kemi_visit.id,
            lanchester=lanchester.id,
            lanchester_return=returned.id,
            tablecloth=tablecloth.id,
            aid_1942=campaign.id,
            olga=olga.id,
        )
