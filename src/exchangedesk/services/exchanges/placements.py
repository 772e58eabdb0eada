"""Placing a programme's participants with host families: the placement board, the matcher's
suggestions, and accepting, moving or removing a placement — each with its explanation.

A placement the secretary accepts is checked against the same hard constraints as the
matcher's suggestions (see :mod:`placement_matching`): a refused one raises ValidationError
with the reasons and nothing is saved. Placements still "suggested" in the register do not
take a bed; accepted and confirmed ones do. Each change returns the participant's placement
before and after, so that the window's undo can put it back (:func:`restore_placements`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchangedesk.db.models import (
    ExchangeProgramme,
    HostFamily,
    Participant,
    PersonSensitive,
    Placement,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import PlacementStatus
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.text import fold
from exchangedesk.services.exchanges.host_families import (
    HostFamilyRow,
    family_row,
    programme_families,
    vetting_problem,
)
from exchangedesk.services.exchanges.matching import (
    Home,
    MatchResult,
    Rules,
    Student,
    allergens,
    hard_problems,
    match,
)
from exchangedesk.services.exchanges.participants import (
    ParticipantRow,
    _row,
    active_placement,
    list_participants,
    refusal,
)
from exchangedesk.services.exchanges.programmes import programme_detail
from exchangedesk.services.exchanges.support import load, split_list
from exchangedesk.services.partnerships.support import audit

TAKES_A_BED = (PlacementStatus.ACCEPTED, PlacementStatus.CONFIRMED)


@dataclass(frozen=True)
class PlacementState:
    """A participant's placement as it stands (None in a change: not placed)."""

    host_family_id: int
    status: PlacementStatus
    reason: str | None


@dataclass(frozen=True)
class PlacementChange:
    participant_id: int
    before: PlacementState | None
    after: PlacementState | None


@dataclass(frozen=True)
class BoardEntry:
    participant: ParticipantRow
    status: PlacementStatus
    reason: str | None


@dataclass(frozen=True)
class BoardFamily:
    family: HostFamilyRow
    vetting_problem: str | None  # why the family cannot host this programme, or None
    placed: tuple[BoardEntry, ...]  # accepted and confirmed
    suggested: tuple[BoardEntry, ...]  # suggestions saved in the register (take no bed)

    @property
    def beds_used(self) -> int:
        return len(self.placed)

    @property
    def beds_free(self) -> int:
        return max(0, self.family.capacity - self.beds_used)


@dataclass(frozen=True)
class PlacementBoard:
    programme_id: int
    title: str
    starts_on: dt.date
    families: tuple[BoardFamily, ...]
    unplaced: tuple[ParticipantRow, ...]  # no accepted or confirmed placement yet


def placement_board(database: Database, programme_id: int) -> PlacementBoard:
    programme = _programme_detail(database, programme_id)
    participants = list_participants(database, programme_id)
    with database.reading() as session:
        placements = _placements(session, programme_id)
        families = programme_families(session, programme.host_city_id)
        known = {f.id for f in families}
        families += [
            f
            for f in session.scalars(
                select(HostFamily).where(HostFamily.id.in_({p.host_family_id for p in placements}))
            )
            if f.id not in known
        ]
        by_id = {p.id: p for p in participants}
        board = []
        for family in families:
            mine = [p for p in placements if p.host_family_id == family.id]
            board.append(
                BoardFamily(
                    family_row(session, family),
                    vetting_problem(family.vetting_valid_until, programme.starts_on),
                    tuple(
                        BoardEntry(by_id[p.participant_id], p.status, p.reason)
                        for p in mine
                        if p.status in TAKES_A_BED
                    ),
                    tuple(
                        BoardEntry(by_id[p.participant_id], p.status, p.reason)
                        for p in mine
                        if p.status is PlacementStatus.SUGGESTED
                    ),
                )
            )
        housed = {p.participant_id for p in placements if p.status in TAKES_A_BED}
    return PlacementBoard(
        programme_id,
        programme.title,
        programme.starts_on,
        tuple(board),
        tuple(p for p in participants if p.id not in housed),
    )


def _programme_detail(database: Database, programme_id: int):  # noqa: ANN202
    with database.reading() as session:
        return programme_detail(session, programme_id)


def _placements(session: Session, programme_id: int) -> list[Placement]:
    return list(
        session.scalars(
            select(Placement)
            .join(Participant, Placement.participant_id == Participant.id)
            .where(
                Participant.programme_id == programme_id,
                Placement.status != PlacementStatus.WITHDRAWN,
            )
            .order_by(Placement.id)
        )
    )


def _student(session: Session, part: Participant, programme: ExchangeProgramme) -> Student:
    row = _row(session, part, programme)
    sensitive = session.get(PersonSensitive, part.person_id)
    return Student(
        id=part.id,
        name=row.name,
        gender=row.gender,
        languages=frozenset(fold(x) for x in row.languages),
        allergies=allergens(split_list(sensitive.allergies if sensitive else None)),
        consent_problem=None if row.consent.allows_confirmation else refusal(row.consent, row.name),
        sibling_group=part.sibling_group,
        siblings_together=part.siblings_together,
    )


def _home(family: HostFamily) -> Home:
    location = None
    if family.latitude is not None and family.longitude is not None:
        location = (family.latitude, family.longitude)
    return Home(
        id=family.id,
        name=family.name,
        capacity=family.capacity,
        vetting_valid_until=family.vetting_valid_until,
        languages=frozenset(fold(x) for x in split_list(family.languages)),
        pets=allergens(split_list(family.pets)),
        allergies_managed=allergens(split_list(family.allergies_managed)),
        smokers=family.smokers,
        location=location,
    )


@dataclass
class _Situation:
    programme: ExchangeProgramme
    rules: Rules
    students: dict[int, Student]
    homes: dict[int, Home]
    housed: dict[int, list[Student]]  # family id -> students taking a bed there


def _situation(session: Session, programme_id: int) -> _Situation:
    programme = load(session, ExchangeProgramme, programme_id, None, "programme")
    parts = session.scalars(select(Participant).where(Participant.programme_id == programme_id))
    students = {p.id: _student(session, p, programme) for p in parts}
    host_city = programme.host_organisation.city_id if programme.host_organisation else None
    homes = {f.id: _home(f) for f in programme_families(session, host_city)}
    housed: dict[int, list[Student]] = {}
    for placement in _placements(session, programme_id):
        if placement.status in TAKES_A_BED:
            if placement.host_family_id not in homes:
                family = session.get(HostFamily, placement.host_family_id)
                homes[family.id] = _home(family)
            housed.setdefault(placement.host_family_id, []).append(
                students[placement.participant_id]
            )
    # A family hosting in another programme at the same time has fewer beds for this one.
    elsewhere = session.execute(
        select(Placement.host_family_id, Participant, ExchangeProgramme)
        .join(Participant, Placement.participant_id == Participant.id)
        .join(ExchangeProgramme, Participant.programme_id == ExchangeProgramme.id)
        .where(
            ExchangeProgramme.id != programme_id,
            Placement.host_family_id.in_(homes),
            Placement.status.in_(TAKES_A_BED),
            ExchangeProgramme.starts_on <= programme.ends_on,
            ExchangeProgramme.ends_on >= programme.starts_on,
        )
    )
    for family_id, part, other in elsewhere:
        guest = _student(session, part, other)
        housed.setdefault(family_id, []).append(
            Student(-part.id, f"{guest.name} ({other.title})", gender=guest.gender)
        )
    rules = Rules(programme.starts_on, programme.same_gender_rooms, programme.language)
    return _Situation(programme, rules, students, homes, housed)


def suggest_placements(database: Database, programme_id: int) -> MatchResult:
    """The matcher's proposals for everyone without an accepted or confirmed placement.
    Nothing is saved: the secretary accepts them (:func:`accept_suggestions`)."""
    with database.reading() as session:
        s = _situation(session, programme_id)
        return match(list(s.students.values()), list(s.homes.values()), s.rules, s.housed)


def _state(placement: Placement | None) -> PlacementState | None:
    if placement is None:
        return None
    return PlacementState(placement.host_family_id, placement.status, placement.reason)


def _set(
    session: Session, participant_id: int, state: PlacementState | None, *, check: bool
) -> PlacementChange:
    part = load(session, Participant, participant_id, None, "participant")
    current = active_placement(session, participant_id)
    before = _state(current)
    if state is not None and check and state.status in TAKES_A_BED:
        s = _situation(session, part.programme_id)
        family = session.get(HostFamily, state.host_family_id)
        if family is None:
            raise ValidationError("host_family", "That host family is no longer in the register.")
        home = s.homes.get(family.id) or _home(family)
        others = [x for x in s.housed.get(family.id, []) if x.id != participant_id]
        problems = hard_problems(s.students[participant_id], home, others, s.rules)
        if problems:
            raise ValidationError(
                "placement",
                f"{s.students[participant_id].name} cannot stay with {family.name}: "
                + "; ".join(problems)
                + ".",
            )
    if state is None:
        if current is not None:
            session.delete(current)
    else:
        programme = session.get(ExchangeProgramme, part.programme_id)
        if current is None:
            current = Placement(
                participant_id=participant_id,
                host_family_id=state.host_family_id,
                starts_on=programme.starts_on,
                ends_on=programme.ends_on,
            )
            session.add(current)
        current.host_family_id = state.host_family_id
        current.status = state.status
        current.reason = state.reason
    session.flush()
    return PlacementChange(participant_id, before, state)


def place_participant(
    database: Database,
    participant_id: int,
    family_id: int,
    reason: str,
    *,
    status: PlacementStatus = PlacementStatus.ACCEPTED,
) -> PlacementChange:
    """Accept a placement (or move the participant to another family), with its explanation."""
    if not reason.strip():
        raise ValidationError("reason", "Say why the participant stays with this family.")
    with database.unit_of_work() as session:
        change = _set(
            session, participant_id, PlacementState(family_id, status, reason.strip()), check=True
        )
        audit(session, "place", "placement", participant_id, reason.strip())
        return change


def accept_suggestions(
    database: Database, suggestions: Sequence[tuple[int, int, str]]
) -> list[PlacementChange]:
    """Accept several (participant, family, reason) proposals at once: all of them, or none
    if any is refused."""
    with database.unit_of_work() as session:
        changes = [
            _set(session, pid, PlacementState(fid, PlacementStatus.ACCEPTED, why), check=True)
            for pid, fid, why in suggestions
        ]
        audit(session, "place", "placement", None, f"accepted {len(changes)} suggestions")
        return changes


def remove_placement(database: Database, participant_id: int, reason: str) -> PlacementChange:
    """Take the participant out of their family; the explanation goes to the audit log."""
    if not reason.strip():
        raise ValidationError("reason", "Say why the placement is removed.")
    with database.unit_of_work() as session:
        change = _set(session, participant_id, None, check=False)
        if change.before is None:
            raise ValidationError("placement", "The participant is not placed with a family.")
        audit(session, "remove", "placement", participant_id, reason.strip())
        return change


def restore_placements(database: Database, changes: Sequence[PlacementChange]) -> None:
    """Put placements back as they were before ``changes`` (for undo), latest first."""
    with database.unit_of_work() as session:
        for change in reversed(changes):
            _set(session, change.participant_id, change.before, check=True)


def reapply_placements(database: Database, changes: Sequence[PlacementChange]) -> None:
    """Make ``changes`` again (for redo)."""
    with database.unit_of_work() as session:
        for change in changes:
            _set(session, change.participant_id, change.after, check=True)
