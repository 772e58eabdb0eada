"""The verified backups of a register: what counts as one, what is passed over, and a restore
that keeps the file it replaces beside it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from exchangedesk.db import migrate
from exchangedesk.db.opening import open_database
from exchangedesk.domain.errors import DatabaseError
from exchangedesk.services.maintenance.backups import (
    list_backups,
    newest_verified,
    restore_latest,
    verify,
)
from exchangedesk.services.maintenance.upkeep import backup_database
from register_sample import add_sample, corrupt_middle, sha256


@pytest.fixture
def register(db_path: Path) -> Path:
    handle = open_database(db_path)
    add_sample(handle.database)
    handle.close()
    return db_path


def test_backups_are_listed_newest_first_with_what_they_were_taken_before(register: Path):
    first = backup_database(register)
    second = backup_database(register)
    folder = register.parent / "backups"
    (folder / "committee-backup-20990101T000000000000Z.partial").write_bytes(b"half")
    (folder / "notes.sqlite3").write_bytes(b"not ours")
    (folder / "committee-old-copy.sqlite3").write_bytes(b"not a name we write")
    found = list_backups(register)
    assert [info.path for info in found] == [second, first]
    assert all(info.verified for info in found)
    assert found[0].revision == migrate.head_revision()
    assert found[0].size == second.stat().st_size
    assert found[0].taken_before.startswith("by hand")
    assert found[0].taken_at > found[1].taken_at


def test_a_backup_with_broken_references_or_a_newer_schema_is_not_verified(
    register: Path, tmp_path: Path
):
    broken = backup_database(register)
    with sqlite3.connect(broken) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("DELETE FROM cities")
    connection.close()
    assert "broken references" in (verify(broken)[1] or "")
    newer = backup_database(register)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    assert "newer ExchangeDesk" in (verify(newer)[1] or "")
    assert newest_verified(register) is None


def test_restore_latest_puts_back_the_newest_verified_and_keeps_the_old_file(register: Path):
    good = backup_database(register)
    bad = backup_database(register)
    corrupt_middle(bad)
    register.write_bytes(register.read_bytes()[:8192])  # a truncated register
    truncated = sha256(register)
    done = restore_latest(register)
    assert done.backup.path == good
    assert [info.path for info in done.skipped] == [bad]
    assert done.kept is not None and done.kept.name.startswith(f"{register.name}.damaged-")
    assert sha256(done.kept) == truncated
    assert verify(register) == (migrate.head_revision(), None)


def test_restore_latest_with_no_backups_restores_nothing(register: Path):
    digest = sha256(register)
    with pytest.raises(DatabaseError, match="No verified backup"):
        restore_latest(register)
    assert sha256(register) == digest


def test_every_backup_is_in_the_folders_manifest_with_its_sha256_and_revision(
    register: Path,
) -> None:
    import hashlib

    from exchangedesk.db import migrate
    from exchangedesk.db.backup import manifest_of, snapshot

    folder = register.parent / "backups"
    first = snapshot(register, folder, keep=1, why="before a test")
    second = snapshot(register, folder, keep=1)  # keep=1: the first is rotated away
    assert not first.exists()
    entries = manifest_of(folder)
    assert set(entries) == {second.name}  # a thinned backup leaves the manifest too
    entry = entries[second.name]
    assert entry["sha256"] == hashlib.sha256(second.read_bytes()).hexdigest()
    assert entry["size"] == second.stat().st_size
    assert entry["revision"] == migrate.head_revision()
    assert entry["label"] == "backup" and entry["taken"]
