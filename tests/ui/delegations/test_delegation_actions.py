"""The delegation pane's other actions: move by days (the user chooses whether the programme
moves), budget lines, accepting and withdrawing a conflict, removing with undo, and the
calendar export for the delegation and for one member."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from delegation_ui import delegations, save, select_title, titles
from sqlalchemy import select

from exchangedesk.db.models import Delegation, ItineraryItem
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import DelegationStatus
from exchangedesk.services.delegations.detail import delegation_detail
from exchangedesk.services.delegations.members import MemberDraft, add_member
from exchangedesk.ui.main_window import MainWindow
from sample_committee import SampleIds

CHOIR = "Dresden choir visit"  # 25–28 Apr 2031, planned


@pytest.fixture
def choir(database: Database, sample: SampleIds) -> int:
    """The sample's planned visit with one concert on its second day (10:00 London)."""
    with database.unit_of_work() as session:
        visit = session.scalars(select(Delegation).where(Delegation.title == CHOIR)).one()
        local = dt.datetime(2031, 4, 26, 10, tzinfo=ZoneInfo("Europe/London"))
        session.add(
            ItineraryItem(
                delegation_id=visit.id,
                title="Concert in the cathedral",
                starts_at=local.astimezone(dt.UTC),
                ends_at=(local + dt.timedelta(hours=2)).astimezone(dt.UTC),
                timezone="Europe/London",
            )
        )
        return visit.id


def _concert_start(database: Database) -> dt.datetime:
    with database.reading() as session:
        starts = session.scalars(select(ItineraryItem.starts_at)).one()
    return starts.astimezone(ZoneInfo("Europe/London"))


def test_move_without_the_programme_is_refused_then_moved_with_it(
    filled_window: MainWindow, database: Database, choir: int
) -> None:
    page = delegations(filled_window)
    select_title(page, CHOIR)
    page.pane.move_button.click()
    dialog = page.actions.dialog
    dialog.days.setValue(7)
    dialog.with_items.setChecked(False)
    save(dialog)
    assert dialog.isVisible()
    assert "1 programme item" in dialog.messages.message("with_items")
    assert delegation_detail(database, choir).arrival_on == dt.date(2031, 4, 25)
    dialog.with_items.setChecked(True)
    save(dialog)
    assert page.actions.dialog is None
    assert delegation_detail(database, choir).arrival_on == dt.date(2031, 5, 2)
    assert _concert_start(database) == dt.datetime(2031, 5, 3, 10, tzinfo=ZoneInfo("Europe/London"))
    filled_window.undo_stack.undo()
    assert delegation_detail(database, choir).arrival_on == dt.date(2031, 4, 25)
    assert _concert_start(database).date() == dt.date(2031, 4, 26)


def test_budget_lines_through_the_tab(
    filled_window: MainWindow, database: Database, choir: int
) -> None:
    page = delegations(filled_window)
    select_title(page, CHOIR)
    budget = page.pane.budget
    budget.add_button.click()
    dialog = page.actions.dialog
    dialog.description.setText("Coach from Heathrow")
    dialog.amount.setText("1,250.005")
    dialog.currency.setText("gbp")
    save(dialog)
    assert "GBP has 2 decimal places" in dialog.messages.message("amount")
    dialog.amount.setText("1,250.50")
    save(dialog)
    assert budget.total.text() == "Total: 1,250.50 GBP"
    budget.table.selectRow(0)
    budget.remove_button.click()
    assert delegation_detail(database, choir).budget == ()
    filled_window.undo_stack.undo()
    assert [b.description for b in delegation_detail(database, choir).budget] == [
        "Coach from Heathrow"
    ]


def test_accept_and_withdraw_a_conflict(
    filled_window: MainWindow, database: Database, choir: int
) -> None:
    with database.unit_of_work() as session:
        session.get(Delegation, choir).departure_on = dt.date(2031, 4, 25)  # concert now after
    page = delegations(filled_window)
    page.set_today(dt.date(2031, 1, 1))
    select_title(page, CHOIR)
    pane = page.pane
    outside = [c for c in pane.report.blocking if "Concert in the cathedral" in c.message]
    assert outside
    key = outside[0].key
    assert pane.conflicts.select_key(key)
    assert not pane.conflicts.withdraw_button.isEnabled()
    pane.conflicts.accept_button.click()
    dialog = page.actions.dialog
    save(dialog)
    assert dialog.isVisible() and dialog.messages.message("note")  # a note is required
    dialog.note.setPlainText("The concert is the farewell; the choir leaves after it.")
    save(dialog)
    accepted = pane.report.find(key)
    assert accepted.accepted is not None
    assert accepted.accepted.note.startswith("The concert is the farewell")
    assert pane.conflicts.select_key(key)
    pane.conflicts.withdraw_button.click()
    assert pane.report.find(key).accepted is None
    filled_window.undo_stack.undo()
    assert pane.report.find(key).accepted is not None


def test_remove_asks_and_undo_brings_it_back(
    filled_window: MainWindow, database: Database, choir: int
) -> None:
    page = delegations(filled_window)
    select_title(page, CHOIR)
    asked: list[str] = []
    page.actions.ask = lambda _parent, title, _text, _yes, _no: asked.append(title) or False
    page.pane.delete_button.click()
    assert asked == ["Remove the delegation?"] and CHOIR in titles(page)
    page.actions.ask = lambda *_args: True
    page.pane.delete_button.click()
    assert CHOIR not in titles(page)
    filled_window.undo_stack.undo()
    assert CHOIR in titles(page)
    with database.reading() as session:
        assert session.scalars(select(ItineraryItem.title)).all() == ["Concert in the cathedral"]


def test_status_buttons_follow_the_workflow(
    filled_window: MainWindow, database: Database, choir: int
) -> None:
    page = delegations(filled_window)
    select_title(page, CHOIR)
    buttons = page.pane.overview.buttons
    assert buttons["approve"].isVisible() and not buttons["confirm"].isVisible()
    page.actions.ask = lambda *_args: True
    buttons["cancel"].click()
    assert delegation_detail(database, choir).status is DelegationStatus.CANCELLED
    assert page.pane.banner.text() == "Cancelled — reopen to edit"
    filled_window.undo_stack.undo()
    assert delegation_detail(database, choir).status is DelegationStatus.PLANNED
    assert not page.pane.banner.isVisible()


def test_export_the_delegation_and_one_member(
    filled_window: MainWindow, database: Database, sample: SampleIds, choir: int, tmp_path: Path
) -> None:
    page = delegations(filled_window)
    select_title(page, CHOIR)
    target = tmp_path / "choir.ics"
    suggested: list[str] = []
    page.actions.choose_path = lambda name: suggested.append(name) or str(target)
    messages: list[str] = []
    page.message.connect(messages.append)
    page.pane.export_button.click()
    assert suggested == ["Dresden choir visit.ics"]
    text = target.read_text(encoding="utf-8")
    assert "Concert in the cathedral" in text and "TZID=Europe/London" in text
    assert messages and messages[-1].startswith("1 event written to")
    # One member's calendar: the items they attend (everyone's, here the concert).
    add_member(database, choir, MemberDraft(sample.olga))
    page.refresh()
    page.pane.members.select_person(sample.olga)
    member_file = tmp_path / "olga.ics"
    page.actions.choose_path = lambda name: suggested.append(name) or str(member_file)
    page.pane.members.export_button.click()
    assert suggested[-1] == "Dresden choir visit – Olga Ivanova.ics"
    assert "Concert in the cathedral" in member_file.read_text(encoding="utf-8")


def test_removing_a_member_who_attends_items_asks_first(
    filled_window: MainWindow, database: Database, sample: SampleIds, choir: int
) -> None:
    from exchangedesk.db.models import ItineraryAttendee

    add_member(database, choir, MemberDraft(sample.olga))
    with database.unit_of_work() as session:
        concert = session.scalars(select(ItineraryItem)).one()
        concert.all_attend = False
        session.add(ItineraryAttendee(item_id=concert.id, person_id=sample.olga))
    page = delegations(filled_window)
    select_title(page, CHOIR)
    members = page.pane.members
    members.select_person(sample.olga)
    questions: list[str] = []
    page.actions.ask = lambda _p, _title, text, _yes, _no: questions.append(text) or False
    members.remove_button.click()
    assert "Concert in the cathedral" in questions[0]
    assert [m.name for m in members.model.rows()] == ["Olga Ivanova"]
    page.actions.ask = lambda *_args: True
    members.select_person(sample.olga)
    members.remove_button.click()
    assert members.model.rows() == []
    filled_window.undo_stack.undo()
    with database.reading() as session:
        assert session.scalars(select(ItineraryAttendee.person_id)).all() == [sample.olga]


def test_an_edit_after_someone_else_saved_is_refused_in_the_editor(
    filled_window: MainWindow, database: Database, choir: int
) -> None:
    page = delegations(filled_window)
    select_title(page, CHOIR)
    page.edit_selected()
    editor = page.editor
    with database.unit_of_work() as session:  # another secretary saves meanwhile
        session.get(Delegation, choir).notes = "Changed elsewhere"
    editor.title.setText("Dresden choir, renamed")
    save(editor)
    assert editor.isVisible()
    assert "was changed by" in editor.banner.text()
    assert delegation_detail(database, choir).title == CHOIR
    editor.done(0)
