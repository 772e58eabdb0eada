"""A 30-member, 10-day itinerary renders whole (timings are measured in the report, never
asserted here)."""

from __future__ import annotations

import datetime as dt

from exchangedesk.db.opening import open_database
from exchangedesk.reports.itinerary import render_itinerary
from exchangedesk.services.documents.itinerary_data import itinerary_data
from reports.big_delegation import add_big_delegation
from reports.conftest import flat, pdf_text


def test_thirty_members_ten_days(demo_copy, tmp_path):
    handle = open_database(demo_copy)
    try:
        visit = add_big_delegation(handle.database, dt.date(2025, 7, 1))
        data = itinerary_data(handle.database, visit, issued_on=dt.date(2025, 6, 1))
    finally:
        handle.close()
    assert len(data.members) == 30 and len(data.items) == 60
    text = flat(pdf_text(render_itinerary(data), tmp_path))
    assert "Day 10 · Thursday 10 July 2025" in text
    assert "Анна Иванова" in text and "Кира Сидорова" in text
    assert "Page 1 of " in text
