"""Backups are consistent, verified snapshots, rotated; restore puts one back safely."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from exchangedesk.db.backup import MANIFEST
from exchangedesk.db.engine import file_uri
from exchangedesk.db.lock import InstanceLock
from exchangedesk.db.opening import open_database
from exchangedesk.domain.errors import DatabaseError, DatabaseLockedError, NewerDatabaseError
from exchangedesk.services.maintenance.upkeep import (
    backup_database,
    check_database,
    inspecting,
    restore_database,
)
from register_sample import corrupt_middle, folder_state, sha256


def cities(path: Path) -> list[str]:
    conn = sqlite3.connect(file_uri(path, immutable="1"), uri=True)
    try:
        return [name for (name,) in conn.execute("SELECT name FROM cities ORDER BY id")]
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(file_uri(path, immutable="1"), uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def add_city(path: Path, name: str) -> None:
    handle = open_database(path)
    try:
        with handle.database.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO cities (name, country_code, search_key, created_at, updated_at, "
                f"version_id) VALUES ('{name}', 'DE', '', '2024-01-01', '2024-01-01', 1)"
            )
    finally:
        handle.close()


def test_a_backup_is_a_verified_copy_beside_the_database(closed_db):
    before = folder_state(closed_db.parent)
    written = backup_database(closed_db)
    assert written.parent == closed_db.parent / "backups"
    assert written.name.startswith("committee-backup-") and written.suffix == ".sqlite3"
    assert integrity(written) == "ok"
    assert cities(written) == ["Coventry", "Volgograd"]
    # The database itself was only read: same bytes, no -wal/-shm left beside it.
    assert folder_state(closed_db.parent) == before
    assert sorted(p.name for p in written.parent.iterdir() if p.name != MANIFEST) == [written.name]


def test_a_backup_goes_where_it_is_told(closed_db, tmp_path):
    dest = tmp_path / "usb stick" / "exchangedesk"
    written = backup_database(str(closed_db), dest)
    assert written.parent == dest and cities(written) == ["Coventry", "Volgograd"]


def test_a_backup_in_a_folder_with_uri_characters_holds_the_data(tmp_path, closed_db):
    folder = tmp_path / "Aid #2 50% ?"
    folder.mkdir()
    moved = folder / "register.sqlite3"
    shutil.copy(closed_db, moved)
    written = backup_database(moved)
    assert cities(written) == ["Coventry", "Volgograd"]  # not an empty stray "Aid " file


def test_a_backup_during_an_open_write_transaction_is_consistent(closed_db):
    writer = sqlite3.connect(closed_db, isolation_level=None)
    try:
        writer.execute("PRAGMA cache_size=5")  # small cache: uncommitted pages spill to the WAL
        writer.execute("BEGIN IMMEDIATE")
        writer.executemany(
            "INSERT INTO cities (name, country_code, search_key, created_at, updated_at, "
            "version_id) VALUES (?, 'RU', ?, '2024-01-01', '2024-01-01', 1)",
            [(f"Uncommitted {i}", "x" * 500) for i in range(2000)],
        )
        wal = closed_db.with_name(closed_db.name + "-wal")
        assert wal.stat().st_size > 100_000  # the half-written transaction is in the WAL
        during = backup_database(closed_db)
        writer.execute("COMMIT")
    finally:
        writer.close()
    assert integrity(during) == "ok"
    assert cities(during) == ["Coventry", "Volgograd"]
    after = backup_database(closed_db)
    assert integrity(after) == "ok" and len(cities(after)) == 2002


def test_rotation_keeps_the_newest_n_of_its_own_kind(closed_db):
    folder = closed_db.parent / "backups"
    folder.mkdir()
    other = folder / "committee-before-upgrade-20000101T000000000000Z.sqlite3"
    shutil.copy(closed_db, other)
    written = [backup_database(closed_db, keep=3) for _ in range(5)]
    assert len(set(written)) == 5
    remaining = sorted(folder.glob("committee-backup-*"))
    assert remaining == written[-3:]
    assert other.exists()  # snapshots taken before an upgrade rotate separately


def test_a_row_breaking_a_rule_does_not_stop_a_backup(closed_db):
    # The backup is verified for damage; broken rules are for 'check', and a register with
    # one bad row needs its backups (and its upgrades, which take one first) all the more.
    with sqlite3.connect(closed_db) as conn:
        conn.execute("PRAGMA ignore_check_constraints=ON")
        conn.execute("UPDATE shipment_lines SET quantity = -5")
    conn.close()
    written = backup_database(closed_db)
    assert cities(written) == ["Coventry", "Volgograd"]


def test_a_damaged_database_is_not_backed_up_as_if_it_were_sound(closed_db):
    corrupt_middle(closed_db)
    digest = sha256(closed_db)
    with pytest.raises(DatabaseError, match="Could not back up .* malformed"):
        backup_database(closed_db)
    assert list((closed_db.parent / "backups").iterdir()) == []  # no partial file either
    assert sha256(closed_db) == digest


@pytest.mark.parametrize(
    ("location", "match"),
    [
        ("sqlite://", "in-memory"),
        ("foo://x", "Unknown database URL scheme 'foo'"),
    ],
)
def test_backups_of_what_is_not_an_sqlite_file_are_explained(location, match):
    with pytest.raises(DatabaseError, match=match):
        backup_database(location)


def test_a_server_that_cannot_be_reached_is_said_and_no_dump_is_left(tmp_path):
    # Port 1 on this machine: nothing listens there. Without the client tools installed the
    # refusal names pg_dump instead; either way nothing is written.
    location = "postgresql://secretary:secret@127.0.0.1:1/twinning"
    with pytest.raises(DatabaseError, match="twinning on 127.0.0.1 failed|needs 'pg_dump'") as why:
        backup_database(location, tmp_path / "dumps")
    assert "secret" not in str(why.value).replace("secretary", "")
    assert list((tmp_path / "dumps").glob("*")) == []


def test_backup_of_a_missing_file_says_so(tmp_path):
    with pytest.raises(DatabaseError, match="does not exist"):
        backup_database(tmp_path / "nothing.sqlite3")
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------------------- restore


def test_restore_round_trips_the_data_and_keeps_what_it_replaced(closed_db):
    saved = backup_database(closed_db)
    add_city(closed_db, "Dresden")
    kept = restore_database(saved, closed_db)
    assert cities(closed_db) == ["Coventry", "Volgograd"]
    assert kept is not None and "before-restore" in kept.name
    assert cities(kept) == ["Coventry", "Volgograd", "Dresden"]
    assert integrity(kept) == "ok"
    assert not closed_db.with_name(closed_db.name + "-wal").exists()
    handle = open_database(closed_db)  # the program opens it normally afterwards
    handle.close()
    with inspecting(closed_db) as database:
        assert check_database(database).ok


def test_restore_into_a_new_file(closed_db, tmp_path):
    saved = backup_database(closed_db)
    target = tmp_path / "elsewhere" / "restored.sqlite3"
    target.parent.mkdir()
    assert restore_database(saved, target) is None
    assert cities(target) == ["Coventry", "Volgograd"]


def test_restore_is_refused_while_another_instance_has_the_database(closed_db):
    saved = backup_database(closed_db)
    add_city(closed_db, "Dresden")
    before = folder_state(closed_db.parent)
    with InstanceLock(closed_db), pytest.raises(DatabaseLockedError, match="process"):
        restore_database(saved, closed_db)
    assert folder_state(closed_db.parent) == before
    assert sorted(p for p in (closed_db.parent / "backups").iterdir() if p.name != MANIFEST) == [
        saved
    ]  # no safety copy yet


def test_a_damaged_backup_is_not_restored(closed_db):
    saved = backup_database(closed_db)
    corrupt_middle(saved)
    digest = sha256(closed_db)
    with pytest.raises(DatabaseError, match="damaged.*nothing was restored"):
        restore_database(saved, closed_db)
    assert sha256(closed_db) == digest


@pytest.mark.parametrize(
    ("content", "match"),
    [(b"Dear Mayor,\n" * 40, "not an SQLite file"), (None, "does not exist")],
)
def test_what_is_not_a_backup_is_not_restored(closed_db, tmp_path, content, match):
    fake = tmp_path / "letter.sqlite3"
    if content is not None:
        fake.write_bytes(content)
    digest = sha256(closed_db)
    with pytest.raises(DatabaseError, match=f"Nothing was restored.*{match}"):
        restore_database(fake, closed_db)
    assert sha256(closed_db) == digest


def test_a_backup_from_a_newer_exchangedesk_is_not_restored(closed_db):
    saved = backup_database(closed_db)
    with sqlite3.connect(saved) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed1234'")
    conn.close()
    digest = sha256(closed_db)
    with pytest.raises(NewerDatabaseError):
        restore_database(saved, closed_db)
    assert sha256(closed_db) == digest


def test_restore_over_a_damaged_database_keeps_its_raw_bytes(closed_db):
    saved = backup_database(closed_db)
    corrupt_middle(closed_db)
    damaged = closed_db.read_bytes()
    kept = restore_database(saved, closed_db)
    assert kept is not None and "damaged-before-restore" in kept.name
    assert kept.read_bytes() == damaged
    assert integrity(closed_db) == "ok" and cities(closed_db) == ["Coventry", "Volgograd"]


def test_restore_refuses_to_replace_a_file_that_is_not_a_database(closed_db, tmp_path):
    saved = backup_database(closed_db)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database")
    before = folder_state(tmp_path)
    with pytest.raises(DatabaseError, match="not an SQLite file"):
        restore_database(saved, notes)
    assert folder_state(tmp_path) == before  # not even a lock file beside it


def test_restore_of_the_database_onto_itself_is_refused(closed_db):
    with pytest.raises(DatabaseError, match="is the database itself"):
        restore_database(closed_db, closed_db)
