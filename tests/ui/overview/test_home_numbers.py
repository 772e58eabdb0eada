"""Home's counts read with thousands separators (issue 16: "24689", "200000"), in English on a
"C" system as the tests run, and in German with its own separator."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from exchangedesk.services.overview.summary import RecordCounts
from exchangedesk.ui.i18n import install_language
from exchangedesk.ui.overview.home import tile_text

BIG = RecordCounts(
    partnerships=13_000,
    active_partnerships=12_345,
    delegations=1_500,
    programmes=2,
    gifts=24_689,
    campaigns=1,
    people=200_000,
    organisations=3_001,
    documents=0,
)


@pytest.fixture
def german() -> Iterator[None]:
    assert install_language("de")
    yield
    install_language("en")


def test_english_counts_have_separators() -> None:
    assert QLocale().toString(24_689) == "24,689"
    assert tile_text("gifts", BIG) == "24,689 gifts"
    assert tile_text("people", BIG) == "200,000 people, 3,001 organisations"
    assert tile_text("partnerships", BIG) == "13,000 partnerships (12,345 active)"


def test_german_counts_have_its_separator(german: None) -> None:  # noqa: ARG001
    assert "24.689" in tile_text("gifts", BIG)
    assert "200.000" in tile_text("people", BIG)
