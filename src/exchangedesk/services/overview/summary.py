"""The home page's summary: how much the register holds, counted in SQL."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from exchangedesk.db.models import (
    AidCampaign,
    Delegation,
    Document,
    ExchangeProgramme,
    Gift,
    Organisation,
    Partnership,
    Person,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import PartnershipStatus


@dataclass(frozen=True)
class RecordCounts:
    partnerships: int
    active_partnerships: int
    delegations: int
    programmes: int
    gifts: int
    campaigns: int
    people: int
    organisations: int
    documents: int

    @property
    def is_empty(self) -> bool:
        return not any(
            (
                self.partnerships,
                self.delegations,
                self.programmes,
                self.gifts,
                self.campaigns,
                self.people,
                self.organisations,
                self.documents,
            )
        )


def count_records(database: Database) -> RecordCounts:
    def count(model: type, *where: object) -> object:
        return select(func.count()).select_from(model).where(*where).scalar_subquery()

    statement = select(
        count(Partnership),
        count(Partnership, Partnership.status == PartnershipStatus.ACTIVE),
        count(Delegation),
        count(ExchangeProgramme),
        count(Gift),
        count(AidCampaign),
        count(Person),
        count(Organisation),
        count(Document),
    )
    with database.reading() as session:
        return RecordCounts(*session.execute(statement).one())
