"""The federation-scale generator, at a thousandth of its size: the counts asked for, the same
database for the same seed, names in many scripts, and every rule `exchangedesk check` knows."""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import aliased

from exchangedesk import cli
from exchangedesk.db import models as m
from exchangedesk.db.opening import open_database
from exchangedesk.db.session import Database
from exchangedesk.services.partnerships.gazetteer.native import scripts_of
from exchangedesk.services.samples import federation
from exchangedesk.services.samples.demo import DemoRefused
from exchangedesk.services.samples.federation import FULL_SIZE, FederationSummary, build_federation

TINY = 0.001


def _build(path: Path, *, seed: int = 7, pairs_file: Path | None) -> FederationSummary:
    opened = open_database(path)
    try:
        return build_federation(opened.database, seed=seed, scale=TINY, pairs_file=pairs_file)
    finally:
        opened.close()


def _dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in a fixed order."""
    with sqlite3.connect(path) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: sorted(
                connection.execute(f'SELECT * FROM "{table}"').fetchall(),  # noqa: S608
                key=repr,
            )
            for table in tables
        }


@pytest.fixture
def pairs_file(shared_data: Path) -> Path:
    return shared_data / "twin_cities.csv"


@pytest.fixture
def built(database: Database, pairs_file: Path) -> FederationSummary:
    return build_federation(database, seed=7, scale=TINY, pairs_file=pairs_file)


def test_counts_are_the_issues_at_a_thousandth(database: Database, built: FederationSummary):
    expected = {
        "people": 200,
        "delegations": 100,
        "itinerary_items": 1000,
        "gifts": 20,
        "contributions": 500,
        "shipments": 50,
    }
    assert {name: built.counts[name] for name in expected} == expected
    assert expected == {name: round(FULL_SIZE[name] * TINY) for name in expected}
    # The first 26 rows of the real file, through the importer (no pair repeats in them).
    assert built.counts["partnerships"] == 26
    assert "twin_cities.csv (26 rows" in built.pairs_source
    with database.reading() as session:
        for name, model in (("people", m.Person), ("itinerary_items", m.ItineraryItem)):
            assert session.scalar(select(func.count()).select_from(model)) == built.counts[name]
    # Proportionate records around them: nothing of what a register holds is left empty.
    empty = sorted(name for name, count in built.counts.items() if count == 0)
    # The federation generator records no data consents (issue 22 added the table after it).
    assert empty == ["partnership_signatories", "partnership_status_changes", "privacy_consents"]


def test_the_same_seed_builds_the_same_database(tmp_path: Path, pairs_file: Path):
    first, second, other = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3", tmp_path / "c.sqlite3"
    _build(first, pairs_file=pairs_file)
    _build(second, pairs_file=pairs_file)
    _build(other, seed=8, pairs_file=pairs_file)
    assert _dump(first) == _dump(second)
    assert _dump(first)["people"] != _dump(other)["people"]


def test_without_the_pairs_file_pairs_are_generated_the_same_way(tmp_path: Path):
    first, second = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    summary = _build(first, pairs_file=None)
    _build(second, pairs_file=None)
    assert summary.counts["partnerships"] == 26
    assert summary.pairs_source.startswith("generated")
    assert _dump(first) == _dump(second)


def test_the_build_passes_check(capsys, tmp_path: Path, pairs_file: Path):
    for name, pairs in (("real.sqlite3", pairs_file), ("generated.sqlite3", None)):
        target = tmp_path / name
        _build(target, pairs_file=pairs)
        code = cli.main(["check", "--db", str(target)])
        out, err = capsys.readouterr()
        assert (code, err) == (0, ""), out
        assert "No problems found." in out


def test_names_come_in_many_scripts(database: Database, built: FederationSummary):
    with database.reading() as session:
        natives = session.scalars(select(m.Person.family_name_native)).all()
        latin = session.scalars(select(m.Person.family_name)).all()
    scripts = set().union(*(scripts_of(name) for name in natives if name))
    assert {"Cyrillic", "Greek", "Han", "Hangul", "Georgian"} <= scripts
    assert any(not name.isascii() for name in latin)  # Wójcik, Müller: diacritics kept


def test_nobody_is_in_two_delegations_at_once(database: Database, built: FederationSummary):
    one, other = aliased(m.DelegationMember), aliased(m.DelegationMember)
    first, second = aliased(m.Delegation), aliased(m.Delegation)
    with database.reading() as session:
        clashes = session.execute(
            select(one.person_id)
            .join(other, (one.person_id == other.person_id) & (one.id < other.id))
            .join(first, first.id == one.delegation_id)
            .join(second, second.id == other.delegation_id)
            .where(first.arrival_on <= second.departure_on, second.arrival_on <= first.departure_on)
        ).all()
        largest = session.scalar(
            select(func.count(m.DelegationMember.id))
            .group_by(m.DelegationMember.delegation_id)
            .order_by(func.count(m.DelegationMember.id).desc())
            .limit(1)
        )
    assert clashes == []
    assert largest == 30  # a large delegation for the conflict-check benchmark


def test_an_occupied_database_is_refused(database: Database, built: FederationSummary):
    with database.reading() as session:
        before = session.scalar(text("SELECT count(*) FROM people"))
    with pytest.raises(DemoRefused):
        build_federation(database, scale=TINY, pairs_file=None)
    with database.reading() as session:
        assert session.scalar(text("SELECT count(*) FROM people")) == before


def test_the_command_builds_a_federation(capsys, monkeypatch, tmp_path: Path):
    calls = []
    real = federation.build_federation

    def tiny(database, **options):  # the whole size takes minutes: the command at a thousandth
        calls.append(options)
        return functools.partial(real, scale=TINY, pairs_file=None)(database, **options)

    monkeypatch.setattr(federation, "build_federation", tiny)
    target = tmp_path / "federation.sqlite3"
    code = cli.main(["demo", "--scale", "federation", "--seed", "11", "--db", str(target)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert calls and calls[0]["seed"] == 11
    assert out.startswith(f"Federation-scale register written to {target} in ")
    assert "  people: 200\n" in out and "MB:" in out.splitlines()[0]
    assert "cities and partnerships:" in err  # each stage's time while it runs


def test_seed_belongs_to_the_federation(capsys, tmp_path: Path):
    code = cli.main(["demo", "--seed", "3", "--db", str(tmp_path / "v.sqlite3")])
    _, err = capsys.readouterr()
    assert code == 2 and "--seed only applies to --scale federation" in err
    assert not (tmp_path / "v.sqlite3").exists()
