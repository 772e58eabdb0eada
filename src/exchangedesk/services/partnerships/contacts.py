"""Each partnership's last contact, kept in ``partnership_contacts`` for sorting the list.

Sorting 24,692 partnerships by last contact aggregated every visit, gift and contribution of a
federation on each click (1.1-5 s). Revision 0012_perf18 keeps the result per partnership as
of a day; triggers forget a partnership's row when anything that counts as its activity changes
(SQLite only). Before the list sorts or filters on it, :func:`fresh` computes again the rows
that are missing or that a day passing made wrong (a planned visit has happened since), with
the same aggregate the list uses for one page (``activity.activity_summary``), so the sorted
list shows exactly what the aggregate would.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, and_, delete, insert, literal, or_, select, text

from exchangedesk.db.models import Partnership, PartnershipContact
from exchangedesk.db.session import Database
from exchangedesk.services.partnerships.activity import activity_summary

# Partnerships computed per statement: SQLite's limit on bound parameters is far above, and the
# per-page aggregate stays a few index look-ups per partnership.
CHUNK = 500


def usable_dialect(name: str) -> bool:
    """Only SQLite has the triggers that keep the rows right (PostgreSQL aggregates)."""
    return name == "sqlite"


# The triggers revision 0012_perf18 writes: 3 per table that records activity, 1 on signing.
TRIGGERS = 3 * 7 + 1


def usable(database: Database) -> bool:
    return usable_dialect(database.engine.dialect.name) and triggers_present(database)


def triggers_present(database: Database) -> bool:
    """A later table rebuild drops the triggers on that table; without all of them the kept
    rows could be wrong, so the list aggregates instead."""
    with database.reading() as session:
        count = session.execute(
            text(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                " AND name LIKE 'partnership/_contacts/_after/_%' ESCAPE '/'"
            )
        ).scalar()
    return count == TRIGGERS


def holds(today: dt.date) -> ColumnElement[bool]:
    """A kept row is right on ``today``: computed on or before it, no contact since."""
    return and_(
        PartnershipContact.as_of <= today,
        or_(PartnershipContact.next_contact.is_(None), PartnershipContact.next_contact > today),
    )


def outdated(database: Database, today: dt.date) -> list[int]:
    """The partnerships whose row is missing or does not hold on ``today``."""
    statement = (
        select(Partnership.id)
        .outerjoin(PartnershipContact, PartnershipContact.partnership_id == Partnership.id)
        .where(or_(PartnershipContact.partnership_id.is_(None), ~holds(today)))
    )
    with database.reading() as session:
        return list(session.scalars(statement))


def fresh(database: Database, today: dt.date) -> bool:
    """True when every partnership's row holds on ``today``, after computing again the ones
    that did not; False when they cannot be written (a register opened read-only). Only
    where :func:`usable`."""
    ids = outdated(database, today)
    if not ids:
        return True
    if database.read_only:
        return False
    refresh(database, ids, today)
    return True


def refresh(database: Database, ids: list[int], today: dt.date) -> None:
    # Written through the engine, not a unit of work: a derived row is no change of the
    # register (no audit entry, no "changed" flag that would ask for a backup on close).
    with database.engine.begin() as connection:
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            summary = activity_summary(today, chunk)
            rows = (
                select(
                    Partnership.id,
                    literal(today, PartnershipContact.as_of.type),
                    summary.c.last_contact,
                    summary.c.last_sign,
                    summary.c.next_contact,
                )
                .outerjoin(summary, summary.c.partnership_id == Partnership.id)
                .where(Partnership.id.in_(chunk))
            )
            connection.execute(
                delete(PartnershipContact).where(PartnershipContact.partnership_id.in_(chunk))
            )
            connection.execute(
                insert(PartnershipContact).from_select(
                    ["partnership_id", "as_of", "last_contact", "last_sign", "next_contact"],
                    rows,
                )
            )
