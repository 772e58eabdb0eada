"""The letter template language refuses everything but plain field names."""

from __future__ import annotations

import pytest

from exchangedesk.reports.templates import (
    Block,
    LetterTemplate,
    TemplateError,
    available_languages,
    load_template,
    template_folders,
    template_path,
)
from exchangedesk.services.documents.letter_data import LETTER_TEMPLATES

FIELDS = {"recipient.salutation": "Dear Ms Smirnova", "delegation.title": "Visit"}


def fill(text: str, fields=FIELDS, blocks=()):
    return LetterTemplate.from_text(text, "test.en.txt").fill(fields, blocks)


def refusal(text: str, fields=FIELDS, blocks=()) -> TemplateError:
    with pytest.raises(TemplateError) as caught:
        fill(text, fields, blocks)
    return caught.value


def test_fields_fill_and_paragraphs_join():
    letter = fill(
        "# note\nSubject: About {delegation.title}\n\n{recipient.salutation},\n\nOne\ntwo."
    )
    assert letter.subject == "About Visit"
    assert letter.parts == ("Dear Ms Smirnova,", "One two.")


def test_double_braces_print_one_brace():
    assert fill("{{ p.__class__ }} and {{x}}").parts == ("{ p.__class__ } and {x}",)


def test_values_are_never_read_as_template_again():
    fields = {**FIELDS, "delegation.title": "{recipient.salutation} {{ p.__class__ }} <b>"}
    assert fill("{delegation.title}", fields).parts == (
        "{recipient.salutation} {{ p.__class__ }} <b>",
    )


def test_unknown_placeholder_names_itself_and_its_line():
    error = refusal("Hello\n\n# a note\nDear {recipient.nickname},")
    assert error.line == 4 and error.placeholder == "recipient.nickname"
    assert "test.en.txt, line 4" in str(error) and "{recipient.nickname}" in str(error)


@pytest.mark.parametrize(
    "text",
    [
        "{p.__class__}",
        "{recipient.__class__.__mro__}",
        "{ recipient.salutation }",
        "{recipient.salutation()}",
        "{recipient['salutation']}",
        "{a + b}",
        "{0}",
        "{recipient.salutation!r}",
        "{recipient.salutation:>10}",
        "{__import__('os')}",
    ],
)
def test_anything_but_a_known_name_is_refused(text):
    error = refusal(f"Line one\n{text}")
    assert error.line == 2


@pytest.mark.parametrize("text", ["a { b", "a } b", "{recipient.salutation"])
def test_a_lone_brace_is_refused(text):
    assert refusal(text).line == 1


def test_only_plain_strings_are_printed():
    error = refusal("{delegation.title}", {"delegation.title": object()})
    assert error.placeholder == "delegation.title"


def test_a_table_stands_in_a_paragraph_of_its_own():
    assert fill("Members:\n\n{members.table}", blocks={"members.table"}).parts == (
        "Members:",
        Block("members.table"),
    )
    error = refusal("Members: {members.table}", blocks={"members.table"})
    assert "paragraph of its own" in str(error)
    # A table the letter does not offer is an unknown name like any other.
    assert refusal("{travellers.table}", blocks={"members.table"}).placeholder == (
        "travellers.table"
    )


def test_an_empty_template_is_refused():
    with pytest.raises(TemplateError):
        LetterTemplate.from_text("# only a note\n\n", "empty.en.txt")


def test_template_names_never_become_paths(tmp_path):
    folders = [tmp_path]
    (tmp_path / "secret.en.txt").write_text("x", encoding="utf-8")
    assert template_path("../secret", "en", folders) is None
    assert template_path("secret", "../en", folders) is None
    assert template_path("secret", "en", folders) == tmp_path / "secret.en.txt"


def test_the_committees_own_template_wins_over_the_shipped_one(tmp_path):
    (tmp_path / "invitation.en.txt").write_text("Our own {delegation.title}", encoding="utf-8")
    folders = template_folders(tmp_path)
    assert fill_loaded(folders) == ("Our own Visit",)
    assert available_languages("invitation", folders) == ["en", "de", "fr", "ru"]


def fill_loaded(folders):
    return load_template("invitation", "en", folders).fill(FIELDS).parts


@pytest.mark.parametrize("name", LETTER_TEMPLATES)
def test_every_shipped_template_parses(name):
    languages = available_languages(name, template_folders())
    assert "en" in languages
    for language in languages:
        template = load_template(name, language, template_folders())
        assert template.placeholders()
