"""The catalogue's documents about one delegation: itinerary and letters (see printing.py)."""

from __future__ import annotations

from pathlib import Path
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
    from exchangedesk.services.documents.languages import for_committee

    member = request.member_ids[0] if request.member_ids else None
    language = for_committee(database, request.language)
    data = itinerary_data(
        database, request.record_id, member_id=member, issued_on=request.issued_on
    )
    pdf = render_itinerary(data, paper=request.paper, language=language)
    who = f" for {data.member.name}" if data.member else ""
    return PrintedDocument(
        pdf=pdf,
        title=f"Itinerary of “{data.title}”{who}",
        file_name=file_name("itinerary", data.delegation_id, member, request.issued_on),
    )


def letter(database: Database, request: Request) -> PrintedDocument:
    from exchangedesk.domain.enums import DocumentKind
    from exchangedesk.reports.data.letters import fact_words
    from exchangedesk.reports.letters import LetterRenderer, blocks_for
    from exchangedesk.reports.templates import (
        available_languages,
        load_template,
        template_directions,
        template_folders,
    )
    from exchangedesk.services.documents.correspondence import GeneratedDocument, record_document
    from exchangedesk.services.documents.letter_data import (
        delegation_direction,
        letter_data,
        letter_kind,
        visa_letter_data,
    )

    name = request.template
    if not name:
        raise ValidationError(
            "template",
            "a letter needs a template: for an incoming visit invitation, visa_support, "
            "authorities or thank_you; for an outgoing one announcement, "
            "visa_invitation_request, travel_notice or thank_you_hosts",
        )
    folders = template_folders(request.own_templates)
    available = available_languages(name, folders)
    if not available:
        raise ValidationError("template", f"there is no letter template named '{name}'")
    kind = letter_kind(name)
    delegation = request.record_id
    direction, title = delegation_direction(database, delegation)
    declared = template_directions(name, folders)
    if declared is not None and direction not in declared:  # before anything else is asked
        _check_direction(declared, name, direction, title, folders, f"{name}.txt")
    if kind.passports:
        data = visa_letter_data(
            database,
            delegation,
            list(request.member_ids) or None,
            issued_on=request.issued_on,
            template=name,
        )
    else:
        if len(request.member_ids) > 1:
            raise ValidationError("member", "a letter has one recipient; give --member once")
        recipient = request.member_ids[0] if request.member_ids else None
        data = letter_data(
            database, name, delegation, recipient_id=recipient, issued_on=request.issued_on
        )
    from exchangedesk.services.documents.languages import for_committee

    own = for_committee(database, None)
    languages = letter_languages(request.language, available, data.recipient.languages, own)
    templates = [(code, load_template(name, code, folders)) for code in languages]
    for _code, template in templates:
        _check_direction(template.directions, name, direction, title, folders, template.source)
    missing: tuple[str, ...] = ()
    for code, template in templates:
        missing += template.missing(data.fields(code), blocks_for(data), data.empty_tables())
    if missing:
        raise ValidationError(
            "letter",
            f"the {kind.label.lower()} for '{data.delegation_title}' cannot be written: the "
            f"register does not record {fact_words(missing)}. Record them first (nothing was "
            "printed or registered)",
        )
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
                # A visa letter's people are what make it that letter: kept to reprint it.
                person_ids=tuple(t.person_id for t in getattr(data, "travellers", ())),
            ),
            pdf,
        )
    return PrintedDocument(
        pdf=pdf,
        title=renderer.title(),
        file_name=file_name(name, delegation, request.issued_on),
        register_entry_id=entry.document_id if entry else None,
    )


def _check_direction(declared, name: str, direction: str, title: str, folders, source) -> None:  # noqa: ANN001
    """A letter is printed only for the visits its template says it is written for."""
    if declared is None:
        raise ValidationError(
            "template",
            f"the template {source} does not say which visits it is for: add a line "
            "'Direction: incoming' or 'Direction: outgoing' above its text",
        )
    if direction not in declared:
        others = ", ".join(kind.name for kind in letters_for(direction, folders)) or "none"
        raise ValidationError(
            "template",
            f"'{name}' is a letter for {' and '.join(sorted(declared))} visits, and "
            f"'{title}' is an {direction} visit; letters for {direction} visits: {others}",
        )


def letters_for(direction: str, folders) -> list:  # noqa: ANN001
    """The letters (:class:`LetterKind`) whose templates say they are for ``direction``
    ("incoming" or "outgoing") visits, in menu order; ``folders`` as template_folders()."""
    from exchangedesk.reports.templates import template_directions
    from exchangedesk.services.documents.letter_data import LETTERS

    folders = list(folders)
    return [
        kind for kind in LETTERS if direction in (template_directions(kind.name, folders) or ())
    ]


def letter_choices(direction: str, own_templates: Path | None) -> list:  # noqa: ANN001
    """:func:`letters_for` with the committee's own template folder, for the print menus."""
    from exchangedesk.reports.templates import template_folders

    return letters_for(str(direction), template_folders(own_templates))


def letter_languages(
    asked: str | None, available: list[str], preferred: tuple, own: str = "en"
) -> list[str]:
    """The asked languages ("de" or "de+fr"), or the committee's own language (``own``) with
    the recipient's beside it when the template exists in it."""
    if asked:
        chosen = [code.strip().lower() for code in asked.split("+") if code.strip()]
        unknown = [code for code in chosen if code not in available]
        if unknown or not 1 <= len(chosen) <= 2 or len(set(chosen)) != len(chosen):
            raise ValidationError(
                "language",
                f"'{asked}' cannot be printed: this template exists in {', '.join(available)} "
                "(give one language, or two different ones joined by +)",
            )
        return chosen
    first = own if own in available else "en" if "en" in available else available[0]
    second = next((code for code in preferred if code in available and code != first), None)
    return [first, second] if second else [first]
