"""Command-line ``import people|organisations|contributions|host-families|participants FILE``:
a list from CSV or XLSX (the ``import`` command in cli.py hands these kinds over; pairs stay in
cli_import.py). Participants go into the programme given with ``--programme ID`` (or the one
each row names), contributions into the campaign of ``--campaign ID`` (or each row's).

Exit codes, as ``--help`` and README say: 0 every row imported (or already there, unchanged);
1 some rows refused, every other row saved; 2 nothing imported: the file or database could not
be used, or every row was refused.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from exchangedesk.cli_common import EXIT_ERROR, EXIT_OK, EXIT_PROBLEMS
from exchangedesk.cli_common import complain as _complain
from exchangedesk.cli_common import db_location as _db

# The fields read as numbers or dates: the rule the file follows is printed when it has one.
NUMBER_OR_DATE = {
    "contributions": ("amount", "received_on", "receipt_issued_on"),
    "host-families": ("capacity", "latitude", "longitude", "vetted_on", "vetting_valid_until"),
    "participants": ("date_of_birth",),
}
LIST_KINDS = ("people", "organisations", "contributions", "host-families", "participants")


def import_list_command(args: argparse.Namespace) -> int:
    """``exchangedesk import KIND FILE`` for the kinds in :data:`LIST_KINDS`."""
    from exchangedesk.db.opening import open_database
    from exchangedesk.domain.errors import DatabaseLockedError, ValidationError
    from exchangedesk.interchange.refused_rows import write_refused_rows
    from exchangedesk.interchange.table_file import TableFileError
    from exchangedesk.services.imports import read_import_file, run_import

    source = Path(args.file).expanduser()
    refused_out = Path(args.refused).expanduser() if args.refused else None
    if refused_out is not None and not refused_out.parent.is_dir():
        _complain(f"cannot write the refused rows to '{refused_out}': that folder does not exist")
        return EXIT_ERROR
    try:
        read = read_import_file(source, args.kind, args.sheet)
    except TableFileError as exc:
        _complain(f"{source.name}: {exc} Nothing was imported.")
        return EXIT_ERROR
    except OSError as exc:
        _complain(f"cannot read '{source}': {exc.strerror or exc}. Nothing was imported.")
        return EXIT_ERROR
    mapping = read.mapping
    if args.mapping:
        problem, mapping = _mapping_file(Path(args.mapping).expanduser(), args.kind, read)
        if problem:
            _complain(f"{args.mapping}: {problem}. Nothing was imported.")
            return EXIT_ERROR
    within = {"participants": args.programme, "contributions": args.campaign}.get(args.kind)
    for option, kinds, value in (("--programme", "participants", args.programme),
                                 ("--campaign", "contributions", args.campaign)):  # fmt: skip
        if value is not None and args.kind != kinds:
            _complain(f"{option} is for importing {kinds}, not {args.kind}")
            return EXIT_ERROR
    if read.table.encoding is not None:
        print(f"{source.name}: read as {read.table.reading}")
    try:
        opened = open_database(_db(args))
    except DatabaseLockedError as exc:
        _complain(
            f"the database is open in ExchangeDesk by {exc.holder}. Close it there, then run "
            "the import again. Nothing was imported."
        )
        return EXIT_ERROR
    from exchangedesk.services.maintenance.backups import before_import

    backed_up = before_import(opened.database, source.name)
    try:
        result = run_import(
            opened.database,
            args.kind,
            read.table,
            mapping,
            actor=opened.database.actor,
            dry_run=args.dry_run,
            duplicates=args.duplicates,
            before_saving=backed_up,
            within=within,
        )
    except ValidationError as exc:
        _complain(f"{source.name}: {exc.message} Nothing was imported.")
        return EXIT_ERROR
    finally:
        opened.close()
    if backed_up.written is not None:
        print(f"A verified backup was taken before the import: {backed_up.written}")
    if any(key in NUMBER_OR_DATE.get(args.kind, ()) for key in mapping):
        print(f"{source.name}: {result.reading}")
    ignored = [h for h, key in zip(read.table.headers, mapping, strict=True) if not key and h]
    if ignored:
        print("columns not recognised (ignored): " + ", ".join(ignored))
    for number, reason in result.refused:
        print(f"row {number}: refused: {reason}")
    for number, who in result.duplicates:
        print(f"row {number}: already in the register: {who}")
    print(f"{result.summary()}" + (" (dry run: nothing saved)" if result.dry_run else ""))
    if refused_out is not None and result.refused:
        write_refused_rows(read.table, result.refused, refused_out)
        print(f"Refused rows written to {refused_out}")
    if result.refused and len(result.refused) == result.rows:
        return EXIT_ERROR  # nothing could be imported
    return EXIT_PROBLEMS if result.refused else EXIT_OK


def _mapping_file(path: Path, kind: str, read: object) -> tuple[str | None, list]:
    """``--mapping FILE``: a JSON object, heading → field (or null to leave the column out),
    applied over the guess from the headings. (problem, mapping)."""
    import json

    from exchangedesk.interchange.import_fields import chosen_mapping

    try:
        chosen = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        return f"cannot read it: {exc.strerror or exc}", []
    except (ValueError, UnicodeDecodeError) as exc:
        return f"not JSON ({exc})", []
    if not isinstance(chosen, dict):
        return 'not a JSON object such as {"Nachname": "family_name", "Spalte 7": null}', []
    try:
        return None, chosen_mapping(kind, read.table.headers, read.mapping, chosen)
    except ValueError as exc:
        return str(exc), []
