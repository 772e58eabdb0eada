"""What the printed gift register shows: every gift given or received, from whom to whom, its
value, the thank-you letter in the correspondence register, and its custody — where it is
kept now and every place before."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select

from exchangedesk.db.models import Document, GiftCustody, Partnership
from exchangedesk.db.models import Gift as GiftRecord
from exchangedesk.db.session import Database
from exchangedesk.domain.money import Money
from exchangedesk.reports.data.gifts import (  # noqa: F401 - built here, printed there
    Custody,
    GiftRegisterData,
    RegisteredGift,
    ThankYou,
)
from exchangedesk.services.documents.itinerary_data import home_and_partner, letterhead
from exchangedesk.services.gifts.register import GIVER, RECEIVER, _joined


def gift_register_data(database: Database, *, issued_on: dt.date | None = None) -> GiftRegisterData:
    with database.reading() as session:
        rows = session.execute(
            _joined(
                GiftRecord.id,
                GiftRecord.title,
                GiftRecord.direction,
                GiftRecord.given_on,
                GiftRecord.occasion,
                GIVER,
                RECEIVER,
                GiftRecord.partnership_id,
                GiftRecord.category,
                GiftRecord.description,
                GiftRecord.estimated_value,
                GiftRecord.currency,
            ).order_by(GiftRecord.given_on.is_(None), GiftRecord.given_on, GiftRecord.id)
        ).all()
        custody: dict[int, list[Custody]] = defaultdict(list)
        for move in session.scalars(
            select(GiftCustody).order_by(GiftCustody.since_on, GiftCustody.id)
        ):
            custody[move.gift_id].append(
                Custody(move.since_on, move.location, move.custodian, move.note)
            )
        letters: dict[int, list[ThankYou]] = defaultdict(list)
        for document in session.scalars(
            select(Document)
            .where(Document.gift_id.is_not(None))
            .order_by(Document.issued_on, Document.id)
        ):
            letters[document.gift_id].append(
                ThankYou(document.id, document.title, document.issued_on)
            )
        names: dict[int, str] = {}
        for partnership in session.scalars(
            select(Partnership).where(Partnership.id.in_({r.partnership_id for r in rows}))
        ):
            ours, theirs = home_and_partner(session, partnership)
            names[partnership.id] = f"{ours.name} – {theirs.name}"
        gifts = tuple(
            RegisteredGift(
                id=row.id,
                title=row.title,
                direction=row.direction,
                given_on=row.given_on,
                occasion=row.occasion,
                giver=row[5],
                receiver=row[6],
                partnership=names.get(row.partnership_id),
                category=row.category,
                description=row.description,
                value=Money(row.estimated_value, row.currency)
                if row.estimated_value is not None and row.currency
                else None,
                letters=tuple(letters[row.id]),
                custody=tuple(custody[row.id]),
            )
            for row in rows
        )
        return GiftRegisterData(letterhead(session), issued_on or dt.date.today(), gifts)
