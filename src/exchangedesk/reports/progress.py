"""How far a long document's layout has got, and a way to stop it (issue 15, point 8).

ReportLab lays a story out in one call; a register of 25,000 partnerships is one table split
over a thousand pages. While :meth:`DocumentRenderer.render` runs with a ``progress`` callable,
every new page calls it with the number of pages so far and, when the document is mostly one
long table, the share of that table's rows already placed (else None). The callable may raise
:class:`LayoutCancelled` to stop: the render then ends with that exception and no bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field

# pages laid out so far, share of the longest table placed (0..1) or None
ProgressCallback = Callable[[int, float | None], None]


class LayoutCancelled(Exception):  # noqa: N818 - it is what happened, not a fault
    """Raised by a progress callable to stop a render; nothing is written."""


@dataclass
class LayoutProgress:
    callback: ProgressCallback
    pages: int = 0
    # The longest table being split: its rows in all, and those still to place.
    rows_total: int = 0
    rows_left: int = 0
    seen_tables: set[int] = field(default_factory=set)

    @property
    def share(self) -> float | None:
        if self.rows_total < 200:  # a short table says nothing of a whole document
            return None
        return 1 - self.rows_left / self.rows_total

    def page_started(self, page: int) -> None:
        self.pages = page
        self.callback(page, self.share)

    def rows(self, total: int, left: int) -> None:
        if total >= self.rows_total:
            self.rows_total, self.rows_left = total, left


_current: ContextVar[LayoutProgress | None] = ContextVar("layout_progress", default=None)


def current() -> LayoutProgress | None:
    return _current.get()


def tracking(progress: LayoutProgress | None):  # noqa: ANN201 - a context token
    return _current.set(progress)


def done_tracking(token) -> None:  # noqa: ANN001
    _current.reset(token)
