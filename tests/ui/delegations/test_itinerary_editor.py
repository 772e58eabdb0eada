"""The itinerary editor driven as a secretary would: add an item through the dialog, see it on
the timeline, undo it, duplicate a day, see a clash edged in red, rooms and transport legs."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPointF, Qt, QTime
from PySide6.QtGui import QUndoStack

from exchangedesk.db.models import Delegation
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import DelegationStatus, ItineraryKind
from exchangedesk.services.delegations.itinerary import ItemFields, create_item, item_rows
from exchangedesk.services.delegations.lodging import accommodations
from exchangedesk.services.delegations.transport import legs
from exchangedesk.ui.delegations.itinerary import ItineraryEditor
from exchangedesk.ui.delegations.itinerary.days import DayListModel
from exchangedesk.ui.delegations.itinerary.item_dialog import ItemDialog
from exchangedesk.ui.delegations.itinerary.timeline_layout import place
from itinerary_sample import Visit, build_visit

BERLIN = "Europe/Berlin"
D = dt.date


@pytest.fixture
def visit(database: Database) -> Visit:
    return build_visit(database, members=3)


@pytest.fixture
def editor(qtbot, database: Database, visit: Visit) -> ItineraryEditor:  # noqa: ANN001
    widget = ItineraryEditor(database, visit.delegation_id, QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


def add(database: Database, visit: Visit, title: str, start: dt.datetime, hours: float) -> int:
    fields = ItemFields(title, start, start + dt.timedelta(hours=hours), BERLIN)
    return create_item(database, visit.delegation_id, fields).id


def titles(editor: ItineraryEditor) -> list[str]:
    return [b.item.title for b in editor.programme.timeline.blocks]


def test_add_an_item_through_the_dialog_then_undo_and_redo(
    qtbot,
    editor: ItineraryEditor,
    database: Database,
    visit: Visit,  # noqa: ANN001
) -> None:
    programme = editor.programme
    assert programme.current_day == D(2026, 3, 27)
    assert programme.add_action.isEnabled()
    dialog = programme.add_item(start=dt.time(14, 30))
    assert dialog is not None
    assert dialog.zone.currentText() == BERLIN  # the host city's zone by default
    dialog.title.setText("Reception at the Rotes Rathaus")
    dialog.kind.setCurrentIndex(dialog.kind.findData(ItineraryKind.CEREMONY))
    dialog.venue.setText("Rotes Rathaus")
    dialog.end.time.setTime(QTime(16, 0))
    with qtbot.waitSignal(editor.changed):
        dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert titles(editor) == ["Reception at the Rotes Rathaus"]
    block = programme.timeline.blocks[0]
    assert (block.top, block.bottom) == (14 * 60 + 30, 16 * 60)
    [row] = item_rows(database, visit.delegation_id)
    assert row.starts_at.astimezone(dt.UTC).hour == 13  # 14:30 CET
    assert programme.days.data(programme.days.index(0)).endswith("1 item")
    editor.undo_stack.undo()
    assert titles(editor) == []
    assert item_rows(database, visit.delegation_id) == ()
    editor.undo_stack.redo()
    assert titles(editor) == ["Reception at the Rotes Rathaus"]


def test_a_refused_item_keeps_the_dialog_open_with_the_message_by_the_field(
    editor: ItineraryEditor, database: Database, visit: Visit
) -> None:
    programme = editor.programme
    dialog = programme.add_item()
    dialog.title.setText("Night walk")
    dialog.start.date.setDate(QDate(2026, 3, 29))
    dialog.start.time.setTime(QTime(2, 30))  # the clocks jump from 02:00 to 03:00 in Berlin
    dialog.end.date.setDate(QDate(2026, 3, 29))
    dialog.end.time.setTime(QTime(4, 0))
    dialog.accept()
    assert dialog.isVisible()
    assert BERLIN in dialog.messages.message("start")
    assert editor.undo_stack.count() == 0
    assert item_rows(database, visit.delegation_id) == ()
    dialog.all_members.setChecked(False)  # and nobody ticked
    dialog.start.time.setTime(QTime(1, 0))
    dialog.accept()
    assert dialog.messages.message("attendees")
    dialog.attendees.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert not dialog.isVisible()
    [row] = item_rows(database, visit.delegation_id)
    assert len(row.attendees) == 1 and not row.all_attend


def test_autumn_fold_offers_the_second_occurrence(
    qtbot,
    database: Database,  # noqa: ANN001
) -> None:
    autumn = build_visit(database, arrival=D(2026, 10, 24), departure=D(2026, 10, 26))
    widget = ItineraryEditor(database, autumn.delegation_id, QUndoStack())
    qtbot.addWidget(widget)
    widget.show()
    dialog = widget.programme.add_item()
    dialog.title.setText("Late bus")
    dialog.start.date.setDate(QDate(2026, 10, 25))
    dialog.start.time.setTime(QTime(2, 30))
    assert dialog.second.isVisible()
    dialog.second.setChecked(True)
    dialog.end.date.setDate(QDate(2026, 10, 25))
    dialog.end.time.setTime(QTime(3, 30))
    dialog.accept()
    [row] = item_rows(database, autumn.delegation_id)
    assert row.starts_at.astimezone(dt.UTC) == dt.datetime(2026, 10, 25, 1, 30, tzinfo=dt.UTC)


def test_duplicate_a_day_and_undo(
    editor: ItineraryEditor, database: Database, visit: Visit
) -> None:
    add(database, visit, "Breakfast", dt.datetime(2026, 3, 27, 8), 1)
    add(database, visit, "School visit", dt.datetime(2026, 3, 27, 10), 2)
    editor.refresh()
    programme = editor.programme
    assert programme.duplicate_action.isEnabled()
    assert programme.duplicate_to(D(2026, 3, 30))
    assert programme.current_day == D(2026, 3, 30)
    assert titles(editor) == ["Breakfast", "School visit"]
    assert [b.top for b in programme.timeline.blocks] == [8 * 60, 10 * 60]  # same local times
    assert len(item_rows(database, visit.delegation_id)) == 4
    editor.undo_stack.undo()
    assert len(item_rows(database, visit.delegation_id)) == 2
    programme.select_day(D(2026, 3, 30))
    assert titles(editor) == []


def test_a_clash_is_edged_red_and_explained_until_resolved(
    qtbot,
    editor: ItineraryEditor,
    database: Database,
    visit: Visit,  # noqa: ANN001
) -> None:
    first = add(database, visit, "Museum", dt.datetime(2026, 3, 27, 10), 2)
    second = add(database, visit, "Town hall", dt.datetime(2026, 3, 27, 11), 1)
    quiet = add(database, visit, "Lunch", dt.datetime(2026, 3, 27, 13), 1)
    editor.refresh()
    timeline = editor.programme.timeline
    assert timeline.is_conflicted(first) and timeline.is_conflicted(second)
    assert not timeline.is_conflicted(quiet)
    assert "Town hall" in timeline.tooltip_for(first)
    assert editor.programme.problems.isVisibleTo(editor)
    columns = {b.item_id: (b.column, b.columns) for b in timeline.blocks}
    assert columns[first] == (0, 2) and columns[second] == (1, 2) and columns[quiet] == (0, 1)
    rect = timeline.block_rect(second)
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert timeline.selected_id == second
    with qtbot.waitSignal(editor.changed):
        editor.programme.delete_action.trigger()
    assert not timeline.is_conflicted(first)
    assert not editor.programme.problems.isVisibleTo(editor)


def test_keyboard_steps_through_items_and_enter_edits(
    qtbot,
    editor: ItineraryEditor,
    database: Database,
    visit: Visit,  # noqa: ANN001
) -> None:
    first = add(database, visit, "Museum", dt.datetime(2026, 3, 27, 10), 1)
    second = add(database, visit, "Lunch", dt.datetime(2026, 3, 27, 13), 1)
    editor.refresh()
    timeline = editor.programme.timeline
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Down)
    assert timeline.selected_id == first
    qtbot.keyClick(timeline, Qt.Key.Key_Down)
    assert timeline.selected_id == second
    with qtbot.waitSignal(timeline.activated) as activated:
        qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert activated.args == [second]
    # The edit dialog opened on Enter shows the item.
    dialogs = [d for d in editor.programme.findChildren(ItemDialog) if d.isVisible()]
    assert any(d.title.text() == "Lunch" for d in dialogs)


def test_move_an_item_keeps_its_length(
    editor: ItineraryEditor, database: Database, visit: Visit
) -> None:
    item = add(database, visit, "Museum", dt.datetime(2026, 3, 27, 10), 1.5)
    editor.refresh()
    assert editor.programme.move_to(item, dt.datetime(2026, 3, 28, 15))
    assert editor.programme.current_day == D(2026, 3, 28)
    [block] = editor.programme.timeline.blocks
    assert (block.top, block.bottom) == (15 * 60, 16 * 60 + 30)
    editor.undo_stack.undo()
    [row] = item_rows(database, visit.delegation_id)
    assert row.starts_at.hour == 10 and row.starts_at.day == 27


def test_a_finished_visit_is_read_only(qtbot, database: Database, visit: Visit) -> None:  # noqa: ANN001
    with database.unit_of_work() as s:
        s.get(Delegation, visit.delegation_id).status = DelegationStatus.COMPLETED  # type: ignore[union-attr]
    widget = ItineraryEditor(database, visit.delegation_id, QUndoStack())
    qtbot.addWidget(widget)
    widget.show()
    programme = widget.programme
    assert programme.banner.isVisibleTo(widget)
    assert not programme.add_action.isEnabled()
    assert programme.add_item() is None
    assert not widget.lodging.add_place_button.isEnabled()
    assert not widget.transport.add_button.isEnabled()


def test_rooms_and_legs_through_their_dialogs(
    qtbot,
    editor: ItineraryEditor,
    database: Database,
    visit: Visit,  # noqa: ANN001
) -> None:
    lodging = editor.lodging
    dialog = lodging.add_place()
    dialog.name.setText("Hotel Adlon")
    with qtbot.waitSignal(editor.changed):
        dialog.accept()
    [hotel] = accommodations(database, visit.delegation_id)
    assert (hotel.check_in_on, hotel.check_out_on) == (D(2026, 3, 27), D(2026, 3, 31))
    lodging.tree.setCurrentItem(lodging.tree.topLevelItem(0))
    room = lodging.add_room()
    room.label.setText("101")
    room.capacity.setValue(1)
    for row in range(room.occupants.count()):
        room.occupants.item(row).setCheckState(Qt.CheckState.Checked)
    room.accept()  # three people in one bed: saved, shown red, reported as a conflict
    child = lodging.tree.topLevelItem(0).child(0)
    assert child.foreground(0).color().name() == "#c62828"
    assert accommodations(database, visit.delegation_id)[0].rooms[0].over_capacity
    editor.undo_stack.undo()
    assert accommodations(database, visit.delegation_id)[0].rooms == ()

    transport = editor.transport
    leg = transport.add()
    leg.from_place.setText("Volgograd (VOG)")
    leg.departure_zone.setCurrentText("Europe/Volgograd")
    leg.to_place.setText("Berlin (BER)")
    leg.departs.time.setTime(QTime(6, 0))
    leg.arrives.time.setTime(QTime(3, 30))  # 03:30 Berlin (02:30 UTC) is before 06:00 Volgograd
    leg.accept()
    assert "arrives" in leg.messages.shown()
    leg.arrives.time.setTime(QTime(9, 30))
    leg.accept()
    [saved] = legs(database, visit.delegation_id)
    assert saved.departs_at.strftime("%H:%M") == "06:00"
    assert transport.table.item(0, 0).text().endswith("Volgograd")


def test_timeline_places_overlaps_side_by_side_and_midnight(
    database: Database, visit: Visit
) -> None:
    add(database, visit, "Late dinner", dt.datetime(2026, 3, 27, 22), 3)
    add(database, visit, "Concert", dt.datetime(2026, 3, 28, 0, 30), 1)
    rows = item_rows(database, visit.delegation_id)
    blocks = place(rows, D(2026, 3, 28))
    by_title = {b.item.title: b for b in blocks}
    assert by_title["Late dinner"].starts_before and by_title["Late dinner"].top == 0
    assert by_title["Late dinner"].bottom == 60
    assert {by_title["Late dinner"].column, by_title["Concert"].column} == {0, 1}
    first_day = place(rows, D(2026, 3, 27))
    assert [b.item.title for b in first_day] == ["Late dinner"]
    assert first_day[0].ends_after and first_day[0].bottom == 24 * 60


def test_day_list_model(qtmodeltester, editor: ItineraryEditor) -> None:  # noqa: ANN001
    model = editor.programme.days
    assert isinstance(model, DayListModel)
    assert model.rowCount() == 5
    qtmodeltester.check(model)
    empty = DayListModel()
    qtmodeltester.check(empty)


def test_double_click_an_empty_hour_offers_an_item_there(
    qtbot,
    editor: ItineraryEditor,  # noqa: ANN001
) -> None:
    timeline = editor.programme.timeline
    with qtbot.waitSignal(timeline.empty_activated) as asked:
        y = 4 + 4 + (15 - 8) * 64 + 10  # a little after 15:00
        qtbot.mouseDClick(timeline, Qt.MouseButton.LeftButton, pos=QPointF(400, y).toPoint())
    assert asked.args == [dt.time(15, 0)]


def test_drag_a_block_down_an_hour(
    editor: ItineraryEditor, database: Database, visit: Visit
) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    item = add(database, visit, "Museum", dt.datetime(2026, 3, 27, 10), 1)
    editor.refresh()
    timeline = editor.programme.timeline
    start = timeline.block_rect(item).center()

    def send(kind: QEvent.Type, y: float, buttons: Qt.MouseButton) -> None:
        point = QPointF(start.x(), y)
        event = QMouseEvent(
            kind,
            point,
            timeline.mapToGlobal(point),
            Qt.MouseButton.LeftButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(timeline, event)

    left = Qt.MouseButton.LeftButton
    send(QEvent.Type.MouseButtonPress, start.y(), left)
    send(QEvent.Type.MouseMove, start.y() + 40, left)
    send(QEvent.Type.MouseMove, start.y() + 64, left)  # one hour of timeline
    send(QEvent.Type.MouseButtonRelease, start.y() + 64, Qt.MouseButton.NoButton)
    [row] = item_rows(database, visit.delegation_id)
    assert (row.starts_at.hour, row.ends_at.hour) == (11, 12)
    editor.undo_stack.undo()
    [row] = item_rows(database, visit.delegation_id)
    assert row.starts_at.hour == 10
