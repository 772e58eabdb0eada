"""The catalogue's registers and reports (see printing.py): delegation list, partnership
annual report, register of partnerships, gift register."""

from __future__ import annotations

from typing import TYPE_CHECKING

from exchangedesk.services.printing import PrintedDocument, Request, file_name

if TYPE_CHECKING:
    from exchangedesk.db.session import Database


def delegation_list(database: Database, request: Request) -> PrintedDocument:
    from exchangedesk.reports.delegation_list import DelegationListRenderer
    from exchangedesk.services.report_data import delegation_list_data

    data = delegation_list_data(database, request.record_id, issued_on=request.issued_on)
    renderer = DelegationListRenderer(data, paper=request.paper)
    return PrintedDocument(
        pdf=renderer.render(),
        title=renderer.title(),
        file_name=file_name("delegation-list", data.delegation_id, request.issued_on),
    )


def partnership_register(database: Database, request: Request) -> PrintedDocument:
    from exchangedesk.reports.partnership_register import PartnershipRegisterRenderer
    from exchangedesk.services.report_data import partnership_register_data

    data = partnership_register_data(database, issued_on=request.issued_on)
    renderer = PartnershipRegisterRenderer(data, paper=request.paper)
    return PrintedDocument(
        pdf=renderer.render(),
        title=renderer.title(),
        file_name=file_name("partnership-register", request.issued_on),
    )


def partnership_report(database: Database, request: Request) -> PrintedDocument:
    from exchangedesk.reports.annual_report import AnnualReportRenderer
    from exchangedesk.services.annual_report_data import annual_report_data

    years = request.years or (request.issued_on.year, request.issued_on.year)
    data = annual_report_data(database, request.record_id, years, issued_on=request.issued_on)
    renderer = AnnualReportRenderer(data, paper=request.paper)
    return PrintedDocument(
        pdf=renderer.render(),
        title=renderer.title(),
        file_name=file_name("partnership-report", data.partnership_id, data.period),
    )
