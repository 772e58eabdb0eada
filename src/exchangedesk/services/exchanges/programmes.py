"""Creating, reading, changing and removing one exchange programme, and linking it with its
reciprocal programme (the return visit).

The link is one column, ``reciprocal_of_id``, on the later programme (the return visit points at
the visit it returns) and is read both ways: :func:`get_programme` shows each side the other.
:func:`link_reciprocal` therefore links A with B and B with A in one step, dropping any older
link of either; :func:`unlink_reciprocal` removes it for both.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from exchangedesk.db.models import (
    ExchangeProgramme,
    Organisation,
    Participant,
    Partnership,
    Person,
    ProgrammeLeader,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import Direction, ProgrammeStatus
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.exchanges.support import clean, flush, load, required
from exchangedesk.services.partnerships.support import audit, pair_name

TITLE_LENGTH = 300
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")  # ISO 639-1 or -3


@dataclass(frozen=True)
class ProgrammeDraft:
    """What the programme editor holds."""

    partnership_id: int | None
    title: str
    direction: Direction
    starts_on: dt.date | None
    ends_on: dt.date | None
    sending_organisation_id: int | None = None
    host_organisation_id: int | None = None
    language: str | None = None
    status: ProgrammeStatus = ProgrammeStatus.PLANNED
    same_gender_rooms: bool = True
    leader_ids: tuple[int, ...] = ()
    notes: str | None = None


@dataclass(frozen=True)
class ProgrammeLink:
    """The other side of a reciprocal link."""

    id: int
    title: str
    starts_on: dt.date
    ends_on: dt.date
    direction: Direction
    is_return_visit: bool  # True: the linked programme is the return visit of this one


@dataclass(frozen=True)
class Leader:
    id: int
    name: str


@dataclass(frozen=True)
class ProgrammeDetail:
    id: int
    version_id: int
    partnership_id: int
    cities: str
    title: str
    direction: Direction
    starts_on: dt.date
    ends_on: dt.date
    sending_organisation_id: int | None
    sending_organisation: str | None
    host_organisation_id: int | None
    host_organisation: str | None
    host_city_id: int | None  # where the participants stay: the host institution's city
    language: str | None
    status: ProgrammeStatus
    same_gender_rooms: bool
    leaders: tuple[Leader, ...]
    notes: str | None
    participant_count: int
    reciprocal: ProgrammeLink | None

    def draft(self) -> ProgrammeDraft:
        return ProgrammeDraft(
            partnership_id=self.partnership_id,
            title=self.title,
            direction=self.direction,
            starts_on=self.starts_on,
            ends_on=self.ends_on,
            sending_organisation_id=self.sending_organisation_id,
            host_organisation_id=self.host_organisation_id,
            language=self.language,
            status=self.status,
            same_gender_rooms=self.same_gender_rooms,
            leader_ids=tuple(leader.id for leader in self.leaders),
            notes=self.notes,
        )


def _reciprocal(session: Session, programme: ExchangeProgramme) -> ProgrammeLink | None:
    if programme.reciprocal_of_id is not None:
        other = session.get(ExchangeProgramme, programme.reciprocal_of_id)
        is_return = False
    else:
        other = session.scalars(
            select(ExchangeProgramme)
            .where(ExchangeProgramme.reciprocal_of_id == programme.id)
            .order_by(ExchangeProgramme.id)
        ).first()
        is_return = True
    if other is None:
        return None
    return ProgrammeLink(
        other.id, other.title, other.starts_on, other.ends_on, other.direction, is_return
    )


def programme_detail(session: Session, programme_id: int) -> ProgrammeDetail:
    p = load(session, ExchangeProgramme, programme_id, None, "programme")
    leaders = session.execute(
        select(Person.id, Person.given_name, Person.family_name)
        .join(ProgrammeLeader, ProgrammeLeader.person_id == Person.id)
        .where(ProgrammeLeader.programme_id == p.id)
        .order_by(Person.family_name, Person.given_name, Person.id)
    ).all()
    count = session.scalar(
        select(func.count()).select_from(Participant).where(Participant.programme_id == p.id)
    )
    return ProgrammeDetail(
        id=p.id,
        version_id=p.version_id,
        partnership_id=p.partnership_id,
        cities=pair_name(p.partnership),
        title=p.title,
        direction=p.direction,
        starts_on=p.starts_on,
        ends_on=p.ends_on,
        sending_organisation_id=p.sending_organisation_id,
        sending_organisation=p.sending_organisation.name if p.sending_organisation else None,
        host_organisation_id=p.host_organisation_id,
        host_organisation=p.host_organisation.name if p.host_organisation else None,
        host_city_id=p.host_organisation.city_id if p.host_organisation else None,
        language=p.language,
        status=p.status,
        same_gender_rooms=p.same_gender_rooms,
        leaders=tuple(Leader(i, f"{g} {f}".strip()) for i, g, f in leaders),
        notes=p.notes,
        participant_count=count or 0,
        reciprocal=_reciprocal(session, p),
    )


def get_programme(database: Database, programme_id: int) -> ProgrammeDetail:
    with database.reading() as session:
        return programme_detail(session, programme_id)


def _validate(session: Session, draft: ProgrammeDraft) -> None:
    if draft.partnership_id is None or session.get(Partnership, draft.partnership_id) is None:
        raise ValidationError("partnership", "Choose the partnership the programme belongs to.")
    title = required("title", draft.title, "A title")
    if len(title) > TITLE_LENGTH:
        raise ValidationError("title", f"At most {TITLE_LENGTH} characters.")
    if draft.starts_on is None:
        raise ValidationError("starts_on", "The first day is required.")
    if draft.ends_on is None:
        raise ValidationError("ends_on", "The last day is required.")
    if draft.ends_on < draft.starts_on:
        raise ValidationError("ends_on", "The last day cannot be before the first day.")
    for field, org_id in (
        ("sending_organisation", draft.sending_organisation_id),
        ("host_organisation", draft.host_organisation_id),
    ):
        if org_id is not None and session.get(Organisation, org_id) is None:
            raise ValidationError(field, f"Organisation #{org_id} is not in the register.")
    if (
        draft.sending_organisation_id is not None
        and draft.sending_organisation_id == draft.host_organisation_id
    ):
        raise ValidationError(
            "host_organisation", "The host institution cannot also be the sending one."
        )
    language = clean(draft.language)
    if language is not None and not LANGUAGE_CODE.match(language.lower()):
        raise ValidationError("language", "Give the ISO 639 code of the language, e.g. ru or en.")
    for person_id in draft.leader_ids:
        if session.get(Person, person_id) is None:
            raise ValidationError("leaders", f"Person #{person_id} is not in the register.")


def _apply(session: Session, programme: ExchangeProgramme, draft: ProgrammeDraft) -> None:
    assert draft.partnership_id is not None and draft.starts_on and draft.ends_on
    programme.partnership_id = draft.partnership_id
    programme.title = draft.title.strip()
    programme.direction = draft.direction
    programme.starts_on = draft.starts_on
    programme.ends_on = draft.ends_on
    programme.sending_organisation_id = draft.sending_organisation_id
    programme.host_organisation_id = draft.host_organisation_id
    language = clean(draft.language)
    programme.language = language.lower() if language else None
    programme.status = draft.status
    programme.same_gender_rooms = draft.same_gender_rooms
    programme.notes = clean(draft.notes)
    session.flush()
    session.execute(delete(ProgrammeLeader).where(ProgrammeLeader.programme_id == programme.id))
    session.add_all(
        ProgrammeLeader(programme_id=programme.id, person_id=pid)
        for pid in dict.fromkeys(draft.leader_ids)
    )


def create_programme(database: Database, draft: ProgrammeDraft) -> ProgrammeDetail:
    with database.unit_of_work() as session:
        _validate(session, draft)
        programme = ExchangeProgramme(title="", direction=draft.direction)
        session.add(programme)
        _apply(session, programme, draft)
        flush(session, "programme")
        audit(session, "create", "exchange_programme", programme.id, programme.title)
        return programme_detail(session, programme.id)


def update_programme(
    database: Database, programme_id: int, draft: ProgrammeDraft, *, expected_version: int
) -> ProgrammeDetail:
    with database.unit_of_work() as session:
        programme = load(session, ExchangeProgramme, programme_id, expected_version, "programme")
        _validate(session, draft)
        link = _reciprocal(session, programme)
        if link is not None and draft.partnership_id != programme.partnership_id:
            raise ValidationError(
                "partnership",
                f"The programme is linked with “{link.title}” of this partnership; unlink it "
                "before moving it to another partnership.",
            )
        _apply(session, programme, draft)
        flush(session, "programme")
        audit(session, "update", "exchange_programme", programme.id, programme.title)
        return programme_detail(session, programme.id)


def delete_programme(database: Database, programme_id: int, *, expected_version: int) -> None:
    """Remove a programme without participants (they would go with it: remove them first)."""
    with database.unit_of_work() as session:
        programme = load(session, ExchangeProgramme, programme_id, expected_version, "programme")
        if session.scalar(select(Participant.id).where(Participant.programme_id == programme_id)):
            raise ValidationError(
                "programme", "The programme has participants; remove them before the programme."
            )
        _clear_links(session, programme_id)
        audit(session, "delete", "exchange_programme", programme_id, programme.title)
        session.delete(programme)


def _clear_links(session: Session, *programme_ids: int) -> None:
    for record in session.scalars(
        select(ExchangeProgramme).where(
            or_(
                ExchangeProgramme.id.in_(programme_ids),
                ExchangeProgramme.reciprocal_of_id.in_(programme_ids),
            )
        )
    ):
        if record.reciprocal_of_id is not None:
            record.reciprocal_of_id = None


def link_reciprocal(database: Database, programme_id: int, other_id: int) -> ProgrammeDetail:
    """Link two programmes of one partnership as visit and return visit (the later one is the
    return visit), both ways; earlier links of either are dropped. Returns the first one."""
    with database.unit_of_work() as session:
        if programme_id == other_id:
            raise ValidationError("reciprocal", "A programme cannot be its own return visit.")
        first = load(session, ExchangeProgramme, programme_id, None, "programme")
        second = load(session, ExchangeProgramme, other_id, None, "programme")
        if first.partnership_id != second.partnership_id:
            raise ValidationError(
                "reciprocal", "A return visit belongs to the same partnership as the visit."
            )
        if first.direction == second.direction:
            raise ValidationError(
                "reciprocal",
                "A return visit goes the other way: one programme must be incoming and the "
                "other outgoing.",
            )
        _clear_links(session, first.id, second.id)
        session.flush()
        visit, returning = sorted((first, second), key=lambda p: (p.starts_on, p.id))
        returning.reciprocal_of_id = visit.id
        flush(session, "programme")
        audit(
            session,
            "link",
            "exchange_programme",
            first.id,
            f"“{returning.title}” is the return visit of “{visit.title}”",
        )
        return programme_detail(session, first.id)


def unlink_reciprocal(database: Database, programme_id: int) -> int | None:
    """Remove the programme's reciprocal link (for both); returns the programme it was linked
    with, so that the link can be restored."""
    with database.unit_of_work() as session:
        programme = load(session, ExchangeProgramme, programme_id, None, "programme")
        link = _reciprocal(session, programme)
        if link is None:
            return None
        _clear_links(session, programme_id, link.id)
        audit(session, "unlink", "exchange_programme", programme_id, f"unlinked from {link.title}")
        return link.id


@dataclass(frozen=True)
class ProgrammeChoice:
    id: int
    title: str
    starts_on: dt.date
    direction: Direction


def reciprocal_choices(database: Database, programme_id: int) -> list[ProgrammeChoice]:
    """Programmes that could be this one's reciprocal: same partnership, other direction."""
    with database.reading() as session:
        p = load(session, ExchangeProgramme, programme_id, None, "programme")
        rows = session.execute(
            select(
                ExchangeProgramme.id,
                ExchangeProgramme.title,
                ExchangeProgramme.starts_on,
                ExchangeProgramme.direction,
            )
            .where(
                ExchangeProgramme.partnership_id == p.partnership_id,
                ExchangeProgramme.id != p.id,
                ExchangeProgramme.direction != p.direction,
            )
            .order_by(ExchangeProgramme.starts_on, ExchangeProgramme.id)
        )
        return [ProgrammeChoice(*row) for row in rows]
