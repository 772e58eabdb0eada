"""The Map tab frames the partners (and "Fit partners" brings them back), shows what the list's
filter text finds, and reads its data on a worker thread while the window stays responsive."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import QPointF, Qt, QTimer

from exchangedesk.db.opening import open_database
from exchangedesk.reports.map.extent import WORLD
from exchangedesk.services.partnerships.lists import PartnershipFilter
from exchangedesk.services.partnerships.map import partnership_map
from exchangedesk.services.samples.demo import build_demo
from exchangedesk.ui.partnerships.page import PartnershipsPage

DAY = dt.date(2026, 11, 26)


@pytest.fixture
def demo(tmp_path):  # noqa: ANN001, ANN201
    opened = open_database(tmp_path / "demo.sqlite3")
    build_demo(opened.database, today=DAY)
    yield opened
    opened.close()


LOAD_WAIT_MS = 30_000  # a generous wait for the background read, not a speed limit


def map_page(qtbot, database):  # noqa: ANN001, ANN201
    page = PartnershipsPage(database)
    page.today = DAY
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    page.map_tabs.setCurrentWidget(page.map_tab)
    view = page.map_view
    # The first map of a process reads the world's outlines and imports numpy on a worker:
    # seconds on a loaded machine (5 s, the default wait, ran out once in the whole suite).
    qtbot.waitUntil(lambda: view.scene is not None and not view.loading, timeout=LOAD_WAIT_MS)
    return page, view


def dots(view):  # noqa: ANN001, ANN201
    """Every dot on the map, the home city's too, in map units (y north)."""
    points = [QPointF(x, y) for x, y in view.scene.cities]
    if view.scene.home is not None:
        points.append(QPointF(*view.scene.home))
    return points


def wait_loaded(qtbot, view):  # noqa: ANN001
    qtbot.waitUntil(lambda: not view._stale and not view.loading, timeout=LOAD_WAIT_MS)


def test_a_european_set_is_framed_on_europe_and_fit_partners_brings_it_back(qtbot, demo):  # noqa: ANN001
    page, view = map_page(qtbot, demo.database)
    page.country_filter.setCurrentIndex(page.country_filter.findData("DE"))
    wait_loaded(qtbot, view)
    lines = view.scene.data.lines
    assert lines and all("DE" in (ln.city_a.country_code, ln.city_b.country_code) for ln in lines)
    shown = view.visible_map_rect()
    assert all(shown.contains(point) for point in dots(view))
    # Europe, not a small Europe on a world page
    assert shown.width() < WORLD.width / 3 and shown.height() < WORLD.height / 3
    assert view.fitted

    qtbot.keyClick(view, Qt.Key.Key_0)
    world = view.visible_map_rect()
    assert world.width() >= WORLD.width and not view.fitted
    qtbot.mouseClick(page.map_tab.fit_button, Qt.MouseButton.LeftButton)
    assert view.visible_map_rect() == shown and view.fitted
    assert "4 partnerships on the map" in page.map_tab.status.text()


def test_the_whole_register_is_framed_too(qtbot, demo):  # noqa: ANN001
    _page, view = map_page(qtbot, demo.database)
    shown = view.visible_map_rect()
    assert all(shown.contains(point) for point in dots(view))


def test_the_list_filter_text_applies_to_the_map(qtbot, demo):  # noqa: ANN001
    page, view = map_page(qtbot, demo.database)
    everything = len(view.scene.data.lines)
    page.filter_bar.setText("volgograd")  # the list's own field, folded as the list folds it
    page.filter_bar.apply_now()
    wait_loaded(qtbot, view)
    shown = view.scene.data.lines
    assert 0 < len(shown) < everything
    assert all("Volgograd" in (ln.city_a.name, ln.city_b.name) for ln in shown)
    listed = {page.model.row_at(row).id for row in range(page.model.rowCount())}
    assert {ln.partnership_id for ln in shown} == listed
    # the view moved to the new set: every dot still on screen
    assert all(view.visible_map_rect().contains(point) for point in dots(view))


def test_the_map_is_read_off_the_gui_thread_and_a_newer_read_wins(qtbot, demo):  # noqa: ANN001
    page, view = map_page(qtbot, demo.database)
    release = threading.Event()
    threads: list[threading.Thread] = []

    def slow_reader(database, filters, **kwargs):  # noqa: ANN001, ANN003, ANN202
        threads.append(threading.current_thread())
        if filters.country == "DE":  # the first read, overtaken by the second
            release.wait(10)
        return partnership_map(database, filters, **kwargs)

    view.reader = slow_reader
    old_scene = view.scene
    view.set_filters(PartnershipFilter(country="DE"))
    qtbot.waitUntil(lambda: view.loading and bool(threads))
    # The GUI thread goes on: timers fire and the map paints while the read waits.
    ticked: list[bool] = []
    QTimer.singleShot(10, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked))
    assert view.grab().width() > 0
    assert view.scene is old_scene and view.loading
    assert "Loading" in page.map_tab.status.text()
    view.set_filters(PartnershipFilter(country="FR"))  # changed while the first read runs
    qtbot.waitUntil(lambda: view.scene is not old_scene)
    release.set()
    wait_loaded(qtbot, view)
    qtbot.wait(50)  # the overtaken read has ended too; its result must not replace the newer
    assert all(t is not threading.main_thread() for t in threads)
    countries = {
        c for ln in view.scene.data.lines for c in (ln.city_a.country_code, ln.city_b.country_code)
    }
    assert "FR" in countries
    assert all(
        "FR" in (ln.city_a.country_code, ln.city_b.country_code) for ln in view.scene.data.lines
    )


def test_the_cli_pdf_frames_the_partners_and_world_shows_all(demo, tmp_path):  # noqa: ANN001
    import subprocess

    from PySide6.QtGui import QColor, QImage

    from exchangedesk.cli import main

    db = str(tmp_path / "demo.sqlite3")
    fitted, world = tmp_path / "de.pdf", tmp_path / "world.pdf"
    assert main(["map", "--db", db, "--out", str(fitted), "--country", "DE"]) == 0
    assert main(["map", "--db", db, "--out", str(world), "--country", "DE", "--world"]) == 0
    corners = {}
    for pdf in (fitted, world):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "Suspended" in text and "4 partnerships" in text  # the legend, read back
        subprocess.run(["pdftoppm", "-r", "30", "-png", "-singlefile", str(pdf),
                        str(pdf.with_suffix(""))], check=True)  # fmt: skip
        image = QImage(str(pdf.with_suffix(".png")))
        # just inside the map's top-left corner (28 pt margin, 30 pt title)
        corners[pdf.name] = QColor(image.pixel(14, 27)).name()
    assert corners["world.pdf"] == "#ffffff"  # outside the world's oval: the bare page
    assert corners["de.pdf"] != "#ffffff"  # Europe fills the frame: sea or land there
