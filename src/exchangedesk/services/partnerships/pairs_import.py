"""Importing partnership pairs from a CSV list such as ``twin_cities.csv`` (issue 3, item 6).

``import_pairs(database, path_or_stream)`` reads the file (see
:mod:`exchangedesk.interchange.twin_pairs` for how rows are read and repaired), matches cities
and partnerships against each other and against what the database already holds, writes what
is new in one transaction, and returns an :class:`ImportReport` that accounts for every row.

Decisions:

* **All or nothing.** A file that cannot be read (not UTF-8, a required column missing, broken
  quoting) raises :class:`ImportFileError` before anything is written; an unexpected error or a
  cancellation (:class:`ImportCancelled`) rolls the whole transaction back. ``dry_run`` does all
  the work, writes included, inside a transaction that is then rolled back, and returns the
  same report (``report.saved`` is False).
* **Refused rows do not stop an import.** A row that is self-twinned, has no recoverable
  country, an unknown country or the wrong number of fields is left out and listed with its row
  number and reason; the rest is saved. The report's totals always add up:
  ``rows == partnerships_created + partnerships_matched + duplicates merged + refused``.
* **Cities** are the same when their country code and their :func:`twin_pairs.name_key` agree
  (case, diacritics, spaces, dash and apostrophe variants do not matter; bracket qualifiers per
  :class:`twin_pairs.CityNames`). Cities already in the database are matched the same way and
  never changed. A new city takes the fullest spelling seen (most non-ASCII letters, else the
  first), the first valid coordinates seen, and a ``search_key`` holding every spelling.
* **Partnerships** are unordered pairs: A–B is B–A. The first row of a pair creates it (city A
  is that row's first city) or finds it already in the database, whatever its kind or status —
  the committee's own record wins and is not touched. Later rows of the same pair are merged
  duplicates, listed with the row they repeat. New partnerships are twin towns, active, with
  ``source`` "FILE row N". No status-change row is written: the list says nothing about when a
  partnership began, and a change dated on the import day would invent a start date. The
  import itself is recorded as one audit-log entry.
* **Speed.** Everything is matched in memory; cities go in with one bulk INSERT ... RETURNING,
  partnerships with one bulk INSERT (DESIGN.md §8). The 25,917-row reference file takes about
  two seconds into an empty database.
"""

from __future__ import annotations

import dataclasses
import getpass
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from exchangedesk.db.models import AuditEntry, City, Partnership
from exchangedesk.db.session import Database
from exchangedesk.db.types import utc_now
from exchangedesk.domain.countries import CountryMatch
from exchangedesk.domain.errors import DatabaseError, ExchangeDeskError
from exchangedesk.domain.people import is_latin_text
from exchangedesk.interchange import twin_pairs
from exchangedesk.interchange.twin_pairs import (
    SELF_TWINNED,
    ImportFileError,
    PairFile,
    PairRow,
    Place,
    Source,
)
from exchangedesk.services.partnerships.pairs_report import (
    CountryReading,
    ImportReport,
    RowNote,
)
from exchangedesk.services.partnerships.pairs_rows import (
    INSERT_CHUNK,
    NewCity,
    city_search_key,
    insert_partnerships,
)

__all__ = [
    "CountryReading",
    "ImportCancelled",
    "ImportFileError",
    "ImportReport",
    "RowNote",
    "import_pairs",
]

PROGRESS_EVERY = 500
# Two spellings folded to one name but placed further apart than this get a warning.
SPELLING_WARN_KM = 50.0
SOURCE_LENGTH = 200  # Partnership.source is String(200)

# Core tables, not the ORM classes: the ORM's bulk path costs a third of the import time and
# adds nothing here (every value, version_id and timestamps included, is given explicitly).
CITIES = City.__table__

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class ImportCancelled(ExchangeDeskError):
    """The user stopped the import; nothing was saved."""


class _RolledBack(Exception):  # noqa: N818 - a control-flow signal, not an error
    def __init__(self, report: ImportReport) -> None:
        super().__init__("dry run")
        self.report = report


def import_pairs(
    database: Database,
    path_or_stream: Source,
    *,
    dry_run: bool = False,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    source_name: str | None = None,
    before_saving: Callable[[], None] | None = None,
) -> ImportReport:
    """Import partnership pairs from CSV (``city1,country1,lat1,lng1,city2,country2,lat2,lng2``).

    ``progress(done, total)`` is called about every 500 rows (each row is read, then matched, so
    ``total`` is twice the rows) and once with ``done == total`` when all is written;
    ``cancelled()`` is asked at the same moments and stops the import with nothing saved.
    ``source_name`` names the file in ``Partnership.source`` when a stream has no name.

    ``before_saving`` is called once, after the file was read and before a real import writes
    anything (the backup before an import); a dry run never calls it.

    Raises :class:`ImportFileError` (nothing read), :class:`ImportCancelled` (nothing saved).
    """
    started = time.perf_counter()
    if database.read_only:
        raise DatabaseError("The database is open read-only; open it normally to import.")
    pair_file = twin_pairs.read_pair_file(path_or_stream, name=source_name)
    run = _Run(pair_file, progress, cancelled)
    if not dry_run and before_saving is not None:
        before_saving()
    try:
        with database.unit_of_work() as session:
            report = run.execute(session, saved=not dry_run)
            if dry_run:
                raise _RolledBack(report)
    except _RolledBack as rolled_back:
        report = rolled_back.report
    return dataclasses.replace(report, seconds=time.perf_counter() - started)


@dataclass
class _Known:
    id: int
    name: str
    position: tuple[float, float] | None


class _Run:
    def __init__(
        self,
        pair_file: PairFile,
        progress: ProgressCallback | None,
        cancelled: CancelCheck | None,
    ) -> None:
        self.file = pair_file
        self.label = (pair_file.name or "import")[: SOURCE_LENGTH - 20]
        self._progress = progress
        self._cancelled = cancelled
        self.total = 2 * len(pair_file.rows)
        self.refused: list[RowNote] = []
        self.repaired: list[RowNote] = []
        self.warnings: list[RowNote] = []
        self.spellings: list[RowNote] = []
        self.duplicates: list[RowNote] = []
        self._latin_names: dict[str, tuple[str, str | None] | None] = {}

    # -- progress and cancel ------------------------------------------------------------------

    def _check_cancel(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ImportCancelled("The import was cancelled; nothing was saved.")

    def _tick(self, done: int) -> None:
        self._check_cancel()
        if self._progress is not None:
            self._progress(done, self.total)

    # -- the work -----------------------------------------------------------------------------

    def execute(self, session: Session, *, saved: bool) -> ImportReport:
        self._tick(0)
        countries = twin_pairs.CountryReader()
        rows: list[PairRow] = []
        for index, (row_number, fields) in enumerate(self.file.rows, start=1):
            pair = twin_pairs.normalise_row(row_number, fields, self.file, countries)
            rows.append(pair)
            if pair.refused is not None:
                self.refused.append(RowNote(row_number, pair.refused, pair.refused_kind or ""))
            self.warnings.extend(RowNote(row_number, w) for w in pair.warnings)
            if index % PROGRESS_EVERY == 0:
                self._tick(index)
        self._tick(len(rows))

        names = twin_pairs.CityNames()
        known = self._load_cities(session, names)
        for row_number, place in twin_pairs.all_names(rows):
            names.add(place.country_code, place.name, row=row_number, position=place.position)
        existing_by_key = self._index_known(known, names)
        existing_pairs = {
            (min(a, b), max(a, b))
            for a, b in session.execute(select(Partnership.city_a_id, Partnership.city_b_id))
        }

        new_cities: dict[tuple[str, str], NewCity] = {}
        matched_ids: set[int] = set()
        noted_spellings: set[tuple[int, str]] = set()
        first_row_of_pair: dict[tuple[int, int], int] = {}
        new_pairs: list[tuple[int, int, int]] = []  # (city a, city b, row), temp ids < 0
        partnerships_matched = 0

        apart_noted: set[tuple[str, str, str]] = set()

        def kept_apart(
            place: Place, row: int, key: tuple[str, str], name: str, position: Any
        ) -> bool:
            """Spelt alike but far apart (Munster/Münster): two towns, with a warning."""
            if _same_spelling(place.name, name) or place.position is None or position is None:
                return False
            km = twin_pairs.distance_km(place.position, position)
            if km <= SPELLING_WARN_KM:
                return False
            if (key[1], name, place.name) not in apart_noted:
                apart_noted.add((key[1], name, place.name))
                self.warnings.append(
                    RowNote(
                        row,
                        f"'{place.name}' and '{name}' ({place.country_code}) are spelt alike "
                        f"but {km:,.0f} km apart: kept as two towns",
                    )
                )
            return True

        def city_of(place: Place, row: int, key: tuple[str, str]) -> int:
            found = existing_by_key.get(key)
            latin = None
            if found is None and key not in new_cities:
                # "Дрезден" is the register's Dresden; "თბილისი" a new city named Tbilisi.
                latin = self._latin_name(place)
                if latin is not None:
                    key = (key[0], names.key(key[0], latin[0]))
                    found = existing_by_key.get(key)
            if found is not None and kept_apart(place, row, key, found.name, found.position):
                key = (key[0], _spelt(key[1], place.name))
                found = existing_by_key.get(key)
            elif found is None and key in new_cities:
                first = new_cities[key].place
                if kept_apart(place, row, key, first.name, first.position):
                    key = (key[0], _spelt(key[1], place.name))
            if found is not None:
                matched_ids.add(found.id)
                if (
                    place.name != found.name
                    and (found.id, place.name) not in noted_spellings
                    and twin_pairs.name_key(place.name) == twin_pairs.name_key(found.name)
                ):
                    noted_spellings.add((found.id, place.name))
                    self._note_spelling(row, place, found.name, found.position, existing=True)
                return found.id
            city = new_cities.get(key)
            if city is None:
                city = new_cities[key] = NewCity(
                    -(len(new_cities) + 1),
                    twin_pairs.SpellingChoice(place.name, {place.name: row}),
                    place.country_code,
                    place,
                    place.latitude,
                    place.longitude,
                )
                if latin is not None:
                    city.latin, city.native = latin
                return city.temp_id
            if latin is not None and city.native is None:
                city.latin, city.native = latin
            if place.name not in city.spelling.variants and twin_pairs.name_key(
                place.name
            ) == twin_pairs.name_key(city.place.name):
                self._note_spelling(row, place, city.place.name, city.place.position)
            city.spelling.offer(place.name, row)
            if city.latitude is None and place.latitude is not None:
                city.latitude, city.longitude = place.latitude, place.longitude
            return city.temp_id

        base = len(rows)
        for index, pair in enumerate(rows, start=1):
            if index % PROGRESS_EVERY == 0:
                self._tick(base + index)
            if pair.first is None or pair.second is None:
                continue
            row = pair.row
            key_a = (pair.first.country_code, names.key(pair.first.country_code, pair.first.name))
            key_b = (
                pair.second.country_code,
                names.key(pair.second.country_code, pair.second.name),
            )
            if key_a == key_b:
                self.refused.append(
                    RowNote(
                        row,
                        f"self-twinned: '{pair.first.name}' and '{pair.second.name}' "
                        f"({pair.first.country_code}) are one city",
                        SELF_TWINNED,
                    )
                )
                continue
            self.repaired.extend(RowNote(row, r) for r in pair.repairs)
            a, b = city_of(pair.first, row, key_a), city_of(pair.second, row, key_b)
            pair_key = (min(a, b), max(a, b))
            first = first_row_of_pair.get(pair_key)
            if first is not None:
                self.duplicates.append(RowNote(row, f"same pair as row {first}"))
                continue
            first_row_of_pair[pair_key] = row
            if pair_key in existing_pairs:
                partnerships_matched += 1
            else:
                new_pairs.append((a, b, row))

        self.spellings.extend(RowNote(r, m) for r, m in names.merged_qualifiers)
        self.warnings.extend(RowNote(r, m) for r, m in names.kept_apart)
        self.warnings.extend(self._country_warnings(countries))
        self.refused.sort(key=lambda n: n.row or 0)
        self.warnings.sort(key=lambda n: n.row or 0)
        self.spellings.sort(key=lambda n: n.row or 0)

        self._check_cancel()
        ids = self._insert_cities(session, new_cities.values())
        insert_partnerships(session, new_pairs, ids, self.label)
        report = ImportReport(
            source=self.file.name or "import",
            saved=saved,
            rows=len(rows),
            blank_rows=self.file.blank_rows,
            cities_created=len(new_cities),
            cities_matched=len(matched_ids),
            partnerships_created=len(new_pairs),
            partnerships_matched=partnerships_matched,
            duplicates_merged=tuple(self.duplicates),
            refused=tuple(self.refused),
            repaired=tuple(self.repaired),
            spellings_matched=tuple(self.spellings),
            warnings=tuple(self.warnings),
            countries=_readings(countries),
            ignored_columns=self.file.ignored_columns,
        )
        session.add(
            AuditEntry(
                at=utc_now(),
                actor=session.info.get("actor") or _actor(),
                action="import",
                entity="partnership",
                summary="; ".join(report.summary_lines(limit=0)[:3]),
            )
        )
        session.flush()
        self._tick(self.total)  # a cancel that came during the writes still rolls them back
        return report

    def _latin_name(self, place: Place) -> tuple[str, str | None] | None:
        """The gazetteer's Latin name of a place the file names in another script, when the
        gazetteer knows that name in that country (and, with coordinates, within 50 km), with
        its native name ("Дрезден" gives Dresden, whose own name is Dresden: no native name)."""
        if is_latin_text(place.name):
            return None
        if place.name not in self._latin_names:
            from exchangedesk.services.partnerships.gazetteer import (
                default_gazetteer,
                search_form,
            )

            query, found = search_form(place.name), None
            for hit in default_gazetteer().search(place.name, country=place.country_code, limit=5):
                near = place.position is None or (
                    twin_pairs.distance_km(place.position, (hit.latitude, hit.longitude))
                    <= SPELLING_WARN_KM
                )
                if search_form(hit.matched_name) == query and near:
                    native = hit.native_name if hit.native_name != hit.name else None
                    found = (hit.name, native)
                    break
            self._latin_names[place.name] = found
        return self._latin_names[place.name]

    def _load_cities(self, session: Session, names: twin_pairs.CityNames) -> list[Any]:
        known = session.execute(
            select(
                City.id,
                City.country_code,
                City.name,
                City.latitude,
                City.longitude,
                City.native_name,
                City.transliteration,
            ).order_by(City.id)
        ).all()
        for city in known:
            position = None
            if city.latitude is not None and city.longitude is not None:
                position = (city.latitude, city.longitude)
            names.add(city.country_code, city.name, row=None, position=position)
        return known

    def _index_known(
        self, known: Iterable[Any], names: twin_pairs.CityNames
    ) -> dict[tuple[str, str], _Known]:
        by_key: dict[tuple[str, str], _Known] = {}
        for city in known:
            key = (city.country_code, names.key(city.country_code, city.name))
            position = None
            if city.latitude is not None and city.longitude is not None:
                position = (city.latitude, city.longitude)
            first = by_key.get(key)
            if first is None:
                by_key[key] = _Known(city.id, city.name, position)
            elif not _far_apart(first, city.name, position):  # kept apart on purpose
                self.warnings.append(
                    RowNote(
                        None,
                        f"the database holds '{first.name}' (id {first.id}) and '{city.name}' "
                        f"(id {city.id}) in {city.country_code} as two cities; rows are matched "
                        f"to id {first.id}",
                    )
                )
        for city in known:
            key = (city.country_code, names.key(city.country_code, city.name))
            position = None
            if city.latitude is not None and city.longitude is not None:
                position = (city.latitude, city.longitude)
            # A town kept apart from one spelt alike is found again by its exact spelling.
            by_key.setdefault((city.country_code, _spelt(key[1], city.name)),
                              _Known(city.id, city.name, position))  # fmt: skip
            # "Волгоград" in a file is the register's Volgograd, whose native name it is.
            for other in (city.native_name, city.transliteration):
                if other:
                    other_key = (city.country_code, names.key(city.country_code, other))
                    by_key.setdefault(other_key, _Known(city.id, other, position))
        return by_key

    def _note_spelling(
        self,
        row: int,
        place: Place,
        other: str,
        other_position: tuple[float, float] | None,
        *,
        existing: bool = False,
    ) -> None:
        where = "the database's" if existing else "the file's"
        self.spellings.append(
            RowNote(row, f"'{place.name}' matched {where} '{other}' ({place.country_code})")
        )
        if place.position and other_position:
            km = twin_pairs.distance_km(place.position, other_position)
            if km > SPELLING_WARN_KM:
                self.warnings.append(
                    RowNote(
                        row,
                        f"'{place.name}' was matched to '{other}' ({place.country_code}) by "
                        f"spelling, but their coordinates are {km:,.0f} km apart: check "
                        "whether they are two towns",
                    )
                )

    def _country_warnings(self, countries: twin_pairs.CountryReader) -> list[RowNote]:
        notes = []
        for text, match in countries.readings.items():
            if match.is_guess:
                notes.append(
                    RowNote(
                        countries.first_row[text],
                        f"country '{text}' was guessed as {match.code} ({match.detail}); "
                        f"used {countries.uses[text]:,} times: check",
                    )
                )
        return notes

    def _insert_cities(self, session: Session, cities: Iterable[NewCity]) -> dict[int, int]:
        now = utc_now()
        cities = list(cities)
        ids: dict[int, int] = {}
        for start in range(0, len(cities), INSERT_CHUNK):
            chunk = cities[start : start + INSERT_CHUNK]
            values = [
                {
                    "name": c.name,
                    "native_name": c.native,
                    "country_code": c.country_code,
                    "latitude": c.latitude,
                    "longitude": c.longitude,
                    "search_key": city_search_key(c),
                    "created_at": now,
                    "updated_at": now,
                    "version_id": 1,
                }
                for c in chunk
            ]
            returned = session.scalars(
                insert(CITIES).returning(CITIES.c.id, sort_by_parameter_order=True), values
            ).all()
            ids.update(zip((c.temp_id for c in chunk), returned, strict=True))
            self._check_cancel()
        return ids


# Romanian ş/ţ (cedilla) and ș/ț (comma) are one letter typed two ways.
_ONE_LETTER = str.maketrans("şţŞŢ", "șțȘȚ")


def _same_spelling(a: str, b: str) -> bool:
    """The same letters, whatever their case: 'Saint-Cyr-Sur-Loire' is 'Saint-Cyr-sur-Loire'
    (two spellings far apart then mean a wrong coordinate, not two towns)."""
    return a.translate(_ONE_LETTER).casefold() == b.translate(_ONE_LETTER).casefold()


def _far_apart(first: _Known, name: str, position: tuple[float, float] | None) -> bool:
    return (
        not _same_spelling(first.name, name)
        and first.position is not None
        and position is not None
        and twin_pairs.distance_km(first.position, position) > SPELLING_WARN_KM
    )


def _spelt(key: str, name: str) -> str:
    """The key of a town kept apart from another spelt alike: its exact spelling added."""
    return f"{key}\x1f{twin_pairs.tidy(name)}"


def _readings(countries: twin_pairs.CountryReader) -> tuple[CountryReading, ...]:
    def reading(text: str, match: CountryMatch) -> CountryReading:
        return CountryReading(
            text,
            match.code,
            match.method if match.code else None,
            match.detail,
            countries.uses[text],
            countries.first_row[text],
        )

    return tuple(reading(text, match) for text, match in sorted(countries.readings.items()))


def _actor() -> str:
    try:
        return getpass.getuser()[:200] or "exchangedesk"
    except Exception:  # no user name in this environment (e.g. a service account)
        return "exchangedesk"
