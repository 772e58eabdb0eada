"""Right-to-left words in their reading order, line by line.

ReportLab shapes each word with HarfBuzz (``ParagraphStyle(shaping=1)``), which joins Arabic
letters and draws a Hebrew or Arabic word's letters right to left; but the order of the *words*
of a mixed line ("Latin בית לחם end") needs the Unicode bidirectional algorithm, which ReportLab
takes from the optional module ``rlbidi`` (``log2vis``) and then applies per wrapped line
(paragraph style ``wordWrap="LTR"``). ``rlbidi`` is not on PyPI, so this module provides the same
``log2vis`` from python-bidi's reference implementation and installs it under that name before
ReportLab's text module is imported (:func:`install`, called by ``exchangedesk.reports``).
"""

from __future__ import annotations

import sys
import types


def log2vis(
    text: str,
    base_direction: str | None = "LTR",
    clean: bool = True,
    positions_V_to_L: list[int] | None = None,  # noqa: N803 - ReportLab's keyword
    **_ignored: object,
) -> str:
    """``text`` in visual order; ``positions_V_to_L`` is filled with each visual character's
    logical index, which ReportLab uses to sort the words of each line."""
    direction = (base_direction or "").upper()
    if direction == "LTR" and not has_right_to_left(text):
        # Nothing to reorder (ReportLab asks for every word of every line; the full
        # algorithm costs a register of 25,000 lines minutes).
        if positions_V_to_L is not None:
            positions_V_to_L[:] = range(len(text))
        return text
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    if direction in ("LTR", "RTL"):
        level = 0 if direction == "LTR" else 1
    else:
        level = algorithm.get_base_level(text)
    storage["base_level"] = level
    storage["base_dir"] = ("L", "R")[level]
    algorithm.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index  # kept through reordering: the visual-to-logical map
    algorithm.explicit_embed_and_overrides(storage, False)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    algorithm.reorder_resolved_levels(storage, False)
    algorithm.apply_mirroring(storage, False)
    if positions_V_to_L is not None:
        positions_V_to_L[:] = [char["index"] for char in storage["chars"]]
    return "".join(char["ch"] for char in storage["chars"])


# Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko...; their presentation forms;
# the historic RTL scripts) and the marks and controls that make a run right-to-left.
_RTL_RANGES = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF), (0x10800, 0x10FFF),
               (0x1E800, 0x1EFFF))  # fmt: skip
_RTL_CONTROLS = frozenset("\u200f\u202b\u202e\u2067\u061c")


def has_right_to_left(text: str) -> bool:
    if text.isascii():
        return False
    for char in text:
        code = ord(char)
        if code >= 0x0590 and (
            char in _RTL_CONTROLS or any(low <= code <= high for low, high in _RTL_RANGES)
        ):
            return True
    return False


def install() -> None:
    """Offer :func:`log2vis` to ReportLab as ``rlbidi``; must run before ReportLab's
    ``reportlab.pdfgen.textobject`` is first imported (it looks for ``rlbidi`` once)."""
    if "rlbidi" not in sys.modules:
        module = types.ModuleType("rlbidi", "python-bidi's log2vis, for ReportLab")
        module.log2vis = log2vis  # type: ignore[attr-defined]
        sys.modules["rlbidi"] = module


def supported() -> bool:
    """Whether ReportLab took the bidi support (false if it was imported before install())."""
    from reportlab.pdfgen import textobject

    return bool(textobject.rtlSupport)
