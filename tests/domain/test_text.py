import unicodedata

from exchangedesk.domain.text import fold, search_key


def test_cyrillic_is_casefolded():
    assert fold("Волгоград") == fold("волгоград") == "волгоград"


def test_diacritics_are_removed_in_both_unicode_forms():
    composed = unicodedata.normalize("NFC", "Zoë Eisenhüttenstadt")
    decomposed = unicodedata.normalize("NFD", "Zoë Eisenhüttenstadt")
    assert composed != decomposed
    assert fold(composed) == fold(decomposed) == "zoe eisenhuttenstadt"


def test_letters_without_combining_marks_are_folded_too():
    assert fold("Głuchołazy") == "glucholazy"
    assert fold("Bağcılar") == "bagcilar"
    assert fold("Straße") == "strasse"


def test_whitespace_is_collapsed_and_cjk_kept():
    assert fold("  St   Petersburg ") == "st petersburg"
    assert fold("哈尔滨") == "哈尔滨"


def test_search_key_joins_every_name_and_skips_empty_ones():
    assert search_key("Volgograd", None, "Волгоград", "") == "volgograd|волгоград"
