"""Letter templates: a deliberately tiny language the secretary can edit without risk.

What a template can do, and all it can do::

    # A line starting with "#" is a note for whoever edits the template; it never prints.
    Subject: Invitation to {home.city}

    {recipient.salutation},

    Text of a paragraph, which may run over several lines;
    a blank line starts the next paragraph. {{ and }} print one brace.

    {members.table}

* ``{name}`` prints one value from the dictionary of plain strings the letter was given
  (:meth:`LetterData.fields`). There is no attribute access, no index, no expression, no
  filter, no call: ``{p.__class__}`` is just an unknown name, refused with its line number.
* A paragraph that is only ``{members.table}`` (or another table the letter offers) places that
  table there.
* Values are inserted as text and never read again as template or markup, so a name typed as
  ``{recipient.name}`` or ``<font color=red>`` prints exactly as typed.
Anything else — an unknown name, a lone brace, ``{ a + b }`` — is refused with a message naming
the template, the line and the placeholder. Never Jinja: a template must not reach code.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.paths import resource

NAME = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*\Z")
TEMPLATE_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")
LANGUAGE = re.compile(r"[a-z]{2,3}\Z")
_TOKEN = re.compile(r"\{\{|\}\}|\{[^{}\n]*\}|\{|\}")
MAX_TEMPLATE_CHARS = 100_000


class TemplateError(ExchangeDeskError):
    """A template that cannot be used as written; the message names where and why."""

    def __init__(self, source: str, line: int, message: str, placeholder: str | None = None):
        super().__init__(f"{source}, line {line}: {message}")
        self.source = source
        self.line = line
        self.placeholder = placeholder


@dataclass(frozen=True)
class Block:
    """Where the letter's table (members, travellers) goes."""

    name: str


@dataclass(frozen=True)
class Placeholder:
    name: str
    line: int


Piece = str | Placeholder


@dataclass(frozen=True)
class FilledLetter:
    subject: str
    parts: tuple[str | Block, ...]  # paragraphs of plain text, and tables


@dataclass(frozen=True)
class LetterTemplate:
    source: str  # "invitation.en.txt": named in every error
    subject: tuple[Piece, ...]
    subject_line: int
    paragraphs: tuple[tuple[int, tuple[Piece, ...]], ...]  # (first line, pieces)

    @classmethod
    def from_text(cls, text: str, source: str) -> LetterTemplate:
        if len(text) > MAX_TEMPLATE_CHARS:
            raise TemplateError(
                source, 1, f"the template is longer than {MAX_TEMPLATE_CHARS} characters"
            )
        subject: tuple[Piece, ...] = ()
        subject_line = 0
        paragraphs: list[tuple[int, tuple[Piece, ...]]] = []
        current: list[tuple[int, str]] = []
        body_started = False

        def close() -> None:
            # Each line is read on its own (a placeholder never spans lines, and errors can
            # name the exact line); the lines of a paragraph are then joined by one space.
            if current:
                pieces: list[Piece] = []
                for index, (number, line) in enumerate(current):
                    if index:
                        pieces.append(" ")
                    pieces.extend(_tokenise(" ".join(line.split()), source, number))
                paragraphs.append((current[0][0], _merge(pieces)))
                current.clear()

        for number, raw in enumerate(text.splitlines(), start=1):
            if raw.startswith("#"):
                continue
            line = raw.strip()
            if not body_started and not subject and line.lower().startswith("subject:"):
                subject = _tokenise(line[len("subject:") :].strip(), source, number)
                subject_line = number
                continue
            if not line:
                close()
                continue
            body_started = True
            current.append((number, line))
        close()
        if not paragraphs:
            raise TemplateError(source, 1, "the template has no text to print")
        return cls(source, subject, subject_line, tuple(paragraphs))

    def placeholders(self) -> list[Placeholder]:
        found = [p for p in self.subject if isinstance(p, Placeholder)]
        for _, pieces in self.paragraphs:
            found += [p for p in pieces if isinstance(p, Placeholder)]
        return found

    def check(self, fields: Collection[str], blocks: Collection[str] = ()) -> None:
        """Refuse the first placeholder the letter cannot fill (see :meth:`fill`)."""
        self.fill(dict.fromkeys(fields, ""), blocks)

    def fill(self, fields: Mapping[str, str], blocks: Collection[str] = ()) -> FilledLetter:
        """The letter's text with every placeholder replaced by its plain-string value."""
        subject = self._join(self.subject, fields, blocks)
        parts: list[str | Block] = []
        for _, pieces in self.paragraphs:
            if len(pieces) == 1 and isinstance(pieces[0], Placeholder) and pieces[0].name in blocks:
                parts.append(Block(pieces[0].name))
            else:
                parts.append(self._join(pieces, fields, blocks))
        return FilledLetter(subject, tuple(parts))

    def _join(
        self, pieces: Iterable[Piece], fields: Mapping[str, str], blocks: Collection[str]
    ) -> str:
        out = []
        for piece in pieces:
            if isinstance(piece, str):
                out.append(piece)
                continue
            if piece.name in blocks:
                raise TemplateError(
                    self.source,
                    piece.line,
                    f"{{{piece.name}}} is a table: put it in a paragraph of its own",
                    piece.name,
                )
            value = fields.get(piece.name)
            if not isinstance(value, str):  # unknown, or anything but a plain string
                known = ", ".join(sorted(f"{{{k}}}" for k in fields)[:40])
                raise TemplateError(
                    self.source,
                    piece.line,
                    f"{{{piece.name}}} is not a field this letter has. Fields: {known}",
                    piece.name,
                )
            out.append(value)
        return "".join(out)


def _tokenise(text: str, source: str, line: int) -> tuple[Piece, ...]:
    pieces: list[Piece] = []
    literal: list[str] = []
    position = 0
    for match in _TOKEN.finditer(text):
        literal.append(text[position : match.start()])
        position = match.end()
        token = match.group()
        if token == "{{":
            literal.append("{")
        elif token == "}}":
            literal.append("}")
        elif token in ("{", "}"):
            raise TemplateError(
                source,
                line,
                f"a lone '{token}': write '{token * 2}' to print a brace, or a field name "
                "such as {recipient.salutation}",
                token,
            )
        else:
            name = token[1:-1]
            if not NAME.match(name):
                raise TemplateError(
                    source,
                    line,
                    f"{token} is not a placeholder: a placeholder is only a field name such as "
                    "{recipient.salutation} (no spaces, expressions or calls)",
                    name,
                )
            pieces.append("".join(literal))
            literal = []
            pieces.append(Placeholder(name, line))
    literal.append(text[position:])
    pieces.append("".join(literal))
    return _merge(pieces)


def _merge(pieces: Iterable[Piece]) -> tuple[Piece, ...]:
    merged: list[Piece] = []
    for piece in pieces:
        if isinstance(piece, str):
            if not piece:
                continue
            if merged and isinstance(merged[-1], str):
                merged[-1] = merged[-1] + piece
                continue
        merged.append(piece)
    return tuple(merged)


# ---------------------------------------------------------------------------- finding them


def shipped_template_dir() -> Path:
    return resource("templates")


def template_folders(extra: Path | None = None) -> list[Path]:
    """Where templates are looked for: the committee's own edited ones first (``extra``, the
    ``templates`` folder beside the database), then the defaults shipped with the program."""
    folders = [extra] if extra is not None else []
    return [*folders, shipped_template_dir()]


def template_path(name: str, language: str, folders: Iterable[Path]) -> Path | None:
    if not TEMPLATE_NAME.match(name) or not LANGUAGE.match(language):
        return None  # never a path built from arbitrary text
    for folder in folders:
        candidate = folder / f"{name}.{language}.txt"
        if candidate.is_file():
            return candidate
    return None


def available_languages(name: str, folders: Iterable[Path]) -> list[str]:
    found: dict[str, None] = {}
    if not TEMPLATE_NAME.match(name):
        return []
    for folder in folders:
        for path in sorted(folder.glob(f"{name}.*.txt")):
            language = path.name[len(name) + 1 : -len(".txt")]
            if LANGUAGE.match(language):
                found.setdefault(language, None)
    return list(found)


def load_template(name: str, language: str, folders: Iterable[Path]) -> LetterTemplate:
    path = template_path(name, language, list(folders))
    if path is None:
        raise TemplateError(f"{name}.{language}.txt", 1, "no such letter template was found")
    return LetterTemplate.from_text(path.read_text(encoding="utf-8"), path.name)
