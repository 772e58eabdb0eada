"""What every command-line subcommand shares: exit codes, the common options, error output."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK = 0
EXIT_PROBLEMS = 1  # the command ran and found problems (check), or refused (e.g. non-empty demo)
EXIT_ERROR = 2  # the command could not run: bad arguments, unusable database


def add_common(parser: argparse.ArgumentParser) -> None:
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


def complain(message: str) -> None:
    print(f"exchangedesk: {' '.join(message.split())}", file=sys.stderr)


def db_location(args: argparse.Namespace) -> str | None:
    return getattr(args, "db", None)


def remove_database_file(path: Path) -> None:
    """A database file with its companions (a dry run into a new file leaves no trace)."""
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
