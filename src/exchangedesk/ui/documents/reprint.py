"""Reprinting from the correspondence register: the copy kept when the letter was sent, or
else the same document made again from what the register recorded."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import DocumentKind
from exchangedesk.services.documents.catalogue import PrintedDocument, file_name, render_document
from exchangedesk.services.documents.correspondence import RegisteredDocument, registered_document
from exchangedesk.ui.documents import DocumentSource, PreviewDialog, own_templates_for
from exchangedesk.ui.i18n import translate


def reprint_source(database: Database, entry: RegisteredDocument) -> DocumentSource | None:
    """How to show ``entry`` again, or None when neither a copy nor its inputs were kept.

    A reprint is a copy of what was sent, not a new letter: it is never entered in the
    register again, and it keeps the date it was issued on.
    """
    remake = _remake(database, entry)
    if entry.attachment_id is not None:
        attachment_id = entry.attachment_id

        def stored(paper: str) -> PrintedDocument:
            from exchangedesk.services.common.attachments import (
                AttachmentMissingError,
                read_attachment,
            )

            try:
                pdf = read_attachment(database, attachment_id)
            except AttachmentMissingError:
                if remake is None:
                    raise
                return remake(paper)  # the kept copy is gone: make it again instead
            name = file_name(entry.template or entry.kind.value, entry.id, entry.issued_on)
            return PrintedDocument(pdf=pdf, title=entry.title, file_name=name)

        return DocumentSource(title=entry.title, render=stored, fixed=True)
    if remake is None:
        return None
    return DocumentSource(title=entry.title, render=remake)


def _remake(database: Database, entry: RegisteredDocument) -> Callable | None:
    if entry.delegation_id is None:
        return None
    looking = dataclasses.replace(database, read_only=True)  # never a second register entry
    if entry.kind == DocumentKind.LETTER and entry.template:
        from exchangedesk.services.documents.letter_data import LETTERS

        visa = entry.template in {kind.name for kind in LETTERS if kind.passports}
        if visa and not entry.person_ids:  # entries before 0013_docs15 do not name them
            return None
        options = {
            "template": entry.template,
            "member_id": entry.person_ids or entry.recipient_person_id,
            "language": entry.language,
            "own_templates": own_templates_for(database),
        }
        kind = "letter"
    elif entry.kind == DocumentKind.ITINERARY:
        kind, options = "itinerary", {}
    else:
        return None

    def remake(paper: str) -> PrintedDocument:
        return render_document(
            looking,
            kind,
            entry.delegation_id,
            paper=paper,
            issued_on=entry.issued_on,
            **options,
        )

    return remake


def reprint(parent: QWidget | None, database: Database, document_id: int) -> PreviewDialog | None:
    """Open the preview of register entry ``document_id``; explains when it cannot."""
    entry = registered_document(database, document_id)
    source = reprint_source(database, entry)
    if source is None:
        QMessageBox.information(
            parent,
            translate("Documents", "Reprint"),
            translate(
                "Documents",
                "“%1” cannot be reprinted: no copy of it was kept, and the register does not "
                "record everything needed to make it again.",
            ).replace("%1", entry.title),
        )
        return None
    dialog = PreviewDialog(source, parent)
    dialog.show()
    return dialog
