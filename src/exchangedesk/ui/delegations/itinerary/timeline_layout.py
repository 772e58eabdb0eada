"""Where each item of a day goes on the timeline: minutes from midnight on its own clocks,
clipped to the day, and side-by-side columns for items that overlap. Plain Python, so the
placement can be tested without painting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from exchangedesk.services.delegations.itinerary import ItineraryItemRow

DAY_MINUTES = 24 * 60
SHORTEST = 20  # minutes: a moment (a photo call) still gets a block one can read and click


@dataclass(frozen=True)
class Block:
    item: ItineraryItemRow
    top: int  # minutes after local midnight
    bottom: int
    column: int
    columns: int  # how many columns its group of overlapping items needs
    starts_before: bool = False  # began the day before (across midnight)
    ends_after: bool = False

    @property
    def item_id(self) -> int:
        return self.item.id


def _minutes(moment: dt.datetime) -> int:
    return moment.hour * 60 + moment.minute


def place(items: Sequence[ItineraryItemRow], day: dt.date) -> list[Block]:
    """Blocks for the items touching ``day``, each at its own local clock time."""
    spans = []
    for item in items:
        start, end = item.starts_at, item.ends_at
        last = (end - dt.timedelta(microseconds=1)).date() if item.duration else start.date()
        if not start.date() <= day <= last:
            continue  # on another day (an item ending at midnight ends the day before)
        before = start.date() < day
        after = end.date() > day and not (
            end.date() == day + dt.timedelta(days=1) and _minutes(end) == 0
        )
        top = 0 if before else _minutes(start)
        bottom = DAY_MINUTES if end.date() > day else _minutes(end)
        # A clock going back can make the end read earlier than the start on the same day.
        bottom = max(bottom, top + SHORTEST)
        spans.append((top, min(bottom, DAY_MINUTES + SHORTEST), item, before, after))
    spans.sort(key=lambda s: (s[0], -s[1], s[2].id))
    blocks: list[Block] = []
    group: list[tuple[int, int, ItineraryItemRow, bool, bool, int]] = []
    group_end = -1

    def close() -> None:
        width = max((g[5] for g in group), default=-1) + 1
        blocks.extend(Block(g[2], g[0], g[1], g[5], width, g[3], g[4]) for g in group)
        group.clear()

    column_ends: list[int] = []
    for top, bottom, item, before, after in spans:
        if top >= group_end and group:
            close()
            column_ends = []
        for column, end in enumerate(column_ends):
            if end <= top:
                column_ends[column] = bottom
                break
        else:
            column = len(column_ends)
            column_ends.append(bottom)
        group.append((top, bottom, item, before, after, column))
        group_end = max(group_end, bottom)
    if group:
        close()
    return blocks


def hour_range(blocks: Sequence[Block], first: int = 8, last: int = 22) -> tuple[int, int]:
    """The hours to show: a working day, widened to every item of the day."""
    for block in blocks:
        first = min(first, block.top // 60)
        last = max(last, -(-block.bottom // 60))
    return max(first, 0), min(last, 24)
