"""The placement board: families as cards with beds used and free, the waiting list, the
matcher's proposals shown apart with their reasons, accepting one or all, moving a participant
by drag and drop or "Place with…", refusals with their reason, and undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent, QUndoStack

from exchange_register import (
    TODAY,
    Register,
    family,
    fill_exchange_register,
    programme_draft,
    pupil,
)
from exchangedesk.db.session import Database
from exchangedesk.services.exchanges.participants import get_participant_row
from exchangedesk.services.exchanges.placements import place_participant
from exchangedesk.services.exchanges.programmes import create_programme
from exchangedesk.ui.exchanges.board import PlacementBoardView
from exchangedesk.ui.exchanges.cards import KIND_ROLE, MIME, PID_ROLE


@pytest.fixture
def reg(database: Database) -> Register:
    return fill_exchange_register(database)


@pytest.fixture
def setup(database: Database, reg: Register) -> dict[str, int]:
    programme = create_programme(database, programme_draft(reg)).id
    ids = {"programme": programme}
    ids["walker"] = family(database, reg, "Walker", capacity=2, languages="en, de")
    ids["cat"] = family(database, reg, "Cat family", capacity=1, pets="cat")
    ids["lapsed"] = family(database, reg, "Lapsed", vetted_on=TODAY - dt.timedelta(days=4 * 365))
    ids["lena"] = pupil(database, reg, programme, "lena", allergies="cats")
    ids["mia"] = pupil(database, reg, programme, "mia")
    ids["jonas"] = pupil(database, reg, programme, "jonas", consent=False)
    return ids


@pytest.fixture
def board(qtbot, database: Database, setup) -> PlacementBoardView:  # noqa: ANN001
    view = PlacementBoardView(database)
    view.undo_stack = QUndoStack(view)
    view.ask_reason = lambda title, default: "Asked for by the school"
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show_programme(setup["programme"])
    view.show()
    return view


def _items(widget) -> list[tuple[int, str, str]]:  # noqa: ANN001
    return [
        (widget.item(i).data(PID_ROLE), widget.item(i).data(KIND_ROLE), widget.item(i).text())
        for i in range(widget.count())
    ]


def test_cards_show_beds_and_the_waiting_list_everyone_unplaced(board, setup):
    assert set(board.cards) == {setup["walker"], setup["cat"], setup["lapsed"]}
    assert [pid for pid, *_ in _items(board.waiting)] == [
        setup["mia"], setup["jonas"], setup["lena"]
    ]  # fmt: skip
    lapsed = board.cards[setup["lapsed"]]
    assert not lapsed.warning.isHidden() and "lapsed" in lapsed.warning.text()
    assert board.cards[setup["walker"]].bar.maximum() == 2
    assert not board.accept_all_button.isEnabled()


def test_suggestions_appear_in_the_cards_apart_with_their_reasons(board, setup, database):
    board.suggest()
    walker = _items(board.cards[setup["walker"]].list)
    assert {(pid, kind) for pid, kind, _ in walker} == {
        (setup["lena"], "proposal"), (setup["mia"], "proposal")
    }  # fmt: skip
    assert all("speaks English (studied)" in text for *_, text in walker)
    assert _items(board.cards[setup["cat"]].list) == []  # Lena is allergic to its cat
    waiting = dict((pid, text) for pid, _k, text in _items(board.waiting))
    assert "proposed: Walker" in waiting[setup["lena"]]
    assert "Cannot be placed" in waiting[setup["jonas"]] and "consent" in waiting[setup["jonas"]]
    assert get_participant_row(database, setup["lena"]).placed_with is None  # nothing saved
    board.clear_suggestions()
    assert _items(board.cards[setup["walker"]].list) == []


def test_accept_all_saves_and_undo_takes_them_back(board, setup, database):
    board.suggest()
    assert board.accept_all()
    assert get_participant_row(database, setup["lena"]).placed_with == "Walker"
    assert get_participant_row(database, setup["mia"]).placed_with == "Walker"
    assert [kind for _, kind, _ in _items(board.cards[setup["walker"]].list)] == ["placed"] * 2
    assert "0 free" in board.cards[setup["walker"]].findChildren(type(board.summary))[1].text()
    board.undo_stack.undo()
    assert get_participant_row(database, setup["lena"]).placed_with is None
    board.undo_stack.redo()
    assert get_participant_row(database, setup["mia"]).placed_with == "Walker"


def test_double_clicking_a_proposal_accepts_it(board, setup, database):
    board.suggest()
    card = board.cards[setup["walker"]].list
    item = next(
        card.item(i) for i in range(card.count()) if card.item(i).data(PID_ROLE) == setup["mia"]
    )
    card.itemDoubleClicked.emit(item)
    assert get_participant_row(database, setup["mia"]).placed_with == "Walker"
    # The other proposal stays on the board.
    assert (setup["lena"], "proposal") in {
        (p, k) for p, k, _ in _items(board.cards[setup["walker"]].list)
    }


def _drop(target, participant_id: int) -> None:  # noqa: ANN001
    data = QMimeData()
    data.setData(MIME, str(participant_id).encode())
    event = QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    target.dropEvent(event)


def test_dragging_onto_a_family_places_and_a_hard_constraint_refuses(board, setup, database):
    _drop(board.cards[setup["cat"]].list, setup["lena"])
    assert not board.refusal.isHidden()
    assert "allergic to cat" in board.refusal.text()
    assert get_participant_row(database, setup["lena"]).placed_with is None
    assert board.undo_stack.count() == 0  # a refused edit is never on the stack
    _drop(board.cards[setup["cat"]].list, setup["mia"])
    assert board.refusal.isHidden()
    row = get_participant_row(database, setup["mia"])
    assert row.placed_with == "Cat family"
    _drop(board.cards[setup["walker"]].list, setup["mia"])  # move to another family
    assert get_participant_row(database, setup["mia"]).placed_with == "Walker"
    _drop(board.waiting, setup["mia"])  # back to the waiting list
    assert get_participant_row(database, setup["mia"]).placed_with is None
    board.undo_stack.undo()
    assert get_participant_row(database, setup["mia"]).placed_with == "Walker"


def test_place_with_refuses_a_lapsed_family_and_a_minor_without_consent(board, setup, database):
    assert not board.place_with(setup["mia"], setup["lapsed"])
    assert "vetting lapsed" in board.refusal.text()
    assert not board.place_with(setup["jonas"], setup["walker"])
    assert "consent" in board.refusal.text()
    assert board.place_with(setup["mia"], setup["walker"])
    board.ask_reason = lambda title, default: None  # the secretary cancels: nothing happens
    assert not board.remove(setup["mia"])
    assert get_participant_row(database, setup["mia"]).placed_with == "Walker"


def test_a_placement_saved_elsewhere_shows_as_placed(board, setup, database):
    place_participant(database, setup["mia"], setup["walker"], "by phone")
    board.refresh()
    [(pid, kind, _text)] = _items(board.cards[setup["walker"]].list)
    assert (pid, kind) == (setup["mia"], "placed")
    assert setup["mia"] not in [p for p, *_ in _items(board.waiting)]


def test_an_accepted_placement_is_confirmed_and_undone(board, setup, database):
    assert board.place_with(setup["mia"], setup["walker"])
    assert board.confirm(setup["mia"])
    assert get_participant_row(database, setup["mia"]).placement_status.value == "confirmed"
    board.undo_stack.undo()
    assert get_participant_row(database, setup["mia"]).placement_status.value == "accepted"
    assert not board.confirm(setup["lena"])  # not placed: nothing to confirm
