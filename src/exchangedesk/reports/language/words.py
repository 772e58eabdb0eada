"""A document's language: its fixed words from the catalogue, and dates, numbers, money,
country and language names in its locale (Babel's CLDR data, shipped with the package, so a
document reads the same on every computer whatever the system's locale).

Renderers never write English words into a page directly: ``lang._("Page {page} of {total}",
page=1, total=2)``; a word kept in a table of constants is marked with :func:`N_` where it is
written and translated where it is printed. ``scripts/document_words.py`` collects every marked
word into the catalogues, and tests/reports/test_document_words.py fails when one is missing.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from exchangedesk.domain.enums import label as english_label
from exchangedesk.reports.language.catalogues import translations

NBSP = "\u00a0"

# The locale that formats each language's dates and numbers. English documents come from a
# British committee's desk in the register's history ("15 April 1945", not "April 15, 1945").
_LOCALES = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR", "ru": "ru_RU"}


def N_(message: str) -> str:  # noqa: N802 - gettext's conventional name
    """Marks a word written in a table of constants; it is translated where it prints."""
    return message


def unbroken(text: str | None) -> str:
    """A value read as one piece (a date, a telephone number): its spaces become no-break
    spaces, so a narrow column moves it whole to the next line instead of splitting it."""
    return (text or "").replace(" ", NBSP).replace("\u202f", NBSP)


def _tidy(text: str) -> str:
    """CLDR's narrow no-break space ("1 234,50", "1945 г.") as a plain no-break space: it
    keeps the pieces together just the same, and every font of the chain has it."""
    return text.replace("\u202f", NBSP)


@dataclass(frozen=True)
class DocumentLanguage:
    code: str  # ISO 639-1: "en", "de", "fr", "ru"

    @property
    def locale(self) -> str:
        return _LOCALES.get(self.code, self.code)

    @property
    def _short_locale(self) -> str:
        # Abbreviated months: British CLDR writes "Sept"; the register has always said "Sep".
        return "en" if self.code == "en" else self.locale

    # -- words ------------------------------------------------------------------------------

    def _(self, message: str, **values: object) -> str:
        """``message`` in this language, its ``{placeholders}`` filled with ``values``."""
        text = translations(self.code).gettext(message)
        return text.format(**values) if values else text

    def n_(self, singular: str, plural: str, n: int, **values: object) -> str:
        """The form for ``n`` (``{n}`` is filled in): Russian has three."""
        text = translations(self.code).ngettext(singular, plural, n)
        return text.format(n=self.number(n), **values)

    def p_(self, context: str, message: str) -> str:
        """A word whose translation depends on what it is about (``msgctxt``)."""
        return translations(self.code).pgettext(context, message)

    def label(self, value: StrEnum) -> str:
        """An enumeration's value as a word: MemberRole.HEAD → "Head", "Leitung", "Руководитель".
        The enumeration's name is the context, so "Planned" can agree with what is planned."""
        return self.p_(type(value).__name__, english_label(value))

    # -- dates ------------------------------------------------------------------------------

    def date(self, day: dt.date | None) -> str:
        """ "7 December 2026", "7. Dezember 2026", "7 décembre 2026", "7 декабря 2026 г."."""
        if day is None:
            return ""
        from babel.dates import format_date

        return _tidy(format_date(day, "long", locale=self.locale))

    def day(self, day: dt.date, *, weekday: bool = True) -> str:
        """The date with its weekday: "Monday 7 December 2026", "Montag, 7. Dezember 2026"."""
        if not weekday:
            return self.date(day)
        from babel.dates import format_date

        if self.code == "en":  # the register's English style, without CLDR's comma
            return format_date(day, "EEEE d MMMM y", locale=self.locale)
        return _tidy(format_date(day, "full", locale=self.locale))

    def short_day(self, day: dt.date | None) -> str:
        """ "7 Dec 2026", "07.12.2026", "7 déc. 2026": table cells; never broken apart."""
        if day is None:
            return ""
        from babel.dates import format_date

        if self.code == "en":
            return unbroken(format_date(day, "d MMM y", locale="en"))
        return unbroken(format_date(day, "medium", locale=self.locale))

    def day_month(self, day: dt.date, *, short: bool = False) -> str:
        """ "7 December", "7. Dezember", "7 декабря": the start of a period in one year."""
        from babel.dates import format_date

        month = "MMM" if short else "MMMM"
        pattern = f"d. {month}" if self.code == "de" else f"d {month}"
        return format_date(day, pattern, locale=self._short_locale if short else self.locale)

    def month(self, day: dt.date) -> str:
        """ "Jun 1944", "Juni 1944", "juin 1944", "июнь 1944 г.": a date known to the month."""
        from babel.dates import format_skeleton

        return unbroken(_tidy(format_skeleton("yMMM", day, locale=self._short_locale)))

    def period(self, first: dt.date, last: dt.date, *, short: bool = False) -> str:
        """ "12–16 May 2025", "30 March – 6 April 2025", "12.–16. Mai 2025", the year once
        when it is shared; ``short`` months for table cells."""
        whole = self.short_day if short else self.date
        if first == last:
            return whole(first)
        if first.year != last.year:
            return f"{whole(first)} – {whole(last)}"
        if first.month != last.month or (short and self.code == "de"):
            start = self.day_month(first, short=short)
            if short and self.code == "de":  # "07.12. – 11.12.2026"
                from babel.dates import format_date

                start = format_date(first, "dd.MM.", locale=self.locale)
            return f"{unbroken(start) if short else start} – {whole(last)}"
        dot = "." if self.code == "de" else ""
        return f"{first.day}{dot}–{whole(last)}"

    def time(self, moment: dt.datetime | dt.time) -> str:
        return f"{moment:%H:%M}"  # 24-hour clock in all four languages

    # -- numbers and money ------------------------------------------------------------------

    def number(self, value: object) -> str:
        """A count or quantity without stored trailing zeros: 45, 8,5, 1.200 (German)."""
        from babel.numbers import format_decimal

        if value is None:
            return ""
        if isinstance(value, Decimal):
            value = value.normalize()
            if value == value.to_integral_value():
                value = value.quantize(Decimal(1))
        return _tidy(format_decimal(value, locale=self.locale, decimal_quantization=False))

    def amount(self, amount: Decimal, currency: str) -> str:
        """ "1,234.50 GBP", "1.234,50 GBP", "1 234,50 GBP": the ISO code rather than a sign,
        since a campaign's report holds several currencies that share signs ($, kr)."""
        from babel.numbers import UnknownCurrencyError, format_currency, format_decimal

        try:
            return _tidy(format_currency(amount, currency, "#,##0.00 ¤¤", locale=self.locale))
        except UnknownCurrencyError:
            return _tidy(f"{format_decimal(amount, locale=self.locale)} {currency}")

    def money(self, money: object) -> str:
        """A :class:`~exchangedesk.domain.money.Money` (or None) as :meth:`amount` writes it."""
        if money is None:
            return ""
        return self.amount(money.amount, money.currency)  # type: ignore[attr-defined]

    # -- names ------------------------------------------------------------------------------

    def country(self, code: str | None) -> str:
        """A country's name in this language; English names as the register spells them."""
        from exchangedesk.domain.countries import country_name

        if not code:
            return ""
        if self.code == "en":
            return country_name(code)
        return _territories(self.locale).get(code.upper()) or country_name(code)

    def language_name(self, code: str) -> str:
        from babel import Locale

        found = Locale.parse(self.locale).languages.get(code)
        return found or code


@functools.cache
def _territories(locale: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale.parse(locale).territories)


@functools.cache
def document_language(code: str | None = None) -> DocumentLanguage:
    """The language ``code`` ("en" when none is given)."""
    return DocumentLanguage((code or "en").strip().lower())


ENGLISH = DocumentLanguage("en")
