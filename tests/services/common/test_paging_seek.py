"""Paging on from the previous page's last row gives exactly the rows OFFSET would, in every
order a list offers — ties, empty values and descending orders included — and is really used
(no OFFSET in the statement past the first page)."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from exchangedesk.db.models import Organisation, Person
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import OrganisationKind
from exchangedesk.domain.text import search_key
from exchangedesk.services.common import paging_seek
from exchangedesk.services.common.paging import ListQuery
from exchangedesk.services.people.lists import list_people

FAMILIES = ["Petrova", "Smith", "Müller", "Петров", "Zhang"]


@pytest.fixture
def crowd(database: Database) -> int:
    """Sixty-one people with many equal names and many empty roles and organisations."""
    with database.unit_of_work() as session:
        school = Organisation(name="School No. 1", kind=OrganisationKind.SCHOOL, search_key="s")
        session.add(school)
        for n in range(61):
            family = FAMILIES[n % len(FAMILIES)]
            given = "Olga" if n % 3 else "Ivan"
            session.add(
                Person(
                    given_name=given,
                    family_name=family,
                    role=None if n % 4 == 0 else ["Mayor", "Teacher"][n % 2],
                    organisation=school if n % 5 == 0 else None,
                    search_key=search_key(given, family),
                )
            )
    return 61


def _pages(database: Database, query: ListQuery, size: int) -> list[int]:
    ids: list[int] = []
    offset = 0
    while True:
        page = list_people(
            database, ListQuery(query.text, query.sort, query.descending, offset, size)
        )
        ids.extend(row.id for row in page.rows)
        offset += len(page.rows)
        if not page.has_more or not page.rows:
            return ids


@pytest.mark.parametrize(
    "query",
    [
        ListQuery(),
        ListQuery(sort="name", descending=True),
        ListQuery(sort="role"),
        ListQuery(sort="role", descending=True),
        ListQuery(sort="organisation"),
        ListQuery(text="olga"),
    ],
    ids=["default", "name-desc", "role", "role-desc", "organisation", "filtered"],
)
def test_pages_follow_on_exactly(database: Database, crowd: int, query: ListQuery):
    whole = [
        row.id
        for row in list_people(
            database, ListQuery(query.text, query.sort, query.descending, 0, 1000)
        ).rows
    ]
    paging_seek.PAGE_ENDS.clear()
    assert _pages(database, query, 7) == whole
    assert len(set(whole)) == len(whole) > 0


def test_later_pages_seek_instead_of_skipping(database: Database, crowd: int):
    pages: list[tuple[str, tuple]] = []

    def record(_conn, _cursor, statement, parameters, *_rest) -> None:  # noqa: ANN001
        if "ORDER BY" in statement:
            # SQLite's driver takes a tuple, psycopg a dict of named parameters.
            values = parameters.values() if isinstance(parameters, dict) else parameters
            pages.append((statement, tuple(values)))

    paging_seek.PAGE_ENDS.clear()
    event.listen(database.engine, "before_cursor_execute", record)
    try:
        _pages(database, ListQuery(), 10)
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    assert len(pages) == 7
    assert "people.id >" not in pages[0][0]
    for statement, parameters in pages[1:]:  # after the last row seen, and nothing skipped
        # SQLite always says OFFSET (here 0); PostgreSQL leaves a zero offset out.
        assert "people.id >" in statement
        assert "OFFSET" not in statement or parameters[-1] == 0


def test_an_offset_not_reached_page_by_page_still_works(database: Database, crowd: int):
    paging_seek.PAGE_ENDS.clear()
    whole = [row.id for row in list_people(database, ListQuery(limit=1000)).rows]
    jumped = list_people(database, ListQuery(offset=30, limit=10))
    assert [row.id for row in jumped.rows] == whole[30:40]
