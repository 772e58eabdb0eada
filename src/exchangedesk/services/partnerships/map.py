"""The partnership map's data: every partnership the list's filters let through (the words
typed in its filter too), with both cities' coordinates and a count of what happened in the
last five years.

Two queries (the partnerships, and the activity grouped by partnership over every kind at once),
whatever the number of partnerships: a federation's 24,697 lines load in one go.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String, func, or_, select, type_coerce, union_all

from exchangedesk.db import search_index
from exchangedesk.db.models import Partnership
from exchangedesk.db.session import Database
from exchangedesk.domain.anniversaries import same_day_in
from exchangedesk.domain.enums import PartnershipKind, PartnershipStatus
from exchangedesk.reports.data.partnership_map import MapLine, MapPlace, PartnershipMap
from exchangedesk.services.common.paging import ListQuery, filter_terms, folded_match
from exchangedesk.services.partnerships.activity import (
    _kinds,
    activity_summary,
    dormancy_cutoff,
    dormant_condition,
    read_dormancy_years,
)
from exchangedesk.services.partnerships.cities import home_city
from exchangedesk.services.partnerships.lists import NO_FILTER, CityA, CityB, PartnershipFilter

ACTIVITY_YEARS = 5


def _recent_activity(session, since: dt.date, today: dt.date) -> dict[int, int]:  # noqa: ANN001
    days = union_all(*_kinds().values()).subquery("days")
    grouped = (
        select(days.c.partnership_id, func.count())
        .where(days.c.day >= since, days.c.day <= today)
        .group_by(days.c.partnership_id)
    )
    return {pid: count for pid, count in session.execute(grouped) if pid is not None}


def _matching(session, database: Database, statement, query: ListQuery):  # noqa: ANN001, ANN202
    """The list's own text search (services/partnerships/lists.py): the folded search index
    where the database has it, the cities' folded search keys elsewhere."""
    terms = query.terms()
    if not terms:
        return statement
    if search_index.usable(database.engine.dialect.name):
        found = search_index.find(
            session, search_index.PARTNERSHIPS_SEARCH, Partnership.id, [[t.folded] for t in terms]
        )
        return statement.where(found.where)
    return filter_terms(
        statement, query, lambda term: folded_match(term, CityA.search_key, CityB.search_key)
    )


def partnership_map(
    database: Database,
    filters: PartnershipFilter = NO_FILTER,
    *,
    text: str = "",
    today: dt.date | None = None,
) -> PartnershipMap:
    """``text``: the list's filter as typed; every word must occur in one of the two cities'
    names (any script, diacritics folded), exactly as the list matches it."""
    today = today or dt.date.today()
    since = same_day_in(today, today.year - ACTIVITY_YEARS)
    statement = (
        select(
            Partnership.id,
            # as stored, turned into enums below by a dict (SQLAlchemy's Enum type took most
            # of the read's time for a federation's 24,697 rows)
            type_coerce(Partnership.kind, String),
            type_coerce(Partnership.status, String),
            Partnership.signed_on,
            Partnership.ended_on,
            CityA.id,
            CityA.name,
            CityA.country_code,
            CityA.longitude,
            CityA.latitude,
            CityB.id,
            CityB.name,
            CityB.country_code,
            CityB.longitude,
            CityB.latitude,
        )
        .join(CityA, Partnership.city_a_id == CityA.id)
        .join(CityB, Partnership.city_b_id == CityB.id)
        .order_by(Partnership.id)
    )
    if filters.statuses:
        statement = statement.where(Partnership.status.in_(sorted(filters.statuses)))
    if filters.kinds:
        statement = statement.where(Partnership.kind.in_(sorted(filters.kinds)))
    if filters.country:
        code = filters.country.strip().upper()
        statement = statement.where(or_(CityA.country_code == code, CityB.country_code == code))
    with database.reading() as session:
        statement = _matching(session, database, statement, ListQuery(text=text))
        if filters.dormant_only:
            summary = activity_summary(today)
            cutoff = dormancy_cutoff(today, read_dormancy_years(session))
            statement = statement.outerjoin(
                summary, summary.c.partnership_id == Partnership.id
            ).where(dormant_condition(Partnership.status, summary.c.last_sign, cutoff))
        rows = session.execute(statement).all()
        activity = _recent_activity(session, since, today)
    places: dict[int, MapPlace] = {}  # one object per city: 17,000 cities, not 49,000 ends

    def place(city_id: int, name: str, country: str, lon: float | None, lat: float | None):  # noqa: ANN202
        if lon is None or lat is None:
            return None
        found = places.get(city_id)
        if found is None:
            found = places[city_id] = MapPlace(city_id, name, country, lon, lat)
        return found

    kinds = {k.name: k for k in PartnershipKind} | {k.value: k for k in PartnershipKind}
    statuses = {s.name: s for s in PartnershipStatus} | {s.value: s for s in PartnershipStatus}
    lines, unplaced = [], 0
    for pid, kind_text, status_text, signed, ended, *ends in rows:
        kind, status = kinds[kind_text], statuses[status_text]
        a, b = place(*ends[:5]), place(*ends[5:])
        if a is None or b is None:
            unplaced += 1
            continue
        lines.append(MapLine(pid, a, b, kind, status, signed, ended, activity.get(pid, 0)))
    home_row = home_city(database)
    home = None
    if home_row is not None and home_row.latitude is not None and home_row.longitude is not None:
        home = MapPlace(
            home_row.id,
            home_row.name,
            home_row.country_code,
            home_row.longitude,
            home_row.latitude,
        )
    return PartnershipMap(home, tuple(lines), ACTIVITY_YEARS, unplaced)
