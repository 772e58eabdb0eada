"""The programme pane's Schedule and Conflicts tabs: an item added through the dialog is listed
in local time and undone; a refused item keeps the dialog open and saves nothing; a pupil who
is also down for a delegation's item at the same time shows in Conflicts and is accepted with a
note, on the same undo stack."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from exchange_register import START, Register, fill_exchange_register, programme_draft, pupil
from exchangedesk.db import models as m
from exchangedesk.db.session import Database
from exchangedesk.domain.conflicts import ConflictKind
from exchangedesk.domain.enums import Direction
from exchangedesk.services.exchanges.programmes import create_programme
from exchangedesk.services.exchanges.schedule import programme_items
from exchangedesk.ui.exchanges.page import ExchangesPage

LONDON = "Europe/London"
TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def setup(database: Database) -> tuple[Register, int]:
    reg = fill_exchange_register(database)
    with database.unit_of_work() as session:
        session.get(m.City, reg.coventry).timezone = LONDON
    programme = create_programme(database, programme_draft(reg)).id
    pupil(database, reg, programme, "lena")
    pupil(database, reg, programme, "paul")
    # Lena is also down for the twinning anniversary reception, 11:00–12:00 on the first day.
    with database.unit_of_work() as session:
        delegation = m.Delegation(
            partnership_id=reg.partnership,
            direction=Direction.INCOMING,
            title="Dresden council visit",
            arrival_on=START,
            departure_on=START,
        )
        delegation.members.append(m.DelegationMember(person_id=reg.pupils["lena"]))
        session.add(delegation)
        session.flush()
        where = ZoneInfo(LONDON)
        session.add(
            m.ItineraryItem(
                delegation_id=delegation.id,
                starts_at=dt.datetime.combine(START, dt.time(11), where),
                ends_at=dt.datetime.combine(START, dt.time(12), where),
                timezone=LONDON,
                title="Anniversary reception",
            )
        )
    return reg, programme


@pytest.fixture
def page(qtbot, database: Database, setup) -> ExchangesPage:  # noqa: ANN001
    page = ExchangesPage(database)
    page.set_undo_stack(QUndoStack(page))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.select_programme(setup[1])
    page.pane.conflicts.today = TODAY
    page.pane.conflicts.reload()
    page.pane.tabs.setCurrentWidget(page.pane.schedule)
    return page


def _add_through_dialog(qtbot, page: ExchangesPage, title: str, start: int, end: int) -> None:  # noqa: ANN001
    schedule = page.pane.schedule
    qtbot.mouseClick(schedule.add_button, Qt.MouseButton.LeftButton)
    dialog = schedule.dialog
    assert dialog is not None and dialog.zone.currentText() == LONDON  # the host city's zone
    dialog.title.setText(title)
    dialog.start.set_value(dt.datetime.combine(START, dt.time(start)))
    dialog.end.set_value(dt.datetime.combine(START, dt.time(end)))
    dialog.venue.setText("Whitefriars Academy")
    dialog.accept()


def test_an_item_added_through_the_dialog_is_listed_and_undone(qtbot, page, database, setup):
    schedule = page.pane.schedule
    assert schedule.model.rowCount() == 0
    _add_through_dialog(qtbot, page, "Welcome assembly", 9, 10)
    qtbot.waitUntil(lambda: schedule.model.rowCount() == 1)
    assert schedule.dialog is None
    texts = [schedule.model.index(0, c).data() for c in range(schedule.model.columnCount())]
    assert texts[1] == "09:00–10:00 (London)" and texts[2] == "Welcome assembly"
    assert texts[4] == "Whitefriars Academy" and texts[5] == "everyone (3)"  # 2 pupils, 1 leader
    page.undo_stack.undo()
    assert schedule.model.rowCount() == 0 and programme_items(database, setup[1]) == ()
    page.undo_stack.redo()
    assert schedule.model.rowCount() == 1 and len(programme_items(database, setup[1])) == 1


def test_a_refused_item_keeps_the_dialog_open_and_saves_nothing(qtbot, page, database, setup):
    schedule = page.pane.schedule
    _add_through_dialog(qtbot, page, "Backwards", 12, 9)
    dialog = schedule.dialog
    assert dialog is not None and dialog.isVisible()
    message = dialog.findChild(type(dialog.general), "message-end")
    assert message is not None and "ends before it starts" in message.text()
    assert programme_items(database, setup[1]) == () and page.undo_stack.count() == 0
    dialog.reject()


def test_a_clash_with_a_delegation_shows_in_conflicts_and_is_accepted(qtbot, page, database, setup):  # noqa: ANN001
    pane = page.pane
    assert not [c for c in pane.conflicts.report.conflicts if c.kind is ConflictKind.TWO_PLACES]
    _add_through_dialog(qtbot, page, "English lesson", 10, 12)  # 10–12 meets 11–12
    qtbot.waitUntil(lambda: pane.tabs.tabText(pane.conflicts_tab).startswith("Conflicts ("))
    clashes = [c for c in pane.conflicts.report.conflicts if c.kind is ConflictKind.TWO_PLACES]
    assert len(clashes) == 1 and clashes[0].people == (setup[0].pupils["lena"],)
    assert "Lena" in clashes[0].message
    pane.tabs.setCurrentWidget(pane.conflicts)
    assert pane.conflicts.select_key(clashes[0].key)
    assert pane.conflicts.accept_button.isEnabled()
    pane.conflicts.accept_button.click()
    dialog = pane.conflicts.dialog
    assert dialog is not None
    dialog.accept()  # a note is required: refused, still open
    assert pane.conflicts.dialog is dialog and dialog.isVisible()
    dialog.note.setPlainText("Lena joins the lesson after the reception")
    dialog.accept()
    qtbot.waitUntil(lambda: pane.conflicts.dialog is None)
    accepted = pane.conflicts.report.find(clashes[0].key)
    assert accepted is not None and accepted.accepted is not None
    assert accepted.accepted.note == "Lena joins the lesson after the reception"
    page.undo_stack.undo()  # the acceptance is withdrawn
    assert pane.conflicts.report.find(clashes[0].key).accepted is None
    page.undo_stack.undo()  # the lesson goes, and the clash with it
    assert pane.conflicts.report.find(clashes[0].key) is None


def test_the_new_models_pass_the_model_tester(qtbot, qtmodeltester, page):  # noqa: ANN001
    _add_through_dialog(qtbot, page, "English lesson", 10, 12)
    qtbot.waitUntil(lambda: page.pane.schedule.model.rowCount() == 1)
    qtmodeltester.check(page.pane.schedule.model)
    qtmodeltester.check(page.pane.conflicts.model)


def test_moving_the_start_moves_the_end_with_it(qtbot, page):  # noqa: ANN001
    schedule = page.pane.schedule
    schedule.add_item()
    dialog = schedule.dialog
    assert dialog is not None
    dialog.end.set_value(dt.datetime.combine(START, dt.time(11, 30)))
    dialog.start.set_value(dt.datetime.combine(START + dt.timedelta(days=2), dt.time(14)))
    assert dialog.end.value() == dt.datetime.combine(START + dt.timedelta(days=2), dt.time(15, 30))
    dialog.reject()


def test_delete_is_undone_and_redone(qtbot, page, database, setup):  # noqa: ANN001
    schedule = page.pane.schedule
    _add_through_dialog(qtbot, page, "Welcome assembly", 9, 10)
    qtbot.waitUntil(lambda: schedule.model.rowCount() == 1)
    schedule.table.selectRow(0)
    assert schedule.delete_button.isEnabled()
    qtbot.mouseClick(schedule.delete_button, Qt.MouseButton.LeftButton)
    assert schedule.model.rowCount() == 0 and programme_items(database, setup[1]) == ()
    page.undo_stack.undo()
    assert [r.title for r in programme_items(database, setup[1])] == ["Welcome assembly"]
    page.undo_stack.redo()  # deletes the item the undo put back, under its new id
    assert programme_items(database, setup[1]) == () and schedule.model.rowCount() == 0
