"""The document catalogue: every document the program prints, one entry point for all of them.

The command line (``exchangedesk print``) and the window's preview both call
:func:`render_document`, so the same record, date and options give the same PDF bytes wherever
they are printed. The interface, kept stable for its callers::

    document_kinds() -> list[DocumentKindInfo]
        DocumentKindInfo(name, label, record, options, description, registers)
          name     "itinerary", "letter", "delegation_list", ... (what ``print`` takes)
          label    "Itinerary", "Letter", ... (for a menu)
          record   which record's id it needs: "delegation", "partnership", "shipment",
                   "campaign", "contribution" or "none" (record_id is then None)
          options  the keyword options it reads, a subset of
                   ("paper", "issued_on", "member_id", "template", "language", "years")
          registers  True when printing enters it in the correspondence register, so the
                   database must be open for writing (else it prints without registering)

    document_kind(name) -> DocumentKindInfo          ValidationError("document") if unknown

    render_document(database, kind, record_id, *, paper="a4", issued_on=None, member_id=None,
                    template=None, language=None, own_templates=None, years=None)
        -> PrintedDocument(pdf: bytes, title: str, file_name: str, register_entry_id: int | None)

      paper          "a4" or "letter"
      issued_on      the date printed on the document and in the PDF (default: today)
      member_id      itinerary: one person (a personal itinerary); letter: the recipient, or for
                     visa_support one or several people (int or a sequence of ints)
      template       letter: one written for the delegation's direction (its template says
                     ``Direction:``): incoming "invitation", "visa_support", "authorities",
                     "thank_you"; outgoing "announcement", "visa_invitation_request",
                     "travel_notice", "thank_you_hosts" (see letter_data.LETTERS)
      language       any document: "en", "de", "fr" or "ru" (default: the reader's language
                     where the register knows it, else the committee's: see languages.py);
                     a letter also two joined by "+" ("de+fr") for side-by-side text
      own_templates  letter: the committee's own template folder (see own_templates_folder)
      years          partnership_report: (first, last) calendar years, inclusive
                     (default: the year of issued_on)
      progress       partnership_register, gift_register: called on every new page with the
                     pages so far and the share of the register placed (or None); raising
                     reports.progress.LayoutCancelled from it stops the layout (nothing is
                     returned: the exception goes to the caller)

    A record that does not exist, an option that does not fit, a template that cannot be used:
    ValidationError(field, message) naming what to fix; nothing is written or registered then.
    A letter, a donation receipt and a report (partnership, aid campaign) are entered in the
    correspondence register unless the database is read-only: ``register_entry_id`` is that
    entry's id (None otherwise and for other documents).

Rendering is pure computation over one read of the database (plus the register row for a
letter); it takes a second or so for a long document, so a window calls it off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from exchangedesk.domain.errors import ValidationError

if TYPE_CHECKING:
    from exchangedesk.db.session import Database

RECORDS = (
    "delegation",
    "partnership",
    "programme",
    "shipment",
    "campaign",
    "contribution",
    "none",
)
OPTIONS = ("paper", "issued_on", "member_id", "template", "language", "years")
PAPERS = ("a4", "letter")


@dataclass(frozen=True)
class DocumentKindInfo:
    name: str
    label: str
    record: str  # one of RECORDS
    options: tuple[str, ...]  # a subset of OPTIONS
    description: str
    registers: bool = False  # printing enters it in the correspondence register (needs writing)


@dataclass(frozen=True)
class PrintedDocument:
    pdf: bytes
    title: str
    file_name: str  # a suggestion for "Save as": letters, digits, dashes, ends in .pdf
    register_entry_id: int | None = None  # letters, receipts, reports: the register's entry
    # What the secretary should know before sending it (data passed on without consent...).
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Request:
    """Everything a document's builder may read, checked once by :func:`render_document`."""

    record_id: int | None
    paper: str
    issued_on: dt.date
    member_ids: tuple[int, ...]
    template: str | None
    language: str | None
    own_templates: Path | None
    years: tuple[int, int] | None
    # The long registers report their layout page by page (reports/progress.py).
    progress: Callable[[int, float | None], None] | None = None


Builder = Callable[["Database", Request], PrintedDocument]


@dataclass(frozen=True)
class _Entry:
    info: DocumentKindInfo
    builder: str  # "module:function", imported when first used (ReportLab loads slowly)


_BASIC = ("paper", "issued_on", "language")

_CATALOGUE: tuple[_Entry, ...] = (
    _Entry(
        DocumentKindInfo(
            "itinerary",
            "Itinerary",
            "delegation",
            (*_BASIC, "member_id"),
            "A delegation's programme day by day, or one member's personal itinerary.",
        ),
        "exchangedesk.services.documents.catalogue_visits:itinerary",
    ),
    _Entry(
        DocumentKindInfo(
            "letter",
            "Letter",
            "delegation",
            (*_BASIC, "member_id", "template"),
            "A letter from a template, entered in the correspondence register.",
            registers=True,
        ),
        "exchangedesk.services.documents.catalogue_visits:letter",
    ),
    _Entry(
        DocumentKindInfo(
            "delegation_list",
            "Delegation list for the authorities",
            "delegation",
            _BASIC,
            "The members with names in Latin letters and their own script, dates of birth and "
            "nationalities (no passport numbers).",
        ),
        "exchangedesk.services.documents.catalogue_reports:delegation_list",
    ),
    _Entry(
        DocumentKindInfo(
            "partnership_report",
            "Partnership annual report",
            "partnership",
            (*_BASIC, "years"),
            "Visits, student exchanges, gifts and aid of one partnership in a year or a range "
            "of years, with a chart per year.",
            registers=True,
        ),
        "exchangedesk.services.documents.catalogue_reports:partnership_report",
    ),
    _Entry(
        DocumentKindInfo(
            "placement_letters",
            "Placement letters",
            "programme",
            _BASIC,
            "For an exchange programme: a letter to each host family and to each participant's "
            "guardians saying who stays where.",
        ),
        "exchangedesk.services.documents.catalogue_exchanges:placement_letters",
    ),
    _Entry(
        DocumentKindInfo(
            "participant_list",
            "Participant list for the schools",
            "programme",
            _BASIC,
            "The participants of an exchange programme with school, age and host family.",
        ),
        "exchangedesk.services.documents.catalogue_exchanges:participant_list",
    ),
    _Entry(
        DocumentKindInfo(
            "emergency_sheet",
            "Emergency contact sheet",
            "programme",
            _BASIC,
            "For the group leaders: each participant's emergency contact, host family and "
            "medical and dietary needs (the only document that prints them).",
        ),
        "exchangedesk.services.documents.catalogue_exchanges:emergency_sheet",
    ),
    _Entry(
        DocumentKindInfo(
            "packing_list",
            "Packing list",
            "shipment",
            _BASIC,
            "What is in each box or pallet of a shipment, with weights, to tick on arrival.",
        ),
        "exchangedesk.services.documents.catalogue_reports:packing_list",
    ),
    _Entry(
        DocumentKindInfo(
            "manifest",
            "Shipment manifest",
            "shipment",
            _BASIC,
            "Every line of a shipment with box codes, quantities, values and weights, totals "
            "per box and for the shipment, and its status history.",
        ),
        "exchangedesk.services.documents.catalogue_reports:manifest",
    ),
    _Entry(
        DocumentKindInfo(
            "donation_receipt",
            "Donation receipt",
            "contribution",
            _BASIC,
            "A receipt for one contribution to an aid campaign.",
            registers=True,
        ),
        "exchangedesk.services.documents.catalogue_reports:donation_receipt",
    ),
    _Entry(
        DocumentKindInfo(
            "campaign_report",
            "Aid campaign report",
            "campaign",
            _BASIC,
            "Collected, allocated and delivered, per currency and converted at the rates "
            "named, with the contributions and shipments.",
            registers=True,
        ),
        "exchangedesk.services.documents.catalogue_reports:campaign_report",
    ),
    _Entry(
        DocumentKindInfo(
            "partnership_register",
            "Register of partnerships",
            "none",
            _BASIC,
            "Every partnership with its status, signing date and areas of cooperation.",
        ),
        "exchangedesk.services.documents.catalogue_reports:partnership_register",
    ),
    _Entry(
        DocumentKindInfo(
            "gift_register",
            "Register of gifts",
            "none",
            _BASIC,
            "Every gift given or received, its thank-you letter, where it is kept now and "
            "where it was kept before.",
        ),
        "exchangedesk.services.documents.catalogue_reports:gift_register",
    ),
)


def document_kinds() -> list[DocumentKindInfo]:
    """Every document the program prints, in menu order."""
    return [entry.info for entry in _CATALOGUE]


def document_kind(name: str) -> DocumentKindInfo:
    return _entry(name).info


def _entry(name: str) -> _Entry:
    for entry in _CATALOGUE:
        if entry.info.name == name:
            return entry
    known = ", ".join(entry.info.name for entry in _CATALOGUE)
    raise ValidationError("document", f"there is no document '{name}'; choose one of {known}")


def render_document(
    database: Database,
    kind: str,
    record_id: int | None,
    *,
    paper: str = "a4",
    issued_on: dt.date | None = None,
    member_id: int | Sequence[int] | None = None,
    template: str | None = None,
    language: str | None = None,
    own_templates: Path | None = None,
    years: tuple[int, int] | None = None,
    progress: Callable[[int, float | None], None] | None = None,
) -> PrintedDocument:
    """The PDF of document ``kind`` for record ``record_id``; see the module's docstring."""
    entry = _entry(kind)
    info = entry.info
    if info.record == "none":
        record_id = None
    elif record_id is None:
        raise ValidationError(info.record, f"the {info.label.lower()} needs a {info.record}")
    if paper not in PAPERS:
        raise ValidationError("paper", f"paper '{paper}' is not one of {', '.join(PAPERS)}")
    if member_id is None:
        members: tuple[int, ...] = ()
    elif isinstance(member_id, int):
        members = (member_id,)
    else:
        members = tuple(member_id)
    if years is not None:
        first, last = years
        if first > last:
            raise ValidationError("years", f"the years {first}–{last} run backwards")
    request = Request(
        record_id=record_id,
        paper=paper,
        issued_on=issued_on or dt.date.today(),
        member_ids=members,
        template=template,
        language=language,
        own_templates=own_templates,
        years=tuple(years) if years is not None else None,  # type: ignore[arg-type]
        progress=progress,
    )
    return _builder(entry)(database, request)


def _builder(entry: _Entry) -> Builder:
    import importlib

    module, function = entry.builder.split(":")
    return getattr(importlib.import_module(module), function)


def own_templates_folder(database_file: Path | None) -> Path | None:
    """The committee's own letter templates: a ``templates`` folder beside the database file."""
    if database_file is None:
        return None
    return database_file.resolve().parent / "templates"


def file_name(*parts: object) -> str:
    """``file_name("itinerary", 12, date)`` → "itinerary-12-2025-05-10.pdf": only characters
    every file system accepts, whatever the titles contain."""
    text = "-".join(str(part) for part in parts if part not in (None, ""))
    text = re.sub(r"[^A-Za-z0-9_]+", "-", text).strip("-") or "document"
    return f"{text[:120]}.pdf"
