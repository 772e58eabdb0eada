"""Only the paragraphs that need HarfBuzz and the bidirectional algorithm pay for them (issue
15, point 8: a register of 25,000 partnerships spent most of its time shaping and reordering
Latin words that need neither)."""

from __future__ import annotations

import pytest

from exchangedesk.reports.bidi import has_right_to_left, log2vis
from exchangedesk.reports.fonts import needs_shaping
from exchangedesk.reports.styles import make_stylesheet, unshaped


@pytest.mark.parametrize(
    ("text", "shaped"),
    [
        ("Coventry", False),
        ("Волгоград", False),
        ("Θεσσαλονίκη", False),
        ("哈尔滨", False),
        ("서울", False),
        ("თბილისი", False),
        ("København, Łódź, Île-de-France", False),
        ("בית לחם", True),
        ("Bethlehem بيت لحم", True),
        ("नई दिल्ली", True),
        ("กรุงเทพมหานคร", True),
        ("e\u0301", True),  # a combining accent: HarfBuzz places it
        ("مهدی\u200cزاده", True),
    ],
)
def test_which_texts_are_shaped(text, shaped):
    assert needs_shaping(text) is shaped


def test_right_to_left_is_found_and_left_to_right_passes_unchanged():
    assert has_right_to_left("Twinned with בית לחם") and has_right_to_left("\u200fx")
    assert not has_right_to_left("Coventry – Волгоград 哈尔滨 नई दिल्ली")
    positions: list[int] = []
    assert log2vis("Coventry – Волгоград", "LTR", positions_V_to_L=positions) == (
        "Coventry – Волгоград"
    )
    assert positions == list(range(len("Coventry – Волгоград")))
    mixed: list[int] = []
    assert log2vis("a בית b", "LTR", positions_V_to_L=mixed) == "a תיב b"
    assert mixed == [0, 1, 4, 3, 2, 5, 6]


def test_the_unshaped_style_looks_the_same():
    from exchangedesk.reports.fonts import default_chain

    styles = make_stylesheet(default_chain())
    plain = unshaped(styles.cell)
    assert plain is unshaped(styles.cell)  # made once per style
    assert plain.shaping == 0 and styles.cell.shaping == 1
    for name in ("fontName", "fontSize", "leading", "textColor", "alignment"):
        assert getattr(plain, name) == getattr(styles.cell, name)
    # A style made from the shaped one does not inherit its unshaped twin.
    from reportlab.lib.styles import ParagraphStyle

    child = ParagraphStyle("child", parent=styles.cell, fontSize=20)
    assert unshaped(child).fontSize == 20
