"""Done when: a visit is planned from start to finish by keyboard alone.

Every step below is a key press sent to whatever has the focus; fields are reached with Tab,
buttons pressed with Space, suggestions picked with Down and Enter. The secretary makes a
delegation (Ctrl+N), adds two members, adds a programme item (Insert), accepts the conflicts it
makes, marks the visit planned, records the approval and confirms it; the database is checked.
"""

from __future__ import annotations

import datetime as dt

import pytest
from keys import focused, press, tab_to, type_text, wait_active, wait_closed
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from exchangedesk.db.models import (
    Delegation,
    DelegationApproval,
    DelegationMember,
    ItineraryItem,
    Person,
)
from exchangedesk.db.opening import OpenedDatabase
from exchangedesk.domain.enums import DelegationStatus
from exchangedesk.services.samples.demo import build_demo

TODAY = dt.date(2027, 3, 1)
UPCOMING = "Teachers, students and museum staff from Volgograd"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def demo_window(make_window, opened: OpenedDatabase):  # noqa: ANN001, ANN201
    build_demo(opened.database, today=TODAY)
    return make_window(opened)


def _upcoming(database):  # noqa: ANN001, ANN202
    with database.reading() as session:
        visit = session.scalars(select(Delegation).where(Delegation.title == UPCOMING)).one()
        head = session.get(Person, visit.head_person_id)
        return visit.partnership_id, visit.arrival_on, head.id, head.family_name


def _save_button(dialog):  # noqa: ANN001, ANN202
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)


def _pick_suggestion(qtbot, lookup, text: str) -> None:  # noqa: ANN001
    """Type into a lookup, wait for the suggestions, take the first with Down and Enter."""
    type_text(qtbot, text)
    qtbot.waitUntil(lambda: lookup.completer.popup().isVisible(), timeout=3000)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lookup.chosen_id is not None, timeout=3000)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=3000)


def _to_tab(qtbot, pane, widget) -> None:  # noqa: ANN001
    """Tab to the pane's tab bar, then the arrows to the tab showing *widget*."""
    tab_to(qtbot, pane.tabs.tabBar())
    wanted = pane.tabs.indexOf(widget)
    for _ in range(pane.tabs.count()):
        if pane.tabs.currentIndex() == wanted:
            return
        press(qtbot, Qt.Key.Key_Right if pane.tabs.currentIndex() < wanted else Qt.Key.Key_Left)
    assert pane.tabs.currentWidget() is widget


def _press_button(qtbot, button) -> None:  # noqa: ANN001
    tab_to(qtbot, button)
    assert focused() is button
    press(qtbot, Qt.Key.Key_Space)


def _save_by_keys(qtbot, dialog) -> None:  # noqa: ANN001
    _press_button(qtbot, _save_button(dialog))
    wait_closed(qtbot, dialog)


def test_plan_and_confirm_a_visit_by_keyboard(
    demo_window,
    opened: OpenedDatabase,
    qtbot,  # noqa: ANN001
) -> None:
    database = opened.database
    partnership_id, arrival, head_id, head_family = _upcoming(database)
    assert head_family.isascii()
    wait_active(qtbot, demo_window)
    index = [spec.key for spec in demo_window.areas].index("delegations")
    qtbot.keyClick(demo_window, Qt.Key(Qt.Key.Key_1 + index), CTRL)
    page = demo_window.page("delegations")
    page.set_today(TODAY)
    pane = page.pane

    # 1. Ctrl+N: the editor; partnership picked from suggestions, dates typed, Save by Tab.
    press(qtbot, Qt.Key.Key_N, CTRL)
    editor = page.editor
    assert editor is not None
    wait_active(qtbot, editor)
    tab_to(qtbot, editor.partnership)
    _pick_suggestion(qtbot, editor.partnership, "Volgograd")
    assert editor.partnership.chosen_id == partnership_id
    tab_to(qtbot, editor.title)
    type_text(qtbot, "University talks in Coventry")
    tab_to(qtbot, editor.arrival_on)
    type_text(qtbot, arrival.isoformat())
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.departure_on.edit, "Tab from Arrival goes on to Departure"
    type_text(qtbot, (arrival + dt.timedelta(days=1)).isoformat())
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.notes
    _save_by_keys(qtbot, editor)
    assert pane.heading.text() == "University talks in Coventry"
    new_id = pane.delegation_id
    wait_active(qtbot, demo_window)

    # 2. Two members: the Volgograd group's head from the register, and a new person.
    _to_tab(qtbot, pane, pane.members)
    _press_button(qtbot, pane.members.add_button)
    dialog = page.actions.dialog
    wait_active(qtbot, dialog)
    tab_to(qtbot, dialog.person)
    _pick_suggestion(qtbot, dialog.person, head_family)
    assert dialog.person.chosen_id == head_id
    _save_by_keys(qtbot, dialog)
    wait_active(qtbot, demo_window)
    _press_button(qtbot, pane.members.add_button)
    dialog = page.actions.dialog
    wait_active(qtbot, dialog)
    tab_to(qtbot, dialog.existing)  # of two radio buttons only the chosen one is a Tab stop
    press(qtbot, Qt.Key.Key_Right)
    assert dialog.new.isChecked()
    tab_to(qtbot, dialog.given_name)
    type_text(qtbot, "Margaret")
    tab_to(qtbot, dialog.family_name)
    type_text(qtbot, "Hughes")
    _save_by_keys(qtbot, dialog)
    wait_active(qtbot, demo_window)
    assert len(pane.members.model.rows()) == 2

    # 3. The programme: Insert adds an item on the first day; dinner at the time of the
    #    Volgograd group's welcome dinner, which their head also attends.
    _to_tab(qtbot, pane, pane.programme_holder)
    programme = pane.itinerary.programme
    tab_to(qtbot, programme.timeline)
    with qtbot.waitSignal(pane.itinerary.changed, timeout=5000):
        press(qtbot, Qt.Key.Key_Insert)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
        item_dialog = QApplication.activeModalWidget()
        wait_active(qtbot, item_dialog)
        tab_to(qtbot, item_dialog.title)
        type_text(qtbot, "Dinner with the university rector")
        press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Starts
        assert focused() is item_dialog.start.date
        tab_to(qtbot, item_dialog.start.time)  # Tab first steps through the date's parts
        type_text(qtbot, "19:30")
        press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # &Ends
        assert focused() is item_dialog.end.date
        tab_to(qtbot, item_dialog.end.time)
        type_text(qtbot, "21:30")
        assert item_dialog.start.value().time() == dt.time(19, 30)
        assert item_dialog.end.value().time() == dt.time(21, 30)
        _press_button(qtbot, _save_button(item_dialog))

    # 4. The conflicts: each blocking one accepted with a note, Accept… reached by Tab.
    wait_active(qtbot, demo_window)
    _to_tab(qtbot, pane, pane.conflicts)
    assert pane.blocking, "the dinner makes the head be in two places at once"
    while pane.blocking:
        tab_to(qtbot, pane.conflicts.list)
        blocking_keys = {c.key for c in pane.report.blocking}
        rows = pane.conflicts.model.rowCount()
        for key in [Qt.Key.Key_Up] * rows + [Qt.Key.Key_Down] * rows:
            chosen = pane.conflicts.selected()
            if chosen is not None and chosen.key in blocking_keys:
                break
            press(qtbot, key)
        chosen = pane.conflicts.selected()
        assert chosen is not None and chosen.key in blocking_keys, (focused(), chosen)
        _press_button(qtbot, pane.conflicts.accept_button)
        note = page.actions.dialog
        wait_active(qtbot, note)
        tab_to(qtbot, note.note)
        type_text(qtbot, "Checked with the secretary; the visit goes ahead.")
        _save_by_keys(qtbot, note)
        wait_active(qtbot, demo_window)

    # 5. Planned, approved by the council, confirmed: the workflow buttons by Tab and Space.
    _to_tab(qtbot, pane, pane.overview)
    _press_button(qtbot, pane.overview.buttons["plan"])
    qtbot.waitUntil(lambda: pane.detail.status is DelegationStatus.PLANNED)
    _press_button(qtbot, pane.overview.buttons["approve"])
    approval = page.actions.dialog
    wait_active(qtbot, approval)
    tab_to(qtbot, approval.decided_by)
    type_text(qtbot, "Town council")
    _save_by_keys(qtbot, approval)
    wait_active(qtbot, demo_window)
    assert pane.detail.status is DelegationStatus.APPROVED
    _press_button(qtbot, pane.overview.buttons["confirm"])
    qtbot.waitUntil(lambda: pane.detail.status is DelegationStatus.CONFIRMED)

    with database.reading() as session:
        visit = session.get(Delegation, new_id)
        assert visit.status is DelegationStatus.CONFIRMED
        assert (visit.partnership_id, visit.arrival_on) == (partnership_id, arrival)
        assert visit.departure_on == arrival + dt.timedelta(days=1)
        members = session.scalars(
            select(Person.family_name)
            .join(DelegationMember, DelegationMember.person_id == Person.id)
            .where(DelegationMember.delegation_id == new_id)
            .order_by(Person.family_name)
        ).all()
        assert sorted(members) == sorted([head_family, "Hughes"])
        item = session.scalars(
            select(ItineraryItem).where(ItineraryItem.delegation_id == new_id)
        ).one()
        assert item.title == "Dinner with the university rector"
        decisions = session.scalars(
            select(DelegationApproval.decided_by).where(DelegationApproval.delegation_id == new_id)
        ).all()
        assert decisions == ["Town council"]


def test_tab_leaves_the_list_for_the_pane_and_keeps_the_record(
    filled_window,
    qtbot,  # noqa: ANN001
) -> None:
    wait_active(qtbot, filled_window)
    index = [spec.key for spec in filled_window.areas].index("delegations")
    press(qtbot, Qt.Key(Qt.Key.Key_1 + index), CTRL)
    page = filled_window.page("delegations")
    qtbot.waitUntil(page.isVisible)
    wait_active(qtbot, filled_window)
    page.focus_filter()  # where Edit › Find puts the cursor
    qtbot.waitUntil(page.filter_bar.hasFocus)
    tab_to(qtbot, page.table)  # filter → New… → list
    press(qtbot, Qt.Key.Key_Down)
    chosen = page.selected_row()
    assert chosen is not None
    press(qtbot, Qt.Key.Key_Tab)
    assert page.pane.isAncestorOf(focused()), focused()
    assert page.selected_row() == chosen  # Tab did not move to another record
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is page.table
