"""Values as the committee reads them: dates with month names, periods, money, labels — in
the window's language (its default QLocale, set by ``ui.i18n.install_language``). Money,
country and language names come from babel's CLDR data, which knows "1.234,50 €" in German,
"1 234,50 €" in French and "Vereinigtes Königreich"; English keeps the program's own spelling
("1,234.50 EUR", the gazetteer's country names), which the reports and the tests share.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum

from babel import Locale, UnknownLocaleError
from babel.numbers import format_currency, format_decimal
from PySide6.QtCore import QCoreApplication, QDate, QLocale

from exchangedesk.domain.countries import country_name
from exchangedesk.domain.enums import label
from exchangedesk.domain.privacy import (
    METHOD_WORDS,
    PURPOSE_WORDS,
    RULE_WORDS,
    ConsentMethod,
    ConsentPurpose,
    RetentionRule,
)


def babel_locale() -> str:
    """The window's locale as babel names it ("de_DE"); British English on a "C" system."""
    name = QLocale().name()
    return name if name and name[:2].isalpha() and name != "C" else "en_GB"


def _cldr() -> Locale | None:
    try:
        return Locale.parse(babel_locale())
    except (UnknownLocaleError, ValueError):
        return None


def in_english() -> bool:
    return QLocale().language() in (QLocale.Language.English, QLocale.Language.C)


def date_text(day: dt.date | None) -> str:
    """ "20 Apr 1944": never a two-digit year, which would make 1944 and 2044 look alike."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def period_text(first: dt.date | None, last: dt.date | None) -> str:
    """ "10–14 May 1959", "30 Mar – 6 Apr 1945", "28 Dec 1969 – 3 Jan 1970"."""
    if first is None or last is None or first == last:
        return date_text(first or last)
    locale = QLocale()
    start = QDate(first.year, first.month, first.day)
    if first.year != last.year:
        return f"{date_text(first)} – {date_text(last)}"
    if first.month != last.month:
        return f"{locale.toString(start, 'd MMM')} – {date_text(last)}"
    return f"{first.day}–{date_text(last)}"


def money_text(amount: Decimal | None, currency: str | None) -> str:
    """Exact: the Decimal is formatted as it is, never through a float (babel too keeps every
    digit with ``decimal_quantization=False``). "1,234.50 EUR"; "1.234,50 €" in German."""
    if amount is None:
        return ""
    places = max(2, -amount.normalize().as_tuple().exponent)  # type: ignore[operator]
    if in_english():
        return f"{amount:,.{places}f} {currency or ''}".strip()
    locale = babel_locale()
    if not currency:
        return format_decimal(amount, format=f"#,##0.{'0' * places}", locale=locale)
    try:
        return format_currency(amount, currency, locale=locale, decimal_quantization=False)
    except (ValueError, UnknownLocaleError):  # a code babel does not know: shown as typed
        return f"{format_decimal(amount, locale=locale)} {currency}"


def enum_text(value: StrEnum | None) -> str:
    if value is None:
        return ""
    return QCoreApplication.translate("enums", label(value))


def privacy_text(value: ConsentPurpose | ConsentMethod | RetentionRule | None) -> str:
    """A consent's purpose, how it was given, a retention rule: the domain's words
    (``PURPOSE_WORDS``...), translated in the context "privacy" (ui/layer_texts.py)."""
    if value is None:
        return ""
    words = {**PURPOSE_WORDS, **METHOD_WORDS, **RULE_WORDS}
    return QCoreApplication.translate("privacy", words.get(value, str(value)))


def gender_text(value: str | None) -> str:
    """Gender is typed "as stated"; the two words the editor offers are shown in the window's
    language, anything else as it was written."""
    if not value:
        return ""
    known = {
        "female": QCoreApplication.translate("Gender", "female"),
        "male": QCoreApplication.translate("Gender", "male"),
    }
    return known.get(value.strip().lower(), value)


def country_text(code: str | None) -> str:
    """Country name for an ISO 3166-1 alpha-2 code ("Russia", "United Kingdom"); the code
    itself when nobody knows it. The same name the gazetteer and the reports use in English;
    in the window's language otherwise ("Russland", "Royaume-Uni")."""
    if code and not in_english():
        cldr = _cldr()
        found = cldr.territories.get(code.upper()) if cldr is not None else None
        if found:
            return found
    return country_name(code)


def place_text(label: str | None, country_code: str | None) -> str:
    """A service's "Volgograd (Волгоград), Russia" with the country named in the window's
    language: the part after the last comma is the country the code names."""
    if not label:
        return ""
    if not country_code or ", " not in label:
        return label
    return f"{label.rsplit(', ', 1)[0]}, {country_text(country_code)}"


def language_text(codes: str | None) -> str:
    """ "en+ru" or "en, ru" → "English + Russian"; unknown codes are shown as they are."""
    if not codes:
        return ""
    cldr = None if in_english() else _cldr()
    names = []
    for code in codes.replace(",", "+").split("+"):
        code = code.strip()
        found = cldr.languages.get(code.lower()) if cldr is not None and code else None
        if found:  # "английский" → "Английский": it stands alone in a cell
            names.append(found[:1].upper() + found[1:])
            continue
        language = QLocale.codeToLanguage(code)
        known = language != QLocale.Language.AnyLanguage
        names.append(QLocale.languageToString(language) if known else code)
    return " + ".join(n for n in names if n)


def count_text(value: int | None) -> str:
    return "" if value is None else QLocale().toString(value)
