"""Letterheads, running headers and footers in right-to-left and shaped scripts print like
the body text: joined, shaped and in reading order; and numbers in Arabic-script digits read
left to right (issue 15, point 4, what the first pass left)."""

from __future__ import annotations

import dataclasses
import re
import subprocess

import pytest

from exchangedesk.reports.fonts import is_right_to_left_number
from exchangedesk.reports.itinerary import render_itinerary
from exchangedesk.services.documents.itinerary_data import itinerary_data
from reports.conftest import ISSUED, delegation_id
from reports.test_shaped_scripts import as_poppler_reads, pdf_tool, plain, render

HEBREW_COMMITTEE = "ועדת הערים התאומות חיפה"
ARABIC_TITLE = "وفد من بيت لحم"
HINDI_CITY = "नई दिल्ली"


@pytest.fixture(scope="module")
def furnished(demo):
    data = itinerary_data(demo, delegation_id(demo, "Teachers, students"), issued_on=ISSUED)
    head = dataclasses.replace(
        data.letterhead, committee=HEBREW_COMMITTEE, city="Haifa", city_native=None
    )
    return render_itinerary(dataclasses.replace(data, letterhead=head, title=ARABIC_TITLE))


def page_text(pdf: bytes, tmp_path, page: int) -> str:
    path = tmp_path / "furnished.pdf"
    path.write_bytes(pdf)
    args = ["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"]
    return plain(subprocess.run(args, capture_output=True, text=True, check=True).stdout)


def test_the_letterhead_and_running_header_read_back_in_reading_order(furnished, tmp_path):
    first = page_text(furnished, tmp_path, 1)
    later = page_text(furnished, tmp_path, 2)
    # drawString put the letters in memory order: pdftotext read each word reversed.
    assert as_poppler_reads(HEBREW_COMMITTEE) in first
    assert as_poppler_reads(HEBREW_COMMITTEE) in later  # the running header of page 2
    # The title in the running header, Arabic joined (NFKC brings the letters back).
    assert as_poppler_reads(ARABIC_TITLE).replace(" ", "") in later.replace(" ", "")
    reversed_word = "".join(reversed(HEBREW_COMMITTEE.split()[0]))
    assert reversed_word not in first
    assert not re.search("[\ue000-\uf8ff\ufffd]", first + later)


def test_the_header_is_drawn_in_the_script_fonts(furnished, tmp_path):
    fonts = pdf_tool("pdffonts", furnished, tmp_path)
    assert "NotoSansHebrew" in fonts and "NotoNaskhArabic" in fonts


@pytest.mark.parametrize(
    ("number", "expected"),
    [("١٢٣", True), ("۱۴۰۲", True), ("١٢٫٥", True), ("123", False), ("بيت", False), ("", False)],
)
def test_which_words_are_numbers_in_arabic_script_digits(number, expected):
    assert is_right_to_left_number(number) is expected


def test_arabic_indic_digits_read_left_to_right(tmp_path):
    pdf = render(["Room ١٢٣ today", "شارع ١٢٣", "سال ۱۴۰۲"])
    text = plain(pdf_tool("pdftotext", pdf, tmp_path))
    assert "Room ١٢٣ today" in text
    assert "١٢٣" in text and "٣٢١" not in text
    assert "۱۴۰۲" in text and "۲۰" not in text
    assert not re.search("[\ue000-\uf8ff]", text)


@pytest.mark.parametrize("word", ["क्षत्रिय", "राष्ट्र", "दिल्ली", "हैदराबाद", "विद्यालय"])
def test_devanagari_conjuncts_read_back_as_their_letters(word, tmp_path):
    """A conjunct's glyph has no character of its own: its private-use code is mapped to the
    letters it was shaped from. A pre-base vowel sign (ि) still reads first, where it is
    drawn; the letters are all there, none private."""
    text = plain(pdf_tool("pdftotext", render([f"School {word} here"]), tmp_path))
    assert not re.search("[\ue000-\uf8ff]", text), ascii(text)
    found = text.removeprefix("School ").removesuffix(" here")
    assert sorted(found.replace("\u200d", "")) == sorted(word), (ascii(found), ascii(word))
    if "\u093f" not in word:
        assert found == word


def test_a_word_in_two_fonts_prints(tmp_path):
    """ "[چانهاسن، مینه‌سوتا" (Chanhassen, Minnesota in GeoNames): a bracket of the base font
    and Arabic letters in one word made ReportLab fail to save the PDF (IndexError)."""
    text = plain(pdf_tool("pdftotext", render(["[چانهاسن، مینه\u200cسوتا"]), tmp_path))
    assert "چانهاسن" in text and "[" in text
