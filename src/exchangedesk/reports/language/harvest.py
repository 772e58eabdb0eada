"""Every fixed word the documents print, gathered from the source: the calls ``_("…")``,
``n_("…", "…", n)`` and the marks ``N_("…")`` in ``reports/``, and each enumeration's labels
(``MemberRole.HEAD`` → "Head", with the enumeration's name as context). Used by
``scripts/document_words.py`` to update the catalogues and by the test that fails when a word
has no translation. Not imported when a document prints."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

KEYWORDS = {"_": None, "N_": None, "n_": (1, 2)}


@dataclass(frozen=True)
class Message:
    context: str | None
    singular: str
    plural: str | None = None
    where: str = ""  # "itinerary.py:120", for the translator


def reports_dir() -> Path:
    return Path(__file__).resolve().parents[1]


def source_messages() -> list[Message]:
    from babel.messages.extract import extract_from_dir

    found: dict[tuple, Message] = {}
    folder = reports_dir()
    for filename, line, message, _comments, _context in extract_from_dir(
        str(folder), method_map=[("**.py", "python")], keywords=KEYWORDS, comment_tags=()
    ):
        singular, plural = (message, None) if isinstance(message, str) else message[:2]
        if not singular:
            continue
        key = (None, singular, plural)
        found.setdefault(key, Message(None, singular, plural, f"{filename}:{line}"))
    for enum_class in _enumerations():
        from exchangedesk.domain.enums import label

        for value in enum_class:
            key = (enum_class.__name__, label(value), None)
            found.setdefault(
                key, Message(enum_class.__name__, label(value), None, "domain/enums.py")
            )
    return sorted(found.values(), key=lambda m: (m.context or "", m.singular, m.plural or ""))


def _enumerations() -> list[type[StrEnum]]:
    from exchangedesk.domain import enums

    return [
        value
        for value in vars(enums).values()
        if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum
    ]
