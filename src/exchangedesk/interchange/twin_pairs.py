"""Reading partnership pairs from CSV in the layout of ``twin_cities.csv``.

    city1,country1,lat1,lng1,city2,country2,lat2,lng2

This module reads and tidies; it never touches the database. It gives the import service rows
in which each side is a :class:`Place` with an ISO country code (or the row is refused with a
reason), and it knows how city names are compared (:class:`CityNames`).

Rules, each for a fault met in real lists:

* **Encoding and lines.** UTF-8 with or without a byte-order mark; LF, CRLF or CR line ends.
  Anything that is not UTF-8, or quoting the CSV reader cannot follow, stops the whole import
  with the line number (:class:`ImportFileError`): reading on would only produce garbage.
* **Row numbers** are the row numbers a spreadsheet shows: the header is row 1, the first pair
  row 2, a quoted name that spans two lines is still one row. Blank rows are skipped but keep
  their number, so every number in a report can be found in the spreadsheet.
* **Columns** are found by name (any order, any case, extra columns ignored). A missing one
  stops the import with a message naming it. A row with fewer fields than the header, or more
  non-empty ones (an unquoted comma), is refused.
* **Countries** go through :func:`exchangedesk.domain.countries.resolve_country`, once per
  distinct string. An empty country with "Varna, Bulgaria" in the city field is *repaired*
  (city "Varna", country BG) when the part after the last comma names a country exactly; a city
  field that is itself a country or territory ("Falkland Islands") is kept as the place's name
  in that country. Otherwise the row is refused.
* **Names** keep their spelling for display (Unicode NFC, runs of spaces made one, a bracket
  qualifier written "Name (qualifier)"). They are compared by :func:`name_key`: case,
  diacritics, whitespace, dash and apostrophe variants do not matter, so "Piteşti" (cedilla)
  and "Pitești" (comma) are one city. So are "Munster" and "Münster", though Germany has both
  towns: the import warns when two spellings read as one city lie far apart.
* **Bracket qualifiers** — see :class:`CityNames`.
* **Coordinates** are parsed as decimal degrees; a missing, unreadable or out-of-range pair
  becomes None with a warning. Coordinates that are valid but wrong (Perth, Scotland placed in
  Australia) cannot be told offline without a gazetteer and are taken as given.
"""

from __future__ import annotations

import csv
import io
import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from exchangedesk.domain.countries import CountryMatch, resolve_country
from exchangedesk.domain.errors import ExchangeDeskError

# Re-exported: the import service and the tests take these from here.
from exchangedesk.interchange.city_names import (
    SAME_PLACE_KM,  # noqa: F401
    CityNames,  # noqa: F401
    distance_km,  # noqa: F401
    is_unit_qualifier,  # noqa: F401
    name_key,  # noqa: F401
    split_qualifier,  # noqa: F401
    tidy,  # noqa: F401
)

SIDES = (1, 2)
REQUIRED_COLUMNS = ("city1", "country1", "lat1", "lng1", "city2", "country2", "lat2", "lng2")
MAX_NAME_LENGTH = 200  # City.name is String(200); PostgreSQL enforces it

# Why a row was refused (PairRow.refused_kind); the import service adds SELF_TWINNED.
UNREADABLE = "unreadable"
NO_CITY = "no city"
NO_COUNTRY = "no country"
UNKNOWN_COUNTRY = "unknown country"
SELF_TWINNED = "self-twinned"

Source = str | os.PathLike[str] | IO[str] | IO[bytes]


class ImportFileError(ExchangeDeskError):
    """The file as a whole cannot be read (not UTF-8, a required column missing, broken
    quoting). Nothing is imported; the message names the column and the row or line."""

    def __init__(self, message: str, *, row: int | None = None, column: str | None = None):
        super().__init__(message)
        self.row = row
        self.column = column


# --- names -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """One side of a pair, tidied: display name, ISO code, coordinates (None when unusable)."""

    name: str
    country_code: str
    latitude: float | None
    longitude: float | None

    @property
    def position(self) -> tuple[float, float] | None:
        if self.latitude is None or self.longitude is None:
            return None
        return (self.latitude, self.longitude)


@dataclass(frozen=True)
class PairRow:
    """One data row: two places, or the reason it was refused; with what was repaired and what
    the reader warns about."""

    row: int
    first: Place | None = None
    second: Place | None = None
    refused: str | None = None
    refused_kind: str | None = None  # one of the REFUSED_* names
    repairs: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def accepted(self) -> bool:
        return self.refused is None


@dataclass(frozen=True)
class PairFile:
    """The file read and split into rows, not yet interpreted."""

    name: str | None
    columns: dict[str, int]  # required column → index
    header_width: int
    side_columns: tuple[tuple[int, int, int, int], ...]  # per side: city, country, lat, lng
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (spreadsheet row number, fields)
    blank_rows: int
    ignored_columns: tuple[str, ...] = ()


def read_pair_file(source: Source, *, name: str | None = None) -> PairFile:
    """Read the whole file (path or open stream, text or bytes). Raises :class:`ImportFileError`
    for a file that cannot be read as a pair list at all."""
    text, found_name = _read_text(source)
    text = text.removeprefix("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None or not any(cell.strip() for cell in header):
            raise ImportFileError(
                f"The file is empty: row 1 should be the header '{','.join(REQUIRED_COLUMNS)}'.",
                row=1,
            )
        columns = _find_columns(header)
        rows: list[tuple[int, tuple[str, ...]]] = []
        blank = 0
        row_number = 1
        for record in reader:
            row_number += 1
            if not any(cell.strip() for cell in record):
                blank += 1
                continue
            rows.append((row_number, tuple(record)))
    except csv.Error as exc:
        raise ImportFileError(
            f"The file cannot be read as CSV near line {reader.line_num}: {exc}. "
            "Check the quotes around names on that line.",
            row=None,
        ) from exc
    ignored = tuple(
        h.strip() for i, h in enumerate(header) if i not in columns.values() and h.strip()
    )
    return PairFile(
        name=name or found_name,
        columns=columns,
        header_width=len(header),
        side_columns=tuple(
            (columns[f"city{n}"], columns[f"country{n}"], columns[f"lat{n}"], columns[f"lng{n}"])
            for n in SIDES
        ),
        rows=tuple(rows),
        blank_rows=blank,
        ignored_columns=ignored,
    )


def _read_text(source: Source) -> tuple[str, str | None]:
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        try:
            data: str | bytes = path.read_bytes()
        except OSError as exc:
            raise ImportFileError(f"Cannot read '{path}': {exc.strerror or exc}") from exc
        found_name: str | None = path.name
    else:
        data = source.read()
        raw_name = getattr(source, "name", None)
        found_name = Path(raw_name).name if isinstance(raw_name, str) and raw_name else None
    if isinstance(data, bytes):
        try:
            return data.decode("utf-8-sig"), found_name
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            raise ImportFileError(
                f"The file is not UTF-8: byte 0x{data[exc.start]:02X} on line {line} cannot be "
                "read. Save it as 'CSV UTF-8' and import it again.",
                row=None,
            ) from exc
    return data, found_name


def _find_columns(header: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = cell.strip().casefold()
        if key in REQUIRED_COLUMNS:
            if key in found:
                raise ImportFileError(
                    f"Column '{key}' appears twice in the header (row 1, columns "
                    f"{found[key] + 1} and {index + 1}).",
                    row=1,
                    column=key,
                )
            found[key] = index
    missing = [c for c in REQUIRED_COLUMNS if c not in found]
    if missing:
        listed = ", ".join(f"'{c}'" for c in missing)
        noun = "Column" if len(missing) == 1 else "Columns"
        verb = "is" if len(missing) == 1 else "are"
        raise ImportFileError(
            f"{noun} {listed} {verb} missing from the header (row 1). The header must name "
            f"{', '.join(REQUIRED_COLUMNS)}; it has: {', '.join(h.strip() for h in header)}.",
            row=1,
            column=missing[0],
        )
    return found


class CountryReader:
    """Reads each distinct country string once and remembers where each was used."""

    def __init__(self) -> None:
        self.readings: dict[str, CountryMatch] = {}
        self.uses: dict[str, int] = {}
        self.first_row: dict[str, int] = {}

    def read(self, text: str, row: int) -> CountryMatch:
        match = self.readings.get(text)
        if match is None:
            match = self.readings[text] = resolve_country(text)
            self.first_row[text] = row
        self.uses[text] = self.uses.get(text, 0) + 1
        return match


def normalise_row(
    row: int, fields: Sequence[str], pair_file: PairFile, countries: CountryReader
) -> PairRow:
    """One data row → a :class:`PairRow` (never raises for bad content: it refuses the row)."""
    width = pair_file.header_width
    if len(fields) < width:
        return PairRow(
            row,
            refused=f"{len(fields)} fields where the header has {width}",
            refused_kind=UNREADABLE,
        )
    if len(fields) > width and any(cell.strip() for cell in fields[width:]):
        return PairRow(
            row,
            refused=(
                f"{len(fields)} fields where the header has {width} "
                "(a comma in a name without quotes around it?)"
            ),
            refused_kind=UNREADABLE,
        )
    # Both countries are read before either side can refuse the row, so that every country
    # string of the file is in the report, even one met only in refused rows.
    sides = []
    for side, (city, country, lat, lng) in zip(SIDES, pair_file.side_columns, strict=True):
        country_text = " ".join(fields[country].split())
        match = countries.read(country_text, row)
        sides.append((side, fields[city], country_text, match, fields[lat], fields[lng]))
    repairs: list[str] = []
    warnings: list[str] = []
    places: list[Place] = []
    for side, city_text, country_text, match, lat_text, lng_text in sides:
        place = _place(side, city_text, country_text, match, lat_text, lng_text, repairs, warnings)
        if isinstance(place, tuple):
            kind, reason = place
            return PairRow(row, refused=reason, refused_kind=kind)
        places.append(place)
    return PairRow(row, places[0], places[1], repairs=tuple(repairs), warnings=tuple(warnings))


def _place(
    side: int,
    city_text: str,
    country_text: str,
    match: CountryMatch,
    lat_text: str,
    lng_text: str,
    repairs: list[str],
    warnings: list[str],
) -> Place | tuple[str, str]:
    city_col, country_col = f"city{side}", f"country{side}"
    name = tidy(city_text)
    if not name:
        return NO_CITY, f"{city_col} is empty"
    if not country_text:
        repaired = _country_from_city(name)
        if repaired is None:
            return (
                NO_COUNTRY,
                f"{country_col} is empty and {city_col} '{name}' does not name a country "
                "to take it from",
            )
        name, code, how = repaired
        repairs.append(f"{country_col} was empty; {how}")
    elif match.code is None:
        return UNKNOWN_COUNTRY, f"{country_col}: {match.detail}"
    else:
        code = match.code
    if len(name) > MAX_NAME_LENGTH:
        return UNREADABLE, f"{city_col} is longer than {MAX_NAME_LENGTH} characters"
    lat, lng, problem = parse_position(lat_text, lng_text)
    if problem:
        warnings.append(f"{city_col} '{name}': {problem}; saved without coordinates")
    return Place(name, code, lat, lng)


def _country_from_city(text: str) -> tuple[str, str, str] | None:
    """'Varna, Bulgaria' → ('Varna', 'BG', how); 'Falkland Islands' → (same, 'FK', how)."""
    head, comma, tail = text.rpartition(",")
    if comma:
        match = resolve_country(tail, allow_fuzzy=False)
        if match.code and tidy(head):
            return (
                tidy(head),
                match.code,
                f"took {match.code} from '{text}', city '{tidy(head)}'",
            )
        return None
    match = resolve_country(text, allow_fuzzy=False)
    if match.code and match.method in ("name", "alias"):
        return (
            text,
            match.code,
            f"'{text}' is itself a country or territory; kept as a place in {match.code}",
        )
    return None


def parse_position(lat_text: str, lng_text: str) -> tuple[float | None, float | None, str | None]:
    """Decimal degrees → (lat, lng, None), or (None, None, what is wrong)."""
    lat_text, lng_text = lat_text.strip(), lng_text.strip()
    if not lat_text and not lng_text:
        return None, None, "no coordinates"
    if not lat_text or not lng_text:
        return None, None, "only one of latitude and longitude given"
    try:
        lat, lng = float(lat_text), float(lng_text)
    except ValueError:
        return None, None, f"coordinates '{lat_text}, {lng_text}' are not numbers"
    if not (math.isfinite(lat) and math.isfinite(lng)):
        return None, None, f"coordinates '{lat_text}, {lng_text}' are not numbers"
    if not (-90.0 <= lat <= 90.0) or not (-180.0 <= lng <= 180.0):
        return None, None, f"coordinates {lat}, {lng} are out of range"
    return lat, lng, None


@dataclass
class SpellingChoice:
    """Chooses the display spelling among variants of one new city: the one with the most
    letters outside ASCII (the fullest form: 'Bolesławiec' over 'Boleslawiec'), else the first
    seen."""

    name: str
    variants: dict[str, int] = field(default_factory=dict)  # spelling → first row

    def offer(self, name: str, row: int) -> None:
        if name in self.variants:
            return
        self.variants[name] = row
        if _non_ascii(name) > _non_ascii(self.name):
            self.name = name


def _non_ascii(text: str) -> int:
    return sum(1 for ch in text if ord(ch) > 127)


def all_names(rows: Iterable[PairRow]) -> Iterable[tuple[int, Place]]:
    for pair in rows:
        if pair.first is not None and pair.second is not None:
            yield pair.row, pair.first
            yield pair.row, pair.second
