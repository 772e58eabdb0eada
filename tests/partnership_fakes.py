"""Small stand-ins for the partnership tests: a few gazetteer hits and a gazetteer that holds
only them (the real one takes seconds to build the first time)."""

from __future__ import annotations

import threading

from sqlalchemy import select

from exchangedesk.db.models import City
from exchangedesk.db.session import Database
from exchangedesk.services.partnerships.gazetteer import GazetteerHit, search_form


def hit(
    geonames_id: int,
    name: str,
    native: str | None,
    code: str,
    country: str,
    population: int,
    zone: str,
    others: tuple[str, ...] = (),
    matched: str | None = None,
) -> GazetteerHit:
    return GazetteerHit(
        geonames_id=geonames_id,
        name=name,
        native_name=native,
        country_code=code,
        country_name=country,
        region=None,
        admin1_code=None,
        population=population,
        latitude=45.0,
        longitude=45.0,
        timezone=zone,
        matched_name=matched or name,
        languages=(),
        alternate_names=others,
    )


HARBIN = hit(2037013, "Harbin", "哈尔滨", "CN", "China", 5242897, "Asia/Shanghai", ("哈爾濱",))
VOLGOGRAD = hit(
    472757,
    "Volgograd",
    "Волгоград",
    "RU",
    "Russia",
    1013533,
    "Europe/Volgograd",
    ("Stalingrad", "Сталинград"),
)
KYIV = hit(703448, "Kyiv", "Київ", "UA", "Ukraine", 2952301, "Europe/Kyiv", ("Kiev", "Киев"))
HITS = (HARBIN, VOLGOGRAD, KYIV)


class FakeGazetteer:
    """Answers like :class:`exchangedesk.services.partnerships.gazetteer.Gazetteer` for three cities.
    ``gate`` (if set) holds :meth:`load` back until the test opens it, so the "loading"
    state can be seen."""

    def __init__(self, hits=HITS, gate: threading.Event | None = None) -> None:  # noqa: ANN001
        self._hits = tuple(hits)
        self._gate = gate
        self.is_loaded = False
        self.searches: list[str] = []

    def load(self) -> float:
        if self._gate is not None:
            self._gate.wait(10)
        self.is_loaded = True
        return 0.0

    def search(self, text: str, *, country: str | None = None, limit: int = 20):  # noqa: ANN201
        if not self.is_loaded:
            raise AssertionError("searched before the gazetteer was loaded")
        self.searches.append(text)
        query = search_form(text)
        found = []
        for one in self._hits:
            names = (one.name, one.native_name or "", *one.alternate_names)
            matched = next((n for n in names if search_form(n).startswith(query)), None)
            if query and matched is not None:
                found.append(_matched(one, matched))
        return found[:limit]

    def get(self, geonames_id: int) -> GazetteerHit | None:
        return next((h for h in self._hits if h.geonames_id == geonames_id), None)


def _matched(one: GazetteerHit, name: str) -> GazetteerHit:
    from dataclasses import replace

    return replace(one, matched_name=name)


def city_id(database: Database, name: str) -> int:
    with database.reading() as session:
        return session.scalars(select(City.id).where(City.name == name)).one()


def city_count(database: Database) -> int:
    with database.reading() as session:
        return len(session.scalars(select(City.id)).all())
