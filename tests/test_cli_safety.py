"""Data safety from the command line: a real full disk (a 2 MB tmpfs), refusals that leave the
file untouched, and the verified backups behind 'backups' and 'restore --latest'."""

from __future__ import annotations

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
        subprocess.run(["umount", str(mount_point)], check=False)


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
        "committee.sqlite3",
        "committee.sqlite3.lock",
    ]  # no -wal or -journal left half-written
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
