"""What the exchange services share: loading a record against the version an editor started
from, comma-separated lists, ages and birthdays, and what a guardian's consent covers."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.domain.text import fold
from exchangedesk.services.common.staleness import refuse_stale

T = TypeVar("T")

# The age of majority in the countries of the demo (UK, Germany, Russia): below it a participant
# needs a guardian's consent.
ADULT_AGE = 18


class ConsentScope(StrEnum):
    """What a guardian's consent can cover. Stored in ``Consent.covers`` as readable words."""

    TRAVEL = "travel"
    HOST_FAMILY = "host_family"
    MEDICAL = "medical"


SCOPE_WORDS = {
    ConsentScope.TRAVEL: "Travel",
    ConsentScope.HOST_FAMILY: "stay with a host family",
    ConsentScope.MEDICAL: "emergency medical treatment",
}
# A minor is confirmed only with consent to travel and to live with a host family; consent to
# emergency treatment is recorded when given but a programme can go ahead without it.
REQUIRED_SCOPES = frozenset({ConsentScope.TRAVEL, ConsentScope.HOST_FAMILY})


def covers_text(scopes: frozenset[ConsentScope]) -> str:
    return ", ".join(SCOPE_WORDS[s] for s in ConsentScope if s in scopes)


def scopes_of(covers: str | None) -> frozenset[ConsentScope]:
    """The scopes a recorded ``covers`` text names (the words written by :func:`covers_text`,
    or the demo's and older hand-written ones: "travel", "host family", "medical")."""
    text = fold(covers)
    found = set()
    if "travel" in text:
        found.add(ConsentScope.TRAVEL)
    if "host family" in text or "host-family" in text:
        found.add(ConsentScope.HOST_FAMILY)
    if "medical" in text:
        found.add(ConsentScope.MEDICAL)
    return frozenset(found)


def age_on(born: dt.date, day: dt.date) -> int:
    """Completed years on ``day``. Someone born on 29 February has the birthday on 1 March in
    other years (compared as month/day pairs), as :func:`birthday` says."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def birthday(born: dt.date, years: int) -> dt.date:
    """The day someone turns ``years`` old (29 February -> 1 March outside leap years)."""
    try:
        return born.replace(year=born.year + years)
    except ValueError:
        return dt.date(born.year + years, 3, 1)


def turns_adult_during(born: dt.date | None, starts: dt.date, ends: dt.date) -> dt.date | None:
    """The day within the stay (after its first day) on which the participant turns 18."""
    if born is None:
        return None
    day = birthday(born, ADULT_AGE)
    return day if starts < day <= ends else None


def split_list(text: str | None) -> tuple[str, ...]:
    """ "en, ru" -> ("en", "ru"); blanks dropped, order kept, duplicates removed."""
    seen: dict[str, None] = {}
    for part in re.split(r"[,;]", text or ""):
        part = part.strip()
        if part:
            seen.setdefault(part, None)
    return tuple(seen)


def join_list(parts: tuple[str, ...] | list[str]) -> str | None:
    text = ", ".join(p.strip() for p in parts if p.strip())
    return text or None


def clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def required(field: str, text: str | None, what: str) -> str:
    value = clean(text)
    if value is None:
        raise ValidationError(field, f"{what} is required.")
    return value


def load(
    session: Session, model: type[T], record_id: int, expected_version: int | None, what: str
) -> T:
    """The record to change; refused if it is gone or saved by someone else since it was read."""
    record: Any = session.get(model, record_id)
    if record is None:
        raise ConcurrentEditError(f"The {what} #{record_id} is no longer in the register.")
    refuse_stale(session, record, expected_version, f"This {what}")
    return record


def flush(session: Session, what: str) -> None:
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConcurrentEditError(
            f"Someone else saved this {what} at the same moment; nothing was changed."
        ) from exc
