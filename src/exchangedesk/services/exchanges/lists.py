"""Exchange programmes: student and youth exchanges between partner institutions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased

from exchangedesk.db.models import City, ExchangeProgramme, Organisation, Participant, Partnership
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import Direction, ProgrammeStatus
from exchangedesk.services.common.paging import (
    FIRST_PAGE,
    ListQuery,
    Page,
    child_count,
    fetch_page,
    filter_terms,
    folded_match,
    lifecycle_order,
    text_match,
)


@dataclass(frozen=True)
class ProgrammeRow:
    id: int
    title: str
    direction: Direction
    partnership_id: int
    city_a: str
    city_b: str
    sending_organisation: str | None
    host_organisation: str | None
    starts_on: dt.date
    ends_on: dt.date
    language: str | None  # ISO 639 code of the language studied
    status: ProgrammeStatus
    participant_count: int
    return_of: str | None  # title of the visit this one returns
    notes: str | None

    @property
    def cities(self) -> str:
        return f"{self.city_a} – {self.city_b}"


CityA = aliased(City, name="city_a")
CityB = aliased(City, name="city_b")
Sending = aliased(Organisation, name="sending")
Host = aliased(Organisation, name="host")
Returned = aliased(ExchangeProgramme, name="returned")

PARTICIPANT_COUNT = child_count(Participant.programme_id, ExchangeProgramme)

SORT_COLUMNS = {
    "title": ExchangeProgramme.title,
    "direction": ExchangeProgramme.direction,
    "cities": CityB.name,
    "starts_on": ExchangeProgramme.starts_on,
    "ends_on": ExchangeProgramme.ends_on,
    "status": lifecycle_order(ExchangeProgramme.status, ProgrammeStatus),
    "participant_count": PARTICIPANT_COUNT,
}


def list_programmes(database: Database, query: ListQuery = FIRST_PAGE) -> Page[ProgrammeRow]:
    """Exchange programmes matching the filter in title, cities or institutions; latest first."""
    statement = (
        select(
            ExchangeProgramme.id,
            ExchangeProgramme.title,
            ExchangeProgramme.direction,
            ExchangeProgramme.partnership_id,
            CityA.name,
            CityB.name,
            Sending.name,
            Host.name,
            ExchangeProgramme.starts_on,
            ExchangeProgramme.ends_on,
            ExchangeProgramme.language,
            ExchangeProgramme.status,
            PARTICIPANT_COUNT,
            Returned.title,
            ExchangeProgramme.notes,
        )
        .join(Partnership, ExchangeProgramme.partnership_id == Partnership.id)
        .join(CityA, Partnership.city_a_id == CityA.id)
        .join(CityB, Partnership.city_b_id == CityB.id)
        .outerjoin(Sending, ExchangeProgramme.sending_organisation_id == Sending.id)
        .outerjoin(Host, ExchangeProgramme.host_organisation_id == Host.id)
        .outerjoin(Returned, ExchangeProgramme.reciprocal_of_id == Returned.id)
    )
    statement = filter_terms(
        statement,
        query,
        lambda term: or_(
            text_match(term, ExchangeProgramme.title),
            folded_match(
                term, CityA.search_key, CityB.search_key, Sending.search_key, Host.search_key
            ),
        ),
    )
    with database.reading() as session:
        return fetch_page(
            session,
            statement,
            query,
            sort_columns=SORT_COLUMNS,
            default_sort=[ExchangeProgramme.starts_on.desc()],
            tiebreak=ExchangeProgramme.id,
            make_row=lambda record: ProgrammeRow(*record),
        )
