"""Exports of the partnerships area: partnerships and cities."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchangedesk.db.models import City, Partnership, PartnershipArea
from exchangedesk.interchange.spreadsheets import DATE, INTEGER, NUMBER, SheetColumn
from exchangedesk.services.exports._support import Table, text


def partnerships(session: Session, sensitive: bool) -> Table:
    cities = {c.id: c for c in session.scalars(select(City))}
    areas: dict[int, list[str]] = {}
    for pid, area in session.execute(select(PartnershipArea.partnership_id, PartnershipArea.area)):
        areas.setdefault(pid, []).append(text(area) or "")
    columns = [
        SheetColumn("ID", INTEGER),
        SheetColumn("City"),
        SheetColumn("Country"),
        SheetColumn("Partner city"),
        SheetColumn("Partner native name"),
        SheetColumn("Partner country"),
        SheetColumn("Kind"),
        SheetColumn("Status"),
        SheetColumn("Signed", DATE),
        SheetColumn("Ended", DATE),
        SheetColumn("Signatories"),
        SheetColumn("Areas of cooperation"),
        SheetColumn("Source"),
        SheetColumn("Notes"),
    ]
    rows = []
    for p in session.scalars(select(Partnership).order_by(Partnership.id)):
        a, b = cities[p.city_a_id], cities[p.city_b_id]
        rows.append(
            (
                p.id,
                a.name,
                a.country_code,
                b.name,
                b.native_name,
                b.country_code,
                text(p.kind),
                text(p.status),
                p.signed_on,
                p.ended_on,
                p.signatories,
                ", ".join(sorted(areas.get(p.id, []))) or None,
                p.source,
                p.notes,
            )
        )
    return Table(columns, rows)


def cities(session: Session, sensitive: bool) -> Table:
    columns = [
        SheetColumn("ID", INTEGER),
        SheetColumn("Name"),
        SheetColumn("Native name"),
        SheetColumn("Transliteration"),
        SheetColumn("Country"),
        SheetColumn("Region"),
        SheetColumn("Population", INTEGER),
        SheetColumn("Latitude", NUMBER),
        SheetColumn("Longitude", NUMBER),
        SheetColumn("Time zone"),
        SheetColumn("Languages"),
        SheetColumn("GeoNames ID", INTEGER),
    ]
    rows = [
        (
            c.id,
            c.name,
            c.native_name,
            c.transliteration,
            c.country_code,
            c.region,
            c.population,
            c.latitude,
            c.longitude,
            c.timezone,
            c.languages,
            c.geonames_id,
        )
        for c in session.scalars(select(City).order_by(City.name, City.id))
    ]
    return Table(columns, rows)


def pairs(session: Session, sensitive: bool) -> Table:
    """The partnerships in the layout ``exchangedesk import pairs`` reads (twin_cities.csv's):
    both cities with country and coordinates, so a register's pairs can move to another
    register, or come back after editing in a spreadsheet, as the reference list does."""
    cities = {c.id: c for c in session.scalars(select(City))}
    columns = [
        SheetColumn("city1"),
        SheetColumn("country1"),
        SheetColumn("lat1", NUMBER),
        SheetColumn("lng1", NUMBER),
        SheetColumn("city2"),
        SheetColumn("country2"),
        SheetColumn("lat2", NUMBER),
        SheetColumn("lng2", NUMBER),
    ]
    rows = []
    for p in session.scalars(select(Partnership).order_by(Partnership.id)):
        a, b = cities[p.city_a_id], cities[p.city_b_id]
        rows.append(
            (
                a.name, a.country_code, a.latitude, a.longitude,
                b.name, b.country_code, b.latitude, b.longitude,
            )  # fmt: skip
        )
    rows.sort(key=lambda row: (row[1], row[0], row[5], row[4]))  # the same order from any register
    return Table(columns, rows)
