"""Read and fill the window's .ts files without a thousand hand edits (issue 20).

    uv run --frozen python scripts/ts_translate.py todo fr > /tmp/fr_todo.json
    uv run --frozen python scripts/ts_translate.py apply fr /tmp/fr_done.json
    uv run --frozen python scripts/ts_translate.py check fr

``todo`` prints, as JSON, every message still unfinished: ``{"Context": {"source": ""}}``, a
list of empty strings for a plural message (one entry per plural form of the language: German
and French 2, Russian 3 — one, few, many). ``apply`` takes the same shape with the translations
filled in; a context named ``"*"`` applies to that source in every context still unfinished
(for words such as "Cancel" or "Name" that recur). Each applied message is marked finished; an
empty value is skipped. Afterwards scripts/update_translations.py runs, so the file is in the
form lupdate writes and the .qm files are rebuilt. ``check`` lists what is unfinished and any
translation whose {0}, %1, %Ln placeholders or & mnemonic differ from the source's.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
TRANSLATIONS = REPOSITORY / "src" / "exchangedesk" / "translations"
PLACEHOLDER = re.compile(r"\{\d+\}|%L?n|%\d+")


def ts_path(code: str) -> Path:
    path = TRANSLATIONS / f"exchangedesk_{code}.ts"
    if not path.is_file():
        sys.exit(f"no translation file {path}")
    return path


def messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.iter("numerusform")]
    return [translation.text or ""]


def unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation.get("type") == "unfinished" or not all(forms(message))


def todo(code: str) -> dict[str, dict[str, object]]:
    wanted: dict[str, dict[str, object]] = {}
    for context, message in messages(ET.parse(ts_path(code))):
        if unfinished(message):
            blank = forms(message)
            value = [""] * len(blank) if message.get("numerus") == "yes" else ""
            wanted.setdefault(context, {})[message.findtext("source")] = value
    return wanted


def apply(code: str, done: dict[str, dict[str, object]]) -> int:
    path = ts_path(code)
    tree = ET.parse(path)
    applied = 0
    for context, message in messages(tree):
        source = message.findtext("source")
        value = done.get(context, {}).get(source)
        if value is None and unfinished(message):
            value = done.get("*", {}).get(source)
        if not value or (isinstance(value, list) and not all(value)):
            continue
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            values = value if isinstance(value, list) else [value]
            for element in list(translation):
                translation.remove(element)
            slots = max(len(values), 1)
            for text in values[:slots]:
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = value if isinstance(value, str) else value[0]
        translation.attrib.pop("type", None)
        applied += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [sys.executable, str(REPOSITORY / "scripts" / "update_translations.py")], check=True
    )
    return applied


def problems(code: str) -> list[str]:
    found = []
    for context, message in messages(ET.parse(ts_path(code))):
        source = message.findtext("source") or ""
        if unfinished(message):
            found.append(f"unfinished: {context}: {source!r}")
            continue
        want = sorted(PLACEHOLDER.findall(source))
        for text in forms(message):
            have = sorted(PLACEHOLDER.findall(text))
            # A singular form may spell the number out ("ein Brief"); never invent one.
            if have != want and not (message.get("numerus") == "yes" and set(have) <= set(want)):
                found.append(f"placeholders {want} -> {have}: {context}: {source!r} -> {text!r}")
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                found.append(f"mnemonic: {context}: {source!r} -> {text!r}")
    return found


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in {"todo", "apply", "check"}:
        print(__doc__)
        return 2
    command, code = argv[0], argv[1]
    if command == "todo":
        json.dump(todo(code), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if command == "apply":
        done = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        print(f"{apply(code, done)} messages translated")
        return 0
    found = problems(code)
    print("\n".join(found) or f"{code}: every message translated, placeholders kept")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
