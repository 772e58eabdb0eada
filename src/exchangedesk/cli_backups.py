"""``exchangedesk backups`` and ``exchangedesk restore [BACKUP | --latest]``: the verified
backups of a register, and putting one back."""

from __future__ import annotations

import argparse
from pathlib import Path

from exchangedesk.cli_common import EXIT_ERROR, EXIT_OK, EXIT_PROBLEMS, add_common, complain
from exchangedesk.cli_common import db_location as _db


def add_backups(sub: argparse._SubParsersAction) -> None:
    listing = sub.add_parser(
        "backups",
        help="list the verified backups with date, size and schema revision",
        description="List the backups in the 'backups' folder beside the database, newest "
        "first, each verified (integrity, references, schema revision). Exit 1 when one of "
        "them is damaged.",
    )
    add_common(listing)
    listing.set_defaults(handler=_cmd_backups)

    restore = sub.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("backup", nargs="?", help="the backup file to restore")
    restore.add_argument(
        "--latest",
        action="store_true",
        help="restore the newest verified backup from the 'backups' folder beside it "
        "(damaged ones are skipped and named); the file it replaces is kept beside it as "
        "NAME.damaged-TIMESTAMP",
    )
    add_common(restore)
    restore.set_defaults(handler=_cmd_restore)


def _size(size: int) -> str:
    return f"{size / 1e6:,.1f} MB" if size >= 100_000 else f"{size / 1e3:,.0f} kB"


def _cmd_backups(args: argparse.Namespace) -> int:
    from exchangedesk.services.maintenance.backups import list_backups, register_file

    path = register_file(_db(args))
    found = list_backups(_db(args))
    if not found:
        print(f"No backups of {path} in {path.parent / 'backups'}.")
        return EXIT_OK
    print(f"Backups of {path}, newest first:")
    for info in found:
        when = info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        state = f"schema {info.revision}" if info.verified else f"NOT USABLE: {info.problem}"
        print(f"  {when}  {_size(info.size):>9}  {state}  taken {info.taken_before}")
        print(f"      {info.path}")
    damaged = [info for info in found if not info.verified]
    if damaged:
        print(
            f"{len(damaged)} of {len(found)} backup(s) failed verification and are never restored."
        )
        return EXIT_PROBLEMS
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from exchangedesk.db.engine import resolve_url, sqlite_path
    from exchangedesk.services.maintenance.backups import restore_latest
    from exchangedesk.services.maintenance.upkeep import restore_database

    location = _db(args)
    if args.latest == bool(args.backup):
        complain("give either a BACKUP file or --latest (the newest verified backup)")
        return EXIT_ERROR
    if args.latest:
        done = restore_latest(location)
        for skipped in done.skipped:
            print(f"Skipped {skipped.path}: {skipped.problem}")
        when = done.backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(
            f"Restored the backup of {when} ({done.backup.path}) to {sqlite_path(resolve_url(location))}."
        )
        if done.kept is not None:
            print(f"The file it replaced was kept as {done.kept}")
        return EXIT_OK
    kept = restore_database(Path(args.backup).expanduser(), location)
    url = resolve_url(location)
    print(f"Restored {args.backup} to {sqlite_path(url) or url.render_as_string(True)}.")
    if kept is not None:
        print(f"The database it replaced was kept as {kept}")
    return EXIT_OK
