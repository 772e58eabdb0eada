"""Going on from where a list's last page ended ("seek" paging), for :func:`fetch_page`.

A list asks for its next page by offset (``ListQuery.offset``), and ``OFFSET 199900`` makes the
database walk — and join — every row before it: on the federation register the 2,000th page of
people took 1.1 s, so scrolling to the end took minutes and froze the window at every page.
Here, when a page is served, the sort values of its last row are remembered; when the same list
then asks for the rows from exactly that offset, the statement asks for the rows *after* those
values instead (``WHERE (name, id) > (last name, last id)``), which an index finds at once.

It is only ever an equivalent rewrite: used when every sort term is known never to be NULL (a
NOT NULL column, an ``IS NULL`` test, the primary key, or a term right after its own ``IS NULL``
test, which the lists put first so empty values group together); anything else, or an offset
not remembered, pages by OFFSET as before. The memory is small (the last few hundred page
ends), per database, statement, filter and order.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, literal, or_
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import BinaryExpression, UnaryExpression

REMEMBERED = 256  # page ends kept, least recently used dropped first

Term = tuple[Any, bool]  # (sort expression, descending)


class _PageEnds:
    def __init__(self) -> None:
        self._ends: OrderedDict[tuple[str, int], tuple[Any, ...]] = OrderedDict()
        self._lock = threading.Lock()  # lists are also read from background tasks

    def get(self, key: str, offset: int) -> tuple[Any, ...] | None:
        with self._lock:
            values = self._ends.get((key, offset))
            if values is not None:
                self._ends.move_to_end((key, offset))
            return values

    def put(self, key: str, offset: int, values: tuple[Any, ...]) -> None:
        with self._lock:
            self._ends[(key, offset)] = values
            self._ends.move_to_end((key, offset))
            while len(self._ends) > REMEMBERED:
                self._ends.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._ends.clear()


PAGE_ENDS = _PageEnds()


def _expression(value: Any) -> Any:
    return getattr(value, "expression", value)  # an ORM attribute's column


def _terms(ordering: Sequence[Any]) -> list[Term] | None:
    terms: list[Term] = []
    for item in ordering:
        item = _expression(item)
        if isinstance(item, UnaryExpression) and item.modifier in (
            operators.desc_op,
            operators.asc_op,
        ):
            terms.append((item.element, item.modifier is operators.desc_op))
        elif isinstance(item, UnaryExpression):  # NULLS FIRST / LAST: not rewritten
            return None
        else:
            terms.append((item, False))
    return terms


def _is_null_test(expression: Any) -> Any | None:
    """What ``expression`` tests for NULL, if it is ``X IS NULL``."""
    if isinstance(expression, BinaryExpression) and expression.operator is operators.is_:
        return expression.left
    return None


def _never_null(terms: list[Term], tiebreak: Any) -> bool:
    for index, (expression, _descending) in enumerate(terms):
        if _is_null_test(expression) is not None or expression.compare(tiebreak):
            continue
        if getattr(expression, "nullable", True) is False:
            continue
        before = _is_null_test(terms[index - 1][0]) if index else None
        if before is not None and before.compare(expression):
            continue  # nulls are grouped by the test before it: within a group, all or none
        return False
    return True


class Seek:
    """One list statement in one order, as far as seeking is concerned."""

    def __init__(self, key: str, terms: list[Term], tiebreak_at: int, tiebreak: Any) -> None:
        self.key = key
        self.terms = terms
        self.tiebreak_at = tiebreak_at
        self.tiebreak = tiebreak

    @classmethod
    def of(
        cls, session: Session, ordered: Select[Any], ordering: Sequence[Any], tiebreak: Any
    ) -> Seek | None:
        tiebreak = _expression(tiebreak)
        terms = _terms(ordering)
        if terms is None or not _never_null(terms, tiebreak):
            return None
        at = next((i for i, c in enumerate(ordered.selected_columns) if c.compare(tiebreak)), None)
        if at is None:
            return None
        bind = session.get_bind()
        compiled = ordered.compile(dialect=bind.dialect)
        # The engine's identity too: a database reopened (after a restore) starts afresh.
        engine = f"{bind.engine.url}#{id(bind.engine)}"
        key = f"{engine}\n{compiled}\n{sorted(compiled.params.items(), key=repr)!r}"
        return cls(key, terms, at, tiebreak)

    def after(self, offset: int) -> ColumnElement[bool] | None:
        """The condition for the rows after the page that ended at ``offset``, if remembered."""
        values = PAGE_ENDS.get(self.key, offset)
        return None if values is None else _after(self.terms, values)

    def remember(self, session: Session, statement: Select[Any], end: int, last: Any) -> None:
        """Note the sort values of ``last``, the row at which a page ended at ``end``."""
        expressions = [expression for expression, _descending in self.terms]
        found = session.execute(
            statement.with_only_columns(*expressions)
            .where(self.tiebreak == last[self.tiebreak_at])
            .order_by(None)
            .limit(1)
        ).first()
        if found is not None:
            PAGE_ENDS.put(self.key, end, tuple(found))


def _after(terms: list[Term], values: Sequence[Any]) -> ColumnElement[bool]:
    """(t1, t2, ... tn) after (v1, v2, ... vn) in the given directions, spelled out so that
    directions may differ: t1 past v1, or t1 = v1 and t2 past v2, or ..."""
    options = []
    for index, (expression, descending) in enumerate(terms):
        value = values[index]
        if value is None:
            continue  # within a group of empty values nothing comes "after" on this term
        equal = [
            terms[j][0].is_(None)
            if values[j] is None
            else terms[j][0] == _bound(terms[j][0], values[j])
            for j in range(index)
        ]
        bound = _bound(expression, value)
        past = expression < bound if descending else expression > bound
        options.append(and_(*equal, past))
    condition = or_(*options)
    first, descending = terms[0]
    if values[0] is not None and hasattr(first, "nullable"):
        # A range on the first column lets an index on it start at the right place.
        start = _bound(first, values[0])
        condition = and_(first <= start if descending else first >= start, condition)
    return condition


def _bound(expression: Any, value: Any) -> Any:
    # Explicit, in the term's own type: an IS NULL test reads back as True/False, which
    # SQLAlchemy will not put after "<" or ">" on its own.
    return literal(value, type_=expression.type)
