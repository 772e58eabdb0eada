"""Documents on screen, paper and file: the preview every area opens, and the letter templates.

Other areas call one function::

    show_document(parent, database, "itinerary", delegation_id, member_id=person_id)

with the kind and options of the document catalogue (services/documents/register/catalogue.py). The dialog renders
in the background, and saves or prints exactly the bytes ``exchangedesk print`` writes for the
same inputs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from exchangedesk.db.engine import sqlite_path
from exchangedesk.db.session import Database
from exchangedesk.paths import user_data_dir
from exchangedesk.services.documents.catalogue import (
    PrintedDocument,
    document_kind,
    own_templates_folder,
    render_document,
)
from exchangedesk.ui.documents.preview import DocumentSource, PreviewDialog
from exchangedesk.ui.i18n import translate

__all__ = [
    "DocumentSource",
    "PreviewDialog",
    "document_source",
    "letter_templates",
    "own_templates_for",
    "show_document",
    "show_pdf",
]


def own_templates_for(database: Database) -> Path:
    """The committee's own letter templates: the ``templates`` folder beside a database file
    (the one ``exchangedesk print`` reads), or in the user's data folder for a server
    database."""
    folder = own_templates_folder(sqlite_path(database.url))
    return folder if folder is not None else user_data_dir() / "templates"


def letter_templates(database: Database) -> list[str]:
    """Names of the letter templates there are, the committee's own and the shipped ones."""
    from exchangedesk.reports.templates import TEMPLATE_NAME, template_folders

    names: set[str] = set()
    for folder in template_folders(own_templates_for(database)):
        if folder.is_dir():
            names.update(path.name.split(".")[0] for path in folder.glob("*.*.txt"))
    return sorted(name for name in names if TEMPLATE_NAME.match(name))


def document_source(
    database: Database, kind: str, record_id: int | None, **options: Any
) -> DocumentSource:
    """How the catalogue makes ``kind`` for ``record_id`` with ``options`` (its keywords)."""
    info = document_kind(kind)
    options = dict(options)
    paper = options.pop("paper", "a4")
    # Fixed once: the screen, the file and the register entry all carry the same date.
    options.setdefault("issued_on", dt.date.today())
    if "template" in info.options:
        options.setdefault("own_templates", own_templates_for(database))
    # Looking at a letter must not enter it in the register: the screen renders through a
    # read-only view of the database, and only Save or Print makes it again for real.
    looking = dataclasses.replace(database, read_only=True) if info.registers else database

    def render(paper: str) -> PrintedDocument:
        return render_document(looking, kind, record_id, paper=paper, **options)

    def issue(paper: str) -> PrintedDocument:
        return render_document(database, kind, record_id, paper=paper, **options)

    registers = info.registers and not database.read_only
    return DocumentSource(
        title=translate("catalogue", info.label),
        render=render,
        issue=issue if registers else None,
        paper=paper,
    )


def show_document(
    parent: QWidget | None, database: Database, kind: str, record_id: int | None, **options: Any
) -> PreviewDialog:
    """Open the preview of document ``kind`` (see services/documents/register/catalogue.py) and return it."""
    dialog = PreviewDialog(document_source(database, kind, record_id, **options), parent)
    return _shown(dialog)


def show_pdf(parent: QWidget | None, title: str, pdf: bytes, file_name: str) -> PreviewDialog:
    """Preview a PDF that already exists (a copy kept in the register), as it is."""
    document = PrintedDocument(pdf=pdf, title=title, file_name=file_name)
    dialog = PreviewDialog(
        DocumentSource(title=title, render=lambda paper: document, fixed=True), parent
    )
    return _shown(dialog)


def _shown(dialog: PreviewDialog) -> PreviewDialog:
    """A preview holds the PDF and its rendered pages: one given a parent is let go when it is
    closed, not when its parent goes (see ui/dialogs/__init__.py). Without a parent, Python owns
    it and frees it once the caller drops it."""
    if dialog.parent() is not None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
