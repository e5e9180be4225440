"""Công cụ › Cơ sở dữ liệu: this PC's own file, or the office's PostgreSQL server (several PCs,
one plan). Saving checks the connection first; the window then opens again on the chosen data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from ..services import database
from .errors import refused_in
from .generated.ui_database_dialog import Ui_DatabaseDialog
from .tasks import run_task


class DatabaseDialog(QDialog):
    def __init__(self, data: Path, in_use: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DatabaseDialog()
        self.ui.setupUi(self)
        self.data = data
        self.changed = False  # a different database was chosen: the window opens again
        ui = self.ui
        for code, label in (("prefer", self.tr("Nếu máy chủ hỗ trợ")), ("require", self.tr("Bắt buộc")),
                            ("verify-full", self.tr("Bắt buộc, kiểm tra chứng chỉ máy chủ")),
                            ("disable", self.tr("Không mã hóa (chỉ trong mạng nội bộ tin cậy)"))):
            ui.tlsCombo.addItem(label, code)
        ui.currentLabel.setText(self.tr("Đang dùng: {0}").format(in_use))
        saved = database.current(data)
        self._saved = saved
        if saved is not None:
            ui.serverRadio.setChecked(True)
            ui.hostEdit.setText(saved.host)
            ui.portSpin.setValue(saved.port)
            ui.databaseEdit.setText(saved.database)
            ui.userEdit.setText(saved.user)
            ui.tlsCombo.setCurrentIndex(max(0, ui.tlsCombo.findData(saved.tls)))
        else:
            ui.localRadio.setChecked(True)
        ui.serverRadio.toggled.connect(self._server_chosen)
        self._server_chosen(ui.serverRadio.isChecked())
        ui.testButton.clicked.connect(self.check)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    def _server_chosen(self, on: bool) -> None:
        self.ui.serverBox.setEnabled(on)
        self.ui.testButton.setEnabled(on)
        if on and not self.ui.hostEdit.text():
            self.ui.hostEdit.setFocus()

    def settings(self) -> database.ServerSettings:
        ui = self.ui
        return database.ServerSettings(
            host=ui.hostEdit.text().strip(), port=ui.portSpin.value(), database=ui.databaseEdit.text().strip(),
            user=ui.userEdit.text().strip(), tls=ui.tlsCombo.currentData())

    def password(self, settings: database.ServerSettings) -> str | None:
        return self.ui.passwordEdit.text() or database.stored_password(settings)

    def check(self) -> None:
        settings = self.settings()
        password = self.password(settings)
        self.ui.statusLabel.setText(self.tr("Đang kiểm tra…"))
        run_task(self, self.tr("Đang kết nối máy chủ…"),
                 lambda _p, _c: database.test_server(settings, password),
                 lambda found: self.ui.statusLabel.setText(str(found)),
                 lambda exc: self.ui.statusLabel.setText(str(exc)))

    def accept(self) -> None:
        if self.ui.localRadio.isChecked():
            if self._saved is not None:
                database.use_local_file(self.data)
                self.changed = True
            super().accept()
            return
        settings = self.settings()
        password = self.password(settings)
        with refused_in(self.ui.statusLabel) as refused:
            found = database.use_server(self.data, settings, password)
        if refused:  # nothing saved: the dialog stays open with what was typed
            return
        self.ui.statusLabel.setText(found)
        if self.ui.passwordEdit.text():  # also for this session, where no credential store keeps it
            database.use_password_for_this_session(self.ui.passwordEdit.text())
        self.changed = settings != self._saved or bool(self.ui.passwordEdit.text())
        super().accept()
