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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="create a database with the demo history")
    _add_common(demo)
    demo.set_defaults(handler=_cmd_demo)

    check = sub.add_parser("check", help="check integrity and invariants; exit 1 on problems")
    _add_common(check)
    check.set_defaults(handler=_cmd_check)

    backup = sub.add_parser("backup", help="write a consistent, verified snapshot")
    _add_common(backup)
    backup.add_argument("--dest", help="folder for the backup (default: 'backups' beside it)")
    backup.set_defaults(handler=_cmd_backup)

    restore = sub.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("backup", help="the backup file to restore")
    _add_common(restore)
    restore.set_defaults(handler=_cmd_restore)
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    debug = getattr(args, "debug", False)
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING)
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", _cmd_gui)
    try:
        return handler(args)
    except ExchangeDeskError as exc:
        if debug:
            raise
        print(f"exchangedesk: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("exchangedesk: interrupted", file=sys.stderr)
        return 130


def _db(args: argparse.Namespace) -> str | None:
    return getattr(args, "db", None)


def _cmd_gui(args: argparse.Namespace) -> int:
    from exchangedesk.ui.app import run

    return run(_db(args), read_only=args.read_only)


def _cmd_demo(args: argparse.Namespace) -> int:
    raise NotImplementedError


def _cmd_check(args: argparse.Namespace) -> int:
    raise NotImplementedError


def _cmd_backup(args: argparse.Namespace) -> int:
    raise NotImplementedError


def _cmd_restore(args: argparse.Namespace) -> int:
    raise NotImplementedError
