"""Text folding for search and duplicate detection.

SQLite's ``lower()`` and ``LIKE`` only fold ASCII, so "Волгоград" would not match "волгоград" and
"Zoë" typed two ways would be two people. Every searchable record keeps a folded copy of its
names, made here, and searches compare folded text with folded text.
"""

from __future__ import annotations

import unicodedata

# Letters that carry no combining mark to strip but that people type without the stroke.
_EXTRA_FOLDS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe"}
)


def fold(text: str | None) -> str:
    """Casefolded, diacritic-free, whitespace-collapsed form of *text* for comparison."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.translate(_EXTRA_FOLDS)
    return " ".join(unicodedata.normalize("NFC", stripped).split())


def search_key(*parts: str | None) -> str:
    """One folded string holding every name a record can be found by, separated by '|'."""
    return "|".join(f for f in (fold(p) for p in parts) if f)
