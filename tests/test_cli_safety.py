"""Data safety from the command line: a real full disk (a 2 MB tmpfs), refusals that leave the
file untouched, and the verified backups behind 'backups' and 'restore --latest'."""

from __future__ import annotations

import gc
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from exchangedesk.db.opening import open_database
from register_sample import add_sample, sha256
from test_cli import one_line_error, run


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB disk of its own (root only; skipped elsewhere)."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)],
        capture_output=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        gc.collect()  # a failed test's traceback may still hold a connection to a file there
        if subprocess.run(["umount", str(mount_point)], check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _counts(path: Path) -> tuple[int, int]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        return tuple(  # type: ignore[return-value]
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("cities", "partnerships")
        )


def _many_pairs(path: Path, rows: int = 12_000) -> Path:
    """More twinnings than a 2 MB disk can hold."""
    lines = ["city1,country1,lat1,lng1,city2,country2,lat2,lng2"]
    for n in range(rows):
        lines.append(
            f"Ostheim {n},Germany,{50 + n % 40 / 10},{8 + n % 50 / 10},"
            f"Westbourne {n},United Kingdom,{51 + n % 30 / 10},{-1 - n % 20 / 10}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_import_onto_a_full_disk_says_so_in_one_line_and_saves_nothing(
    capsys, tmp_path: Path, small_disk: Path
):
    pairs = _many_pairs(tmp_path / "pairs.csv")
    register = small_disk / "committee.sqlite3"
    open_database(register).close()
    before = _counts(register)
    code, _out, err = run(capsys, "import", "pairs", str(pairs), "--db", str(register))
    assert code == 2
    line = one_line_error(err)
    assert "is full" in line and "Nothing was saved" in line and "Free some space" in line
    assert "SQL" not in line and "INSERT" not in line and "parameters" not in line
    assert len(line) < 400
    assert sorted(p.name for p in small_disk.iterdir()) == [
        "backups",  # the verified backup taken before the import (it fitted; the import not)
        "committee.sqlite3",
        "committee.sqlite3.lock",
    ]  # no -wal or -journal left half-written
    # The manifest (a record beside the backups) is written when the disk still has room.
    kept = sorted(p.suffix for p in (small_disk / "backups").iterdir() if p.name != "manifest.json")
    assert kept in ([".sqlite3", ".why"], [".sqlite3"]), kept  # never a .partial or -wal
    assert _counts(register) == before


def test_backup_onto_a_full_disk_leaves_nothing_half_written(capsys, small_disk: Path):
    register = small_disk / "committee.sqlite3"
    handle = open_database(register)
    add_sample(handle.database)
    handle.close()
    digest = sha256(register)
    free = shutil.disk_usage(small_disk).free
    (small_disk / "filler").write_bytes(b"\0" * (free - register.stat().st_size // 2))
    code, _out, err = run(capsys, "backup", "--db", str(register))
    assert code == 2
    line = one_line_error(err)
    assert "is full" in line and "No backup was written" in line
    assert list((small_disk / "backups").iterdir()) == []  # no .partial, -wal, -shm
    assert sha256(register) == digest


# --------------------------------------------------- a stamp that disagrees with the tables


def _stamped_behind(path: Path) -> Path:
    """Tables of the newest schema, stamped as the revision before (a restore gone wrong)."""
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0005'")
    connection.close()
    return path


def test_a_stamp_that_disagrees_with_the_tables_is_refused_in_words(capsys, db_path: Path):
    _stamped_behind(db_path)
    digest = sha256(db_path)
    code, _out, err = run(
        capsys,
        "import",
        "pairs",
        str(_many_pairs(db_path.parent / "p.csv", 2)),
        "--db",
        str(db_path),
    )
    assert code == 2
    line = one_line_error(err)
    assert "revision 0005" in line and "do not match" in line and "not been changed" in line
    assert "OperationalError" not in line and "[SQL" not in line
    assert sha256(db_path) == digest
    assert not db_path.with_name(db_path.name + "-wal").exists()
    assert list((db_path.parent / "backups").glob("*.sqlite3")) == []  # no copy of the mismatch


# ---------------------------------------------------------- an empty file with backups beside


def _register_with_backups(db_path: Path, count: int = 2) -> list[Path]:
    handle = open_database(db_path)
    add_sample(handle.database)
    handle.close()
    return [run_backup(db_path) for _ in range(count)]


def run_backup(db_path: Path) -> Path:
    from exchangedesk.services.maintenance.upkeep import backup_database

    return backup_database(db_path)


def test_an_empty_file_with_backups_beside_it_is_not_made_a_new_register(capsys, db_path: Path):
    _register_with_backups(db_path, 1)
    db_path.write_bytes(b"")
    code, _out, err = run(
        capsys,
        "import",
        "pairs",
        str(_many_pairs(db_path.parent / "p.csv", 2)),
        "--db",
        str(db_path),
    )
    assert code == 2
    line = one_line_error(err)
    assert "is empty (0 bytes)" in line and "1 backup(s)" in line and "restore --latest" in line
    assert db_path.stat().st_size == 0
    code, _out, err = run(capsys, "check", "--db", str(db_path))
    assert code == 2 and "restore --latest" in one_line_error(err)


def test_an_empty_file_without_backups_still_becomes_a_new_register(capsys, db_path: Path):
    db_path.write_bytes(b"")
    code, _out, _err = run(
        capsys,
        "import",
        "pairs",
        str(_many_pairs(db_path.parent / "p.csv", 2)),
        "--db",
        str(db_path),
    )
    assert code == 0
    assert _counts(db_path)[1] == 2


# ------------------------------------------------------------------ backups, restore --latest


def test_backups_lists_each_verified_with_date_size_revision_and_reason(capsys, db_path: Path):
    from exchangedesk.db import migrate

    older, newer = _register_with_backups(db_path)
    code, out, _err = run(capsys, "backups", "--db", str(db_path))
    assert code == 0
    assert out.index(str(newer)) < out.index(str(older))  # newest first
    assert out.count(f"schema {migrate.head_revision()}") == 2
    assert "taken by hand" in out and " kB" in out or " MB" in out


def test_restore_latest_skips_a_damaged_backup_and_keeps_the_damaged_register(
    capsys, db_path: Path
):
    from register_sample import corrupt_middle

    older, newer = _register_with_backups(db_path)
    corrupt_middle(newer)
    corrupt_middle(db_path)
    code, out, _err = run(capsys, "backups", "--db", str(db_path))
    assert code == 1 and "NOT USABLE: damaged" in out
    damaged_bytes = db_path.read_bytes()
    code, out, err = run(capsys, "restore", "--latest", "--db", str(db_path))
    assert code == 0, err
    assert f"Skipped {newer}: damaged" in out and str(older) in out
    kept = list(db_path.parent.glob(f"{db_path.name}.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes
    assert f"kept as {kept[0]}" in out
    assert sha256(db_path) != sha256(kept[0])
    code, out, _err = run(capsys, "check", "--db", str(db_path))
    assert code == 0, out
    # A second restore never overwrites the first kept file.
    code, _out, _err = run(capsys, "restore", "--latest", "--db", str(db_path))
    assert code == 0
    assert len(list(db_path.parent.glob(f"{db_path.name}.damaged-*"))) == 2


def test_restore_latest_without_a_verified_backup_restores_nothing(capsys, db_path: Path):
    from register_sample import corrupt_middle

    (only,) = _register_with_backups(db_path, 1)
    corrupt_middle(only)
    digest = sha256(db_path)
    code, _out, err = run(capsys, "restore", "--latest", "--db", str(db_path))
    assert code == 2
    assert "No verified backup" in one_line_error(err) and "nothing was restored" in err
    assert sha256(db_path) == digest
