"""The results as markdown: the targets table with PASS/MISS, the details behind it, and the
machine they were measured on; written between two markers in docs/PERFORMANCE.md."""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.machine import machine_lines

BEGIN = "<!-- benchmark results: begin (written by `uv run python -m benchmarks`) -->"
END = "<!-- benchmark results: end -->"

LIST_TARGET_MS = 200.0
KEYSTROKE_TARGET_MS = 50.0
CONFLICT_TARGET_MS = 100.0
MAP_TARGET_MS = 1000.0  # issue 21: the federation's map draws in under a second
STARTUP_TARGET_RATIO = 2.0
PDF_TARGET_RATIO = 1.5
IMPORT_TARGET_S = 10.0
MEMORY_TARGET_MB = 400.0


@dataclass
class Results:
    """Everything one run of the suite measured, by database ("village", "federation")."""

    started: dt.datetime
    load_before: tuple[float, float, float]
    load_after: tuple[float, float, float] = (0.0, 0.0, 0.0)
    databases: dict[str, Any] = field(default_factory=dict)  # key -> Prepared
    startup: dict[str, Any] = field(default_factory=dict)  # key -> StartUp
    lists: dict[str, Any] = field(default_factory=dict)  # key -> ListResults
    work: dict[str, dict[str, Any]] = field(default_factory=dict)  # key -> name -> Measured
    pairs_import: Any = None  # Measured
    what_if: Any = None  # what_if.WhatIf
    build_stages: dict[str, float] = field(default_factory=dict)
    runs: int = 0


def _ms(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f} ms" if value >= 10 else f"{value:.1f} ms"


def _verdict(values: list[float | None], limit: float) -> str:
    measured = [v for v in values if v is not None]
    if not measured:
        return "not measured"
    return "PASS" if all(v <= limit for v in measured) else "**MISS**"


def _row(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


def targets_table(results: Results) -> list[str]:
    keys = [k for k in ("village", "federation") if k in results.databases]
    lines = [
        _row(
            "Measure (median)",
            *[k.capitalize() for k in keys],
            "Baseline, same run",
            "Target",
            "Result",
        ),
        _row(*["---"] * (len(keys) + 4)),
    ]

    def cells(get: Any) -> list[str]:
        return [get(k) for k in keys]

    if results.startup:
        s = results.startup
        lines.append(
            _row(
                "Start-up to a painted home screen",
                *cells(
                    lambda k: (
                        f"{_ms(s[k].home)} ({s[k].ratio:.1f}× bare, CPU {s[k].cpu_ratio:.1f}×)"
                        if k in s
                        else "—"
                    )
                ),
                "bare PySide6 window: " + " / ".join(_ms(s[k].bare) for k in keys if k in s),
                f"≤ {STARTUP_TARGET_RATIO:.1f}× bare window",
                _verdict([s[k].ratio for k in keys if k in s], STARTUP_TARGET_RATIO),
            )
        )
        lines.append(
            _row(
                "Peak memory during start-up (VmHWM)",
                *cells(lambda k: f"{s[k].peak_rss_mb:,.0f} MB" if k in s else "—"),
                "",
                f"≤ {MEMORY_TARGET_MB:.0f} MB with the federation open",
                _verdict(
                    [s["federation"].peak_rss_mb] if "federation" in s else [], MEMORY_TARGET_MB
                ),
            )
        )
    list_keys = []
    for k in keys:
        for name in results.lists.get(k, {}).opens if k in results.lists else []:
            if name not in list_keys:
                list_keys.append(name)
    for name in list_keys:

        def value(k: str, name: str = name) -> str:
            found = results.lists.get(k)
            if found is None or name not in found.opens:
                return "—"
            total = found.totals.get(name)
            count = f" ({total:,})" if total is not None else ""
            return _ms(found.opens[name].median) + count

        medians = [
            results.lists[k].opens[name].median
            for k in keys
            if k in results.lists and name in results.lists[k].opens
        ]
        lines.append(
            _row(
                f"Open list: {name}",
                *cells(value),
                "",
                f"≤ {LIST_TARGET_MS:.0f} ms",
                _verdict(medians, LIST_TARGET_MS),
            )
        )
    if results.lists:

        def keystroke(k: str) -> str:
            found = results.lists.get(k)
            if found is None or not found.keystrokes:
                return "—"
            ms = statistics.median(t for _text, t, _c in found.keystrokes)
            return f"{_ms(ms)} on {found.largest}"

        medians = [
            statistics.median(t for _x, t, _c in results.lists[k].keystrokes)
            for k in keys
            if k in results.lists and results.lists[k].keystrokes
        ]
        lines.append(
            _row(
                "Filter keystroke, largest list",
                *cells(keystroke),
                "",
                f"≤ {KEYSTROKE_TARGET_MS:.0f} ms",
                _verdict(medians, KEYSTROKE_TARGET_MS),
            )
        )

        def scroll(k: str) -> str:
            found = results.lists.get(k)
            if found is None:
                return "—"
            done = "" if found.scroll_complete else " (stopped before the end)"
            return (
                f"{found.scroll_seconds:,.1f} s, {found.scroll_pages:,} pages, last page "
                f"{_ms(found.scroll_last_page_ms)}{done}"
            )

        lines.append(
            _row("Scroll to the end of the largest list", *cells(scroll), "", "—", "(no target)")
        )
    work_rows = (
        ("conflicts", "Conflict check, largest delegation", f"≤ {CONFLICT_TARGET_MS:.0f} ms"),
        ("map", "Partnership map, first frame (benchmarks/map_window.py)", "≤ 1,000 ms"),
        ("pdf", "Itinerary PDF, largest delegation", f"≤ {PDF_TARGET_RATIO}× raw ReportLab"),
        ("annual_report", "Annual report, largest partnership", "—"),
        ("register", "Register of partnerships (all)", "≥ 5× faster than 209 s"),
        ("export", "Export 100,000 rows to CSV", "—"),
        ("backup", "Backup (snapshot + verify)", "—"),
        ("quick_check", "PRAGMA quick_check on open", "—"),
        ("open", "open_database()", "—"),
    )
    for name, title, target in work_rows:
        measured = {k: results.work.get(k, {}).get(name) for k in keys}

        def value(k: str, measured: dict = measured) -> str:
            m = measured.get(k)
            if m is None:
                return "—"
            if m.timing is None:
                return m.note
            text = _ms(m.timing.median)
            if m.baseline is not None:
                text += f" ({m.timing.median / m.baseline.median:.2f}×)"
            return text

        baselines = " / ".join(
            _ms(m.baseline.median)
            for m in measured.values()
            if m is not None and m.baseline is not None
        )
        if name == "conflicts":
            verdict = _verdict(
                [m.timing.median for m in measured.values() if m and m.timing], CONFLICT_TARGET_MS
            )
        elif name == "map":
            verdict = _verdict(
                [m.timing.median for m in measured.values() if m and m.timing], MAP_TARGET_MS
            )
        elif name == "pdf":
            verdict = _verdict(
                [
                    m.timing.median / m.baseline.median
                    for m in measured.values()
                    if m and m.timing and m.baseline
                ],
                PDF_TARGET_RATIO,
            )
        else:
            verdict = "(no target)"
        lines.append(
            _row(
                title,
                *cells(value),
                baselines and f"raw ReportLab: {baselines}" if name == "pdf" else baselines,
                target,
                verdict,
            )
        )
    if results.pairs_import is not None:
        m = results.pairs_import
        text = m.note if m.timing is None else f"{m.timing.median / 1000:.2f} s"
        base = (
            ""
            if m.baseline is None
            else (
                f"raw sqlite3: {m.baseline.median / 1000:.2f} s "
                f"({m.timing.median / m.baseline.median:.0f}×)"
            )
        )
        lines.append(
            _row(
                "Import the 25,917 pairs (empty database)",
                *(["—"] * (len(keys) - 1)),
                text,
                base,
                f"≤ {IMPORT_TARGET_S:.0f} s",
                _verdict([m.timing.median / 1000] if m.timing else [], IMPORT_TARGET_S),
            )
        )
    return lines


def details(results: Results) -> list[str]:
    lines: list[str] = []
    if results.startup:
        lines += startup_lines(results)
    if results.what_if is not None:
        lines += what_if_lines(results.what_if)
    for key, found in results.lists.items():
        lines += [
            "",
            f"**{key.capitalize()}: filter keystrokes on `{found.largest}`** "
            f"(each step is one SQL-filtered reload; ms, of which the COUNT(*)):",
            "",
        ]
        steps: dict[str, list[tuple[float, float]]] = {}
        for text, ms, count in found.keystrokes:
            steps.setdefault(text, []).append((ms, count))
        lines.append(_row("typed", *steps))
        lines.append(_row(*["---"] * (len(steps) + 1)))
        lines.append(
            _row(
                "ms",
                *[
                    f"{statistics.median(v[0] for v in vals):,.0f} "
                    f"({statistics.median(v[1] for v in vals):,.0f})"
                    for vals in steps.values()
                ],
            )
        )
        lines.append("")
        lines.append(
            f"Building the main window (every area loads its first page): "
            f"{_ms(found.window_build_ms)}."
        )
    for key, works in results.work.items():
        notes = [f"{name}: {m.note}" for name, m in works.items() if m.note and m.timing]
        if notes:
            lines += ["", f"**{key.capitalize()} notes:** " + "; ".join(notes) + "."]
    if results.pairs_import is not None and results.pairs_import.note:
        lines += ["", f"**Import:** {results.pairs_import.note}."]
    for key, prepared in results.databases.items():
        built = (
            ""
            if prepared.build_seconds is None
            else f", built in {prepared.build_seconds:,.0f} s this run"
        )
        lines += [
            "",
            f"**{key.capitalize()} database:** {prepared.size_mb:,.0f} MB{built}; "
            f"{prepared.summary}.",
        ]
    if results.build_stages:
        lines.append(
            "Federation build stages: "
            + ", ".join(
                f"{name} {seconds:,.0f} s" for name, seconds in results.build_stages.items()
            )
            + "."
        )
    return lines


def startup_lines(results: Results) -> list[str]:
    lines = [
        "",
        "**Start-up stages** (median ms since the process started; `--startup-probe`, paint "
        "events):",
        "",
    ]
    stages = list(next(iter(results.startup.values())).stages)
    lines.append(_row("Database", *stages))
    lines.append(_row(*["---"] * (len(stages) + 1)))
    for key, s in results.startup.items():
        lines.append(_row(key, *[f"{s.stages[st]:,.0f}" for st in stages]))
    lines += ["", "Peak memory (MB) reached by each stage, the largest of the runs:", ""]
    peaks = list(next(iter(results.startup.values())).peak_by_stage)
    lines.append(_row("Database", *peaks))
    lines.append(_row(*["---"] * (len(peaks) + 1)))
    for key, s in results.startup.items():
        lines.append(_row(key, *[f"{s.peak_by_stage[st]:,.0f}" for st in peaks]))
    return lines


def what_if_lines(w: Any) -> list[str]:
    lines = [
        "",
        "**Federation with the recommended indexes** (a copy with `ix_people_organisation_id`, "
        "`ix_programme_leaders_person_id` and `ix_delegations_departure_on`, measured in the "
        "same run):",
        "",
        _row("Measure", "Median", "Target", "Result"),
        _row("---", "---", "---", "---"),
        _row(
            "Open list: organisations (service call)",
            _ms(w.organisations.median),
            f"≤ {LIST_TARGET_MS:.0f} ms",
            _verdict([w.organisations.median], LIST_TARGET_MS),
        ),
    ]
    lines.append(
        _row(
            "Home screen (counts and the next 90 days' events, service calls)",
            _ms(w.home.median),
            f"≤ {LIST_TARGET_MS:.0f} ms",
            _verdict([w.home.median], LIST_TARGET_MS),
        )
    )
    if w.conflicts is not None:
        lines.append(
            _row(
                "Conflict check, largest delegation",
                _ms(w.conflicts.median),
                f"≤ {CONFLICT_TARGET_MS:.0f} ms",
                _verdict([w.conflicts.median], CONFLICT_TARGET_MS),
            )
        )
    if w.startup is not None:
        lines.append(
            _row(
                "Start-up to a painted home screen",
                f"{_ms(w.startup.home)} ({w.startup.ratio:.1f}× bare)",
                f"≤ {STARTUP_TARGET_RATIO:.1f}× bare window",
                _verdict([w.startup.ratio], STARTUP_TARGET_RATIO),
            )
        )
        lines.append(
            _row(
                "Peak memory during start-up",
                f"{w.startup.peak_rss_mb:,.0f} MB",
                f"≤ {MEMORY_TARGET_MB:.0f} MB",
                _verdict([w.startup.peak_rss_mb], MEMORY_TARGET_MB),
            )
        )
    return lines


def markdown(results: Results) -> str:
    lines = [BEGIN, "", f"Last run: {results.started:%Y-%m-%d %H:%M} UTC.", ""]
    lines += targets_table(results) + details(results) + machine_lines(results) + ["", END]
    return "\n".join(lines) + "\n"


def write(document: Path, block: str) -> None:
    """Replace the results between the markers, keeping the hand-written text around them."""
    text = document.read_text(encoding="utf-8") if document.is_file() else ""
    if BEGIN in text and END in text:
        before, rest = text.split(BEGIN, 1)
        after = rest.split(END, 1)[1]
        text = before + block.rstrip("\n") + after
    else:
        text = (text.rstrip("\n") + "\n\n" if text else "# Performance\n\n") + block
    document.write_text(text, encoding="utf-8")
