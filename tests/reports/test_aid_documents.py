"""Packing list, manifest, donation receipt and campaign report from the demo's aid, with
their figures read back from the PDF."""

# ruff: noqa: F811 - fixtures imported by name

from __future__ import annotations

import pytest
from sqlalchemy import select

from exchangedesk.db.models import AidCampaign, Contribution, Shipment
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.aid.campaigns import campaign_totals
from exchangedesk.services.documents.catalogue import render_document
from reports.conftest import ISSUED, demo, demo_file  # noqa: F401
from reports.report_support import (  # noqa: F401
    GREEK_DONOR,
    HOSTILE,
    MIXED_ITEM,
    assert_covered,
    polyglot,
    polyglot_file,
    printed_literally,
    read_back,
)


def shipment_id(database, reference: str) -> int:
    with database.reading() as session:
        return session.scalars(select(Shipment.id).where(Shipment.reference == reference)).one()


def campaign_id(database, start: str) -> int:
    with database.reading() as session:
        return session.scalars(
            select(AidCampaign.id).where(AidCampaign.title.startswith(start))
        ).one()


def contribution_id(database, receipt: str) -> int:
    with database.reading() as session:
        return session.scalars(
            select(Contribution.id).where(Contribution.receipt_number == receipt)
        ).one()


def test_manifest_lines_totals_per_box_and_weights(polyglot, tmp_path):
    dresden = shipment_id(polyglot, "DRS-2002-01")
    printed = render_document(polyglot, "manifest", dresden, issued_on=ISSUED)
    text = read_back(printed.pdf, tmp_path)
    assert printed.title == "Manifest DRS-2002-01"
    assert "Shipment manifest DRS-2002-01" in text and "For Dresden" in text
    assert "Carrier Coventry haulier (by road)" in text
    assert "Dispatched 4 Sep 2002" in text and "Delivered 6 Sep 2002" in text
    # Lines: box, item, quantity with unit, unit value, value, weight.
    assert "1 PAL-1 Dehumidifiers 6 pcs 145.00 GBP 870.00 GBP 90 kg" in text
    assert "3 PAL-2 Water purification tablets 20 box 6.80 GBP 136.00 GBP 8.5 kg" in text
    assert f"4 PAL-3 {MIXED_ITEM} 60 pair 9.99 GBP 599.40 GBP 72 kg" in text
    assert "Total 2,105.40 GBP 390.5 kg" in text
    # Totals per box, then for the whole shipment.
    assert "PAL-2 2 636.00 GBP 228.5 kg" in text
    assert "All boxes 4 2,105.40 GBP 390.5 kg" in text
    assert "Total weight 390.5 kg" in text and "Total value 2,105.40 GBP" in text
    assert "20 Sep 2002 Confirmed" in text  # the status history
    assert printed_literally(HOSTILE[0], text) and printed_literally(HOSTILE[1], text)
    assert_covered(MIXED_ITEM)


def test_packing_list_per_box_with_weights_and_use_by(polyglot, tmp_path):
    dresden = shipment_id(polyglot, "DRS-2002-01")
    text = read_back(render_document(polyglot, "packing_list", dresden).pdf, tmp_path)
    assert "Packing list DRS-2002-01" in text
    assert "Box or pallet PAL-2 2 lines · weight 228.5 kg" in text
    assert "2 Water purification tablets 20 box 8.5 kg 31 Aug 2004" in text
    assert "Box total 228.5 kg" in text and "Received in good order by" in text
    assert "145.00" not in text  # values belong on the manifest, not in the boxes
    assert printed_literally(HOSTILE[0], text)  # the shipment's notes


def test_lines_without_weight_or_box(demo, tmp_path):
    stalingrad = shipment_id(demo, "STAL-1943-01")
    text = read_back(render_document(demo, "manifest", stalingrad).pdf, tmp_path)
    # Only the bandages give a weight: the total says it is a lower bound.
    assert "Total weight at least 45 kg" in text
    assert "Not in a box 3 227.50 GBP at least 45 kg" in text
    assert "1 loose Surgical instrument sets 10 set 12.50 GBP 125.00 GBP —" in text


def test_donation_receipt(polyglot, tmp_path):
    gift = contribution_id(polyglot, "2002-2/005")
    printed = render_document(polyglot, "donation_receipt", gift, issued_on=ISSUED)
    text = read_back(printed.pdf, tmp_path)
    assert printed.title == "Donation receipt 2002-2/005"
    assert printed.file_name == "receipt-2002-2-005.pdf"
    assert GREEK_DONOR in text
    assert "Amount 300.00 EUR" in text and "Received on 28 August 2002" in text
    assert "Receipt issued on 4 September 2002" in text
    assert "This copy printed 10 May 2025" in text  # not a bare "Issued" beside it
    assert "300.00 EUR on shipment DRS-2002-01" in text
    assert printed_literally(HOSTILE[2], text) and printed_literally(HOSTILE[1], text)
    assert_covered(GREEK_DONOR)


def test_an_anonymous_gift_names_no_donor(demo, tmp_path):
    with demo.reading() as session:
        anonymous = session.scalars(
            select(Contribution.id).where(Contribution.anonymous).order_by(Contribution.id)
        ).first()
    text = read_back(render_document(demo, "donation_receipt", anonymous).pdf, tmp_path)
    assert "Received from Anonymous donor" in text and "not yet numbered" in text


def test_campaign_report_collected_allocated_delivered_and_rates(polyglot, tmp_path):
    floods = campaign_id(polyglot, "Coventry collection after the Elbe floods")
    printed = render_document(polyglot, "campaign_report", floods, issued_on=ISSUED)
    text = read_back(printed.pdf, tmp_path)
    # Currency, collected, allocated, delivered, lost, not allocated.
    assert "GBP 1,420.00 GBP 1,300.00 GBP 1,300.00 GBP 0.00 GBP 120.00 GBP" in text
    assert "EUR 300.00 EUR 300.00 EUR 300.00 EUR 0.00 EUR 0.00 EUR" in text
    # Converted: 300 EUR at 0.64 is 192 GBP.
    assert "All, in GBP 1,612.00 GBP 1,492.00 GBP 1,492.00 GBP 0.00 GBP 120.00 GBP" in text
    assert "EUR 1 EUR = 0.64 GBP 1 Aug 2002 ECB euro reference rate" in text
    assert "Target 5,000.00 GBP" in text and "Contributions 5" in text
    assert f"28 Aug 2002 {GREEK_DONOR} 300.00 EUR 2002-2/005" in text
    assert "DRS-2002-01 Confirmed 4 Sep 2002 6 Sep 2002 2,105.40 GBP" in text
    assert printed_literally(HOSTILE[2], text)  # the purpose, as typed


def test_a_missing_rate_is_named_not_guessed(polyglot_file, tmp_path):
    import shutil

    from exchangedesk.db.models import ExchangeRate
    from exchangedesk.db.opening import open_database

    copy = tmp_path / "copy.sqlite3"
    shutil.copy(polyglot_file, copy)
    handle = open_database(copy)
    try:
        with handle.database.unit_of_work() as session:
            for rate in session.scalars(select(ExchangeRate).where(ExchangeRate.currency == "EUR")):
                session.delete(rate)
        floods = campaign_id(handle.database, "Coventry collection after the Elbe floods")
        text = read_back(render_document(handle.database, "campaign_report", floods).pdf, tmp_path)
    finally:
        handle.close()
    assert "Not converted" in text and "EUR" in text and "All, in GBP" not in text


@pytest.mark.parametrize(
    ("kind", "field"),
    [
        ("manifest", "shipment"),
        ("packing_list", "shipment"),
        ("donation_receipt", "contribution"),
        ("campaign_report", "campaign"),
    ],
)
def test_an_unknown_record_is_named(demo, kind, field):
    with pytest.raises(ValidationError) as refused:
        render_document(demo, kind, 9999)
    assert refused.value.field == field and "9999" in str(refused.value)


def test_the_1942_appeal_for_stalingrad(demo, tmp_path):
    appeal = campaign_id(demo, "Coventry appeal for Stalingrad")
    text = read_back(render_document(demo, "campaign_report", appeal).pdf, tmp_path)
    assert "For Volgograd (Волгоград)" in text and "Campaign from 1 Jan 1942" in text
    # The printed figures are the aid service's own totals (the demo's allocations may change).
    gbp = campaign_totals(demo, appeal).by_currency[0].rounded()
    assert str(gbp.collected) == "243.75 GBP"
    row = [gbp.collected, gbp.allocated, gbp.delivered, gbp.lost, gbp.unallocated]
    assert "GBP " + " ".join(str(m) for m in row) in text
    assert "All, in GBP" not in text  # one currency, the committee's own: nothing to convert
    assert "2 Nov 1942 Coventry miners' federation 150.00 GBP 1942-1/001" in text
    assert "9 Nov 1942 Anonymous 5.00 GBP —" in text
    assert "STAL-1943-01 Confirmed 1 Feb 1943 1 Apr 1943 227.50 GBP" in text
