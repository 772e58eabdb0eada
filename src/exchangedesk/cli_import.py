"""Command-line ``import KIND FILE``: the parser, and partnership pairs (people and
organisations are in cli_import_lists.py).

Exit codes for every kind: 0 every row imported (or already there); 1 some rows refused, the
rest saved; 2 nothing imported (the file or database could not be used, or every row was
refused).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from exchangedesk.cli_common import EXIT_ERROR, EXIT_OK, EXIT_PROBLEMS
from exchangedesk.cli_common import add_common as _add_common
from exchangedesk.cli_common import complain as _complain
from exchangedesk.cli_common import db_location as _db
from exchangedesk.cli_common import remove_database_file as _remove_database_file


def add_import(sub: argparse._SubParsersAction) -> None:
    importing = sub.add_parser(
        "import",
        help="import records from a file: KIND is pairs, people, organisations, contributions, "
        "host-families or participants",
        description="Import a list from a file. pairs: partnership pairs from CSV (city1,"
        "country1,lat1,lng1,city2,country2,lat2,lng2). people, organisations, contributions "
        "(donor lists), host-families, participants: CSV (UTF-8, UTF-16 or Windows-1252; ',' "
        "';' or TAB) or XLSX, columns found by their headings in English, German, French or "
        "Russian; decimal commas and day-first dates are read where the file uses them; an ID "
        "column from an earlier export updates those records. Exit 0: every row imported (or already there); 1: some rows refused, the "
        "rest saved; 2: nothing imported (the file or database could not be used, or every "
        "row was refused).",
    )
    importing.add_argument(
        "kind",
        metavar="KIND",
        help="what the file holds: pairs, people, organisations, contributions, host-families "
        "or participants",
    )
    importing.add_argument(
        "file", metavar="FILE", help="pairs: a CSV file (UTF-8); the other kinds: CSV or XLSX"
    )
    _add_common(importing)
    importing.add_argument(
        "--dry-run", action="store_true", help="read and check everything, save nothing"
    )
    importing.add_argument(
        "--report",
        metavar="FILE",
        help="pairs: also write the full report there: CSV if FILE ends in .csv, otherwise text",
    )
    importing.add_argument(
        "--refused",
        metavar="OUT.csv",
        help="write the refused rows there, with a 'Refused because' column, to fix and import "
        "again",
    )
    importing.add_argument(
        "--sheet", metavar="NAME", help="the XLSX sheet to read (default: the first)"
    )
    importing.add_argument(
        "--duplicates",
        choices=("skip", "merge", "create"),
        default="skip",
        help="a row without ID naming someone already in the register: skip it (default), "
        "merge its cells into that record, or create a new record anyway",
    )
    importing.add_argument(
        "--mapping",
        metavar="FILE",
        help="the lists: a JSON object naming the field of columns the headings do not say, "
        'e.g. {"Spalte 3": "email", "Intern": null} (null leaves a column out); fields by key '
        "or by the preview's title",
    )
    importing.add_argument(
        "--programme",
        metavar="ID",
        type=int,
        help="participants: the exchange programme they join (otherwise each row names it in a "
        "Programme column)",
    )
    importing.add_argument(
        "--campaign",
        metavar="ID",
        type=int,
        help="contributions: the aid campaign the money was given to (otherwise each row names "
        "it in a Campaign column)",
    )
    importing.set_defaults(handler=_cmd_import)


def _cmd_import(args: argparse.Namespace) -> int:
    """Import a file; the exit code says whether every row made it (see the parser's text)."""
    import io

    from exchangedesk.cli_import_lists import LIST_KINDS, import_list_command
    from exchangedesk.db.engine import resolve_url, sqlite_path
    from exchangedesk.db.opening import open_database
    from exchangedesk.domain.errors import DatabaseLockedError
    from exchangedesk.interchange.import_report import write_import_report
    from exchangedesk.interchange.twin_pairs import ImportFileError, read_pair_file
    from exchangedesk.services.partnerships.pairs_import import import_pairs

    kinds = ("pairs", *LIST_KINDS)
    args.kind = args.kind.strip().lower().replace("_", "-")
    if args.kind in LIST_KINDS and not args.read_only:
        return import_list_command(args)
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

    from exchangedesk.services.maintenance.backups import before_import

    finished = False
    backed_up = before_import(opened.database, source.name)
    try:
        report = import_pairs(
            opened.database,
            io.BytesIO(data),
            dry_run=args.dry_run,
            progress=progress if shown else None,
            source_name=source.name,
            before_saving=backed_up,
        )
        finished = True
    finally:
        opened.close()
        if shown:
            print("\r\033[K", end="", file=sys.stderr, flush=True)
        if created and path is not None and (args.dry_run or not finished):
            _remove_database_file(path)  # a dry run (or a failed first import) leaves no trace
    if backed_up.written is not None:
        print(f"A verified backup was taken before the import: {backed_up.written}")
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
    if args.refused and refused:
        _write_refused_pairs(source, report, Path(args.refused).expanduser())
    if refused and refused == report.rows:
        return EXIT_ERROR  # nothing could be imported
    return EXIT_PROBLEMS if refused else EXIT_OK


def _write_refused_pairs(source: Path, report: object, out: Path) -> None:
    """The refused pairs as the source's own rows with a reason, to fix and import again."""
    from exchangedesk.interchange.refused_rows import write_refused_rows
    from exchangedesk.interchange.table_file import read_table_file

    notes = [(note.row, f"{note.kind}: {note.message}") for note in report.refused if note.row]
    try:
        write_refused_rows(read_table_file(source), notes, out)
    except OSError as exc:
        _complain(f"cannot write the refused rows to '{out}': {exc.strerror or exc}")
        return
    print(f"Refused rows written to {out}")
