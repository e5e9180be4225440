"""The in-app preview of a PDF: the user sees exactly the file that will be saved, printed or sent."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from .generated.ui_pdf_preview import Ui_PdfPreview


def print_pdf(parent: QWidget | None, path: Path) -> bool:
    """The system print dialog (printer, copies, page range), then each page rendered to the printer."""
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
    render_to_printer(document, printer)
    return True


def render_to_printer(document: QPdfDocument, printer: QPrinter) -> int:
    first, last = printer.fromPage(), printer.toPage()
    if first == 0 and last == 0:
        first, last = 1, document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("không mở được máy in")
    pages = 0
    try:
        dpi = printer.resolution()
        for index in range(first - 1, last):
            if pages:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
            image = document.render(index, size)
            target = painter.viewport()
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(target.x(), target.y(), image.scaled(scaled, Qt.AspectRatioMode.KeepAspectRatio,
                                                                   Qt.TransformationMode.SmoothTransformation))
            pages += 1
    finally:
        painter.end()
    return pages


class PdfPreview(QDialog):
    """Shows the PDF at `path`; Save copies that very file, Print prints it, Mail hands it on."""

    def __init__(self, path: Path, suggested_name: str, parent: QWidget | None = None,
                 on_mail: Callable[[Path], None] | None = None) -> None:
        super().__init__(parent)
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
