"""Creating, reading, changing and removing one partnership.

A draft names its two cities either by id (already in the register) or as a
:class:`~exchangedesk.services.partnerships.gazetteer.CityDraft` still to be saved — a gazetteer hit
(``city_from_hit``) or a city typed in by hand. New cities are saved in the same unit of work as
the partnership, so an editor that is cancelled, or a save that is refused, leaves the register
exactly as it was.

Every save is checked against the version the editor started from; the status is not part of
the draft: it changes only through the dated history (``partnership_history``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from exchangedesk.db.models import (
    AidCampaign,
    Attachment,
    City,
    Delegation,
    Document,
    ExchangeProgramme,
    Gift,
    Partnership,
    PartnershipArea,
    PartnershipSignatory,
    PartnershipStatusChange,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.anniversaries import DatePrecision, describe, normalised
from exchangedesk.domain.enums import (
    ActingSide,
    CooperationArea,
    PartnershipKind,
    PartnershipStatus,
    label,
)
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.partnerships.cities import (
    CityChoice,
    city_in_use,
    city_row,
    resolve_city,
    same_place,
)
from exchangedesk.services.partnerships.gazetteer import CityRow
from exchangedesk.services.partnerships.support import (
    StatusStep,
    audit,
    flush,
    load_partnership,
    pair_name,
    status_headline,
    steps_of,
    touch,
)


@dataclass(frozen=True)
class PartnershipDraft:
    """What the editor holds. ``status``, ``status_since``, ``status_side`` and
    ``status_reason`` describe how a *new* partnership stands; an update ignores them."""

    city_a: CityChoice | None
    city_b: CityChoice | None
    kind: PartnershipKind = PartnershipKind.TWIN_TOWN
    signed_on: dt.date | None = None
    signed_precision: DatePrecision = DatePrecision.DAY
    ended_on: dt.date | None = None
    areas: frozenset[CooperationArea] = frozenset()
    signatories: str | None = None
    notes: str | None = None
    status: PartnershipStatus = PartnershipStatus.ACTIVE
    status_since: dt.date | None = None  # default: the signing for an active one, else today
    status_precision: DatePrecision = DatePrecision.DAY
    status_side: ActingSide = ActingSide.BOTH
    status_reason: str | None = None


@dataclass(frozen=True)
class PartnershipDetail:
    id: int
    version_id: int
    city_a: CityRow
    city_b: CityRow
    kind: PartnershipKind
    status: PartnershipStatus
    signed_on: dt.date | None
    signed_precision: DatePrecision
    ended_on: dt.date | None
    areas: tuple[CooperationArea, ...]
    signatories: str | None
    notes: str | None
    source: str | None
    history: tuple[StatusStep, ...] = field(default=())

    @property
    def cities(self) -> str:
        return f"{self.city_a.name} – {self.city_b.name}"

    @property
    def latest_step(self) -> StatusStep | None:
        return self.history[-1] if self.history else None

    @property
    def status_headline(self) -> str:
        """ "Terminated by Kyiv": the status as its latest step tells it."""
        step = self.latest_step
        if step is None or step.to_status is not self.status:
            return label(self.status)
        return status_headline(
            self.status, step.from_status, step.acting_side, self.city_a.name, self.city_b.name
        )

    def draft(self) -> PartnershipDraft:
        """The editor's starting point, and what an undo of an edit saves back."""
        return PartnershipDraft(
            city_a=self.city_a.id,
            city_b=self.city_b.id,
            kind=self.kind,
            signed_on=self.signed_on,
            signed_precision=self.signed_precision,
            ended_on=self.ended_on,
            areas=frozenset(self.areas),
            signatories=self.signatories,
            notes=self.notes,
            status=self.status,
        )


class DuplicatePartnershipError(ValidationError):
    """The two cities are partners already; ``existing_id`` is that partnership."""

    def __init__(self, field_name: str, message: str, existing_id: int) -> None:
        super().__init__(field_name, message)
        self.existing_id = existing_id


@dataclass(frozen=True)
class SavedPartnership:
    id: int
    version_id: int
    created_cities: tuple[int, ...] = ()  # cities this save added to the register


# --- reading ---------------------------------------------------------------------------------


def get_partnership(database: Database, partnership_id: int) -> PartnershipDetail:
    with database.reading() as session:
        return _detail(session, load_partnership(session, partnership_id))


def _detail(session: Session, partnership: Partnership) -> PartnershipDetail:
    order = {area: index for index, area in enumerate(CooperationArea)}
    return PartnershipDetail(
        id=partnership.id,
        version_id=partnership.version_id,
        city_a=city_row(partnership.city_a),
        city_b=city_row(partnership.city_b),
        kind=partnership.kind,
        status=partnership.status,
        signed_on=partnership.signed_on,
        signed_precision=partnership.signed_precision,
        ended_on=partnership.ended_on,
        areas=tuple(sorted((a.area for a in partnership.areas), key=order.__getitem__)),
        signatories=partnership.signatories,
        notes=partnership.notes,
        source=partnership.source,
        history=steps_of(session, partnership),
    )


# --- checking a draft ------------------------------------------------------------------------


def _clean(value: str | None) -> str | None:
    text = (value or "").strip()
    return text or None


def _check_pair(session: Session, a: City, b: City, exclude_id: int | None) -> None:
    if same_place(a, b):
        raise ValidationError("city_b", f"must be another city than {a.name}")
    if a.id is None or b.id is None:
        return  # a city new to the register has no partnership yet
    statement = select(Partnership).where(
        or_(
            (Partnership.city_a_id == a.id) & (Partnership.city_b_id == b.id),
            (Partnership.city_a_id == b.id) & (Partnership.city_b_id == a.id),
        )
    )
    if exclude_id is not None:
        statement = statement.where(Partnership.id != exclude_id)
    existing = session.scalars(statement.limit(1)).first()
    if existing is not None:
        since = (
            f", signed {describe(existing.signed_on, existing.signed_precision)}"
            if existing.signed_on
            else ""
        )
        raise DuplicatePartnershipError(
            "city_b",
            f"{a.name} and {b.name} are partners already "
            f"({label(existing.kind).lower()}, {label(existing.status).lower()}{since})",
            existing.id,
        )


def _checked_dates(draft: PartnershipDraft) -> PartnershipDraft:
    precision = DatePrecision(draft.signed_precision)
    signed = normalised(draft.signed_on, precision) if draft.signed_on else None
    if signed is None:
        precision = DatePrecision.DAY
    if draft.ended_on is not None and signed is not None and draft.ended_on < signed:
        raise ValidationError(
            "ended_on", f"must not be before the signing ({describe(signed, precision)})"
        )
    return replace(draft, signed_on=signed, signed_precision=precision)


def _checked_kind(draft: PartnershipDraft) -> None:
    try:
        PartnershipKind(draft.kind)
    except ValueError:
        raise ValidationError("kind", f"{draft.kind!r} is not a kind of partnership") from None
    for area in draft.areas:
        try:
            CooperationArea(area)
        except ValueError:
            raise ValidationError("areas", f"{area!r} is not an area of cooperation") from None


# --- saving ----------------------------------------------------------------------------------


def create_partnership(
    database: Database, draft: PartnershipDraft, *, today: dt.date | None = None
) -> SavedPartnership:
    """Save a new partnership, its first status step and any new city it names."""
    today = today or dt.date.today()
    draft = _checked_dates(draft)
    _checked_kind(draft)
    status = PartnershipStatus(draft.status)
    since, since_precision = _first_step_date(draft, today)
    with database.unit_of_work() as session:
        a, new_a = resolve_city(session, "city_a", draft.city_a)
        b, new_b = resolve_city(session, "city_b", draft.city_b)
        _check_pair(session, a, b, None)
        partnership = Partnership(city_a=a, city_b=b, status=status)
        _copy(partnership, draft)
        partnership.status_changes = [
            PartnershipStatusChange(
                changed_on=since,
                changed_precision=since_precision,
                from_status=None,
                to_status=status,
                acting_side=ActingSide(draft.status_side),
                reason=_clean(draft.status_reason),
            )
        ]
        session.add(partnership)
        session.flush()
        created = tuple(city.id for city, new in ((a, new_a), (b, new_b)) if new)
        audit(session, "create", "partnership", partnership.id, pair_name(partnership))
        return SavedPartnership(partnership.id, partnership.version_id, created)


def _first_step_date(draft: PartnershipDraft, today: dt.date) -> tuple[dt.date, DatePrecision]:
    if draft.status_since is not None:
        precision = DatePrecision(draft.status_precision)
        since = normalised(draft.status_since, precision)
    elif PartnershipStatus(draft.status) is PartnershipStatus.ACTIVE and draft.signed_on:
        since, precision = draft.signed_on, draft.signed_precision
    else:
        since, precision = today, DatePrecision.DAY
    if since > today:
        raise ValidationError("status_since", "is in the future: record how things stand today")
    return since, precision


def _copy(partnership: Partnership, draft: PartnershipDraft) -> None:
    partnership.kind = PartnershipKind(draft.kind)
    partnership.signed_on = draft.signed_on
    partnership.signed_precision = draft.signed_precision
    partnership.ended_on = draft.ended_on
    partnership.signatories = _clean(draft.signatories)
    partnership.notes = _clean(draft.notes)
    wanted = {CooperationArea(area) for area in draft.areas}
    partnership.areas = [a for a in partnership.areas if a.area in wanted] + [
        PartnershipArea(area=area) for area in sorted(wanted - {a.area for a in partnership.areas})
    ]


def update_partnership(
    database: Database, partnership_id: int, draft: PartnershipDraft, *, expected_version: int
) -> SavedPartnership:
    """Save the editor's changes (not the status: see ``change_status``)."""
    draft = _checked_dates(draft)
    _checked_kind(draft)
    with database.unit_of_work() as session:
        partnership = load_partnership(session, partnership_id, expected_version)
        a, new_a = resolve_city(session, "city_a", draft.city_a)
        b, new_b = resolve_city(session, "city_b", draft.city_b)
        _check_pair(session, a, b, partnership_id)
        before = _snapshot(partnership)
        partnership.city_a, partnership.city_b = a, b
        _copy(partnership, draft)
        if _snapshot(partnership) != before:
            touch(partnership)
            flush(session, partnership)
            audit(session, "update", "partnership", partnership.id, pair_name(partnership))
        created = tuple(city.id for city, new in ((a, new_a), (b, new_b)) if new)
        return SavedPartnership(partnership.id, partnership.version_id, created)


def _snapshot(partnership: Partnership) -> tuple:
    return (
        partnership.city_a.id if partnership.city_a else None,
        partnership.city_b.id if partnership.city_b else None,
        partnership.kind,
        partnership.signed_on,
        partnership.signed_precision,
        partnership.ended_on,
        partnership.signatories,
        partnership.notes,
        frozenset(a.area for a in partnership.areas),
    )


def delete_partnership(
    database: Database,
    partnership_id: int,
    *,
    expected_version: int,
    cities: Iterable[int] = (),
) -> None:
    """Remove a partnership nothing refers to (the undo of its creation), and the ``cities``
    its creation added, when nothing else uses them either."""
    with database.unit_of_work() as session:
        partnership = load_partnership(session, partnership_id, expected_version)
        users = _partnership_users(session, partnership_id)
        if users:
            raise ValidationError(
                "partnership",
                f"{pair_name(partnership)} now has {', '.join(users)} recorded; "
                "it cannot be removed",
            )
        name = pair_name(partnership)
        session.delete(partnership)
        session.flush()
        _remove_unused(session, cities)
        audit(session, "delete", "partnership", partnership_id, name)


def remove_unused_cities(database: Database, cities: Iterable[int]) -> None:
    """Remove the cities an edit added, if nothing uses them any more (the undo of the edit)."""
    with database.unit_of_work() as session:
        _remove_unused(session, cities)


def _remove_unused(session: Session, cities: Iterable[int]) -> None:
    for city_id in cities:
        city = session.get(City, city_id)
        if city is not None and not city_in_use(session, city_id):
            session.delete(city)


def _partnership_users(session: Session, partnership_id: int) -> list[str]:
    checks = (
        ("delegations", Delegation.partnership_id),
        ("exchange programmes", ExchangeProgramme.partnership_id),
        ("gifts", Gift.partnership_id),
        ("aid campaigns", AidCampaign.partnership_id),
        ("documents", Document.partnership_id),
        ("signatories", PartnershipSignatory.partnership_id),
    )
    found = [
        what
        for what, column in checks
        if session.scalar(select(func.count()).where(column == partnership_id))
    ]
    files = select(func.count()).where(
        Attachment.partnership_id == partnership_id, Attachment.removed_at.is_(None)
    )
    if session.scalar(files):
        found.append("attached files")
    return found
