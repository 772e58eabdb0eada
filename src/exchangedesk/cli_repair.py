"""``exchangedesk check --repair --out NEW --db PATH``: the report of a repair, in words."""

from __future__ import annotations

import argparse
from pathlib import Path

from exchangedesk.cli_common import EXIT_ERROR, EXIT_OK, EXIT_PROBLEMS, complain
from exchangedesk.cli_common import db_location as _db


def run_repair(args: argparse.Namespace) -> int:
    from exchangedesk.db.engine import resolve_url, sqlite_path
    from exchangedesk.services.maintenance.repair import repair_copy

    if not (args.repair and args.out):
        complain("--repair needs --out NEW (a new file), and --out goes with --repair")
        return EXIT_ERROR
    source = sqlite_path(resolve_url(_db(args)))
    if source is None:
        complain("only an SQLite database file can be repaired by ExchangeDesk")
        return EXIT_ERROR
    report = repair_copy(source, Path(args.out).expanduser())
    print(f"Repaired copy of {source} written to {report.out} ({report.method}).")
    print(f"{source} itself was not changed.")
    for line in report.done:
        print(f"  - {line}")
    print("Rows saved: " + ", ".join(f"{t} {n:,}" for t, n in sorted(report.saved.items()) if n))
    for note in report.notes:
        print(f"Note: {note}")
    for table, what in sorted(report.lost.items()):
        print(f"Lost from {table}: {what}")
    if not report.lost:
        print("Nothing was lost.")
    check = report.check
    if check is not None and check.ok:
        print(f"The check of {report.out} found no problems.")
    elif check is not None:
        print(f"The check of {report.out} found {len(check.problems)} problem(s):")
        for problem in check.problems:
            print(f"  - {problem}")
    return EXIT_OK if report.complete else EXIT_PROBLEMS
