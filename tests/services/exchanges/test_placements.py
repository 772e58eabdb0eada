"""Placements through the services: the matcher's suggestions on a register, every hard
constraint refusing an accepted placement with its reason, moves and removals with their
explanation, all-or-nothing acceptance, the undo path, and the reciprocity ledger."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from exchange_register import (
    START,
    TODAY,
    Register,
    family,
    fill_exchange_register,
    programme_draft,
    pupil,
)
from exchangedesk.db import models as m
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import Direction, PlacementStatus
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.exchanges.participants import (
    get_participant_row,
    participant_draft,
    update_participant,
)
from exchangedesk.services.exchanges.placements import (
    accept_suggestions,
    place_participant,
    placement_board,
    reapply_placements,
    remove_placement,
    restore_placements,
    suggest_placements,
)
from exchangedesk.services.exchanges.programmes import create_programme, link_reciprocal
from exchangedesk.services.exchanges.reciprocity import reciprocity_ledger


@pytest.fixture
def reg(database: Database) -> Register:
    return fill_exchange_register(database)


@pytest.fixture
def programme(database: Database, reg: Register) -> int:
    return create_programme(database, programme_draft(reg)).id


def _placements(database: Database) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(m.Placement))


def test_suggestions_respect_allergies_vetting_consent_and_say_why(database, reg, programme):
    lena = pupil(database, reg, programme, "lena", allergies="cats")
    mia = pupil(database, reg, programme, "mia", allergies="nuts", languages="de, en, fr")
    jonas = pupil(database, reg, programme, "jonas", consent=False)
    family(database, reg, "Cat family", pets="cat", capacity=3)
    lapsed = family(database, reg, "Lapsed family", vetted_on=TODAY - dt.timedelta(days=3 * 366))
    nut_free = family(
        database, reg, "Nut-free family", allergies_managed="nuts", languages="en, fr"
    )
    result = suggest_placements(database, programme)
    by_participant = {s.participant_id: s for s in result.suggestions}
    assert by_participant[mia].family_id == nut_free
    assert "also speaks French" in by_participant[mia].reasons
    assert by_participant[lena].family_id == nut_free  # the cat family is ruled out
    [unplaced] = result.unplaced
    assert unplaced.participant_id == jonas and "consent" in unplaced.reasons[0]
    assert lapsed not in result.placed or result.placed[lapsed] == ()
    assert _placements(database) == 0  # suggesting saves nothing


def test_a_participant_nobody_can_take_is_listed_with_every_familys_reason(
    database, reg, programme
):
    lena = pupil(database, reg, programme, "lena", allergies="dogs, gluten")
    family(database, reg, "Dog family", pets="dog")
    family(database, reg, "Never vetted", vetted_on=None, vetted_by=None)
    [unplaced] = suggest_placements(database, programme).unplaced
    assert unplaced.participant_id == lena
    text = " | ".join(unplaced.reasons)
    assert "Dog family: allergic to dog" in text and "gluten allergy" in text
    assert "Never vetted: the family was never vetted" in text


@pytest.mark.parametrize(
    ("setup", "reason"),
    [
        ({"pets": "cat"}, "allergic to cat"),
        ({"vetted_on": START - dt.timedelta(days=3 * 365 + 5)}, "vetting lapsed"),
        ({"capacity": 1, "_full": True}, "no free bed"),
        ({"_boy_first": True}, "one gender per family"),
    ],
)
def test_accepting_a_placement_that_breaks_a_hard_constraint_is_refused(
    database, reg, programme, setup, reason
):
    setup = dict(setup)
    full, boy_first = setup.pop("_full", False), setup.pop("_boy_first", False)
    fid = family(database, reg, "Hughes", **setup)
    if full or boy_first:
        place_participant(database, pupil(database, reg, programme, "paul"), fid, "first")
    lena = pupil(database, reg, programme, "lena", allergies="cat")
    before = _placements(database)
    with pytest.raises(ValidationError, match=reason) as refused:
        place_participant(database, lena, fid, "try")
    assert refused.value.field == "placement" and "Lena Schröder" in refused.value.message
    assert _placements(database) == before


def test_a_minor_without_consent_is_not_placed(database, reg, programme):
    fid = family(database, reg, "Hughes")
    jonas = pupil(database, reg, programme, "jonas", consent=False)
    with pytest.raises(ValidationError, match="consent"):
        place_participant(database, jonas, fid, "try")


def test_siblings_asked_together_share_a_family_whatever_their_gender(database, reg, programme):
    lena = pupil(database, reg, programme, "lena", sibling_group="Schröder", siblings_together=True)
    paul = pupil(database, reg, programme, "paul", sibling_group="Schröder", siblings_together=True)
    family(database, reg, "Small", capacity=1)
    big = family(database, reg, "Big", capacity=2)
    result = suggest_placements(database, programme)
    assert {s.participant_id: s.family_id for s in result.suggestions} == {lena: big, paul: big}
    assert any("sibling" in r for s in result.suggestions for r in s.reasons)


def test_accept_move_remove_and_undo(database, reg, programme):
    a, b = family(database, reg, "Hughes"), family(database, reg, "Patel")
    lena = pupil(database, reg, programme, "lena")
    placed = place_participant(database, lena, a, "Speaks German")
    assert placed.before is None and placed.after.host_family_id == a
    moved = place_participant(database, lena, b, "Closer to the school")
    assert moved.before.host_family_id == a and moved.after.reason == "Closer to the school"
    assert get_participant_row(database, lena).placed_with == "Patel"
    restore_placements(database, [moved])
    assert get_participant_row(database, lena).placed_with == "Hughes"
    reapply_placements(database, [moved])
    with pytest.raises(ValidationError) as refused:
        remove_placement(database, lena, "  ")
    assert refused.value.field == "reason"
    removed = remove_placement(database, lena, "Family ill")
    assert get_participant_row(database, lena).placed_with is None
    restore_placements(database, [removed])
    assert get_participant_row(database, lena).placed_with == "Patel"
    with pytest.raises(ValidationError, match="explain|why|Say"):
        place_participant(database, lena, a, "")


def test_accepting_all_suggestions_is_all_or_nothing(database, reg, programme):
    fid = family(database, reg, "Hughes", capacity=1)
    lena = pupil(database, reg, programme, "lena")
    mia = pupil(database, reg, programme, "mia")
    with pytest.raises(ValidationError, match="no free bed"):
        accept_suggestions(database, [(lena, fid, "one"), (mia, fid, "two")])
    assert _placements(database) == 0
    changes = accept_suggestions(database, [(lena, fid, "one")])
    assert [c.after.status for c in changes] == [PlacementStatus.ACCEPTED]
    restore_placements(database, changes)
    assert _placements(database) == 0


def test_the_board_shows_beds_used_and_free_and_who_is_unplaced(database, reg, programme):
    fid = family(database, reg, "Hughes", capacity=2)
    lapsed = family(database, reg, "Old", vetted_on=TODAY - dt.timedelta(days=5 * 365))
    lena = pupil(database, reg, programme, "lena")
    pupil(database, reg, programme, "mia")
    place_participant(database, lena, fid, "Speaks German")
    board = placement_board(database, programme)
    hughes = next(f for f in board.families if f.family.id == fid)
    assert (hughes.beds_used, hughes.beds_free) == (1, 1)
    assert [e.participant.name for e in hughes.placed] == ["Lena Schröder"]
    assert hughes.placed[0].reason == "Speaks German"
    old = next(f for f in board.families if f.family.id == lapsed)
    assert "lapsed" in old.vetting_problem
    assert [p.name for p in board.unplaced] == ["Mia Hoffmann"]


def test_a_family_hosting_in_an_overlapping_programme_has_fewer_beds(database, reg, programme):
    fid = family(database, reg, "Hughes", capacity=1)
    other = create_programme(database, programme_draft(reg, title="Choir exchange")).id
    place_participant(database, pupil(database, reg, other, "paul"), fid, "choir")
    lena = pupil(database, reg, programme, "lena")
    assert suggest_placements(database, programme).suggestions == ()
    with pytest.raises(ValidationError, match="no free bed"):
        place_participant(database, lena, fid, "try")


def test_editing_a_participant_does_not_lose_the_placement(database, reg, programme):
    fid = family(database, reg, "Hughes")
    lena = pupil(database, reg, programme, "lena")
    place_participant(database, lena, fid, "ok")
    draft = dataclasses.replace(participant_draft(database, lena), notes="Plays the violin")
    row = get_participant_row(database, lena)
    update_participant(database, lena, draft, expected_version=row.version_id, today=TODAY)
    assert get_participant_row(database, lena).placed_with == "Hughes"


def test_the_reciprocity_ledger_flags_hosts_for_the_return_trip(database, reg, programme):
    fid = family(database, reg, "Hughes")
    lena = pupil(database, reg, programme, "lena")
    place_participant(database, lena, fid, "ok")
    back = create_programme(
        database,
        programme_draft(
            reg,
            title="Coventry pupils in Dresden",
            direction=Direction.OUTGOING,
            starts_on=dt.date(2028, 3, 1),
            ends_on=dt.date(2028, 3, 9),
        ),
    ).id
    link_reciprocal(database, programme, back)
    ledger = reciprocity_ledger(database, reg.partnership)
    assert [e.title for e in ledger.entries] == [
        "Dresden pupils at Whitefriars",
        "Coventry pupils in Dresden",
    ]
    first = ledger.entries[0]
    assert first.visitors == ("Lena Schröder",) and first.reciprocal_id == back
    assert first.hostings[0].family == "Hughes" and first.hostings[0].guests == ("Lena Schröder",)
    [priority] = ledger.priority
    assert (priority.family, priority.return_programme_id) == ("Hughes", back)
    assert ledger.balance == {Direction.INCOMING: 1, Direction.OUTGOING: 0}
