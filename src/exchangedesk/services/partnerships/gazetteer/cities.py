"""Cities in the committee's database: added from the gazetteer or by hand, and found again.

A city taken from the gazetteer keeps its GeoNames id (unique), so adding it twice returns the
row already there. Its ``search_key`` holds the folded primary, native and Latin names and a
selection of GeoNames' alternate names, so the local cities list finds "волгоград" or "哈尔滨"
as the gazetteer does. Which alternate names, to keep the key short: every distinct folded form,
in this order — names in the country's own script and in Latin letters, then Cyrillic, Greek,
Han, kana, Hangul, Hebrew, Arabic, Georgian and Armenian, then the rest; shorter names first
within each — leaving out airport codes and any name already contained in the key (the search
is a substring match, so "pari" adds nothing beside "paris"), and stopping at
:data:`SEARCH_KEY_BUDGET` characters.
"""

from __future__ import annotations

import math
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from sqlalchemy import case, select
from sqlalchemy.exc import IntegrityError

from exchangedesk.db.models import City
from exchangedesk.db.session import Database
from exchangedesk.domain.countries import country_name
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.text import fold, search_key
from exchangedesk.services.partnerships.gazetteer.countries import country
from exchangedesk.services.partnerships.gazetteer.index import (
    Gazetteer,
    GazetteerHit,
    default_gazetteer,
    name_with_native,
)
from exchangedesk.services.partnerships.gazetteer.native import (
    COUNTRY_SCRIPTS,
    is_latin,
    scripts_of,
)

SEARCH_KEY_BUDGET = 1000  # characters of folded alternate names kept per city
NAME_LENGTH = 200  # the length of the name columns


@dataclass(frozen=True)
class CityDraft:
    """A city about to be saved: from :func:`city_from_hit` or typed in by the user."""

    name: str
    country_code: str  # ISO 3166-1 alpha-2
    native_name: str | None = None
    transliteration: str | None = None
    region: str | None = None
    population: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    timezone: str | None = None  # IANA
    languages: str | None = None  # comma-separated ISO 639 codes
    geonames_id: int | None = None
    other_names: tuple[str, ...] = ()  # further names to find it by (GeoNames' alternates)


@dataclass(frozen=True)
class CityRow:
    id: int
    name: str
    native_name: str | None
    transliteration: str | None
    country_code: str
    region: str | None
    population: int | None
    latitude: float | None
    longitude: float | None
    timezone: str | None
    languages: str | None
    geonames_id: int | None
    version_id: int

    @property
    def country_name(self) -> str:
        return country_name(self.country_code)

    @property
    def label(self) -> str:
        """ "Volgograd (Волгоград), Russia"."""
        return f"{name_with_native(self.name, self.native_name)}, {self.country_name}"


def city_row(city: City) -> CityRow:
    """Plain copy of a City row, for callers outside the session."""
    return CityRow(
        id=city.id,
        name=city.name,
        native_name=city.native_name,
        transliteration=city.transliteration,
        country_code=city.country_code,
        region=city.region,
        population=city.population,
        latitude=city.latitude,
        longitude=city.longitude,
        timezone=city.timezone,
        languages=city.languages,
        geonames_id=city.geonames_id,
        version_id=city.version_id,
    )


# --- from the gazetteer ----------------------------------------------------------------------


def city_from_hit(hit: GazetteerHit) -> CityDraft:
    """The gazetteer's facts as a city to save. For a country that writes in another script the
    primary GeoNames name, being Latin, is also kept as the transliteration."""
    native = hit.native_name or None
    transliteration = hit.name if native and native != hit.name and is_latin(hit.name) else None
    return CityDraft(
        name=hit.name,
        country_code=hit.country_code,
        native_name=native,
        transliteration=transliteration,
        region=hit.region,
        population=hit.population,
        latitude=hit.latitude,
        longitude=hit.longitude,
        timezone=hit.timezone,
        languages=",".join(hit.languages) or None,
        geonames_id=hit.geonames_id,
        other_names=hit.alternate_names,
    )


def add_city_from_gazetteer(
    database: Database, geonames_id: int, *, gazetteer: Gazetteer | None = None
) -> CityRow:
    """Save the gazetteer's city with this GeoNames id, or return the one already saved."""
    existing = _by_geonames_id(database, geonames_id)
    if existing is not None:
        return existing
    hit = (gazetteer or default_gazetteer()).get(geonames_id)
    if hit is None:
        raise ValidationError(
            "geonames_id",
            f"the offline gazetteer has no place with GeoNames id {geonames_id}; "
            "search for the city by name, or enter it by hand",
        )
    return add_city(database, city_from_hit(hit))


def _by_geonames_id(database: Database, geonames_id: int) -> CityRow | None:
    with database.reading() as session:
        city = session.scalars(select(City).where(City.geonames_id == int(geonames_id))).first()
        return city_row(city) if city is not None else None


# --- by hand ---------------------------------------------------------------------------------


def add_city_by_hand(
    database: Database,
    name: str,
    country_code: str,
    *,
    native_name: str | None = None,
    transliteration: str | None = None,
    latitude: float | None = None,
    longitude: float | None = None,
    timezone: str | None = None,
    population: int | None = None,
    region: str | None = None,
    languages: str | None = None,
) -> CityRow:
    """Save a city the gazetteer does not hold. The country's main languages are filled in
    when none are given."""
    draft = CityDraft(
        name=name,
        country_code=country_code,
        native_name=native_name,
        transliteration=transliteration,
        region=region,
        population=population,
        latitude=latitude,
        longitude=longitude,
        timezone=timezone,
        languages=languages,
    )
    return add_city(database, draft)


@cache
def _zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _known_zone(name: str) -> bool:
    if name in _zones():
        return True
    if _zones():
        return False
    try:  # no zone list on this system (tzdata missing): accept what zoneinfo can load
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _text(field: str, value: str | None, *, required: bool = False) -> str | None:
    cleaned = " ".join(value.split()) if value else ""
    if not cleaned:
        if required:
            raise ValidationError(field, "must not be empty")
        return None
    if len(cleaned) > NAME_LENGTH:
        raise ValidationError(field, f"is too long: at most {NAME_LENGTH} characters")
    return cleaned


def _coordinate(field: str, value: float | None, limit: float) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationError(field, "must be a number in decimal degrees") from None
    if not math.isfinite(number) or not -limit <= number <= limit:
        raise ValidationError(field, f"must be between -{limit:g} and {limit:g} degrees")
    return number


def validate_city(draft: CityDraft) -> CityDraft:
    """The draft tidied (spaces, upper-case country, languages filled in), or ValidationError
    naming the first field that is wrong."""
    name = _text("name", draft.name, required=True)
    code = (draft.country_code or "").strip().upper()
    if not code:
        raise ValidationError("country_code", "must not be empty")
    found = country(code) if len(code) == 2 else None
    if found is None:
        raise ValidationError(
            "country_code", f"{draft.country_code!r} is not an ISO 3166-1 alpha-2 country code"
        )
    latitude = _coordinate("latitude", draft.latitude, 90)
    longitude = _coordinate("longitude", draft.longitude, 180)
    if (latitude is None) != (longitude is None):
        missing = "longitude" if longitude is None else "latitude"
        raise ValidationError(missing, "give both latitude and longitude, or neither")
    zone = (draft.timezone or "").strip() or None
    if zone is not None and not _known_zone(zone):
        raise ValidationError("timezone", f"{zone!r} is not an IANA time zone (Europe/Berlin)")
    population = draft.population
    if population is not None:
        if isinstance(population, bool) or not isinstance(population, int):
            raise ValidationError("population", "must be a whole number")
        if population < 0:
            raise ValidationError("population", "must not be negative")
    languages = draft.languages
    if languages is None:
        languages = ",".join(found.languages) or None
    return replace(
        draft,
        name=name,
        country_code=code,
        native_name=_text("native_name", draft.native_name),
        transliteration=_text("transliteration", draft.transliteration),
        region=_text("region", draft.region),
        latitude=latitude,
        longitude=longitude,
        timezone=zone,
        languages=(languages or "").strip() or None,
    )


def add_city(database: Database, draft: CityDraft) -> CityRow:
    """Validate and save *draft*; a draft with a GeoNames id already saved returns that row."""
    draft = validate_city(draft)
    if draft.geonames_id is not None:
        existing = _by_geonames_id(database, draft.geonames_id)
        if existing is not None:
            return existing
    key = city_search_key(draft)
    try:
        with database.unit_of_work() as session:
            city = City(
                name=draft.name,
                native_name=draft.native_name,
                transliteration=draft.transliteration,
                country_code=draft.country_code,
                region=draft.region,
                population=draft.population,
                latitude=draft.latitude,
                longitude=draft.longitude,
                timezone=draft.timezone,
                languages=draft.languages,
                geonames_id=draft.geonames_id,
                search_key=key,
            )
            session.add(city)
            session.flush()
            return city_row(city)
    except IntegrityError:
        # Another user or thread saved the same GeoNames city a moment ago: theirs stands.
        if draft.geonames_id is not None:
            existing = _by_geonames_id(database, draft.geonames_id)
            if existing is not None:
                return existing
        raise


# --- the search key --------------------------------------------------------------------------

_SCRIPT_ORDER = ("Cyrillic", "Greek", "Han", "Hiragana", "Katakana", "Hangul", "Hebrew")
_SCRIPT_ORDER += ("Arabic", "Georgian", "Armenian")


def city_search_key(draft: CityDraft) -> str:
    """The folded names the local search looks in (see the module's notes)."""
    own = [draft.name, draft.native_name, draft.transliteration]
    chosen = list(dict.fromkeys(part for part in search_key(*own).split("|") if part))
    budget = SEARCH_KEY_BUDGET
    for folded in _ranked_other_names(draft.other_names, draft.country_code):
        if len(folded) + 1 > budget:
            continue
        if any(folded in part for part in chosen):
            continue
        chosen.append(folded)
        budget -= len(folded) + 1
    return "|".join(chosen)


def _ranked_other_names(names: Iterable[str], country_code: str) -> list[str]:
    expected = COUNTRY_SCRIPTS.get(country_code.upper(), frozenset({"Latin"}))
    ranked: dict[str, tuple[int, int]] = {}
    for name in names:
        if len(name) == 3 and name.isupper() and name.isascii():
            continue  # airport code
        folded = fold(name).replace("|", " ")
        if not folded:
            continue
        scripts = scripts_of(name)
        if scripts and (scripts <= expected or scripts <= {"Latin"}):
            group = 0
        else:
            group = next(
                (i + 1 for i, script in enumerate(_SCRIPT_ORDER) if script in scripts),
                len(_SCRIPT_ORDER) + 1,
            )
        rank = (group, len(folded))
        if folded not in ranked or rank < ranked[folded]:
            ranked[folded] = rank
    return sorted(ranked, key=lambda folded: (*ranked[folded], folded))


# --- finding saved cities --------------------------------------------------------------------


def find_cities(database: Database, text: str, limit: int = 20) -> list[CityRow]:
    """Saved cities with every word of *text* in one of their names (any script, folded):
    exact names first, then names starting with the text, then the biggest."""
    words = [fold(word) for word in (text or "").split()]
    words = [word for word in words if word]
    statement = select(City)
    for word in words:
        statement = statement.where(City.search_key.contains(word, autoescape=True))
    whole = fold(text)
    if whole:
        name_rank = case(
            (City.search_key == whole, 0),
            (City.search_key.startswith(whole + "|", autoescape=True), 0),
            (City.search_key.contains("|" + whole + "|", autoescape=True), 1),
            (City.search_key.endswith("|" + whole, autoescape=True), 1),
            (City.search_key.startswith(whole, autoescape=True), 2),
            (City.search_key.contains("|" + whole, autoescape=True), 3),
            else_=4,
        )
        statement = statement.order_by(name_rank)
    statement = statement.order_by(
        City.population.is_(None), City.population.desc(), City.name, City.id
    ).limit(max(limit, 0))
    with database.reading() as session:
        return [city_row(city) for city in session.scalars(statement)]
