"""The machine a run measured: CPUs, memory, load, and the versions that matter."""

from __future__ import annotations

import os
import platform
import sqlite3
from importlib.metadata import version
from pathlib import Path
from typing import Any


def _row(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


def machine_lines(results: Any) -> list[str]:
    from PySide6.QtCore import qVersion

    cpu = "unknown"
    memory = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    load = " → ".join(
        " ".join(f"{v:.1f}" for v in load) for load in (results.load_before, results.load_after)
    )
    return [
        "",
        _row("Machine", ""),
        _row("---", "---"),
        _row("Run", f"{results.started:%Y-%m-%d %H:%M} UTC, {results.runs} runs per median"),
        _row("CPUs (nproc)", str(os.cpu_count())),
        _row("CPU model", cpu),
        _row("RAM", memory),
        _row("Load average (1/5/15 min) before → after", load),
        _row("OS", platform.platform()),
        _row("Python", platform.python_version()),
        _row("Qt / PySide6", f"{qVersion()} / {version('PySide6-Essentials')}"),
        _row("SQLite", sqlite3.sqlite_version),
        _row("SQLAlchemy / ReportLab", f"{version('SQLAlchemy')} / {version('reportlab')}"),
        _row("Qt platform", os.environ.get("QT_QPA_PLATFORM", "default")),
    ]
