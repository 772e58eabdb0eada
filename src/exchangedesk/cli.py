"""Command-line entry: the GUI by default, subcommands for headless work (DESIGN.md §5).

Errors meant for the user go to stderr as one clear sentence with a non-zero exit code; a
traceback only with ``--debug``. Heavy imports (Qt, ReportLab) happen inside the commands that
need them, so ``exchangedesk check`` starts quickly.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from exchangedesk import __version__
from exchangedesk.domain.errors import ExchangeDeskError

EXIT_OK = 0
EXIT_PROBLEMS = 1  # the command ran and found problems (check), or refused (e.g. non-empty demo)
EXIT_ERROR = 2  # the command could not run: bad arguments, unusable database


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="exchangedesk",
        description="ExchangeDesk: the register and planner of a town-twinning committee.",
    )
    parser.add_argument("--version", action="version", version=f"ExchangeDesk {__version__}")
    _add_common(parser)
    parser.add_argument(
        "--read-only", action="store_true", help="open the database without changing it"
    )
    parser.add_argument(
        "--startup-probe",
        action="store_true",
        help="start the window, wait until the home screen and the first list have painted, "
        "print one JSON line of timings (ms) and peak memory, and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="create a database with the demo history")
    _add_common(demo)
    demo.add_argument(
        "--scale",
        choices=("village", "federation"),
        default="village",
        help="village: the Coventry committee's history (default); federation: a generated "
        "register of national size for measuring speed (200,000 people, 1,000,000 itinerary "
        "items...; takes a few minutes)",
    )
    demo.add_argument(
        "--seed",
        type=int,
        metavar="N",
        help="with --scale federation: the same N always builds the same database",
    )
    demo.set_defaults(handler=_cmd_demo)

    check = sub.add_parser("check", help="check integrity and invariants; exit 1 on problems")
    _add_common(check)
    check.set_defaults(handler=_cmd_check)

    backup = sub.add_parser("backup", help="write a consistent, verified snapshot")
    _add_common(backup)
    backup.add_argument("--dest", help="folder for the backup (default: 'backups' beside it)")
    backup.add_argument(
        "--keep",
        type=_positive_int,
        metavar="N",
        help="how many backups to keep in that folder, newest first (default: 10)",
    )
    backup.set_defaults(handler=_cmd_backup)

    restore = sub.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("backup", help="the backup file to restore")
    _add_common(restore)
    restore.set_defaults(handler=_cmd_restore)

    importing = sub.add_parser(
        "import",
        help="import records from a file: KIND is pairs (partnership pairs from CSV)",
        description="Import partnership pairs from CSV (city1,country1,lat1,lng1,city2,country2,"
        "lat2,lng2). Exit 0: every row imported; 1: some rows refused (the rest is saved); "
        "2: the file or database could not be used (nothing saved).",
    )
    importing.add_argument("kind", metavar="KIND", help="what the file holds: pairs")
    importing.add_argument("file", metavar="FILE", help="the CSV file (UTF-8)")
    _add_common(importing)
    importing.add_argument(
        "--dry-run", action="store_true", help="read and check everything, save nothing"
    )
    importing.add_argument(
        "--report",
        metavar="FILE",
        help="also write the full report there: CSV if FILE ends in .csv, otherwise text",
    )
    importing.set_defaults(handler=_cmd_import)
    _add_ical(sub)
    _add_print(sub)
    return parser


def _add_common(parser: argparse.ArgumentParser) -> None:
    # Accepted before or after the subcommand; SUPPRESS keeps a later default from erasing it.
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=argparse.SUPPRESS,
        help="database file or SQLAlchemy URL (default: your data folder)",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show tracebacks and debug logging",
    )


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error argparse already explained
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    debug = getattr(args, "debug", False)
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING)
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", _cmd_gui)
    try:
        return handler(args)
    except ExchangeDeskError as exc:
        if debug:
            raise
        _complain(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("exchangedesk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug or an OS error: still one line, the traceback on request
        if debug:
            raise
        _complain(f"{type(exc).__name__}: {exc} (run again with --debug for the details)")
        return EXIT_ERROR


def _complain(message: str) -> None:
    print(f"exchangedesk: {' '.join(message.split())}", file=sys.stderr)


def _db(args: argparse.Namespace) -> str | None:
    return getattr(args, "db", None)


def _cmd_gui(args: argparse.Namespace) -> int:
    from exchangedesk.ui.app import run

    if args.startup_probe:
        from exchangedesk.ui.startup_probe import StartupProbe

        return run(_db(args), read_only=args.read_only, probe=StartupProbe())
    return run(_db(args), read_only=args.read_only)


def _cmd_demo(args: argparse.Namespace) -> int:
    from exchangedesk.db.engine import resolve_url, sqlite_path
    from exchangedesk.db.opening import open_database

    location = _db(args)
    if location is None:
        _complain(
            "demo needs --db PATH: the demo history goes into a database of its own, "
            "never into your register"
        )
        return EXIT_ERROR
    path = sqlite_path(resolve_url(location))
    if path is not None and path.is_file() and path.stat().st_size > 0:
        _complain(
            f"'{path}' already exists and is not empty. The demo is only written into a new "
            "file, so nothing in it was changed; choose a new file name."
        )
        return EXIT_PROBLEMS
    federation = args.scale == "federation"
    if args.seed is not None and not federation:
        _complain("--seed only applies to --scale federation: the village demo is always the same")
        return EXIT_ERROR
    from exchangedesk.services.demo import DemoRefused, build_demo

    created = path is not None and not path.exists()
    opened = open_database(location)
    try:
        summary = _build_federation(opened, args) if federation else build_demo(opened.database)
    except DemoRefused as exc:
        opened.close()
        _complain(str(exc))
        return EXIT_PROBLEMS
    except BaseException:
        opened.close()
        if created:  # leave no half-made demo behind to be mistaken for a whole one
            _remove_database_file(path)
        raise
    opened.close()
    if federation:
        _print_federation(summary, path or location)
        return EXIT_OK
    print(f"Demo history written to {path or location}:")
    for name, count in _counts(summary):
        print(f"  {name.replace('_', ' ')}: {count}")
    return EXIT_OK


def _build_federation(opened: object, args: argparse.Namespace) -> object:
    from exchangedesk.services.federation import DEFAULT_SEED, build_federation

    def stage_done(name: str, seconds: float) -> None:
        print(f"  {name}: {seconds:.1f} s", file=sys.stderr, flush=True)

    seed = DEFAULT_SEED if args.seed is None else args.seed
    print(f"Building a federation-scale register (seed {seed})...", file=sys.stderr, flush=True)
    return build_federation(opened.database, seed=seed, progress=stage_done)  # type: ignore[attr-defined]


def _print_federation(summary: object, where: object) -> None:
    size = ""
    if isinstance(where, Path) and where.is_file():
        size = f", {where.stat().st_size / 1e6:,.0f} MB"
    print(f"Federation-scale register written to {where} in {summary.seconds:.0f} s{size}:")  # type: ignore[attr-defined]
    print(f"  seed: {summary.seed}; pairs: {summary.pairs_source}")  # type: ignore[attr-defined]
    for name, count in summary.counts.items():  # type: ignore[attr-defined]
        print(f"  {name.replace('_', ' ')}: {count:,}")


def _counts(summary: object) -> list[tuple[str, object]]:
    import dataclasses

    if dataclasses.is_dataclass(summary):
        return [(f.name, getattr(summary, f.name)) for f in dataclasses.fields(summary)]
    return list(vars(summary).items())


def _remove_database_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _cmd_check(args: argparse.Namespace) -> int:
    from exchangedesk.services.maintenance import check_database, inspecting

    with inspecting(_db(args)) as database:
        report = check_database(database)
    print(f"Database: {report.location}")
    schema = (
        f"Schema: {report.schema_revision or 'none'} (this program: {report.expected_revision})"
    )
    if report.written_by:
        schema += f", last upgraded by ExchangeDesk {report.written_by}"
    print(schema)
    for skipped in report.skipped:
        print(f"Not checked: {skipped}")
    if report.ok:
        print("No problems found.")
        return EXIT_OK
    print(f"{len(report.problems)} problem(s) found:")
    for problem in report.problems:
        print(f"  - {problem}")
    return EXIT_PROBLEMS


def _cmd_backup(args: argparse.Namespace) -> int:
    from exchangedesk.db.backup import KEEP_BACKUPS
    from exchangedesk.services.maintenance import backup_database

    dest = Path(args.dest).expanduser() if args.dest else None
    written = backup_database(_db(args), dest, keep=args.keep or KEEP_BACKUPS)
    print(written)
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from exchangedesk.db.engine import resolve_url, sqlite_path
    from exchangedesk.services.maintenance import restore_database

    location = _db(args)
    kept = restore_database(Path(args.backup).expanduser(), location)
    print(f"Restored {args.backup} to {sqlite_path(resolve_url(location))}.")
    if kept is not None:
        print(f"The database it replaced was kept as {kept}")
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    """Import a file; the exit code says whether every row made it (see the parser's text)."""
    import io

    from exchangedesk.db.engine import resolve_url, sqlite_path
    from exchangedesk.db.opening import open_database
    from exchangedesk.domain.errors import DatabaseLockedError
    from exchangedesk.interchange.import_report import write_import_report
    from exchangedesk.interchange.twin_pairs import ImportFileError, read_pair_file
    from exchangedesk.services.imports import import_pairs

    kinds = ("pairs",)  # people, contributions... join here
    if args.kind not in kinds:
        _complain(
            f"cannot import '{args.kind}': the kinds that can be imported are: {', '.join(kinds)}"
        )
        return EXIT_ERROR
    if args.read_only:
        _complain("an import writes to the database, so it cannot run with --read-only")
        return EXIT_ERROR
    source = Path(args.file).expanduser()
    report_path = Path(args.report).expanduser() if args.report else None
    if report_path is not None and not report_path.parent.is_dir():
        _complain(f"cannot write the report to '{report_path}': that folder does not exist")
        return EXIT_ERROR
    try:
        data = source.read_bytes()
        # Read once before the database is opened: a file that cannot be imported at all (a
        # column missing, not UTF-8) leaves the database as it was, not even created.
        read_pair_file(io.BytesIO(data), name=source.name)
    except OSError as exc:
        _complain(f"cannot read '{source}': {exc.strerror or exc}. Nothing was imported.")
        return EXIT_ERROR
    except ImportFileError as exc:
        _complain(f"{source.name}: {exc} Nothing was imported.")
        return EXIT_ERROR
    path = sqlite_path(resolve_url(_db(args)))
    created = path is not None and not path.exists()
    try:
        opened = open_database(_db(args))
    except DatabaseLockedError as exc:
        _complain(
            f"the database is open in ExchangeDesk by {exc.holder}. Close it there, then run "
            "the import again. Nothing was imported."
        )
        return EXIT_ERROR

    shown = sys.stderr.isatty()  # progress only for a person watching, never into a log file

    def progress(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        print(f"\rImporting {source.name}: {percent:3d}%", end="", file=sys.stderr, flush=True)

    finished = False
    try:
        report = import_pairs(
            opened.database,
            io.BytesIO(data),
            dry_run=args.dry_run,
            progress=progress if shown else None,
            source_name=source.name,
        )
        finished = True
    finally:
        opened.close()
        if shown:
            print("\r\033[K", end="", file=sys.stderr, flush=True)
        if created and path is not None and (args.dry_run or not finished):
            _remove_database_file(path)  # a dry run (or a failed first import) leaves no trace
    for line in report.summary_lines():
        print(line)
    refused = len(report.refused)
    rows = f"{refused:,} row" + ("" if refused == 1 else "s")
    if report.dry_run:
        outcome = f"{rows} would be refused." if refused else "Every row can be imported."
        print(f"Dry run: nothing was saved. {outcome}")
    elif refused:
        print(
            f"{rows} refused, listed above with their row numbers; every other row was imported "
            "and saved."
        )
    else:
        print("Every row was imported and saved.")
    if report_path is not None:
        try:
            write_import_report(report, report_path)
        except OSError as exc:
            _complain(
                f"cannot write the report to '{report_path}': {exc.strerror or exc}"
                + ("" if report.dry_run else " (the import itself was saved)")
            )
            return EXIT_ERROR
        print(f"Full report written to {report_path}")
    return EXIT_PROBLEMS if refused else EXIT_OK


# -- ical: a delegation's programme as an iCalendar file ----------------------------------------


def _add_ical(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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


def _add_print(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
