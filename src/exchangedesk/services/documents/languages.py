"""Which language a document is printed in, when nobody says.

* Asked for (``print --language de``, the window's choice): that one, if documents have words
  in it (en, de, fr, ru); anything else is refused naming the languages there are.
* Otherwise, for what is addressed to someone, their language where the register knows it: a
  letter's recipient (beside the committee's own, see catalogue_visits.letter_languages) and a
  receipt's donor (their languages, preferred first).
* Everything else — itineraries, lists, registers, reports, manifests — is the committee's
  working paper, in the committee's own language: the setting ``document_language``, or the
  first language of the home city, or English. Guests get theirs with ``--language``.

A language the documents have no words for is passed over, never half-printed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import select

from exchangedesk.db.models import City, Setting
from exchangedesk.domain.errors import ValidationError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from exchangedesk.db.session import Database

DOCUMENT_LANGUAGE_KEY = "document_language"


def document_languages() -> tuple[str, ...]:
    """The languages every document can be printed in: "en", "de", "fr", "ru"."""
    from exchangedesk.reports.language import catalogue_languages

    return catalogue_languages()


def checked_language(asked: str) -> str:
    code = asked.strip().lower()
    shipped = document_languages()
    if code not in shipped:
        raise ValidationError(
            "language",
            f"'{asked}' is not a language documents are printed in; choose one of "
            f"{', '.join(shipped)}",
        )
    return code


def codes(stored: str | None) -> tuple[str, ...]:
    """ "ru, en" → ("ru", "en"): the register's comma-separated ISO 639 codes."""
    return tuple(code.strip().lower() for code in (stored or "").split(",") if code.strip())


def committee_language(session: Session) -> str:
    """The setting ``document_language``, else the home city's first language documents
    have words for, else English."""
    shipped = document_languages()
    chosen = session.scalar(select(Setting.value).where(Setting.key == DOCUMENT_LANGUAGE_KEY))
    if chosen and chosen.strip().lower() in shipped:
        return chosen.strip().lower()
    home_id = session.scalar(select(Setting.value).where(Setting.key == "home_city_id"))
    home = session.get(City, int(home_id)) if home_id and home_id.isdigit() else None
    return next((code for code in codes(home.languages if home else None) if code in shipped), "en")


def reader_language(session: Session, asked: str | None, preferred: Iterable[str]) -> str:
    """The asked language, else the first of the reader's ``preferred`` that documents have
    words for, else the committee's (see the module's docstring)."""
    if asked:
        return checked_language(asked)
    shipped = document_languages()
    return next((code for code in preferred if code in shipped), None) or committee_language(
        session
    )


def city_languages(session: Session, city_id: int | None) -> tuple[str, ...]:
    city = session.get(City, city_id) if city_id is not None else None
    return codes(city.languages) if city is not None else ()


# -- the reader of each kind of document --------------------------------------------------------


def for_committee(database: Database, asked: str | None) -> str:
    """Itineraries, lists, registers, reports, manifests: the committee's own papers."""
    with database.reading() as session:
        return reader_language(session, asked, ())


def for_donor(database: Database, contribution_id: int | None, asked: str | None) -> str:
    from exchangedesk.db.models import Contribution, Person

    with database.reading() as session:
        gift = session.get(Contribution, contribution_id) if contribution_id is not None else None
        preferred: tuple[str, ...] = ()
        if gift is not None and gift.donor_person_id is not None and not gift.anonymous:
            person = session.get(Person, gift.donor_person_id)
            preferred = codes(person.languages if person else None)
        return reader_language(session, asked, preferred)
