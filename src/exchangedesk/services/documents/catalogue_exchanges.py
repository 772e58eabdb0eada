"""Builders of an exchange programme's documents, in the shape the print catalogue
(``services/documents/register/catalogue.py``) calls: ``builder(database, request) -> PrintedDocument`` with the
programme's id as ``request.record_id``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from exchangedesk.services.documents.catalogue import PrintedDocument, Request, file_name

if TYPE_CHECKING:
    from exchangedesk.db.session import Database


def _build(
    kind: str, data_function, renderer_class, database, request, warnings=()
) -> PrintedDocument:  # noqa: ANN001
    from exchangedesk.services.documents.languages import for_committee

    language = for_committee(database, request.language)
    data = data_function(database, request.record_id, issued_on=request.issued_on)
    renderer = renderer_class(data, paper=request.paper, language=language)
    return PrintedDocument(
        pdf=renderer.render(),
        title=renderer.title(),
        file_name=file_name(kind, data.header.programme_id, request.issued_on),
        warnings=tuple(warnings),
    )


def placement_letters(database: Database, request: Request) -> PrintedDocument:
    from exchangedesk.reports.exchange_documents import PlacementLettersRenderer
    from exchangedesk.services.documents.exchange_data import placement_letters_data

    return _build(
        "placement-letters", placement_letters_data, PlacementLettersRenderer, database, request
    )


def participant_list(database: Database, request: Request) -> PrintedDocument:
    from exchangedesk.reports.exchange_documents import ParticipantListRenderer
    from exchangedesk.services.documents.exchange_data import participant_list_data
    from exchangedesk.services.privacy.sharing import participant_list_warnings

    # The list goes to the schools on both sides: say who has not agreed to that.
    warnings = participant_list_warnings(database, request.record_id, request.issued_on)
    return _build(
        "participant-list",
        participant_list_data,
        ParticipantListRenderer,
        database,
        request,
        warnings,
    )


def emergency_sheet(database: Database, request: Request) -> PrintedDocument:
    from exchangedesk.reports.exchange_documents import EmergencySheetRenderer
    from exchangedesk.services.documents.exchange_data import emergency_sheet_data

    return _build(
        "emergency-contacts", emergency_sheet_data, EmergencySheetRenderer, database, request
    )
