"""The glossaries in resources/glossary (issue 20: "a glossary file in resources/ keeps them
consistent") exist for every shipped language, hold the issue's own words, and the window
keeps to them: a window text whose English is a glossary term is translated with the
glossary's word (or one of its alternatives), in every context it appears in."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[1]
GLOSSARY = REPOSITORY / "resources" / "glossary"
TRANSLATIONS = REPOSITORY / "src" / "exchangedesk" / "translations"
# The words issue 20 names, which each glossary must fix.
ISSUE_WORDS = {
    "de": ("Städtepartnerschaft", "Delegation", "Gastfamilie"),
    "fr": ("jumelage", "délégation", "famille d'accueil"),
    "ru": ("побратимство", "делегация", "принимающая семья"),
}


def glossary(code: str) -> dict[str, list[str]]:
    """English term → the accepted words (alternatives split on / , ;, notes in brackets
    dropped), from the glossary's table."""
    terms: dict[str, list[str]] = {}
    for line in (GLOSSARY / f"{code}.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not line.startswith("|") or len(cells) < 2 or set(cells[0]) <= set("-: "):
            continue
        words = re.sub(r"\([^)]*\)", "", cells[1])
        terms[cells[0].casefold()] = [
            w.strip().casefold() for w in re.split(r"[/,;]", words) if w.strip()
        ]
    return terms


@pytest.mark.parametrize("code", sorted(ISSUE_WORDS))
def test_the_glossary_holds_the_issue_s_words(code: str) -> None:
    text = (GLOSSARY / f"{code}.md").read_text(encoding="utf-8").casefold()
    missing = [w for w in ISSUE_WORDS[code] if w.casefold() not in text]
    assert missing == []


@pytest.mark.parametrize("code", sorted(ISSUE_WORDS))
def test_the_window_uses_the_glossary_s_words(code: str) -> None:
    terms = glossary(code)
    assert len(terms) > 40  # the table was read
    tree = ET.parse(TRANSLATIONS / f"exchangedesk_{code}.ts")
    astray = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = (message.findtext("source") or "").casefold()
            if source not in terms or message.get("numerus") == "yes":
                continue
            shown = (message.find("translation").text or "").casefold()
            if not any(word in shown for word in terms[source]):
                astray.append(f"{context.findtext('name')}: {source!r} → {shown!r}")
    assert astray == [], f"not as the glossary says: {astray}"
