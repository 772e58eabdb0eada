"""Command-line subcommands that write documents: ``ical`` and ``print``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from exchangedesk.cli_common import (
    EXIT_ERROR,
    EXIT_OK,
)
from exchangedesk.cli_common import (
    add_common as _add_common,
)
from exchangedesk.cli_common import (
    complain as _complain,
)
from exchangedesk.cli_common import (
    db_location as _db,
)

# -- ical: a delegation's programme as an iCalendar file ----------------------------------------


def add_ical(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ical = sub.add_parser(
        "ical",
        help="write a delegation's programme as an iCalendar (.ics) file",
        description="Write every item of a delegation's programme, or only the items one member "
        "attends (--member), to an iCalendar file that phones, Outlook and other calendars "
        "import with the right local times. Exit 2 when the delegation, the member or the file "
        "cannot be used; no file is written then.",
    )
    ical.add_argument("delegation", metavar="DELEGATION_ID", type=int, help="the delegation's id")
    ical.add_argument("--out", metavar="FILE.ics", required=True, help="the file to write")
    ical.add_argument(
        "--member",
        metavar="PERSON_ID",
        type=int,
        help="only the items this member (a person's id) attends",
    )
    _add_common(ical)
    ical.set_defaults(handler=_cmd_ical)


def _cmd_ical(args: argparse.Namespace) -> int:
    from exchangedesk.db.opening import open_database
    from exchangedesk.domain.errors import ValidationError
    from exchangedesk.services.delegations.ical import export_delegation_ical

    out = Path(args.out).expanduser()
    if out.is_dir():
        _complain(f"cannot write '{out}': it is a folder; give a file name such as visit.ics")
        return EXIT_ERROR
    if not out.parent.is_dir():
        missing = "is not a folder" if out.parent.exists() else "does not exist"
        _complain(f"cannot write '{out}': '{out.parent}' {missing}")
        return EXIT_ERROR
    # Read-only: an export never changes the database and can run while the window has it open.
    opened = open_database(_db(args), read_only=True)
    try:
        result = export_delegation_ical(
            opened.database, args.delegation, out, member_id=args.member
        )
    except ValidationError as exc:
        _complain(f"{exc.message} No file was written.")
        return EXIT_ERROR
    except OSError as exc:
        _complain(f"cannot write '{out}': {exc.strerror or exc}. No file was written.")
        return EXIT_ERROR
    finally:
        opened.close()
    items = f"{result.events} item" + ("" if result.events == 1 else "s")
    print(f"{items} of “{result.calendar_name}” written to {result.path}")
    return EXIT_OK


# -- print: every document of the catalogue (services/documents/register/catalogue.py) as PDF ---------------------


def add_print(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from exchangedesk.services.documents.catalogue import document_kinds

    kinds = document_kinds()
    listing = "; ".join(f"{kind.name} ({kind.record} id)" for kind in kinds)
    printing = sub.add_parser(
        "print",
        help="print a document to PDF: " + ", ".join(kind.name for kind in kinds),
        description="Print a document to PDF: "
        + listing.replace(" (none id)", "")
        + ". An itinerary is the delegation's, or one member's with --member; a letter comes "
        "from a template written for the delegation's direction (incoming: --template "
        "invitation, visa_support, authorities or thank_you; outgoing: announcement, "
        "visa_invitation_request, travel_notice or thank_you_hosts) and is entered in the "
        "correspondence register; a letter whose facts are not recorded is refused naming them. The same input gives the same PDF bytes. Exit "
        "2 when the record, person, template or file cannot be used; no file is written then.",
    )
    printing.add_argument(
        "document",
        metavar="DOCUMENT",
        # argparse converts before it checks choices: campaign-report is campaign_report.
        type=lambda name: name.strip().lower().replace("-", "_"),
        choices=tuple(kind.name for kind in kinds),
    )
    printing.add_argument(
        "record",
        metavar="ID",
        type=int,
        nargs="?",
        help="the id of the delegation, partnership, programme, shipment, campaign or contribution the "
        "document is about (registers of everything take none)",
    )
    printing.add_argument("--out", metavar="FILE.pdf", required=True, help="the file to write")
    printing.add_argument(
        "--member",
        metavar="PERSON_ID",
        type=int,
        action="append",
        help="itinerary: only this member's items; letter: the recipient, or for visa_support "
        "and visa_invitation_request the person the letter names (repeat for several)",
    )
    printing.add_argument("--paper", choices=("a4", "letter"), default="a4")
    printing.add_argument("--template", metavar="NAME", help="the letter's template")
    printing.add_argument(
        "--language",
        metavar="xx",
        help="the document's language: en, de, fr or ru; a letter also two side by side "
        "(de+fr). Default: the committee's language (the setting document_language, else the "
        "home city's language); a receipt in the donor's language where it is recorded; a "
        "letter in the committee's language with the recipient's beside it",
    )
    printing.add_argument(
        "--years",
        metavar="YYYY[-YYYY]",
        help="partnership_report: the year or years it covers (default: the year of --date)",
    )
    printing.add_argument(
        "--date", metavar="YYYY-MM-DD", help="the date the document is issued (default: today)"
    )
    _add_common(printing)
    printing.set_defaults(handler=_cmd_print)


def _cmd_print(args: argparse.Namespace) -> int:
    import datetime as dt

    from exchangedesk.db.engine import resolve_url, sqlite_path
    from exchangedesk.db.opening import open_database
    from exchangedesk.domain.errors import ValidationError
    from exchangedesk.services.documents.catalogue import (
        document_kind,
        own_templates_folder,
        render_document,
    )

    kind = document_kind(args.document)
    out = Path(args.out).expanduser()
    if out.is_dir() or not out.parent.is_dir():
        _complain(f"cannot write '{out}': give a file name in a folder that exists")
        return EXIT_ERROR
    try:
        issued = dt.date.fromisoformat(args.date) if args.date else dt.date.today()
    except ValueError:
        _complain(f"--date: '{args.date}' is not a date written as YYYY-MM-DD")
        return EXIT_ERROR
    refusal = _refusal(args, kind)
    if refusal:
        _complain(refusal)
        return EXIT_ERROR
    years = _years(args.years)
    if args.years and years is None:
        _complain(f"--years: '{args.years}' is not a year or two years such as 2023-2025")
        return EXIT_ERROR
    location = _db(args)
    # Most documents only read (they can be printed while the window has the database open);
    # a letter is entered in the correspondence register.
    read_only = not kind.registers or getattr(args, "read_only", False)
    opened = open_database(location, read_only=read_only)
    try:
        path = sqlite_path(resolve_url(location)) if kind.name == "letter" else None
        printed = render_document(
            opened.database,
            kind.name,
            args.record,
            paper=args.paper,
            issued_on=issued,
            member_id=args.member,
            template=args.template,
            language=args.language,
            own_templates=own_templates_folder(path),
            years=years,
            progress=progress_line(sys.stderr),
        )
        _write_atomically(out, printed.pdf)
    except ValidationError as exc:
        _complain(f"{str(exc).rstrip('.')}. No file was written.")
        return EXIT_ERROR
    except OSError as exc:
        _complain(f"cannot write '{out}': {exc.strerror or exc}. No file was written.")
        return EXIT_ERROR
    finally:
        opened.close()
        _end_progress_line(sys.stderr)
    if printed.register_entry_id is not None:
        note = f" (register entry {printed.register_entry_id})"
    elif kind.registers:
        note = " (not registered: read-only)"
    else:
        note = ""
    print(f"{printed.title}{note} written to {out}")
    for warning in printed.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return EXIT_OK


def progress_line(stream) -> Callable[[int, float | None], None] | None:  # noqa: ANN001
    """On a terminal, one line rewritten as the pages are laid out: "Laying out page 412
    (41 %)…" (a register of 25,000 partnerships takes a while). Nothing when the output is
    a file or a pipe: a script's log gets no carriage returns."""
    if not getattr(stream, "isatty", lambda: False)():
        return None

    def show(pages: int, share: float | None) -> None:
        done = f" ({share:.0%})" if share is not None else ""
        stream.write(f"\rLaying out page {pages}{done}…\x1b[K")
        stream.flush()
        _shown.add(id(stream))

    return show


_shown: set[int] = set()


def _end_progress_line(stream) -> None:  # noqa: ANN001
    if id(stream) in _shown:
        _shown.discard(id(stream))
        stream.write("\r\x1b[K")  # the line is wiped; the result is said below it
        stream.flush()


def _refusal(args: argparse.Namespace, kind) -> str | None:  # noqa: ANN001
    """What is wrong with the options for this document, before the database is opened."""
    if kind.record != "none" and args.record is None:
        return f"{kind.name} needs the id of a {kind.record}"
    if kind.record == "none" and args.record is not None:
        return f"{kind.name} lists every record and takes no id"
    if kind.name == "letter" and not args.template:
        return (
            "a letter needs --template: for an incoming visit invitation, visa_support, "
            "authorities or thank_you; for an outgoing one announcement, "
            "visa_invitation_request, travel_notice or thank_you_hosts"
        )
    if kind.name == "itinerary" and len(args.member or []) > 1:
        return "an itinerary is for the whole delegation or for one --member"
    given = {
        "member_id": ("--member", args.member),
        "template": ("--template", args.template),
        "language": ("--language", args.language),
        "years": ("--years", args.years),
    }
    for option, (flag, value) in given.items():
        if value and option not in kind.options:
            return f"{flag} does not apply to {kind.name}"
    return None


def _years(text: str | None) -> tuple[int, int] | None:
    import re

    found = re.fullmatch(r"\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*", text or "")
    if not found:
        return None
    first = int(found.group(1))
    return first, int(found.group(2) or first)


def _write_atomically(out: Path, data: bytes) -> None:
    """A reader never sees half a PDF, and a failure leaves any old file as it was."""
    import os
    import tempfile

    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
