"""Command-line subcommands that write documents: ``ical`` and ``print``."""

from __future__ import annotations

import argparse
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
    from exchangedesk.services.ical import export_delegation_ical

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


# -- print: itineraries and letters as PDF ------------------------------------------------------


def add_print(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    printing = sub.add_parser(
        "print",
        help="print a document to PDF: DOCUMENT is itinerary or letter",
        description="Print a delegation's itinerary (or one member's with --member), or a letter "
        "from a template (--template invitation, visa_support, thank_you or authorities). A "
        "letter is entered in the correspondence register. The same input gives the same PDF "
        "bytes. Exit 2 when the delegation, person, template or file cannot be used; no file is "
        "written then.",
    )
    printing.add_argument("document", metavar="DOCUMENT", choices=("itinerary", "letter"))
    printing.add_argument("delegation", metavar="ID", type=int, help="the delegation's id")
    printing.add_argument("--out", metavar="FILE.pdf", required=True, help="the file to write")
    printing.add_argument(
        "--member",
        metavar="PERSON_ID",
        type=int,
        action="append",
        help="itinerary: only this member's items; letter: the recipient, or for visa_support "
        "the person the letter names (repeat for several)",
    )
    printing.add_argument("--paper", choices=("a4", "letter"), default="a4")
    printing.add_argument("--template", metavar="NAME", help="the letter's template")
    printing.add_argument(
        "--language",
        metavar="xx",
        help="the letter's language, or two for side by side (en+ru); default: English, and "
        "the recipient's language beside it when a template exists in it",
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

    out = Path(args.out).expanduser()
    if out.is_dir() or not out.parent.is_dir():
        _complain(f"cannot write '{out}': give a file name in a folder that exists")
        return EXIT_ERROR
    try:
        issued = dt.date.fromisoformat(args.date) if args.date else dt.date.today()
    except ValueError:
        _complain(f"--date: '{args.date}' is not a date written as YYYY-MM-DD")
        return EXIT_ERROR
    letter = args.document == "letter"
    if letter and not args.template:
        _complain("a letter needs --template: invitation, visa_support, thank_you or authorities")
        return EXIT_ERROR
    if not letter and len(args.member or []) > 1:
        _complain("an itinerary is for the whole delegation or for one --member")
        return EXIT_ERROR
    location = _db(args)
    # An itinerary only reads (it can run while the window has the database open); a letter
    # is entered in the correspondence register.
    read_only = not letter or getattr(args, "read_only", False)
    opened = open_database(location, read_only=read_only)
    try:
        if letter:
            path = sqlite_path(resolve_url(location))
            own = path.resolve().parent / "templates" if path is not None else None
            pdf, note = _print_letter(opened.database, args, issued, own)
        else:
            pdf, note = _print_itinerary(opened.database, args, issued)
        _write_atomically(out, pdf)
    except ValidationError as exc:
        _complain(f"{str(exc).rstrip('.')}. No file was written.")
        return EXIT_ERROR
    except OSError as exc:
        _complain(f"cannot write '{out}': {exc.strerror or exc}. No file was written.")
        return EXIT_ERROR
    finally:
        opened.close()
    print(f"{note} written to {out}")
    return EXIT_OK


def _print_itinerary(database: object, args: argparse.Namespace, issued: object) -> tuple:
    from exchangedesk.reports.itinerary import render_itinerary
    from exchangedesk.services.document_data import itinerary_data

    member = args.member[0] if args.member else None
    data = itinerary_data(database, args.delegation, member_id=member, issued_on=issued)
    pages = render_itinerary(data, paper=args.paper)
    who = f" for {data.member.name}" if data.member else ""
    return pages, f"Itinerary of “{data.title}”{who}"


def _print_letter(database, args, issued, own_templates):  # noqa: ANN001, ANN202
    from exchangedesk.domain.enums import DocumentKind
    from exchangedesk.domain.errors import ValidationError
    from exchangedesk.reports.letters import LetterRenderer
    from exchangedesk.reports.templates import (
        available_languages,
        load_template,
        template_folders,
    )
    from exchangedesk.services.correspondence import GeneratedDocument, record_document
    from exchangedesk.services.letter_data import letter_data, visa_letter_data

    folders = template_folders(own_templates)
    available = available_languages(args.template, folders)
    if not available:
        raise ValidationError("template", f"there is no letter template named '{args.template}'")
    if args.template == "visa_support":
        data = visa_letter_data(database, args.delegation, args.member, issued_on=issued)
    else:
        if len(args.member or []) > 1:
            raise ValidationError("member", "a letter has one recipient; give --member once")
        recipient = args.member[0] if args.member else None
        data = letter_data(
            database, args.template, args.delegation, recipient_id=recipient, issued_on=issued
        )
    languages = _letter_languages(args.language, available, data.recipient.languages)
    templates = [(code, load_template(args.template, code, folders)) for code in languages]
    renderer = LetterRenderer(data, templates, paper=args.paper)
    pdf = renderer.render()
    entry = None
    if not database.read_only:
        entry = record_document(
            database,
            GeneratedDocument(
                kind=DocumentKind.LETTER,
                template=args.template,
                title=renderer.title(),
                issued_on=issued,
                language="+".join(languages),
                partnership_id=data.partnership_id,
                delegation_id=data.delegation_id,
                gift_id=data.gift.id if data.gift else None,
                recipient_person_id=data.recipient.person_id,
                recipient_organisation_id=data.recipient.organisation_id,
                recipient_text=data.recipient.name,
                file_name=f"{args.template}-{args.delegation}-{issued}.pdf",
            ),
            pdf,
        )
    registered = (
        f" (register entry {entry.document_id})" if entry else " (not registered: read-only)"
    )
    return pdf, f"Letter “{renderer.title()}”{registered}"


def _letter_languages(asked: str | None, available: list[str], preferred: tuple) -> list[str]:
    from exchangedesk.domain.errors import ValidationError

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
