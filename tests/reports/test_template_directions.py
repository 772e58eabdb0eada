"""The template language's two promises about truth: ``Direction:`` says which visits a letter
is for (an edited copy without it keeps the shipped one's), and a field the register does not
know never prints as a blank — the words in [brackets] around it go, or the letter is refused."""

from __future__ import annotations

import pytest

from exchangedesk.reports.templates import (
    LetterTemplate,
    MissingFacts,
    TemplateError,
    load_template,
    shipped_template_dir,
    template_directions,
    template_folders,
)
from exchangedesk.services.documents.letter_data import LETTER_TEMPLATES

TEXT = """Direction: outgoing
Subject: {delegation.title}

A delegation[, led by {delegation.head},] travels [sic]. [Purpose: {delegation.purpose}]

{members.table}
"""


def fill(head: str, purpose: str, *, empty=()):  # noqa: ANN001, ANN202
    template = LetterTemplate.from_text(TEXT, "t.en.txt")
    fields = {"delegation.title": "Visit", "delegation.head": head, "delegation.purpose": purpose}
    return template.fill(fields, {"members.table"}, empty)


def test_bracketed_words_print_when_their_field_is_known():
    assert (
        fill("Ann", "Talks").parts[0] == "A delegation, led by Ann, travels [sic]. Purpose: Talks"
    )


def test_bracketed_words_go_when_their_field_is_unknown():
    assert fill("", "  ").parts[0] == "A delegation travels [sic]."


def test_an_unknown_fact_outside_brackets_refuses_the_letter_naming_it():
    template = LetterTemplate.from_text("Direction: any\n\nLed by {delegation.head}.", "t.en.txt")
    with pytest.raises(MissingFacts) as refused:
        template.fill({"delegation.head": ""})
    assert refused.value.names == ("delegation.head",)
    with pytest.raises(MissingFacts) as refused:
        fill("Ann", "Talks", empty={"members.table"})
    assert refused.value.names == ("members.table",)


def test_an_unclosed_bracket_before_a_field_is_named_with_its_line():
    with pytest.raises(TemplateError) as refused:
        LetterTemplate.from_text("Direction: any\n\nText\nled [by {delegation.head}.", "t.en.txt")
    assert refused.value.line == 4 and "']'" in str(refused.value)


@pytest.mark.parametrize(
    ("line", "directions"),
    [
        ("Direction: incoming", {"incoming"}),
        ("Direction: outgoing visits", {"outgoing"}),
        ("direction: any", {"incoming", "outgoing"}),
        ("Direction: incoming, outgoing", {"incoming", "outgoing"}),
    ],
)
def test_the_direction_line(line, directions):
    assert LetterTemplate.from_text(f"{line}\n\nText.", "t.en.txt").directions == directions


def test_a_direction_that_is_not_one_is_refused_with_its_line():
    with pytest.raises(TemplateError) as refused:
        LetterTemplate.from_text("# note\nDirection: sideways\n\nText.", "t.en.txt")
    assert refused.value.line == 2 and "incoming, outgoing or any" in str(refused.value)


@pytest.mark.parametrize("name", LETTER_TEMPLATES)
def test_every_shipped_letter_says_which_visits_it_is_for(name):
    directions = template_directions(name, [shipped_template_dir()])
    assert directions in ({"incoming"}, {"outgoing"}), name


def test_an_edited_copy_without_the_line_keeps_the_shipped_direction(tmp_path):
    (tmp_path / "invitation.en.txt").write_text("Subject: Hi\n\nCome to {home.city}.\n", "utf-8")
    folders = template_folders(tmp_path)
    template = load_template("invitation", "en", folders)
    assert template.source == "invitation.en.txt" and template.directions == {"incoming"}
    assert template_directions("invitation", folders) == {"incoming"}
    # The committee's own declaration wins over the shipped one.
    (tmp_path / "invitation.en.txt").write_text("Direction: any\n\nCome.\n", "utf-8")
    assert template_directions("invitation", folders) == {"incoming", "outgoing"}
