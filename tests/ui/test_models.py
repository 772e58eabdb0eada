"""The paged table model: pages on demand, filter and sort handed to the loader (SQL)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import insert

from exchangedesk.db.models import Person
from exchangedesk.db.session import Database
from exchangedesk.domain.text import search_key
from exchangedesk.services.common.paging import ListQuery, Page
from exchangedesk.ui.areas.list_page import ListPage
from exchangedesk.ui.models import ROW_ROLE, Column, PagedTableModel
from exchangedesk.ui.people.lists import people_spec
from qt_checks import ModelChecker

COLUMNS = [Column("Number", lambda n: str(n), "number", numeric=True), Column("Half", str)]


class Loader:
    """Stands in for a service: numbers 0..total-1, recording every query."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.queries: list[ListQuery] = []

    def __call__(self, query: ListQuery) -> Page[int]:
        self.queries.append(query)
        numbers = [n for n in range(self.total) if query.text in str(n)]
        if query.sort == "number" and query.descending:
            numbers.reverse()
        rows = tuple(numbers[query.offset : query.offset + query.limit])
        return Page(rows=rows, total=len(numbers), offset=query.offset)


def test_pages_are_fetched_only_when_asked(model_checker: ModelChecker) -> None:
    loader = Loader(25)
    model = PagedTableModel(COLUMNS, loader, page_size=10)
    model.reload()
    assert model.rowCount() == 10 and model.total == 25
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 25 and not model.canFetchMore(QModelIndex())
    assert [q.offset for q in loader.queries] == [0, 10, 20]
    model_checker.check(model)
    assert model.index(24, 0).data(ROW_ROLE) == 24
    assert model.index(3, 0).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model_checker.failures() == []


def test_filter_and_sort_go_to_the_loader(model_checker: ModelChecker) -> None:
    loader = Loader(25)
    model = PagedTableModel(COLUMNS, loader, page_size=10)
    model.reload()
    model_checker.check(model)
    model.set_filter("1")
    filtered = [q for q in loader.queries if q.text == "1"]
    assert filtered[0].offset == 0  # a new filter starts from the first page
    assert model.total == len([n for n in range(25) if "1" in str(n)])
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert (loader.queries[-1].sort, loader.queries[-1].descending) == ("number", True)
    assert model.index(0, 0).data() == "21"
    calls = len(loader.queries)
    model.sort(0, Qt.SortOrder.DescendingOrder)  # same order again: no new query
    assert len(loader.queries) == calls
    assert model_checker.failures() == []


def test_a_long_list_loads_more_as_it_scrolls(database: Database, qtbot) -> None:  # noqa: ANN001
    with database.unit_of_work() as session:
        session.execute(
            insert(Person),
            [
                {
                    "given_name": "Anna",
                    "family_name": f"Volunteer {n:03}",
                    "search_key": search_key("Anna", f"Volunteer {n:03}"),
                }
                for n in range(250)
            ],
        )
    page = ListPage(people_spec(), database)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.total == 250
    assert page.model.rowCount() == 100  # the first page only
    # In words, not "(100 loaded so far)" (issue 16).
    assert page.status_text() == "People: 250 — the first 100 shown; scroll down for more"
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > 100)
    assert page.model.total == 250
