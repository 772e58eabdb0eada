"""The Calendar area: month and week views, navigation, events on their days and at their local
times, World Sister Cities Day, and a click on an event opening its record."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt

from exchangedesk.db.models import Delegation, ItineraryItem, Partnership
from exchangedesk.db.opening import OpenedDatabase
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import (
    DelegationStatus,
    Direction,
    PartnershipKind,
    PartnershipStatus,
)
from exchangedesk.services.overview.calendar import EventKind
from exchangedesk.ui.main_window import MainWindow
from exchangedesk.ui.overview.calendar import MONTH, WEEK, CalendarPage
from qt_checks import ModelChecker
from sample_committee import city

VOLGOGRAD = ZoneInfo("Europe/Volgograd")
TODAY = dt.date(2027, 4, 14)


@pytest.fixture
def visit_id(database: Database) -> int:
    """An outgoing visit 20–22 April 2027 with a wreath-laying at 10:00 Volgograd time."""
    with database.unit_of_work() as s:
        link = Partnership(
            city_a=city("Coventry", "GB"),
            city_b=city("Volgograd", "RU"),
            kind=PartnershipKind.TWIN_TOWN,
            status=PartnershipStatus.ACTIVE,
        )
        visit = Delegation(
            partnership=link,
            direction=Direction.OUTGOING,
            title="Mayor in Volgograd",
            arrival_on=dt.date(2027, 4, 20),
            departure_on=dt.date(2027, 4, 22),
            status=DelegationStatus.CONFIRMED,
        )
        s.add(visit)
        s.flush()
        starts = dt.datetime(2027, 4, 21, 10, 0, tzinfo=VOLGOGRAD)
        s.add(
            ItineraryItem(
                delegation_id=visit.id,
                title="Wreath at Mamayev Kurgan",
                timezone="Europe/Volgograd",
                starts_at=starts.astimezone(dt.UTC),
                ends_at=(starts + dt.timedelta(hours=1)).astimezone(dt.UTC),
            )
        )
        return visit.id


@pytest.fixture
def calendar(make_window, opened: OpenedDatabase, visit_id: int) -> CalendarPage:  # noqa: ANN001
    window = make_window(opened)
    window.show_area("calendar")
    page = window.page("calendar")
    page.today = TODAY
    page.first_weekday = 0  # weeks from Monday, whatever the test machine's locale
    page.go_to(TODAY, MONTH)
    return page


def _painted_bars(grid) -> list:  # noqa: ANN001
    grid.grab()  # a paint pass places the bars
    return grid.bars


def _bar_of(grid, title: str):  # noqa: ANN001, ANN202
    return next(rect for rect, event in _painted_bars(grid) if event.title == title)


def test_month_and_week_views_switch_with_the_toggle(calendar: CalendarPage, qtbot) -> None:  # noqa: ANN001
    assert calendar.mode == MONTH and calendar.heading.text() == "April 2027"
    assert calendar.views.currentWidget() is calendar.month_grid
    qtbot.mouseClick(calendar.week_button, Qt.MouseButton.LeftButton)
    assert calendar.mode == WEEK
    assert calendar.views.currentWidget() is calendar.week_scroll
    assert calendar.heading.text() == "12 – 18 April 2027"  # the week of "today"
    assert calendar.week_grid.first_day == dt.date(2027, 4, 12)
    qtbot.mouseClick(calendar.month_button, Qt.MouseButton.LeftButton)
    assert calendar.mode == MONTH and calendar.heading.text() == "April 2027"


def test_previous_next_and_today(calendar: CalendarPage, qtbot) -> None:  # noqa: ANN001
    qtbot.mouseClick(calendar.next_button, Qt.MouseButton.LeftButton)
    assert calendar.heading.text() == "May 2027"
    qtbot.mouseClick(calendar.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(calendar.previous_button, Qt.MouseButton.LeftButton)
    assert calendar.heading.text() == "March 2027"
    qtbot.mouseClick(calendar.today_button, Qt.MouseButton.LeftButton)
    assert calendar.heading.text() == "April 2027"
    calendar.set_mode(WEEK)
    qtbot.mouseClick(calendar.next_button, Qt.MouseButton.LeftButton)
    assert calendar.heading.text() == "19 – 25 April 2027"
    calendar.step(1)
    assert calendar.heading.text() == "26 April – 2 May 2027"  # across two months
    qtbot.mouseClick(calendar.today_button, Qt.MouseButton.LeftButton)
    assert calendar.week_grid.first_day == dt.date(2027, 4, 12)
    calendar.go_to(dt.date(2027, 12, 29))
    assert calendar.heading.text() == "27 December 2027 – 2 January 2028"


def test_a_visit_is_a_bar_across_its_days(calendar: CalendarPage) -> None:
    grid = calendar.month_grid
    bar = _bar_of(grid, "Mayor in Volgograd")
    first, last = grid.cell_of(dt.date(2027, 4, 20)), grid.cell_of(dt.date(2027, 4, 22))
    assert first.left() <= bar.left() < first.right()
    assert last.left() < bar.right() <= last.right()
    assert grid.day_at(bar.center()) == dt.date(2027, 4, 21)
    assert grid.cell_of(dt.date(2027, 4, 20)).contains(QPoint(bar.left() + 2, bar.center().y()))
    rows = [(e.kind, e.title) for e in calendar.model.rows()]
    assert (EventKind.DELEGATION, "Mayor in Volgograd") in rows
    assert calendar.marked_days() == [dt.date(2027, 4, d) for d in (20, 21, 22)]


def test_world_sister_cities_day_on_25_april_2027(calendar: CalendarPage) -> None:
    grid = calendar.month_grid
    bar = _bar_of(grid, "World Sister Cities Day")
    assert grid.day_at(bar.center()) == dt.date(2027, 4, 25)
    calendar.go_to(dt.date(2027, 4, 25), WEEK)
    week = calendar.week_grid
    bar = _bar_of(week, "World Sister Cities Day")
    assert week.day_at(bar.center()) == dt.date(2027, 4, 25)


def test_the_week_shows_an_item_at_its_local_time(calendar: CalendarPage) -> None:
    calendar.go_to(dt.date(2027, 4, 21), WEEK)
    week = calendar.week_grid
    bar = _bar_of(week, "Wreath at Mamayev Kurgan")
    assert week.day_at(bar.center()) == dt.date(2027, 4, 21)
    assert abs(bar.top() - week._y(10 * 60)) <= 2  # 10:00 Volgograd time, not UTC
    assert abs(bar.bottom() - week._y(11 * 60)) <= 3
    item = next(e for e in calendar.model.rows() if e.kind is EventKind.ITINERARY)
    assert calendar.model.data(calendar.model.index(calendar.model.rows().index(item), 0)) == (
        "Wed 21 Apr, 10:00–11:00 Volgograd time"
    )


@pytest.mark.parametrize("view", [MONTH, WEEK])
def test_clicking_an_event_opens_its_record(
    make_window, opened: OpenedDatabase, visit_id: int, qtbot, view: str
) -> None:  # noqa: ANN001
    window: MainWindow = make_window(opened)
    window.show_area("calendar")
    page = window.page("calendar")
    page.first_weekday = 0
    page.go_to(dt.date(2027, 4, 21), view)
    grid = page.month_grid if view == MONTH else page.week_grid
    opened_records = []
    page.open_record.connect(lambda area, id_: opened_records.append((area, id_)))
    title = "Mayor in Volgograd" if view == MONTH else "Wreath at Mamayev Kurgan"
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=_bar_of(grid, title).center())
    assert opened_records == [("delegations", visit_id)]
    assert window.current_area == "delegations"


def test_a_click_on_an_observance_opens_nothing(calendar: CalendarPage, qtbot) -> None:  # noqa: ANN001
    grid = calendar.month_grid
    opened_records = []
    calendar.open_record.connect(lambda area, id_: opened_records.append((area, id_)))
    bar = _bar_of(grid, "World Sister Cities Day")
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=bar.center())
    assert opened_records == []


def test_a_double_click_on_a_day_shows_its_week(calendar: CalendarPage, qtbot) -> None:  # noqa: ANN001
    grid = calendar.month_grid
    empty_day = grid.cell_of(dt.date(2027, 4, 6))
    spot = QPoint(empty_day.center().x(), empty_day.bottom() - 4)
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=spot)
    assert calendar.calendar.selectedDate().toPython() == dt.date(2027, 4, 6)
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=spot)
    assert calendar.mode == WEEK and calendar.week_grid.first_day == dt.date(2027, 4, 5)


def test_the_list_model_passes_the_model_tester(
    calendar: CalendarPage, model_checker: ModelChecker
) -> None:
    model_checker.check(calendar.model)
    calendar.go_to(dt.date(2027, 4, 21), WEEK)
    calendar.step(-1)
    calendar.set_mode(MONTH)
    assert model_checker.failures() == []


def test_enter_on_a_row_of_the_list_opens_its_record(
    calendar: CalendarPage, visit_id: int, qtbot
) -> None:  # noqa: ANN001
    opened_records = []
    calendar.open_record.connect(lambda area, id_: opened_records.append((area, id_)))
    row = next(i for i, e in enumerate(calendar.model.rows()) if e.kind is EventKind.DELEGATION)
    calendar.table.setFocus()
    calendar.table.setCurrentIndex(calendar.model.index(row, 0))
    qtbot.keyClick(calendar.table, Qt.Key.Key_Return)
    assert opened_records == [("delegations", visit_id)]


def test_page_down_and_up_step_through_months(calendar: CalendarPage, qtbot) -> None:  # noqa: ANN001
    calendar.month_grid.setFocus()
    qtbot.waitUntil(calendar.month_grid.hasFocus)
    qtbot.keyClick(calendar.month_grid, Qt.Key.Key_PageDown)
    assert calendar.heading.text() == "May 2027"
    qtbot.keyClick(calendar.month_grid, Qt.Key.Key_PageUp)
    assert calendar.heading.text() == "April 2027"
