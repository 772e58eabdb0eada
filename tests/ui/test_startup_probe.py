"""``exchangedesk --startup-probe`` in a real process: one JSON line with every stage, in order,
and the peak memory, then exit 0 — on a filled register and on an empty one. No timing limits
are asserted: the numbers are for the benchmark suite to report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from exchangedesk.db.opening import open_database
from exchangedesk.ui.startup_probe import STAGES
from register_sample import add_sample


def _probe(db: Path, home: Path) -> tuple[int, dict, str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / "config"),  # never the user's saved window state
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "exchangedesk", "--db", str(db), "--startup-probe"],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=home,
    )
    lines = done.stdout.splitlines()
    assert len(lines) == 1, done.stdout + done.stderr
    return done.returncode, json.loads(lines[0]), done.stderr


def _check_record(record: dict) -> None:
    stamps = record["stages_ms"]
    assert list(stamps) == list(STAGES)
    assert all(isinstance(stamps[stage], float) for stage in STAGES), stamps
    values = [stamps[stage] for stage in STAGES]
    assert values == sorted(values) and values[0] == 0.0
    assert record["peak_rss_mb"] > 0 and record["ru_maxrss_mb"] > 0
    assert list(record["cpu_ms"]) == list(STAGES)
    assert set(record["peak_rss_mb_by_stage"]) == set(STAGES[1:])
    assert record["platform"] == "offscreen"
    assert record["first_list"] == "partnerships"
    assert "error" not in record


@pytest.mark.parametrize("filled", [True, False], ids=["filled", "empty"])
def test_the_probe_prints_every_stage_and_exits_0(tmp_path: Path, filled: bool):
    db = tmp_path / "committee.sqlite3"
    opened = open_database(db)
    try:
        if filled:
            add_sample(opened.database)
    finally:
        opened.close()
    code, record, stderr = _probe(db, tmp_path)
    assert code == 0, stderr
    _check_record(record)
    assert record["database"] == str(db)
    assert record["clock"] in ("process", "probe")
