"""The demo's two tablecloths (1944 and 2008) read back through the gifts services, with where
each has been kept; and the samovar, received in 1970, still owed a thank-you letter."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from exchangedesk.db.models import Gift
from exchangedesk.db.session import Database
from exchangedesk.services.gifts.register import get_gift, gift_history, unthanked_gifts
from exchangedesk.services.samples.demo import build_demo


@pytest.fixture
def demo(database: Database) -> Database:
    build_demo(database, today=dt.date(2026, 11, 26))
    return database


def _gift(database: Database, title: str) -> int:
    with database.reading() as session:
        return session.scalar(select(Gift.id).where(Gift.title == title))


def test_the_1944_tablecloth_is_in_the_panorama_museum(demo: Database) -> None:
    gift = _gift(demo, "Tablecloth embroidered with 830 names of Coventry women")
    history = gift_history(demo, gift)
    assert [(m.since_on.year, m.location, m.custodian) for m in history.moves] == [
        (1943, "Coventry", "May Adams"),
        (1944, "Stalingrad", "Stalingrad city council"),
        (
            1982,
            "Panorama Museum “Battle of Stalingrad”, Volgograd",
            "Panorama Museum “Battle of Stalingrad”",
        ),
    ]
    assert history.now == history.moves[-1]
    detail = get_gift(demo, gift)
    assert detail.kept_at == "Panorama Museum “Battle of Stalingrad”, Volgograd"
    assert detail.giver == "830 women of Coventry"
    assert detail.fields.given_on == dt.date(1944, 1, 1)


def test_the_2008_tablecloth_is_in_volgograd(demo: Database) -> None:
    history = gift_history(demo, _gift(demo, "Friendship tablecloth of 2008"))
    assert [(m.since_on, m.location, m.custodian) for m in history.moves] == [
        (dt.date(2008, 1, 1), "Volgograd", "Volgograd City Administration")
    ]
    assert history.now is not None and history.now.location == "Volgograd"


def test_only_the_samovar_still_needs_a_thank_you(demo: Database) -> None:
    # The porcelain plate's thank-you letter is in the demo's correspondence register.
    assert [(g.title, g.given_on) for g in unthanked_gifts(demo)] == [
        ("Samovar", dt.date(1970, 7, 24))
    ]
