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
* ``Direction: incoming`` (or ``outgoing``, or ``any``) above the text says which visits the
  letter is written for; the program offers and prints it only for those. An edited copy
  without the line keeps the direction of the shipped template of the same name.
* A field the register does not know (no purpose, no head) is never printed as a blank: the
  letter is refused naming the missing facts, unless the words around the field are put in
  square brackets — ``[, led by {delegation.head},]`` — which are then left out. Brackets with
  no field inside print as they are.
Anything else — an unknown name, a lone brace, ``{ a + b }`` — is refused with a message naming
the template, the line and the placeholder. Never Jinja: a template must not reach code.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.paths import resource

NAME = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*\Z")
TEMPLATE_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")
LANGUAGE = re.compile(r"[a-z]{2,3}\Z")
_TOKEN = re.compile(r"\{\{|\}\}|\{[^{}\n]*\}|\{|\}")
MAX_TEMPLATE_CHARS = 100_000


DIRECTIONS = ("incoming", "outgoing")


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


@dataclass(frozen=True)
class Optional:
    """Words printed only when every field inside them is known: ``[, led by {head},]``."""

    pieces: tuple[str | Placeholder, ...]


Piece = str | Placeholder | Optional


class MissingFacts(ExchangeDeskError):
    """A letter asked for facts the register does not hold; ``names`` are the placeholders."""

    def __init__(self, source: str, names: tuple[str, ...]):
        super().__init__(f"{source}: the letter needs {', '.join(names)}, which are not known")
        self.source = source
        self.names = names


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
    directions: frozenset[str] | None = None  # None: the template does not say

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
        directions: frozenset[str] | None = None

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
            if not body_started and directions is None and line.lower().startswith("direction:"):
                directions = _directions(line[len("direction:") :], source, number)
                continue
            if not line:
                close()
                continue
            body_started = True
            current.append((number, line))
        close()
        if not paragraphs:
            raise TemplateError(source, 1, "the template has no text to print")
        return cls(source, subject, subject_line, tuple(paragraphs), directions)

    def placeholders(self) -> list[Placeholder]:
        found: list[Placeholder] = []
        for pieces in (self.subject, *(p for _, p in self.paragraphs)):
            for piece in pieces:
                if isinstance(piece, Placeholder):
                    found.append(piece)
                elif isinstance(piece, Optional):
                    found += [p for p in piece.pieces if isinstance(p, Placeholder)]
        return found

    def allows(self, direction: str) -> bool:
        return self.directions is not None and direction in self.directions

    def check(self, fields: Collection[str], blocks: Collection[str] = ()) -> None:
        """Refuse the first placeholder the letter cannot fill (see :meth:`fill`)."""
        self.fill(dict.fromkeys(fields, "x"), blocks)

    def missing(
        self, fields: Mapping[str, str], blocks: Collection[str] = (), empty: Collection[str] = ()
    ) -> tuple[str, ...]:
        """The placeholders outside brackets whose facts are unknown (an empty value, or a
        table in ``empty`` with no rows), in the order the letter uses them."""
        found: dict[str, None] = {}
        for pieces in (self.subject, *(p for _, p in self.paragraphs)):
            for piece in pieces:
                if not isinstance(piece, Placeholder):
                    continue
                if piece.name in blocks:
                    if piece.name in empty:
                        found.setdefault(piece.name)
                elif isinstance(fields.get(piece.name), str) and not fields[piece.name].strip():
                    found.setdefault(piece.name)
        return tuple(found)

    def fill(
        self, fields: Mapping[str, str], blocks: Collection[str] = (), empty: Collection[str] = ()
    ) -> FilledLetter:
        """The letter's text with every placeholder replaced by its plain-string value.
        :class:`MissingFacts` when a fact outside brackets is unknown (see :meth:`missing`)."""
        subject = self._join(self.subject, fields, blocks)
        parts: list[str | Block] = []
        for _, pieces in self.paragraphs:
            if len(pieces) == 1 and isinstance(pieces[0], Placeholder) and pieces[0].name in blocks:
                parts.append(Block(pieces[0].name))
            else:
                text = self._join(pieces, fields, blocks)
                if text.strip():  # a paragraph that was all optional words may be gone
                    parts.append(" ".join(text.split()))
        missing = self.missing(fields, blocks, empty)
        if missing:
            raise MissingFacts(self.source, missing)
        return FilledLetter(subject, tuple(parts))

    def _join(
        self, pieces: Iterable[Piece], fields: Mapping[str, str], blocks: Collection[str]
    ) -> str:
        out = []
        for piece in pieces:
            if isinstance(piece, str):
                out.append(piece)
                continue
            if isinstance(piece, Optional):
                inner = [p for p in piece.pieces if isinstance(p, Placeholder)]
                text = self._join(piece.pieces, fields, blocks)  # refuses unknown names
                if all(fields[p.name].strip() for p in inner):
                    out.append(text)
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
    return _optional_parts(_merge(pieces), source, line)


def _optional_parts(pieces: tuple[Piece, ...], source: str, line: int) -> tuple[Piece, ...]:
    """Turn ``[ ... {field} ... ]`` into an :class:`Optional`; brackets without a field inside
    stay plain text. Brackets do not nest and close on the line they open."""
    out: list[Piece] = []
    part: list[Piece] | None = None  # what follows an open "["

    def close(bracket: str) -> None:
        nonlocal part
        assert part is not None
        if any(isinstance(p, Placeholder) for p in part):
            out.append(Optional(_merge(part)))  # type: ignore[arg-type]
        else:
            out.extend(["[", *part, bracket])
        part = None

    for piece in pieces:
        if isinstance(piece, Placeholder):
            (part if part is not None else out).append(piece)
            continue
        for char in str(piece):
            if part is None:
                if char == "[":
                    part = []
                else:
                    out.append(char)
            elif char == "]":
                close("]")
            elif char == "[":
                close("")
                part = []
            else:
                part.append(char)
    if part is not None:
        if any(isinstance(p, Placeholder) for p in part):
            raise TemplateError(
                source,
                line,
                "a '[' before a field has no ']' after it on the same line (words in brackets "
                "are left out when a field inside is unknown)",
                "[",
            )
        close("")
    return _merge(out)


def _directions(text: str, source: str, line: int) -> frozenset[str]:
    filler = ("and", "or", "visit", "visits")  # "Direction: incoming and outgoing visits"
    words = [w for w in re.split(r"[\s,/]+", text.strip().lower()) if w and w not in filler]
    if words in (["any"], ["both"]):
        return frozenset(DIRECTIONS)
    if not words or any(w not in DIRECTIONS for w in words):
        raise TemplateError(
            source,
            line,
            f"'Direction:{text}' must say incoming, outgoing or any (which visits the letter "
            "is written for)",
            "direction",
        )
    return frozenset(words)


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
    """The template, with the direction of the shipped one of the same name when an edited
    copy does not say."""
    folders = list(folders)
    path = template_path(name, language, folders)
    if path is None:
        raise TemplateError(f"{name}.{language}.txt", 1, "no such letter template was found")
    template = LetterTemplate.from_text(path.read_text(encoding="utf-8"), path.name)
    if template.directions is None:
        template = replace(template, directions=template_directions(name, folders))
    return template


_DIRECTION_LINE = re.compile(r"\s*direction:(.*)", re.IGNORECASE)


def declared_directions(path: Path) -> frozenset[str] | None:
    """What one template file says in its ``Direction:`` line (read without the rest, so a
    template with a mistake further down still says whom it is for); None if it says nothing."""
    try:
        text = path.read_text(encoding="utf-8")[:MAX_TEMPLATE_CHARS]
    except (OSError, UnicodeDecodeError):
        return None
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw.startswith("#") or not raw.strip() or raw.strip().lower().startswith("subject:"):
            continue
        found = _DIRECTION_LINE.match(raw)
        if not found:
            return None  # the body has started
        try:
            return _directions(found.group(1), path.name, number)
        except TemplateError:
            return None
    return None


def template_directions(name: str, folders: Iterable[Path]) -> frozenset[str] | None:
    """Which visits letter ``name`` is for: the first of its files that says, the committee's
    own before the shipped ones, English first."""
    folders = list(folders)
    languages = available_languages(name, folders)
    languages.sort(key=lambda code: code != "en")
    for folder in folders:
        for language in languages:
            path = folder / f"{name}.{language}.txt"
            if path.is_file() and (found := declared_directions(path)) is not None:
                return found
    return None
