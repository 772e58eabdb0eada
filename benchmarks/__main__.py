"""Run the whole suite: ``uv run python -m benchmarks`` (from the repository's root).

Builds (once, cached in the work folder) the village demo and the federation register, measures
everything on both, prints the results table and writes it into docs/PERFORMANCE.md.
``--help`` lists the options; ``--quick`` is a smoke run on a small federation.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--workdir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "exchangedesk-bench",
        help="where the databases are built and kept between runs (default: %(default)s)",
    )
    parser.add_argument("--runs", type=int, default=5, help="runs per median (default: 5)")
    parser.add_argument("--seed", type=int, default=1957, help="federation seed")
    parser.add_argument("--scale", type=float, default=1.0, help="federation scale (0 to 1]")
    parser.add_argument(
        "--only", choices=("village", "federation"), help="measure one database only"
    )
    parser.add_argument(
        "--scroll-limit",
        type=float,
        default=600.0,
        help="seconds after which scrolling to the end stops and says so (default: 600)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a smoke run: federation at scale 0.01, 2 runs per median",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=ROOT / "docs" / "PERFORMANCE.md",
        help="the document whose results block is rewritten (default: docs/PERFORMANCE.md)",
    )
    parser.add_argument("--no-write", action="store_true", help="print the results only")
    args = parser.parse_args(argv)
    if args.quick:
        args.scale, args.runs = min(args.scale, 0.01), 2
    return args


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    from benchmarks import databases, lists, map_window, report, startup, what_if, work
    from exchangedesk.db.opening import open_database
    from exchangedesk.services.samples.federation import default_pairs_file

    results = report.Results(started=dt.datetime.now(dt.UTC), load_before=os.getloadavg())
    results.runs = args.runs
    wanted = [args.only] if args.only else ["village", "federation"]
    for key in wanted:
        _say(f"[{key}] preparing the database")
        prepared = (
            databases.village(args.workdir)
            if key == "village"
            else databases.federation(args.workdir, seed=args.seed, scale=args.scale)
        )
        results.databases[key] = prepared
        if key == "federation":
            results.build_stages = databases.build_log(prepared.path)
        _say(f"[{key}] start-up ({args.runs} probe runs and bare windows)")
        results.startup[key] = startup.measure(prepared.path, args.runs)
        _say(f"[{key}] lists, filter, scrolling")
        results.lists[key] = lists.measure(
            prepared.path,
            args.runs,
            scroll_limit_s=args.scroll_limit,
            settings_file=args.workdir / "window.ini",
        )
        _say(f"[{key}] conflict check, itinerary PDF, export")
        opened = open_database(prepared.path, read_only=True, take_lock=False)
        try:
            database = opened.database
            results.work[key] = {
                "conflicts": work.conflict_check(database, args.runs),
                "map": map_window.first_frame(database, args.runs),
                "pdf": work.itinerary_pdf(database, args.runs),
                "annual_report": work.annual_report(database, max(1, min(args.runs, 3))),
                "register": work.partnership_register(database, max(1, min(args.runs, 2))),
                "export": work.export_people(database, args.runs),
            }
        finally:
            opened.close()
        _say(f"[{key}] backup, quick_check, opening")
        backup_runs = max(1, min(args.runs, 3))
        results.work[key]["backup"] = work.backup(prepared.path, args.workdir, backup_runs)
        results.work[key]["quick_check"] = work.quick_check(prepared.path, args.runs)
        results.work[key]["open"] = work.open_database_time(prepared.path, args.runs)
        if key == "federation" and what_if.missing(prepared.path):
            _say("[federation] again, on a copy with the recommended indexes")
            results.what_if = what_if.measure(prepared.path, args.workdir, args.runs)
    _say("importing the 25,917 pairs")
    results.pairs_import = work.import_pairs(
        default_pairs_file(), args.workdir, max(1, min(args.runs, 3))
    )
    results.load_after = os.getloadavg()
    block = report.markdown(results)
    print(block)
    if not args.no_write:
        report.write(args.output, block)
        _say(f"results written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
