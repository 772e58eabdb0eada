"""Values in the window's language (issue 20): money shown as German and French write it and
typed back with their decimal comma, a refusal that names the field, country and language
names, enum values and consent purposes translated."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import ShipmentStatus
from exchangedesk.domain.privacy import ConsentPurpose
from exchangedesk.services.aid.lists import list_contributions
from exchangedesk.ui.aid.contribution_editor import NAMED
from exchangedesk.ui.aid.form import decimal_text, typed_number
from exchangedesk.ui.formatting import (
    country_text,
    enum_text,
    gender_text,
    language_text,
    money_text,
    place_text,
    privacy_text,
)
from exchangedesk.ui.i18n import install_language
from exchangedesk.ui.main_window import MainWindow
from sample_committee import SampleIds


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert install_language(request.param)
    yield request.param
    install_language("en")


def plain(text: str) -> str:
    """CLDR separates with no-break and narrow no-break spaces; compare with plain ones."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def test_english_keeps_the_program_s_own_form() -> None:
    assert money_text(Decimal("1234.5"), "EUR") == "1,234.50 EUR"
    assert typed_number("2,500.00") == Decimal("2500.00")
    assert typed_number("12,50") == "12,50"  # refused, never read as 1250
    assert country_text("GB") == "United Kingdom"


@pytest.mark.parametrize(
    ("language", "shown"),
    [("de", "1.234,50 €"), ("fr", "1 234,50 €"), ("ru", "1 234,50 €")],
    indirect=["language"],
)
def test_money_in_the_locale(language: str, shown: str) -> None:
    assert plain(money_text(Decimal("1234.50"), "EUR")) == shown
    # Exact: every digit of the Decimal, none lost to a float.
    assert plain(money_text(Decimal("0.125"), "EUR")).startswith("0,125")


@pytest.mark.parametrize("language", ["de", "fr"], indirect=True)
def test_amounts_typed_with_the_decimal_comma(language: str) -> None:
    assert typed_number("12,50") == Decimal("12.50")
    assert typed_number("1 234,50") == Decimal("1234.50")
    assert typed_number("1\u202f234,50") == Decimal("1234.50")  # as French software writes it
    assert typed_number("12.50") == Decimal("12.50")  # pasted from elsewhere: one reading
    assert typed_number("12,5x") == "12,5x"
    assert decimal_text(Decimal("12.5000")) == "12,5"
    if language == "de":
        assert typed_number("1.234,50") == Decimal("1234.50")
        assert typed_number("1.234") == Decimal("1234")


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_the_contribution_editor_takes_a_french_amount_and_names_a_bad_one(
    language: str, filled_window: MainWindow, database: Database, sample: SampleIds
) -> None:
    filled_window.show_area("aid")
    page = filled_window.page("aid")
    page.show_campaign(sample.aid_1942)
    before = list_contributions(database, campaign_id=sample.aid_1942).total
    page.add_contribution()
    editor = page.dialog
    editor.donor_kind.setCurrentIndex(NAMED)
    editor.donor_text.setText("Mineurs de Sheffield")
    editor.received_on.set_value(dt.date(1942, 12, 5))
    editor.currency.setText("EUR")
    editor.amount.setText("12,5x")
    editor.accept()
    assert editor.isVisible()
    message = plain(editor.messages.message("amount"))
    assert message.startswith("Montant : « 12,5x » n’est pas un nombre"), message
    assert "1 234,50" in message
    assert list_contributions(database, campaign_id=sample.aid_1942).total == before
    editor.amount.setText("12,50")
    editor.accept()
    assert not editor.isVisible(), editor.messages.shown()
    rows = list_contributions(database, campaign_id=sample.aid_1942).rows
    assert Decimal("12.50") in [row.amount.amount for row in rows]


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_country_and_language_names_in_german(language: str) -> None:
    assert country_text("GB") == "Vereinigtes Königreich"
    assert country_text("RU") == "Russland"
    assert language_text("en+ru") == "Englisch + Russisch"
    assert country_text("QQ") == "QQ"  # nobody knows it: the code as it is
    # A person's city as the people pane shows it.
    assert place_text("Volgograd (Волгоград), Russia", "RU") == "Volgograd (Волгоград), Russland"


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_enum_values_and_consents_in_russian(language: str) -> None:
    assert enum_text(ShipmentStatus.IN_TRANSIT) == "В пути"
    assert privacy_text(ConsentPurpose.PHOTOS) == "Фото в публикациях"
    assert gender_text("female") == "женский"
    assert gender_text("non-binary") == "non-binary"  # as stated
    assert country_text("DE") == "Германия"
