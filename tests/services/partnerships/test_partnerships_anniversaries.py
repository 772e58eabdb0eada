"""Anniversaries derived from the signing and its precision: coming ones for the Home page and
the partnership's pane, and the calendar that uses the same rule."""

from __future__ import annotations

import datetime as dt

from exchangedesk.db.session import Database
from exchangedesk.domain.anniversaries import DatePrecision
from exchangedesk.domain.enums import PartnershipStatus
from exchangedesk.services.overview.calendar import EventKind, events_in_month
from exchangedesk.services.partnerships.anniversaries import coming_round_anniversaries
from exchangedesk.services.partnerships.history import StatusChangeDraft, change_status
from exchangedesk.services.partnerships.records import (
    PartnershipDraft,
    create_partnership,
    get_partnership,
)
from partnership_fakes import city_id
from sample_committee import SampleIds


def _year_only(database: Database, a: str, b: str, year: int) -> int:
    return create_partnership(
        database,
        PartnershipDraft(
            city_a=city_id(database, a),
            city_b=city_id(database, b),
            signed_on=dt.date(year, 1, 1),
            signed_precision=DatePrecision.YEAR,
        ),
        today=dt.date(2025, 1, 1),
    ).id


def test_coming_round_anniversaries_in_the_next_twelve_months(
    database: Database, sample: SampleIds
) -> None:
    # Coventry–Volgograd 20 Apr 1944; Coventry–Dresden 15 Sep 1959; Kemi–Volgograd 1 Jun 1953
    coming = coming_round_anniversaries(database, today=dt.date(2023, 9, 1))
    assert [(c.cities, c.anniversary.years, c.anniversary.on) for c in coming] == [
        ("Coventry – Volgograd", 80, dt.date(2024, 4, 20)),
    ]
    every = coming_round_anniversaries(database, today=dt.date(2023, 9, 1), round_only=False)
    assert [(c.cities, c.anniversary.years) for c in every] == [
        ("Coventry – Dresden", 64),
        ("Coventry – Volgograd", 80),
        ("Kemi – Volgograd", 71),
    ]


def test_a_year_only_anniversary_is_coming_for_the_whole_of_its_year(
    database: Database, sample: SampleIds
) -> None:
    pid = _year_only(database, "Dresden", "Kemi", 1975)
    mid_2025 = coming_round_anniversaries(database, today=dt.date(2025, 8, 1))
    (fifty,) = [c for c in mid_2025 if c.partnership_id == pid]
    assert (fifty.anniversary.years, fifty.anniversary.precision) == (50, DatePrecision.YEAR)
    assert fifty.anniversary.last_day == dt.date(2025, 12, 31)
    assert not [
        c
        for c in coming_round_anniversaries(database, today=dt.date(2026, 1, 1))
        if c.partnership_id == pid
    ]


def test_terminated_partnerships_have_no_anniversaries(
    database: Database, sample: SampleIds
) -> None:
    detail = get_partnership(database, sample.coventry_volgograd)
    change_status(
        database,
        detail.id,
        StatusChangeDraft(PartnershipStatus.TERMINATED, dt.date(2022, 3, 22)),
        expected_version=detail.version_id,
        today=dt.date(2023, 1, 1),
    )
    assert coming_round_anniversaries(database, today=dt.date(2023, 9, 1)) == []


def test_the_calendar_places_a_year_only_anniversary_on_1_january_once(
    database: Database, sample: SampleIds
) -> None:
    pid = _year_only(database, "Dresden", "Kemi", 1975)
    (january,) = [e for e in events_in_month(database, 2025, 1) if e.record_id == pid]
    assert (january.kind, january.years, january.starts_on, january.precision) == (
        EventKind.ANNIVERSARY,
        50,
        dt.date(2025, 1, 1),
        DatePrecision.YEAR,
    )
    assert january.title == "50 years in 2025: Dresden – Kemi"
    for month in range(2, 13):
        assert not [e for e in events_in_month(database, 2025, month) if e.record_id == pid]
    # the exact anniversaries of the sample keep their day
    (april,) = events_in_month(database, 2024, 4)
    assert (april.title, april.starts_on) == (
        "80 years: Coventry – Volgograd",
        dt.date(2024, 4, 20),
    )
