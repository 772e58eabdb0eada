"""Start-up, measured in fresh processes: ``exchangedesk --startup-probe`` on each database and
the bare PySide6 window beside it, in the same run, alternated so that a busy moment of the
machine weighs on both alike."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

BARE_WINDOW = Path(__file__).with_name("bare_window.py")


@dataclass(frozen=True)
class StartUp:
    stages: dict[str, float]  # median ms of each stage over the runs
    home_runs: tuple[float, ...]
    peak_rss_mb: float  # the largest of the runs
    bare_runs: tuple[float, ...]
    home_cpu_runs: tuple[float, ...]  # CPU ms by the home screen's paint
    bare_cpu_runs: tuple[float, ...]
    peak_by_stage: dict[str, float]  # the largest of the runs, stage by stage

    @property
    def home(self) -> float:
        return statistics.median(self.home_runs)

    @property
    def bare(self) -> float:
        return statistics.median(self.bare_runs)

    @property
    def ratio(self) -> float:
        return self.home / self.bare

    @property
    def cpu_ratio(self) -> float:
        """The same ratio in CPU time, which waiting for a busy core does not inflate."""
        return statistics.median(self.home_cpu_runs) / statistics.median(self.bare_cpu_runs)


def _environment(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        # Saved window state of the person running the suite must not change what is measured.
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }


def _json_line(command: list[str], env: dict[str, str]) -> dict:
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, env=env)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {done.stderr[-2000:]}")
    return json.loads(lines[-1])


def measure(db: Path, runs: int) -> StartUp:
    with tempfile.TemporaryDirectory(prefix="exchangedesk-bench-") as folder:
        env = _environment(Path(folder))
        probe = [sys.executable, "-m", "exchangedesk", "--db", str(db), "--startup-probe"]
        bare = [sys.executable, str(BARE_WINDOW)]
        _json_line(probe, env)  # warm the disk cache and Python's bytecode cache first
        _json_line(bare, env)
        records, bares = [], []
        for _ in range(runs):
            records.append(_json_line(probe, env))
            bares.append(_json_line(bare, env))
    stages = {
        stage: statistics.median(r["stages_ms"][stage] for r in records)
        for stage in records[0]["stages_ms"]
    }
    return StartUp(
        stages=stages,
        home_runs=tuple(r["stages_ms"]["home_painted"] for r in records),
        peak_rss_mb=max(r["peak_rss_mb"] for r in records),
        bare_runs=tuple(b["painted_ms"] for b in bares),
        home_cpu_runs=tuple(r["cpu_ms"]["home_painted"] for r in records),
        bare_cpu_runs=tuple(b["cpu_ms"] for b in bares),
        peak_by_stage={
            stage: max(r["peak_rss_mb_by_stage"][stage] for r in records)
            for stage in records[0]["peak_rss_mb_by_stage"]
        },
    )
