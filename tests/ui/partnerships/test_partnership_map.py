"""The Map tab on the demo register: a click on a line selects its partnership in the list and
shows it in the pane; the list's filters apply; the CLI writes the same map as PNG and PDF."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage

from exchangedesk.cli import main
from exchangedesk.db.opening import open_database
from exchangedesk.domain.enums import PartnershipStatus
from exchangedesk.services.partnerships.lists import PartnershipFilter
from exchangedesk.services.samples.demo import build_demo
from exchangedesk.ui.partnerships.page import PartnershipsPage

DAY = dt.date(2026, 11, 26)


@pytest.fixture
def demo(tmp_path):  # noqa: ANN001, ANN201
    opened = open_database(tmp_path / "demo.sqlite3")
    build_demo(opened.database, today=DAY)
    yield opened
    opened.close()


def test_a_click_on_a_line_selects_the_partnership(qtbot, demo, tmp_path):  # noqa: ANN001
    page = PartnershipsPage(demo.database)
    page.today = DAY
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    page.map_tabs.setCurrentWidget(page.map_tab)
    view = page.map_view
    qtbot.waitUntil(lambda: view.scene is not None and page.model.rowCount() > 0)
    # The first line whose middle no other line crosses (several start at Coventry).
    line = next(
        candidate
        for candidate in view.scene.data.lines
        if view.line_at(view.line_point(candidate.partnership_id)) == candidate
    )
    point = view.line_point(line.partnership_id).toPoint()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=point)
    assert page.selected_row() is not None and page.selected_row().id == line.partnership_id
    assert page.detail.detail.id == line.partnership_id
    assert view.selected_id == line.partnership_id
    view._hover(point, view.mapToGlobal(point))
    assert line.city_a.name in view.hover_text and "Signed" in view.hover_text
    view.grab().save(str(tmp_path / "map.png"))
    assert QImage(str(tmp_path / "map.png")).width() > 0


def test_the_list_filters_apply_to_the_map(qtbot, demo):  # noqa: ANN001
    page = PartnershipsPage(demo.database)
    page.today = DAY
    qtbot.addWidget(page)
    page.show()
    page.map_tabs.setCurrentWidget(page.map_tab)
    view = page.map_view
    qtbot.waitUntil(lambda: view.scene is not None)
    everything = len(view.scene.data.lines)
    view.set_filters(PartnershipFilter(statuses=frozenset({PartnershipStatus.SUSPENDED})))
    qtbot.waitUntil(lambda: not view._stale and not view.loading)
    shown = view.scene.data.lines
    assert 0 < len(shown) < everything
    assert {line.status for line in shown} == {PartnershipStatus.SUSPENDED}


def test_zoom_and_pan_from_the_keyboard(qtbot, demo):  # noqa: ANN001
    page = PartnershipsPage(demo.database)
    qtbot.addWidget(page)
    page.show()
    view = page.map_view
    view.load()
    fitted = view.zoom
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom == pytest.approx(fitted * 1.5)
    centre = QPointF(view.centre)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.centre.x() > centre.x()
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.zoom == 1.0


def test_the_cli_writes_the_map_as_png_and_pdf(demo, tmp_path):  # noqa: ANN001
    db = (
        str(demo.database_path)
        if hasattr(demo, "database_path")
        else str(tmp_path / "demo.sqlite3")
    )
    png, pdf = tmp_path / "map.png", tmp_path / "map.pdf"
    assert main(["map", "--db", db, "--out", str(png), "--size", "800x450"]) == 0
    assert png.stat().st_size > 0
    image = QImage(str(png))
    assert (image.width(), image.height()) == (800, 450)
    assert main(["map", "--db", db, "--out", str(pdf), "--status", "active"]) == 0
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert "Pages:           1" in info.stdout
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Letter of intent" in text and "partnerships" in text
    assert main(["map", "--db", db, "--out", str(tmp_path / "map.gif")]) == 2


def test_the_page_point_hits_nothing_in_the_sea(qtbot, demo):  # noqa: ANN001
    page = PartnershipsPage(demo.database)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.map_view.load()
    assert page.map_view.line_at(QPoint(5, 5)) is None
