"""Names in Chinese, Japanese and Korean get real glyphs even on a machine without CJK fonts."""

from PySide6.QtGui import QFont, QFontMetrics

from exchangedesk.ui.app import make_application
from exchangedesk.ui.fonts import register_fallback_fonts

NAMES = "哈尔滨 长春 東京 パリ 서울 Волгоград Αθήνα Eisenhüttenstadt Bağcılar Głuchołazy"


def test_every_character_of_the_demo_names_is_in_a_registered_font(qapp):
    make_application()
    families = register_fallback_fonts()
    assert {"Kurinto Sans SC", "Kurinto Sans JP", "Kurinto Sans KR"} <= set(families)
    metrics = [QFontMetrics(QFont(family)) for family in families]
    missing = [
        ch for ch in NAMES if not ch.isspace() and not any(m.inFontUcs4(ord(ch)) for m in metrics)
    ]
    assert missing == []


def test_registering_twice_registers_once(qapp):
    assert register_fallback_fonts() == register_fallback_fonts()
