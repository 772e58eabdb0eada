"""Words a letter needs in the language it is written in: dates, periods and salutations.

Dates come from :mod:`exchangedesk.reports.language` (Babel's CLDR data shipped with the
package, not the system's locale), so a letter reads the same on every computer.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from exchangedesk.reports.language import document_language

KNOWN_LANGUAGES = ("en", "ru", "de", "fr")


def date_words(day: dt.date | None, language: str = "en") -> str:
    """ "15 April 1945", "15 апреля 1945 г.", "15. April 1945", "15 avril 1945"."""
    return document_language(language).date(day)


def weekday_date(day: dt.date, language: str = "en") -> str:
    """ "Monday 15 April 1945", "Montag, 15. April 1945"."""
    return document_language(language).day(day)


def period_words(first: dt.date, last: dt.date, language: str = "en") -> str:
    """ "12–16 May 2025", "30 March – 6 April 2025", with the year written once when shared."""
    return document_language(language).period(first, last)


def _script(text: str) -> str:
    for char in text:
        if char.isalpha():
            return unicodedata.name(char, "").split()[0]
    return ""


_HONORIFICS = {
    # language: (female, male) written before a family name
    "en": ("Ms", "Mr"),
    "ru": ("г-жа", "г-н"),
    "de": ("Frau", "Herr"),
    "fr": ("Madame", "Monsieur"),
}


def salutation(
    language: str,
    *,
    given: str,
    family: str,
    family_native: str | None = None,
    title: str | None = None,
    form_of_address: str | None = None,
    gender: str | None = None,
) -> str:
    """How a letter to this person opens, without the closing punctuation.

    A form of address that is itself a salutation ("Dear Helen") wins in English. Otherwise a
    title is used when it is written in the letter's script ("Dr", "Г-жа"), else one that
    follows the stated gender, else the full name — never a guessed gender.
    """
    if language == "en" and form_of_address and form_of_address.startswith("Dear "):
        return form_of_address
    female = (gender or "").lower() in ("female", "f", "woman")
    male = (gender or "").lower() in ("male", "m", "man")
    honorifics = _HONORIFICS.get(language, _HONORIFICS["en"])
    surname = family_native if language == "ru" and family_native else family
    letter_script = "CYRILLIC" if language == "ru" else "LATIN"
    chosen = title if title and _script(title) == letter_script else None
    if language == "ru" and chosen:
        chosen = chosen[:1].lower() + chosen[1:]  # "Уважаемая г-жа Смирнова"
    if chosen is None and (female or male):
        chosen = honorifics[0] if female else honorifics[1]
    if language == "ru":
        dear = "Уважаемая" if female else "Уважаемый" if male else "Уважаемый(-ая)"
    elif language == "de":
        dear = "Sehr geehrte" if female else "Sehr geehrter" if male else "Guten Tag"
    elif language == "fr":
        dear = "Chère" if female else "Cher" if male else "Bonjour"
        return f"{dear} {chosen}" if chosen else f"{dear} {given} {family}"
    else:
        dear = "Dear"
    if chosen and (female or male or language == "en"):
        return f"{dear} {chosen} {surname}"
    return f"{dear} {given} {surname}" if language != "ru" else f"{dear} {surname}"
