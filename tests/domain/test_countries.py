"""One place names countries: domain.countries.country_name, which the gazetteer, the window's
lists and the import reports all call, so a code reads the same wherever it is shown."""

from __future__ import annotations

import pycountry
import pytest

from exchangedesk.domain.countries import EVERYDAY_NAMES, KOSOVO, country_name, resolve_country
from exchangedesk.services.partnerships.gazetteer import countries as gazetteer_countries
from exchangedesk.services.partnerships.gazetteer import country as gazetteer_country
from exchangedesk.services.partnerships.gazetteer.cities import CityRow
from exchangedesk.ui.formatting import country_text

CODES = sorted([c.alpha_2 for c in pycountry.countries] + [KOSOVO])


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("XK", "Kosovo"),
        ("TW", "Taiwan"),
        ("RU", "Russia"),
        ("KR", "South Korea"),
        ("IR", "Iran"),
        ("GB", "United Kingdom"),
        ("CD", "Democratic Republic of the Congo"),
        ("CG", "Republic of the Congo"),
        ("VA", "Vatican City"),
        ("PS", "Palestine"),
        ("DE", "Germany"),
    ],
)
def test_everyday_names(code: str, name: str) -> None:
    assert country_name(code) == name


def test_the_code_is_read_whatever_its_case_and_spaces() -> None:
    assert country_name(" gb ") == country_name("gb") == "United Kingdom"
    assert country_name("xk") == "Kosovo"


def test_no_code_gives_nothing_and_an_unknown_code_is_shown_as_it_is() -> None:
    assert country_name(None) == ""
    assert country_name("") == ""
    assert country_name("  ") == ""
    assert country_name("ZZ") == "ZZ"
    assert country_name("Atlantis") == "Atlantis"


def test_every_code_has_a_name_fit_for_a_letter() -> None:
    names = [country_name(code) for code in CODES]
    assert len(set(names)) == len(names), "two countries share a name"
    for code, name in zip(CODES, names, strict=True):
        assert name and name != code, code
        # "Congo, The Democratic Republic of the" or "Holy See (Vatican City State)" would read
        # badly after a city: "Kinshasa, Congo, The Democratic Republic of the".
        assert "," not in name, (code, name)
        assert not name.endswith(")"), (code, name)


def test_every_name_reads_back_as_its_own_code() -> None:
    """A report or export that shows names can be imported again without a guess."""
    for code in CODES:
        match = resolve_country(country_name(code), allow_fuzzy=False)
        assert match.code == code, (code, country_name(code), match)


def test_the_overrides_are_codes_the_rest_knows() -> None:
    assert set(EVERYDAY_NAMES) <= set(CODES)


def test_gazetteer_lists_and_window_show_the_same_name() -> None:
    listed = gazetteer_countries()
    assert set(listed) == set(CODES)
    for code in CODES:
        expected = country_name(code)
        assert listed[code].name == expected, code
        assert country_text(code) == expected, code
        assert _city(code).country_name == expected, code
    assert gazetteer_country("zz") is None
    assert country_text(None) == "" and country_text("ZZ") == "ZZ"
    assert _city("ZZ").country_name == "ZZ"


def _city(code: str) -> CityRow:
    return CityRow(
        id=1,
        name="Volgograd",
        native_name="Волгоград",
        transliteration=None,
        country_code=code,
        region=None,
        population=None,
        latitude=None,
        longitude=None,
        timezone=None,
        languages=None,
        geonames_id=None,
        version_id=1,
    )


def test_a_city_label_names_its_country_once() -> None:
    assert _city("RU").label == "Volgograd (Волгоград), Russia"
