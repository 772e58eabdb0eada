"""Command-line subcommand ``export``: one kind of record as a CSV or XLSX spreadsheet."""

from __future__ import annotations

import argparse
from pathlib import Path

from exchangedesk.cli_common import EXIT_ERROR, EXIT_OK
from exchangedesk.cli_common import add_common as _add_common
from exchangedesk.cli_common import complain as _complain
from exchangedesk.cli_common import db_location as _db


def add_export(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from exchangedesk.services.exports import export_kinds

    names = [kind.name for kind in export_kinds()]
    exporting = sub.add_parser(
        "export",
        help="write one kind of record as a CSV or XLSX spreadsheet: " + ", ".join(names),
        description="Write every record of one kind (" + ", ".join(names) + ") to a CSV or "
        "XLSX file that Excel and LibreOffice open with no cell ever running as a formula. "
        "Sensitive details (birth dates, passports, dietary and medical notes) are left out "
        "unless --sensitive is given; such an export is entered in the audit log. Exit 2 when "
        "the kind, the database or the file cannot be used; no file is written then.",
    )
    exporting.add_argument("kind", metavar="KIND", help="what to export (- and _ alike)")
    exporting.add_argument("--format", choices=("csv", "xlsx"), help="default: from --out")
    exporting.add_argument("--out", metavar="FILE", required=True, help="the file to write")
    exporting.add_argument(
        "--filter",
        metavar="TEXT",
        default="",
        help="only the records whose shown fields contain every word of TEXT (any case, any "
        "accents), as the filter of the list on screen",
    )
    exporting.add_argument(
        "--sensitive",
        action="store_true",
        help="include sensitive details (people, members, participants); audited",
    )
    _add_common(exporting)
    exporting.set_defaults(handler=_cmd_export)


def _cmd_export(args: argparse.Namespace) -> int:
    from exchangedesk.db.opening import open_database
    from exchangedesk.domain.errors import ValidationError
    from exchangedesk.services.exports import export_kind, export_to_file

    try:
        kind = export_kind(args.kind)
    except ValidationError as exc:
        _complain(exc.message)
        return EXIT_ERROR
    out = Path(args.out).expanduser()
    file_format = args.format or out.suffix.lower().lstrip(".")
    if file_format not in ("csv", "xlsx"):
        _complain(f"--format: say csv or xlsx (the name '{out.name}' does not tell)")
        return EXIT_ERROR
    if out.is_dir() or not out.parent.is_dir():
        _complain(f"cannot write '{out}': give a file name in a folder that exists")
        return EXIT_ERROR
    sensitive = args.sensitive and kind.has_sensitive
    if args.sensitive and not kind.has_sensitive:
        _complain(f"note: {kind.name} has no sensitive details; --sensitive changes nothing")
    # Without sensitive details nothing is written, so the export can run while the window
    # has the database open; with them, the audit entry needs a writable database.
    read_only = not sensitive or getattr(args, "read_only", False)
    if sensitive and read_only:
        _complain("--sensitive needs a writable database: the export is entered in the audit log")
        return EXIT_ERROR
    opened = open_database(_db(args), read_only=read_only)
    try:
        result = export_to_file(
            opened.database,
            kind.name,
            out,
            file_format,
            text_filter=args.filter,
            sensitive=sensitive,
        )
    except ValidationError as exc:
        _complain(f"{exc.message} No file was written.")
        return EXIT_ERROR
    except OSError as exc:
        _complain(f"cannot write '{out}': {exc.strerror or exc}. No file was written.")
        return EXIT_ERROR
    finally:
        opened.close()
    rows = f"{result.rows} row" + ("" if result.rows == 1 else "s")
    note = " with sensitive details (audited)" if result.sensitive else ""
    print(f"{rows} of {result.kind}{note} written to {result.path}")
    return EXIT_OK
