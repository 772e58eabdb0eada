"""The printed gift register: every gift, its thank-you letter, custody now and before."""

# ruff: noqa: F811 - fixtures imported by name

from __future__ import annotations

import re

from exchangedesk.services.documents.catalogue import render_document
from exchangedesk.services.documents.gift_register_data import gift_register_data
from reports.conftest import ISSUED, demo, demo_file  # noqa: F401
from reports.report_support import (  # noqa: F401
    CHINESE_RECEIVER,
    GREEK_KEEPER,
    HOSTILE,
    assert_covered,
    polyglot,
    polyglot_file,
    printed_literally,
    read_back,
)


def test_every_gift_with_custody_now_and_before(polyglot, tmp_path):
    printed = render_document(polyglot, "gift_register", None, issued_on=ISSUED)
    text = read_back(printed.pdf, tmp_path)
    assert printed.title == "Register of gifts" and "As at 10 May 2025" in text
    assert "Gifts received 2" in text and "Gifts given 4" in text
    # The 1944 tablecloth: kept now in the Panorama Museum, before that in Stalingrad and
    # Coventry.
    assert "Tablecloth embroidered with 830 names of Coventry women" in text
    assert "Panorama Museum “Battle of Stalingrad”, Volgograd" in text
    assert "before: Stalingrad, Stalingrad city council, from 1 Jan 1944" in text
    assert "before: Coventry, May Adams, from 1 Jan 1943" in text
    assert "Friendship tablecloth of 2008" in text
    # The samovar moved in 2024 to a museum with a Greek name, kept by a Russian custodian.
    assert "Samovar" in text and f"{GREEK_KEEPER} Олег Петров, since 1 Mar 2024" in text
    assert f"To {CHINESE_RECEIVER}" in text
    assert re.search(r"Thanked \d+ \w{3} \d{4} \(register entry \d+\)", text)
    assert "Not yet thanked" in text
    assert "Estimated value 250.00 EUR" in text
    assert printed_literally(HOSTILE[0], text) and printed_literally(HOSTILE[1], text)
    data = gift_register_data(polyglot)
    assert_covered(
        *(g.title for g in data.gifts),
        *(g.giver for g in data.gifts),
        *(g.receiver for g in data.gifts),
        *(c.location for g in data.gifts for c in g.custody),
    )


def test_the_latest_custody_is_where_the_gift_is_now(demo):
    data = gift_register_data(demo)
    tablecloth = next(g for g in data.gifts if g.title.startswith("Tablecloth"))
    assert [c.since_on.year for c in tablecloth.custody] == [1943, 1944, 1982]
    assert tablecloth.kept_now.location.startswith("Panorama Museum")
