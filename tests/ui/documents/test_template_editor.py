"""The template editor refuses what the letter cannot print and keeps what it can, where the
command line finds it."""

from __future__ import annotations

import documents_support as support
from documents_support import ISSUED, cli_print, delegation_id, pdf_text
from PySide6.QtWidgets import QMessageBox

from exchangedesk.ui.documents.template_editor import TemplateEditor

demo_file, demo_copy, opened_demo = support.demo_file, support.demo_copy, support.opened_demo


def make_editor(qtbot, database, monkeypatch):  # noqa: ANN001, ANN201
    # A refused save explains itself in a message box; the test reads the signal instead.
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: None)
    # Closing with unsaved text asks first; the tests' windows are closed without keeping it.
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard
    )
    editor = TemplateEditor(database)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_templates_and_languages_are_listed_with_their_fields(qtbot, opened_demo, monkeypatch):
    editor = make_editor(qtbot, opened_demo.database, monkeypatch)
    listed = [editor.templates.item(row).text() for row in range(editor.templates.count())]
    assert any(text.startswith("Invitation · Russian") for text in listed), listed
    editor.choose("visa_support", "en")
    fields = {editor.fields.item(row).data(256) for row in range(editor.fields.count())}
    assert {"recipient.salutation", "delegation.dates", "travellers.table"} <= fields
    editor.choose("invitation", "en")
    fields = {editor.fields.item(row).data(256) for row in range(editor.fields.count())}
    assert "travellers.table" not in fields and "gift.title" not in fields


def test_a_broken_template_is_refused_with_its_line(qtbot, opened_demo, demo_copy, monkeypatch):
    editor = make_editor(qtbot, opened_demo.database, monkeypatch)
    editor.choose("invitation", "en")
    editor.text.setPlainText("Subject: Hello\n\nDear friends,\n\nWe print {p.__class__} here.\n")
    with qtbot.waitSignal(editor.refused) as refusal:
        assert editor.save() is False
    assert "line 5" in refusal.args[0] and "{p.__class__}" in refusal.args[0]
    assert not (demo_copy.parent / "templates" / "invitation.en.txt").exists()
    assert editor.text.textCursor().blockNumber() == 4  # the cursor is on the faulty line

    editor.text.setPlainText("Dear {recipient.password},\n")
    assert "recipient.password" in str(editor.check())


def test_a_good_template_is_saved_and_the_command_line_uses_it(
    qtbot, opened_demo, demo_copy, monkeypatch, tmp_path
):
    database = opened_demo.database
    visit = delegation_id(database, "Teachers, students")
    editor = make_editor(qtbot, database, monkeypatch)
    editor.choose("invitation", "en")
    wording = (
        "Subject: Our own invitation to {host.city}\n\n{recipient.salutation},\n\n"
        "The committee's own words for {delegation.title}; braces print as {{ p.__class__ }}.\n\n"
        "{members.table}\n"
    )
    editor.text.setPlainText(wording)
    with qtbot.waitSignal(editor.saved) as saved:
        assert editor.save() is True
    own = demo_copy.parent / "templates" / "invitation.en.txt"
    assert saved.args == [str(own)] and own.read_text(encoding="utf-8") == wording
    assert "(edited)" in editor.templates.currentItem().text()
    assert editor.reset_button.isEnabled()
    editor.close()

    opened_demo.close()  # the command line takes the database for writing
    out = tmp_path / "letter.pdf"
    cli_print(
        "letter", str(visit), "--template", "invitation", "--language", "en",
        "--out", str(out), "--db", str(demo_copy), "--date", ISSUED.isoformat(),
    )  # fmt: skip
    text = pdf_text(out)
    assert "Our own invitation to" in text
    assert "braces print as { p.__class__ }" in text


def test_reset_removes_the_committees_copy(qtbot, opened_demo, demo_copy, monkeypatch):
    editor = make_editor(qtbot, opened_demo.database, monkeypatch)
    editor.choose("thank_you", "en")
    shipped = editor.text.toPlainText()
    editor.text.setPlainText(shipped + "\nWith warm regards from {home.city}.\n")
    assert editor.save()
    own = demo_copy.parent / "templates" / "thank_you.en.txt"
    assert own.exists()
    editor.reset()
    assert not own.exists() and editor.text.toPlainText() == shipped
    assert not editor.reset_button.isEnabled()


def test_the_preview_shows_the_unsaved_text_with_sample_data(qtbot, opened_demo, monkeypatch):
    editor = make_editor(qtbot, opened_demo.database, monkeypatch)
    editor.choose("invitation", "en")
    editor.text.setPlainText("Subject: Trial wording\n\nDear {recipient.name_native},\n")
    preview = editor.show_preview()
    qtbot.waitUntil(lambda: preview.page_count > 0, timeout=60_000)
    assert preview.document_shown is not None
    assert preview.document_shown.title == "Trial wording"
    assert not editor.folder.exists()  # a preview saves nothing
