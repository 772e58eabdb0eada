"""Country names as people write them, mapped to ISO 3166-1 alpha-2 codes.

Imported lists name countries every way there is: "England", "England, United Kingdom",
"Lower Saxony, Germany", "Georgia (country)", "in Italy", "Grece", "Moldavia". This module turns
such a string into one code, says *how* it did it (so an importer can report guesses), and refuses
rather than guesses when a string could mean two countries.

Order of the attempts (the first that succeeds wins):

1. ``name``, ``alias``, ``code`` — a pycountry name (``name``, ``official_name``,
   ``common_name``, the name without its bracket, "Korea, Republic of" turned round), an entry
   of :data:`ALIASES`, or an alpha-2/alpha-3 code. Names are compared folded: case, diacritics,
   apostrophes, hyphens, a leading "the" or "in" do not matter.
2. ``qualifier`` — a trailing bracket dropped: "Georgia (country)" is Georgia.
3. ``region``  — "Part, Country": the last comma part decides ("Lower Saxony, Germany" → DE,
   "England, United Kingdom" → GB). When the first part is itself an ISO 3166 territory that
   belongs to that country ("Réunion, France" → RE, "Åland Islands, Finland" → AX) the more
   precise code is taken, because the gazetteer (GeoNames) files those cities under it. The
   first part only counts when it belongs to the last part, so "Georgia, United States" is US.
4. ``fuzzy``   — last resort: a close spelling (difflib, ratio ≥ 0.85) or pycountry's fuzzy
   search. Accepted only when every candidate points to the same code; anything else is
   refused with the candidates named. A fuzzy result is a guess, and callers report it as one.

Decisions a person may look for:

* **Kosovo is XK.** ISO 3166 has not assigned it a code; XK is the user-assigned code the
  European Commission, IMF, SWIFT and Unicode CLDR use, fits the two-letter column, and keeps
  Kosovan towns apart from Serbian ones. :func:`country_name` knows it; pycountry does not.
* **Northern Cyprus is CY** (the internationally recognised state; ISO has no other code), and
  **West Bank / Palestine are PS**. A town listed under both Cyprus and Northern Cyprus is then
  one place, which it geographically is.
* **England, Scotland, Wales, Northern Ireland, Great Britain are GB** (ISO has no codes for the
  nations of the United Kingdom).
* "Congo" is ISO's short name for the Republic of the Congo (CG); the other one is
  "Democratic Republic of the Congo" (CD). "Island" is Iceland written in the Nordic languages.

This module is also the one place that turns a code back into a name for people to read
(:func:`country_name`): the gazetteer, the window's lists and the reports all call it, so a
country is spelt the same everywhere.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from dataclasses import dataclass

from exchangedesk.domain.text import fold

KOSOVO = "XK"

# Folded spelling → code. Keys are written plainly here and folded when the table is built.
ALIASES: dict[str, str] = {
    # the nations of the United Kingdom, and the kingdom's everyday names
    "England": "GB",
    "Scotland": "GB",
    "Wales": "GB",
    "Northern Ireland": "GB",
    "Great Britain": "GB",
    "Britain": "GB",
    "UK": "GB",
    "U.K.": "GB",
    # everyday names where ISO's short name is formal or has changed
    "Russia": "RU",
    "South Korea": "KR",
    "North Korea": "KP",
    "Iran": "IR",
    "Syria": "SY",
    "Vietnam": "VN",
    "Bolivia": "BO",
    "Venezuela": "VE",
    "Tanzania": "TZ",
    "Czech Republic": "CZ",
    "Taiwan": "TW",
    "Palestine": "PS",
    "West Bank": "PS",
    "Gaza": "PS",
    "Gaza Strip": "PS",
    "Ivory Coast": "CI",
    "Macedonia": "MK",
    "Republic of Macedonia": "MK",
    "FYR Macedonia": "MK",
    "Burma": "MM",
    "Laos": "LA",
    "Cape Verde": "CV",
    "Swaziland": "SZ",
    "East Timor": "TL",
    "Moldova": "MD",
    "Brunei": "BN",
    "Turkey": "TR",
    "Holland": "NL",
    "The Netherlands": "NL",
    "Republic of Ireland": "IE",
    "Eire": "IE",
    "Vatican": "VA",
    "Vatican City": "VA",
    "Holy See": "VA",
    "Micronesia": "FM",
    "Falkland Islands": "FK",
    "Bosnia": "BA",
    "Bosnia and Hercegovina": "BA",
    "USA": "US",
    "U.S.A.": "US",
    "U.S.": "US",
    "United States of America": "US",
    "UAE": "AE",
    "Kosovo": KOSOVO,
    "Northern Cyprus": "CY",
    "North Cyprus": "CY",
    "Turkish Republic of Northern Cyprus": "CY",
    "Democratic Republic of Congo": "CD",
    "DR Congo": "CD",
    "Congo-Kinshasa": "CD",
    "Congo-Brazzaville": "CG",
    "Republic of Congo": "CG",
    "Saint Helena": "SH",
    "Reunion": "RE",
    "Caribbean Netherlands": "BQ",
    # misspellings and older or foreign names met in real lists
    "Grece": "GR",
    "Kazakhstah": "KZ",
    "Madagaskar": "MG",
    "Moldavia": "MD",
    "Surinam": "SR",
    "Island": "IS",  # Iceland in Norwegian, Danish, Swedish and German
    "Byelorussia": "BY",
    "Belorussia": "BY",
}

# Dependent territories with their own ISO code, by the country they belong to. Used only for
# "Territory, Country" strings, so the territory's code wins when it really belongs to that country.
TERRITORIES: dict[str, frozenset[str]] = {
    "FR": frozenset({"RE", "GP", "MQ", "GF", "YT", "PF", "NC", "PM", "BL", "MF", "WF", "TF"}),
    "FI": frozenset({"AX"}),
    "GB": frozenset({"GI", "BM", "FK", "GG", "JE", "IM", "KY", "VG", "AI", "MS", "TC", "SH", "PN"}),
    "US": frozenset({"PR", "GU", "AS", "VI", "MP", "UM"}),
    "DK": frozenset({"FO", "GL"}),
    "NO": frozenset({"SJ", "BV"}),
    "NL": frozenset({"AW", "CW", "SX", "BQ"}),
    "AU": frozenset({"CX", "CC", "NF", "HM"}),
    "NZ": frozenset({"CK", "NU", "TK"}),
    "CN": frozenset({"HK", "MO"}),
}

FUZZY_CUTOFF = 0.85

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")


@dataclass(frozen=True)
class CountryMatch:
    """How a country string was read: a code and the method (name, alias, code, qualifier,
    region, fuzzy), or no code and the reason."""

    text: str
    code: str | None
    method: str | None = None
    detail: str | None = None

    @property
    def ok(self) -> bool:
        return self.code is not None

    @property
    def is_guess(self) -> bool:
        return self.method == "fuzzy"


def country_key(text: str | None) -> str:
    """The comparison form of a country name: folded, with punctuation that people vary on
    (apostrophes, hyphens, dots, '&', a leading 'the' or 'in') made uniform."""
    key = fold((text or "").translate(_APOSTROPHES))
    key = key.replace("&", " and ").replace("-", " ").replace(".", "")
    key = " ".join(key.split())
    for prefix in ("the ", "in "):
        if key.startswith(prefix):
            key = key[len(prefix) :]
    return key


@functools.cache
def _index() -> dict[str, tuple[str, str]]:
    """Every spelling known without guessing → (code, 'name' | 'alias' | 'code'). A spelling two
    countries share is left out (unless an alias settles it), so it never silently picks one."""
    import pycountry

    candidates: dict[str, set[str]] = {}

    def add(name: str | None, code: str) -> None:
        key = country_key(name)
        if key:
            candidates.setdefault(key, set()).add(code)

    for country in pycountry.countries:
        code = country.alpha_2
        names = [
            getattr(country, "name", None),
            getattr(country, "official_name", None),
            getattr(country, "common_name", None),
        ]
        for name in [n for n in names if n]:
            add(name, code)
            without_bracket = _BRACKET.sub("", name)
            add(without_bracket, code)  # "Falkland Islands (Malvinas)" → "Falkland Islands"
            if ", " in without_bracket:  # "Korea, Republic of" → "Republic of Korea"
                head, _, tail = without_bracket.partition(", ")
                add(f"{tail} {head}", code)
    index = {
        key: (next(iter(codes)), "name") for key, codes in candidates.items() if len(codes) == 1
    }
    for alias, code in ALIASES.items():
        index[country_key(alias)] = (code, "alias")
    for country in pycountry.countries:
        index.setdefault(country_key(country.alpha_3), (country.alpha_2, "code"))
        index.setdefault(country_key(country.alpha_2), (country.alpha_2, "code"))
    index.setdefault(country_key(KOSOVO), (KOSOVO, "code"))
    return index


def _lookup(text: str) -> tuple[str, str] | None:
    return _index().get(country_key(text))


def _exact(text: str) -> str | None:
    found = _lookup(text)
    return found[0] if found else None


def resolve_country(text: str | None, *, allow_fuzzy: bool = True) -> CountryMatch:
    """Read one country string. Never raises for bad input: an unreadable string gives a
    :class:`CountryMatch` without a code and with the reason."""
    original = text or ""
    cleaned = " ".join(unicodedata.normalize("NFC", original).split())
    if not cleaned:
        return CountryMatch(original, None, detail="no country given")

    found = _lookup(cleaned)
    if found:
        return CountryMatch(original, found[0], found[1])

    unbracketed = _BRACKET.sub("", cleaned)
    if unbracketed != cleaned and unbracketed:
        code = _exact(unbracketed)
        if code:
            return CountryMatch(original, code, "qualifier", f"read as '{unbracketed}'")

    if "," in cleaned:
        first, _, last = (part.strip() for part in cleaned.rpartition(","))
        whole = resolve_country(last, allow_fuzzy=False)
        if whole.ok:
            assert whole.code is not None
            part = _exact(first.rpartition(",")[2].strip()) if first else None
            if part and part in TERRITORIES.get(whole.code, ()):
                return CountryMatch(original, part, "region", f"'{first}' belongs to {whole.code}")
            return CountryMatch(original, whole.code, "region", f"read as '{last}'")

    if not allow_fuzzy:
        return CountryMatch(original, None, detail=f"unknown country '{cleaned}'")
    return _fuzzy(original, cleaned)


def _fuzzy(original: str, cleaned: str) -> CountryMatch:
    index = _index()
    key = country_key(_BRACKET.sub("", cleaned).rpartition(",")[2])
    if len(key) < 4:  # "Ga", "Nig": too short to guess from
        return CountryMatch(original, None, detail=f"unknown country '{cleaned}'")
    close = difflib.get_close_matches(key, list(index), n=5, cutoff=FUZZY_CUTOFF)
    codes = {index[c][0] for c in close}
    if len(codes) == 1:
        code = codes.pop()
        return CountryMatch(original, code, "fuzzy", f"spelling close to '{close[0]}'")
    if len(codes) > 1:
        listed = ", ".join(sorted(codes))
        return CountryMatch(
            original, None, detail=f"country '{cleaned}' could be any of {listed}; not guessed"
        )

    import pycountry

    try:
        found = pycountry.countries.search_fuzzy(key)
    except LookupError:
        found = []
    codes = {c.alpha_2 for c in found}
    if len(codes) == 1:
        code = codes.pop()
        return CountryMatch(original, code, "fuzzy", "pycountry fuzzy search")
    if codes:
        listed = ", ".join(sorted(codes)[:6])
        return CountryMatch(
            original, None, detail=f"country '{cleaned}' could be any of {listed}; not guessed"
        )
    return CountryMatch(original, None, detail=f"unknown country '{cleaned}'")


def country_name(code: str | None) -> str:
    """The everyday English name of an ISO 3166-1 alpha-2 code, as the committee would write
    it on a letter: "Russia", "Taiwan", "Kosovo" (XK), "Vatican City". A code nobody knows is
    shown as it is; no code gives ''. The name always reads back as the same code through
    :func:`resolve_country`, so a report or export can be imported again."""
    cleaned = (code or "").strip()
    if not cleaned:
        return ""
    return _names().get(cleaned.upper(), cleaned)


# Where pycountry's name is formal, inverted or bracketed ("Russian Federation", "Congo, The
# Democratic Republic of the", "Holy See (Vatican City State)"), the name people use instead.
# Elsewhere pycountry's ``common_name`` ("Taiwan", "South Korea") or ``name`` is kept.
EVERYDAY_NAMES: dict[str, str] = {
    KOSOVO: "Kosovo",
    "RU": "Russia",
    "BN": "Brunei",
    "BQ": "Caribbean Netherlands",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "FK": "Falkland Islands",
    "FM": "Micronesia",
    "MF": "Saint Martin",
    "PS": "Palestine",
    "SH": "Saint Helena",
    "SX": "Sint Maarten",
    "VA": "Vatican City",
    "VG": "British Virgin Islands",
    "VI": "U.S. Virgin Islands",
}


@functools.cache
def _names() -> dict[str, str]:
    import pycountry

    names = {
        country.alpha_2: getattr(country, "common_name", None) or country.name
        for country in pycountry.countries
    }
    names.update(EVERYDAY_NAMES)
    return names
