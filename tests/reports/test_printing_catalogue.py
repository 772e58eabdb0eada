"""The document catalogue the command line and the window share (services/documents/register/catalogue.py)."""

# ruff: noqa: F811 - fixtures imported by name

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from exchangedesk.db.models import AidCampaign, Contribution, Document, ExchangeProgramme, Shipment
from exchangedesk.db.opening import open_database
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.documents.catalogue import (
    OPTIONS,
    RECORDS,
    PrintedDocument,
    document_kind,
    document_kinds,
    file_name,
    render_document,
)
from reports.conftest import ISSUED, delegation_id, demo, demo_copy, demo_file  # noqa: F401

EXPECTED = {
    "itinerary": "delegation",
    "letter": "delegation",
    "delegation_list": "delegation",
    "partnership_report": "partnership",
    "packing_list": "shipment",
    "manifest": "shipment",
    "donation_receipt": "contribution",
    "campaign_report": "campaign",
    "partnership_register": "none",
    "gift_register": "none",
    "placement_letters": "programme",
    "participant_list": "programme",
    "emergency_sheet": "programme",
}


def a_record(database, record: str) -> int | None:
    model = {
        "shipment": Shipment,
        "contribution": Contribution,
        "campaign": AidCampaign,
    }.get(record)
    if record == "delegation":
        return delegation_id(database, "Teachers, students")
    if record == "partnership":
        return 1
    if record == "programme":  # the demo's coming exchange, with families and placements
        with database.reading() as session:
            return session.scalars(
                select(ExchangeProgramme.id).where(ExchangeProgramme.title.like("Dresden%"))
            ).one()
    if model is None:
        return None
    with database.reading() as session:
        return session.scalars(select(model.id).order_by(model.id)).first()


def test_the_catalogue_names_every_document_and_what_it_needs():
    kinds = document_kinds()
    assert {kind.name: kind.record for kind in kinds} == EXPECTED
    for kind in kinds:
        assert kind.record in RECORDS and set(kind.options) <= set(OPTIONS)
        assert {"paper", "issued_on"} <= set(kind.options)
        assert kind.label and kind.description
        assert document_kind(kind.name) is kind
    assert [k.name for k in kinds if k.registers] == [
        "letter",
        "partnership_report",
        "donation_receipt",
        "campaign_report",
    ]


@pytest.mark.parametrize("kind", [k for k in EXPECTED if k != "letter"])
def test_every_document_renders_the_same_bytes_twice(demo, kind):
    record = a_record(demo, EXPECTED[kind])
    first = render_document(demo, kind, record, issued_on=ISSUED, paper="letter")
    again = render_document(demo, kind, record, issued_on=ISSUED, paper="letter")
    assert isinstance(first, PrintedDocument) and first.pdf.startswith(b"%PDF")
    assert first == again  # the GUI and the command line get identical files
    assert first.title and first.file_name.endswith(".pdf") and "/" not in first.file_name
    assert first.register_entry_id is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.title = "changed"  # type: ignore[misc]


def test_a_letter_is_registered_unless_the_database_is_read_only(demo, demo_copy):
    visit = delegation_id(demo, "Teachers, students")
    read_only = render_document(demo, "letter", visit, template="invitation", issued_on=ISSUED)
    assert read_only.register_entry_id is None
    handle = open_database(demo_copy)
    try:
        written = render_document(
            handle.database, "letter", visit, template="invitation", issued_on=ISSUED
        )
        with handle.database.reading() as session:
            entry = session.get(Document, written.register_entry_id)
            assert entry.template == "invitation" and entry.language == "en+ru"
    finally:
        handle.close()
    assert written.pdf == read_only.pdf


def test_refusals_name_what_to_fix(demo):
    cases = [
        (("nonsense", 1), {}, "document"),
        (("manifest", None), {}, "shipment"),
        (("itinerary", 9999), {}, "delegation"),
        (("gift_register", None), {"paper": "a3"}, "paper"),
        (("letter", 1), {}, "template"),
        (("letter", 1), {"template": "nope"}, "template"),
    ]
    for args, options, field in cases:
        with pytest.raises(ValidationError) as refused:
            render_document(demo, *args, **options)
        assert refused.value.field == field, (args, options)


def test_file_names_are_safe_whatever_the_title():
    assert file_name("receipt", "2002-2/005") == "receipt-2002-2-005.pdf"
    assert file_name("x", "../../etc/passwd", None) == "x-etc-passwd.pdf"
    assert file_name("哈尔滨") == "document.pdf"
