"""The areas of the main window, in the order of the navigation bar (DESIGN.md §5)."""

from __future__ import annotations

from exchangedesk.ui.areas.base import AreaPage, AreaSpec


def all_areas() -> list[AreaSpec]:
    from exchangedesk.ui.areas import (
        aid,
        calendar,
        delegations,
        documents,
        exchanges,
        gifts,
        home,
        partnerships,
        people,
    )

    modules = (home, partnerships, delegations, exchanges, gifts, aid, people, calendar, documents)
    return [module.area() for module in modules]


__all__ = ["AreaPage", "AreaSpec", "all_areas"]
