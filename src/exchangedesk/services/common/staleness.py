"""Refusing an edit saved over someone else's newer save, and saying who made that save, when.

Every versioned record (``version_id``) is edited against the version the editor opened. When
the stored version has moved on, the edit is refused with :class:`StaleEditError`, which names
the member the audit log recorded for the latest change of that record (the database user on
PostgreSQL, the committee member or OS user on SQLite) and when it was made, and carries both
versions field by field so the window can show them side by side. A save that loses the race
only at the UPDATE itself (the version check passed, then the other save committed first) is
refused the same way, looked up in a fresh session since the failed one is unusable.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

from exchangedesk.db.models import AuditEntry
from exchangedesk.domain.errors import FieldVersions, StaleEditError

# The audit log names records by these words, not by table (see each service's audit calls).
AUDIT_ENTITY = {
    "people": "person",
    "person_sensitive": "person",
    "organisations": "organisation",
    "partnerships": "partnership",
    "delegations": "delegation",
    "itinerary_items": "itinerary_item",
    "gifts": "gift",
    "aid_campaigns": "aid_campaign",
    "contributions": "contribution",
    "shipments": "shipment",
    "exchange_programmes": "exchange_programme",
    "participants": "participant",
    "host_families": "host_family",
    "placements": "placement",
    "cities": "city",
}
# Entries that record someone looking, not changing.
_NOT_CHANGES = ("reveal", "export", "print")


def record_key(record: Any) -> tuple[str, int]:
    """The audit log's name and id for *record* (a person's sensitive row is the person's)."""
    table = record.__table__.name
    record_id = record.person_id if table == "person_sensitive" else record.id
    return AUDIT_ENTITY.get(table, table), record_id


def last_change(
    session: Session, entity: str, entity_id: int
) -> tuple[str | None, dt.datetime | None]:
    """Who made the latest change to the record, and when, as the audit log has it."""
    row = session.execute(
        select(AuditEntry.actor, AuditEntry.at)
        .where(
            AuditEntry.entity == entity,
            AuditEntry.entity_id == entity_id,
            AuditEntry.action.not_in(_NOT_CHANGES),
        )
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(1)
    ).first()
    return (row.actor, row.at) if row is not None else (None, None)


def as_text(value: object) -> str:
    """A stored value as the comparison shows it."""
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def field_label(name: str) -> str:
    return name.replace("_id", "").replace("_", " ").capitalize()


def stale_error(
    session: Session, record: Any, what: str, yours: Mapping[str, object] | None = None
) -> StaleEditError:
    """The refusal for an edit of *record* (as stored now) that started from an older version;
    *yours* holds the values the user meant to save, by attribute name."""
    entity, entity_id = record_key(record)
    who, when = last_change(session, entity, entity_id)
    when = when or getattr(record, "updated_at", None)
    fields = tuple(
        FieldVersions(field_label(name), as_text(value), as_text(getattr(record, name, None)))
        for name, value in (yours or {}).items()
    )
    by = f"by {who}" if who else "by someone else"
    at = f" on {when:%d %b %Y at %H:%M} UTC" if when else ""
    return StaleEditError(
        f"{what} was changed {by}{at}, after you opened it; nothing of your edit was saved. "
        "Reload to see their version, or show both versions side by side.",
        what=what,
        changed_by=who,
        changed_at=when,
        fields=fields,
    )


def refuse_stale(
    session: Session,
    record: Any,
    expected_version: int | None,
    what: str,
    yours: Mapping[str, object] | None = None,
) -> None:
    """Refuse the edit if someone saved *record* since *expected_version* (None: not checked)."""
    if expected_version is not None and record.version_id != expected_version:
        raise stale_error(session, record, what, yours)


def stale_after_race(
    session: Session,
    model: type,
    record_id: int,
    what: str,
    yours: Mapping[str, object] | None = None,
) -> StaleEditError:
    """The refusal for a save that lost the race at the UPDATE (SQLAlchemy's StaleDataError):
    the failed session (and its expired records) cannot be used any more, so who won is read
    in a fresh one."""
    bind: Engine | Connection = session.get_bind()
    engine = bind.engine if isinstance(bind, Connection) else bind
    with Session(engine) as fresh:
        now = fresh.get(model, record_id)
        if now is None:
            return StaleEditError(
                f"{what} was removed by someone else meanwhile; nothing was saved.",
                what=what,
                changed_by=None,
                changed_at=None,
            )
        return stale_error(fresh, now, what, yours)
