"""What the aid and gifts services share when they change the register: one unit of work that
turns a lost race into :class:`ConcurrentEditError`, the version check, references checked by
field, tidy text and dates, and the audit trail written for every movement of money."""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.exc import StaleDataError

from exchangedesk.db.models import AuditEntry
from exchangedesk.db.session import Database
from exchangedesk.db.types import utc_now
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.services.common.staleness import refuse_stale

RecordT = TypeVar("RecordT")


@contextmanager
def editing(database: Database) -> Iterator[Session]:
    """One unit of work for an edit. Losing a race to another user (a version that changed
    under us, or SQLite refusing a write on a snapshot someone else has since committed over)
    becomes :class:`ConcurrentEditError`; nothing of the edit is saved either way."""
    try:
        with database.unit_of_work() as session:
            yield session
    except StaleDataError as exc:
        raise ConcurrentEditError(
            "Someone else saved this record at the same moment; reload it and try again."
        ) from exc
    except OperationalError as exc:
        if "locked" not in str(exc).lower():
            raise
        raise ConcurrentEditError(
            "Someone else was saving at the same moment; nothing was changed. Try again."
        ) from exc


def existing(session: Session, model: type[RecordT], record_id: int, what: str) -> RecordT:
    """The record being edited, or ConcurrentEditError if it no longer exists."""
    record = session.get(model, record_id)
    if record is None:
        raise ConcurrentEditError(
            f"{what} {record_id} no longer exists; someone may have deleted it. Reload the list."
        )
    return record


def check_version(record: Any, expected_version: int, what: str) -> None:
    """Refuse to save over a change someone else made since the record was read, naming who
    made it and when (:class:`~exchangedesk.domain.errors.StaleEditError`)."""
    if record.version_id != expected_version:
        session = object_session(record)
        assert session is not None, "check_version needs a record loaded in a session"
        refuse_stale(session, record, expected_version, what)


def referenced(
    session: Session, model: type[RecordT], record_id: int | None, field: str, what: str
) -> RecordT | None:
    """A record another one points to; a ValidationError naming ``field`` if it is missing."""
    if record_id is None:
        return None
    record = session.get(model, record_id)
    if record is None:
        raise ValidationError(field, f"There is no {what} with id {record_id}.")
    return record


def clean_text(
    value: str | None, field: str, *, required: bool = False, max_length: int = 300
) -> str | None:
    """Trimmed text, None when blank; refused when required and blank, or too long. Short
    single-line fields also lose doubled and stray whitespace; long notes keep their lines."""
    if value is None:
        text = None
    elif max_length <= 300:
        text = " ".join(value.split())
    else:
        text = value.strip()
    if required and not text:
        raise ValidationError(field, "This cannot be left empty.")
    if text and len(text) > max_length:
        raise ValidationError(field, f"At most {max_length} characters ({len(text)} given).")
    return text or None


def actor() -> str:
    """Who the audit trail names: the operating-system user running the program."""
    try:
        return getpass.getuser()[:200] or "exchangedesk"
    except Exception:  # no user name in this environment (e.g. a service account)
        return "exchangedesk"


def audit(session: Session, action: str, entity: str, entity_id: int, summary: str) -> None:
    """One entry of the audit log, in the same unit of work as the change it records."""
    session.add(
        AuditEntry(
            at=utc_now(),
            actor=session.info.get("actor") or actor(),
            action=action,
            entity=entity,
            entity_id=entity_id,
            summary=summary,
        )
    )


def check_date(value: object, field: str, *, required: bool = True) -> dt.date | None:
    """A calendar day (not a timestamp); refused when required and missing."""
    if value is None:
        if required:
            raise ValidationError(field, "Give a date.")
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise ValidationError(field, f"{value!r} is not a calendar date.")
    return value
