"""The Delegations area: new, edit with undo, members, read-only when completed, Confirm
blocked while a conflict is open, and the item models."""

from __future__ import annotations

import datetime as dt

import pytest
from delegation_ui import delegations, save, select_title, titles
from sqlalchemy import select

from exchangedesk.db.models import Delegation, ItineraryItem
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import DelegationStatus, Direction, MemberRole
from exchangedesk.services.delegations.detail import delegation_detail
from exchangedesk.ui.dialogs.record_fields import Choice
from exchangedesk.ui.main_window import MainWindow
from qt_checks import ModelChecker
from sample_committee import SampleIds


def _new_visit(page, sample: SampleIds, title: str = "Choir from Dresden") -> None:  # noqa: ANN001
    page.create_record()
    editor = page.editor
    editor.partnership.choose(Choice(sample.coventry_dresden, "Coventry – Dresden"))
    editor.title.setText(title)
    editor.arrival_on.set_value(dt.date(2031, 6, 1))
    editor.departure_on.set_value(dt.date(2031, 6, 5))
    save(editor)
    assert page.editor is None, page.editor.messages.shown() if page.editor else ""


def test_new_delegation_is_saved_shown_and_undoable(
    filled_window: MainWindow, database: Database, sample: SampleIds
) -> None:
    page = delegations(filled_window)
    assert page.can_create
    _new_visit(page, sample)
    assert "Choir from Dresden" in titles(page)
    assert page.pane.heading.text() == "Choir from Dresden"
    with database.reading() as session:
        made = session.scalars(
            select(Delegation).where(Delegation.title == "Choir from Dresden")
        ).one()
        assert made.direction is Direction.INCOMING and made.status is DelegationStatus.IDEA
    filled_window.undo_stack.undo()
    assert "Choir from Dresden" not in titles(page)
    filled_window.undo_stack.redo()
    assert "Choir from Dresden" in titles(page)


def test_bad_dates_are_shown_beside_the_field(filled_window: MainWindow, sample: SampleIds) -> None:
    page = delegations(filled_window)
    page.create_record()
    editor = page.editor
    editor.partnership.choose(Choice(sample.coventry_dresden, "Coventry – Dresden"))
    editor.title.setText("Choir")
    editor.arrival_on.set_value(dt.date(2031, 6, 5))
    editor.departure_on.set_value(dt.date(2031, 6, 1))
    save(editor)
    assert editor.isVisible()
    assert "before the arrival" in editor.messages.message("departure_on")
    editor.done(0)


def test_edit_and_undo_the_edit(
    filled_window: MainWindow, database: Database, sample: SampleIds
) -> None:
    page = delegations(filled_window)
    select_title(page, "Dresden choir visit")
    page.edit_selected()
    page.editor.title.setText("Dresden choir, spring tour")
    save(page.editor)
    assert "Dresden choir, spring tour" in titles(page)
    filled_window.undo_stack.undo()
    assert "Dresden choir visit" in titles(page)
    assert page.pane.heading.text() == "Dresden choir visit"
    filled_window.undo_stack.redo()
    assert page.pane.heading.text() == "Dresden choir, spring tour"


def test_add_a_new_person_inline_and_make_head(
    filled_window: MainWindow, database: Database, sample: SampleIds
) -> None:
    page = delegations(filled_window)
    select_title(page, "Dresden choir visit")
    pane = page.pane
    pane.members.add_button.click()
    dialog = page.actions.dialog
    dialog.new.setChecked(True)
    dialog.given_name.setText("Jürgen")
    dialog.family_name.setText("Müller")
    dialog.role.setCurrentIndex(dialog.role.findData(MemberRole.HEAD))
    save(dialog)
    assert page.actions.dialog is None
    assert [m.name for m in pane.members.model.rows()] == ["Jürgen Müller"]
    assert pane.overview.fields["head"].text() == "Jürgen Müller"
    filled_window.undo_stack.undo()
    assert pane.members.model.rows() == []


def test_completed_delegation_is_read_only(filled_window: MainWindow, sample: SampleIds) -> None:
    page = delegations(filled_window)
    select_title(page, "Clementine Churchill in Stalingrad")
    pane = page.pane
    assert pane.banner.isVisible()
    assert pane.banner.text() == "Completed — reopen to edit"
    assert not pane.edit_button.isEnabled()
    assert not pane.move_button.isEnabled()
    assert not pane.delete_button.isEnabled()
    assert not pane.members.add_button.isEnabled()
    assert not pane.budget.add_button.isEnabled()
    assert pane.overview.reopen_button.isVisible()
    page.edit_selected()
    assert page.editor is None  # no editor for a closed visit


def test_reopen_asks_for_a_reason(
    filled_window: MainWindow, database: Database, sample: SampleIds
) -> None:
    page = delegations(filled_window)
    select_title(page, "Clementine Churchill in Stalingrad")
    page.pane.overview.reopen_button.click()
    dialog = page.actions.dialog
    save(dialog)
    assert dialog.isVisible() and "Say why" in dialog.messages.message("reason")
    dialog.note.setPlainText("Add the letters received afterwards")
    save(dialog)
    assert delegation_detail(database, sample.churchill_visit).status is DelegationStatus.UNDER_WAY
    assert not page.pane.banner.isVisible()
    assert page.pane.edit_button.isEnabled()


def test_confirm_is_disabled_while_a_conflict_is_open(
    filled_window: MainWindow, database: Database, sample: SampleIds, model_checker: ModelChecker
) -> None:
    page = delegations(filled_window)
    page.set_today(dt.date(2031, 1, 1))
    with database.unit_of_work() as session:
        planned = session.scalars(
            select(Delegation).where(Delegation.title == "Dresden choir visit")
        ).one()
        planned.status = DelegationStatus.APPROVED
        session.add(
            ItineraryItem(
                delegation_id=planned.id,
                title="Concert after the visit",
                starts_at=dt.datetime(2031, 5, 2, 18, tzinfo=dt.UTC),
                ends_at=dt.datetime(2031, 5, 2, 20, tzinfo=dt.UTC),
                timezone="Europe/London",
            )
        )
    page.refresh()
    select_title(page, "Dresden choir visit")
    pane = page.pane
    confirm = pane.overview.buttons["confirm"]
    assert confirm.isVisible()
    assert not confirm.isEnabled()
    assert "Conflicts tab" in confirm.toolTip()
    assert pane.tabs.tabText(4).startswith("Conflicts (")
    texts = [pane.conflicts.model.index(r).data() for r in range(pane.conflicts.model.rowCount())]
    assert any("Concert after the visit" in text for text in texts)
    model_checker.check(pane.conflicts.model)  # with rows in it
    assert model_checker.failures() == []


def test_models_pass_the_model_tester(
    filled_window: MainWindow, sample: SampleIds, model_checker: ModelChecker
) -> None:
    page = delegations(filled_window)
    select_title(page, "Clementine Churchill in Stalingrad")
    pane = page.pane
    for model in (pane.members.model, pane.budget.model, pane.conflicts.model, page.model):
        model_checker.check(model)
    assert model_checker.failures() == []


@pytest.mark.parametrize("title", ["Kemi delegation plants trees at Mamayev Kurgan"])
def test_programme_tab_hosts_the_itinerary_editor(
    filled_window: MainWindow, sample: SampleIds, title: str
) -> None:
    page = delegations(filled_window)
    select_title(page, title)
    pane = page.pane
    pane.tabs.setCurrentWidget(pane.programme_holder)
    assert pane.itinerary is not None
    assert pane.itinerary.delegation_id == sample.kemi_delegation
