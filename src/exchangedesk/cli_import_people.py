"""Command-line ``import people FILE``: a list of people from CSV or XLSX (the ``import``
command in cli.py hands this kind over)."""

from __future__ import annotations

import argparse
from pathlib import Path

from exchangedesk.cli_common import EXIT_ERROR, EXIT_OK, EXIT_PROBLEMS
from exchangedesk.cli_common import complain as _complain
from exchangedesk.cli_common import db_location as _db


def import_people_command(args: argparse.Namespace) -> int:
    """``exchangedesk import people FILE``: called by the ``import`` command for that kind."""
    from exchangedesk.db.opening import open_database
    from exchangedesk.interchange.people_table import PeopleFileError
    from exchangedesk.services.people.import_people import import_people

    source = Path(args.file).expanduser()
    if not source.is_file():
        _complain(f"cannot read '{source}': there is no such file. Nothing was imported.")
        return EXIT_ERROR
    opened = open_database(_db(args))
    try:
        result = import_people(
            opened.database, source, actor=opened.database.actor, dry_run=args.dry_run
        )
    except PeopleFileError as exc:
        _complain(f"{source.name}: {exc} Nothing was imported.")
        return EXIT_ERROR
    except OSError as exc:
        _complain(f"cannot read '{source}': {exc.strerror or exc}. Nothing was imported.")
        return EXIT_ERROR
    finally:
        opened.close()
    for number, reason in result.refused:
        print(f"row {number}: refused: {reason}")
    for number, who in result.duplicates:
        print(f"row {number}: already in the register: {who}")
    if result.ignored_columns:
        print("columns not recognised (ignored): " + ", ".join(result.ignored_columns))
    verb = "would be added (dry run: nothing saved)" if result.dry_run else "added"
    print(f"{result.added} " + ("person" if result.added == 1 else "people") + f" {verb}")
    return EXIT_PROBLEMS if result.refused else EXIT_OK
