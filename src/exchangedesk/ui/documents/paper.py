"""Putting a rendered PDF on paper or on disk: the same bytes the renderer made, never a copy
re-drawn by Qt, so screen, file and paper show one document (DESIGN.md §6)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

# Pages are rasterised for the printer; at 1,200 dpi an A4 page is a 560 MB image, so the
# rendering resolution is capped where print is already sharper than the eye reads.
MAX_PRINT_DPI = 300


def write_atomically(path: Path, data: bytes) -> None:
    """A reader never sees half a PDF, and a failure leaves any old file as it was."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def page_size_of(paper: str) -> QPageSize:
    return QPageSize(QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4)


def prepare_printer(printer: QPrinter, paper: str) -> None:
    """Paper and page range offered in the print dialog match the document."""
    printer.setPageSize(page_size_of(paper))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    # The PDF carries its own margins; the printer's would shrink the page a second time.
    printer.setFullPage(True)
    printer.setFromTo(0, 0)
    printer.setDocName("ExchangeDesk")


def pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    """0-based page numbers in the range the user chose (all pages when none was chosen)."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 and last <= 0:
        return list(range(page_count))
    first = max(first, 1)
    last = min(last if last > 0 else page_count, page_count)
    return list(range(first - 1, last))


def print_pages(document: QPdfDocument, printer: QPrinter, pdf: bytes | None = None) -> int:
    """Paint the chosen pages (and copies, when the printer cannot make them itself) onto
    ``printer``; returns the number of sheets. Each page is rendered by QtPdf at the printer's
    resolution (capped at :data:`MAX_PRINT_DPI`) and fitted to the paper.

    "Print to file" of the whole document, once, writes ``pdf`` itself: a picture of each page
    would lose the text that search, copy and screen readers need.
    """
    pages = pages_to_print(printer, document.pageCount())
    if not pages:
        return 0
    copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
    target = printer.outputFileName()
    whole = len(pages) == document.pageCount() and max(printer.copyCount(), 1) == 1
    if pdf is not None and target and whole and _prints_to_pdf(printer):
        write_atomically(Path(target), pdf)
        return len(pages)
    sequence = [page for _ in range(copies) for page in pages]  # collated copies
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        for index, page in enumerate(sequence):
            if index:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(
                page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            target = _fitted(
                QSizeF(points), QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            )
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(sequence)


def _prints_to_pdf(printer: QPrinter) -> bool:
    return printer.outputFormat() == QPrinter.OutputFormat.PdfFormat


def _fitted(page: QSizeF, paper: QRectF) -> QRectF:
    """The largest rectangle of the page's shape centred on the paper (a Letter document on
    A4 paper keeps its proportions)."""
    scale = min(paper.width() / page.width(), paper.height() / page.height())
    width, height = page.width() * scale, page.height() * scale
    return QRectF(
        paper.x() + (paper.width() - width) / 2,
        paper.y() + (paper.height() - height) / 2,
        width,
        height,
    )
