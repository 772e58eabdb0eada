"""The documents' fixed words: every word the renderers print has a finished translation in
every shipped language, with the same placeholders, and the catalogues hold nothing else."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from exchangedesk.reports.language import catalogue_languages, document_language
from exchangedesk.reports.language.catalogues import catalogue_path
from exchangedesk.reports.language.harvest import source_messages

TRANSLATED = ("de", "fr", "ru")
FIELD = re.compile(r"\{[a-z_]*\}")


def _catalog(language: str):
    with catalogue_path(language).open("rb") as stream:
        return read_po(stream, locale=language)


def _key(context, msgid):  # noqa: ANN001
    return (context, msgid if isinstance(msgid, str) else msgid[0])


def test_the_shipped_languages():
    assert catalogue_languages() == ("en", "de", "fr", "ru")


def test_the_harvest_finds_the_words_renderers_print():
    words = {m.singular for m in source_messages()}
    assert {
        "Page {page} of {total}",
        "Programme",
        "Issued {date}",
        "Name, date, signature",
    } <= words
    assert ("MemberRole", "Head") in {(m.context, m.singular) for m in source_messages()}


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_word_is_translated_with_its_placeholders(language):
    catalog = _catalog(language)
    held = {_key(m.context, m.id): m for m in catalog if m.id}
    wanted = {(m.context, m.singular): m for m in source_messages()}
    missing = sorted(set(wanted) - set(held), key=str)
    stale = sorted(set(held) - set(wanted), key=str)
    assert not missing, f"{language}.po lacks {missing[:10]}: run scripts/document_words.py"
    assert not stale, f"{language}.po holds words no document prints: {stale[:10]}"
    unfinished, broken = [], []
    for key, message in held.items():
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            unfinished.append(key)
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        fields = set(FIELD.findall(" ".join(ids)))
        broken += [key for text in strings if set(FIELD.findall(text)) != fields]
    assert not unfinished, f"{language}.po: untranslated {unfinished[:10]}"
    assert not broken, f"{language}.po: placeholders differ in {broken[:10]}"


def test_russian_counts_take_three_forms():
    ru = document_language("ru")
    assert [ru.n_("{n} visit", "{n} visits", n) for n in (1, 3, 5, 21)] == [
        "1 визит",
        "3 визита",
        "5 визитов",
        "21 визит",
    ]
    assert document_language("de").n_("{n} gift", "{n} gifts", 2) == "2 Geschenke"


def test_dates_numbers_money_and_countries_in_the_locale():
    import datetime as dt
    from decimal import Decimal

    day = dt.date(2026, 12, 7)
    expected = {
        "en": ("7 December 2026", "1,234.50 GBP", "Germany"),
        "de": ("7. Dezember 2026", "1.234,50 GBP", "Deutschland"),
        "fr": ("7 décembre 2026", "1\u00a0234,50 GBP", "Allemagne"),
        "ru": ("7 декабря 2026\u00a0г.", "1\u00a0234,50 GBP", "Германия"),
    }
    for code, (date, money, country) in expected.items():
        lang = document_language(code)
        assert (lang.date(day), lang.amount(Decimal("1234.5"), "GBP"), lang.country("DE")) == (
            date,
            money,
            country,
        )
    assert document_language("de").day(day) == "Montag, 7. Dezember 2026"
    assert document_language("en").day(day) == "Monday 7 December 2026"
    assert document_language("de").period(day, dt.date(2026, 12, 11)) == "7.–11. Dezember 2026"


def test_a_language_without_words_falls_back_to_english_words():
    assert document_language("it")._("Programme") == "Programme"
