"""The Aid area as the secretary uses it: a campaign made and undone, contributions refused by
field with nothing saved, a shipment whose bad line is named by row, a status that only moves
forward (and a correction that shows in the history), allocations and the two traceability
answers, and the missing-rate message instead of a crash."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import ShipmentStatus as S
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.aid.contributions import ContributionFields, Donor, create_contribution
from exchangedesk.services.aid.desk import campaign_shipments
from exchangedesk.services.aid.lists import list_campaigns, list_contributions
from exchangedesk.services.aid.shipments import (
    ShipmentFields,
    ShipmentLineFields,
    create_shipment,
    get_shipment,
)
from exchangedesk.services.partnerships.gazetteer import find_cities
from exchangedesk.ui.aid.contribution_editor import NAMED
from exchangedesk.ui.aid.page import AidPage
from exchangedesk.ui.aid.traceability import CityDeliveryDialog, DonorTraceDialog
from exchangedesk.ui.dialogs import confirm
from exchangedesk.ui.dialogs.record_fields import Choice
from exchangedesk.ui.main_window import MainWindow
from sample_committee import SampleIds

TODAY = dt.date(2026, 11, 26)


def aid_page(window: MainWindow) -> AidPage:
    window.show_area("aid")
    page = window.page("aid")
    assert isinstance(page, AidPage)
    page.today = TODAY
    return page


def titles(database: Database) -> list[str]:
    return [row.title for row in list_campaigns(database).rows]


def gifts(database: Database, campaign_id: int) -> int:
    return list_contributions(database, campaign_id=campaign_id).total


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(confirm, "ask", lambda *args: True)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(AidPage, "_warn", lambda self, title, error: said.append(str(error)))
    return said


def test_a_campaign_is_created_in_the_editor_and_undone(
    filled_window: MainWindow, database: Database, answer_yes: None
) -> None:
    page = aid_page(filled_window)
    page.new_campaign()
    editor = page.dialog
    editor.title.setText("Blankets for Volgograd hospitals")
    volgograd = find_cities(database, "Volgograd")[0]
    editor.city.choose(Choice(volgograd.id, volgograd.label))
    partnerships = [editor.partnership.itemText(i) for i in range(editor.partnership.count())]
    assert partnerships[0] == "— none —" and "Coventry – Volgograd" in partnerships
    assert len(partnerships) == 3  # Volgograd's two: Coventry and Kemi
    editor.partnership.setCurrentIndex(partnerships.index("Coventry – Volgograd"))
    editor.starts_on.set_value(dt.date(2026, 12, 1))
    editor.target_amount.setText("2,500.00")
    editor.accept()
    assert not editor.isVisible() and editor.saved is not None
    assert "Blankets for Volgograd hospitals" in titles(database)
    assert page.campaign_pane.heading.text() == "Blankets for Volgograd hospitals"
    assert "2,500.00 GBP" in page.campaign_pane.fact["target"].text()

    stack = filled_window.undo_stack
    assert stack.undoText().startswith("New campaign")
    stack.undo()
    assert "Blankets for Volgograd hospitals" not in titles(database)
    stack.redo()
    assert "Blankets for Volgograd hospitals" in titles(database)


def test_an_edit_of_a_campaign_is_undone(
    filled_window: MainWindow, database: Database, sample: SampleIds
) -> None:
    page = aid_page(filled_window)
    page.show_campaign(sample.aid_1942)
    page.edit_campaign()
    editor = page.dialog
    editor.title.setText("Coventry's 1942 appeal")
    editor.accept()
    assert "Coventry's 1942 appeal" in titles(database)
    assert page.campaigns.selected_row().title == "Coventry's 1942 appeal"
    filled_window.undo_stack.undo()
    assert "Aid to Stalingrad 1942" in titles(database)
    assert page.campaign_pane.heading.text() == "Aid to Stalingrad 1942"


def test_bad_contributions_are_refused_beside_the_field_and_nothing_is_saved(
    filled_window: MainWindow, database: Database, sample: SampleIds
) -> None:
    page = aid_page(filled_window)
    page.show_campaign(sample.aid_1942)
    before = gifts(database, sample.aid_1942)
    page.add_contribution()
    editor = page.dialog
    editor.donor_kind.setCurrentIndex(NAMED)
    editor.donor_text.setText("Sheffield miners")
    editor.received_on.set_value(dt.date(1942, 12, 5))
    cases = [
        ("10.00", "XYZ", "currency", "ISO 4217"),
        ("10.005", "GBP", "amount", "GBP has 2 decimal places"),
        ("0", "GBP", "amount", "zero or less"),
        ("-5", "GBP", "amount", "zero or less"),
        ("ten", "GBP", "amount", "not a number"),
        ("12,50", "EUR", "amount", "not a number"),  # never read as 1250
    ]
    for amount, currency, field, words in cases:
        editor.amount.setText(amount)
        editor.currency.setText(currency)
        editor.accept()
        assert editor.isVisible()
        assert words in editor.messages.message(field), (amount, currency)
        assert list(editor.messages.shown()) == [field]
        assert gifts(database, sample.aid_1942) == before
    editor.amount.setText("10.00")
    editor.currency.setText("gbp")
    editor.accept()
    assert not editor.isVisible()
    assert gifts(database, sample.aid_1942) == before + 1
    assert page.campaign_pane.contributions.rowCount() == before + 1
    filled_window.undo_stack.undo()
    assert gifts(database, sample.aid_1942) == before


def test_a_shipment_with_a_zero_line_is_refused_naming_the_row(
    filled_window: MainWindow, database: Database, sample: SampleIds, qtbot
) -> None:  # noqa: ANN001
    page = aid_page(filled_window)
    page.show_campaign(sample.aid_1942)
    page.new_shipment()
    editor = page.dialog
    editor.reference.setText("SHIP-2")
    editor.carrier.setText("Red Cross")
    lines = editor.lines
    for item, quantity in (("Blankets", "100"), ("Bandages", "40"), ("Soap", "0")):
        row = lines.add_line()
        for column, value in enumerate((item, quantity, "pcs", "0.50")):
            assert lines.setData(lines.index(row, column), value)
    editor.accept()
    assert editor.isVisible()
    assert editor.line_messages.text().startswith("Line 3: quantity — must be more than zero")
    assert lines.message(2) and not lines.message(0)
    assert lines.index(2, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert [r.reference for r in campaign_shipments(database, sample.aid_1942)] == ["SHIP-1"]

    lines.setData(lines.index(2, 1), "12")
    editor.accept()
    assert not editor.isVisible()
    shipped = [r for r in campaign_shipments(database, sample.aid_1942) if r.reference == "SHIP-2"]
    assert shipped and shipped[0].line_count == 3
    assert page.tabs.currentWidget() is page.shipments
    assert page.shipment_pane.heading.text() == "SHIP-2"
    assert page.shipment_pane.steps.steps[S.PLANNED].property("kind") == "current"
    filled_window.undo_stack.undo()
    assert [r.reference for r in campaign_shipments(database, sample.aid_1942)] == ["SHIP-1"]


def _new_shipment(database: Database, campaign_id: int) -> int:
    return create_shipment(
        database,
        ShipmentFields(
            campaign_id=campaign_id,
            reference="SHIP-2",
            lines=(ShipmentLineFields("Blankets", "100", "pcs", "1.50", "GBP"),),
        ),
        planned_on=dt.date(1942, 12, 10),
    ).id


def test_the_status_moves_forward_and_a_correction_shows_in_the_history(
    filled_window: MainWindow, database: Database, sample: SampleIds
) -> None:
    shipment_id = _new_shipment(database, sample.aid_1942)
    page = aid_page(filled_window)
    page.show_shipment(shipment_id)
    page.advance_status()
    dialog = page.dialog
    offered = [dialog.to_status.itemData(i) for i in range(dialog.to_status.count())]
    assert S.PLANNED not in offered and offered[0] == S.PACKED and offered[-1] == S.LOST
    dialog.to_status.setCurrentIndex(offered.index(S.DISPATCHED))
    dialog.on_date.set_value(dt.date(1942, 12, 20))
    dialog.accept()
    assert not dialog.isVisible()
    pane = page.shipment_pane
    assert pane.detail.status == S.DISPATCHED
    assert pane.steps.steps[S.DISPATCHED].property("kind") == "current"
    assert "20 Dec 1942" in pane.steps.steps[S.DISPATCHED].text()
    assert pane.history.rowCount() == 2

    # backwards is never offered, and refused by the service if asked for
    with pytest.raises(ValidationError, match="cannot go back"):
        page.edits.advance(pane.detail, S.PACKED, dt.date(1942, 12, 21), "")
    # a date before the latest step is refused beside the date
    page.advance_status()
    dialog = page.dialog
    dialog.on_date.set_value(dt.date(1942, 12, 1))
    dialog.accept()
    assert "before the latest step" in dialog.messages.message("on_date")
    dialog.done(0)

    page.record_correction()
    correction = page.dialog
    assert correction.history.rowCount() == 2
    correction.on_date.set_value(dt.date(1942, 12, 22))
    correction.accept()
    assert "note" in correction.messages.shown()  # a reason is required
    correction.reason.setPlainText("Marked dispatched by mistake: still at the depot")
    correction.accept()
    assert not correction.isVisible()
    assert pane.detail.status == S.PLANNED
    assert [pane.history.index(r, 1).data() for r in range(3)] == [
        "Planned",
        "Dispatched",
        "back to planned",
    ]
    assert pane.steps.steps[S.DISPATCHED].property("kind") == "ahead"

    filled_window.undo_stack.undo()  # the correction taken back: dispatched again
    assert get_shipment(database, shipment_id).status == S.DISPATCHED
    assert pane.history.rowCount() == 4

    page.edits.advance(pane.detail, S.LOST, dt.date(1943, 1, 5), "Convoy PQ-x sunk")
    assert pane.steps.steps[S.LOST].property("kind") == "lost"
    assert S.DELIVERED not in pane.steps.steps  # the steps never reached are not drawn
    filled_window.undo_stack.undo()  # undoing a move records a reversal: history stays whole
    after = get_shipment(database, shipment_id)
    assert after.status == S.DISPATCHED
    assert after.history[-1].is_reversal and "Undone" in (after.history[-1].note or "")
    filled_window.undo_stack.redo()
    assert get_shipment(database, shipment_id).status == S.LOST


def test_an_allocation_is_refused_above_what_is_left_then_traced(
    filled_window: MainWindow, database: Database, sample: SampleIds
) -> None:
    shipment_id = _new_shipment(database, sample.aid_1942)
    gift = create_contribution(
        database,
        ContributionFields(
            campaign_id=sample.aid_1942,
            donor=Donor.named("Sheffield miners"),
            amount="120.00",
            currency="GBP",
            received_on=dt.date(1942, 12, 2),
        ),
    )
    page = aid_page(filled_window)
    page.show_campaign(sample.aid_1942)
    page.allocate(gift.id, shipment_id)
    dialog = page.dialog
    assert "120.00 GBP" in dialog.remaining.text()
    dialog.amount.setText("150.00")
    dialog.accept()
    assert "Only 120.00 GBP of this contribution" in dialog.messages.message("amount")
    dialog.amount.setText("100.00")
    dialog.accept()
    assert not dialog.isVisible()
    page.campaign_pane.select_contribution(gift.id)
    assert page.campaign_pane.selected_contribution().unallocated.amount == Decimal("20.00")

    detail = get_shipment(database, shipment_id)
    page.edits.advance(detail, S.DELIVERED, dt.date(1943, 1, 20), "")
    reached = CityDeliveryDialog(database, sample.aid_1942)
    text = reached.browser.toPlainText()
    assert "What reached Volgograd" in text and "SHIP-2" in text and "100.00 GBP" in text
    traced = DonorTraceDialog(database, Donor.named("sheffield MINERS"))
    text = traced.browser.toPlainText()
    assert "SHIP-2" in text and "Delivered" in text
    assert "20.00 GBP not yet spent" in text


def test_an_allocated_contribution_cannot_be_deleted(
    filled_window: MainWindow,
    database: Database,
    sample: SampleIds,
    answer_yes: None,
    warnings: list[str],
) -> None:
    shipment_id = _new_shipment(database, sample.aid_1942)
    page = aid_page(filled_window)
    gift = list_contributions(database, campaign_id=sample.aid_1942).rows[0]
    page.edits.allocate(page_contribution(database, gift.id), shipment_id, "SHIP-2", "0.10")
    assert not page.delete_contribution(gift.id)
    assert "allocated to shipments: SHIP-2" in warnings[0]
    assert gifts(database, sample.aid_1942) == 3


def page_contribution(database: Database, contribution_id: int):  # noqa: ANN201
    from exchangedesk.services.aid.contributions import get_contribution

    return get_contribution(database, contribution_id)


def test_a_missing_rate_is_said_plainly_and_entering_it_converts(
    filled_window: MainWindow, database: Database, sample: SampleIds
) -> None:
    page = aid_page(filled_window)
    page.show_campaign(sample.aid_1942)
    rates = page.campaign_pane.rates.text()
    assert "No exchange rate from RUB to GBP on or before 1942-12-01" in rates
    assert "Enter the rate" in rates
    page.show_rates()
    dialog = page.dialog
    dialog.currency.setText("RUB")
    dialog.valid_on.set_value(dt.date(1942, 11, 1))
    dialog.rate.setText("0.00,5")  # a slip of the hand
    assert not dialog.add_rate()
    assert "not a number" in dialog.messages.message("rate")
    dialog.rate.setText("0.02")
    dialog.source.setText("Illustrative")
    assert dialog.add_rate()
    assert dialog.model.rowCount() == 1
    totals = page.campaign_pane.totals_model
    assert totals.index(totals.rowCount() - 1, 0).data() == "All, in GBP"
    assert "1 RUB = 0.02 GBP" in page.campaign_pane.rates.text()
    filled_window.undo_stack.undo()
    assert "No exchange rate from RUB" in page.campaign_pane.rates.text()


def test_a_rate_is_removed_and_an_allocation_taken_back_with_undo(
    filled_window: MainWindow, database: Database, sample: SampleIds
) -> None:
    from exchangedesk.services.aid.contributions import get_contribution
    from exchangedesk.services.aid.rates import add_exchange_rate, list_exchange_rates

    add_exchange_rate(database, "RUB", dt.date(1942, 1, 1), "0.02", source="Illustrative")
    page = aid_page(filled_window)
    page.show_rates()
    dialog = page.dialog
    dialog.table.selectRow(0)
    dialog.remove_selected()
    assert list_exchange_rates(database).total == 0 and dialog.model.rowCount() == 0
    filled_window.undo_stack.undo()
    assert list_exchange_rates(database).total == 1
    dialog.done(0)

    shipment_id = _new_shipment(database, sample.aid_1942)
    gift = list_contributions(database, campaign_id=sample.aid_1942).rows[0]
    page.edits.allocate(get_contribution(database, gift.id), shipment_id, "SHIP-2", "0.10")
    page.show_campaign(sample.aid_1942)
    (allocation,) = get_contribution(database, gift.id).allocations
    page.take_back(gift.id, allocation.id)
    assert get_contribution(database, gift.id).allocations == ()
    filled_window.undo_stack.undo()
    assert len(get_contribution(database, gift.id).allocations) == 1
