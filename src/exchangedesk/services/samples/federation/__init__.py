"""A federation-scale register for measuring ExchangeDesk (issue 7): ``build_federation``.

A national federation holds what a village committee holds, a thousand times over. This fills an
empty database with, at scale 1: the real pairs of ``twin_cities.csv`` (imported with
:func:`exchangedesk.services.partnerships.pairs_import.import_pairs`, as a secretary would) or as many generated
ones when the file is not beside the checkout; 200,000 people with names in a dozen scripts;
100,000 delegations with 1,000,000 itinerary items; 2,000 exchanges; 20,000 gifts; 2,000 aid
campaigns with 500,000 contributions and 50,000 shipments; 50,000 register entries — and the
members, attendees, rooms, lines and histories that go with them (``FULL_SIZE``). ``scale``
shrinks all of it in proportion (``scale=0.001`` for tests).

Rows go in with bulk ``session.execute(insert(table), rows)`` in chunks of 10,000 (DESIGN.md §8;
Core rather than ORM inserts, see ``_support.insert_rows``), with explicit ids, one transaction
per stage. The same ``seed`` writes the same database: every stage
draws from its own seeded stream and the clock is fixed (``BASE_INSTANT``). Every CHECK, foreign
key and rule of ``exchangedesk check`` holds.

Unlike :func:`~exchangedesk.services.samples.demo.build_demo` the build is not one transaction (the pairs
import commits on its own, and one transaction of a million rows would double the writes through
the WAL): a failed build leaves a partly filled file, which the command line deletes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from exchangedesk.db.session import Database
from exchangedesk.services.samples.federation._places import default_pairs_file
from exchangedesk.services.samples.federation._support import BASE_DATE, FULL_SIZE, Build

__all__ = [
    "BASE_DATE",
    "DEFAULT_SEED",
    "FULL_SIZE",
    "FederationSummary",
    "build_federation",
    "default_pairs_file",
]

DEFAULT_SEED = 1957  # the year the World Federation of Twin Cities was founded
StageProgress = Callable[[str, float], None]  # (stage finished, its seconds)


@dataclass(frozen=True)
class FederationSummary:
    counts: dict[str, int]  # rows of each table, as DemoSummary names them
    seed: int
    scale: float
    pairs_source: str  # the file imported, or how the pairs were generated
    seconds: float
    stages: tuple[tuple[str, float], ...]  # each stage and its seconds

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def build_federation(
    database: Database,
    *,
    seed: int = DEFAULT_SEED,
    scale: float = 1.0,
    pairs_file: Path | None | Literal["auto"] = "auto",
    progress: StageProgress | None = None,
) -> FederationSummary:
    """Fill the empty ``database`` with a federation's register; see the module docstring.

    ``pairs_file``: "auto" imports ``twin_cities.csv`` from beside the checkout when it is there
    (else generates pairs), a path imports that file, None always generates. ``scale`` (above 0,
    at most 1) shrinks every count; a smaller build imports the file's first rows.
    Raises :class:`~exchangedesk.services.samples.demo.DemoRefused` for a database that holds records.
    """
    from exchangedesk.services.samples.demo import _counts, _refuse_unless_empty
    from exchangedesk.services.samples.federation import (
        _exchanges,
        _gifts_aid,
        _people,
        _places,
        _records,
        _visits,
    )

    if not 0 < scale <= 1:
        raise ValueError("scale must be above 0 and at most 1")
    started = time.perf_counter()
    with database.reading() as session:
        before = _refuse_unless_empty(database, session)
    build = Build(database=database, seed=seed, scale=scale)
    source = default_pairs_file() if pairs_file == "auto" else pairs_file
    stages: list[tuple[str, float]] = []
    pairs_source = ""

    def places() -> None:
        nonlocal pairs_source
        pairs_source = _places.build_places(build, source)

    steps = [
        ("cities and partnerships", places),
        ("organisations and people", lambda: _people.build_people(build)),
        ("delegations and itineraries", lambda: _visits.build_visits(build)),
        ("exchanges", lambda: _exchanges.build_exchanges(build)),
        ("gifts", lambda: _gifts_aid.build_gifts(build)),
        ("aid", lambda: _gifts_aid.build_aid(build)),
        ("correspondence register", lambda: _records.build_documents(build)),
    ]
    for name, step in steps:
        began = time.perf_counter()
        step()
        stages.append((name, time.perf_counter() - began))
        if progress is not None:
            progress(name, stages[-1][1])
    _records.record_build(
        build, f"Federation benchmark register built: seed {seed}, scale {scale}, {pairs_source}."
    )
    _checkpoint(database)
    with database.reading() as session:
        after = _counts(session)
    return FederationSummary(
        counts={name: after[name] - before[name] for name in after},
        seed=seed,
        scale=scale,
        pairs_source=pairs_source,
        seconds=time.perf_counter() - started,
        stages=tuple(stages),
    )


def _checkpoint(database: Database) -> None:
    """Move the WAL into the file, so its size on disk is the database's size."""
    if database.is_sqlite:
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
