"""The anniversary rule and dates known only to the month or year."""

import datetime as dt

import pytest

from exchangedesk.domain.anniversaries import (
    Anniversary,
    DatePrecision,
    anniversaries_between,
    anniversary_in,
    coming_anniversaries,
    is_jubilee,
    is_round,
    months_after,
    next_round_anniversary,
    normalised,
    span,
)

DAY, MONTH, YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR


def test_the_design_list_of_anniversaries_is_all_round():
    for years in (10, 25, 50, 65, 75):
        assert is_round(years)
    assert [y for y in range(1, 31) if is_round(y)] == [5, 10, 15, 20, 25, 30]
    assert not is_round(0) and not is_round(-5)


def test_jubilees_are_ten_and_every_twenty_fifth_year():
    assert [y for y in range(1, 130) if is_jubilee(y)] == [10, 25, 50, 75, 100, 125]


def test_imprecise_dates_are_stored_as_the_first_day_and_span_their_period():
    day = dt.date(1944, 4, 20)
    assert normalised(day, YEAR) == dt.date(1944, 1, 1)
    assert normalised(day, MONTH) == dt.date(1944, 4, 1)
    assert normalised(day, DAY) == day
    assert span(day, YEAR) == (dt.date(1944, 1, 1), dt.date(1944, 12, 31))
    assert span(dt.date(1944, 2, 3), MONTH) == (dt.date(1944, 2, 1), dt.date(1944, 2, 29))


def test_anniversary_in_a_year_keeps_the_precision():
    assert anniversary_in(dt.date(1944, 4, 20), DAY, 2024) == Anniversary(
        80, dt.date(2024, 4, 20), DAY
    )
    year_only = anniversary_in(dt.date(1944, 1, 1), YEAR, 2019)
    assert year_only == Anniversary(75, dt.date(2019, 1, 1), YEAR)
    assert year_only.round and year_only.jubilee and year_only.last_day == dt.date(2019, 12, 31)
    assert anniversary_in(dt.date(1944, 1, 1), YEAR, 1944) is None  # the signing itself


def test_29_february_falls_on_the_28th_in_common_years():
    assert anniversary_in(dt.date(2000, 2, 29), DAY, 2005).on == dt.date(2005, 2, 28)
    assert anniversary_in(dt.date(2000, 2, 29), DAY, 2008).on == dt.date(2008, 2, 29)


def test_a_year_only_anniversary_counts_for_the_whole_year_when_overlapping():
    signed = dt.date(1944, 1, 1)
    mid_year = anniversaries_between(signed, YEAR, dt.date(2024, 6, 1), dt.date(2024, 6, 30))
    assert [a.years for a in mid_year] == [80]
    # a day-by-day calendar places it once, on 1 January
    assert (
        anniversaries_between(
            signed, YEAR, dt.date(2024, 6, 1), dt.date(2024, 6, 30), overlapping=False
        )
        == []
    )
    assert [
        a.on
        for a in anniversaries_between(
            signed, YEAR, dt.date(2024, 1, 1), dt.date(2024, 1, 31), overlapping=False
        )
    ] == [dt.date(2024, 1, 1)]


def test_coming_anniversaries_in_the_next_twelve_months():
    today = dt.date(2025, 6, 10)
    exact = coming_anniversaries(dt.date(1944, 4, 20), DAY, today)
    assert [(a.years, a.on) for a in exact] == [(82, dt.date(2026, 4, 20))]
    # signed in June: this year's anniversary is still ahead, next year's is past the window
    june = coming_anniversaries(dt.date(1975, 6, 10), DAY, today)
    assert [(a.years, a.on) for a in june] == [(50, dt.date(2025, 6, 10))]
    # year only: the running year and the next one may both be "coming"
    assert [a.years for a in coming_anniversaries(dt.date(1944, 1, 1), YEAR, today)] == [81, 82]
    assert [
        a.years for a in coming_anniversaries(dt.date(1945, 1, 1), YEAR, today, round_only=True)
    ] == [80]
    assert coming_anniversaries(None, DAY, today) == []


def test_next_round_anniversary():
    today = dt.date(2025, 6, 10)
    assert next_round_anniversary(dt.date(1944, 4, 20), DAY, today) == Anniversary(
        85, dt.date(2029, 4, 20), DAY
    )
    # a year-only one in the running year is not over before 31 December
    assert next_round_anniversary(dt.date(1945, 1, 1), YEAR, today).years == 80
    assert next_round_anniversary(dt.date(2025, 3, 1), DAY, today).years == 5
    assert next_round_anniversary(None, DAY, today) is None


@pytest.mark.parametrize(
    ("day", "months", "last"),
    [
        (dt.date(2025, 6, 10), 12, dt.date(2026, 6, 9)),
        (dt.date(2025, 1, 31), 1, dt.date(2025, 2, 27)),
        (dt.date(2025, 12, 1), 3, dt.date(2026, 2, 28)),
    ],
)
def test_months_after(day, months, last):
    assert months_after(day, months) == last
