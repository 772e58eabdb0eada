"""Numbers and dates read the way the file writes them: one rule for the whole file."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from exchangedesk.domain.errors import ValidationError
from exchangedesk.interchange.cell_values import CellReader, reading_rules


def test_a_german_file_uses_the_decimal_comma_and_day_first() -> None:
    rules = reading_rules(["1.234,50", "12,5", "5"], ["03.04.2025", "4/5/2025"], ";")
    assert rules == CellReader(decimal_comma=True, day_first=True)
    assert rules.decimal("1.234,50", "amount") == Decimal("1234.50")
    assert rules.decimal("1 234,56 €", "amount") == Decimal("1234.56")
    assert rules.date("4/5/2025", "received_on") == dt.date(2025, 5, 4)
    assert rules.date("03.04.25", "received_on") == dt.date(2025, 4, 3)
    assert "decimal comma" in rules.describe() and "day first" in rules.describe()


def test_an_english_or_american_file() -> None:
    english = reading_rules(["1,234.50", "0.5"], ["24/12/2026"], ",")
    assert english == CellReader(decimal_comma=False, day_first=True)
    assert english.decimal("1,234.50", "amount") == Decimal("1234.50")
    american = reading_rules(["12.50"], ["4/5/2025", "12/31/2026"], ",")
    assert not american.day_first
    assert american.date("4/5/2025", "received_on") == dt.date(2025, 4, 5)
    assert american.date("24.12.2026", "x") == dt.date(2026, 12, 24)  # dots are day first
    assert "month first" in american.describe()


def test_evidence_decides_before_the_separator_and_iso_is_read_under_every_rule() -> None:
    # "1,234" could be either; a ';' file with no other evidence uses the comma.
    assert reading_rules(["1,234"], [], ";").decimal_comma
    assert not reading_rules(["1,234"], [], ",").decimal_comma
    assert not reading_rules(["12.50", "3.75"], [], ";").decimal_comma
    for reader in (CellReader(True, True), CellReader(False, False)):
        assert reader.date("2026-12-24", "d") == dt.date(2026, 12, 24)
        assert reader.decimal("150", "amount") == Decimal("150")


@pytest.mark.parametrize(("cell", "words"), [
    ("zehn", "'zehn' is not a number"),
    ("31.02.2025", "'31.02.2025' is not a day of the calendar (read day first)"),
    ("next week", "'next week' is not a date"),
])  # fmt: skip
def test_a_cell_that_cannot_be_read_names_the_field_and_the_cell(cell: str, words: str) -> None:
    reader = CellReader(decimal_comma=True)
    read = reader.decimal if words.endswith("number") else reader.date
    with pytest.raises(ValidationError) as raised:
        read(cell, "amount")
    assert raised.value.field == "amount" and words in raised.value.message


def test_yes_and_no_in_four_languages() -> None:
    reader = CellReader()
    assert [reader.yes_no(w, "smokers") for w in ("Ja", "oui", "да", "yes")] == [True] * 4
    assert [reader.yes_no(w, "smokers") for w in ("nein", "Non", "нет", "no")] == [False] * 4
    with pytest.raises(ValidationError, match="neither yes nor no"):
        reader.yes_no("vielleicht", "smokers")
