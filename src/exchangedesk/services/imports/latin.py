"""The Latin spelling of a name written in Cyrillic, for the register's Latin name fields.

Russian, Ukrainian and Belarusian Cyrillic in the spelling of ICAO Doc 9303 (the one in
passports), so the name on a visa form matches the travel document. Other scripts are left as
they are for the secretary to spell: the editor then says the field needs Latin letters.
"""

from __future__ import annotations

_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў",
        ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "ie", "y", "_", "e", "iu", "ia", "i", "i", "ie", "g", "u"],
        strict=True,
    )
)  # fmt: skip


def latin_spelling(text: str) -> str:
    out = []
    for char in text:
        latin = _CYRILLIC.get(char.lower())
        if latin is None:
            out.append(char)
        else:
            latin = "" if latin == "_" else latin  # the soft sign has no letter
            out.append(latin.capitalize() if char.isupper() else latin)
    return "".join(out)
