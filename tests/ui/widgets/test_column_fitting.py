"""How a list's columns share a width too narrow for all of them (ui/widgets/tables.py): the
main column (the partner city, a title) stays readable, the others give way, and the widths
add up to the list's width to the pixel (no sideways scroll bar for a stray pixel)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from exchangedesk.ui.widgets.tables import fitted_widths


def test_room_to_spare_goes_to_the_main_column() -> None:
    assert fitted_widths(600, [100, 180, 100], [50, 50, 50], [1]) == [100, 400, 100]


def test_short_of_room_the_main_column_keeps_its_width_up_to_half() -> None:
    # Partnerships at 1024 px: city, partner city (main), country, status, signed, contact.
    preferred = [126, 182, 105, 154, 84, 126]
    widths = fitted_widths(490, preferred, [59] * 6, [1])
    assert widths[1] == 182
    assert sum(widths) == 490
    assert all(w >= 59 for w in widths)


def test_a_date_range_beside_a_long_title_shrinks_in_proportion() -> None:
    # Exchanges: dates and title in a 296 px list; the dates keep most of themselves.
    widths = fitted_widths(296, [182, 280], [59, 59], [1])
    assert sum(widths) == 296
    assert widths[0] >= 110 and widths[1] >= 148


@given(
    st.lists(st.tuples(st.integers(10, 300), st.integers(0, 80)), min_size=1, max_size=8),
    st.integers(0, 2000),
    st.data(),
)
def test_widths_add_up_and_respect_floors(columns, available: int, data) -> None:  # noqa: ANN001
    preferred = [p for p, _f in columns]
    floors = [min(p, f) for p, f in columns]
    main = [data.draw(st.integers(0, len(columns) - 1))]
    widths = fitted_widths(available, preferred, floors, main)
    assert len(widths) == len(preferred)
    assert all(w >= f for w, f in zip(widths, floors, strict=True))
    if sum(floors) <= available:
        assert sum(widths) == available
    else:
        assert widths == floors
