"""Home's "Needs attention": loaded in the background, grouped by kind with counts, and Enter
or a double-click opens the record in its area."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QThreadPool

from exchangedesk.db.models import Delegation, DelegationMember, Partnership, PersonSensitive
from exchangedesk.db.opening import OpenedDatabase
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import (
    DelegationStatus,
    Direction,
    MemberRole,
    PartnershipKind,
    PartnershipStatus,
)
from exchangedesk.services.overview.attention import AttentionKind
from exchangedesk.ui.areas.base import AreaPage, AreaSpec
from exchangedesk.ui.main_window import MainWindow
from exchangedesk.ui.overview.attention import ITEM_ROLE, date_text
from exchangedesk.ui.overview.home import area as home_area
from qt_checks import ModelChecker
from sample_committee import city, person

TODAY = dt.date.today()


def _visit_with_a_conflict(database: Database) -> int:
    """An incoming delegation in ten days whose only member's passport expires on arrival."""
    arrives = TODAY + dt.timedelta(days=10)
    with database.unit_of_work() as s:
        link = Partnership(
            city_a=city("Coventry", "GB"),
            city_b=city("Volgograd", "RU"),
            kind=PartnershipKind.TWIN_TOWN,
            status=PartnershipStatus.ACTIVE,
        )
        visit = Delegation(
            partnership=link,
            direction=Direction.INCOMING,
            title="Choir from Volgograd",
            arrival_on=arrives,
            departure_on=arrives + dt.timedelta(days=4),
            status=DelegationStatus.PLANNED,
        )
        singer = person("Anna", "Smirnova")
        s.add_all([visit, singer])
        s.flush()
        s.add(PersonSensitive(person_id=singer.id, passport_expiry=arrives))
        visit.members.append(DelegationMember(person=singer, role=MemberRole.HEAD))
        s.flush()
        return visit.id


def _loaded_home(window: MainWindow, qtbot):  # noqa: ANN001, ANN202
    home = window.page("home")
    qtbot.waitUntil(lambda: home.loaded, timeout=30_000)
    return home


def _groups(home) -> dict[str, list[str]]:  # noqa: ANN001
    model = home.attention
    found = {}
    for row in range(model.rowCount()):
        heading = model.index(row, 0)
        found[heading.data()] = [
            model.index(child, 0, heading).data() for child in range(model.rowCount(heading))
        ]
    return found


def _row_of(home, kind: AttentionKind):  # noqa: ANN001, ANN202
    model = home.attention
    for row in range(model.rowCount()):
        heading = model.index(row, 0)
        child = model.index(0, 0, heading)
        item = child.data(ITEM_ROLE)
        if item is not None and item.kind is kind:
            return child
    raise AssertionError(f"no {kind} row")


def test_home_lists_a_visit_due_and_a_conflict(
    make_window, opened: OpenedDatabase, database: Database, qtbot, model_checker: ModelChecker
) -> None:  # noqa: ANN001
    _visit_with_a_conflict(database)
    window = make_window(opened)
    home = _loaded_home(window, qtbot)
    groups = _groups(home)
    assert groups["Unresolved conflicts (1)"] == [
        "“Choir from Volgograd” has 1 unresolved conflict"
    ]
    assert groups["Visits in the next six weeks (1)"] == [
        "Incoming delegation “Choir from Volgograd” arrives in 10 days"
    ]
    assert "Visa support letters due (1)" in groups
    headings = list(groups)
    assert headings.index("Unresolved conflicts (1)") < headings.index(
        "Visits in the next six weeks (1)"
    )
    visit = _row_of(home, AttentionKind.VISIT)
    when = visit.siblingAtColumn(1).data()
    assert when == date_text(TODAY + dt.timedelta(days=10), TODAY)
    assert "1 item" not in window.counts_label.text()
    assert window.counts_label.text() == "3 items need attention"
    model_checker.check(home.attention)
    assert model_checker.failures() == []


def test_enter_and_double_click_open_the_record_in_its_area(
    make_window, opened: OpenedDatabase, database: Database, qtbot
) -> None:  # noqa: ANN001
    _visit_with_a_conflict(database)
    window = make_window(opened)
    home = _loaded_home(window, qtbot)
    opened_records = []
    home.open_record.connect(lambda area, id_: opened_records.append((area, id_)))
    view = home.attention_view
    view.setFocus()
    visit = _row_of(home, AttentionKind.VISIT)
    view.setCurrentIndex(visit)
    assert "Double-click or press Enter" in home.explanation.text()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.current_area == "delegations"
    window.show_area("home")
    conflict = _row_of(home, AttentionKind.CONFLICT)
    rect = view.visualRect(conflict)
    # A real double-click: press, release, then the double-click event on the same row.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_area == "delegations"
    record_id = visit.data(ITEM_ROLE).record.id
    assert opened_records == [("delegations", record_id), ("delegations", record_id)]
    # A heading opens nothing.
    window.show_area("home")
    view.setCurrentIndex(home.attention.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.current_area == "home"


def test_an_empty_register_needs_no_attention(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    home = _loaded_home(window, qtbot)
    assert home.attention.rowCount() == 0
    assert not home.attention_view.isVisible()
    assert home.state.text().startswith("Nothing needs your attention")


def test_the_list_is_read_again_for_another_day(
    make_window, opened: OpenedDatabase, database: Database, qtbot
) -> None:  # noqa: ANN001
    _visit_with_a_conflict(database)
    window = make_window(opened)
    home = _loaded_home(window, qtbot)
    home.today = TODAY + dt.timedelta(days=60)  # the visit is over by then
    with qtbot.waitSignal(home.attention_loaded, timeout=30_000):
        home.refresh()
    assert not any("Choir" in title for titles in _groups(home).values() for title in titles)


class _SelectingPage(AreaPage):
    """An area that can select a record, as the window's show_record expects."""

    def __init__(self, _database: Database, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.selected: list[int] = []

    def show_record(self, record_id: int) -> bool:
        self.selected.append(record_id)
        return True


def test_show_record_switches_area_and_selects_where_the_page_can(
    opened: OpenedDatabase,
    settings,
    qtbot,  # noqa: ANN001
) -> None:
    areas = [
        home_area(),
        AreaSpec("delegations", "Delegations", "mdi6.account-group-outline", _SelectingPage),
        AreaSpec("gifts", "Gifts", "mdi6.gift-outline", lambda db, parent: AreaPage(parent)),
    ]
    window = MainWindow(opened, settings, areas)
    qtbot.addWidget(window)
    window.page("home").open_record.emit("delegations", 7)
    assert window.current_area == "delegations"
    assert window.page("delegations").selected == [7]
    assert window.show_record("gifts", 3) is False  # a page that cannot select: just shown
    assert window.current_area == "gifts"
    QThreadPool.globalInstance().waitForDone(30_000)
