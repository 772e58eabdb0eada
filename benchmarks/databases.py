"""The databases the suite measures: the village demo and the federation register, built once
into the work folder (outside the repository) and reused while the generator, the schema and
the seed stay the same; and an empty migrated database to copy for import runs."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from exchangedesk.db import migrate
from exchangedesk.db.opening import open_database

SRC = Path(__file__).resolve().parents[1] / "src" / "exchangedesk"


@dataclass(frozen=True)
class Prepared:
    key: str  # "village" or "federation"
    path: Path
    build_seconds: float | None  # None: taken from the cache
    size_mb: float
    summary: str


def _fingerprint(*folders: Path) -> str:
    """A short hash of the generator's source: a changed generator builds a new file."""
    digest = hashlib.sha256()
    for folder in folders:
        for source in sorted(folder.rglob("*.py")):
            digest.update(source.read_bytes())
    return digest.hexdigest()[:10]


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def village(workdir: Path) -> Prepared:
    from exchangedesk.services.samples.demo import build_demo

    # The demo places its planned visits after today, so a file is good for the day it was made.
    today = dt.date.today()
    fingerprint = _fingerprint(SRC / "services" / "demo")
    name = f"village-{today:%Y%m%d}-{migrate.head_revision()}-{fingerprint}.sqlite3"
    path = workdir / name
    seconds = None
    if not path.is_file():
        _remove(path)
        started = time.perf_counter()
        opened = open_database(path)
        try:
            build_demo(opened.database, today=today)
        finally:
            opened.close()
        seconds = time.perf_counter() - started
    _keep_contacts(path)
    return Prepared("village", path, seconds, path.stat().st_size / 1e6, "demo history")


def federation(workdir: Path, *, seed: int, scale: float) -> Prepared:
    from exchangedesk.services.samples.federation import build_federation, default_pairs_file

    fingerprint = _fingerprint(SRC / "services" / "federation")
    pairs = "csv" if default_pairs_file() is not None else "generated-pairs"
    name = f"federation-s{seed}-x{scale:g}-{pairs}-{migrate.head_revision()}-{fingerprint}.sqlite3"
    path = workdir / name
    seconds = None
    if not path.is_file():
        _remove(path)
        partial = path.with_name(path.name + ".building")
        _remove(partial)
        print(f"building the federation register into {path} ...", file=sys.stderr, flush=True)
        opened = open_database(partial)
        try:
            summary = build_federation(
                opened.database,
                seed=seed,
                scale=scale,
                progress=lambda stage, s: print(f"  {stage}: {s:.1f} s", file=sys.stderr),
            )
        except BaseException:
            opened.close()
            _remove(partial)
            raise
        opened.close()
        shutil.move(partial, path)
        _remove(partial)
        seconds = summary.seconds
        (path.with_suffix(".txt")).write_text(
            f"{summary.pairs_source}\n"
            + "".join(f"{k}: {v}\n" for k, v in summary.counts.items())
            + "".join(f"stage {k}: {v:.1f} s\n" for k, v in summary.stages),
            encoding="utf-8",
        )
    _keep_contacts(path)
    return Prepared("federation", path, seconds, path.stat().st_size / 1e6, _describe(path))


def _keep_contacts(path: Path) -> None:
    """Compute the kept last contacts (revision 0012_perf18) that are missing or outdated
    today, as the window's first sort by last contact does: the suite then measures the lists
    read-only, which cannot write them and would aggregate on every sort instead."""
    from exchangedesk.services.partnerships import contacts

    opened = open_database(path)
    try:
        if contacts.usable(opened.database):
            contacts.fresh(opened.database, dt.date.today())
    finally:
        opened.close()


def _describe(path: Path) -> str:
    notes = path.with_suffix(".txt")
    return notes.read_text(encoding="utf-8").splitlines()[0] if notes.is_file() else ""


def build_log(path: Path) -> dict[str, float]:
    """The stage times written when the federation file was built."""
    notes = path.with_suffix(".txt")
    stages: dict[str, float] = {}
    if notes.is_file():
        for line in notes.read_text(encoding="utf-8").splitlines():
            if line.startswith("stage "):
                name, seconds = line.removeprefix("stage ").rsplit(": ", 1)
                stages[name] = float(seconds.removesuffix(" s"))
    return stages


def empty_template(workdir: Path) -> Path:
    """An empty database at the current schema, copied for every import run (so the runs time
    the import, not the migrations)."""
    path = workdir / f"empty-{migrate.head_revision()}.sqlite3"
    if not path.is_file():
        _remove(path)
        opened = open_database(path)
        opened.close()
        _remove(path.with_name(path.name + ".lock"))
    return path


def fresh_copy(template: Path, target: Path) -> Path:
    _remove(target)
    shutil.copyfile(template, target)
    return target
