"""Home's attention lines in German and Russian: worded by the window from the services' facts,
with Russian's one/few/many forms and the dates in the language's own style (issue 20)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from exchangedesk.domain.anniversaries import DatePrecision
from exchangedesk.domain.conflict_records import ConflictKind
from exchangedesk.domain.enums import Direction, ShipmentStatus
from exchangedesk.services.overview.calendar import CalendarEvent, EventKind
from exchangedesk.services.overview.items import (
    AttentionFacts,
    AttentionItem,
    AttentionKind,
    RecordRef,
)
from exchangedesk.ui.i18n import install_language
from exchangedesk.ui.overview.attention import AttentionModel
from exchangedesk.ui.overview.attention_texts import explanation_text, title_text, when_text
from exchangedesk.ui.overview.calendar_style import event_title

TODAY = dt.date(2026, 12, 7)


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert install_language(request.param)
    yield request.param
    install_language("en")


def plain(text: str) -> str:
    """CLDR puts no-break and narrow no-break spaces in dates and money; compare with spaces."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def conflict(count: int) -> AttentionItem:
    return AttentionItem(
        AttentionKind.CONFLICT,
        "English",
        "English",
        TODAY,
        RecordRef("delegations", 1),
        facts=AttentionFacts(subject="Хор", count=count, conflict=ConflictKind.PASSPORT_EXPIRES),
    )


def visit(days: int) -> AttentionItem:
    arrives = TODAY + dt.timedelta(days=days)
    return AttentionItem(
        AttentionKind.VISIT,
        "English",
        "English",
        arrives,
        RecordRef("delegations", 2),
        facts=AttentionFacts(
            subject="Choir",
            day=arrives,
            cities="Coventry – Volgograd",
            direction=Direction.INCOMING,
        ),
    )


def anniversary(years: int) -> AttentionItem:
    on = dt.date(2027, 1, 1)
    return AttentionItem(
        AttentionKind.ANNIVERSARY,
        "English",
        "English",
        on,
        RecordRef("partnerships", 3),
        DatePrecision.YEAR,
        AttentionFacts(cities="Coventry – Kiel", years=years, day=on, jubilee=True),
    )


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_russian_counts_take_one_few_many(language: str) -> None:
    assert [title_text(conflict(n), TODAY) for n in (1, 3, 5, 21)] == [
        "У «Хор» 1 нерешённый конфликт",
        "У «Хор» 3 нерешённых конфликта",
        "У «Хор» 5 нерешённых конфликтов",
        "У «Хор» 21 нерешённый конфликт",
    ]
    assert [title_text(visit(n), TODAY) for n in (1, 2, 5)] == [
        "Входящая делегация «Choir» прибывает завтра",
        "Входящая делегация «Choir» прибывает через 2 дня",
        "Входящая делегация «Choir» прибывает через 5 дней",
    ]
    assert [title_text(anniversary(n), TODAY).split(" побратимству")[0] for n in (1, 2, 80)] == [
        "1 год",
        "2 года",
        "80 лет",
    ]
    # The first conflict's kind in Russian, and how many more.
    assert explanation_text(conflict(3), TODAY).startswith("Паспорт")
    assert "и ещё 2" in explanation_text(conflict(3), TODAY)
    # The date column in Russian: the month's abbreviation, not "Jan".
    assert plain(when_text(dt.date(2027, 1, 18), TODAY, DatePrecision.DAY)) == "пн, 18 янв. 2027 г."


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_german_lines_and_dates(language: str) -> None:
    assert title_text(conflict(1), TODAY) == "„Хор“ hat 1 ungelösten Konflikt"
    assert title_text(conflict(2), TODAY) == "„Хор“ hat 2 ungelöste Konflikte"
    assert title_text(visit(42), TODAY) == "Empfangene Delegation „Choir“ kommt in 42 Tagen an"
    assert title_text(visit(0), TODAY) == "Empfangene Delegation „Choir“ kommt heute an"
    assert title_text(anniversary(80), TODAY) == "80 Jahre Coventry – Kiel im Jahr 2027"
    shipment = AttentionItem(
        AttentionKind.SHIPMENT,
        "English",
        "English",
        None,
        RecordRef("aid", 4),
        facts=AttentionFacts(
            reference="DRS-1", cities="Dresden", status=ShipmentStatus.PACKED, campaign="Books"
        ),
    )
    assert title_text(shipment, TODAY).startswith("Sendung DRS-1 nach Dresden: ")
    assert "packed" not in title_text(shipment, TODAY)
    assert plain(when_text(dt.date(2027, 1, 18), TODAY, DatePrecision.DAY)) == "Mo., 18. Jan. 2027"
    assert when_text(TODAY, TODAY, DatePrecision.DAY) == "Heute"


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_the_model_shows_the_worded_lines(language: str, qtbot) -> None:  # noqa: ANN001
    model = AttentionModel()
    model.set_items([conflict(2), visit(3)], TODAY)
    heading = model.index(0, 0)
    assert heading.data() == "Ungelöste Konflikte (1)"
    row = model.index(0, 0, heading)
    assert row.data() == "„Хор“ hat 2 ungelöste Konflikte"
    assert "Vor dem Bestätigen" in model.explanation_at(row.siblingAtColumn(1))
    assert "English" not in str(row.data(0)) + model.explanation_at(row)


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_calendar_titles_in_russian(language: str) -> None:
    day = dt.date(2027, 4, 25)
    observance = CalendarEvent(
        EventKind.OBSERVANCE, 0, "World Sister Cities Day", day, day, "", None, None
    )
    assert event_title(observance) != "World Sister Cities Day"
    jubilee = CalendarEvent(
        EventKind.ANNIVERSARY, 5, "25 years: A – B", day, day, "A – B", None, None, 25
    )
    assert event_title(jubilee) == "25 лет: A – B"
