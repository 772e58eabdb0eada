"""The partnership map printed in the register and the annual report: a page more at the end,
read back with poppler (heading, legend, home city, how many lines), and the same filter as the
document (the register maps every partnership, a report only its own)."""

# ruff: noqa: F811 - fixtures imported by name

from __future__ import annotations

from sqlalchemy import select

from exchangedesk.db.models import City
from exchangedesk.db.opening import open_database
from exchangedesk.reports.annual_report import AnnualReportRenderer
from exchangedesk.reports.partnership_register import PartnershipRegisterRenderer
from exchangedesk.services.documents.annual_report_data import annual_report_data
from exchangedesk.services.documents.catalogue import render_document
from exchangedesk.services.documents.report_data import partnership_register_data
from reports.conftest import (  # noqa: F401
    ISSUED,
    demo,
    demo_copy,
    demo_file,
    flat,
    pdf_text,
    pdf_tool,
)
from reports.test_partnership_reports import partnership_between

LEGEND = ("Active", "Letter of intent", "Proposed", "Suspended", "Terminated")


def pages(pdf: bytes, tmp_path) -> int:  # noqa: ANN001
    info = pdf_tool("pdfinfo", pdf, tmp_path)
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def last_page(pdf: bytes, tmp_path) -> str:  # noqa: ANN001
    # pdftotext ends every page with a form feed
    return flat(pdf_text(pdf, tmp_path).rstrip("\f").split("\f")[-1])


def test_register_ends_with_a_map_of_every_partnership(demo, tmp_path):
    printed = render_document(demo, "partnership_register", None, issued_on=ISSUED)
    data = partnership_register_data(demo, issued_on=ISSUED)
    without = PartnershipRegisterRenderer(data).render()
    assert pages(printed.pdf, tmp_path) == pages(without, tmp_path) + 1
    page = last_page(printed.pdf, tmp_path)
    assert page.startswith(
        "Coventry Twinning Committee Register of partnerships Map of partnerships"
    )
    assert "Coventry" in page.removeprefix("Coventry Twinning Committee")  # the home city, named
    for word in LEGEND:
        assert word in page, word
    placed = len(data.partnerships)  # every demo city has coordinates
    assert f"{placed} partnerships on the map" in page and "Natural Earth" in page
    assert "Map of partnerships" not in flat(pdf_text(without, tmp_path))


def test_annual_report_maps_only_its_own_partnership(demo, tmp_path):
    harbin = partnership_between(demo, "Coventry", "Harbin")
    printed = render_document(
        demo, "partnership_report", harbin, years=(2020, 2024), issued_on=ISSUED
    )
    data = annual_report_data(demo, harbin, (2020, 2024), issued_on=ISSUED)
    without = AnnualReportRenderer(data).render()
    assert pages(printed.pdf, tmp_path) == pages(without, tmp_path) + 1
    page = last_page(printed.pdf, tmp_path)
    assert "Map of partnerships Coventry – Harbin: report 2020–2024" in page
    assert "1 partnership on the map" in page
    for word in LEGEND:
        assert word in page, word


def test_the_map_speaks_the_documents_language(demo, tmp_path):
    printed = render_document(demo, "partnership_register", None, issued_on=ISSUED, language="de")
    page = last_page(printed.pdf, tmp_path)
    assert "Karte der Partnerschaften" in page and "Aktiv" in page and "auf der Karte" in page
    assert "Letter of intent" not in page


def test_a_city_without_coordinates_is_said_to_be_left_off(demo_copy, tmp_path):
    handle = open_database(demo_copy)
    try:
        with handle.database.unit_of_work() as session:
            harbin = session.scalars(select(City).where(City.name.startswith("Harbin"))).one()
            harbin.latitude = harbin.longitude = None
        printed = render_document(handle.database, "partnership_register", None, issued_on=ISSUED)
        listed = partnership_register_data(handle.database, issued_on=ISSUED).partnerships
    finally:
        handle.close()
    page = last_page(printed.pdf, tmp_path)
    off = sum(1 for p in listed if "Harbin" in (p.partner.name, p.home.name))
    assert off >= 1
    assert f"{len(listed) - off} partnerships on the map" in page
    assert f"{off} left off: " in page and "without coordinates." in page
