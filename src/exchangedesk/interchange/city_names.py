"""Which spellings of a city's name in one country are the same city: tidying typography,
bracket qualifiers ("Frankfurt (Oder)"), folded keys and distances. Split from twin_pairs.py
(past 600 lines); the pairs reader and the import service use it through that module."""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass

from exchangedesk.domain.text import fold
from exchangedesk.interchange.spreadsheets import FORMULA_STARTS

# A bracket-qualified name is the same place as the plain name only if both lie this close.
SAME_PLACE_KM = 25.0

_BRACKET = re.compile(r"^(?P<base>.*?)\s*\(\s*(?P<qualifier>[^()]*?)\s*\)$")
_TYPOGRAPHY = str.maketrans(
    {
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2212": "-",  # minus
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u02bb": "'",  # ʻokina as in Nukuʻalofa is often typed as '
        "`": "'",
        "\u00b4": "'",
    }
)
# A qualifier made of these words names a *kind* of unit ("Karlsruhe (district)", "Limanowa
# (rural gmina)"): a different place from the plain name, however close the coordinates.
_UNIT_WORDS = frozenset(
    {
        "amt",
        "borough",
        "canton",
        "commune",
        "communaute",
        "community",
        "county",
        "department",
        "district",
        "gmina",
        "kreis",
        "landkreis",
        "microregion",
        "municipality",
        "oblast",
        "okres",
        "parish",
        "powiat",
        "prefecture",
        "province",
        "raion",
        "rayon",
        "region",
        "samtgemeinde",
        "state",
        "township",
    }
)


@functools.lru_cache(maxsize=1 << 16)
def tidy(text: str | None) -> str:
    """Display form of a name: NFC, single spaces, a bracket qualifier as 'Name (qualifier)'."""
    cleaned = " ".join(unicodedata.normalize("NFC", text or "").split())
    # Text that a spreadsheet would run as a formula is no "Name (qualifier)": rewriting it
    # changed what the user gave ('=HYPERLINK("x","y")' became '=HYPERLINK ("x","y")'). It is
    # stored as given and neutralised only when written out (interchange/spreadsheets.py).
    match = None if cleaned.startswith(FORMULA_STARTS) else _BRACKET.match(cleaned)
    if match and match.group("base"):
        return f"{match.group('base')} ({match.group('qualifier')})"
    return cleaned


@functools.lru_cache(maxsize=1 << 16)
def split_qualifier(name: str) -> tuple[str, str | None]:
    """'Limanowa (rural gmina)' → ('Limanowa', 'rural gmina'); a name without one → (name, None)."""
    match = _BRACKET.match(tidy(name))
    if match and match.group("base") and match.group("qualifier"):
        return match.group("base"), match.group("qualifier")
    return tidy(name), None


@functools.lru_cache(maxsize=1 << 16)
def name_key(name: str | None) -> str:
    """The form two spellings of one name share: folded, dashes and apostrophes made uniform,
    spaces around dashes and brackets normalised."""
    key = fold(tidy(name).translate(_TYPOGRAPHY))
    key = re.sub(r"\s*-\s*", "-", key)
    return key


def is_unit_qualifier(qualifier: str | None) -> bool:
    return bool(qualifier) and bool(_UNIT_WORDS & set(re.split(r"[\s\-]+", fold(qualifier))))


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lng1, lat2, lng2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lng2 - lng1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


@dataclass
class _Form:
    name: str  # first spelling seen
    row: int | None  # first row it was seen in (None: already in the database)
    position: tuple[float, float] | None = None


class CityNames:
    """Decides which names in one country are the same city.

    Two names are the same city when their :func:`name_key` is equal. A bracket qualifier is
    part of the key, *except* that "Name (qualifier)" is read as plain "Name" when all of this
    holds — i.e. when what is left is unambiguous:

    * the plain "Name" is also present in that country (in the file or the database),
    * the qualifier is not a kind of unit ("district", "rural gmina", "communauté"...: the
      district of Karlsruhe is not the city of Karlsruhe),
    * no other qualifier is used with that name in that country ("Stolberg (Rhineland)" and
      "Stolberg (Südharz)" are two towns, so neither is read as "Stolberg"),
    * both have coordinates and they lie within 25 km ("Sokol (Moscow)", a district of Moscow,
      is not the town of Sokol thousands of km away).

    So "Halle (Saale)" = "Halle" and "Prague 10 (Prague)" = "Prague 10", while
    "Limanowa (rural gmina)" ≠ "Limanowa". Where a qualified and a plain name are kept apart
    although they might be one place, :attr:`kept_apart` says so for the report. A name whose
    qualifier is the only form of it is kept with its qualifier; nothing else could match it.

    Feed every name first (:meth:`add`), then ask :meth:`key`.
    """

    def __init__(self) -> None:
        # (country, base key) → qualifier key ('' for plain) → first form seen
        self._forms: dict[tuple[str, str], dict[str, _Form]] = {}
        self._merged: set[tuple[str, str]] | None = None
        self.kept_apart: list[tuple[int | None, str]] = []  # (row, message)
        self.merged_qualifiers: list[tuple[int | None, str]] = []

    def add(
        self,
        country: str,
        name: str,
        *,
        row: int | None,
        position: tuple[float, float] | None,
    ) -> None:
        self._merged = None
        base, qualifier = split_qualifier(name)
        forms = self._forms.setdefault((country, name_key(base)), {})
        q_key = name_key(qualifier) if qualifier else ""
        form = forms.get(q_key)
        if form is None:
            forms[q_key] = _Form(name, row, position)
            return
        if form.row is None:
            form.row = row
        if form.position is None and position is not None:
            form.position = position

    def _decide(self) -> set[tuple[str, str]]:
        merged: set[tuple[str, str]] = set()
        self.kept_apart = []
        self.merged_qualifiers = []
        for (country, base), forms in self._forms.items():
            plain = forms.get("")
            qualified = {
                q: f
                for q, f in forms.items()
                if q and not is_unit_qualifier(split_qualifier(f.name)[1])
            }
            if plain is None or not qualified:
                continue
            if len(qualified) > 1:
                names = ", ".join(f"'{f.name}'" for f in qualified.values())
                self.kept_apart.append(
                    (
                        min((f.row for f in qualified.values() if f.row), default=None),
                        f"'{plain.name}' and {names} ({country}) kept apart: more than one "
                        "qualifier, so the plain name is ambiguous",
                    )
                )
                continue
            q, form = next(iter(qualified.items()))
            if plain.position is None or form.position is None:
                self.kept_apart.append(
                    (
                        form.row,
                        f"'{form.name}' and '{plain.name}' ({country}) kept apart: no "
                        "coordinates to tell whether they are one place",
                    )
                )
                continue
            km = distance_km(plain.position, form.position)
            if km > SAME_PLACE_KM:
                self.kept_apart.append(
                    (
                        form.row,
                        f"'{form.name}' and '{plain.name}' ({country}) kept apart: "
                        f"{km:,.0f} km between them",
                    )
                )
                continue
            merged.add((country, f"{base} ({q})"))
            self.merged_qualifiers.append(
                (
                    form.row,
                    f"'{form.name}' matched '{plain.name}' ({country}): same place "
                    f"({km:,.0f} km apart), the bracket only tells it apart from others",
                )
            )
        return merged

    def key(self, country: str, name: str) -> str:
        """The matching key of *name* in *country* (after every name was added)."""
        if self._merged is None:
            self._merged = self._decide()
        base, qualifier = split_qualifier(name)
        if qualifier is None:
            return name_key(base)
        full = f"{name_key(base)} ({name_key(qualifier)})"
        if (country, full) in self._merged:
            return name_key(base)
        return full


# --- rows --------------------------------------------------------------------------------------
