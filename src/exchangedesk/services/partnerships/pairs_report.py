"""What a pairs import reports: every row accounted for, as notes with their row numbers
(services/partnerships/pairs_import.py fills it in; the dialog, the CLI and
interchange/import_report.py show it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RowNote:
    """Something about one row of the file (row numbers as a spreadsheet shows them: the
    header is row 1). ``kind`` groups refusals: 'self-twinned', 'no country', ..."""

    row: int | None
    message: str
    kind: str = ""

    def __str__(self) -> str:
        return f"row {self.row}: {self.message}" if self.row is not None else self.message


@dataclass(frozen=True)
class CountryReading:
    """How one distinct country string of the file was read."""

    text: str
    code: str | None
    method: str | None  # name, alias, code, qualifier, region, fuzzy; None when not read
    detail: str | None
    uses: int  # cells holding this string
    first_row: int


@dataclass(frozen=True)
class ImportReport:
    source: str
    saved: bool  # False for a dry run
    rows: int  # data rows read (blank rows not counted)
    blank_rows: int
    cities_created: int
    cities_matched: int  # distinct cities of the file that were already in the database
    partnerships_created: int
    partnerships_matched: int  # rows whose pair was already in the database
    duplicates_merged: tuple[RowNote, ...]  # later rows of a pair, each naming the first row
    refused: tuple[RowNote, ...]
    repaired: tuple[RowNote, ...]  # rows imported after a repair (also counted as above)
    spellings_matched: tuple[RowNote, ...]  # another spelling of a city read as that city
    warnings: tuple[RowNote, ...]
    countries: tuple[CountryReading, ...]
    ignored_columns: tuple[str, ...] = ()
    seconds: float = 0.0

    @property
    def dry_run(self) -> bool:
        return not self.saved

    @property
    def rows_accounted(self) -> int:
        return (
            self.partnerships_created
            + self.partnerships_matched
            + len(self.duplicates_merged)
            + len(self.refused)
        )

    def refused_by_kind(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for note in self.refused:
            counts[note.kind] = counts.get(note.kind, 0) + 1
        return counts

    @property
    def country_codes(self) -> frozenset[str]:
        return frozenset(c.code for c in self.countries if c.code)

    @property
    def unknown_countries(self) -> tuple[CountryReading, ...]:
        return tuple(c for c in self.countries if c.code is None and c.text)

    def summary_lines(self, limit: int = 10) -> list[str]:
        """A plain-text account for the command line or a dialog; each list shows at most
        *limit* entries, then how many more there are."""
        state = "saved" if self.saved else "dry run, nothing saved"
        lines = [f"{self.source}: {self.rows:,} rows ({state})"]
        lines.append(
            f"Partnerships: {self.partnerships_created:,} created, "
            f"{self.partnerships_matched:,} already in the database, "
            f"{len(self.duplicates_merged):,} duplicate rows merged"
        )
        lines.append(
            f"Cities: {self.cities_created:,} created, {self.cities_matched:,} already in the "
            f"database, {len(self.spellings_matched):,} other spellings matched to one city"
        )
        read = [c for c in self.countries if c.text]
        by_list = sum(1 for c in read if c.method in ("alias", "qualifier", "region"))
        guessed = sum(1 for c in read if c.method == "fuzzy")
        lines.append(
            f"Countries: {len(read):,} spellings read as {len(self.country_codes):,} codes "
            f"({by_list:,} through aliases, regions or qualifiers, {guessed:,} guessed, "
            f"{len(self.unknown_countries):,} unknown)"
        )
        for reading in self.unknown_countries[:limit]:
            lines.append(
                f"  unknown: '{reading.text}' ({reading.uses:,}×, first in row "
                f"{reading.first_row}): {reading.detail}"
            )
        kinds = ", ".join(f"{n:,} {k}" for k, n in sorted(self.refused_by_kind().items()))
        sections = [
            (
                f"Refused rows: {len(self.refused):,}" + (f" ({kinds})" if kinds else ""),
                self.refused,
            ),
            (f"Repaired rows: {len(self.repaired):,}", self.repaired),
            (f"Warnings: {len(self.warnings):,}", self.warnings),
        ]
        for title, notes in sections:
            lines.append(title)
            lines.extend(f"  {note}" for note in notes[:limit])
            if len(notes) > limit:
                lines.append(f"  ... and {len(notes) - limit:,} more")
        if self.blank_rows:
            lines.append(f"Blank rows skipped: {self.blank_rows:,}")
        if self.ignored_columns:
            lines.append(f"Columns ignored: {', '.join(self.ignored_columns)}")
        lines.append(
            f"Check: {self.rows:,} rows = {self.partnerships_created:,} created + "
            f"{self.partnerships_matched:,} already there + {len(self.duplicates_merged):,} "
            f"merged + {len(self.refused):,} refused"
        )
        lines.append(f"Time: {self.seconds:.1f} s")
        return lines
