"""Reading pair lists and reading country names: no database involved."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from exchangedesk.domain.countries import country_name, resolve_country
from exchangedesk.interchange import twin_pairs
from exchangedesk.interchange.twin_pairs import (
    CityNames,
    CountryReader,
    ImportFileError,
    name_key,
    normalise_row,
    parse_position,
    read_pair_file,
    split_qualifier,
    tidy,
)

HEADER = "city1,country1,lat1,lng1,city2,country2,lat2,lng2"


def rows_of(text: str) -> list[twin_pairs.PairRow]:
    pair_file = read_pair_file(io.StringIO(text))
    countries = CountryReader()
    return [normalise_row(n, fields, pair_file, countries) for n, fields in pair_file.rows]


# --- countries ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("England", "GB"),
        ("England, United Kingdom", "GB"),
        ("United Kingdom", "GB"),
        ("Scotland", "GB"),
        ("Wales, United Kingdom", "GB"),
        ("Northern Ireland, United Kingdom", "GB"),
        ("Lower Saxony, Germany", "DE"),
        ("Mecklenburg-Vorpommern, Germany", "DE"),
        ("in Italy", "IT"),
        ("Grece", "GR"),
        ("Kazakhstah", "KZ"),
        ("Madagaskar", "MG"),
        ("Moldavia", "MD"),
        ("Russia", "RU"),
        ("South Korea", "KR"),
        ("North Korea", "KP"),
        ("Iran", "IR"),
        ("Syria", "SY"),
        ("Vietnam", "VN"),
        ("Bolivia", "BO"),
        ("Venezuela", "VE"),
        ("Tanzania", "TZ"),
        ("Czech Republic", "CZ"),
        ("Czechia", "CZ"),
        ("Taiwan", "TW"),
        ("Palestine", "PS"),
        ("West Bank", "PS"),
        ("Kosovo", "XK"),
        ("Ivory Coast", "CI"),
        ("Côte d’Ivoire", "CI"),
        ("Macedonia", "MK"),
        ("North Macedonia", "MK"),
        ("Burma", "MM"),
        ("Laos", "LA"),
        ("Cape Verde", "CV"),
        ("Swaziland", "SZ"),
        ("Eswatini", "SZ"),
        ("East Timor", "TL"),
        ("Timor-Leste", "TL"),
        ("Georgia (country)", "GE"),
        ("Georgia", "GE"),
        ("Georgia, United States", "US"),
        ("Congo", "CG"),
        ("Democratic Republic of the Congo", "CD"),
        ("Federated States of Micronesia", "FM"),
        ("São Tomé and Príncipe", "ST"),
        ("Bosnia and Hercegovina", "BA"),
        ("Republic of Ireland", "IE"),
        ("Turkey", "TR"),
        ("Netherlands", "NL"),
        ("Island", "IS"),
        ("Northern Cyprus", "CY"),
        ("Réunion, France", "RE"),
        ("Åland Islands, Finland", "AX"),
        ("Azores, Portugal", "PT"),
        ("  united   states ", "US"),
        ("DEU", "DE"),
        ("fr", "FR"),
    ],
)
def test_country_strings_map_to_iso_codes(text: str, code: str) -> None:
    match = resolve_country(text)
    assert match.code == code, match
    assert not match.is_guess


def test_an_ambiguous_country_is_refused_not_guessed() -> None:
    match = resolve_country("Korea")
    assert match.code is None
    assert "KP" in (match.detail or "") and "KR" in (match.detail or "")


def test_unknown_and_empty_countries_say_why() -> None:
    assert resolve_country("Atlantis").detail == "unknown country 'Atlantis'"
    assert resolve_country("").detail == "no country given"
    assert resolve_country(None).code is None


def test_a_fuzzy_match_is_marked_as_a_guess() -> None:
    match = resolve_country("Germny")
    assert match.code == "DE"
    assert match.is_guess
    assert resolve_country("Germny", allow_fuzzy=False).code is None


def test_country_name_knows_kosovo_and_everyday_names() -> None:
    assert country_name("XK") == "Kosovo"
    assert country_name("TW") == "Taiwan"
    assert country_name("gb") == "United Kingdom"


# --- names -------------------------------------------------------------------------------------


def test_names_are_tidied_for_display() -> None:
    assert tidy("  Limanowa   (rural gmina) ") == "Limanowa (rural gmina)"
    assert tidy("Limanowa(rural gmina)") == "Limanowa (rural gmina)"
    assert split_qualifier("Limanowa (rural gmina)") == ("Limanowa", "rural gmina")
    assert split_qualifier("Varna") == ("Varna", None)


def test_spellings_differing_in_case_diacritics_spaces_dashes_share_a_key() -> None:
    assert name_key("Głuchołazy") == name_key("GLUCHOLAZY") == name_key(" glucholazy ")
    assert name_key("Pitești") == name_key("Piteşti")  # comma below and cedilla
    assert name_key("Limbaži – Salacgrīva") == name_key("Limbazi-Salacgriva")
    assert name_key("Nukuʻalofa") == name_key("Nuku'alofa")
    assert name_key("Halle") != name_key("Halle (Saale)")


def _names(*entries: tuple[str, tuple[float, float] | None]) -> CityNames:
    names = CityNames()
    for row, (name, position) in enumerate(entries, start=2):
        names.add("DE", name, row=row, position=position)
    return names


def test_a_qualifier_is_dropped_only_when_the_rest_is_unambiguous() -> None:
    names = _names(("Halle", (51.48, 11.97)), ("Halle (Saale)", (51.49, 11.96)))
    assert names.key("DE", "Halle (Saale)") == names.key("DE", "Halle")
    assert names.merged_qualifiers and not names.kept_apart


def test_a_unit_qualifier_names_another_place() -> None:
    names = _names(("Karlsruhe", (49.0, 8.4)), ("Karlsruhe (district)", (49.05, 8.45)))
    assert names.key("DE", "Karlsruhe (district)") != names.key("DE", "Karlsruhe")
    names = _names(("Limanowa", (49.7, 20.4)), ("Limanowa (rural gmina)", (49.7, 20.4)))
    assert names.key("DE", "Limanowa (rural gmina)") != names.key("DE", "Limanowa")
    assert not names.kept_apart  # different by definition: nothing to check


def test_two_qualifiers_keep_every_form_apart() -> None:
    names = _names(
        ("Stolberg", (50.77, 6.23)),
        ("Stolberg (Rhineland)", (50.77, 6.23)),
        ("Stolberg (Südharz)", (51.57, 10.95)),
    )
    keys = {names.key("DE", n) for n in ("Stolberg", "Stolberg (Rhineland)", "Stolberg (Südharz)")}
    assert len(keys) == 3
    assert "more than one qualifier" in names.kept_apart[0][1]


def test_a_qualified_name_far_from_the_plain_one_is_another_place() -> None:
    names = _names(("Sokol", (59.47, 40.11)), ("Sokol (Moscow)", (55.80, 37.51)))
    assert names.key("DE", "Sokol (Moscow)") != names.key("DE", "Sokol")
    assert "km between them" in names.kept_apart[0][1]
    names = _names(("Sokol", None), ("Sokol (Moscow)", (55.80, 37.51)))
    assert names.key("DE", "Sokol (Moscow)") != names.key("DE", "Sokol")
    assert "no coordinates" in names.kept_apart[0][1]


def test_a_lone_qualified_name_keeps_its_qualifier_in_the_key() -> None:
    names = _names(("Stari Grad (Sarajevo)", None), ("Stari Grad (Mostar)", None))
    assert names.key("DE", "Stari Grad (Sarajevo)") != names.key("DE", "Stari Grad (Mostar)")


# --- coordinates -------------------------------------------------------------------------------


def test_coordinates_parse_or_say_what_is_wrong() -> None:
    assert parse_position("43.2167", " 27.9167 ") == (43.2167, 27.9167, None)
    assert parse_position("", "")[2] == "no coordinates"
    assert parse_position("43.2", "")[2] == "only one of latitude and longitude given"
    assert "not numbers" in (parse_position("north", "27")[2] or "")
    assert "not numbers" in (parse_position("nan", "27")[2] or "")
    assert "out of range" in (parse_position("91", "27")[2] or "")
    assert "out of range" in (parse_position("45", "-180.5")[2] or "")


# --- reading files -----------------------------------------------------------------------------


def test_bom_and_crlf_are_accepted_and_rows_are_numbered_like_a_spreadsheet(
    tmp_path: Path,
) -> None:
    text = "\r\n".join(
        [
            HEADER,
            "Varna,Bulgaria,43.2,27.9,Rostock,Germany,54.08,12.13",
            ",,,,,,,",
            "",
            '"Suzhou, Jiangsu",China,31.3,120.6,"Multi\r\nline",France,1,2',
            "Ningbo,China,29.86,121.62,Varna,Bulgaria,43.2,27.9",
        ]
    )
    path = tmp_path / "pairs.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    pair_file = read_pair_file(path)
    assert pair_file.name == "pairs.csv"
    assert [n for n, _ in pair_file.rows] == [2, 5, 6]
    assert pair_file.blank_rows == 2
    assert pair_file.rows[1][1][0] == "Suzhou, Jiangsu"


def test_columns_are_found_by_name_in_any_order_and_case() -> None:
    text = "Extra,CITY2,Country2,lat2,lng2,city1,country1,lat1,lng1\nx,Rostock,Germany,54,12,Varna,Bulgaria,43,27\n"
    pair_file = read_pair_file(io.BytesIO(text.encode()))
    assert pair_file.ignored_columns == ("Extra",)
    (row,) = [normalise_row(n, f, pair_file, CountryReader()) for n, f in pair_file.rows]
    assert row.first is not None and row.first.name == "Varna"
    assert row.second is not None and row.second.country_code == "DE"


def test_a_missing_column_is_named_with_the_header_row() -> None:
    with pytest.raises(ImportFileError) as caught:
        read_pair_file(io.StringIO("city1,country1,lat1,lng1,city2,lat2,lng2\n"))
    assert "'country2'" in str(caught.value)
    assert "row 1" in str(caught.value)
    assert caught.value.column == "country2"


def test_an_empty_file_and_a_doubled_column_are_refused() -> None:
    with pytest.raises(ImportFileError, match="empty"):
        read_pair_file(io.StringIO(""))
    with pytest.raises(ImportFileError, match="'city1' appears twice"):
        read_pair_file(io.StringIO(HEADER + ",city1\n"))


def test_a_file_that_is_not_utf8_names_the_line() -> None:
    data = (HEADER + "\nParis,France,1,2,Montréal,Canada,3,4\n").encode("latin-1")
    with pytest.raises(ImportFileError, match="not UTF-8.*line 2"):
        read_pair_file(io.BytesIO(data))


def test_broken_quoting_names_the_line() -> None:
    with pytest.raises(ImportFileError, match="line 2"):
        read_pair_file(io.StringIO(HEADER + '\n"Varna"x,Bulgaria,1,2,Rostock,Germany,3,4\n'))


# --- rows --------------------------------------------------------------------------------------


def test_an_empty_country_is_repaired_from_the_city_text() -> None:
    (row,) = rows_of(HEADER + '\nNingbo,China,29.8,121.6,"Varna, Bulgaria",,43.2,27.9\n')
    assert row.accepted
    assert row.second == twin_pairs.Place("Varna", "BG", 43.2, 27.9)
    assert row.repairs and "country2 was empty" in row.repairs[0]


def test_a_territory_in_the_city_field_is_kept_as_the_place() -> None:
    (row,) = rows_of(HEADER + "\nPortsmouth,England,50.8,-1.08,Falkland Islands,,-51.7,-59.2\n")
    assert row.second is not None
    assert (row.second.name, row.second.country_code) == ("Falkland Islands", "FK")
    assert row.repairs


def test_an_empty_country_that_cannot_be_recovered_refuses_the_row() -> None:
    rows = rows_of(
        HEADER
        + '\nNingbo,China,1,2,"Varna, Atlantis",,3,4'
        + "\nNingbo,China,1,2,Springfield,,3,4"
        + "\nNingbo,China,1,2,Springfield,Atlantis,3,4\n"
    )
    assert [r.refused_kind for r in rows] == ["no country", "no country", "unknown country"]
    assert "country2 is empty" in (rows[0].refused or "")
    assert "unknown country 'Atlantis'" in (rows[2].refused or "")


def test_rows_with_the_wrong_number_of_fields_are_refused() -> None:
    rows = rows_of(
        HEADER
        + "\nVarna,Bulgaria,43.2,27.9,Rostock,Germany,54.08"
        + "\nSuzhou, Jiangsu,China,31.3,120.6,Rostock,Germany,54,12"
        + "\nVarna,Bulgaria,43.2,27.9,Rostock,Germany,54.08,12.1,\n"
    )
    assert [r.refused_kind for r in rows] == ["unreadable", "unreadable", None]
    assert "comma" in (rows[1].refused or "")


def test_bad_coordinates_give_a_warning_and_no_position() -> None:
    (row,) = rows_of(HEADER + "\nVarna,Bulgaria,43.2,27.9,Rostock,Germany,154.08,12.13\n")
    assert row.accepted
    assert row.second is not None and row.second.position is None
    assert "out of range" in row.warnings[0]


def test_country_strings_are_read_once_and_counted() -> None:
    pair_file = read_pair_file(
        io.StringIO(HEADER + "\nA,England,1,1,B,England,2,2\nC,England,1,1,D,Grece,2,2\n")
    )
    countries = CountryReader()
    for n, fields in pair_file.rows:
        normalise_row(n, fields, pair_file, countries)
    assert countries.uses == {"England": 3, "Grece": 1}
    assert countries.first_row == {"England": 2, "Grece": 3}


def test_a_country_met_only_in_a_refused_row_is_still_read() -> None:
    pair_file = read_pair_file(io.StringIO(HEADER + "\nA,Atlantis,1,1,B,Grece,2,2\n"))
    countries = CountryReader()
    (row,) = [normalise_row(n, f, pair_file, countries) for n, f in pair_file.rows]
    assert row.refused_kind == "unknown country"
    assert countries.readings["Grece"].code == "GR"
