"""Coming partnership anniversaries, for the Home page, reminders and a partnership's pane.

The rule (which years count, what a year-only signing means) is
``exchangedesk.domain.anniversaries``; the calendar feed uses the same rule day by day.
Terminated partnerships have no anniversaries to celebrate.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import aliased

from exchangedesk.db.models import City, Partnership
from exchangedesk.db.session import Database
from exchangedesk.domain.anniversaries import Anniversary, coming_anniversaries
from exchangedesk.domain.enums import PartnershipStatus

DEFAULT_MONTHS = 12


@dataclass(frozen=True)
class ComingAnniversary:
    partnership_id: int
    cities: str  # "Coventry – Volgograd"
    status: PartnershipStatus
    anniversary: Anniversary


def coming_round_anniversaries(
    database: Database,
    *,
    today: dt.date | None = None,
    months: int = DEFAULT_MONTHS,
    round_only: bool = True,
) -> list[ComingAnniversary]:
    """Every partnership's (round) anniversaries from today to ``months`` ahead, soonest
    first; a year-only one is listed from the start of its year."""
    today = today or dt.date.today()
    city_a, city_b = aliased(City), aliased(City)
    statement = (
        select(
            Partnership.id,
            Partnership.signed_on,
            Partnership.signed_precision,
            Partnership.status,
            city_a.name,
            city_b.name,
        )
        .join(city_a, Partnership.city_a_id == city_a.id)
        .join(city_b, Partnership.city_b_id == city_b.id)
        .where(
            Partnership.signed_on.is_not(None),
            Partnership.status != PartnershipStatus.TERMINATED,
        )
    )
    found = []
    with database.reading() as session:
        for id_, signed_on, precision, status, a, b in session.execute(statement):
            for anniversary in coming_anniversaries(
                signed_on, precision, today, months=months, round_only=round_only
            ):
                found.append(ComingAnniversary(id_, f"{a} – {b}", status, anniversary))
    return sorted(found, key=lambda c: (c.anniversary.on, c.cities, c.partnership_id))
