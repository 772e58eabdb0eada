"""Paged, filtered, sorted lists straight from SQL.

Every list in the program (a committee federation may hold 100,000 people) is asked for one page
at a time: the filter and the sort order go into the SQL statement and only ``limit`` rows come
back, with the total the filter matches so the window can say "40 of 1,234".

Past the first page, a list goes on from the sort values of the previous page's last row
instead of skipping rows by OFFSET, when that is exactly equivalent (:mod:`paging_seek`).

Filtering compares folded text with folded text (:func:`exchangedesk.domain.text.fold`): SQLite's
``lower()`` and ``LIKE`` fold only ASCII, so the records keep a folded ``search_key`` column and
the filter is folded in Python before it reaches SQL. Each word typed must match somewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, Select, case, false, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators, visitors
from sqlalchemy.sql.elements import BinaryExpression
from sqlalchemy.sql.selectable import Join

from exchangedesk.domain.text import fold
from exchangedesk.services.common.paging_seek import Seek

DEFAULT_PAGE_SIZE = 100

RowT = TypeVar("RowT")


@dataclass(frozen=True)
class Term:
    """One word of a filter, folded for the search keys and as typed for plain text columns."""

    folded: str
    typed: str


@dataclass(frozen=True)
class ListQuery:
    """What a list asks for: filter text as typed, a sort key the area knows, and a window."""

    text: str = ""
    sort: str | None = None
    descending: bool = False
    offset: int = 0
    limit: int = DEFAULT_PAGE_SIZE

    def terms(self) -> list[Term]:
        """The words of the filter; every one must match for a record to be listed."""
        return [Term(fold(word), word) for word in self.text.split() if fold(word)]


FIRST_PAGE = ListQuery()  # no filter, default order: the default argument of every list


@dataclass(frozen=True)
class Page(Generic[RowT]):
    rows: tuple[RowT, ...]
    total: int  # how many records the filter matches, not only this page
    offset: int

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.rows) < self.total


def child_count(foreign_key: Any, parent: type) -> Any:
    """A correlated count of a parent's children as a list column, e.g. a delegation's members:
    ``child_count(DelegationMember.delegation_id, Delegation)``."""
    return (
        select(func.count())
        .where(foreign_key == parent.id)  # type: ignore[attr-defined]
        .correlate(parent)
        .scalar_subquery()
    )


def folded_match(term: Term, *search_keys: Any) -> ColumnElement[bool]:
    """The term occurs in at least one of the folded ``search_key`` columns."""
    if not search_keys:
        return false()
    return or_(*(key.contains(term.folded, autoescape=True) for key in search_keys))


def text_match(term: Term, *columns: Any) -> ColumnElement[bool]:
    """For free text that has no folded copy (titles, descriptions): case-insensitive as far as
    the database can (ASCII only on SQLite, all of Unicode on PostgreSQL), trying the word as
    typed and folded, so "Волгоград" typed with its capital still finds a title."""
    variants = {term.typed, term.folded}
    return or_(
        *(column.icontains(word, autoescape=True) for column in columns for word in variants)
    )


def filter_terms(
    statement: Select[Any],
    query: ListQuery,
    condition: Callable[[Term], ColumnElement[bool]],
) -> Select[Any]:
    """Add ``condition`` for every word of the filter (all words must match)."""
    for term in query.terms():
        statement = statement.where(condition(term))
    return statement


def fetch_page(
    session: Session,
    statement: Select[Any],
    query: ListQuery,
    *,
    sort_columns: Mapping[str, Any],
    default_sort: Sequence[Any],
    tiebreak: Any,
    make_row: Callable[[Any], RowT],
    total: int | None = None,
) -> Page[RowT]:
    """Count what ``statement`` matches, then fetch one sorted window of it as rows.

    ``sort_columns`` maps the sort keys a list offers to SQL expressions; an unknown key falls
    back to ``default_sort``. ``tiebreak`` (the primary key) keeps paging stable when many
    records share a sort value, so no record is shown twice or skipped between pages.
    ``total``, when the caller has counted the matches already (in a search index), spares
    counting them again through the list's statement.
    """
    if total is None:
        total = session.execute(count_statement(statement)).scalar_one()
    if query.sort in sort_columns:
        column = sort_columns[query.sort]
        ordering = [column.desc() if query.descending else column.asc()]
        # Empty values sort last whichever way, as people expect in a register.
        ordering.insert(0, column.is_(None))
    else:
        ordering = list(default_sort)
    ordering.append(tiebreak.desc() if query.descending else tiebreak.asc())
    offset, limit = max(query.offset, 0), max(query.limit, 0)
    ordered = statement.order_by(*ordering)
    # Past the first page, go on from where the previous page ended rather than skip
    # ``offset`` rows (see paging_seek); only when that is an exact equivalent.
    seek = Seek.of(session, ordered, ordering, tiebreak) if offset or limit < total else None
    after = seek.after(offset) if seek is not None and offset else None
    if after is not None:
        window = ordered.where(after).limit(limit)
    else:
        window = ordered.offset(offset).limit(limit)
    records = session.execute(window).all()
    if seek is not None and records and offset + len(records) < total:
        seek.remember(session, statement, offset + len(records), records[-1])
    rows = tuple(make_row(record) for record in records)
    return Page(rows=rows, total=total, offset=offset)


def count_statement(statement: Select[Any]) -> Select[Any]:
    """``SELECT count(*)`` of what ``statement`` matches, without the work that cannot change
    the count: its columns (correlated counts such as a delegation's members) and its LEFT OUTER
    JOINs to a table the filter does not mention, joined on that table's primary key (at most
    one row each, so every row is counted once either way).

    Why: SQLite (3.40 here) keeps such joins in ``SELECT count(*) FROM (statement)``, so counting
    200,000 people looked each one's organisation and city up: 760 ms on the federation register
    against 8 ms for the same count without them (docs/PERFORMANCE.md). A statement this cannot
    take apart safely (grouped, distinct, limited) is counted as a subquery, as before."""
    plain = statement.order_by(None)
    try:
        simple = not (
            plain._group_by_clauses
            or plain._having_criteria
            or plain._distinct
            or plain._limit_clause is not None
            or plain._offset_clause is not None
        )
    except AttributeError:  # another SQLAlchemy: do not guess
        simple = False
    if not simple:
        return select(func.count()).select_from(plain.subquery())
    where = plain.whereclause
    needed = _tables_in(where)
    froms = [_without_idle_outer_joins(from_, needed) for from_ in plain.get_final_froms()]
    counted = select(func.count()).select_from(*froms)
    return counted if where is None else counted.where(where)


def _base(table: Any) -> Any:
    return table._deannotate() if hasattr(table, "_deannotate") else table


def _tables_in(clause: Any) -> set[Any]:
    """Every table or alias a clause mentions, inside its subqueries too."""
    if clause is None:
        return set()
    found = set()
    for element in visitors.iterate(clause):
        table = getattr(element, "table", None)
        if table is not None:
            found.add(_base(table))
    return found


def _without_idle_outer_joins(from_: Any, needed: set[Any]) -> Any:
    if not isinstance(from_, Join):
        return from_
    right = from_.right
    if (
        from_.isouter
        and not from_.full
        and _base(right) not in needed
        and _joins_on_primary_key(from_.onclause, right)
    ):
        return _without_idle_outer_joins(from_.left, needed)
    left = _without_idle_outer_joins(from_.left, needed | _tables_in(from_.onclause))
    return left.join(right, from_.onclause, isouter=from_.isouter, full=from_.full)


def _joins_on_primary_key(onclause: Any, right: Any) -> bool:
    """The join condition is ``something = right.<key>``, where the key is the one-column
    primary key of a table, or the one column a subquery is grouped by (a per-record summary)."""
    if not isinstance(onclause, BinaryExpression) or onclause.operator is not operators.eq:
        return False
    key = _unique_key(right)
    if key is None:
        return False
    for side in (onclause.left, onclause.right):
        table = getattr(side, "table", None)
        if table is not None and _base(table) is _base(right) and side.key == key:
            return True
    return False


def _unique_key(right: Any) -> str | None:
    """The name of a column that holds each value at most once in ``right``, if one is known."""
    keys = list(getattr(right, "primary_key", ()))
    if len(keys) == 1:
        return keys[0].key
    element = getattr(right, "element", None)  # a subquery: SELECT ... GROUP BY one column
    groups = list(getattr(element, "_group_by_clauses", ()))
    if isinstance(element, Select) and len(groups) == 1:
        for column in element.selected_columns:
            inner = getattr(column, "element", column)  # through a label
            if column.compare(groups[0]) or inner.compare(groups[0]):
                return column.key
    return None


def lifecycle_order(column: Any, values: Iterable[StrEnum]) -> Any:
    """Sort an enum column in the order its steps happen (idea before planned before
    completed), not alphabetically by the stored code."""
    return case({value: position for position, value in enumerate(values)}, value=column)
