"""The reciprocity ledger of a partnership: over the years, which programme went which way,
who visited, and which families hosted whom.

Exchanges live on give and take: a family that hosted a partner city's student is owed a place
for its own child on the return trip. Families who hosted are therefore flagged for priority
on the return visit of the programme they hosted in (or on the partnership's next programme
going the other way, when no return visit is linked yet).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from exchangedesk.db.models import (
    ExchangeProgramme,
    HostFamily,
    Organisation,
    Participant,
    Partnership,
    Person,
    Placement,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import Direction, PlacementStatus
from exchangedesk.services.exchanges.support import load
from exchangedesk.services.partnerships.support import pair_name


@dataclass(frozen=True)
class Hosting:
    family_id: int
    family: str
    guests: tuple[str, ...]


@dataclass(frozen=True)
class LedgerEntry:
    programme_id: int
    title: str
    year: int
    starts_on: dt.date
    direction: Direction
    sending: str | None
    host: str | None
    visitors: tuple[str, ...]
    hostings: tuple[Hosting, ...]
    reciprocal_id: int | None


@dataclass(frozen=True)
class PriorityFamily:
    """A family that hosted, and the trip on which its own child has priority."""

    family_id: int
    family: str
    hosted_in: str  # the programme's title
    hosted_year: int
    guests: int
    return_programme_id: int | None
    return_programme: str | None


@dataclass(frozen=True)
class ReciprocityLedger:
    partnership_id: int
    cities: str
    entries: tuple[LedgerEntry, ...]
    priority: tuple[PriorityFamily, ...]

    @property
    def balance(self) -> dict[Direction, int]:
        """Visitors received (incoming) and sent (outgoing) over the years."""
        totals = {Direction.INCOMING: 0, Direction.OUTGOING: 0}
        for entry in self.entries:
            totals[entry.direction] += len(entry.visitors)
        return totals


def reciprocity_ledger(database: Database, partnership_id: int) -> ReciprocityLedger:
    with database.reading() as session:
        partnership = load(session, Partnership, partnership_id, None, "partnership")
        programmes = list(
            session.scalars(
                select(ExchangeProgramme)
                .where(ExchangeProgramme.partnership_id == partnership_id)
                .order_by(ExchangeProgramme.starts_on, ExchangeProgramme.id)
            )
        )
        returns = {p.reciprocal_of_id: p for p in programmes if p.reciprocal_of_id}
        entries, priority = [], []
        for p in programmes:
            visitors = tuple(
                person.display_name
                for person in session.scalars(
                    select(Person)
                    .join(Participant, Participant.person_id == Person.id)
                    .where(Participant.programme_id == p.id)
                    .order_by(Person.family_name, Person.given_name)
                )
            )
            hosted: dict[int, tuple[str, list[str]]] = {}
            for family, person in session.execute(
                select(HostFamily, Person)
                .join(Placement, Placement.host_family_id == HostFamily.id)
                .join(Participant, Placement.participant_id == Participant.id)
                .join(Person, Participant.person_id == Person.id)
                .where(
                    Participant.programme_id == p.id,
                    Placement.status.in_((PlacementStatus.ACCEPTED, PlacementStatus.CONFIRMED)),
                )
                .order_by(HostFamily.name, Person.family_name)
            ):
                hosted.setdefault(family.id, (family.name, []))[1].append(person.display_name)
            linked = returns.get(p.id) or (
                next((q for q in programmes if q.id == p.reciprocal_of_id), None)
            )
            entries.append(
                LedgerEntry(
                    p.id,
                    p.title,
                    p.starts_on.year,
                    p.starts_on,
                    p.direction,
                    _org(session, p.sending_organisation_id),
                    _org(session, p.host_organisation_id),
                    visitors,
                    tuple(Hosting(fid, n, tuple(g)) for fid, (n, g) in hosted.items()),
                    linked.id if linked else None,
                )
            )
            # The trip the hosts' children are owed: the linked return visit if this programme
            # is the first leg, else the next programme going the other way.
            owed = returns.get(p.id) or next(
                (
                    q
                    for q in programmes
                    if q.starts_on > p.starts_on
                    and q.direction != p.direction
                    and q.id != p.reciprocal_of_id
                ),
                None,
            )
            for fid, (name, guests) in hosted.items():
                priority.append(
                    PriorityFamily(
                        fid,
                        name,
                        p.title,
                        p.starts_on.year,
                        len(guests),
                        owed.id if owed else None,
                        owed.title if owed else None,
                    )
                )
        return ReciprocityLedger(
            partnership_id, pair_name(partnership), tuple(entries), tuple(priority)
        )


def _org(session, organisation_id: int | None) -> str | None:  # noqa: ANN001
    if organisation_id is None:
        return None
    organisation = session.get(Organisation, organisation_id)
    return organisation.name if organisation else None
