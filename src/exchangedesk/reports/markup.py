"""Escaping user text for ReportLab's paragraph markup.

A ReportLab ``Paragraph`` parses its text as a small XML dialect: ``<font color=red>``,
``<img src="/etc/...">``, ``<a href>``, entities such as ``&amp;``. A name, a venue, a note or a
template field typed by a person is text, never markup, so it is escaped before it meets a
Paragraph — ``<img src=x>`` then prints as those characters and no file is ever read.
Renderers build markup only from escaped text plus the few tags they write themselves.
"""

from __future__ import annotations

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def escape(text: str | None, *, line_breaks: bool = True) -> str:
    """``text`` as paragraph markup that prints it literally.

    Line breaks become ``<br/>`` (a typed address keeps its lines) unless ``line_breaks`` is
    false, and tabs become spaces; ReportLab would fold both into one space otherwise.
    """
    if not text:
        return ""
    escaped = text.translate(_ESCAPES).replace("\t", " ")
    if line_breaks:
        escaped = escaped.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br/>")
    else:
        escaped = " ".join(escaped.split())
    return escaped
