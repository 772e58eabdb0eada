"""Every kind of record exports from the demo register in both formats and reads back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from exchangedesk.db.models import AuditEntry, City
from exchangedesk.db.opening import open_database
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.exports import export_kind, export_kinds, export_sheet, export_to_file
from export_support import read_csv, read_xlsx, xlsx_cells

KINDS = [kind.name for kind in export_kinds()]
REQUIRED = {
    "partnerships", "cities", "people", "organisations", "delegations", "members", "itinerary",
    "programmes", "participants", "host-families", "placements", "gifts", "contributions",
    "shipments", "shipment-lines", "documents",
}  # fmt: skip
SENSITIVE_TITLES = {"Date of birth", "Passport number", "Dietary notes", "Medical notes"}


@pytest.fixture
def database(demo_path: Path):  # noqa: ANN201
    handle = open_database(demo_path)
    yield handle.database
    handle.close()


def test_every_kind_the_issue_names_exists() -> None:
    assert set(KINDS) >= REQUIRED


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_exports_in_both_formats_and_reads_back(database, tmp_path, kind) -> None:  # noqa: ANN001
    sheet = export_sheet(database, kind)
    assert sheet.rows, f"the demo register has {kind}"
    titles = [c.title for c in sheet.columns]
    export_to_file(database, kind, tmp_path / "x.csv", "csv")
    export_to_file(database, kind, tmp_path / "x.xlsx", "xlsx")
    from_csv = read_csv(tmp_path / "x.csv")
    from_xlsx = read_xlsx(tmp_path / "x.xlsx")
    assert from_csv[0] == titles == from_xlsx[0]
    assert len(from_csv) == len(from_xlsx) == len(sheet.rows) + 1
    assert not SENSITIVE_TITLES & set(titles), "no sensitive column unless asked"
    cells = xlsx_cells(tmp_path / "x.xlsx")
    assert cells.freeze_panes == "A2"
    for row, expected in zip(cells.iter_rows(min_row=2), sheet.rows, strict=True):
        for cell, value in zip(row, expected, strict=True):
            assert cell.data_type != "f"
            if isinstance(value, str):
                assert cell.value == value.replace("\r", "\n")
            elif isinstance(value, Decimal):
                assert cell.data_type == "n" and Decimal(str(cell.value)) == value
            elif isinstance(value, dt.date):
                assert cell.is_date


def test_amounts_are_numbers_with_a_currency_column(database, tmp_path) -> None:  # noqa: ANN001
    export_to_file(database, "contributions", tmp_path / "c.xlsx", "xlsx")
    rows = read_xlsx(tmp_path / "c.xlsx")
    amount, currency = rows[0].index("Amount"), rows[0].index("Currency")
    assert all(isinstance(r[amount], int | float) for r in rows[1:])
    assert all(isinstance(r[currency], str) and len(r[currency]) == 3 for r in rows[1:])


def test_names_in_native_script_are_intact(database, tmp_path) -> None:  # noqa: ANN001
    export_to_file(database, "people", tmp_path / "p.csv", "csv")
    export_to_file(database, "people", tmp_path / "p.xlsx", "xlsx")
    csv_rows, xlsx_rows = read_csv(tmp_path / "p.csv"), read_xlsx(tmp_path / "p.xlsx")
    column = csv_rows[0].index("Family name (native)")
    natives = [r[column] for r in csv_rows[1:] if r[column]]
    assert any("\u0400" <= ch <= "\u04ff" for name in natives for ch in name)  # Cyrillic
    assert natives == [r[column] for r in xlsx_rows[1:] if r[column]]


def test_sensitive_columns_only_when_asked_and_then_audited(database, demo_path) -> None:  # noqa: ANN001
    plain = export_sheet(database, "people")
    assert not SENSITIVE_TITLES & {c.title for c in plain.columns}
    with database.reading() as session:
        before = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all()
    assert before == []
    full = export_sheet(database, "people", sensitive=True, actor="secretary")
    titles = [c.title for c in full.columns]
    assert set(titles) >= SENSITIVE_TITLES
    births = [r[titles.index("Date of birth")] for r in full.rows]
    assert any(isinstance(b, dt.date) for b in births), "the demo has birth dates"
    with database.reading() as session:
        entries = [
            (e.actor, e.entity, e.summary)
            for e in session.scalars(select(AuditEntry).where(AuditEntry.action == "export"))
        ]
    assert len(entries) == 1
    actor, entity, summary = entries[0]
    assert actor == "secretary" and entity == "people"
    assert "Sensitive details" in summary
    passport = titles.index("Passport number")
    assert all(r[passport] is None or r[passport] not in summary for r in full.rows)


def test_participants_and_members_carry_health_notes_only_when_asked(database) -> None:  # noqa: ANN001
    for kind in ("participants", "members"):
        assert "Medical notes" not in {c.title for c in export_sheet(database, kind).columns}
        asked = export_sheet(database, kind, sensitive=True, actor="t")
        assert "Medical notes" in {c.title for c in asked.columns}


def test_the_filter_keeps_the_rows_matching_every_word_folded(database) -> None:  # noqa: ANN001
    every = export_sheet(database, "cities")
    some = export_sheet(database, "cities", text_filter="VOLGOGRAD")
    assert 0 < len(some.rows) < len(every.rows)
    assert all("volgograd" in " ".join(map(str, r)).lower() for r in some.rows)
    assert export_sheet(database, "cities", text_filter="volgograd zzzz").rows == []


def test_a_sensitive_filter_cannot_find_people_by_hidden_details(database) -> None:  # noqa: ANN001
    full = export_sheet(database, "people", sensitive=True, actor="t")
    titles = [c.title for c in full.columns]
    passports = [
        r[titles.index("Passport number")] for r in full.rows if r[titles.index("Passport number")]
    ]
    if not passports:
        pytest.skip("no passport numbers in the demo")
    assert export_sheet(database, "people", text_filter=passports[0]).rows == []


def test_kind_names_take_dash_or_underscore() -> None:
    assert export_kind("host_families").name == "host-families"
    assert export_kind("Shipment_Lines").name == "shipment-lines"
    with pytest.raises(ValidationError, match="kinds: partnerships"):
        export_kind("weather")


def test_a_formula_city_comes_out_as_text(database, tmp_path) -> None:  # noqa: ANN001
    evil = '=HYPERLINK("http://x","y")'
    with database.unit_of_work() as session:
        session.add(
            City(name=evil, country_code="GB", search_key="x", native_name="+44 20 7946 0000")
        )
    export_to_file(database, "cities", tmp_path / "c.csv", "csv")
    export_to_file(database, "cities", tmp_path / "c.xlsx", "xlsx")
    csv_rows = read_csv(tmp_path / "c.csv")
    assert ["'" + evil, "'+44 20 7946 0000"] in [r[1:3] for r in csv_rows]
    xlsx_rows = read_xlsx(tmp_path / "c.xlsx")
    assert [evil, "+44 20 7946 0000"] in [r[1:3] for r in xlsx_rows]
