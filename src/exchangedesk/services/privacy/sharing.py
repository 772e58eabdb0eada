"""Warnings before personal data leaves the committee without the person's consent.

The participant list goes to the schools and the partner committee on the other side: a
participant with no consent to "data shared with the partner committee" in force on the day it
is issued is named in a warning. The document is still made — the secretary may have the
consent on paper and not yet entered, or leave that line out — but she is told before she
sends it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from exchangedesk.db.models import Participant, Person
from exchangedesk.db.session import Database
from exchangedesk.domain.privacy import PURPOSE_WORDS, ConsentPurpose
from exchangedesk.services.privacy.consents import consenting


def unconsented(
    database: Database, person_ids: list[int], purpose: ConsentPurpose, on: dt.date
) -> list[str]:
    """The names of those of *person_ids* without a consent to *purpose* in force on *on*."""
    with database.reading() as session:
        agreed = consenting(session, person_ids, purpose, on)
        missing = [pid for pid in person_ids if pid not in agreed]
        if not missing:
            return []
        rows = session.execute(
            select(Person.id, Person.given_name, Person.family_name).where(Person.id.in_(missing))
        ).all()
        names = {pid: f"{given} {family}".strip() for pid, given, family in rows}
        return sorted((names[pid] for pid in missing if pid in names), key=str.casefold)


def participant_list_warnings(
    database: Database, programme_id: int, on: dt.date
) -> tuple[str, ...]:
    with database.reading() as session:
        people = list(
            session.scalars(
                select(Participant.person_id)
                .where(Participant.programme_id == programme_id)
                .order_by(Participant.id)
            )
        )
    missing = unconsented(database, people, ConsentPurpose.PARTNER_SHARING, on)
    if not missing:
        return ()
    purpose = PURPOSE_WORDS[ConsentPurpose.PARTNER_SHARING].lower()
    return (
        f"No consent recorded to “{purpose}” for {len(missing)} of the participants: "
        f"{', '.join(missing)}. Record the consent (People › Consents) or leave them out "
        "before sending this list.",
    )
