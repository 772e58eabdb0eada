"""The catalogue's documents about one delegation: itinerary and letters (see printing.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.documents.catalogue import PrintedDocument, Request, file_name

if TYPE_CHECKING:
    from exchangedesk.db.session import Database


def itinerary(database: Database, request: Request) -> PrintedDocument:
    from exchangedesk.reports.itinerary import render_itinerary
    from exchangedesk.services.documents.itinerary_data import itinerary_data

    if len(request.member_ids) > 1:
        raise ValidationError("member", "an itinerary is for the whole delegation or one member")
    member = request.member_ids[0] if request.member_ids else None
    data = itinerary_data(
        database, request.record_id, member_id=member, issued_on=request.issued_on
    )
    pdf = render_itinerary(data, paper=request.paper)
    who = f" for {data.member.name}" if data.member else ""
    return PrintedDocument(
        pdf=pdf,
        title=f"Itinerary of “{data.title}”{who}",
        file_name=file_name("itinerary", data.delegation_id, member, request.issued_on),
    )


def letter(database: Database, request: Request) -> PrintedDocument:
    from exchangedesk.domain.enums import DocumentKind
    from exchangedesk.reports.letters import LetterRenderer
    from exchangedesk.reports.templates import (
        available_languages,
        load_template,
        template_folders,
    )
    from exchangedesk.services.documents.correspondence import GeneratedDocument, record_document
    from exchangedesk.services.documents.letter_data import letter_data, visa_letter_data

    name = request.template
    if not name:
        raise ValidationError(
            "template",
            "a letter needs a template: invitation, visa_support, thank_you or authorities",
        )
    folders = template_folders(request.own_templates)
    available = available_languages(name, folders)
    if not available:
        raise ValidationError("template", f"there is no letter template named '{name}'")
    delegation = request.record_id
    if name == "visa_support":
        data = visa_letter_data(
            database, delegation, list(request.member_ids) or None, issued_on=request.issued_on
        )
    else:
        if len(request.member_ids) > 1:
            raise ValidationError("member", "a letter has one recipient; give --member once")
        recipient = request.member_ids[0] if request.member_ids else None
        data = letter_data(
            database, name, delegation, recipient_id=recipient, issued_on=request.issued_on
        )
    languages = letter_languages(request.language, available, data.recipient.languages)
    templates = [(code, load_template(name, code, folders)) for code in languages]
    renderer = LetterRenderer(data, templates, paper=request.paper)
    pdf = renderer.render()
    suggested = f"{name}-{delegation}-{request.issued_on}.pdf"
    entry = None
    if not database.read_only:
        entry = record_document(
            database,
            GeneratedDocument(
                kind=DocumentKind.LETTER,
                template=name,
                title=renderer.title(),
                issued_on=request.issued_on,
                language="+".join(languages),
                partnership_id=data.partnership_id,
                delegation_id=data.delegation_id,
                gift_id=data.gift.id if data.gift else None,
                recipient_person_id=data.recipient.person_id,
                recipient_organisation_id=data.recipient.organisation_id,
                recipient_text=data.recipient.name,
                file_name=suggested,
            ),
            pdf,
        )
    return PrintedDocument(
        pdf=pdf,
        title=renderer.title(),
        file_name=file_name(name, delegation, request.issued_on),
        register_entry_id=entry.document_id if entry else None,
    )


def letter_languages(asked: str | None, available: list[str], preferred: tuple) -> list[str]:
    """The asked languages ("en" or "en+ru"), or English and the recipient's own beside it."""
    if asked:
        chosen = [code.strip().lower() for code in asked.split("+") if code.strip()]
        unknown = [code for code in chosen if code not in available]
        if unknown or not 1 <= len(chosen) <= 2:
            raise ValidationError(
                "language",
                f"'{asked}' cannot be printed: this template exists in {', '.join(available)} "
                "(give one language, or two joined by +)",
            )
        return chosen
    first = "en" if "en" in available else available[0]
    second = next((code for code in preferred if code in available and code != first), None)
    return [first, second] if second else [first]
