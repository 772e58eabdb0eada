"""A verified backup before every import and merge: tagged with what it was taken before,
holding the register as it was, never taken on a dry run, never thinned with the other automatic
backups, and skipped (with a log line) where ExchangeDesk does not back up the register."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from exchangedesk.db import backup
from exchangedesk.db.models import Partnership, Person
from exchangedesk.db.session import Database
from exchangedesk.domain.people import PersonDraft
from exchangedesk.services.imports import read_import_file, run_import
from exchangedesk.services.maintenance.backups import (
    before_import,
    before_merge,
    list_backups,
)
from exchangedesk.services.partnerships.pairs_import import import_pairs
from exchangedesk.services.people.edits import create_person
from exchangedesk.services.people.merge import merge_people

PAIRS = (
    "city1,country1,lat1,lng1,city2,country2,lat2,lng2\n"
    "Coventry,England,52.41,-1.51,Volgograd,Russia,48.71,44.51\n"
    "Coventry,England,52.41,-1.51,Dresden,Germany,51.05,13.74\n"
)


def _people_csv(tmp_path: Path) -> Path:
    path = tmp_path / "new people.csv"
    path.write_text("Given name;Family name\nOlga;Ivanova\nPiotr;Nowak\n", encoding="utf-8")
    return path


def _rows(file: Path, table: str) -> int:
    with sqlite3.connect(file) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _count(database: Database, model: type) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def _import_people(database: Database, path: Path, *, dry_run: bool = False):  # noqa: ANN202
    read = read_import_file(path, "people")
    hook = before_import(database, path.name)
    run_import(database, "people", read.table, read.mapping, actor="secretary",
               dry_run=dry_run, before_saving=hook)  # fmt: skip
    return hook


@pytest.mark.sqlite_only("backups of a file are SQLite's")
def test_an_import_of_a_list_is_preceded_by_a_tagged_verified_backup(
    database: Database, db_path: Path, tmp_path: Path
) -> None:
    create_person(database, PersonDraft("Smith", "Ann"), actor="secretary")
    hook = _import_people(database, _people_csv(tmp_path))

    assert hook.written is not None and hook.written.parent == db_path.parent / "backups"
    assert _rows(hook.written, "people") == 1  # the register as it was before the import
    assert _count(database, Person) == 3
    [info] = list_backups(db_path)
    assert info.path == hook.written and info.verified and info.label == "before-import"
    assert info.taken_before == "before import of new people.csv"


@pytest.mark.sqlite_only("backups of a file are SQLite's")
def test_a_dry_run_takes_no_backup(database: Database, db_path: Path, tmp_path: Path) -> None:
    hook = _import_people(database, _people_csv(tmp_path), dry_run=True)
    (tmp_path / "pairs.csv").write_text(PAIRS, encoding="utf-8")
    pairs_hook = before_import(database, "pairs.csv")
    import_pairs(database, tmp_path / "pairs.csv", dry_run=True, before_saving=pairs_hook)

    assert hook.written is None and pairs_hook.written is None
    assert list_backups(db_path) == []


@pytest.mark.sqlite_only("backups of a file are SQLite's")
def test_a_pairs_import_is_preceded_by_a_backup(
    database: Database, db_path: Path, tmp_path: Path
) -> None:
    (tmp_path / "pairs.csv").write_text(PAIRS, encoding="utf-8")
    hook = before_import(database, str(tmp_path / "pairs.csv"))
    import_pairs(database, tmp_path / "pairs.csv", before_saving=hook)

    assert _count(database, Partnership) == 2
    assert hook.written is not None and _rows(hook.written, "partnerships") == 0
    assert list_backups(db_path)[0].taken_before == "before import of pairs.csv"


@pytest.mark.sqlite_only("backups of a file are SQLite's")
def test_a_merge_is_preceded_by_a_backup_naming_both_records(
    database: Database, db_path: Path
) -> None:
    survivor = create_person(database, PersonDraft("Ivanova", "Olga"), actor="s").person.id
    duplicate = create_person(database, PersonDraft("Ivanova", "Olga"), actor="s").person.id
    hook = before_merge(database)
    merge_people(database, survivor, duplicate, actor="s", before_saving=hook)

    assert _count(database, Person) == 1
    assert hook.written is not None and _rows(hook.written, "people") == 2
    assert list_backups(db_path)[0].taken_before == (
        f"before merging Olga Ivanova (#{duplicate}) into Olga Ivanova (#{survivor})"
    )


@pytest.mark.sqlite_only("backups of a file are SQLite's")
def test_a_failed_backup_stops_the_import_with_nothing_saved(
    database: Database, db_path: Path, tmp_path: Path
) -> None:
    (db_path.parent / "backups").write_text("a file where the folder should be")
    with pytest.raises(Exception, match="No backup was written"):
        _import_people(database, _people_csv(tmp_path))
    assert _count(database, Person) == 0


@pytest.mark.sqlite_only("backups of a file are SQLite's")
def test_backups_before_work_are_never_thinned_by_the_tiers(
    database: Database, db_path: Path, tmp_path: Path
) -> None:
    folder = db_path.parent / "backups"
    by_hand = backup.snapshot(db_path, folder)
    for number in range(backup.KEEP_NEWEST + 3):
        before_import(database, f"list {number}.csv")()
    # A day of closes and half-hours of edits afterwards, thinned by the tiers among themselves.
    for _ in range(backup.KEEP_NEWEST + 3):
        backup.snapshot(db_path, folder, label="on-close")
    kept = list_backups(db_path)
    before_work = [info for info in kept if info.label == "before-import"]
    assert len(before_work) == backup.KEEP_NEWEST + 3  # every one: each undoes its own import
    assert before_work[0].taken_before == f"before import of list {backup.KEEP_NEWEST + 2}.csv"
    assert by_hand in [info.path for info in kept]
    # Beyond its own count (as backups by hand) the oldest goes, its sidecar with it.
    for number in range(backup.KEEP_BACKUPS):
        before_import(database, f"more {number}.csv")()
    before_work = [info for info in list_backups(db_path) if info.label == "before-import"]
    assert len(before_work) == backup.KEEP_BACKUPS
    assert all(info.taken_before.startswith("before import of more") for info in before_work)
    sidecars = sorted(folder.glob("*.why"))
    assert sidecars == sorted(backup.sidecar(info.path) for info in before_work)


def test_a_register_on_a_server_or_in_memory_is_not_backed_up_here(
    database: Database, backend: str, caplog: pytest.LogCaptureFixture
) -> None:
    from exchangedesk.db.engine import make_engine, resolve_url

    memory = Database(engine=make_engine(resolve_url("sqlite://")), url=resolve_url("sqlite://"))
    caplog.set_level(logging.INFO, logger="exchangedesk.services.maintenance.backups")
    hook = before_import(memory, "x.csv")
    hook()
    assert hook.written is None
    assert "no backup taken before import of x.csv: the register is in memory" in caplog.text
    if backend != "sqlite":
        server = before_import(database, "x.csv")
        server()
        assert server.written is None and "pg_dump" in caplog.text
