"""ISO 639 languages by name, for picking a person's languages without knowing the codes.

Stored codes are the two-letter ISO 639-1 code where one exists ("ru") and the three-letter
ISO 639-3 code otherwise ("sah" for Yakut), the same codes Qt's QLocale and letter templates use.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    name: str

    @property
    def label(self) -> str:
        """ "Russian (ru)": the name to pick by, the code to recognise."""
        return f"{self.name} ({self.code})"


@functools.cache
def all_languages() -> tuple[Language, ...]:
    """Languages with a two-letter code first (the ones people mean almost always), then the
    living individual languages that only have a three-letter code; each group by name."""
    import pycountry

    common: list[Language] = []
    others: list[Language] = []
    for entry in pycountry.languages:
        alpha_2 = getattr(entry, "alpha_2", None)
        if alpha_2:
            common.append(Language(alpha_2, entry.name))
        elif getattr(entry, "type", "") == "L" and getattr(entry, "scope", "") == "I":
            others.append(Language(entry.alpha_3, entry.name))
    return tuple(sorted(common, key=lambda x: x.name) + sorted(others, key=lambda x: x.name))


@functools.cache
def _by_code() -> dict[str, Language]:
    import pycountry

    found = {language.code: language for language in all_languages()}
    # Three-letter forms of two-letter languages ("rus") are read as the two-letter code.
    for entry in pycountry.languages:
        alpha_2 = getattr(entry, "alpha_2", None)
        if alpha_2 and alpha_2 in found:
            found.setdefault(entry.alpha_3, found[alpha_2])
    return found


def language(code: str) -> Language | None:
    return _by_code().get(code.strip().lower())


def is_language_code(code: str) -> bool:
    return language(code) is not None


def language_name(code: str) -> str:
    found = language(code)
    return found.name if found else code


def parse_languages(stored: str | None) -> tuple[str, ...]:
    """The stored "en,ru" (or "en+ru", "en, ru") as codes, in order, without repeats."""
    if not stored:
        return ()
    parts = stored.replace("+", ",").split(",")
    return tuple(dict.fromkeys(p.strip().lower() for p in parts if p.strip()))
