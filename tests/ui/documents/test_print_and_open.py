"""File › Print (Ctrl+P) and opening a record from Home: each area offers the documents of its
selected record, choosing one opens its preview; and each area shows the record it is asked for."""

from __future__ import annotations

import datetime as dt

import pytest

from exchangedesk.db.opening import OpenedDatabase
from exchangedesk.services.samples.demo import build_demo
from exchangedesk.ui.documents.preview import PreviewDialog
from exchangedesk.ui.print_choices import print_choices

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def demo_window(make_window, opened: OpenedDatabase):  # noqa: ANN001, ANN201
    build_demo(opened.database, today=TODAY)
    return make_window(opened)


def _select_first(page, qtbot) -> object:  # noqa: ANN001
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.table.selectRow(0)
    return page.selected_row()


def _labels(window) -> list[str]:  # noqa: ANN001
    menu = window.print_current()
    labels = [a.text() for a in menu.actions() if not a.isSeparator()]
    menu.close()
    return labels


def test_each_area_offers_the_documents_of_its_selected_record(demo_window, qtbot) -> None:  # noqa: ANN001
    window = demo_window
    window.show_area("delegations")
    assert _labels(window) == ["Other documents…"]  # nothing selected: only the chooser
    row = _select_first(window.current_page, qtbot)
    choices = print_choices("delegations", window.current_page)
    assert [c.kind for c in choices][:2] == ["itinerary", "delegation_list"]
    letters = [c.options["template"] for c in choices if c.kind == "letter"]
    if str(row.direction) == "incoming":
        assert letters == ["invitation", "visa_support", "authorities"]
    else:  # our delegation travels: never an invitation to ourselves
        assert letters == ["announcement", "visa_invitation_request", "travel_notice"]
    assert _labels(window)[-1] == "Other documents…"

    window.show_area("partnerships")
    assert [c.kind for c in print_choices("partnerships", window.current_page)] == [
        "partnership_register"
    ]
    _select_first(window.current_page, qtbot)
    report, register = print_choices("partnerships", window.current_page, today=TODAY)
    assert (report.kind, report.options) == ("partnership_report", {"years": (2025, 2025)})
    assert register.record_id is None

    window.show_area("exchanges")
    programme = _select_first(window.current_page, qtbot)
    choices = print_choices("exchanges", window.current_page)
    assert [c.kind for c in choices] == ["placement_letters", "participant_list", "emergency_sheet"]
    assert {c.record_id for c in choices} == {programme.id}

    window.show_area("aid")
    aid = window.current_page
    aid.tabs.setCurrentWidget(aid.shipments)
    shipment = _select_first(aid.shipments, qtbot)
    assert [(c.kind, c.record_id) for c in print_choices("aid", aid)] == [
        ("manifest", shipment.id),
        ("packing_list", shipment.id),
    ]
    aid.tabs.setCurrentIndex(0)
    campaign = _select_first(aid.tabs.currentWidget(), qtbot)
    assert [(c.kind, c.record_id) for c in print_choices("aid", aid)] == [
        ("campaign_report", campaign.id)
    ]
    assert row is not None


def test_choosing_a_document_opens_its_preview(demo_window, qtbot) -> None:  # noqa: ANN001
    window = demo_window
    window.show_area("delegations")
    row = _select_first(window.current_page, qtbot)
    menu = window.print_current()
    itinerary = next(a for a in menu.actions() if a.text() == "Itinerary")
    itinerary.trigger()
    dialogs = window.findChildren(PreviewDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitUntil(lambda: dialog.page_count > 0 and not dialog.busy, timeout=60_000)
    assert dialog.document_shown is not None
    assert row.title in dialog.document_shown.title
    dialog.close()


def test_home_and_calendar_open_a_record_in_its_area(demo_window, opened) -> None:  # noqa: ANN001
    # MainWindow.show_record is what Home's attention list and the calendar call.
    from sqlalchemy import select

    from exchangedesk.db.models import Delegation, ExchangeProgramme, Gift, Partnership, Shipment

    window = demo_window
    with opened.database.reading() as session:
        ids = {
            area: session.scalars(select(model.id).order_by(model.id.desc())).first()
            for area, model in [
                ("delegations", Delegation),
                ("gifts", Gift),
                ("partnerships", Partnership),
                ("exchanges", ExchangeProgramme),
                ("aid", Shipment),
            ]
        }
    for area, record_id in ids.items():
        assert window.show_record(area, record_id), area
        assert window.current_area == area
