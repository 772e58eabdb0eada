"""What the aid and gifts service tests share: a small committee (cities, a partnership, a
donor person and organisation) entered with the ORM, a campaign and a shipment made through
the services, and the means to prove that a refused edit changed nothing.

No tests live here; the test modules import the fixtures (``committee_fixture`` provides
``committee``, ``appeal_fixture`` provides ``appeal``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import inspect, text

from exchangedesk.db.models import City, Organisation, Partnership, Person
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import OrganisationKind, PartnershipKind, PartnershipStatus
from exchangedesk.domain.text import search_key
from exchangedesk.services.aid.campaigns import CampaignFields, create_campaign
from exchangedesk.services.aid.shipments import ShipmentFields, ShipmentLineFields, create_shipment
from exchangedesk.services.maintenance.invariants import RULES

PLANNED_ON = dt.date(1942, 12, 1)


@dataclass(frozen=True)
class Committee:
    coventry: int
    volgograd: int
    dresden: int
    coventry_volgograd: int
    coventry_dresden: int
    edith: int  # a person who gives
    miners: int  # an organisation that gives


@dataclass(frozen=True)
class Appeal:
    committee: Committee
    campaign_id: int
    shipment_id: int


def _city(name: str, country: str, native: str | None = None) -> City:
    return City(
        name=name, native_name=native, country_code=country, search_key=search_key(name, native)
    )


@pytest.fixture(name="committee")
def committee_fixture(database: Database) -> Committee:
    with database.unit_of_work() as session:
        coventry = _city("Coventry", "GB")
        volgograd = _city("Volgograd", "RU", "Волгоград")
        dresden = _city("Dresden", "DE")
        session.add_all([coventry, volgograd, dresden])
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
        edith = Person(given_name="Edith", family_name="Cole", search_key=search_key("Edith Cole"))
        miners = Organisation(
            name="Coventry miners' federation",
            kind=OrganisationKind.UNION,
            city=coventry,
            search_key=search_key("Coventry miners' federation"),
        )
        session.add_all([cv, cd, edith, miners])
        session.flush()
        return Committee(coventry.id, volgograd.id, dresden.id, cv.id, cd.id, edith.id, miners.id)


def campaign_fields(committee: Committee, **changes: object) -> CampaignFields:
    fields = {
        "title": "Coventry appeal for Stalingrad",
        "beneficiary_city_id": committee.volgograd,
        "partnership_id": committee.coventry_volgograd,
        "starts_on": dt.date(1942, 11, 1),
        "purpose": "Medical aid",
    }
    fields.update(changes)
    return CampaignFields(**fields)  # type: ignore[arg-type]


def line(item: str = "Blankets", **changes: object) -> ShipmentLineFields:
    fields = {
        "item": item,
        "quantity": "200",
        "unit": "pcs",
        "unit_value": "0.40",
        "currency": "GBP",
        "box_code": "BOX-1",
        "weight_kg": "120.5",
    }
    fields.update(changes)
    return ShipmentLineFields(**fields)  # type: ignore[arg-type]


@pytest.fixture(name="appeal")
def appeal_fixture(database: Database, committee: Committee) -> Appeal:
    campaign = create_campaign(database, campaign_fields(committee))
    shipment = create_shipment(
        database,
        ShipmentFields(
            campaign_id=campaign.id,
            reference="STAL-1943-01",
            carrier="Red Cross",
            lines=(line(), line("Bandages", quantity="45", unit="kg", unit_value="0.50")),
        ),
        planned_on=PLANNED_ON,
    )
    return Appeal(committee, campaign.id, shipment.id)


def table_rows(database: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (bar Alembic's), to prove a refused edit left all as it was."""
    with database.reading() as session:
        names = sorted(
            name
            for name in inspect(session.connection()).get_table_names()
            if name != "alembic_version"
        )
        # Sorted: a server returns rows in no promised order.
        return {
            name: sorted(
                (tuple(row) for row in session.execute(text(f'SELECT * FROM "{name}"'))),  # noqa: S608
                key=repr,
            )
            for name in names
        }


def broken_rules(database: Database, *groups: str) -> list[str]:
    """What ``exchangedesk check`` would report about the register (only the rules of
    ``groups``, e.g. "aid", when given)."""
    with database.engine.connect() as connection:
        return [
            message
            for group, rule in RULES
            if not groups or group in groups
            for message in rule(connection)
        ]


def audit_trail(database: Database, entity: str) -> list[tuple[str, int | None, str | None]]:
    """(action, entity id, summary) of the audit entries about ``entity``, oldest first."""
    with database.reading() as session:
        return [
            tuple(row)
            for row in session.execute(
                text(
                    "SELECT action, entity_id, summary FROM audit_log WHERE entity = :entity "
                    "ORDER BY id"
                ),
                {"entity": entity},
            )
        ]
