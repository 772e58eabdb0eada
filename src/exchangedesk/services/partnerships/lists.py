"""Partnerships: the register of the committee's twin, sister, partner and friendship cities.

The list is filtered (any city name in any script; status, kind, country, dormant only),
sorted and paged in SQL. Each row carries how its status came about ("Terminated by Kyiv"),
the last contact and whether the partnership is dormant (see ``activity``). Editing lives in
``partnership_records`` (the record), ``partnership_history`` (status steps) and
``attachments`` (files).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import false, func, null, or_, select, union
from sqlalchemy.orm import Session, aliased

from exchangedesk.db import search_index
from exchangedesk.db.models import City, Partnership, PartnershipContact, PartnershipStatusChange
from exchangedesk.db.session import Database
from exchangedesk.domain.anniversaries import DatePrecision
from exchangedesk.domain.enums import ActingSide, PartnershipKind, PartnershipStatus, label
from exchangedesk.services.common.paging import (
    FIRST_PAGE,
    ListQuery,
    Page,
    fetch_page,
    filter_terms,
    folded_match,
    lifecycle_order,
)
from exchangedesk.services.partnerships import contacts
from exchangedesk.services.partnerships.activity import (
    activity_summary,
    dormancy_cutoff,
    dormant_condition,
    read_dormancy_years,
)
from exchangedesk.services.partnerships.support import status_headline


@dataclass(frozen=True)
class PartnershipRow:
    id: int
    city_a: str
    city_a_native: str | None
    country_a: str  # ISO 3166-1 alpha-2
    city_b: str
    city_b_native: str | None
    country_b: str
    kind: PartnershipKind
    status: PartnershipStatus
    signed_on: dt.date | None
    ended_on: dt.date | None
    signatories: str | None
    notes: str | None
    signed_precision: DatePrecision = DatePrecision.DAY
    last_contact: dt.date | None = None
    dormant: bool = False
    # The latest status step, when it is the one that led to the status shown.
    acting_side: ActingSide | None = None
    previous_status: PartnershipStatus | None = None

    @property
    def cities(self) -> str:
        return f"{self.city_a} – {self.city_b}"

    @property
    def status_headline(self) -> str:
        """ "Terminated by Kyiv", "Suspended by Coventry", or the plain status."""
        if self.acting_side is None:
            return label(self.status)
        return status_headline(
            self.status, self.previous_status, self.acting_side, self.city_a, self.city_b
        )


@dataclass(frozen=True)
class PartnershipFilter:
    """The filter bar's choices beyond the text: empty sets mean "any"."""

    statuses: frozenset[PartnershipStatus] = frozenset()
    kinds: frozenset[PartnershipKind] = frozenset()
    country: str | None = None  # ISO alpha-2 of either city
    dormant_only: bool = False

    @property
    def active(self) -> bool:
        return bool(self.statuses or self.kinds or self.country or self.dormant_only)


NO_FILTER = PartnershipFilter()

CityA = aliased(City, name="city_a")
CityB = aliased(City, name="city_b")


def _latest_steps(ids: list[int]):  # noqa: ANN202 - a subquery
    """The latest status step (latest date, then latest recorded) of each of the partnerships."""
    ranked = (
        select(
            PartnershipStatusChange.partnership_id,
            PartnershipStatusChange.from_status,
            PartnershipStatusChange.to_status,
            PartnershipStatusChange.acting_side,
            func.row_number()
            .over(
                partition_by=PartnershipStatusChange.partnership_id,
                order_by=(
                    PartnershipStatusChange.changed_on.desc(),
                    PartnershipStatusChange.id.desc(),
                ),
            )
            .label("position"),
        )
        .where(PartnershipStatusChange.partnership_id.in_(ids))
        .subquery("ranked_steps")
    )
    return select(
        ranked.c.partnership_id, ranked.c.from_status, ranked.c.to_status, ranked.c.acting_side
    ).where(ranked.c.position == 1)


def list_partnerships(
    database: Database,
    query: ListQuery = FIRST_PAGE,
    filters: PartnershipFilter = NO_FILTER,
    *,
    today: dt.date | None = None,
) -> Page[PartnershipRow]:
    """Partnerships whose cities match every word of the filter (any name, any script) and
    the filter bar's choices."""
    today = today or dt.date.today()
    # The activity summary aggregates every visit, gift and contribution. Join it into the
    # list only when the list sorts or filters on it; otherwise compute it afterwards for the
    # page's rows alone (1.8 s → a few ms a page on a federation database, PERFORMANCE.md).
    whole = query.sort == "last_contact" or filters.dormant_only
    # Sorting or filtering on it reads the kept rows of revision 0012_perf18 when they hold
    # today (contacts.py: 1.1-5 s → tens of ms); else (PostgreSQL, a read-only register with
    # outdated rows) the whole aggregate.
    use_kept = contacts.usable(database)
    kept = whole and use_kept and contacts.fresh(database, today)
    summary = activity_summary(today) if whole and not kept else None
    with database.reading() as session:
        cutoff = dormancy_cutoff(today, read_dormancy_years(session))
        if kept:
            last_contact = PartnershipContact.last_contact
            dormant = dormant_condition(Partnership.status, PartnershipContact.last_sign, cutoff)
        elif summary is not None:
            last_contact = summary.c.last_contact
            dormant = dormant_condition(Partnership.status, summary.c.last_sign, cutoff)
        else:
            last_contact, dormant = null(), false()
        statement = (
            select(
                Partnership.id,
                CityA.name,
                CityA.native_name,
                CityA.country_code,
                CityB.name,
                CityB.native_name,
                CityB.country_code,
                Partnership.kind,
                Partnership.status,
                Partnership.signed_on,
                Partnership.ended_on,
                Partnership.signatories,
                Partnership.notes,
                Partnership.signed_precision,
                last_contact.label("last_contact"),
                dormant.label("dormant"),
            )
            .join(CityA, Partnership.city_a_id == CityA.id)
            .join(CityB, Partnership.city_b_id == CityB.id)
        )
        terms = query.terms()
        total = None
        if search_index.usable(database.engine.dialect.name) and terms:
            # Both cities' folded keys per partnership (revision 0011_perf2), no joins.
            found = search_index.find(
                session,
                search_index.PARTNERSHIPS_SEARCH,
                Partnership.id,
                [[term.folded] for term in terms],
            )
            statement = statement.where(found.where)
            if not filters.active:  # the index counted exactly what the list shows
                total = found.total
        else:
            statement = filter_terms(
                statement,
                query,
                lambda term: folded_match(term, CityA.search_key, CityB.search_key),
            )
        if filters.statuses:
            statement = statement.where(Partnership.status.in_(sorted(filters.statuses)))
        if filters.kinds:
            statement = statement.where(Partnership.kind.in_(sorted(filters.kinds)))
        if filters.country:
            code = filters.country.strip().upper()
            statement = statement.where(or_(CityA.country_code == code, CityB.country_code == code))
        if summary is not None:
            statement = statement.outerjoin(summary, summary.c.partnership_id == Partnership.id)
        if kept:
            statement = statement.outerjoin(
                PartnershipContact, PartnershipContact.partnership_id == Partnership.id
            )
        if filters.dormant_only:
            statement = statement.where(dormant)
        sort_columns = {
            "city_a": CityA.name,
            "city_b": CityB.name,
            "country_b": CityB.country_code,
            "kind": lifecycle_order(Partnership.kind, PartnershipKind),
            "status": lifecycle_order(Partnership.status, PartnershipStatus),
            "signed_on": Partnership.signed_on,
            "last_contact": last_contact,
        }
        page = fetch_page(
            session,
            statement,
            query,
            sort_columns=sort_columns,
            default_sort=[CityA.name, CityB.name],
            tiebreak=Partnership.id,
            make_row=_row,
            total=total,
        )
        if not page.rows:
            return page
        # Shown, never sorted or filtered on: read for the page's rows alone.
        page = _with_latest_steps(session, page)
        if not whole:
            page = _with_activity(session, page, today, cutoff, use_kept)
        return page


def _with_latest_steps(session: Session, page: Page[PartnershipRow]) -> Page[PartnershipRow]:
    """The latest status step of each row, when it is the one that led to the status shown."""
    steps = {
        pid: (from_status, to_status, acting_side)
        for pid, from_status, to_status, acting_side in session.execute(
            _latest_steps([row.id for row in page.rows])
        )
    }
    rows = []
    for row in page.rows:
        step = steps.get(row.id)
        if step is not None and step[1] == row.status:
            row = replace(row, acting_side=step[2], previous_status=step[0])
        rows.append(row)
    return replace(page, rows=tuple(rows))


def _with_activity(
    session: Session,
    page: Page[PartnershipRow],
    today: dt.date,
    cutoff: dt.date,
    use_kept: bool,
) -> Page[PartnershipRow]:
    """Fill in last contact and dormancy for the rows of one page: from the kept rows that
    hold today (revision 0012_perf18), the others aggregated."""
    ids = [row.id for row in page.rows]
    found = {}
    if use_kept:
        found = {
            pid: (last_contact, bool(dormant))
            for pid, last_contact, dormant in session.execute(
                select(
                    Partnership.id,
                    PartnershipContact.last_contact,
                    dormant_condition(Partnership.status, PartnershipContact.last_sign, cutoff),
                )
                .join(PartnershipContact, PartnershipContact.partnership_id == Partnership.id)
                .where(Partnership.id.in_(ids), contacts.holds(today))
            )
        }
        ids = [pid for pid in ids if pid not in found]
    if ids:
        summary = activity_summary(today, ids)
        found |= {
            pid: (last_contact, bool(dormant))
            for pid, last_contact, dormant in session.execute(
                select(
                    Partnership.id,
                    summary.c.last_contact,
                    dormant_condition(Partnership.status, summary.c.last_sign, cutoff),
                ).join(summary, summary.c.partnership_id == Partnership.id)
            )
        }
    rows = tuple(
        replace(row, last_contact=found[row.id][0], dormant=found[row.id][1])
        if row.id in found
        else row
        for row in page.rows
    )
    return replace(page, rows=rows)


def _row(record: Iterable) -> PartnershipRow:
    values = list(record)
    values[15] = bool(values[15])  # dormant: SQLite hands back 0/1
    return PartnershipRow(*values)


def partnership_countries(database: Database) -> list[str]:
    """The countries (ISO alpha-2) of every city in a partnership, for the filter bar."""
    statement = union(
        select(City.country_code).join(Partnership, Partnership.city_a_id == City.id),
        select(City.country_code).join(Partnership, Partnership.city_b_id == City.id),
    )
    with database.reading() as session:
        return sorted(code for (code,) in session.execute(statement))
