"""SIGKILL during an import of the 25,917-pair file, N times: after each kill the register must
pass integrity_check and hold the partnerships of before or after the import, never between.

    uv run --frozen python scripts/kill_test.py [--times 20] [--data ../shared/data/twin_cities.csv]

Each round starts a fresh copy of an empty register, starts ``exchangedesk import pairs`` in
a child process, kills it with SIGKILL after a random moment inside the import's measured
duration, then opens the file read-only and checks it. Not part of the normal test run (it
takes about a minute per ten rounds). The last result is in docs/RELIABILITY.md.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _import(db: Path, data: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "exchangedesk", "import", "pairs", str(data), "--db", str(db)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _state(db: Path) -> tuple[str, int]:
    connection = sqlite3.connect(db)  # a kill leaves a -wal: reading it is what a restart does
    try:
        verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
        count = connection.execute("SELECT count(*) FROM partnerships").fetchone()[0]
    finally:
        connection.close()
    return verdict, count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--times", type=int, default=20)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/twin_cities.csv")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kill-test-"))
    try:
        empty = work / "empty.sqlite3"
        from exchangedesk.db.opening import open_database

        open_database(empty).close()
        whole = work / "whole.sqlite3"
        shutil.copy(empty, whole)
        started = time.monotonic()
        _import(whole, args.data).wait()
        duration = time.monotonic() - started
        _verdict, after = _state(whole)
        before = _state(empty)[1]
        print(f"import alone: {duration:.1f} s, partnerships {before} -> {after}")
        outcomes = {"before": 0, "after": 0}
        bad = []
        for round_ in range(1, args.times + 1):
            db = work / f"round{round_}.sqlite3"
            shutil.copy(empty, db)
            child = _import(db, args.data)
            time.sleep(random.uniform(0.2, duration * 1.1))  # some land after the commit
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            verdict, count = _state(db)
            if verdict != "ok" or count not in (before, after):
                bad.append((round_, verdict, count))
            else:
                outcomes["before" if count == before else "after"] += 1
            for leftover in work.glob(f"round{round_}*"):
                leftover.unlink()
        print(
            f"{args.times} kills: integrity ok and all-or-nothing in "
            f"{args.times - len(bad)}; count as before {outcomes['before']}, as after "
            f"{outcomes['after']}; broken {len(bad)} {bad if bad else ''}"
        )
        return 1 if bad else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
