"""What the itinerary, lodging and transport services share: local wall-clock time in a named
zone turned into a UTC instant (refusing times that do not exist), the delegation's host zone,
and the check that people named on an item, a room or a leg are members of the delegation.

Wall-clock times are given as *naive* datetimes meaning "this reading of the clocks in the zone
where it happens"; the machine's own zone never enters. In the hour the clocks go back the same
reading happens twice: ``fold=0`` (Python's default) is the first occurrence, ``fold=1`` the
second — callers who mean the second say so with ``moment.replace(fold=1)``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchangedesk.db.models import City, Delegation, DelegationMember, Partnership
from exchangedesk.domain.enums import Direction
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.documents.itinerary_data import home_city

UTC = dt.UTC


def zone(name: str | None, field: str = "timezone") -> ZoneInfo:
    """The IANA zone called ``name``; a ValidationError naming ``field`` when unknown."""
    text = (name or "").strip()
    if not text:
        raise ValidationError(field, "Choose the time zone of the place where it happens.")
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            field, f"“{text}” is not a known time zone (expected e.g. Europe/Volgograd)."
        ) from None


def to_utc(local: dt.datetime, zone_name: str, field: str) -> dt.datetime:
    """The UTC instant of the wall-clock reading ``local`` (naive) in ``zone_name``.

    A reading skipped when the clocks go forward is refused, naming the field and the zone;
    an ambiguous one takes ``local.fold`` (0: the first occurrence, the default).
    """
    if not isinstance(local, dt.datetime):
        raise ValidationError(field, "Give a date and a time.")
    if local.tzinfo is not None:
        raise ValidationError(field, "Give the time as read on the local clocks, without a zone.")
    where = zone(zone_name)
    aware = local.replace(tzinfo=where)
    instant = aware.astimezone(UTC)
    back = instant.astimezone(where).replace(tzinfo=None)
    if back.replace(fold=0) != local.replace(fold=0):
        raise ValidationError(
            field,
            f"{local:%d %b %Y %H:%M} does not exist in {zone_name}: the clocks go forward "
            "then. Choose a time before or after the change.",
        )
    return instant


def to_local(instant: dt.datetime, zone_name: str) -> dt.datetime:
    """The aware local time of a UTC instant in its zone (UTC if the zone is unknown)."""
    try:
        where = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        where = ZoneInfo("UTC")
    if instant.tzinfo is None:  # SQLite hands back what was stored: UTC
        instant = instant.replace(tzinfo=UTC)
    return instant.astimezone(where)


def is_ambiguous(local: dt.datetime, zone_name: str) -> bool:
    """True when the wall-clock reading happens twice in the zone (clocks going back)."""
    where = zone(zone_name)
    first = local.replace(tzinfo=where, fold=0).utcoffset()
    second = local.replace(tzinfo=where, fold=1).utcoffset()
    return first != second and to_local(
        local.replace(tzinfo=where, fold=0).astimezone(UTC), zone_name
    ).replace(tzinfo=None) == local.replace(fold=0)


def host_zone(session: Session, delegation: Delegation) -> str:
    """The zone of the city the visit takes place in: ours for an incoming delegation, the
    partner's for an outgoing one; UTC when the city has no zone recorded."""
    partnership = session.get(Partnership, delegation.partnership_id)
    assert partnership is not None  # a foreign key with RESTRICT
    home = home_city(session)
    ours, theirs = partnership.city_a_id, partnership.city_b_id
    if home is not None and home.id == theirs:
        ours, theirs = theirs, ours
    city = session.get(City, ours if delegation.direction is Direction.INCOMING else theirs)
    return (city.timezone if city is not None else None) or "UTC"


def member_ids(session: Session, delegation_id: int) -> set[int]:
    return set(
        session.scalars(
            select(DelegationMember.person_id).where(
                DelegationMember.delegation_id == delegation_id
            )
        )
    )


def check_members(
    session: Session, delegation_id: int, people: Iterable[int], field: str
) -> tuple[int, ...]:
    """The people, sorted and without repeats; refused if one is not a member."""
    chosen = tuple(sorted(set(people)))
    outsiders = set(chosen) - member_ids(session, delegation_id)
    if outsiders:
        listed = ", ".join(str(p) for p in sorted(outsiders))
        raise ValidationError(
            field, f"Only members of the delegation can be chosen (not person {listed})."
        )
    return chosen


def text(
    value: str | None, field: str, *, required: bool = False, longest: int = 300
) -> str | None:
    """Trimmed text, None when blank; refused when required and blank or too long."""
    cleaned = (value or "").strip()
    if longest <= 300:
        cleaned = " ".join(cleaned.split())
    if required and not cleaned:
        raise ValidationError(field, "This cannot be left empty.")
    if len(cleaned) > longest:
        raise ValidationError(field, f"At most {longest} characters ({len(cleaned)} given).")
    return cleaned or None
