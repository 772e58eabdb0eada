"""The preview window every printed document goes through: pages on screen, then paper or file.

The PDF is rendered off the GUI thread (ui/tasks.py) and shown page by page with QtPdf; "Save
as PDF…" writes those same bytes and "Print…" paints those same pages, so what the secretary
sees is what is sent.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.services.documents.catalogue import PrintedDocument
from exchangedesk.ui.dialogs import run_dialog
from exchangedesk.ui.documents.paper import prepare_printer, print_pages, write_atomically
from exchangedesk.ui.tasks import Task, TaskControl
from exchangedesk.ui.theme import icon
from exchangedesk.ui.widgets.screen_fit import resize_to_screen

ZOOM_STEP = 1.25
ZOOM_LIMITS = (0.25, 4.0)


@dataclass(frozen=True)
class DocumentSource:
    """How to make one document, for :class:`PreviewDialog`.

    ``render(paper)`` makes the PDF for the screen; it must not write anything (a letter is
    not entered in the register just because it was looked at). ``issue(paper)``, when given,
    makes it again for real before it is saved or printed — for a letter, that is what enters
    it in the correspondence register. ``fixed`` documents (a stored copy from the register)
    cannot change paper.
    """

    title: str
    render: Callable[[str], PrintedDocument]
    issue: Callable[[str], PrintedDocument] | None = None
    paper: str = "a4"
    fixed: bool = False


def _pool() -> QThreadPool:
    """The pool documents render on: the application's own. A pool of our own was a Python
    object that outlived the QApplication and was torn down after it at exit."""
    return QThreadPool.globalInstance()


# One document at a time: ReportLab's fonts are shared, process-wide objects.
_RENDERING = threading.Lock()


def _one_at_a_time(work: Callable) -> Callable:
    def run(control: TaskControl) -> object:
        with _RENDERING:
            return work(control)

    return run


class PreviewDialog(QDialog):
    """Pages of a document with zoom, paper, page X of Y, Save as PDF… and Print…"""

    rendered = Signal()  # the pages on screen are up to date
    saved = Signal(str)  # the file written
    printed = Signal(int)  # sheets painted
    failed = Signal(str)  # a message the user was shown

    def __init__(self, source: DocumentSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.paper = source.paper
        self.document_shown: PrintedDocument | None = None
        self._task: Task | None = None
        self._buffer: QBuffer | None = None
        self._closed = False
        self.setWindowTitle(source.title)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        resize_to_screen(self, QSize(920, 1000))  # a page's height, or the screen's
        self.pdf = QPdfDocument(self)
        self._build()
        self.pdf.statusChanged.connect(self._pdf_status)
        self.start_render()

    # -- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        bar = QHBoxLayout()
        self.paper_box = QComboBox()
        self.paper_box.addItem(self.tr("A4"), "a4")
        self.paper_box.addItem(self.tr("US Letter"), "letter")
        self.paper_box.setCurrentIndex(1 if self.paper == "letter" else 0)
        self.paper_box.setEnabled(not self.source.fixed)
        self.paper_box.setToolTip(
            self.tr("A stored copy is shown as it was sent")
            if self.source.fixed
            else self.tr("Paper size: the document is laid out again")
        )
        self.paper_box.currentIndexChanged.connect(self._paper_changed)
        paper_label = QLabel(self.tr("&Paper:"))
        paper_label.setBuddy(self.paper_box)
        bar.addWidget(paper_label)
        bar.addWidget(self.paper_box)
        bar.addSpacing(16)
        self.zoom_out = self._tool("mdi6.magnify-minus-outline", self.tr("Zoom out"), "Ctrl+-")
        self.zoom_in = self._tool("mdi6.magnify-plus-outline", self.tr("Zoom in"), "Ctrl++")
        self.fit_width = self._tool("mdi6.arrow-expand-horizontal", self.tr("Fit width"), "Ctrl+0")
        self.zoom_out.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.zoom_in.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.fit_width.clicked.connect(self.fit_to_width)
        for button in (self.zoom_out, self.zoom_in, self.fit_width):
            bar.addWidget(button)
        bar.addSpacing(16)
        self.page_label = QLabel()
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        self.save_button = QPushButton(icon("mdi6.content-save-outline"), self.tr("Save as PDF…"))
        self.save_button.setShortcut("Ctrl+S")
        self.print_button = QPushButton(icon("mdi6.printer-outline"), self.tr("Print…"))
        self.print_button.setShortcut("Ctrl+P")
        self.save_button.clicked.connect(self.ask_save)
        self.print_button.clicked.connect(self.ask_print)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        for button in (self.save_button, self.print_button, close):
            bar.addWidget(button)

        self.view = QPdfView()
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page_number)

        busy = QWidget()
        busy_layout = QVBoxLayout(busy)
        busy_layout.addStretch(1)
        self.busy_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(360)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        busy_layout.addWidget(self.busy_label)
        busy_layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        busy_layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        busy_layout.addStretch(2)

        self.problem = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setMargin(40)

        self.stack = QStackedWidget()
        for page in (busy, self.view, self.problem):
            self.stack.addWidget(page)
        # What to know before sending it (a participant who did not agree to be passed on).
        self.warning = QLabel(wordWrap=True)
        self.warning.setObjectName("document-warning")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet("background: #fff4ce; color: #5c4400; padding: 6px;")
        self.warning.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.warning)
        layout.addWidget(self.stack, 1)

    def _tool(self, glyph: str, tip: str, shortcut: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(glyph))
        button.setToolTip(f"{tip} ({shortcut})")
        button.setShortcut(shortcut)
        button.setAutoRaise(True)
        return button

    # -- rendering --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None and self._task.is_running

    def start_render(self) -> None:
        self._run(
            lambda control: self._made(self.source.render, control),
            self._show,
            self.tr("Preparing “%1”…").replace("%1", self.source.title),
        )

    def _made(self, make: Callable[[str], PrintedDocument], control: TaskControl) -> object:
        control.progress(0, 0, "")
        result = make(self.paper)
        control.check()  # a cancelled render is dropped, not shown
        return result

    def _run(self, work: Callable, done: Callable[[PrintedDocument], None], message: str) -> None:
        if self._task is not None and self._task.is_running:
            self._task.cancel()
        self.busy_label.setText(message)
        self.stack.setCurrentIndex(0)
        self._set_actions(False)
        # No Qt parent: a render still running when the window closes finishes on its own
        # (Task keeps itself alive) and its result is then dropped, see _alive.
        task = Task(_one_at_a_time(work))
        task.result.connect(
            lambda result, task=task: self._alive() and self._deliver(task, result, done)
        )
        task.error.connect(lambda exc, task=task: self._alive() and self._deliver_error(task, exc))
        task.cancelled.connect(lambda task=task: self._alive() and self._deliver_cancelled(task))
        self._task = task
        task.start(_pool())

    def _alive(self) -> bool:
        return shiboken6.isValid(self) and not self._closed

    def _deliver(self, task: Task, result: PrintedDocument, done: Callable) -> None:
        if task is self._task:  # a later request replaced this one
            self._task = None
            done(result)

    def _deliver_error(self, task: Task, exc: BaseException) -> None:
        if task is not self._task:
            return
        self._task = None
        message = str(exc) or exc.__class__.__name__
        self.problem.setText(
            self.tr("The document could not be made:\n\n%1").replace("%1", message)
        )
        self.stack.setCurrentIndex(2)
        self._set_actions(self.document_shown is not None)
        self.failed.emit(message)

    def _deliver_cancelled(self, task: Task) -> None:
        if task is not self._task:
            return
        self._task = None
        if self.document_shown is None:
            self.reject()  # nothing to show: the user asked not to wait
        else:
            self.stack.setCurrentIndex(1)
            self._set_actions(True)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _show(self, document: PrintedDocument) -> None:
        self.document_shown = document
        self.warning.setText("\n".join(document.warnings))
        self.warning.setVisible(bool(document.warnings))
        self.pdf.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(document.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)
        self._pdf_status(self.pdf.status())

    def _pdf_status(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready and self.document_shown is not None:
            self.stack.setCurrentIndex(1)
            self.view.pageNavigator().jump(0, QPointF(), self.view.zoomFactor())
            self._show_page_number(0)
            self._set_actions(True)
            self.rendered.emit()
        elif status == QPdfDocument.Status.Error:
            self._deliver_error(self._task, ValueError(self.tr("QtPdf cannot read the PDF")))

    def _set_actions(self, enabled: bool) -> None:
        for widget in (self.save_button, self.print_button, self.zoom_in, self.zoom_out):
            widget.setEnabled(enabled)
        self.fit_width.setEnabled(enabled)
        self.paper_box.setEnabled(enabled and not self.source.fixed)

    def _paper_changed(self) -> None:
        paper = self.paper_box.currentData()
        if paper != self.paper:
            self.paper = paper
            self.start_render()

    def set_paper(self, paper: str) -> None:
        self.paper_box.setCurrentIndex(self.paper_box.findData(paper))

    # -- looking ----------------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return self.pdf.pageCount()

    def _show_page_number(self, page: int) -> None:
        total = self.pdf.pageCount()
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(page + 1)).replace("%2", str(total))
            if total
            else ""
        )

    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        low, high = ZOOM_LIMITS
        self.view.setZoomFactor(min(max(current * factor, low), high))

    def fit_to_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # -- sending ----------------------------------------------------------------------------

    def _issued(self, then: Callable[[PrintedDocument], None]) -> None:
        """``then`` with the document as it is sent: made again through ``issue`` (which
        registers a letter) when the source has one, else the bytes on screen."""
        if self.source.issue is None or self.document_shown is None:
            if self.document_shown is not None:
                then(self.document_shown)
            return
        issue = self.source.issue
        self._run(
            lambda control: self._made(issue, control),
            lambda document: (self._keep(document), then(document)),
            self.tr("Entering “%1” in the correspondence register…").replace(
                "%1", self.source.title
            ),
        )

    def _keep(self, document: PrintedDocument) -> None:
        # The same inputs give the same bytes, so the pages on screen stay as they are.
        self.document_shown = document
        self.stack.setCurrentIndex(1)
        self._set_actions(True)

    def ask_save(self) -> None:
        if self.document_shown is None:
            return
        suggested = str(Path.home() / self.document_shown.file_name)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the document to ``path`` (atomically); :attr:`saved` follows."""
        self._issued(lambda document: self._write(path, document))

    def _write(self, path: Path, document: PrintedDocument) -> None:
        try:
            write_atomically(path, document.pdf)
        except OSError as exc:
            message = self.tr("“%1” could not be written: %2").replace("%1", str(path))
            message = message.replace("%2", exc.strerror or str(exc))
            QMessageBox.warning(self, self.tr("Save as PDF"), message)
            self.failed.emit(message)
            return
        self.saved.emit(str(path))

    def ask_print(self) -> None:
        if self.document_shown is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, self.paper)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(self.page_count, 1))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Paint the pages on ``printer`` (set up by the caller); :attr:`printed` follows."""
        self._issued(lambda document: self._paint(printer))

    def _paint(self, printer: QPrinter) -> None:
        try:
            sheets = print_pages(self.pdf, printer, self.document_shown.pdf)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Print"), str(exc))
            self.failed.emit(str(exc))
            return
        self.printed.emit(sheets)

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's override
        self.cancel()
        self._closed = True
        super().closeEvent(event)

    def reject(self) -> None:
        self.cancel()
        self._closed = True
        super().reject()
