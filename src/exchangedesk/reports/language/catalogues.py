"""The documents' word catalogues: one gettext ``.po`` file per language in
``resources/documents``, read as it is written (no compiled ``.mo`` to keep in step).

Why ``.po``: translators know the format and its tools (Poedit, Weblate, Lokalize); it carries
context (``msgctxt``: "Planned" as a shipment's status or a programme's), plural forms with the
language's own rule (Russian one/few/many: 1 участник, 3 участника, 5 участников) and notes for
the translator. Babel reads it and compiles it in memory once per language, so a running program
costs one parse of a few hundred entries.

English is the source language: its words are the message ids themselves.
"""

from __future__ import annotations

import functools
import gettext
from io import BytesIO
from pathlib import Path

from exchangedesk.paths import resource

SOURCE_LANGUAGE = "en"


def catalogue_dir() -> Path:
    return resource("documents")


def catalogue_path(language: str) -> Path:
    return catalogue_dir() / f"{language}.po"


def catalogue_languages() -> tuple[str, ...]:
    """The languages documents have words for: English and every shipped ``.po`` file."""
    found = sorted(path.stem for path in catalogue_dir().glob("*.po"))
    return (SOURCE_LANGUAGE, *(code for code in found if code != SOURCE_LANGUAGE))


@functools.cache
def translations(language: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``language``; English (and a language with no catalogue)
    gets the source words back unchanged."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    path = catalogue_path(language)
    if language == SOURCE_LANGUAGE or not path.is_file():
        return gettext.NullTranslations()
    with path.open("rb") as stream:
        catalog = read_po(stream, locale=language)
    compiled = BytesIO()
    write_mo(compiled, catalog)  # fuzzy entries are left out: an unsure word stays English
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)
