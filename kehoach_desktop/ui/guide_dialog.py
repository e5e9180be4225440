"""Trợ giúp › Hướng dẫn sử dụng (F1): the user guide made by tools/make_guide.py, with a button
that opens it as a PDF (to print or keep)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from .generated.ui_guide_dialog import Ui_GuideDialog

GUIDE_HTML, GUIDE_PDF = "huong-dan-su-dung.html", "huong-dan-su-dung.pdf"


def guide_folder() -> Path | None:
    from ..paths import resources_dir

    try:
        folder = resources_dir() / "guide"
    except FileNotFoundError:
        return None
    return folder if (folder / GUIDE_HTML).is_file() else None


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GuideDialog()
        self.ui.setupUi(self)
        self.folder = guide_folder()
        if self.folder is None:
            self.ui.browser.setPlainText(self.tr("Không tìm thấy tệp hướng dẫn trong bản cài đặt này."))
            self.ui.pdfButton.setEnabled(False)
        else:
            self.ui.browser.setSearchPaths([str(self.folder)])
            self.ui.browser.setSource(QUrl.fromLocalFile(str(self.folder / GUIDE_HTML)))
            self.ui.pdfButton.setEnabled((self.folder / GUIDE_PDF).is_file())
        self.ui.pdfButton.clicked.connect(self.open_pdf)
        self.ui.buttonBox.rejected.connect(self.reject)

    def open_pdf(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder / GUIDE_PDF)))
