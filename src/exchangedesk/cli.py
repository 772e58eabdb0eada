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
from exchangedesk.cli_backups import add_backups
from exchangedesk.cli_common import (  # noqa: F401 - EXIT_* are part of this module's API
    EXIT_ERROR,
    EXIT_OK,
    EXIT_PROBLEMS,
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
from exchangedesk.cli_common import (
    remove_database_file as _remove_database_file,
)
from exchangedesk.cli_documents import add_ical, add_print
from exchangedesk.cli_export import add_export
from exchangedesk.cli_import import add_import
from exchangedesk.cli_init import add_init
from exchangedesk.cli_map import add_map
from exchangedesk.cli_privacy import add_privacy
from exchangedesk.domain.errors import ExchangeDeskError

# What a command cut short by the disk has done: each saves in one transaction, so nothing half.
STOPPED = "The command stopped; nothing half-done was kept."


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

    add_init(sub)

    check = sub.add_parser("check", help="check integrity and invariants; exit 1 on problems")
    _add_common(check)
    check.add_argument(
        "--repair",
        action="store_true",
        help="write a repaired copy to --out (the database itself is never changed), then check it",
    )
    check.add_argument("--out", metavar="NEW", help="with --repair: the new file to write")
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

    add_backups(sub)

    add_import(sub)
    add_ical(sub)
    add_print(sub)
    add_export(sub)
    add_privacy(sub)
    add_map(sub)
    return parser


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
        from exchangedesk.db.faults import explain

        plain = explain(exc, outcome=STOPPED)
        if plain is not None:  # disk full, I/O error, locked, denied: words, never SQL
            _complain(str(plain))
            return EXIT_ERROR
        _complain(f"{type(exc).__name__}: {exc} (run again with --debug for the details)")
        return EXIT_ERROR


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
    from exchangedesk.services.samples.demo import DemoRefused, build_demo

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
    from exchangedesk.services.samples.federation import DEFAULT_SEED, build_federation

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


def _cmd_check(args: argparse.Namespace) -> int:
    from exchangedesk.services.maintenance.upkeep import check_database, inspecting

    if args.repair or args.out:
        from exchangedesk.cli_repair import run_repair

        return run_repair(args)
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
    from exchangedesk.services.maintenance.upkeep import backup_database

    dest = Path(args.dest).expanduser() if args.dest else None
    written = backup_database(_db(args), dest, keep=args.keep or KEEP_BACKUPS)
    print(written)
    return EXIT_OK
