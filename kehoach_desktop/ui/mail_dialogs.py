"""Mail settings and the compose window; sending runs off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ..exchange.mail import MailError, MailServer, test_connection
from ..services import mail
from ..services.errors import ServiceError
from ..services.store import Store
from .common import confirm
from .errors import refused_in
from .generated.ui_compose_dialog import Ui_ComposeDialog
from .generated.ui_mail_settings import Ui_MailSettings
from .tasks import run_task

MESSAGE_ID = Qt.ItemDataRole.UserRole + 1
MESSAGE_SENT = Qt.ItemDataRole.UserRole + 2


def ask_password(parent: QWidget, store: Store, error_label: Any) -> tuple[bool, str | None]:
    """The mail password: from the credential store, else asked. (False, None) when cancelled."""
    with refused_in(error_label) as refused:
        server = mail.mail_server(store)
    if refused:
        return False, None
    password = mail.stored_password(server) if server.user else None
    if server.user and password is None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        password, ok = QInputDialog.getText(parent, QCoreApplication.translate("mail", "Mật khẩu thư"),
                                            QCoreApplication.translate("mail", "Mật khẩu của {0}:").format(server.user),
                                            QLineEdit.EchoMode.Password)
        if not ok:
            return False, None
    return True, password


def send_in_background(parent: QWidget, store: Store, message_id: int, error_label: Any,
                       done: Callable[[], None], after_failure: Callable[[], None] = lambda: None) -> None:
    """Send a queued message off the GUI thread (the password asked first unless stored); a
    failure is said in `error_label` and the message stays in the outbox."""
    found, password = ask_password(parent, store, error_label)
    if not found:
        return

    def failed(exc: BaseException) -> None:
        error_label.setText(str(exc))
        after_failure()

    run_task(parent, QCoreApplication.translate("mail", "Đang gửi thư…"),
             lambda _p, _c: mail.send_queued(store, message_id, password), lambda _r: done(), failed)


def save_eml(parent: QWidget, store: Store, message_id: int, name: str, error_label: Any) -> None:
    """Ask where, then save the message as .eml for another mail program."""
    target, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("mail", "Lưu thư"),
                                            str(Path.home() / name),
                                            QCoreApplication.translate("mail", "Thư điện tử (*.eml)"))
    if target:
        try:
            mail.save_as_eml(store, message_id, target)
        except (ServiceError, MailError, OSError) as exc:
            error_label.setText(str(exc))


class MailSettingsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MailSettings()
        self.ui.setupUi(self)
        self.store = store
        ui = self.ui
        for code, label in (("starttls", "STARTTLS"), ("ssl", "SSL/TLS"), ("none", self.tr("Không mã hóa"))):
            ui.securityCombo.addItem(label, code)
            ui.imapSecurityCombo.addItem(label, code)
        values = mail.get_settings(store)
        ui.imapHostEdit.setText(values.get("imap.host", ""))
        ui.imapPortSpin.setValue(int(values.get("imap.port", "993") or 993))
        ui.imapSecurityCombo.setCurrentIndex(max(0, ui.imapSecurityCombo.findData(values.get("imap.security", "ssl"))))
        ui.hostEdit.setText(values.get("mail.host", ""))
        ui.portSpin.setValue(int(values.get("mail.port", "587")))
        ui.securityCombo.setCurrentIndex(max(0, ui.securityCombo.findData(values.get("mail.security", "starttls"))))
        ui.userEdit.setText(values.get("mail.user", ""))
        ui.fromEdit.setText(values.get("mail.from", ""))
        ui.dueSpin.setValue(int(values.get("report.due_day", "25") or 25))
        ui.rememberCheck.setChecked(True)
        ui.testButton.clicked.connect(self.check)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    def server(self) -> MailServer:
        ui = self.ui
        return MailServer(ui.hostEdit.text().strip(), ui.portSpin.value(), ui.securityCombo.currentData(),
                          ui.userEdit.text().strip(), ui.fromEdit.text().strip(), timeout=15)

    def check(self) -> None:
        server, password = self.server(), self.ui.passwordEdit.text() or None
        self.ui.statusLabel.setText(self.tr("Đang kiểm tra…"))

        def done(_r: object) -> None:
            self.ui.statusLabel.setText(self.tr("Kết nối và đăng nhập thành công."))

        def failed(exc: BaseException) -> None:
            self.ui.statusLabel.setText(str(exc))

        run_task(self, self.tr("Đang kiểm tra kết nối…"),
                 lambda _p, _c: test_connection(server, password or mail.stored_password(server)), done, failed)

    def accept(self) -> None:
        server = self.server()
        with refused_in(self.ui.statusLabel) as refused:
            mail.configure(self.store, server.host, server.port, server.security, server.user, server.from_addr)
            mail.set_settings(self.store, {"report.due_day": str(self.ui.dueSpin.value())})
            mail.configure_imap(self.store, self.ui.imapHostEdit.text(), self.ui.imapPortSpin.value(),
                                self.ui.imapSecurityCombo.currentData())
        if refused:
            return
        if self.ui.passwordEdit.text() and self.ui.rememberCheck.isChecked():
            if not mail.remember_password(server, self.ui.passwordEdit.text()):
                QMessageBox.information(self, self.tr("Mật khẩu thư"), self.tr(
                    "Máy này không có kho mật khẩu dùng được; mật khẩu sẽ được hỏi mỗi lần gửi."))
        super().accept()


class ComposeDialog(QDialog):
    """A message prefilled in Vietnamese, editable, sent off the GUI thread. A failure is explained
    and the message stays in the outbox; it can also be saved as .eml to send from elsewhere."""

    def __init__(self, store: Store, to: list[str], subject: str, body: str, attachments: list[Path],
                 report_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ComposeDialog()
        self.ui.setupUi(self)
        self.store, self.report_id = store, report_id
        self.message_id: int | None = None
        self.sent = False
        ui = self.ui
        ui.toEdit.setText(", ".join(to))
        ui.subjectEdit.setText(subject)
        ui.bodyEdit.setPlainText(body)
        self.attachments = [Path(a) for a in attachments]
        ui.attachList.addItems([a.name for a in self.attachments])
        ui.sendButton.clicked.connect(self.send)
        ui.emlButton.clicked.connect(self.save_eml)
        ui.cancelButton.clicked.connect(self.reject)

    def _queue(self) -> int | None:
        if self.message_id is not None:
            return self.message_id
        ui = self.ui
        with refused_in(ui.errorLabel) as refused:
            self.message_id = mail.queue(self.store, ui.toEdit.text().split(","), ui.ccEdit.text().split(","),
                                         ui.subjectEdit.text(), ui.bodyEdit.toPlainText(),
                                         [str(a) for a in self.attachments], self.report_id)
        if refused:
            return None
        return self.message_id

    def send(self) -> None:
        message_id = self._queue()
        if message_id is None:
            return

        def done() -> None:
            self.sent = True
            QMessageBox.information(self, self.tr("Đã gửi"), self.tr("Đã gửi thư tới {0}.").format(self.ui.toEdit.text()))
            super(ComposeDialog, self).accept()

        send_in_background(self, self.store, message_id, self.ui.errorLabel, done)

    def save_eml(self) -> None:
        message_id = self._queue()
        if message_id is None:
            return
        save_eml(self, self.store, message_id, "bao-cao.eml", self.ui.errorLabel)


class OutboxDialog(QDialog):
    """Messages sent and messages waiting: send again, or save as .eml for another mail program."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        from .generated.ui_outbox_dialog import Ui_OutboxDialog

        super().__init__(parent)
        self.ui = Ui_OutboxDialog()
        self.ui.setupUi(self)
        self.store = store
        self.ui.retryButton.clicked.connect(self.retry)
        self.ui.emlButton.clicked.connect(self.save_eml)
        self.ui.discardButton.clicked.connect(self.discard)
        self.ui.table.currentCellChanged.connect(lambda *_a: self._update_buttons())
        self.ui.closeButton.clicked.connect(self.accept)
        self.reload()

    def reload(self) -> None:
        from PySide6.QtWidgets import QTableWidgetItem

        items = mail.outbox(self.store)
        table = self.ui.table
        table.clear()
        headers = [self.tr("Trạng thái"), self.tr("Gửi tới"), self.tr("Tiêu đề"), self.tr("Thời gian"), self.tr("Lỗi")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(items))
        for row, m in enumerate(items):
            when = m.sent_at or m.created_at
            values = (self.tr("Đã gửi") if m.status == "sent" else self.tr("Chưa gửi"), m.to, m.subject,
                      f"{when:%H:%M %d/%m/%Y}", m.last_error)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(MESSAGE_ID, m.id)
                item.setData(MESSAGE_SENT, m.status == "sent")
                table.setItem(row, col, item)
        table.resizeColumnsToContents()
        self._update_buttons()

    def _selected(self) -> int | None:
        item = self.ui.table.item(self.ui.table.currentRow(), 0)
        return int(item.data(MESSAGE_ID)) if item else None

    def _update_buttons(self) -> None:
        item = self.ui.table.item(self.ui.table.currentRow(), 0)
        unsent = item is not None and not item.data(MESSAGE_SENT)
        self.ui.retryButton.setEnabled(unsent)
        self.ui.discardButton.setEnabled(unsent)
        self.ui.emlButton.setEnabled(item is not None)

    def discard(self) -> None:
        message_id = self._selected()
        if message_id is None:
            return
        cell = self.ui.table.item(self.ui.table.currentRow(), 2)
        subject = cell.text() if cell is not None else ""
        if not confirm(self, self.tr("Xóa thư chưa gửi"),
                       self.tr("Xóa thư «{0}» khỏi hộp thư đi? Thư này chưa được gửi và sẽ không được gửi nữa.")
                       .format(subject)):
            return
        with refused_in(self.ui.errorLabel) as refused:
            mail.discard(self.store, message_id)
        if refused:
            return
        self.ui.errorLabel.setText(self.tr("Đã xóa thư khỏi hộp thư đi."))
        self.reload()

    def retry(self) -> None:
        message_id = self._selected()
        if message_id is None:
            return

        def done() -> None:
            self.ui.errorLabel.setText(self.tr("Đã gửi."))
            self.reload()

        send_in_background(self, self.store, message_id, self.ui.errorLabel, done, after_failure=self.reload)

    def save_eml(self) -> None:
        message_id = self._selected()
        if message_id is None:
            return
        save_eml(self, self.store, message_id, "thu.eml", self.ui.errorLabel)
