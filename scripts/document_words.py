"""Bring the documents' word catalogues (resources/documents/*.po) up to date with the source.

    uv run python scripts/document_words.py            # update documents.pot and every .po
    uv run python scripts/document_words.py --check    # exit 1 when a word lacks a translation

New words arrive untranslated (the documents print them in English until a translator fills
them in); words no longer in the source are dropped. Edit the .po files with any gettext tool
(Poedit, Lokalize, Weblate) or a text editor; resources/glossary keeps the committee's
vocabulary the same in the window and the documents.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from exchangedesk.reports.language.catalogues import catalogue_dir, catalogue_languages
from exchangedesk.reports.language.harvest import source_messages

LANGUAGES = ("de", "fr", "ru")
# Fixed, so running the script twice changes no byte; git keeps the real history.
STAMP = dt.datetime(2026, 12, 7, tzinfo=dt.UTC)
HEADER = """\
# The fixed words of ExchangeDesk's documents (headings, column labels, footers), {language}.
# English is the source: each msgid is the English text. Keep the {{placeholders}} as they are.
# Vocabulary: resources/documents/README.md. Update with scripts/document_words.py.
#"""
NAMES = {"de": "German", "fr": "French", "ru": "Russian", None: "template"}


def template() -> Catalog:
    catalog = Catalog(
        project="ExchangeDesk documents",
        fuzzy=False,
        creation_date=STAMP,
        revision_date=STAMP,
        header_comment=HEADER.format(language=NAMES[None]),
    )
    for message in source_messages():
        msgid = (message.singular, message.plural) if message.plural else message.singular
        catalog.add(msgid, context=message.context, locations=[(message.where, None)])
    return catalog


def update(language: str, source: Catalog) -> Catalog:
    path = catalogue_dir() / f"{language}.po"
    if path.is_file():
        with path.open("rb") as stream:
            catalog = read_po(stream, locale=language)
    else:
        catalog = Catalog(locale=language, project="ExchangeDesk documents", fuzzy=False)
    catalog.update(source, no_fuzzy_matching=True)
    catalog.obsolete.clear()
    catalog.creation_date = catalog.revision_date = STAMP
    catalog.header_comment = HEADER.format(language=NAMES[language])
    catalog.last_translator = catalog.language_team = "ExchangeDesk"
    catalog.msgid_bugs_address = ""
    return catalog


def untranslated(catalog: Catalog) -> list[str]:
    missing = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            missing.append(message.id if isinstance(message.id, str) else message.id[0])
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report missing translations")
    args = parser.parse_args()
    source = template()
    problems = 0
    for language in LANGUAGES:
        catalog = update(language, source)
        missing = untranslated(catalog)
        problems += len(missing)
        print(f"{language}: {len(catalog) - 1} words, {len(missing)} without a translation")
        if not args.check:
            with (catalogue_dir() / f"{language}.po").open("wb") as stream:
                write_po(stream, catalog, width=100, sort_output=True, include_lineno=False)
    if not args.check:
        with (catalogue_dir() / "documents.pot").open("wb") as stream:
            write_po(stream, source, width=100, sort_output=True, include_lineno=False)
    assert set(LANGUAGES) <= set(catalogue_languages()) or not args.check
    return 1 if args.check and problems else 0


if __name__ == "__main__":
    sys.exit(main())
