"""The main window as a secretary meets it: areas, lists, filter, shortcuts, remembered state."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QHeaderView

from exchangedesk import __version__
from exchangedesk.db.opening import OpenedDatabase, open_database
from exchangedesk.ui.areas.list_page import ListPage, TabbedListPage
from exchangedesk.ui.main_window import MainWindow
from qt_checks import ModelChecker

AREA_TITLES = [
    "Home",
    "Partnerships",
    "Delegations",
    "Exchanges",
    "Gifts",
    "Aid",
    "People & Organisations",
    "Calendar",
    "Documents",
]


def type_text(widget, text: str) -> None:  # noqa: ANN001
    """Type like a keyboard would, any script (qtbot.keyClicks aborts on non-ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def list_page(window: MainWindow, key: str) -> ListPage:
    window.show_area(key)
    page = window.page(key)
    return page.current if isinstance(page, TabbedListPage) else page


def column_texts(page: ListPage, header: str) -> list[str]:
    column = [c.header for c in page.spec.columns].index(header)
    return [page.model.index(row, column).data() for row in range(page.model.rowCount())]


def test_opens_on_a_fresh_database(window: MainWindow, db_path: Path) -> None:
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == AREA_TITLES
    assert window.current_area == "home"
    assert db_path.name in window.windowTitle()
    assert window.location_label.text() == str(db_path)
    assert not window.read_only_label.isVisible()
    assert "Welcome" in window.page("home").welcome.text()


def test_every_area_is_reachable_from_the_navigation_bar(window: MainWindow) -> None:
    for row, title in enumerate(AREA_TITLES):
        window.nav.setCurrentRow(row)
        page = window.pages[row]
        assert window.stack.currentWidget() is page
        assert page.isVisible()
        assert window.actions_.areas[row].isChecked()
        # Only one area is ticked in the View menu (an exclusive group).
        assert [a.isChecked() for a in window.actions_.areas].count(True) == 1
        # A title's own "&" is doubled so the menu shows it ("People & Organisations").
        assert window.actions_.areas[row].text().replace("&&", "&") == title
        assert "&" not in window.actions_.areas[row].text().replace("&&", "")


def test_areas_have_keyboard_shortcuts(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_area == "gifts")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_area == "partnerships")


@pytest.mark.parametrize(
    ("key", "title"),
    [
        ("partnerships", "No partnerships yet"),
        ("delegations", "No delegations yet"),
        ("exchanges", "No exchange programmes yet"),
        ("gifts", "No gifts yet"),
        ("aid", "No aid campaigns yet"),
        ("people", "No people yet"),
        ("documents", "The correspondence register is empty"),
    ],
)
def test_an_empty_area_says_what_it_is_for(window: MainWindow, key: str, title: str) -> None:
    page = list_page(window, key)
    assert page.showing_placeholder
    assert page.empty.isVisible() and not page.table.isVisible()
    assert page.empty.title.text() == title
    assert len(page.empty.text.text()) > 80  # what the area is for, and how to begin


def test_a_filled_area_lists_its_rows(filled_window: MainWindow) -> None:
    page = list_page(filled_window, "partnerships")
    assert not page.showing_placeholder and page.table.isVisible()
    assert page.model.rowCount() == 4
    assert sorted(column_texts(page, "Partner city")) == [
        "Dresden",
        "Eisenhüttenstadt",
        "Volgograd (Волгоград)",
        "Volgograd (Волгоград)",
    ]
    assert "Letter of intent" in column_texts(page, "Status")  # labels, not enum codes
    assert "20 Apr 1944" in column_texts(page, "Signed")
    assert filled_window.counts_label.text() == "Partnerships: 4"


def test_typing_cyrillic_in_the_filter_narrows_the_list(filled_window: MainWindow, qtbot) -> None:  # noqa: ANN001
    page = list_page(filled_window, "partnerships")
    type_text(page.filter_bar, "волгоград")
    assert page.filter_bar.text() == "волгоград"
    assert page.model.rowCount() == 4  # not on every key: after a short pause
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert set(column_texts(page, "Partner city")) == {"Volgograd (Волгоград)"}
    assert filled_window.counts_label.text() == "Partnerships: 2 matching “волгоград”"


def test_diacritics_and_no_match(filled_window: MainWindow, qtbot) -> None:  # noqa: ANN001
    page = list_page(filled_window, "partnerships")
    page.filter_bar.setText("eisenhuttenstadt")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert column_texts(page, "Partner city") == ["Eisenhüttenstadt"]
    page.filter_bar.setText("atlantis")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.no_match.isVisible() and "atlantis" in page.no_match.text()
    assert not page.showing_placeholder  # an empty result is not an empty register
    page.filter_bar.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    assert not page.no_match.isVisible()


def test_people_filter_in_the_tabbed_area(filled_window: MainWindow, qtbot) -> None:  # noqa: ANN001
    page = list_page(filled_window, "people")
    type_text(page.filter_bar, "Ольга")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert column_texts(page, "In own script") == ["Ольга Иванова"]


def test_clicking_a_header_sorts_in_sql(filled_window: MainWindow, qtbot) -> None:  # noqa: ANN001
    page = list_page(filled_window, "partnerships")
    signed = [c.header for c in page.spec.columns].index("Signed")
    header = page.table.horizontalHeader()
    with qtbot.waitSignal(page.model.modelReset):
        qtbot.mouseClick(
            header.viewport(),
            Qt.MouseButton.LeftButton,
            pos=_section_centre(header, signed),
        )
    assert page.model.query.sort == "signed_on"
    first = column_texts(page, "Signed")
    page.table.sortByColumn(signed, Qt.SortOrder.DescendingOrder)
    second = column_texts(page, "Signed")
    assert {tuple(first), tuple(second)} == {
        ("20 Apr 1944", "1 Jun 1953", "15 Sep 1959", ""),
        ("15 Sep 1959", "1 Jun 1953", "20 Apr 1944", ""),
    }


def _section_centre(header: QHeaderView, section: int) -> QPoint:
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPoint(x, header.height() // 2)


def test_selecting_a_row_fills_the_detail_pane(filled_window: MainWindow) -> None:
    page = list_page(filled_window, "delegations")
    titles = column_texts(page, "Title")
    page.table.selectRow(titles.index("Clementine Churchill in Stalingrad"))
    shown = page.detail.shown_values()
    assert page.detail.heading.text() == "Clementine Churchill in Stalingrad"
    assert shown["Head of delegation"] == "Clementine Churchill"
    assert shown["Arrival"] == "30 Mar 1945"
    assert shown["Direction"] == "Outgoing"
    assert "Notes" not in shown  # empty fields are left out


def test_ctrl_f_focuses_the_filter(filled_window: MainWindow, qtbot) -> None:  # noqa: ANN001
    page = list_page(filled_window, "gifts")
    page.table.setFocus()
    filled_window.activateWindow()
    qtbot.waitUntil(filled_window.isActiveWindow)
    qtbot.keyClick(filled_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.filter_bar.hasFocus)


def test_standard_shortcuts(window: MainWindow) -> None:
    actions = window.actions_
    assert actions.new_record.shortcut() == QKeySequence("Ctrl+N")
    assert not actions.new_record.isEnabled()
    window.show_area("documents")
    assert actions.new_record.isEnabled()  # New document… (tests/ui/test_documents_area.py)
    window.show_area("partnerships")
    assert actions.new_record.isEnabled()  # the partnership editor (tests/ui/test_partnerships*)
    assert actions.find.shortcut() == QKeySequence("Ctrl+F")
    assert actions.quit.shortcut() == QKeySequence("Ctrl+Q")
    assert actions.print_.shortcut() == QKeySequence("Ctrl+P") and actions.print_.isEnabled()
    assert QKeySequence("Ctrl+Z") in actions.undo.shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in actions.redo.shortcuts()
    assert not actions.undo.isEnabled()  # nothing to undo yet
    window.show_area("calendar")
    assert not actions.find.isEnabled()  # the calendar has no filter


def test_geometry_and_last_area_are_remembered(
    make_window, opened: OpenedDatabase, settings: QSettings, qtbot
) -> None:  # noqa: ANN001, E501
    first = make_window(opened)
    first.resize(720, 530)  # the offscreen screen is 800 × 600
    first.show_area("gifts")
    first.close()
    assert settings.value("window/area") == "gifts"

    second = make_window(opened, QSettings(settings.fileName(), QSettings.Format.IniFormat))
    assert second.current_area == "gifts"
    assert second.stack.currentWidget() is second.page("gifts")
    assert (second.width(), second.height()) == (720, 530)


def test_settings_from_a_fresh_start(window: MainWindow, settings: QSettings) -> None:
    assert settings.value("window/geometry") is None  # nothing was written by a test before
    assert window.width() >= 1000


def test_every_item_model_passes_the_model_tester(
    filled_window: MainWindow,
    model_checker: ModelChecker,
    qtbot,  # noqa: ANN001
) -> None:
    models = [m for page in filled_window.pages for m in page.item_models()]
    assert len(models) == 11  # home, 5 single lists, aid and people with two, calendar
    for model in models:
        model_checker.check(model)
    # and while they change: a month with events, a filter, a sort
    filled_window.page("calendar").show_month(1945, 4)
    page = list_page(filled_window, "partnerships")
    page.filter_bar.setText("volgograd")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert model_checker.failures() == []


def test_back_up_now_writes_a_verified_copy(window: MainWindow, db_path: Path, qtbot) -> None:  # noqa: ANN001
    with qtbot.waitSignal(window.backup_finished, timeout=10_000) as blocker:
        window.actions_.back_up.trigger()
    written = Path(blocker.args[0])
    assert written.parent == db_path.parent / "backups"
    with sqlite3.connect(written) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert window.actions_.back_up.isEnabled()
    assert not window.busy.isVisible()


def test_about_credits_geonames(window: MainWindow) -> None:
    text = window.about_text()
    assert __version__ in text and "GeoNames" in text and "CC BY 4.0" in text


def test_read_only_is_shown(make_window, opened: OpenedDatabase, db_path: Path) -> None:  # noqa: ANN001
    reader = open_database(db_path, read_only=True)
    try:
        window = make_window(reader)
        assert window.read_only_label.isVisible()
        assert window.read_only_label.text() == "read-only"
        assert "read-only" in window.windowTitle()
        window.close()
    finally:
        reader.close()


def test_calendar_marks_the_days_of_a_visit(filled_window: MainWindow) -> None:
    filled_window.show_area("calendar")
    calendar = filled_window.page("calendar")
    calendar.show_month(1945, 4)
    assert calendar.model.rowCount() == 1
    assert calendar.marked_days() == [dt.date(1945, 4, d) for d in range(1, 7)]
    assert filled_window.counts_label.text() == "Calendar: April 1945, 1 event"
    calendar.calendar.setSelectedDate(
        calendar.calendar.selectedDate().fromString("1945-04-03", "yyyy-MM-dd")
    )
    assert calendar.table.selectionModel().selectedRows()[0].row() == 0
    calendar.show_month(1945, 5)
    assert calendar.model.rowCount() == 0 and calendar.marked_days() == []
    assert calendar.nothing.isVisible()


def test_home_tiles_lead_to_their_areas(filled_window: MainWindow, qtbot) -> None:  # noqa: ANN001
    home = filled_window.page("home")
    assert home.tiles["partnerships"].text() == "4 partnerships (2 active)"
    assert home.tiles["aid"].text() == "1 aid campaign"
    qtbot.mouseClick(home.tiles["gifts"], Qt.MouseButton.LeftButton)
    assert filled_window.current_area == "gifts"


def test_opening_another_database_replaces_the_pages(
    window: MainWindow, tmp_path: Path, db_path: Path
) -> None:
    other_path = tmp_path / "other.sqlite3"
    first_pages = list(window.pages)
    assert window.open_location(str(other_path))
    try:
        assert window.location_label.text() == str(other_path)
        assert window.pages and window.pages[0] is not first_pages[0]
        # The first database was closed and its lock released: it opens for writing again.
        open_database(db_path).close()
    finally:
        window.close()
        window.opened.close()


def test_marked_days_follow_a_dark_palette(filled_window: MainWindow, qapp) -> None:  # noqa: ANN001
    calendar = filled_window.page("calendar")
    calendar.show_month(1945, 4)

    def marked_colour() -> str:
        fmt = calendar.calendar.dateTextFormat(QDate(1945, 4, 2))
        return fmt.background().color().name()

    light = marked_colour()
    original = qapp.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    try:
        qapp.setPalette(dark)
        QApplication.processEvents()
        assert marked_colour() != light
        assert QColor(marked_colour()).lightness() < 128  # a dark tint under light text
    finally:
        qapp.setPalette(original)


def test_an_area_page_is_built_when_first_shown(window: MainWindow) -> None:
    # Start-up builds only the page shown; the others cost nothing until visited.
    built = [key for key, page in zip(window.areas, window._pages, strict=True) if page]
    assert [spec.key for spec in built] == ["home"]
    window.show_area("people")
    people = window.page("people")
    assert window.stack.currentWidget() is people and people.isVisible()
    assert window.page("people") is people  # built once, then kept
    assert window.stack.count() == len(window.areas)
