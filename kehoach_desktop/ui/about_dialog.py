"""Trợ giúp › Giới thiệu: the version, the data folder (and a button that opens it), the database
in use, and the licences of the fonts and libraries that ship with the application."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from .. import __version__
from .generated.ui_about_dialog import Ui_AboutDialog

# (distribution, shown name, licence): what the application bundles and under which terms
LIBRARIES = (
    ("PySide6-Essentials", "Qt for Python (PySide6) và Qt", "LGPL-3.0"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("alembic", "Alembic", "MIT"),
    ("openpyxl", "openpyxl", "MIT"),
    ("reportlab", "ReportLab", "BSD-3-Clause"),
    ("python-docx", "python-docx", "MIT"),
    ("pypdf", "pypdf", "BSD-3-Clause"),
    ("psycopg", "psycopg", "LGPL-3.0"),
    ("pyHanko", "pyHanko", "MIT"),
    ("cryptography", "cryptography", "Apache-2.0 / BSD-3-Clause"),
    ("pillow", "Pillow", "MIT-CMU"),
    ("python-pkcs11", "python-pkcs11", "MIT"),
    ("keyring", "keyring", "MIT"),
    ("argon2-cffi", "argon2-cffi", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
)
FONTS = (("Liberation Serif", "SIL Open Font License 1.1", "LICENSE-LiberationSerif.txt"),)


def library_version(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return ""


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.data_dir = data_dir
        ui = self.ui
        icon = self.windowIcon()
        ui.iconLabel.setPixmap(icon.pixmap(64, 64))
        ui.titleLabel.setText(self.tr("<h2>KeHoach Desktop</h2><p>Kế hoạch truyền thông về Giáo dục và Đào tạo "
                                      "của trường, Phòng và Sở GD&amp;ĐT.</p>"))
        ui.versionLabel.setText(__version__)
        ui.dataLabel.setText(str(data_dir))
        ui.databaseLabel.setText(database)
        ui.openDataButton.clicked.connect(self.open_data_folder)
        ui.buttonBox.rejected.connect(self.reject)
        ui.licencesText.setHtml(self.licences_html())

    def licences_html(self) -> str:
        rows = [f"<tr><td>KeHoach Desktop</td><td>{escape(__version__)}</td><td>GPL-3.0-or-later</td></tr>"]
        for distribution, name, licence in LIBRARIES:
            rows.append(f"<tr><td>{escape(name)}</td><td>{escape(library_version(distribution))}</td>"
                        f"<td>{escape(licence)}</td></tr>")
        fonts = "".join(f"<tr><td>{escape(name)}</td><td></td><td>{escape(licence)}</td></tr>"
                        for name, licence, _file in FONTS)
        component, version, licence_title = self.tr("Thành phần"), self.tr("Phiên bản"), self.tr("Giấy phép")
        fonts_title = self.tr("Phông chữ")
        note = self.tr("Toàn văn giấy phép của phông chữ nằm cạnh tệp phông (resources/fonts).")
        head = (f"<tr><th align='left'>{escape(component)}</th><th align='left'>{escape(version)}</th>"
                f"<th align='left'>{escape(licence_title)}</th></tr>")
        return (f"<table cellspacing='4'>{head}{''.join(rows)}</table>"
                f"<p><b>{escape(fonts_title)}</b></p><table cellspacing='4'>{fonts}</table><p>{escape(note)}</p>")

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))
