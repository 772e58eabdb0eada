"""The preview: every page on screen, the paper switch, and Save/Print giving what the command
line gives."""

from __future__ import annotations

import documents_support as support
from documents_support import ISSUED, cli_print, delegation_id, pdf_text, without_timestamps
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import func, select

from exchangedesk.db.models import Document, Person
from exchangedesk.services.documents.catalogue import render_document
from exchangedesk.ui.documents import show_document

demo_file, demo_copy, opened_demo = support.demo_file, support.demo_copy, support.opened_demo


def open_preview(qtbot, database, kind, record_id, **options):  # noqa: ANN001, ANN201
    dialog = show_document(None, database, kind, record_id, issued_on=ISSUED, **options)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.page_count > 0 and not dialog.busy, timeout=60_000)
    return dialog


def register_size(database) -> int:  # noqa: ANN001
    with database.reading() as session:
        return session.scalar(select(func.count(Document.id)))


def test_every_page_of_the_itinerary_is_shown_with_page_x_of_y(qtbot, opened_demo, tmp_path):
    database = opened_demo.database
    visit = delegation_id(database, "Teachers, students")
    dialog = open_preview(qtbot, database, "itinerary", visit)
    expected = QPdfDocument()
    pdf = render_document(database, "itinerary", visit, issued_on=ISSUED).pdf
    path = tmp_path / "probe.pdf"
    path.write_bytes(pdf)
    expected.load(str(path))
    assert expected.pageCount() >= 2
    assert dialog.page_count == expected.pageCount()
    assert dialog.page_label.text() == f"Page 1 of {expected.pageCount()}"
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()


def test_zoom_changes_the_scale_and_fit_width_returns(qtbot, opened_demo):
    database = opened_demo.database
    dialog = open_preview(qtbot, database, "itinerary", delegation_id(database, "Kemi"))
    before = dialog.view.zoomFactor()
    dialog.zoom_in.click()
    assert dialog.view.zoomFactor() > before
    dialog.fit_width.click()
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.FitToWidth


def test_us_letter_lays_the_document_out_again(qtbot, opened_demo):
    database = opened_demo.database
    dialog = open_preview(qtbot, database, "itinerary", delegation_id(database, "Kemi"))
    assert round(dialog.pdf.pagePointSize(0).width()) == 595  # A4
    with qtbot.waitSignal(dialog.rendered, timeout=60_000):
        dialog.set_paper("letter")
    assert round(dialog.pdf.pagePointSize(0).width()) == 612  # US Letter


def test_saved_itinerary_has_the_command_lines_bytes(qtbot, opened_demo, demo_copy, tmp_path):
    database = opened_demo.database
    visit = delegation_id(database, "Teachers, students")
    dialog = open_preview(qtbot, database, "itinerary", visit, paper="letter")
    saved = tmp_path / "window.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=60_000):
        dialog.save_to(saved)
    by_cli = tmp_path / "cli.pdf"
    cli_print(
        "itinerary", str(visit), "--out", str(by_cli), "--db", str(demo_copy),
        "--paper", "letter", "--date", ISSUED.isoformat(),
    )  # fmt: skip
    assert without_timestamps(saved.read_bytes()) == without_timestamps(by_cli.read_bytes())
    assert not list(tmp_path.glob(".window.pdf.*"))  # no temporary file left behind


def test_a_letter_is_registered_when_saved_not_when_looked_at(
    qtbot, opened_demo, demo_copy, tmp_path
):
    database = opened_demo.database
    visit = delegation_id(database, "Teachers, students")
    before = register_size(database)
    dialog = open_preview(qtbot, database, "letter", visit, template="invitation")
    assert register_size(database) == before
    saved = tmp_path / "invitation.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=60_000):
        dialog.save_to(saved)
    assert register_size(database) == before + 1
    dialog.close()
    opened_demo.close()  # the command line takes the database for writing
    by_cli = tmp_path / "cli.pdf"
    cli_print(
        "letter", str(visit), "--template", "invitation", "--out", str(by_cli),
        "--db", str(demo_copy), "--date", ISSUED.isoformat(),
    )  # fmt: skip
    assert without_timestamps(saved.read_bytes()) == without_timestamps(by_cli.read_bytes())


def member_names(database, visit: int) -> list[str]:  # noqa: ANN001
    from exchangedesk.db.models import DelegationMember

    with database.reading() as session:
        rows = session.execute(
            select(Person.given_name, Person.family_name)
            .join(DelegationMember, DelegationMember.person_id == Person.id)
            .where(DelegationMember.delegation_id == visit)
        ).all()
    return [f"{given} {family}" for given, family in rows]


def test_printing_to_a_pdf_file_keeps_the_names(qtbot, opened_demo, tmp_path):
    database = opened_demo.database
    visit = delegation_id(database, "Teachers, students")
    dialog = open_preview(qtbot, database, "itinerary", visit)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(dialog.printed, timeout=60_000) as sheets:
        dialog.print_to(printer)
    assert sheets.args == [dialog.page_count]
    text = pdf_text(tmp_path / "printed.pdf")
    names = member_names(database, visit)
    assert names and all(name in text for name in names), names


def test_a_page_range_and_copies_are_painted_page_by_page(qtbot, opened_demo, tmp_path):
    database = opened_demo.database
    dialog = open_preview(qtbot, database, "itinerary", delegation_id(database, "Teachers"))
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    printer.setFromTo(2, 2)
    printer.setCopyCount(2)
    with qtbot.waitSignal(dialog.printed, timeout=60_000) as sheets:
        dialog.print_to(printer)
    painted = QPdfDocument()
    painted.load(str(tmp_path / "range.pdf"))
    # A PDF "printer" makes no copies itself, so both were painted.
    assert painted.pageCount() == sheets.args[0] == 2


def test_an_error_is_shown_in_the_window_not_raised(qtbot, opened_demo):
    dialog = show_document(None, opened_demo.database, "itinerary", 999_999)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=60_000) as failure:
        pass
    assert "999999" in failure.args[0] or "delegation" in failure.args[0].lower()
    assert dialog.stack.currentWidget() is dialog.problem
    assert not dialog.save_button.isEnabled()


def test_the_preview_fits_the_screen_it_opens_on(qtbot, opened_demo):
    """It asked for a fixed 920x1000, taller than a 1024x700 laptop's screen (issue 16)."""
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QGuiApplication

    from exchangedesk.ui.widgets.screen_fit import FRAME, fitted_size

    laptop = fitted_size(QSize(920, 1000), QRect(0, 0, 1024, 700))
    assert laptop.width() + FRAME.width() <= 1024 and laptop.height() + FRAME.height() <= 700
    assert fitted_size(QSize(920, 1000), QRect(0, 0, 1920, 1200)) == QSize(920, 1000)

    database = opened_demo.database
    dialog = open_preview(qtbot, database, "itinerary", delegation_id(database, "Kemi"))
    room = QGuiApplication.primaryScreen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700
