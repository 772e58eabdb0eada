"""The catalogue's registers and reports (see printing.py): delegation list, partnership
annual report, register of partnerships, gift register, aid documents. Receipts and reports
sent out are entered in the correspondence register like letters (issue 15, point 10); the
lists and registers printed for the desk itself are not."""

from __future__ import annotations

from typing import TYPE_CHECKING

from exchangedesk.domain.enums import DocumentKind
from exchangedesk.services.documents.catalogue import PrintedDocument, Request, file_name
from exchangedesk.services.documents.correspondence import (
    GeneratedDocument,
    campaign_facts,
    contribution_facts,
)

if TYPE_CHECKING:
    from exchangedesk.db.session import Database
    from exchangedesk.reports.data.partnership_map import PartnershipMap


def delegation_list(database: Database, request: Request) -> PrintedDocument:
    from exchangedesk.reports.delegation_list import DelegationListRenderer
    from exchangedesk.services.documents.languages import for_committee
    from exchangedesk.services.documents.report_data import delegation_list_data

    language = for_committee(database, request.language)
    data = delegation_list_data(database, request.record_id, issued_on=request.issued_on)
    renderer = DelegationListRenderer(data, paper=request.paper, language=language)
    return PrintedDocument(
        pdf=renderer.render(),
        title=renderer.title(),
        file_name=file_name("delegation-list", data.delegation_id, request.issued_on),
    )


def partnership_register(database: Database, request: Request) -> PrintedDocument:
    from exchangedesk.reports.partnership_register import PartnershipRegisterRenderer
    from exchangedesk.services.documents.languages import for_committee
    from exchangedesk.services.documents.report_data import partnership_register_data

    language = for_committee(database, request.language)
    data = partnership_register_data(database, issued_on=request.issued_on, language=language)
    renderer = PartnershipRegisterRenderer(
        data, paper=request.paper, language=language, partnership_map=_map(database, request)
    )
    return PrintedDocument(
        pdf=renderer.render(progress=request.progress),
        title=renderer.title(),
        file_name=file_name("partnership-register", request.issued_on),
    )


def partnership_report(database: Database, request: Request) -> PrintedDocument:
    from exchangedesk.reports.annual_report import AnnualReportRenderer
    from exchangedesk.services.documents.annual_report_data import annual_report_data

    years = request.years or (request.issued_on.year, request.issued_on.year)
    from exchangedesk.services.documents.languages import for_committee

    language = for_committee(database, request.language)
    data = annual_report_data(
        database, request.record_id, years, issued_on=request.issued_on, language=language
    )
    renderer = AnnualReportRenderer(
        data,
        paper=request.paper,
        language=language,
        partnership_map=_map(database, request, only=data.partnership_id),
    )
    name = file_name("partnership-report", data.partnership_id, data.period)
    return _registered(
        database,
        PrintedDocument(pdf=renderer.render(), title=renderer.title(), file_name=name),
        GeneratedDocument(
            kind=DocumentKind.REPORT,
            template="partnership_report",
            title=renderer.title(),
            issued_on=request.issued_on,
            language=language,
            partnership_id=data.partnership_id,
            file_name=name,
        ),
    )


def _registered(
    database: Database, printed: PrintedDocument, entry: GeneratedDocument
) -> PrintedDocument:
    """``printed``, entered in the correspondence register (with its PDF kept) unless the
    database is only being looked at."""
    import dataclasses

    from exchangedesk.services.documents.correspondence import record_document

    if database.read_only:
        return printed
    done = record_document(database, entry, printed.pdf)
    return dataclasses.replace(printed, register_entry_id=done.document_id)


def _map(database: Database, request: Request, *, only: int | None = None) -> PartnershipMap:
    """The map a document prints: every partnership (the register lists them all, unfiltered),
    or only the one a report is about; activity counted up to the day the document is issued."""
    import dataclasses

    from exchangedesk.services.partnerships.map import partnership_map

    whole = partnership_map(database, today=request.issued_on)
    if only is None:
        return whole
    lines = tuple(line for line in whole.lines if line.partnership_id == only)
    # not on the map only when one of its cities has no coordinates
    return dataclasses.replace(whole, lines=lines, unplaced=0 if lines else 1)


def _shipment(database: Database, request: Request, *, manifest: bool) -> PrintedDocument:
    from exchangedesk.reports.aid_documents import ShipmentDocumentRenderer
    from exchangedesk.services.documents.aid_data import shipment_document_data
    from exchangedesk.services.documents.languages import for_committee

    language = for_committee(database, request.language)
    data = shipment_document_data(database, request.record_id, issued_on=request.issued_on)
    renderer = ShipmentDocumentRenderer(
        data, manifest=manifest, paper=request.paper, language=language
    )
    kind = "manifest" if manifest else "packing-list"
    return PrintedDocument(
        pdf=renderer.render(),
        title=renderer.title(),
        file_name=file_name(kind, data.reference, request.issued_on),
    )


def packing_list(database: Database, request: Request) -> PrintedDocument:
    return _shipment(database, request, manifest=False)


def manifest(database: Database, request: Request) -> PrintedDocument:
    return _shipment(database, request, manifest=True)


def donation_receipt(database: Database, request: Request) -> PrintedDocument:
    from exchangedesk.reports.aid_receipts import ReceiptRenderer
    from exchangedesk.services.documents.aid_data import receipt_data
    from exchangedesk.services.documents.languages import for_donor

    language = for_donor(database, request.record_id, request.language)
    data = receipt_data(database, request.record_id, issued_on=request.issued_on)
    renderer = ReceiptRenderer(data, paper=request.paper, language=language)
    name = file_name("receipt", data.receipt_number or data.contribution_id)
    facts = contribution_facts(database, data.contribution_id)
    return _registered(
        database,
        PrintedDocument(pdf=renderer.render(), title=renderer.title(), file_name=name),
        GeneratedDocument(
            kind=DocumentKind.RECEIPT,
            template="donation_receipt",
            title=renderer.title(),
            issued_on=request.issued_on,
            language=language,
            partnership_id=facts.partnership_id,
            recipient_person_id=facts.donor_person_id,
            recipient_organisation_id=facts.donor_organisation_id,
            recipient_text=data.donor,
            contribution_id=data.contribution_id,
            campaign_id=facts.campaign_id,
            file_name=name,
        ),
    )


def campaign_report(database: Database, request: Request) -> PrintedDocument:
    from exchangedesk.reports.aid_receipts import CampaignReportRenderer
    from exchangedesk.services.documents.aid_data import campaign_report_data
    from exchangedesk.services.documents.languages import for_committee

    language = for_committee(database, request.language)
    data = campaign_report_data(database, request.record_id, issued_on=request.issued_on)
    renderer = CampaignReportRenderer(data, paper=request.paper, language=language)
    name = file_name("campaign-report", data.campaign_id, request.issued_on)
    facts = campaign_facts(database, data.campaign_id)
    return _registered(
        database,
        PrintedDocument(pdf=renderer.render(), title=renderer.title(), file_name=name),
        GeneratedDocument(
            kind=DocumentKind.REPORT,
            template="campaign_report",
            title=renderer.title(),
            issued_on=request.issued_on,
            language=language,
            partnership_id=facts.partnership_id,
            campaign_id=data.campaign_id,
            file_name=name,
        ),
    )


def gift_register(database: Database, request: Request) -> PrintedDocument:
    from exchangedesk.reports.gift_register import GiftRegisterRenderer
    from exchangedesk.services.documents.gift_register_data import gift_register_data
    from exchangedesk.services.documents.languages import for_committee

    language = for_committee(database, request.language)
    data = gift_register_data(database, issued_on=request.issued_on)
    renderer = GiftRegisterRenderer(data, paper=request.paper, language=language)
    return PrintedDocument(
        pdf=renderer.render(progress=request.progress),
        title=renderer.title(),
        file_name=file_name("gift-register", request.issued_on),
    )
