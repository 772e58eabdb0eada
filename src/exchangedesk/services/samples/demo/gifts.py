"""Gifts given and received, each with where it has been kept."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from exchangedesk.db.models import Gift, GiftCustody
from exchangedesk.domain.enums import GiftDirection
from exchangedesk.services.samples.demo._support import (
    HARBIN_TRIP,
    SCENARIO,
    YEAR_ONLY,
    Demo,
    year_only,
)


def _gift(
    demo: Demo,
    key: str,
    direction: GiftDirection,
    title: str,
    *,
    partnership: str | None = None,
    delegation: str | None = None,
    giver: dict[str, Any],
    receiver: dict[str, Any],
    custody: tuple[tuple[dt.date, str, str | None, str | None], ...],
    **fields: Any,
) -> Gift:
    """``giver``/``receiver``: any of city, org, person (keys) and text."""

    def side(prefix: str, who: dict[str, Any]) -> dict[str, Any]:
        return {
            f"{prefix}_city_id": demo.cities[who["city"]].id if "city" in who else None,
            f"{prefix}_organisation_id": demo.orgs[who["org"]].id if "org" in who else None,
            f"{prefix}_person_id": demo.pid(who["person"]) if "person" in who else None,
            f"{prefix}_text": who.get("text"),
        }

    gift = Gift(
        direction=direction,
        title=title,
        partnership_id=demo.partnerships[partnership].id if partnership else None,
        delegation_id=demo.delegations[delegation].id if delegation else None,
        **side("from", giver),
        **side("to", receiver),
        **fields,
    )
    gift.custody = [
        GiftCustody(since_on=since, location=where, custodian=keeper, note=note)
        for since, where, keeper, note in custody
    ]
    demo.add(gift)
    demo.gifts[key] = gift
    return gift


def build_gifts(demo: Demo) -> None:
    demo.flush()
    _gift(
        demo,
        "tablecloth_1944",
        GiftDirection.GIVEN,
        "Tablecloth embroidered with 830 names of Coventry women",
        partnership="coventry_volgograd",
        occasion="Friendship with Stalingrad during the war",
        given_on=year_only(1944),
        giver={"city": "coventry", "person": "emily_smith", "text": "830 women of Coventry"},
        receiver={"city": "volgograd", "text": "The women of Stalingrad"},
        description="Each woman paid sixpence to sign her name, the money going to medical aid "
        "for Stalingrad; May Adams embroidered the signatures, with a motto saying that a "
        "little help is better than a lot of sympathy. " + YEAR_ONLY,
        category="textile",
        custody=(
            (
                dt.date(1943, 1, 1),
                "Coventry",
                "May Adams",
                "Names signed and embroidered, 1943–1944. " + YEAR_ONLY,
            ),
            (
                year_only(1944),
                "Stalingrad",
                "Stalingrad city council",
                "Received in Stalingrad. " + YEAR_ONLY,
            ),
            (
                year_only(1982),
                "Panorama Museum “Battle of Stalingrad”, Volgograd",
                "Panorama Museum “Battle of Stalingrad”",
                "On display in the museum, which opened in 1982; the date it came there is not "
                "recorded.",
            ),
        ),
    )
    _gift(
        demo,
        "plaque_1954",
        GiftDirection.GIVEN,
        "Plaque with Coventry's coat of arms: “Coventry – Stalingrad in Friendship”",
        partnership="coventry_volgograd",
        delegation="council_1954",
        occasion="Coventry council delegation in Stalingrad",
        given_on=dt.date(1954, 11, 5),
        giver={"org": "council"},
        receiver={"city": "volgograd", "text": "Stalingrad city executive committee"},
        description="Embossed metal on a wooden backing.",
        category="plaque",
        custody=(
            (
                dt.date(1954, 11, 5),
                "Museum of the Battle of Stalingrad, Volgograd",
                "Panorama Museum “Battle of Stalingrad”",
                "Presented to the city executive committee; now in the museum's collection "
                "(the date it moved there is not recorded).",
            ),
        ),
    )
    _gift(
        demo,
        "tablecloth_2008",
        GiftDirection.GIVEN,
        "Friendship tablecloth of 2008",
        partnership="coventry_volgograd",
        occasion="Continuing the friendship of the 1944 tablecloth",
        given_on=year_only(2008),
        giver={"city": "coventry", "text": "People of Coventry"},
        receiver={"city": "volgograd"},
        description="A new embroidered tablecloth sent from Coventry in the spirit of the first "
        "one. " + YEAR_ONLY,
        category="textile",
        custody=(
            (
                year_only(2008),
                "Volgograd",
                "Volgograd City Administration",
                "Where it is kept now is not recorded.",
            ),
        ),
    )
    _gift(
        demo,
        "samovar_1970",
        GiftDirection.RECEIVED,
        "Samovar",
        partnership="coventry_volgograd",
        occasion="Return visit of Volgograd students",
        given_on=dt.date(1970, 7, 24),
        giver={"org": "vlg_ped", "person": "serova"},
        receiver={"org": "lanchester"},
        description="Brass samovar with a tray. " + SCENARIO,
        category="household",
        custody=(
            (
                dt.date(1970, 7, 24),
                "Lanchester College, Russian department",
                "Dr Peter Walsh",
                None,
            ),
            (
                year_only(1992),
                "Coventry University, international office",
                "Coventry University",
                "The college's successor. " + YEAR_ONLY,
            ),
        ),
    )
    year = demo.today.year - 1
    _gift(
        demo,
        "dresden_plate",
        GiftDirection.RECEIVED,
        "Porcelain plate with a view of the Frauenkirche",
        partnership="coventry_dresden",
        delegation="dresden_last_november",
        occasion="November commemoration",
        given_on=dt.date(year, 11, 14),
        giver={"org": "dresden_city", "person": "vogel"},
        receiver={"org": "council", "person": "lord_mayor"},
        description=SCENARIO,
        category="porcelain",
        estimated_value=Decimal("250.00"),
        currency="EUR",
        custody=(
            (
                dt.date(year, 11, 14),
                "Council House, Lord Mayor's parlour",
                "Lord Mayor's office",
                None,
            ),
        ),
    )
    _gift(
        demo,
        "harbin_print",
        GiftDirection.GIVEN,
        "Framed print of Coventry Cathedral",
        partnership="coventry_harbin",
        delegation="harbin_trip",
        occasion="Lord Mayor's visit to Harbin",
        given_on=demo.days(HARBIN_TRIP + 2),
        giver={"org": "council", "person": "lord_mayor"},
        receiver={"org": "harbin_fao"},
        description="To be presented at the talks. " + SCENARIO,
        category="artwork",
        estimated_value=Decimal("85.00"),
        currency="GBP",
        custody=(
            (
                demo.days(-5),
                "Council House, Lord Mayor's office",
                "Lord Mayor's office",
                "Bought and framed; waiting for the trip.",
            ),
        ),
    )
