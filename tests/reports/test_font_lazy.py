"""Fonts are opened only when a document's text needs them, and that changes nothing printed.

Registration is per process, so what a fresh process opens is probed in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from reportlab.pdfbase.ttfonts import TTFontFile

from exchangedesk.reports.fonts import KURINTO, cmap_codepoints, kurinto_dir
from reports.conftest import flat, pdf_text

# A story in one process: register nothing up front (or everything, "eager"), render a short
# document with the given text, and say which fonts ReportLab was given.
PROBE = r"""
import json, sys
from io import BytesIO
from reportlab.platypus import Paragraph, SimpleDocTemplate
from exchangedesk.reports.fonts import default_chain
from exchangedesk.reports.styles import make_stylesheet

eager, text, out = sys.argv[1] == "eager", sys.argv[2], sys.argv[3]
chain = default_chain()
if eager:
    for font in chain.fonts:
        font.ensure_registered()
styles = make_stylesheet(chain)
buffer = BytesIO()
doc = SimpleDocTemplate(buffer, invariant=1)
doc.build([Paragraph(chain.markup(text), styles.body), Paragraph(chain.markup(text, bold=True), styles.subheading)])
open(out, "wb").write(buffer.getvalue())
print(json.dumps([font.name for font in chain.fonts if font.registered]))
"""


def probe(tmp_path, text: str, *, eager: bool = False) -> tuple[list[str], bytes]:
    out = tmp_path / ("eager.pdf" if eager else "lazy.pdf")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "eager" if eager else "lazy", text, str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1]), out.read_bytes()


@pytest.mark.parametrize("files", [(regular, bold) for _, regular, bold in KURINTO])
def test_coverage_read_from_the_cmap_is_what_reportlab_finds(files):
    for file in files:
        path = kurinto_dir() / file
        assert cmap_codepoints(path) == frozenset(TTFontFile(str(path)).charToGlyph), file


def test_latin_greek_and_cyrillic_open_only_the_base_font(tmp_path):
    opened, pdf = probe(tmp_path, "Volgograd Волгоград Αθήνα Głuchołazy")
    assert opened == ["EDSans"]
    assert "Волгоград Αθήνα Głuchołazy" in flat(pdf_text(pdf, tmp_path))


def test_chinese_opens_the_chinese_font_and_no_other(tmp_path):
    opened, pdf = probe(tmp_path, "Harbin 哈尔滨")
    assert opened == ["EDSans", "EDSansSC"]
    assert "哈尔滨" in pdf_text(pdf, tmp_path)


def test_korean_and_japanese_open_their_own_fonts(tmp_path):
    assert probe(tmp_path, "Seoul 서울")[0] == ["EDSans", "EDSansKR"]
    # Kana are in the base font; they make the ideographs beside them Japanese.
    assert probe(tmp_path, "東京とうきょう")[0] == ["EDSans", "EDSansJP"]


def test_lazy_loading_prints_the_same_bytes_as_loading_everything(tmp_path):
    text = "Krasnoyarsk Красноярск – Harbin 哈尔滨 – 長春 – 서울"
    _, lazy = probe(tmp_path, text)
    _, eager = probe(tmp_path, text, eager=True)
    assert lazy == eager
