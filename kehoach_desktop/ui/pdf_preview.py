"""The in-app preview of a PDF: the user sees exactly the file that will be saved, printed or sent."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ..services.store import Store
from .background import Background
from .generated.ui_pdf_preview import Ui_PdfPreview


def print_pdf(parent: QWidget | None, path: Path) -> bool:
    """The system print dialog (printer, copies, page range), then the pages sent as vectors."""
    owner = parent if parent is not None else QCoreApplication.instance()
    assert owner is not None
    document = QPdfDocument(owner)
    document.load(str(path))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.stem)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(1, document.pageCount()))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        send_to_printer(path, document, printer)
    except OSError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("PdfPreview", "Không in được"), str(exc))
        return False
    return True


def send_to_printer(path: Path, document: QPdfDocument, printer: QPrinter) -> int:
    """Print `path` on `printer` as the user set it up; returns the number of pages sent.

    To a PDF file: the chosen pages of our PDF as they are. To a CUPS printer: the PDF itself
    (the spooler keeps it vector and turns landscape pages). Elsewhere (Windows): each page drawn
    at the printer's resolution, the paper turned to the page's orientation first."""
    from ..exchange import printing

    first, last = printing.page_range(printer.fromPage(), printer.toPage(), document.pageCount())
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return printing.write_pages(path, printer.outputFileName(), first, last, printer.copyCount())
    if printer.printerName() and printing.cups_available():
        printing.submit_to_cups(path, printer.printerName(), copies=printer.copyCount(), first=first, last=last,
                                title=printer.docName())
        return (last - first + 1) * printer.copyCount()
    return render_to_printer(document, printer)


def render_to_printer(document: QPdfDocument, printer: QPrinter) -> int:
    """The fallback where no spooler takes PDF: each page rendered (at most 300 dpi) onto paper
    turned to that page's orientation, filling the printable area."""
    first, last = printing_range(document, printer)
    painter = QPainter()
    pages = 0
    try:
        for index in range(first - 1, last):
            points = document.pagePointSize(index)
            orientation = (QPageLayout.Orientation.Landscape if points.width() > points.height()
                           else QPageLayout.Orientation.Portrait)
            printer.setPageOrientation(orientation)
            if pages == 0:
                if not painter.begin(printer):
                    raise OSError("không mở được máy in")
            else:
                printer.newPage()
            dpi = min(printer.resolution(), 300)
            size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
            image = document.render(index, size)
            # the painter keeps the first page's viewport: take this page's own printable area
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(0, 0, scaled.width(), scaled.height()), image)
            pages += 1
    finally:
        if painter.isActive():
            painter.end()
    return pages


def printing_range(document: QPdfDocument, printer: QPrinter) -> tuple[int, int]:
    from ..exchange.printing import page_range

    return page_range(printer.fromPage(), printer.toPage(), document.pageCount())


class PdfPreview(QDialog):
    """Shows the PDF at `path`; Save copies that very file, Print prints it, Mail hands it on."""

    def __init__(self, path: Path, suggested_name: str, parent: QWidget | None = None,
                 on_mail: Callable[[Path], None] | None = None, store: Store | None = None,
                 signable: bool = True) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = Ui_PdfPreview()
        self.ui.setupUi(self)
        self.path, self.suggested_name, self.on_mail = path, suggested_name, on_mail
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.ui.viewLayout.addWidget(self.view)
        self.setWindowTitle(self.tr("Xem trước: {0}").format(suggested_name))
        self.ui.pagesLabel.setText(self.tr("{0} trang").format(self.document.pageCount()))
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.printButton.clicked.connect(lambda: print_pdf(self, self.path))
        self.ui.mailButton.setVisible(on_mail is not None)
        self.ui.mailButton.clicked.connect(lambda: on_mail(self.path) if on_mail else None)
        self.ui.closeButton.clicked.connect(self.accept)
        # with a store: the signatures on the document are shown, and ours can be signed here
        self.ui.signButton.setVisible(store is not None and signable and not store.read_only)
        self.ui.signButton.clicked.connect(self.sign)
        self._verifier: Background | None = None
        self._show_signatures()

    def _show_signatures(self) -> None:
        """The signatures on the document, checked off the GUI thread (the pages show meanwhile)."""
        self.ui.signaturesLabel.setText("")
        if self.store is None:
            return
        from ..services import signing
        from .labels import signatures_text

        def shown(result: Any) -> None:
            self.ui.signaturesLabel.setText(signatures_text(result) if result.signed else "")

        if self._verifier is None:
            self._verifier = Background(self, shown, lambda exc: self.ui.signaturesLabel.setText(str(exc)))
        self._verifier.start(signing.verify, self.store, self.path)

    @property
    def checking_signatures(self) -> bool:
        return self._verifier is not None and self._verifier.busy

    def sign(self) -> None:
        """Sign the document shown; the signed copy replaces it in the preview (Save, Print and
        Mail then take the signed copy)."""
        from .sign_dialog import SignDialog

        assert self.store is not None
        dialog = SignDialog(self.store, self.path, self)
        if dialog.exec() and dialog.signed is not None:
            self.path = dialog.signed
            self.suggested_name = self.suggested_name.removesuffix(".pdf").removesuffix("-da-ky") + "-da-ky.pdf"
            self.document.load(str(self.path))
            self._show_signatures()

    def save(self) -> Path | None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu PDF"), str(Path.home() / self.suggested_name),
                                                self.tr("Tài liệu PDF (*.pdf)"))
        if not target:
            return None
        if not target.lower().endswith(".pdf"):
            target += ".pdf"
        try:
            shutil.copyfile(self.path, target)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Không lưu được"), self.tr("Không lưu được {0}: {1}").format(
                target, exc.strerror or exc))
            return None
        return Path(target)
