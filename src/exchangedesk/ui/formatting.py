"""Values as the committee reads them: dates with month names, periods, money, labels."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from exchangedesk.domain.countries import country_name
from exchangedesk.domain.enums import label


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
    """Exact: the Decimal is formatted as it is, never through a float."""
    if amount is None:
        return ""
    places = max(2, -amount.normalize().as_tuple().exponent)  # type: ignore[operator]
    return f"{amount:,.{places}f} {currency or ''}".strip()


def enum_text(value: StrEnum | None) -> str:
    if value is None:
        return ""
    return QCoreApplication.translate("enums", label(value))


def country_text(code: str | None) -> str:
    """Country name for an ISO 3166-1 alpha-2 code ("Russia", "United Kingdom"); the code
    itself when nobody knows it. The same name the gazetteer and the reports use."""
    return country_name(code)


def language_text(codes: str | None) -> str:
    """ "en+ru" or "en, ru" → "English + Russian"; unknown codes are shown as they are."""
    if not codes:
        return ""
    names = []
    for code in codes.replace(",", "+").split("+"):
        code = code.strip()
        language = QLocale.codeToLanguage(code)
        known = language != QLocale.Language.AnyLanguage
        names.append(QLocale.languageToString(language) if known else code)
    return " + ".join(n for n in names if n)


def count_text(value: int | None) -> str:
    return "" if value is None else QLocale().toString(value)
