"""The register of partnerships and a partnership's annual report, read back with poppler."""

# ruff: noqa: F811 - fixtures imported by name

from __future__ import annotations

import pytest
from sqlalchemy import select

from exchangedesk.db.models import City, Partnership
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.documents.annual_report_data import annual_report_data
from exchangedesk.services.documents.catalogue import render_document
from reports.conftest import ISSUED, demo, demo_file  # noqa: F401
from reports.report_support import (  # noqa: F401
    GREEK_CITY,
    HOSTILE,
    assert_covered,
    polyglot,
    polyglot_file,
    printed_literally,
    read_back,
)


def partnership_between(database, first: str, second: str) -> int:
    with database.reading() as session:
        ids = {
            name: session.scalars(select(City.id).where(City.name.startswith(name))).one()
            for name in (first, second)
        }
        return session.scalars(
            select(Partnership.id).where(
                Partnership.city_a_id == ids[first], Partnership.city_b_id == ids[second]
            )
        ).one()


def test_register_lists_every_partnership_with_its_status(polyglot, tmp_path):
    printed = render_document(polyglot, "partnership_register", None, issued_on=ISSUED)
    text = read_back(printed.pdf, tmp_path)
    assert "Register of partnerships" in text and "As at 10 May 2025" in text
    assert "Partnerships 18" in text and "Active: 14, Suspended: 1, Terminated: 1" in text
    for name in ("Volgograd", "Волгоград", "哈尔滨", "Saint-Étienne", GREEK_CITY, "Суздаль"):
        assert name in text, name
    assert "Suspended since 22 Mar 2022" in text  # the last change of status
    assert "Twin town" in text and "Culture, Education" in text
    assert printed_literally(HOSTILE[0], text)  # a city typed as markup prints as typed
    with polyglot.reading() as session:
        names = session.scalars(select(City.native_name)).all()
    assert_covered(*names)


def test_annual_report_counts_each_kind_of_record_per_year(polyglot, tmp_path):
    coventry_volgograd = partnership_between(polyglot, "Coventry", "Volgograd")
    printed = render_document(
        polyglot, "partnership_report", coventry_volgograd, years=(1943, 1970), issued_on=ISSUED
    )
    text = read_back(printed.pdf, tmp_path)
    assert printed.title == "Coventry – Volgograd: report 1943–1970"
    assert "Coventry – Волгоград" in text
    assert "Period 1 January 1943 – 31 December 1970" in text
    assert "2 visits, 2 student exchanges, 3 gifts, 1 aid shipment" in text
    # The table under the chart: only years with records, in a long range.
    assert "1945 1 0 0 0" in text and "1970 0 1 1 0" in text and "Total 2 2 3 1" in text
    assert "15–16 Apr 1945 Clementine Churchill in Stalingrad" in text
    assert "4 Jul 1970 – 25 Jul 1970" not in text and "4–25 Jul 1970 Return visit" in text
    assert "1 Jan 1944 Tablecloth embroidered with 830 names of Coventry women" in text
    assert "Coventry appeal for Stalingrad" in text and "20.75 GBP" in text  # 1943 only
    assert printed_literally(HOSTILE[0], text) and printed_literally(HOSTILE[1], text)
    data = annual_report_data(polyglot, coventry_volgograd, (1943, 1970))
    assert [y.year for y in data.years] == list(range(1943, 1971))  # the chart has every year
    assert sum(y.visits for y in data.years) == len(data.visits) == 2


def test_a_year_with_nothing_says_so(demo, tmp_path):
    harbin = partnership_between(demo, "Coventry", "Harbin")
    printed = render_document(demo, "partnership_report", harbin, years=(1990, 1990))
    text = read_back(printed.pdf, tmp_path)
    assert "Coventry – Harbin in 1990" in text and "Coventry – 哈尔滨" in text
    assert "No visits in this period." in text and "No aid collected or sent" in text


def test_years_are_checked(demo):
    harbin = partnership_between(demo, "Coventry", "Harbin")
    with pytest.raises(ValidationError) as refused:
        render_document(demo, "partnership_report", harbin, years=(2020, 2010))
    assert refused.value.field == "years"
    with pytest.raises(ValidationError) as refused:
        render_document(demo, "partnership_report", 9999, years=(2020, 2020))
    assert refused.value.field == "partnership" and "9999" in str(refused.value)


def test_chart_is_vector_text_in_the_chain_fonts(demo, tmp_path):
    volgograd = partnership_between(demo, "Coventry", "Volgograd")
    pdf = render_document(demo, "partnership_report", volgograd, years=(2020, 2027)).pdf
    text = read_back(pdf, tmp_path)  # the chart's labels are text in embedded fonts
    assert "Activity by year" in text
    assert "2020 2021 2022 2023 2024 2025 2026 2027" in text
    assert "Visits Exchanges Gifts Aid shipments" in text
