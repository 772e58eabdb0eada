"""Itineraries rendered from the demo history and read back with poppler."""

from __future__ import annotations

import re

import pytest

from exchangedesk.reports.itinerary import render_itinerary
from exchangedesk.services.documents.itinerary_data import itinerary_data
from reports.conftest import ISSUED, delegation_id, flat, pdf_text, pdf_tool, person_id


@pytest.fixture(scope="module")
def volgograd_visit(demo):
    return itinerary_data(demo, delegation_id(demo, "Teachers, students"), issued_on=ISSUED)


@pytest.fixture(scope="module")
def volgograd_pdf(volgograd_visit):
    return render_itinerary(volgograd_visit)


def page_numbers(text: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in re.findall(r"Page (\d+) of (\d+)", text)]


def test_names_dates_and_local_times_print(volgograd_pdf, tmp_path):
    text = pdf_text(volgograd_pdf, tmp_path)
    words = flat(text)
    for name in ("Ольга Смирнова", "Артём Фёдоров", "Coventry – Волгоград", "Olga Smirnova"):
        assert name in words
    assert "Thursday 12 June 2025 – Monday 16 June 2025" in words
    assert "Day 3 · Saturday 14 June 2025" in words
    assert "12:30–13:15" in text and "Coach from Birmingham Airport to the hotel" in words
    # The flight leaves Volgograd at 03:50 Volgograd time and lands in Istanbul at 06:45 there.
    assert "03:50 · 12 Jun 2025" in words and "Volgograd time, UTC+3" in words
    assert "06:45 · 12 Jun 2025" in words
    assert "Cathedral Quarter Hotel" in words and "Anastasia Lebedeva, Yulia Novikova" in words
    assert "secretary@example.org" in words and "Dress code: Smart casual" in words


def test_every_page_says_page_x_of_y(volgograd_pdf, tmp_path):
    numbers = page_numbers(pdf_text(volgograd_pdf, tmp_path))
    total = numbers[0][1]
    assert total >= 3
    assert numbers == [(page, total) for page in range(1, total + 1)]
    assert f"Pages:           {total}" in pdf_tool("pdfinfo", volgograd_pdf, tmp_path)


def test_an_item_at_ten_in_volgograd_prints_ten(demo, tmp_path):
    data = itinerary_data(demo, delegation_id(demo, "Clementine"), issued_on=ISSUED)
    text = flat(pdf_text(render_itinerary(data), tmp_path))
    assert "Sunday 15 April 1945" in text
    assert "10:00–13:00 Tour of the ruined city centre" in text
    assert "Volgograd time, UTC+4" in text  # the Soviet zone of 1945, from the tz database


def test_chinese_names_and_other_zones(demo, tmp_path):
    data = itinerary_data(demo, delegation_id(demo, "Lord Mayor's visit"), issued_on=ISSUED)
    text = flat(pdf_text(render_itinerary(data), tmp_path))
    assert "Coventry – 哈尔滨" in text and "李伟" in text
    assert "Harbin time, UTC+8" in text
    assert "21:00 · 29 Aug 2025" in text and "London time, UTC+1" in text  # the flight out


def test_a_personal_itinerary_lists_only_the_members_items(demo, volgograd_visit, tmp_path):
    visit = delegation_id(demo, "Teachers, students")
    curator = person_id(demo, "Volkova")
    data = itinerary_data(demo, visit, member_id=curator, issued_on=ISSUED)
    text = flat(pdf_text(render_itinerary(data), tmp_path))
    assert "Personal itinerary" in text and "Elena Volkova (Елена Волкова)" in text
    assert "Collections and archives at the Herbert" in text
    assert "Teaching and study at Coventry University" not in text
    assert "203 Tatiana Orlova, Elena Volkova" in text and "201 Olga Smirnova" not in text
    whole = flat(pdf_text(render_itinerary(volgograd_visit), tmp_path))
    assert "Teaching and study at Coventry University" in whole


def test_letter_paper_and_a4(volgograd_visit, volgograd_pdf, tmp_path):
    assert "595.276 x 841.89 pts (A4)" in pdf_tool("pdfinfo", volgograd_pdf, tmp_path)
    letter = render_itinerary(volgograd_visit, paper="letter")
    assert "612 x 792 pts (letter)" in pdf_tool("pdfinfo", letter, tmp_path)


def test_same_input_same_bytes(volgograd_visit, volgograd_pdf):
    assert render_itinerary(volgograd_visit) == volgograd_pdf
    assert b"D:20250510000000+00'00'" in volgograd_pdf  # the issue date, not the clock


def test_only_embedded_fonts_from_the_chain(volgograd_pdf, tmp_path):
    table = pdf_tool("pdffonts", volgograd_pdf, tmp_path).splitlines()[2:]
    assert table
    for line in table:
        assert "Kurinto" in line or "EDSans" in line, line
        assert " yes " in line, line  # embedded (and subset)
