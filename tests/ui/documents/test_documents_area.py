"""The Documents area: the register with its filters, New document… and Reprint."""

from __future__ import annotations

import documents_support as support
from documents_support import ISSUED, delegation_id
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox

from exchangedesk.domain.enums import DocumentKind
from exchangedesk.services.documents.catalogue import document_kind
from exchangedesk.services.documents.correspondence import registered_document
from exchangedesk.services.documents.register import list_documents
from exchangedesk.ui.documents import show_document
from exchangedesk.ui.documents.new_document import NewDocumentDialog
from exchangedesk.ui.documents.page import DocumentsPage
from exchangedesk.ui.documents.preview import PreviewDialog
from exchangedesk.ui.documents.reprint import reprint

demo_file, demo_copy, opened_demo = support.demo_file, support.demo_copy, support.opened_demo


def make_page(qtbot, database) -> DocumentsPage:  # noqa: ANN001
    page = DocumentsPage(database)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def select(page: DocumentsPage, title: str) -> None:
    for row in range(page.model.rowCount()):
        if page.model.row_at(row).title == title:
            page.table.selectionModel().select(
                page.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            return
    raise AssertionError(f"{title} is not listed")


def wait_for_pages(qtbot, dialog: PreviewDialog) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: dialog.page_count > 0 and not dialog.busy, timeout=60_000)


def test_the_register_filters_by_kind(qtbot, qtmodeltester, opened_demo):
    page = make_page(qtbot, opened_demo.database)
    qtmodeltester.check(page.model)
    everything = page.model.total
    page.kind_box.setCurrentIndex(page.kind_box.findData(DocumentKind.ITINERARY))
    qtbot.waitUntil(lambda: page.model.total < everything)
    kinds = {page.model.row_at(row).kind for row in range(page.model.rowCount())}
    assert kinds == {DocumentKind.ITINERARY}
    page.kind_box.setCurrentIndex(page.kind_box.findData(DocumentKind.RECEIPT))
    page.period_box.setCurrentIndex(1)  # the last 30 days: the demo's receipt is from 1942
    qtbot.waitUntil(lambda: page.model.total == 0)
    assert page.no_match.isVisibleTo(page) and not page.showing_placeholder


def test_reprint_makes_the_itinerary_again_without_a_new_entry(qtbot, opened_demo, monkeypatch):
    database = opened_demo.database
    page = make_page(qtbot, database)
    before = list_documents(database).total
    select(page, "Itinerary of the Volgograd delegation")
    assert page.reprint_button.isEnabled()
    opened: list[PreviewDialog] = []
    monkeypatch.setattr(PreviewDialog, "show", lambda self: opened.append(self))
    page.reprint_selected()
    (dialog,) = opened
    qtbot.addWidget(dialog)
    wait_for_pages(qtbot, dialog)
    assert dialog.document_shown.title.startswith("Itinerary")
    assert dialog.source.issue is None  # a reprint is a copy, never a second entry
    assert list_documents(database).total == before


def test_a_letter_without_copy_or_template_is_explained(qtbot, opened_demo, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    entry = next(row for row in list_documents(opened_demo.database).rows if row.kind == "letter")
    assert reprint(None, opened_demo.database, entry.id) is None
    assert told and "cannot be reprinted" in told[0]


def test_a_saved_letter_is_reprinted_from_its_kept_copy(qtbot, opened_demo, tmp_path):
    database = opened_demo.database
    visit = delegation_id(database, "Teachers, students")
    dialog = show_document(None, database, "letter", visit, template="invitation")
    qtbot.addWidget(dialog)
    wait_for_pages(qtbot, dialog)
    saved = tmp_path / "invitation.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=60_000):
        dialog.save_to(saved)
    newest = list_documents(database).rows[0]
    entry = registered_document(database, newest.id)
    assert entry.template == "invitation" and entry.issued_on and entry.attachment_id

    again = reprint(None, database, entry.id)
    qtbot.addWidget(again)
    wait_for_pages(qtbot, again)
    assert again.document_shown.pdf == saved.read_bytes()  # the very copy that was sent
    assert not again.paper_box.isEnabled()


def test_new_document_offers_the_catalogue_and_makes_the_choice(qtbot, opened_demo):
    database = opened_demo.database
    chooser = NewDocumentDialog(database)
    qtbot.addWidget(chooser)
    names = [chooser.kind_box.itemData(i) for i in range(chooser.kind_box.count())]
    assert {"itinerary", "letter"} <= set(names)
    chooser.choose_kind("letter")
    assert chooser.template_box.isVisibleTo(chooser)
    chooser.record.filter.setText("Teachers")
    visit = delegation_id(database, "Teachers, students")
    chooser.record.combo.setCurrentIndex(chooser.record.combo.findData(visit))
    chooser.choose_template("invitation")
    chooser.language_box.setCurrentIndex(chooser.language_box.findData("en+ru"))
    chooser.date_box.setDate(ISSUED)
    kind, record, options = chooser.choice()
    assert (kind, record) == ("letter", visit)
    assert options["template"] == "invitation" and options["language"] == "en+ru"
    assert options["issued_on"] == ISSUED and "member_id" not in options
    offered = [chooser.template_box.itemData(i) for i in range(chooser.template_box.count())]
    assert offered == ["invitation", "visa_support", "authorities", "thank_you"]

    # An outgoing visit is offered the outgoing letters only.
    chooser.record.filter.setText("Lord Mayor's visit")
    harbin = delegation_id(database, "Lord Mayor's visit")
    chooser.record.combo.setCurrentIndex(chooser.record.combo.findData(harbin))
    offered = [chooser.template_box.itemData(i) for i in range(chooser.template_box.count())]
    assert offered == [
        "announcement", "visa_invitation_request", "travel_notice", "thank_you_hosts"
    ]  # fmt: skip
    assert chooser.choice()[2]["template"] == "announcement"
    chooser.record.filter.setText("Teachers")
    chooser.record.combo.setCurrentIndex(chooser.record.combo.findData(visit))
    chooser.choose_template("invitation")

    dialog = show_document(None, database, kind, record, **options)
    qtbot.addWidget(dialog)
    wait_for_pages(qtbot, dialog)
    assert dialog.page_count >= 1

    # A document about no single record (the register of partnerships) asks for none.
    for name in names:
        if document_kind(name).record == "none":
            chooser.choose_kind(name)
            assert not chooser.record.isVisibleTo(chooser) and chooser.preview_button.isEnabled()
            assert chooser.choice()[1] is None
