"""Fonts shipped with the application, so names in every script show real glyphs.

Bare Linux machines often have DejaVu and nothing for Chinese, Japanese or Korean, and Qt then
draws "Harbin (□□□)". The Kurinto Sans fonts (SIL OFL, from the ``weblate-fonts`` package) are
registered as application fonts; Qt's own glyph fallback picks them for any character the
system font lacks, so the interface keeps the desktop's usual font for everything else.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtGui import QFontDatabase

# One file per writing system: the SC font lacks kana and Hangul, JP and KR supply them.
FALLBACK_FONT_FILES = ("KurintoSansSC-Rg.ttf", "KurintoSansJP-Rg.ttf", "KurintoSansKR-Rg.ttf")

_registered: list[str] = []


def bundled_font_dir() -> Path:
    return Path(str(files("weblate_fonts"))) / "static" / "weblate_fonts" / "kurinto" / "ttf"


def register_fallback_fonts() -> list[str]:
    """Register the shipped fonts once per process; the families Qt now knows from them."""
    if _registered:
        return list(_registered)
    folder = bundled_font_dir()
    for name in FALLBACK_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(folder / name))
        if font_id >= 0:  # a missing file only costs the glyphs, never the start-up
            _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(_registered)
