"""The font chain: real glyphs for names in every script, embedded in the PDF.

ReportLab draws a character with whatever font the paragraph names; when that font lacks the
glyph the PDF shows a black box, and ReportLab never falls back by itself. So every piece of text
goes through :meth:`FontChain.markup`, which splits it into runs by glyph availability (the first
font of the chain that has the glyph) and wraps each run in ``<font name=...>``.

The fonts come from the ``weblate-fonts`` package (Kurinto Sans, SIL OFL), a dependency of the
application, so every machine renders the same document with the same glyphs — system fonts such
as DejaVu are deliberately not used, because a document must not change with the computer that
printed it. Measured with ReportLab's own cmap reader on the files shipped:

* Kurinto Sans: Latin with diacritics, Greek (accented too), Cyrillic, Georgian, Armenian,
  Hebrew, Arabic, Devanagari, Thai, kana... — no CJK ideographs and no Hangul;
* Kurinto Sans SC: simplified and most traditional Chinese ideographs;
* Kurinto Sans JP: Japanese ideographs the SC font lacks; Kurinto Sans KR: Hangul;
* Kurinto Sans TC: traditional ideographs none of the above has.
Not covered by any: Myanmar, Tibetan, Khmer and historic scripts (Gothic, Cuneiform...).
:meth:`FontChain.missing` names such characters so callers can warn instead of printing boxes.

Fonts are opened lazily. Which characters a file covers is read from its ``cmap`` table alone
(a few milliseconds, see :func:`cmap_codepoints`); the file is parsed and registered with
ReportLab only when a run of text first needs it (:meth:`ChainFont.ensure_registered`, called
by :meth:`FontChain.runs`). A document in Latin, Greek or Cyrillic therefore opens the two
Kurinto Sans files and never the eight CJK ones (about 65 MB that took seconds to parse).

Shaped scripts: a script in :data:`SCRIPT_FONTS` is set in the font named there whatever the
chain's order, because those letters must be joined, reordered or stacked by the font's own
OpenType tables (HarfBuzz shapes each word: ``ParagraphStyle(shaping=1)`` in styles.py; the
order of right-to-left words on a line comes from reports/bidi.py). The Noto fonts for them ship
inside the package (resources/fonts/noto, SIL OFL, licence beside them). Kurinto Sans keeps the
other shaped scripts (Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam, Sinhala,
Oriya, Ethiopic): HarfBuzz finds conjunct and matra forms in its tables too (measured on a city
name of each), so no further font is shipped for them.
"""

from __future__ import annotations

import functools
import struct
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

from exchangedesk.reports.markup import escape

# (registered name, regular file, bold file), in the order glyphs are looked for.
KURINTO = (
    ("EDSans", "KurintoSans-Rg.ttf", "KurintoSans-Bd.ttf"),
    ("EDSansSC", "KurintoSansSC-Rg.ttf", "KurintoSansSC-Bd.ttf"),
    ("EDSansJP", "KurintoSansJP-Rg.ttf", "KurintoSansJP-Bd.ttf"),
    ("EDSansKR", "KurintoSansKR-Rg.ttf", "KurintoSansKR-Bd.ttf"),
    ("EDSansTC", "KurintoSansTC-Rg.ttf", "KurintoSansTC-Bd.ttf"),
)
BOLD_SUFFIX = "-Bold"

# Which font sets which script (first matching range wins), in the chain before Kurinto:
# (script, registered name, regular file, bold file, code point ranges).
SCRIPT_FONTS = (
    ("Hebrew", "EDHebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf",
     ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))),
    # Naskh rather than Kufi or a sans: the book hand Arabic, Persian and Urdu readers expect in
    # a letter; it has the Persian and Urdu letters (پ چ ژ گ ی ے) too.
    ("Arabic", "EDArabic", "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf",
     ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))),
    ("Devanagari", "EDDevanagari", "NotoSansDevanagari-Regular.ttf",
     "NotoSansDevanagari-Bold.ttf", ((0x0900, 0x097F), (0xA8E0, 0xA8FF))),
    ("Thai", "EDThai", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf", ((0x0E00, 0x0E7F),)),
)

# Characters that belong to no script of their own stay in the font of the run around them
# (if it has them), so "哈尔滨 (Harbin)" does not hop fonts at every space and bracket.
_NEUTRAL_CATEGORIES = ("M", "P", "Z", "S")
ZW_JOINERS = "\u200c\u200d"


def noto_dir() -> Path:
    from exchangedesk.paths import resource

    return resource("fonts", "noto")


def script_of(char: str) -> str | None:
    """The script of :data:`SCRIPT_FONTS` that ``char`` belongs to, if any."""
    code = ord(char)
    for script, _name, _regular, _bold, ranges in SCRIPT_FONTS:
        if any(first <= code <= last for first, last in ranges):
            return script
    return None


def kurinto_dir() -> Path:
    return Path(str(files("weblate_fonts"))) / "static" / "weblate_fonts" / "kurinto" / "ttf"


@dataclass(frozen=True)
class ChainFont:
    """One font of the chain, registered with ReportLab under ``name`` and ``name-Bold``."""

    name: str
    regular: Path
    bold: Path
    codepoints: frozenset[int]

    @property
    def bold_name(self) -> str:
        return self.name + BOLD_SUFFIX

    def has(self, char: str) -> bool:
        return ord(char) in self.codepoints

    @property
    def registered(self) -> bool:
        return self.name in _registered

    def ensure_registered(self) -> None:
        """Parse both faces and register them with ReportLab, once per process."""
        if self.name in _registered:
            return
        with _registering:  # a preview may render on a worker while the window renders too
            if self.name not in _registered:
                _register(self.name, self.regular, self.bold)
                _registered.add(self.name)


_registered: set[str] = set()
_registering = threading.Lock()


# Arabic-Indic (U+0660) and Extended Arabic-Indic (U+06F0, Persian and Urdu) digits, N'Ko's.
_RTL_SCRIPT_DIGITS = ((0x0660, 0x0669), (0x06F0, 0x06F9), (0x07C0, 0x07C9))
_NUMBER_PUNCTUATION = frozenset(".,:/-\u066b\u066c\u060c")


def is_right_to_left_number(text: str) -> bool:
    """ "١٢٣", "۱۴۰۲", "١٢٫٥": a number written in Arabic-script digits."""
    if not text or not any(
        low <= ord(c) <= high for c in text for low, high in _RTL_SCRIPT_DIGITS
    ):
        return False
    return all(unicodedata.category(c) == "Nd" or c in _NUMBER_PUNCTUATION for c in text)


def _keep_digits_in_order() -> None:
    """ReportLab shapes word by word, HarfBuzz guessing each word's direction from its script.
    Arabic-Indic digits belong to the Arabic script, so a number came out right to left
    ("١٢٣" printed as ٣٢١; Persian "۱۴۰۲" also lost its 4 to a private-use glyph). Numbers
    read left to right in every script and their digits need no shaping: such a word is
    left unshaped, and the bidi pass puts it in its place on the line."""
    from reportlab.pdfbase.ttfonts import ShapedStr
    from reportlab.platypus import paragraph

    shape = paragraph.shapeFragWord
    if getattr(shape, "_keeps_digits", False):
        return

    def shape_word(word, *args, **kwargs):  # noqa: ANN001, ANN202 - ReportLab's frag word
        text = "".join(piece for frag, piece in word[1:] if not hasattr(frag, "cbDefn"))
        if is_right_to_left_number(text):
            return word
        faces = {frag.fontName for frag, _piece in word[1:] if not hasattr(frag, "cbDefn")}
        fresh = not any(isinstance(piece, ShapedStr) for _frag, piece in word[1:])
        if len(faces) > 1 and fresh and isinstance(word, list):
            return _shape_font_by_font(shape, word, args, kwargs)
        shaped = shape(word, *args, **kwargs)
        if shaped is not word:
            _note_private_glyphs(shaped, text)
        return shaped

    shape_word._keeps_digits = True  # type: ignore[attr-defined]
    paragraph.shapeFragWord = shape_word


# What each private-use code ReportLab gave a shaped glyph stands for, per font face: a
# Devanagari conjunct (क्ष, द्द) has no character of its own, so ReportLab numbers its glyph
# from U+E000 and the PDF's ToUnicode map said just that: pdftotext read "\ue002\ue003य"
# for क्षत्रिय. With the letters the glyph was shaped from in the map, the text reads back
# (a pre-base vowel sign such as ि still comes first, as it is drawn; see docs).
_PRIVATE_TEXT: dict[tuple[str, int], str] = {}
_PRIVATE = range(0xE000, 0xF900)
# Vowel signs drawn before the consonant they follow (Devanagari, Bengali, Gurmukhi, Gujarati i).
_PRE_BASE_SIGNS = frozenset("\u093f\u09bf\u09c7\u09c8\u0a3f\u0abf")


def _shape_font_by_font(shape, word: list, args: tuple, kwargs: dict):  # noqa: ANN001, ANN202
    """A word in two fonts ("[تهران" in a bracket of the base font, then Arabic) shaped one
    font's piece at a time. ReportLab shapes a whole word with its first font's HarfBuzz face
    and looks the glyph numbers up in the others: a wrong glyph, or the PDF failed to save
    (IndexError in makeSubset) — found on GeoNames names by scripts/script_coverage.py."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfbase.ttfonts import ShapedStr, makeShapedFragWord

    pieces: list = []
    width = 0.0
    for frag, piece in word[1:]:
        if hasattr(frag, "cbDefn"):
            pieces.append((frag, piece))
            continue
        alone = shape([stringWidth(piece, frag.fontName, frag.fontSize), (frag, piece)], *args, **kwargs)
        if len(alone) > 1 and isinstance(alone[1][1], ShapedStr):
            _note_private_glyphs(alone, piece)  # its clusters count from the piece's start
        width += alone[0]
        pieces.extend(alone[1:])
    return makeShapedFragWord(word)([width, *pieces])


def _note_private_glyphs(shaped, text: str) -> None:  # noqa: ANN001 - ReportLab's frag word
    from reportlab.pdfbase import pdfmetrics

    glyphs: list[tuple[str, int, str]] = []  # (face, cluster, char)
    for frag, piece in shaped[1:]:
        data = getattr(piece, "__shapeData__", None)
        if not data or hasattr(frag, "cbDefn"):
            continue
        face = pdfmetrics.getFont(frag.fontName).face.name
        face = face.decode("latin-1") if isinstance(face, bytes) else str(face)
        glyphs += [(face, d.cluster, char) for char, d in zip(piece, data, strict=False)]
    starts = sorted({cluster for _f, cluster, _c in glyphs if 0 <= cluster < len(text)})
    if not starts:
        return
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    for cluster, end in ends.items():
        members = [(face, char) for face, k, char in glyphs if k == cluster]
        private = [(face, char) for face, char in members if ord(char) in _PRIVATE]
        if not private:
            continue
        source = text[cluster:end]
        # The cluster's ordinary glyphs (a vowel sign drawn apart) keep their own letters.
        letters = "".join(c for c in source if c not in {char for _f, char in members})
        pre_base = next((c for c in source if c in _PRE_BASE_SIGNS), None)
        if pre_base and members[0] in private:
            # A pre-base vowel sign in a contextual form (Noto draws ि in several widths).
            _PRIVATE_TEXT.setdefault((members[0][0], ord(members[0][1])), pre_base)
            private = private[1:]
            letters = letters.replace(pre_base, "", 1)
        for number, (face, char) in enumerate(private):
            # One glyph carries the letters; a second private glyph in the same cluster
            # (rare) reads as a zero-width joiner rather than repeating them.
            _PRIVATE_TEXT.setdefault((face, ord(char)), (letters or source) if not number else "\u200d")


def _to_unicode_with_private_text(fontname: str, subset) -> str:  # noqa: ANN001
    """ReportLab's ToUnicode CMap, with each private-use code mapped to its letters."""
    from reportlab.pdfbase import ttfonts

    cmap = _plain_to_unicode(fontname, subset)
    face = fontname.split("+", 1)[-1]
    for index, code in enumerate(subset):
        letters = _PRIVATE_TEXT.get((face, code))
        if letters:
            utf16 = letters.encode("utf-16-be").hex().upper()
            cmap = cmap.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{utf16}>", 1)
    del ttfonts
    return cmap


_plain_to_unicode = None


def _map_private_glyphs() -> None:
    global _plain_to_unicode
    from reportlab.pdfbase import ttfonts

    if _plain_to_unicode is None:
        _plain_to_unicode = ttfonts.makeToUnicodeCMap
        ttfonts.makeToUnicodeCMap = _to_unicode_with_private_text


def _register(name: str, regular: Path, bold: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont, shapeFragWord

    # ReportLab shapes with optional ligatures on (liga, dlig): "fi" in "Officer" and Hebrew
    # "יי" became ligature glyphs that read back as private-use characters or U+05F2. The
    # ligatures a script needs (Arabic lam-alef: rlig; Indic conjuncts) stay on in HarfBuzz.
    if shapeFragWord.__defaults__:
        shapeFragWord.__defaults__[0].update(liga=False, dlig=False)
    _keep_digits_in_order()
    _map_private_glyphs()

    for face_name, path in ((name, regular), (name + BOLD_SUFFIX, bold)):
        font = TTFont(face_name, str(path))
        # ReportLab gives a font its private-glyph table only when HarfBuzz first opens it, but
        # shapes a word of several fonts with the first one's: open each at once, or a shaped
        # word that changes font fails ("'TTFont' object has no attribute 'hbAddPrivate'").
        font.hbFont(10)
        # A shaped glyph reads back as the first character the font maps to it: prefer the
        # ordinary letter to a radical or compatibility one sharing its glyph (毛, not ⽑).
        for chars in font.face.glyphToChar.values():
            if len(chars) > 1:
                chars.sort(key=_reading_preference)
        pdfmetrics.registerFont(font)
    # Italic maps to upright: Kurinto ships no italics here, and a missing italic face
    # would make ReportLab fail on <i> in a template's text.
    pdfmetrics.registerFontFamily(
        name, normal=name, bold=name + BOLD_SUFFIX, italic=name, boldItalic=name + BOLD_SUFFIX
    )


class FontChain:
    """Fonts tried in order for each character; see the module docstring."""

    def __init__(self, fonts: list[ChainFont]) -> None:
        if not fonts:
            raise ValueError("a font chain needs at least one font")
        self.fonts = fonts
        self._markup_cache: dict[tuple[str, bool], str] = {}
        self._by_name = {font.name: font for font in fonts}
        self._by_script = {
            script: self._by_name[name]
            for script, name, *_ in SCRIPT_FONTS
            if name in self._by_name
        }

    @property
    def base(self) -> ChainFont:
        """The font paragraphs are set in; the others supply what it lacks."""
        return self.fonts[0]

    def face(self, bold: bool = False) -> str:
        return self.base.bold_name if bold else self.base.name

    def is_bold(self, font_name: str) -> bool:
        return font_name.endswith(BOLD_SUFFIX)

    def font_for(self, char: str, preferred: tuple[ChainFont, ...] = ()) -> ChainFont | None:
        """The first font (the preferred ones first) that has a glyph for ``char``."""
        script = script_of(char)
        if script in self._by_script and self._by_script[script].has(char):
            return self._by_script[script]
        for font in (*preferred, *self.fonts):
            if font.has(char):
                return font
        return None

    def script_font(self, script: str) -> ChainFont | None:
        return self._by_script.get(script)

    def missing(self, text: str) -> str:
        """The distinct printable characters of ``text`` that no font of the chain has."""
        seen: dict[str, None] = {}
        for char in _printable(text):
            if char not in seen and char not in "\n\t" and self.font_for(char) is None:
                seen[char] = None
        return "".join(seen)

    def runs(self, text: str) -> list[tuple[ChainFont, str]]:
        """``text`` cut into (font, piece) runs; a character no font has goes to the base font
        (it will print as a box: see :meth:`missing`)."""
        preferred = self._preferred_for(text)
        runs: list[tuple[ChainFont, list[str]]] = []
        for char in _printable(text):
            current = runs[-1][0] if runs else None
            if (
                current is not None
                # A zero-width joiner or non-joiner (Persian names) must stay inside its word's
                # run, or the word is shaped in two halves.
                and (unicodedata.category(char)[0] in _NEUTRAL_CATEGORIES or char in ZW_JOINERS)
                and current.has(char)
            ) or char in "\n\t":
                font = current or self.base
            else:
                font = self.font_for(char, preferred) or self.base
            if current is font:
                runs[-1][1].append(char)
            else:
                runs.append((font, [char]))
        # Whoever asks for runs is about to draw them: the fonts must exist in ReportLab.
        for font in {font for font, _ in runs}:
            font.ensure_registered()
        return [(font, "".join(chars)) for font, chars in runs]

    def markup(self, text: str | None, *, bold: bool = False) -> str:
        """Paragraph markup that prints ``text`` literally, every run in a font that has it.

        ``bold`` must match the paragraph's weight: a ``<font name=...>`` tag resets ReportLab's
        bold state, so bold is applied inside each run instead of around the whole text.
        """
        if not text:
            return ""
        key = (text, bold)
        cached = self._markup_cache.get(key)
        if cached is not None:
            return cached
        if text.isascii() and text.isprintable() and self._ascii_in_base:
            # The common case needs no walk through the chain: one run in the base font.
            found = escape(text)
            found = f"<b>{found}</b>" if bold else found
        else:
            found = self._markup(text, bold)
        if len(self._markup_cache) < 50_000:  # a register repeats its kinds and statuses
            self._markup_cache[key] = found
        return found

    @functools.cached_property
    def _ascii_in_base(self) -> bool:
        if not all(self.base.has(chr(code)) for code in range(0x20, 0x7F)):
            return False
        self.base.ensure_registered()
        return True

    def _markup(self, text: str, bold: bool) -> str:
        parts = []
        for font, piece in self.runs(text):
            inner = escape(piece)
            if bold:
                inner = f"<b>{inner}</b>"
            if font is not self.base:
                inner = f'<font name="{font.name}">{inner}</font>'
            parts.append(inner)
        return "".join(parts)

    def _preferred_for(self, text: str) -> tuple[ChainFont, ...]:
        # Han ideographs are shared by Chinese, Japanese and Korean but drawn differently in
        # each; kana or Hangul in the same text say which language it is.
        for char in text:
            name = unicodedata.name(char, "")
            if name.startswith(("HIRAGANA", "KATAKANA")) and "EDSansJP" in self._by_name:
                return (self._by_name["EDSansJP"],)
            if name.startswith("HANGUL") and "EDSansKR" in self._by_name:
                return (self._by_name["EDSansKR"],)
        return ()


def _reading_preference(code: int) -> bool:
    # CJK and Kangxi radicals (U+2E80-U+2FDF) and compatibility characters share glyphs with
    # the ordinary ideographs and letters; False sorts first.
    return 0x2E80 <= code <= 0x2FDF or unicodedata.normalize("NFKC", chr(code)) != chr(code)


# Scripts whose words HarfBuzz must shape to be readable: joining (Hebrew marks, Arabic,
# Syriac, N'Ko...), Indic conjuncts and vowel signs, Thai/Lao/Tibetan/Myanmar/Khmer marks,
# Mongolian, and the Arabic and Hebrew presentation forms. Latin, Cyrillic, Greek, Georgian,
# Armenian, CJK and Hangul syllables print right unshaped.
_SHAPED_RANGES = (
    (0x0590, 0x08FF),
    (0x0900, 0x0DFF),
    (0x0E00, 0x0FFF),
    (0x1000, 0x109F),
    (0x1780, 0x18AF),
    (0x1900, 0x1CFF),
    (0xA800, 0xABFF),
    (0xFB1D, 0xFDFF),
    (0xFE70, 0xFEFF),
    (0x10000, 0x10FFFF),
)


def needs_shaping(text: str) -> bool:
    """Whether ``text`` holds a character only HarfBuzz sets right: a complex script (see
    _SHAPED_RANGES), a combining mark, or a joiner. Shaping costs as much again as the rest
    of a paragraph's layout (a 25,000-line register spent a third of its time in it), so the
    renderers shape only the paragraphs that need it."""
    if text.isascii():
        return False
    for char in text:
        code = ord(char)
        if code < 0x0300:
            continue
        if any(low <= code <= high for low, high in _SHAPED_RANGES):
            return True
        if char in ZW_JOINERS or unicodedata.category(char) in ("Mn", "Mc", "Me"):
            return True
    return False


def _printable(text: str) -> str:
    # Control characters (a stray U+009F from a paste) have no glyph anywhere and would print
    # as boxes; line breaks and tabs are kept for the caller to lay out.
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")


@cache
def default_chain() -> FontChain:
    """The Kurinto chain with the script fonts. Only the base font (the one paragraphs are set
    in) is registered with ReportLab now; the others when :meth:`FontChain.runs` first needs
    them."""
    folder = kurinto_dir()
    fonts = [
        ChainFont(name, folder / regular, folder / bold, cmap_codepoints(folder / regular))
        for name, regular, bold in KURINTO
    ]
    noto = noto_dir()
    fonts += [
        ChainFont(name, noto / regular, noto / bold, cmap_codepoints(noto / regular))
        for _script, name, regular, bold, _ranges in SCRIPT_FONTS
    ]
    fonts[0].ensure_registered()
    return FontChain(fonts)


def cmap_codepoints(path: Path) -> frozenset[int]:
    """The characters ReportLab will find in the font at ``path`` (the keys of its
    ``charToGlyph``), read from the ``cmap`` table without parsing the rest of the file.

    It picks the subtable exactly as ReportLab's ``TTFontFile.extractInfo`` does (the last
    Unicode one listed) and reads formats 4 and 12; any other format is left to ReportLab.
    """
    with path.open("rb") as handle:
        header = handle.read(12)
        (count,) = struct.unpack(">H", header[4:6])
        directory = handle.read(16 * count)
        tables = {
            directory[16 * i : 16 * i + 4]: struct.unpack(
                ">II", directory[16 * i + 8 : 16 * i + 16]
            )
            for i in range(count)
        }
        if b"cmap" not in tables:
            return _codepoints_by_reportlab(path)
        offset, length = tables[b"cmap"]
        handle.seek(offset)
        cmap = handle.read(length)
    version, subtables = struct.unpack(">HH", cmap[:4])
    if subtables == 0 and version != 0:
        subtables = version
    chosen, kind = None, 0
    for i in range(subtables):
        platform, encoding, start = struct.unpack(">HHI", cmap[4 + 8 * i : 12 + 8 * i])
        if platform == 3 or (platform == 1 and encoding == 1) or (platform == 0 and encoding != 5):
            chosen, kind = start, 1
        elif platform == 1 and encoding == 0 and kind != 1:
            chosen, kind = start, 2
    if chosen is None:
        return _codepoints_by_reportlab(path)
    (form,) = struct.unpack(">H", cmap[chosen : chosen + 2])
    codepoints: set[int] = set()
    if form == 12:
        (groups,) = struct.unpack(">I", cmap[chosen + 12 : chosen + 16])
        for i in range(groups):
            first, last = struct.unpack(">II", cmap[chosen + 16 + 12 * i : chosen + 24 + 12 * i])
            codepoints.update(range(first, last + 1))
    elif form == 4:
        (doubled,) = struct.unpack(">H", cmap[chosen + 6 : chosen + 8])
        segments = doubled // 2
        ends = struct.unpack(f">{segments}H", cmap[chosen + 14 : chosen + 14 + doubled])
        starts_at = chosen + 16 + doubled
        starts = struct.unpack(f">{segments}H", cmap[starts_at : starts_at + doubled])
        # ReportLab keeps every code point of every segment, even those mapped to glyph 0.
        for first, last in zip(starts, ends, strict=True):
            codepoints.update(range(first, last + 1))
    else:
        return _codepoints_by_reportlab(path)
    if 0x20 in codepoints or 0xA0 in codepoints:  # ReportLab lends one space to the other
        codepoints.update((0x20, 0xA0))
    return frozenset(codepoints)


def _codepoints_by_reportlab(path: Path) -> frozenset[int]:
    from reportlab.pdfbase.ttfonts import TTFontFile

    return frozenset(TTFontFile(str(path)).charToGlyph)
