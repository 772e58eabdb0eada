"""Importing partnership pairs: each fault of real lists, all-or-nothing, and the real file."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy import func, select

from exchangedesk.db.models import AuditEntry, City, Partnership, PartnershipStatusChange
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import PartnershipKind, PartnershipStatus
from exchangedesk.interchange import twin_pairs
from exchangedesk.services.partnerships import pairs_import as imports
from exchangedesk.services.partnerships.pairs_import import (
    ImportCancelled,
    ImportFileError,
    ImportReport,
    import_pairs,
)

HEADER = "city1,country1,lat1,lng1,city2,country2,lat2,lng2"


def write_csv(path: Path, lines: Sequence[str], *, newline: str = "\n", bom: bool = False) -> Path:
    data = newline.join([HEADER, *lines]) + newline
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data.encode("utf-8"))
    return path


def counts(database: Database) -> tuple[int, int, int, int]:
    with database.reading() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(model))
            for model in (City, Partnership, PartnershipStatusChange, AuditEntry)
        )


def cities(database: Database) -> list[tuple[str, str, float | None, str]]:
    with database.reading() as session:
        return [
            tuple(r)
            for r in session.execute(
                select(City.name, City.country_code, City.latitude, City.search_key).order_by(
                    City.id
                )
            )
        ]


def pairs(database: Database) -> list[tuple[str, str, str | None]]:
    with database.reading() as session:
        a = City.__table__.alias("a")
        b = City.__table__.alias("b")
        rows = session.execute(
            select(a.c.name, b.c.name, Partnership.source)
            .join(a, a.c.id == Partnership.city_a_id)
            .join(b, b.c.id == Partnership.city_b_id)
            .order_by(Partnership.id)
        )
        return [tuple(r) for r in rows]


def assert_totals_add_up(report: ImportReport) -> None:
    assert report.rows == report.rows_accounted


SMALL = [
    "Coventry,England,52.41,-1.51,Volgograd,Russia,48.71,44.51",  # row 2
    'Coventry,"England, United Kingdom",52.41,-1.51,Dresden,Germany,51.05,13.74',  # row 3
    "Volgograd,Russia,48.71,44.51,Coventry,United Kingdom,52.41,-1.51",  # row 4: B-A of row 2
    "Nienburg,Germany,52.64,9.25,Nienburg,Germany,52.64,9.25",  # row 5: self-twin
    'Ningbo,China,29.86,121.62,"Varna, Bulgaria",,43.21,27.91',  # row 6: repaired
    "Ningbo,China,29.86,121.62,Springfield,,1,2",  # row 7: refused, no country
    "Sulmona,Italy,42.04,13.93,Zakynthos,Grece,37.8,20.75",  # row 8: Grece
]


# --- each fault --------------------------------------------------------------------------------


def test_a_small_list_is_imported_with_a_truthful_report(
    database: Database, tmp_path: Path
) -> None:
    report = import_pairs(database, write_csv(tmp_path / "pairs.csv", SMALL))

    assert report.saved and report.rows == 7
    assert report.partnerships_created == 4  # Coventry–Volgograd, –Dresden, Ningbo–Varna, Sulmona
    assert [(d.row, d.message) for d in report.duplicates_merged] == [(4, "same pair as row 2")]
    assert [(r.row, r.kind) for r in report.refused] == [(5, "self-twinned"), (7, "no country")]
    assert [r.row for r in report.repaired] == [6]
    assert report.cities_created == 7 and report.cities_matched == 0
    assert_totals_add_up(report)

    names = {(name, code) for name, code, _, _ in cities(database)}
    assert ("Coventry", "GB") in names and ("Varna", "BG") in names and ("Zakynthos", "GR") in names
    assert counts(database) == (7, 4, 0, 1)  # no status changes; one audit entry
    assert pairs(database)[0] == ("Coventry", "Volgograd", "pairs.csv row 2")
    with database.reading() as session:
        partnership = session.scalars(select(Partnership)).first()
        assert partnership is not None
        assert partnership.kind is PartnershipKind.TWIN_TOWN
        assert partnership.status is PartnershipStatus.ACTIVE


def test_england_england_uk_and_united_kingdom_are_one_country_and_one_city(
    database: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "gb.csv",
        [
            "Coventry,England,52.41,-1.51,Kyiv,Ukraine,50.45,30.52",
            'Coventry,"England, United Kingdom",52.41,-1.51,Graz,Austria,47.07,15.44',
            "Coventry,United Kingdom,52.41,-1.51,Belgrade,Serbia,44.8,20.47",
        ],
    )
    report = import_pairs(database, path)
    assert report.cities_created == 4
    assert [c for c in cities(database) if c[0] == "Coventry"][0][1] == "GB"
    assert {c.text: c.code for c in report.countries}["England, United Kingdom"] == "GB"


def test_a_duplicate_pair_is_merged_in_either_order(database: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "dup.csv",
        [
            "Berat,Albania,40.7,19.95,Fermo,Italy,43.16,13.71",
            "Fermo,Italy,43.16,13.71,Berat,Albania,40.7,19.95",
            "BERAT,Albania,40.7,19.95,Fermo,Italy,43.16,13.71",
        ],
    )
    report = import_pairs(database, path)
    assert report.partnerships_created == 1
    assert [(d.row, d.message) for d in report.duplicates_merged] == [
        (3, "same pair as row 2"),
        (4, "same pair as row 2"),
    ]
    assert counts(database)[:2] == (2, 1)


def test_spellings_differing_in_case_diacritics_and_spaces_are_one_city(
    database: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "spell.csv",
        [
            "Boleslawiec,Poland,51.26,15.56,Pirna,Germany,50.96,13.94",
            "Bolesławiec,Poland,51.26,15.56,Siegburg,Germany,50.8,7.2",
            "  BOLESŁAWIEC ,Poland,51.26,15.56,Tarnów,Poland,50.01,20.98",
        ],
    )
    report = import_pairs(database, path)
    assert report.cities_created == 4
    assert report.partnerships_created == 3
    (city,) = [c for c in cities(database) if c[0].casefold().startswith("boles")]
    assert city[0] == "Bolesławiec"  # the fullest spelling is shown
    assert city[3] == "boleslawiec"
    assert [n.row for n in report.spellings_matched] == [3, 4]


def test_bracket_qualifiers_are_kept_for_display_and_read_for_matching(
    database: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "brackets.csv",
        [
            "Limanowa,Poland,49.7,20.42,Dolný Kubín,Slovakia,49.2,19.3",
            "Limanowa (rural gmina),Poland,49.7,20.42,Mosina,Poland,52.24,16.84",
            "Halle,Germany,51.48,11.97,Linz,Austria,48.3,14.29",
            "Halle (Saale),Germany,51.49,11.96,Oulu,Finland,65.01,25.47",
        ],
    )
    report = import_pairs(database, path)
    stored = {c[0]: c for c in cities(database)}
    assert "Limanowa" in stored and "Limanowa (rural gmina)" in stored  # two places
    assert stored["Limanowa (rural gmina)"][3] == "limanowa (rural gmina)|limanowa"
    assert "Halle (Saale)" not in stored  # same place as Halle: one city
    assert "halle (saale)" in stored["Halle"][3]
    assert report.cities_created == 7
    assert [n.row for n in report.spellings_matched] == [5]


def test_empty_country_rows_are_repaired_or_refused(database: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "empty.csv",
        [
            'Rostock,Germany,54.08,12.13,"Varna, Bulgaria",,43.21,27.91',
            "Portsmouth,England,50.8,-1.08,Falkland Islands,,-51.73,-59.22",
            "Rostock,Germany,54.08,12.13,Somewhere,,1,2",
            "Varna,Bulgaria,43.21,27.91,Odesa,Ukraine,46.48,30.72",
        ],
    )
    report = import_pairs(database, path)
    assert [(r.row, "country2 was empty" in r.message) for r in report.repaired] == [
        (2, True),
        (3, True),
    ]
    assert [(r.row, r.kind) for r in report.refused] == [(4, "no country")]
    assert [c for c in cities(database) if c[0] == "Varna"] == [
        ("Varna", "BG", 43.21, "varna")
    ]  # the repaired Varna and the plain one are the same city
    assert_totals_add_up(report)


def test_bad_coordinates_are_dropped_with_a_warning(database: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "coords.csv",
        [
            "Varna,Bulgaria,143.2,27.9,Rostock,Germany,,",
            "Varna,Bulgaria,43.2,27.9,Odesa,Ukraine,north,30.7",
        ],
    )
    report = import_pairs(database, path)
    assert [w.row for w in report.warnings] == [2, 2, 3]
    assert "out of range" in report.warnings[0].message
    stored = {c[0]: c for c in cities(database)}
    assert stored["Varna"][2] == 43.2  # the first valid position seen
    assert stored["Rostock"][2] is None and stored["Odesa"][2] is None


def test_crlf_and_a_byte_order_mark_are_accepted(database: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "windows.csv", SMALL, newline="\r\n", bom=True)
    report = import_pairs(database, path)
    assert report.partnerships_created == 4
    assert all("\r" not in c[0] and "\ufeff" not in c[0] for c in cities(database))


def test_a_stream_can_be_imported_with_a_source_name(database: Database) -> None:
    stream = io.BytesIO(("\n".join([HEADER, *SMALL]) + "\n").encode())
    report = import_pairs(database, stream, source_name="upload.csv")
    assert report.source == "upload.csv"
    assert pairs(database)[0][2] == "upload.csv row 2"


def test_cities_and_pairs_already_in_the_database_are_matched(
    database: Database, tmp_path: Path
) -> None:
    with database.unit_of_work() as session:
        coventry = City(name="Coventry", country_code="GB", search_key="coventry")
        volgograd = City(name="Volgograd", country_code="RU", search_key="volgograd")
        session.add_all([coventry, volgograd])
        session.flush()
        session.add(
            Partnership(
                city_a_id=coventry.id,
                city_b_id=volgograd.id,
                kind=PartnershipKind.SISTER_CITY,
                status=PartnershipStatus.SUSPENDED,
            )
        )
    report = import_pairs(database, write_csv(tmp_path / "pairs.csv", SMALL))
    assert report.cities_matched == 2
    assert report.cities_created == 5
    assert report.partnerships_matched == 1  # row 2; row 4 is its duplicate
    assert report.partnerships_created == 3
    assert_totals_add_up(report)
    with database.reading() as session:
        kept = session.scalars(select(Partnership).order_by(Partnership.id)).first()
        assert kept is not None and kept.status is PartnershipStatus.SUSPENDED  # untouched


def test_importing_the_same_file_twice_creates_nothing_new(
    database: Database, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "pairs.csv", SMALL)
    first = import_pairs(database, path)
    before = counts(database)
    again = import_pairs(database, path)
    assert (again.cities_created, again.partnerships_created) == (0, 0)
    assert again.cities_matched == first.cities_created
    assert again.partnerships_matched == first.partnerships_created
    assert counts(database)[:2] == before[:2]


# --- all or nothing ----------------------------------------------------------------------------


def test_a_missing_column_names_it_and_writes_nothing(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("city1,country1,lat1,lng1,city2,lat2,lng2\nA,France,1,2,B,3,4\n")
    before = counts(database)
    with pytest.raises(ImportFileError, match=r"'country2' is missing from the header \(row 1\)"):
        import_pairs(database, path)
    assert counts(database) == before


def test_a_dry_run_writes_nothing_and_reports_the_same(database: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "pairs.csv", SMALL)
    before = counts(database)
    dry = import_pairs(database, path, dry_run=True)
    assert counts(database) == before
    assert dry.dry_run and "dry run, nothing saved" in dry.summary_lines()[0]
    real = import_pairs(database, path)
    same = {"saved", "seconds"}
    for field in ImportReport.__dataclass_fields__:
        if field not in same:
            assert getattr(dry, field) == getattr(real, field), field


def test_a_failure_midway_leaves_the_database_untouched(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_csv(tmp_path / "pairs.csv", SMALL)
    import_pairs(database, write_csv(tmp_path / "other.csv", [SMALL[-1]]))
    before = counts(database)
    real_normalise = twin_pairs.normalise_row

    def fail_on_row_5(row, *args):
        if row == 5:
            raise RuntimeError("disk on fire")
        return real_normalise(row, *args)

    monkeypatch.setattr(twin_pairs, "normalise_row", fail_on_row_5)
    with pytest.raises(RuntimeError, match="disk on fire"):
        import_pairs(database, path)
    assert counts(database) == before


def test_a_failure_after_the_cities_were_written_rolls_them_back(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args, **kwargs):
        raise RuntimeError("constraint violated")

    monkeypatch.setattr(imports, "insert_partnerships", fail)
    with pytest.raises(RuntimeError):
        import_pairs(database, write_csv(tmp_path / "pairs.csv", SMALL))
    assert counts(database) == (0, 0, 0, 0)


@pytest.mark.parametrize("when", ["first", "reading", "matching", "writing", "last"])
def test_a_cancelled_import_saves_nothing(database: Database, tmp_path: Path, when: str) -> None:
    lines = [f"Town {i},France,45,2,Town {i},Germany,50,8" for i in range(600)]
    path = write_csv(tmp_path / "many.csv", lines)
    questions = 0

    def count() -> bool:
        nonlocal questions
        questions += 1
        return False

    import_pairs(database, path, dry_run=True, cancelled=count)
    # asked at the start, at rows 500 and 600 of each pass, before the writes, after the city
    # insert, and once more when everything is written
    assert questions == 7
    cancel_at = {"first": 1, "reading": 2, "matching": 4, "writing": 6, "last": 7}[when]
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked >= cancel_at

    with pytest.raises(ImportCancelled, match="nothing was saved"):
        import_pairs(database, path, cancelled=cancelled)
    assert asked == cancel_at
    assert counts(database) == (0, 0, 0, 0)


def test_progress_is_reported_every_500_rows_and_ends_complete(
    database: Database, tmp_path: Path
) -> None:
    lines = [f"Town {i},France,45,2,Town {i},Germany,50,8" for i in range(1200)]
    calls: list[tuple[int, int]] = []
    report = import_pairs(
        database,
        write_csv(tmp_path / "many.csv", lines),
        progress=lambda d, t: calls.append((d, t)),
    )
    assert report.partnerships_created == 1200
    assert {t for _, t in calls} == {2400}
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert done[0] == 0 and done[-1] == 2400
    assert {500, 1000, 1200, 1700, 2200} <= set(done)


def test_a_read_only_database_is_refused_before_reading(database: Database, tmp_path: Path) -> None:
    database.read_only = True
    try:
        with pytest.raises(imports.DatabaseError, match="read-only"):
            import_pairs(database, write_csv(tmp_path / "pairs.csv", SMALL))
    finally:
        database.read_only = False


def test_the_summary_accounts_for_every_row(database: Database, tmp_path: Path) -> None:
    report = import_pairs(database, write_csv(tmp_path / "pairs.csv", SMALL))
    text = "\n".join(report.summary_lines())
    assert "pairs.csv: 7 rows (saved)" in text
    assert "Partnerships: 4 created, 0 already in the database, 1 duplicate rows merged" in text
    assert "row 5: self-twinned" in text
    assert "row 7: country2 is empty" in text
    assert "Check: 7 rows = 4 created + 0 already there + 1 merged + 2 refused" in text


# --- the real file -----------------------------------------------------------------------------


@pytest.mark.slow
def test_the_real_file_imports_truthfully_and_twice_creates_nothing(
    database: Database, shared_data: Path
) -> None:
    path = shared_data / "twin_cities.csv"
    # Speed is measured by the benchmark suite, not asserted here (shared machines are noisy).
    report = import_pairs(database, path)

    assert report.rows == 25_917
    assert_totals_add_up(report)
    assert report.refused_by_kind() == {"self-twinned": 3}
    assert [r.row for r in report.refused] == [12069, 24153, 24482]  # Nienburg, Stryi, Dobřany
    assert [r.row for r in report.repaired] == [4827, 6915, 12309, 20844, 25541]
    # every country string, the empty one included, was read or reported
    assert len(report.countries) == 238
    assert report.unknown_countries == ()
    assert all(c.code for c in report.countries if c.text)
    assert not any(c.method == "fuzzy" for c in report.countries)
    assert len(report.country_codes) == 207
    assert counts(database)[:2] == (report.cities_created, report.partnerships_created)
    assert report.cities_created > 17_000
    assert len(report.duplicates_merged) > 1_000

    again = import_pairs(database, path)
    assert (again.cities_created, again.partnerships_created) == (0, 0)
    assert again.cities_matched == report.cities_created
    assert again.partnerships_matched == report.partnerships_created
    assert len(again.duplicates_merged) == len(report.duplicates_merged)
    assert counts(database)[:2] == (report.cities_created, report.partnerships_created)


def test_native_script_names_match_the_register_and_far_twins_stay_apart(
    database: Database, tmp_path: Path
) -> None:
    """Issue 17: Coventry–Волгоград finds the register's Volgograd; a city known only by its
    native name is named from the gazetteer; Munster/Münster 1,133 km apart are two towns."""
    with database.unit_of_work() as session:
        session.add_all(
            [
                City(name="Volgograd", native_name="Волгоград", country_code="RU",
                     latitude=48.71, longitude=44.5, search_key="volgograd|волгоград"),
                City(name="Coventry", country_code="GB", latitude=52.41, longitude=-1.51,
                     search_key="coventry"),
            ]
        )  # fmt: skip
    path = write_csv(
        tmp_path / "native.csv",
        [
            "Coventry,GB,52.41,-1.51,Волгоград,RU,48.71,44.51",
            "Dresden,DE,51.05,13.74,თბილისი,GE,41.69,44.83",
            "Munster,DE,52.99,10.09,Ostrava,CZ,49.83,18.28",
            "Münster,DE,51.96,7.63,Lublin,PL,51.25,22.57",
        ],
    )
    report = import_pairs(database, path)
    assert report.cities_matched == 2  # Coventry and Volgograd, no new Волгоград
    stored = {c[0]: c for c in cities(database)}
    assert "Волгоград" not in stored
    assert "Tbilisi" in stored and "თბილისი" in stored["Tbilisi"][3]
    assert {"Munster", "Münster"} <= set(stored)
    assert any("kept as two towns" in n.message and n.row == 5 for n in report.warnings)
    again = import_pairs(database, path)  # nothing new the second time
    assert (again.cities_created, again.partnerships_created) == (0, 0)
