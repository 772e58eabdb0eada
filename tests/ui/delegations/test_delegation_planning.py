"""Done when: planning a visit end to end in the window, on the demo history.

The secretary plans a short visit beside the demo's upcoming one (the Volgograd teachers in
Coventry): creates the delegation, adds members (the head of the Volgograd group from the
register, and a new person typed in), adds a programme item through the itinerary editor, sees
the clash it makes (the head would be at two dinners at once), resolves it by taking her off the
visit, accepts what remains with a note, records the council's approval, and confirms. The
database is checked at the end.
"""

from __future__ import annotations

import datetime as dt

import pytest
from delegation_ui import delegations, save
from sqlalchemy import select

from exchangedesk.db.models import (
    Delegation,
    DelegationApproval,
    DelegationMember,
    ItineraryItem,
    Person,
)
from exchangedesk.db.opening import OpenedDatabase
from exchangedesk.domain.conflicts import ConflictKind
from exchangedesk.domain.enums import ApprovalDecision, DelegationStatus, MemberRole
from exchangedesk.services.samples.demo import build_demo
from exchangedesk.ui.dialogs.record_fields import Choice

TODAY = dt.date(2027, 3, 1)
UPCOMING = "Teachers, students and museum staff from Volgograd"


@pytest.fixture
def demo_window(make_window, opened: OpenedDatabase):  # noqa: ANN001, ANN201
    build_demo(opened.database, today=TODAY)
    return make_window(opened)


def _upcoming(database) -> tuple[int, dt.date, int, str]:  # noqa: ANN001
    """The demo's upcoming visit: partnership, arrival, and its head of delegation."""
    with database.reading() as session:
        visit = session.scalars(select(Delegation).where(Delegation.title == UPCOMING)).one()
        head = session.get(Person, visit.head_person_id)
        return (
            visit.partnership_id,
            visit.arrival_on,
            head.id,
            f"{head.given_name} {head.family_name}",
        )


def test_plan_a_visit_end_to_end(demo_window, opened: OpenedDatabase, qtbot) -> None:  # noqa: ANN001
    database = opened.database
    partnership_id, arrival, head_id, head_name = _upcoming(database)
    page = delegations(demo_window)
    page.set_today(TODAY)
    pane = page.pane

    # 1. A new delegation (File › New is create_record on the page shown).
    demo_window.actions_.new_record.trigger()
    editor = page.editor
    assert editor is not None
    editor.partnership.choose(Choice(partnership_id, "Coventry – Volgograd"))
    editor.title.setText("University talks in Coventry")
    editor.arrival_on.set_value(arrival)
    editor.departure_on.set_value(arrival + dt.timedelta(days=1))
    save(editor)
    assert page.editor is None
    assert pane.heading.text() == "University talks in Coventry"
    new_id = pane.delegation_id

    # 2. Members: the Volgograd group's head from the register, and a new person inline.
    pane.tabs.setCurrentWidget(pane.members)
    pane.members.add_button.click()
    dialog = page.actions.dialog
    dialog.person.choose(Choice(head_id, head_name))
    dialog.role.setCurrentIndex(dialog.role.findData(MemberRole.HEAD))
    save(dialog)
    pane.members.add_button.click()
    dialog = page.actions.dialog
    dialog.new.setChecked(True)
    dialog.given_name.setText("Margaret")
    dialog.family_name.setText("Hughes")
    dialog.role.setCurrentIndex(dialog.role.findData(MemberRole.OFFICIAL))
    save(dialog)
    assert page.actions.dialog is None
    assert [m.name for m in pane.members.model.rows()] == [head_name, "Margaret Hughes"]

    # 3. An item through the itinerary editor: dinner at the time of the Volgograd group's
    #    welcome dinner, which their head also attends.
    pane.tabs.setCurrentWidget(pane.programme_holder)
    editor_widget = pane.itinerary
    assert editor_widget is not None, "the Programme tab hosts the itinerary editor"
    programme = editor_widget.programme
    programme.select_day(arrival)
    item_dialog = programme.add_item()
    item_dialog.title.setText("Dinner with the university rector")
    item_dialog.start.set_value(dt.datetime.combine(arrival, dt.time(19, 30)))
    item_dialog.end.set_value(dt.datetime.combine(arrival, dt.time(21, 30)))
    item_dialog.zone.setCurrentText("Europe/London")
    with qtbot.waitSignal(editor_widget.changed, timeout=5000):
        item_dialog.accept()

    # 4. The clash is listed in the Conflicts tab, and Confirm is blocked.
    pane.tabs.setCurrentWidget(pane.conflicts)
    clashes = [c for c in pane.report.conflicts if c.kind is ConflictKind.TWO_PLACES]
    assert clashes, [c.message for c in pane.report.conflicts]
    texts = [
        pane.conflicts.model.index(row).data() for row in range(pane.conflicts.model.rowCount())
    ]
    assert any(head_name in text and "Dinner with the university rector" in text for text in texts)

    # 5. Resolved: the head stays with her own group (she attends as "all members", so she
    #    can leave without being taken off items by name).
    pane.tabs.setCurrentWidget(pane.members)
    pane.members.select_person(head_id)
    pane.members.remove_button.click()
    assert [m.name for m in pane.members.model.rows()] == ["Margaret Hughes"]
    assert not [c for c in pane.report.conflicts if c.kind is ConflictKind.TWO_PLACES]

    # 6. Whatever else still blocks (a passport not recorded for the new person, a holiday) is
    #    accepted with a note, one by one through Accept….
    pane.tabs.setCurrentWidget(pane.conflicts)
    while pane.report.blocking:
        conflict = pane.report.blocking[0]
        assert pane.conflicts.select_key(conflict.key)
        pane.conflicts.accept_button.click()
        note = page.actions.dialog
        note.note.setPlainText("Checked with the secretary; the visit goes ahead.")
        save(note)
        assert page.actions.dialog is None

    # 7. Planned, approved by the council, confirmed.
    pane.tabs.setCurrentWidget(pane.overview)
    pane.overview.buttons["plan"].click()
    pane.overview.buttons["approve"].click()
    approval = page.actions.dialog
    approval.decided_by.setText("Town council")
    approval.decided_on.set_value(TODAY)
    approval.decision.setCurrentIndex(approval.decision.findData(ApprovalDecision.APPROVED))
    save(approval)
    assert pane.detail.status is DelegationStatus.APPROVED
    confirm = pane.overview.buttons["confirm"]
    assert confirm.isVisible() and confirm.isEnabled()
    confirm.click()

    # 8. What the database holds.
    with database.reading() as session:
        visit = session.get(Delegation, new_id)
        assert visit.status is DelegationStatus.CONFIRMED
        assert visit.head_person_id is None  # the head left the visit with the clash
        members = session.scalars(
            select(Person.family_name)
            .join(DelegationMember, DelegationMember.person_id == Person.id)
            .where(DelegationMember.delegation_id == new_id)
        ).all()
        assert members == ["Hughes"]
        items = session.scalars(
            select(ItineraryItem.title).where(ItineraryItem.delegation_id == new_id)
        ).all()
        assert items == ["Dinner with the university rector"]
        decisions = session.execute(
            select(DelegationApproval.decided_by, DelegationApproval.decision).where(
                DelegationApproval.delegation_id == new_id
            )
        ).all()
        assert decisions == [("Town council", ApprovalDecision.APPROVED)]
    assert pane.detail.status is DelegationStatus.CONFIRMED
    assert not pane.banner.isVisible()
