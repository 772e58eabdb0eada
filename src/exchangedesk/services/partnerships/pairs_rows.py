"""The rows the pairs import writes: the cities it creates, with the search key of every spelling,
and the partnerships, inserted in chunks (split from pairs_import.py, which matches and decides)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from sqlalchemy import insert
from sqlalchemy.orm import Session

from exchangedesk.db.models import Partnership
from exchangedesk.db.types import utc_now
from exchangedesk.domain.enums import PartnershipKind, PartnershipStatus
from exchangedesk.domain.text import fold
from exchangedesk.interchange import twin_pairs
from exchangedesk.interchange.twin_pairs import Place

INSERT_CHUNK = 5000
PARTNERSHIPS = Partnership.__table__


@dataclass
class NewCity:
    temp_id: int
    spelling: twin_pairs.SpellingChoice
    country_code: str
    place: Place  # first place seen (coordinates)
    latitude: float | None
    longitude: float | None
    latin: str | None = None  # the gazetteer's Latin name of a city the file wrote natively
    native: str | None = None

    @property
    def name(self) -> str:
        return self.latin or self.spelling.name


def insert_partnerships(
    session: Session,
    pairs: list[tuple[int, int, int]],
    ids: dict[int, int],
    label: str,
) -> None:
    if not pairs:
        return
    now = utc_now()
    values = [
        {
            "city_a_id": ids.get(a, a),
            "city_b_id": ids.get(b, b),
            "kind": PartnershipKind.TWIN_TOWN,
            "status": PartnershipStatus.ACTIVE,
            "source": f"{label} row {row}",
            "created_at": now,
            "updated_at": now,
            "version_id": 1,
        }
        for a, b, row in pairs
    ]
    for start in range(0, len(values), INSERT_CHUNK):
        session.execute(insert(PARTNERSHIPS), values[start : start + INSERT_CHUNK])


_fold = functools.lru_cache(maxsize=1 << 16)(fold)


def city_search_key(city: NewCity) -> str:
    """What :func:`~exchangedesk.domain.text.search_key` makes of every spelling of the city
    and each without its bracket qualifier, with each folded form once."""
    spellings = [city.name, *city.spelling.variants, *filter(None, [city.native])]
    names = [*spellings, *(twin_pairs.split_qualifier(s)[0] for s in spellings)]
    return "|".join(dict.fromkeys(f for f in map(_fold, names) if f))
