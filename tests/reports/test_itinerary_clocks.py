"""The itinerary stays true when the clocks change during a visit (issue 15, point 5): the
offset is given where it changes, the repeated hour is marked ("01:30 BST" / "01:30 GMT"), an
item across a change shows how long it really lasts, and the spring gap is said."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from exchangedesk.reports.itinerary import render_itinerary
from exchangedesk.reports.language.local_times import clock_changes, span_text
from exchangedesk.services.documents.itinerary_data import itinerary_data
from reports.conftest import ISSUED, delegation_id, flat, pdf_text

LONDON = ZoneInfo("Europe/London")


def at(day: dt.date, clock: str, *, fold: int = 0, zone: ZoneInfo = LONDON) -> dt.datetime:
    hours, minutes = map(int, clock.split(":"))
    return dt.datetime.combine(day, dt.time(hours, minutes), zone).replace(fold=fold)


def visit_across(demo, first: dt.date, last: dt.date, items: list[tuple]):
    """The demo's June visit to Coventry moved to other dates, with ``items`` as its programme:
    (title, starts, ends)."""
    data = itinerary_data(demo, delegation_id(demo, "Teachers, students"), issued_on=ISSUED)
    model = data.items[0]
    programme = tuple(
        dataclasses.replace(
            model,
            id=number,
            starts=starts,
            ends=ends,
            zone="Europe/London",
            title=title,
            notes=None,
            attendee_ids=None,
            attendees=(),
        )
        for number, (title, starts, ends) in enumerate(items, start=1)
    )
    return dataclasses.replace(
        data,
        arrival_on=first,
        departure_on=last,
        main_zone="Europe/London",
        items=programme,
        legs=(),
        stays=(),
    )


AUTUMN = dt.date(2025, 10, 26)  # the clocks go back at 02:00 BST to 01:00 GMT
SPRING = dt.date(2026, 3, 29)  # forward at 01:00 GMT to 02:00 BST


@pytest.fixture(scope="module")
def autumn_text(demo, tmp_path_factory):
    night = [
        ("Night train talk", at(AUTUMN, "01:30"), at(AUTUMN, "01:15", fold=1)),
        ("Second talk", at(AUTUMN, "01:30", fold=1), at(AUTUMN, "02:30")),
        ("Breakfast at the Council House", at(AUTUMN, "09:00"), at(AUTUMN, "10:00")),
        ("Welcome", at(dt.date(2025, 10, 24), "18:00"), at(dt.date(2025, 10, 24), "19:00")),
    ]
    night.sort(key=lambda item: item[1].astimezone(dt.UTC))
    data = visit_across(demo, dt.date(2025, 10, 24), dt.date(2025, 10, 28), night)
    return flat(pdf_text(render_itinerary(data), tmp_path_factory.mktemp("autumn")))


def test_the_cover_gives_each_offset_with_its_dates(autumn_text):
    assert "Coventry time, UTC+1 until Sunday 26 October 2025, then UTC+0" in autumn_text, (
        autumn_text[:800]
    )
    assert "Coventry time, UTC+0." not in autumn_text
    assert "Coventry time, UTC+1." not in autumn_text


def test_the_two_half_past_ones_differ(autumn_text):
    # The first 01:30 is still summer time; the second, an hour later, is winter time.
    assert "01:30 BST–01:15 GMT" in autumn_text, autumn_text[autumn_text.find("Programme") :][:900]
    assert "01:30 GMT–02:30 Second talk" in autumn_text
    assert "45 min" in autumn_text  # 01:30 BST to 01:15 GMT is 45 minutes, not "-15"
    assert "18:00–19:00 Welcome" in autumn_text  # ordinary times stay unmarked
    assert "09:00–10:00 Breakfast" in autumn_text


def test_the_day_heading_says_the_clocks_go_back(autumn_text):
    assert (
        "Coventry time: the clocks go back at 02:00 BST to 01:00 GMT (UTC+1 → UTC+0); "
        "the hour from 01:00 to 02:00 comes twice." in autumn_text
    )


def test_a_span_across_the_spring_gap_is_marked_with_its_true_length(demo, tmp_path):
    items = [("Observatory night", at(SPRING, "00:30"), at(SPRING, "03:30"))]
    data = visit_across(demo, dt.date(2026, 3, 27), dt.date(2026, 3, 31), items)
    text = flat(pdf_text(render_itinerary(data), tmp_path))
    assert "00:30 GMT–03:30 BST" in text
    # Three hours on the clock, two lived (pdftotext reads the small "2 h" as "2h").
    assert "BST Observatory night 2h" in text.replace("2 h", "2h")
    assert "Coventry time, UTC+0 until Sunday 29 March 2026, then UTC+1" in text
    assert "the clocks go forward at 01:00 GMT to 02:00 BST (UTC+0 → UTC+1)" in text


def test_german_words_for_the_change(demo, tmp_path):
    items = [("Nacht", at(AUTUMN, "01:30"), at(AUTUMN, "01:15", fold=1))]
    data = visit_across(demo, dt.date(2025, 10, 25), dt.date(2025, 10, 27), items)
    text = flat(pdf_text(render_itinerary(data, language="de"), tmp_path))
    assert "01:30 BST–01:15 GMT" in text and "45 Min." in text
    assert "Uhren werden" in text and "zurückgestellt" in text


def test_zones_without_letters_show_the_offset():
    # Volgograd has kept one offset since 2020: nothing is ever marked there.
    assert clock_changes("Europe/Volgograd", dt.date(2025, 1, 1), dt.date(2025, 12, 31)) == []
    # Santiago's clocks go back at midnight; the tz database names its hours only by number.
    santiago = ZoneInfo("America/Santiago")
    night = dt.date(2025, 4, 5)
    first, second = at(night, "23:30", zone=santiago), at(night, "23:30", fold=1, zone=santiago)
    assert span_text(first, second) == "23:30\u00a0UTC−3–23:30\u00a0UTC−4"
    (change,) = clock_changes("America/Santiago", night, night + dt.timedelta(days=2))
    assert change.day == night and change.back and change.old_wall == "00:00"
