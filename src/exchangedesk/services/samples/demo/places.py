"""Cities (facts from the offline GeoNames gazetteer), the home-city settings, and partnerships
with their status history, areas of cooperation and signatories."""

from __future__ import annotations

import datetime as dt

from exchangedesk.db.models import (
    Partnership,
    PartnershipArea,
    PartnershipSignatory,
    PartnershipStatusChange,
    Setting,
)
from exchangedesk.domain.anniversaries import DatePrecision
from exchangedesk.domain.enums import (
    ActingSide,
    CooperationArea,
    PartnershipKind,
    PartnershipStatus,
)
from exchangedesk.services.samples.demo._support import SCENARIO, YEAR_ONLY, Demo, year_only

A = CooperationArea
K = PartnershipKind
S = PartnershipStatus


# key | name | native name | transliteration | country | region | languages | GeoNames id |
# other names (former names, other spellings; ";"-separated). Coordinates, population and time
# zone come from the offline gazetteer by GeoNames id.
CITIES = """
coventry          | Coventry         | Coventry        |                 | GB | England                | en | 2652221 |
london            | London           | London          |                 | GB | England                | en | 2643743 |
volgograd         | Volgograd        | Волгоград       | Volgograd       | RU | Volgograd Oblast       | ru | 472757  | Stalingrad; Сталинград; Tsaritsyn; Царицын
dresden           | Dresden          | Dresden         |                 | DE | Saxony                 | de | 2935022 |
kiel              | Kiel             | Kiel            |                 | DE | Schleswig-Holstein     | de | 2891122 |
graz              | Graz             | Graz            |                 | AT | Styria                 | de | 2778067 |
saint_etienne     | Saint-Étienne    | Saint-Étienne   |                 | FR | Auvergne-Rhône-Alpes   | fr | 2980291 |
eisenhuettenstadt | Eisenhüttenstadt | Eisenhüttenstadt|                 | DE | Brandenburg            | de | 2931481 | Stalinstadt
jinan             | Jinan            | 济南            | Jǐnán           | CN | Shandong               | zh | 1805753 |
harbin            | Harbin           | 哈尔滨          | Hā'ěrbīn        | CN | Heilongjiang           | zh | 2037013 | 哈爾濱
changchun         | Changchun        | 长春            | Chángchūn       | CN | Jilin                  | zh | 2038180 | 長春
krasnoyarsk       | Krasnoyarsk      | Красноярск      | Krasnoyarsk     | RU | Krasnoyarsk Krai       | ru | 1502026 |
kemi              | Kemi             | Kemi            |                 | FI | Lapland                | fi | 653281  | Кеми
burlington        | Burlington       | Burlington      |                 | US | Vermont                | en | 5234372 |
yaroslavl         | Yaroslavl        | Ярославль       | Yaroslavl'      | RU | Yaroslavl Oblast       | ru | 468902  |
duluth            | Duluth           | Duluth          |                 | US | Minnesota              | en | 5024719 |
petrozavodsk      | Petrozavodsk     | Петрозаводск    | Petrozavodsk    | RU | Republic of Karelia    | ru | 509820  | Petroskoi
tours             | Tours            | Tours           |                 | FR | Centre-Val de Loire    | fr | 2972191 |
minneapolis       | Minneapolis      | Minneapolis     |                 | US | Minnesota              | en | 5037649 |
st_petersburg     | Saint Petersburg | Санкт-Петербург | Sankt-Peterburg | RU | Saint Petersburg       | ru | 498817  | St Petersburg; Leningrad; Ленинград; Petrograd
milan             | Milan            | Milano          |                 | IT | Lombardy               | it | 3173435 |
chemnitz          | Chemnitz         | Chemnitz        |                 | DE | Saxony                 | de | 2940132 | Karl-Marx-Stadt
duesseldorf       | Düsseldorf       | Düsseldorf      |                 | DE | North Rhine-Westphalia | de | 2934246 |
kyiv              | Kyiv             | Київ            | Kyïv            | UA | Kyiv                   | uk | 703448  | Kiev; Киев
moscow            | Moscow           | Москва          | Moskva          | RU | Moscow                 | ru | 524901  |
bethlehem         | Bethlehem        | بيت لحم         | Bayt Laḥm       | PS | West Bank              | ar | 284315  |
"""


def build_cities(demo: Demo) -> None:
    for line in CITIES.strip().splitlines():
        key, name, native, latin, country, region, languages, geonames_id, others = (
            cell.strip() for cell in line.split("|")
        )
        demo.city(
            key,
            name=name,
            native=native or None,
            transliteration=latin or None,
            country=country,
            region=region,
            languages=languages,
            geonames_id=int(geonames_id),
            other_names=tuple(other.strip() for other in others.split(";") if other.strip()),
        )
    # Suzdal is smaller than the gazetteer's cities: entered by hand, approximate position,
    # population left blank rather than guessed.
    demo.city(
        "suzdal",
        name="Suzdal",
        native="Суздаль",
        transliteration="Suzdal'",
        country="RU",
        region="Vladimir Oblast",
        languages="ru",
        latitude=56.42,
        longitude=40.44,
        timezone="Europe/Moscow",
    )


def build_settings(demo: Demo) -> None:
    demo.flush()
    demo.add(
        Setting(key="home_city_id", value=str(demo.cities["coventry"].id)),
        Setting(key="base_currency", value="GBP"),
        Setting(key="dormancy_years", value="5"),
    )


def _partnership(
    demo: Demo,
    key: str,
    city_a: str,
    city_b: str,
    *,
    kind: PartnershipKind,
    status: PartnershipStatus,
    signed_on: dt.date | None = None,
    ended_on: dt.date | None = None,
    areas: tuple[CooperationArea, ...] = (),
    history: tuple[
        tuple[dt.date, PartnershipStatus | None, PartnershipStatus, ActingSide, str], ...
    ] = (),
    signatories: str | None = None,
    notes: str | None = None,
) -> Partnership:
    partnership = Partnership(
        city_a=demo.cities[city_a],
        city_b=demo.cities[city_b],
        kind=kind,
        status=status,
        signed_on=signed_on,
        # Every signing date of the demo is known only by its year (stored by year_only).
        signed_precision=DatePrecision.YEAR if signed_on else DatePrecision.DAY,
        ended_on=ended_on,
        signatories=signatories,
        notes=notes,
        source="ExchangeDesk demo history",
    )
    partnership.areas = [PartnershipArea(area=area) for area in areas]
    partnership.status_changes = [
        PartnershipStatusChange(
            changed_on=day,
            changed_precision=_precision(reason),
            from_status=before,
            to_status=after,
            acting_side=side,
            reason=reason,
        )
        for day, before, after, side, reason in history
    ]
    if history and history[-1][2] != status:  # pragma: no cover - guards the data below
        raise ValueError(f"{key}: the last status change does not lead to {status}")
    demo.add(partnership)
    demo.partnerships[key] = partnership
    return partnership


def _precision(reason: str) -> DatePrecision:
    """How much of a history date is known: the reasons below say it in words."""
    if YEAR_ONLY in reason:
        return DatePrecision.YEAR
    if "the day is not recorded" in reason:
        return DatePrecision.MONTH
    return DatePrecision.DAY


def build_partnerships(demo: Demo) -> None:
    p = _partnership
    p(
        demo,
        "coventry_volgograd",
        "coventry",
        "volgograd",
        kind=K.TWIN_TOWN,
        status=S.SUSPENDED,
        signed_on=year_only(1944),
        areas=(A.CULTURE, A.EDUCATION, A.YOUTH, A.HEALTH),
        history=(
            (
                dt.date(1941, 11, 1),
                None,
                S.PROPOSED,
                ActingSide.HOME,
                "The women of Coventry send a message of support to the women of Stalingrad "
                "(November 1941; the day is not recorded).",
            ),
            (
                year_only(1944),
                S.PROPOSED,
                S.ACTIVE,
                ActingSide.BOTH,
                "The link becomes a formal twinning, the first in the world. " + YEAR_ONLY,
            ),
            (
                dt.date(2022, 3, 22),
                S.ACTIVE,
                S.SUSPENDED,
                ActingSide.HOME,
                "Coventry City Council voted unanimously to pause the link in protest at the "
                "Russian government's invasion of Ukraine, saying the protest was not aimed at "
                "the people of Volgograd and hoping the link could one day resume. Volgograd "
                "took no matching decision.",
            ),
        ),
        signatories="For the two city councils in 1944; the names are not recorded in the demo.",
        notes="The world's first twinning. Volgograd was called Stalingrad until 1961. For the "
        "75th anniversary in 2019 the square outside Holy Trinity Church in Coventry was "
        "named Volgograd Place.",
    )
    p(
        demo,
        "coventry_dresden",
        "coventry",
        "dresden",
        kind=K.TWIN_TOWN,
        status=S.ACTIVE,
        signed_on=year_only(1959),
        areas=(A.CULTURE, A.EDUCATION, A.YOUTH),
        history=(
            (year_only(1959), None, S.ACTIVE, ActingSide.BOTH, "Twinning agreed. " + YEAR_ONLY),
        ),
        notes="Two cities destroyed from the air, joined in reconciliation.",
    )
    for key, other, year in (
        ("coventry_kiel", "kiel", 1947),
        ("coventry_graz", "graz", 1948),
        ("coventry_saint_etienne", "saint_etienne", 1955),
        ("coventry_jinan", "jinan", 1983),
    ):
        p(
            demo,
            key,
            "coventry",
            other,
            kind=K.TWIN_TOWN,
            status=S.ACTIVE,
            signed_on=year_only(year),
            areas=(A.CULTURE, A.EDUCATION) if other != "jinan" else (A.ECONOMY, A.EDUCATION),
            history=(
                (year_only(year), None, S.ACTIVE, ActingSide.BOTH, "Twinning agreed. " + YEAR_ONLY),
            ),
        )
    p(
        demo,
        "coventry_eisenhuettenstadt",
        "coventry",
        "eisenhuettenstadt",
        kind=K.TWIN_TOWN,
        status=S.ACTIVE,
        areas=(A.CULTURE,),
        notes="The date of the agreement is not recorded in the demo. Eisenhüttenstadt was "
        "called Stalinstadt until 1961.",
    )
    p(
        demo,
        "coventry_harbin",
        "coventry",
        "harbin",
        kind=K.FRIENDSHIP_CITY,
        status=S.LETTER_OF_INTENT,
        areas=(A.ECONOMY, A.EDUCATION),
        history=(
            (
                demo.days(-210),
                None,
                S.PROPOSED,
                ActingSide.HOME,
                "The committee proposes a friendship link.",
            ),
            (
                demo.days(-150),
                S.PROPOSED,
                S.LETTER_OF_INTENT,
                ActingSide.BOTH,
                "Letter of intent signed by video link.",
            ),
        ),
        notes=SCENARIO + " Coventry and Harbin have no real agreement; this record gives the "
        "planned visit to Harbin a partnership to belong to.",
    )
    p(
        demo,
        "kemi_volgograd",
        "kemi",
        "volgograd",
        kind=K.TWIN_TOWN,
        status=S.ACTIVE,
        signed_on=year_only(1959),
        areas=(A.CULTURE, A.EDUCATION, A.SPORT),
        history=(
            (
                year_only(1953),
                None,
                S.PROPOSED,
                ActingSide.BOTH,
                "Friendly contacts begin with Stalingrad. " + YEAR_ONLY,
            ),
            (
                year_only(1959),
                S.PROPOSED,
                S.ACTIVE,
                ActingSide.BOTH,
                "Agreement on friendly ties. " + YEAR_ONLY,
            ),
        ),
        notes="Both towns were badly destroyed in the war. Sources differ on whether the link "
        "dates from 1953 or 1959; a renewed cooperation agreement followed in 2012.",
    )
    p(
        demo,
        "burlington_yaroslavl",
        "burlington",
        "yaroslavl",
        kind=K.SISTER_CITY,
        status=S.ACTIVE,
        signed_on=year_only(1987),
        areas=(A.CULTURE, A.EDUCATION),
        history=(
            (
                year_only(1987),
                None,
                S.ACTIVE,
                ActingSide.BOTH,
                "Sister-city agreement. " + YEAR_ONLY,
            ),
        ),
    )
    p(
        demo,
        "duluth_petrozavodsk",
        "duluth",
        "petrozavodsk",
        kind=K.SISTER_CITY,
        status=S.ACTIVE,
        signed_on=year_only(1989),
        areas=(A.CULTURE, A.EDUCATION, A.ENVIRONMENT),
        history=(
            (
                year_only(1989),
                None,
                S.ACTIVE,
                ActingSide.BOTH,
                "Sister-city agreement. " + YEAR_ONLY,
            ),
        ),
    )
    p(
        demo,
        "krasnoyarsk_harbin",
        "krasnoyarsk",
        "harbin",
        kind=K.SISTER_CITY,
        status=S.ACTIVE,
        signed_on=year_only(2003),
        areas=(A.ECONOMY, A.CULTURE, A.EDUCATION),
        history=(
            (year_only(2003), None, S.ACTIVE, ActingSide.BOTH, "Agreement signed. " + YEAR_ONLY),
        ),
    )
    p(
        demo,
        "krasnoyarsk_changchun",
        "krasnoyarsk",
        "changchun",
        kind=K.PARTNER_CITY,
        status=S.ACTIVE,
        signed_on=year_only(2014),
        areas=(A.ECONOMY,),
        history=(
            (year_only(2014), None, S.ACTIVE, ActingSide.BOTH, "Agreement signed. " + YEAR_ONLY),
        ),
    )
    p(
        demo,
        "tours_minneapolis",
        "tours",
        "minneapolis",
        kind=K.SISTER_CITY,
        status=S.ACTIVE,
        areas=(A.CULTURE, A.EDUCATION),
        notes="The date of the agreement is not recorded in the demo.",
    )
    p(
        demo,
        "st_petersburg_milan",
        "st_petersburg",
        "milan",
        kind=K.TWIN_TOWN,
        status=S.ACTIVE,
        areas=(A.CULTURE, A.ECONOMY),
        notes="The date of the agreement is not recorded in the demo.",
    )
    p(
        demo,
        "chemnitz_duesseldorf",
        "chemnitz",
        "duesseldorf",
        kind=K.TWIN_TOWN,
        status=S.ACTIVE,
        signed_on=year_only(1988),
        areas=(A.CULTURE, A.ECONOMY, A.YOUTH),
        history=(
            (year_only(1988), None, S.ACTIVE, ActingSide.BOTH, "Agreement signed. " + YEAR_ONLY),
        ),
        notes="A partnership within one country today: agreed across the inner-German border "
        "while Chemnitz was Karl-Marx-Stadt in the GDR.",
    )
    p(
        demo,
        "kyiv_moscow",
        "kyiv",
        "moscow",
        kind=K.TWIN_TOWN,
        status=S.TERMINATED,
        ended_on=dt.date(2016, 2, 11),
        history=(
            (
                dt.date(2016, 2, 11),
                S.ACTIVE,
                S.TERMINATED,
                ActingSide.HOME,
                "Kyiv City Council decided to end every twinning, partnership and cooperation "
                "agreement with Moscow unilaterally, citing Russia's military aggression, the "
                "annexation of Crimea and the occupation of parts of Donbas; Moscow was told "
                "by letter that spring.",
            ),
        ),
        notes="Neither city is the home city: 'home' in the history means city A (Kyiv), "
        "the side that acted alone. The date the agreement was first signed is not recorded.",
    )
    p(
        demo,
        "bethlehem_suzdal",
        "bethlehem",
        "suzdal",
        kind=K.TWIN_TOWN,
        status=S.LETTER_OF_INTENT,
        areas=(A.CULTURE,),
        notes="A letter of intent only; its date is not recorded in the demo.",
    )


def build_signatories(demo: Demo) -> None:
    """Only the fictional Coventry–Harbin letter of intent has signatories known by name; for
    the real agreements the demo does not claim names it cannot vouch for."""
    demo.flush()
    partnership = demo.partnerships["coventry_harbin"]
    demo.add(
        PartnershipSignatory(
            partnership_id=partnership.id,
            person_id=demo.pid("lord_mayor"),
            capacity="Lord Mayor of Coventry",
        ),
        PartnershipSignatory(
            partnership_id=partnership.id,
            person_id=demo.pid("wang_jun"),
            capacity="Deputy Director, Harbin Municipal Foreign Affairs Office",
        ),
    )
