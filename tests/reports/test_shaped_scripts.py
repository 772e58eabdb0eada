"""Right-to-left and shaped scripts print as their readers expect (issue 15, point 4): each
script in the font reports/fonts.py names for it, embedded; Arabic joined, Devanagari shaped
(HarfBuzz), right-to-left words in reading order per line (python-bidi), so pdftotext reads the
logical text back (after NFKC: joined Arabic letters come back as presentation forms)."""

from __future__ import annotations

import io
import re
import subprocess
import unicodedata

import pytest
from reportlab.platypus import Paragraph, SimpleDocTemplate

from exchangedesk.reports import bidi
from exchangedesk.reports.fonts import SCRIPT_FONTS, default_chain, script_of
from exchangedesk.reports.styles import make_stylesheet

NAMES = {
    "Hebrew": "תל אביב",
    "Arabic": "بيت لحم",
    "Persian": "تهران",
    "Devanagari": "मुंबई",
    "Thai": "กรุงเทพมหานคร",
}
FONT_OF = {"Persian": "Arabic"}
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def render(texts: list[str]) -> bytes:
    chain = default_chain()
    styles = make_stylesheet(chain)
    buffer = io.BytesIO()
    story = [Paragraph(chain.markup(text), styles.body) for text in texts]
    SimpleDocTemplate(buffer).build(story)
    return buffer.getvalue()


def pdf_tool(tool: str, pdf: bytes, tmp_path) -> str:
    path = tmp_path / "shaped.pdf"
    path.write_bytes(pdf)
    args = [tool, str(path), "-"] if tool == "pdftotext" else [tool, str(path)]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def as_poppler_reads(text: str) -> str:
    """pdftotext gives each right-to-left word in logical order but a run of such words in
    their order on the page (right to left), as on a page that is mostly left-to-right; so the
    logical text, printed correctly, reads back with each run of RTL words reversed."""
    out: list[str] = []
    run: list[str] = []
    for word in text.split():
        if any(unicodedata.bidirectional(c) in ("R", "AL") for c in word):
            run.append(word)
            continue
        out += reversed(run)
        run = []
        out.append(word)
    return " ".join([*out, *reversed(run)])


def plain(text: str) -> str:
    # ReportLab shapes with discretionary ligatures on: Noto Sans Hebrew draws "יי" as its
    # ligature glyph, which maps back to U+05F2 (the same letters to a reader).
    text = text.replace("\u05f2", "\u05d9\u05d9")
    return " ".join(BIDI_MARKS.sub("", unicodedata.normalize("NFKC", text)).split())


def test_reportlab_took_the_bidi_module():
    assert bidi.supported()


def test_log2vis_reverses_right_to_left_words_only():
    positions: list[int] = []
    visual = bidi.log2vis("Latin בית לחם end", "LTR", positions_V_to_L=positions)
    assert visual == "Latin םחל תיב end"
    assert sorted(positions) == list(range(len(visual)))


@pytest.mark.parametrize("script", sorted(NAMES))
def test_each_script_is_set_in_its_font(script):
    chain = default_chain()
    wanted = chain.script_font(FONT_OF.get(script, script))
    letters = [c for c in NAMES[script] if script_of(c)]
    assert letters and all(chain.font_for(c) is wanted for c in letters)


@pytest.mark.parametrize("script", sorted(NAMES))
def test_names_read_back_in_logical_order_from_their_embedded_font(script, tmp_path):
    name = NAMES[script]
    pdf = render([f"The delegation from {name} arrives on 3 May.", name])
    text = plain(pdf_tool("pdftotext", pdf, tmp_path))
    # Poppler may drop the space after a right-to-left word: compare without spaces there.
    expected = as_poppler_reads(f"The delegation from {name} arrives on 3 May.")
    assert expected.replace(" ", "") in text.replace(" ", "")
    assert as_poppler_reads(name) in text
    font_file = dict((s, regular) for s, _n, regular, *_ in SCRIPT_FONTS)[FONT_OF.get(script, script)]
    fonts = pdf_tool("pdffonts", pdf, tmp_path)
    assert font_file.removesuffix(".ttf") in fonts
    assert "\ufffd" not in text and not re.search("[\ue000-\uf8ff]", text)


def test_right_to_left_words_keep_their_order_across_wrapped_lines(tmp_path):
    words = ["אחד", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה"] * 8
    pdf = render(["Names: " + " ".join(words) + " end."])
    lines = [plain(line) for line in pdf_tool("pdftotext", pdf, tmp_path).splitlines()]
    lines = [line.replace("Names:", "").replace("end.", "").strip() for line in lines]
    # Each wrapped line, read right to left, continues the words where the line above stopped.
    read = " ".join(as_poppler_reads(line) for line in lines if line)
    assert read == " ".join(words)
    assert len([line for line in lines if line]) >= 3
