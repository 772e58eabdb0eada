"""The full account of an import, written for people: plain text, or CSV for a spreadsheet.

``exchangedesk import ... --report FILE`` and the import dialog's "Save report…" write the same
file through :func:`write_import_report`; a name ending in ``.csv`` gives CSV, anything else
text. Unlike the summary on screen, nothing is cut short: every refused, repaired and merged row,
every other spelling, warning and country reading is there with its row number.

The report is duck-typed on :class:`exchangedesk.services.partnerships.pairs_import.ImportReport` (this layer
takes plain data from services and never imports them).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from exchangedesk.domain.countries import country_name

CSV_COLUMNS = ("section", "row", "kind", "message")
# Spreadsheets run a cell starting with these as a formula; a country or city name from the
# imported file could start with one.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def report_sections(report: Any) -> list[tuple[str, str, Sequence[Any]]]:
    """(key, title, notes) for every list of the report, in the order people look for them."""
    return [
        ("refused", "Refused rows", report.refused),
        ("repaired", "Repaired rows", report.repaired),
        ("warning", "Warnings", report.warnings),
        ("duplicate", "Duplicate rows merged", report.duplicates_merged),
        ("spelling", "Other spellings matched to one city", report.spellings_matched),
    ]


def country_note(reading: Any) -> str:
    """ "'England, United Kingdom' read as United Kingdom (GB), by region; 12 cells"."""
    uses = f"{reading.uses:,} cell" + ("" if reading.uses == 1 else "s")
    if reading.code is None:
        return f"'{reading.text}' not read: {reading.detail}; {uses}"
    how = f", by {reading.method}" if reading.method not in (None, "name") else ""
    detail = f" ({reading.detail})" if reading.detail else ""
    return (
        f"'{reading.text}' read as {country_name(reading.code)} ({reading.code}){how}{detail}; "
        f"{uses}"
    )


def report_text(report: Any) -> str:
    """The summary with every list in full, then the lists the summary only counts."""
    everything = 1 + max(
        (len(notes) for _key, _title, notes in report_sections(report)),
        default=0,
    )
    lines = list(report.summary_lines(limit=max(everything, len(report.countries))))
    countries = _spellings(report)
    for key, title, notes in report_sections(report):
        if key in ("duplicate", "spelling"):  # the summary counts these but does not list them
            lines.append(f"{title}: {len(notes):,}")
            lines.extend(f"  {note}" for note in notes)
    lines.append(f"Country spellings read: {len(countries):,}")
    lines.extend(f"  row {reading.first_row}: {country_note(reading)}" for reading in countries)
    return "\n".join(lines) + "\n"


def report_rows(report: Any) -> Iterator[tuple[str, int | str, str, str]]:
    """The CSV's rows: the counts first, then one row per note, then the country readings."""
    counts = [
        ("file", report.source),
        ("saved", "yes" if report.saved else "no (dry run)"),
        ("rows read", report.rows),
        ("blank rows skipped", report.blank_rows),
        ("partnerships created", report.partnerships_created),
        ("partnerships already in the database", report.partnerships_matched),
        ("duplicate rows merged", len(report.duplicates_merged)),
        ("cities created", report.cities_created),
        ("cities already in the database", report.cities_matched),
        ("other spellings matched", len(report.spellings_matched)),
        ("refused rows", len(report.refused)),
        ("repaired rows", len(report.repaired)),
        ("warnings", len(report.warnings)),
        ("seconds", f"{report.seconds:.1f}"),
    ]
    for name, value in counts:
        yield ("summary", "", name, str(value))
    for key, _title, notes in report_sections(report):
        for note in notes:
            yield (key, "" if note.row is None else note.row, note.kind, note.message)
    for reading in _spellings(report):
        kind = reading.method if reading.code else "unknown"
        yield ("country", reading.first_row, kind or "", country_note(reading))


def report_csv(report: Any) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for section, row, kind, message in report_rows(report):
        writer.writerow((section, row, _cell(kind), _cell(message)))
    return buffer.getvalue()


def write_import_report(report: Any, path: str | Path) -> Path:
    """Write the report as CSV (``.csv``) or text (anything else); returns the path written.
    The CSV carries a byte-order mark so that Excel reads it as UTF-8."""
    target = Path(path)
    if target.suffix.casefold() == ".csv":
        target.write_text(report_csv(report), encoding="utf-8-sig", newline="")
    else:
        # newline=None: the platform's line ends, so Notepad shows lines too
        target.write_text(report_text(report), encoding="utf-8", newline=None)
    return target


def _spellings(report: Any) -> list[Any]:
    """The country readings of the file, without the empty country (its rows are listed as
    repaired or refused), as the summary counts them."""
    return [reading for reading in report.countries if reading.text]


def _cell(text: str) -> str:
    """Text a spreadsheet shows as text: a leading formula character gets an apostrophe."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


__all__ = [
    "CSV_COLUMNS",
    "country_note",
    "report_csv",
    "report_rows",
    "report_sections",
    "report_text",
    "write_import_report",
]
