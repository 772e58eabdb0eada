"""The demo's 1942 collection as the Aid area shows it (with its shipment's whole history and
the flood collection converted with its rate), the signed delivery confirmation attached and
removed with undo, and Qt's model tester on every model the area adds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from exchangedesk.db.opening import OpenedDatabase
from exchangedesk.domain.enums import ShipmentStatus as S
from exchangedesk.services.aid.shipments import ShipmentLineFields
from exchangedesk.services.samples.demo import build_demo
from exchangedesk.ui.aid.page import AidPage
from exchangedesk.ui.aid.shipment_lines import ShipmentLinesModel
from exchangedesk.ui.main_window import MainWindow
from qt_checks import ModelChecker

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def demo_window(make_window, opened: OpenedDatabase) -> MainWindow:  # noqa: ANN001
    build_demo(opened.database, today=TODAY)
    return make_window(opened)


def aid_page(window: MainWindow) -> AidPage:
    window.show_area("aid")
    page = window.page("aid")
    assert isinstance(page, AidPage)
    page.today = TODAY
    return page


def select_campaign(page: AidPage, title: str) -> None:
    model = page.campaigns.model
    rows = [r for r in range(model.rowCount()) if model.row_at(r).title == title]
    assert rows, f"{title} is not listed"
    page.campaigns.table.selectRow(rows[0])


def test_the_demos_1942_collection_shows_with_its_history(demo_window: MainWindow) -> None:
    page = aid_page(demo_window)
    select_campaign(page, "Coventry appeal for Stalingrad")
    pane = page.campaign_pane
    assert pane.heading.text() == "Coventry appeal for Stalingrad"
    assert "For Volgograd" in pane.subheading.text()
    totals = pane.totals_model
    assert [totals.index(0, c).data() for c in range(5)] == [
        "GBP",
        "243.75 GBP",
        "227.50 GBP",
        "227.50 GBP",
        "16.25 GBP",
    ]
    assert "no conversion needed" in pane.rates.text()
    donors = {pane.contributions.row_at(r).donor for r in range(pane.contributions.rowCount())}
    assert {"Coventry miners' federation", "Anonymous", "Edith Cole"} <= donors
    assert pane.shipments.row_at(0).reference == "STAL-1943-01"

    pane.shipments_table.selectRow(0)
    pane.open_shipment_button.click()
    shipment = page.shipment_pane
    assert page.tabs.currentWidget() is page.shipments
    assert shipment.heading.text() == "STAL-1943-01"
    assert [shipment.history.index(r, 0).data() for r in range(6)] == [
        "1 Dec 1942",
        "15 Jan 1943",
        "1 Feb 1943",
        "3 Feb 1943",
        "1 Apr 1943",
        "1 Jun 1943",
    ]
    assert shipment.steps.steps[S.CONFIRMED].property("kind") == "current"
    assert all(shipment.steps.steps[s].property("kind") == "done" for s in (S.PLANNED, S.PACKED))
    assert not shipment.advance_button.isEnabled()  # confirmed: nothing comes after
    assert shipment.correct_button.isEnabled()


def test_the_demos_flood_collection_converts_and_names_its_rate(demo_window: MainWindow) -> None:
    page = aid_page(demo_window)
    select_campaign(page, "Coventry collection after the Elbe floods")
    pane = page.campaign_pane
    totals = pane.totals_model
    last = totals.rowCount() - 1
    assert totals.index(last, 0).data() == "All, in GBP"
    assert totals.index(last, 1).data() == "1,612.00 GBP"
    assert "1 EUR = 0.64 GBP from 1 Aug 2002" in pane.rates.text()


def test_the_signed_confirmation_is_attached_and_removed_with_undo(
    demo_window: MainWindow, tmp_path: Path
) -> None:
    page = aid_page(demo_window)
    select_campaign(page, "Coventry appeal for Stalingrad")
    page.show_shipment(page.campaign_shipment_ids()[0])
    pane = page.shipment_pane
    assert pane.no_documents.isVisible() and not pane.documents_table.isVisible()
    scan = tmp_path / "Kuibyshev receipt, signed.pdf"
    scan.write_bytes(b"%PDF-1.4 received with thanks")
    page.attach_confirmation(scan)
    assert pane.documents.rowCount() == 1
    assert pane.documents.row_at(0).original_name == "Kuibyshev receipt, signed.pdf"
    assert pane.documents_table.isVisible()
    page.remove_document(pane.documents.row_at(0).id)
    assert pane.documents.rowCount() == 0
    demo_window.undo_stack.undo()
    assert pane.documents.rowCount() == 1
    demo_window.undo_stack.undo()  # the attaching itself
    assert pane.documents.rowCount() == 0
    demo_window.undo_stack.redo()
    assert pane.documents.rowCount() == 1


def test_every_model_of_the_area_passes_the_model_tester(
    demo_window: MainWindow, model_checker: ModelChecker
) -> None:
    page = aid_page(demo_window)
    select_campaign(page, "Coventry collection after the Elbe floods")
    page.show_shipment(page.campaign_shipment_ids()[0])
    pane, shipment = page.campaign_pane, page.shipment_pane
    page.show_rates()
    rates = page.dialog.model
    lines = ShipmentLinesModel("GBP")
    lines.set_lines(
        (
            ShipmentLineFields("Dehumidifiers", "6", "pcs", "145.00", "GBP", "PAL-1"),
            ShipmentLineFields("Boots", "60", "pair", "9.99", "GBP", expires_on=TODAY),
        )
    )
    for model in (
        pane.totals_model,
        pane.contributions,
        pane.shipments,
        shipment.lines,
        shipment.history,
        shipment.documents,
        rates,
        lines,
    ):
        assert model.rowCount() > 0 or model is shipment.documents
        model_checker.check(model)
    # and while they change: a line added, edited, marked and removed
    row = lines.add_line()
    lines.setData(lines.index(row, 1), "0")
    lines.set_message(row, "Line 3: quantity — must be more than zero")
    lines.remove_line(0)
    assert lines.rowCount() == 2 and lines.message(1)
    assert model_checker.failures() == []
