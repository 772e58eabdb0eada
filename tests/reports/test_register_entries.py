"""Receipts and reports are entered in the correspondence register like letters, and a visa
letter's entry records the people it names, so it can be made again (issue 15, point 10)."""

# ruff: noqa: F811 - fixtures imported by name

from __future__ import annotations

import pytest
from sqlalchemy import select

from exchangedesk.db.models import AidCampaign, Contribution, DelegationMember, Document, Person
from exchangedesk.db.opening import open_database
from exchangedesk.domain.enums import DocumentKind
from exchangedesk.services.common.attachments import read_attachment
from exchangedesk.services.documents.catalogue import render_document
from exchangedesk.services.documents.correspondence import registered_document
from exchangedesk.services.documents.register import list_documents
from reports.conftest import ISSUED, delegation_id, demo_copy, demo_file, flat, pdf_text  # noqa: F401


@pytest.fixture
def writable(demo_copy):  # noqa: ANN001, ANN201
    handle = open_database(demo_copy)
    yield handle.database
    handle.close()


def first_id(database, model) -> int:  # noqa: ANN001
    with database.reading() as session:
        return session.scalars(select(model.id).order_by(model.id)).first()


def test_a_donation_receipt_is_registered_to_its_donor_with_a_copy(writable, tmp_path):
    contribution = first_id(writable, Contribution)
    printed = render_document(writable, "donation_receipt", contribution, issued_on=ISSUED)
    assert printed.register_entry_id is not None
    entry = registered_document(writable, printed.register_entry_id)
    assert entry.kind is DocumentKind.RECEIPT and entry.template == "donation_receipt"
    assert entry.contribution_id == contribution and entry.issued_on == ISSUED
    with writable.reading() as session:
        gift = session.get(Contribution, contribution)
        campaign = session.get(AidCampaign, gift.campaign_id)
        row = session.get(Document, entry.id)
        assert entry.campaign_id == campaign.id
        assert entry.partnership_id == campaign.partnership_id
        assert row.recipient_person_id == gift.donor_person_id
        assert row.recipient_organisation_id == gift.donor_organisation_id
    # The register's list shows it, and the copy kept is the receipt that was printed.
    rows = list_documents(writable).rows
    assert any(r.id == entry.id and r.kind is DocumentKind.RECEIPT for r in rows)
    assert entry.attachment_id is not None
    kept = read_attachment(writable, entry.attachment_id)
    assert kept == printed.pdf
    assert "Receipt" in flat(pdf_text(kept, tmp_path))


def test_reports_are_registered_under_their_partnership_or_campaign(writable):
    campaign = first_id(writable, AidCampaign)
    aid = render_document(writable, "campaign_report", campaign, issued_on=ISSUED)
    annual = render_document(
        writable, "partnership_report", 1, issued_on=ISSUED, years=(2024, 2025)
    )
    aid_entry = registered_document(writable, aid.register_entry_id)
    annual_entry = registered_document(writable, annual.register_entry_id)
    assert aid_entry.kind is DocumentKind.REPORT and aid_entry.template == "campaign_report"
    assert aid_entry.campaign_id == campaign
    assert annual_entry.kind is DocumentKind.REPORT
    assert annual_entry.template == "partnership_report" and annual_entry.partnership_id == 1
    assert annual_entry.title == annual.title and "2024" in annual.title
    assert read_attachment(writable, annual_entry.attachment_id) == annual.pdf


def test_lists_for_the_desk_and_read_only_prints_are_not_registered(demo, writable):
    looked = render_document(demo, "donation_receipt", first_id(demo, Contribution))
    assert looked.register_entry_id is None  # the window's preview looks read-only
    visit = delegation_id(writable, "Teachers, students")
    for kind in ("itinerary", "delegation_list"):
        assert render_document(writable, kind, visit, issued_on=ISSUED).register_entry_id is None


def two_members(database, visit: int) -> list[tuple[int, str]]:  # noqa: ANN001
    with database.reading() as session:
        rows = session.execute(
            select(Person.id, Person.family_name)
            .join(DelegationMember, DelegationMember.person_id == Person.id)
            .where(DelegationMember.delegation_id == visit)
            .order_by(Person.family_name)
        ).all()
    return [tuple(row) for row in rows[-1:-3:-1]]  # the last two by name, reversed


def test_a_visa_letter_entry_names_its_people_and_makes_the_same_letter(writable, tmp_path):
    visit = delegation_id(writable, "Teachers, students")
    chosen = two_members(writable, visit)
    ids = [person for person, _name in chosen]
    printed = render_document(
        writable, "letter", visit, template="visa_support", member_id=ids, issued_on=ISSUED
    )
    entry = registered_document(writable, printed.register_entry_id)
    assert entry.person_ids == tuple(ids)  # in the letter's order
    # Made again from the entry alone (the window's Reprint when the kept copy is gone):
    import dataclasses

    looking = dataclasses.replace(writable, read_only=True)
    again = render_document(
        looking,
        "letter",
        entry.delegation_id,
        template=entry.template,
        member_id=entry.person_ids,
        language=entry.language,
        issued_on=entry.issued_on,
    )
    assert again.pdf == printed.pdf and again.register_entry_id is None
    text = flat(pdf_text(again.pdf, tmp_path))
    for _person, family in chosen:
        assert family in text
    with writable.reading() as session:
        others = session.scalars(
            select(Person.family_name)
            .join(DelegationMember, DelegationMember.person_id == Person.id)
            .where(DelegationMember.delegation_id == visit, Person.id.not_in(ids))
        ).all()
    assert others and not [name for name in others if f" {name} " in f" {text} "]
