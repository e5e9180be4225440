"""Logging in, the first account, changing one's password, and the administrator's accounts list."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QTableWidgetItem, QWidget

from ..services import accounts
from ..services.errors import ServiceError
from ..services.store import Store, UserInfo
from .errors import refused_in
from .generated.ui_login_dialog import Ui_LoginDialog
from .generated.ui_users_dialog import Ui_UsersDialog

LOGIN, FIRST, PASSWORD = "login", "first", "password"


class LoginDialog(QDialog):
    """LOGIN: name and password. FIRST: create the head of office's account (admin and approver).
    PASSWORD: the acting user changes their password."""

    def __init__(self, store: Store, mode: str = LOGIN, parent: QWidget | None = None,
                 username: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.store, self.mode = store, mode
        self.user: UserInfo | None = None
        ui = self.ui
        ui.userEdit.setText(username)
        creating, changing = mode == FIRST, mode == PASSWORD
        for w in (ui.fullNameLabel, ui.fullNameEdit):
            w.setVisible(creating)
        for w in (ui.newLabel, ui.newEdit):
            w.setVisible(changing)
        for w in (ui.confirmLabel, ui.confirmEdit):
            w.setVisible(creating or changing)
        if creating:
            self.setWindowTitle(self.tr("Tạo tài khoản đầu tiên"))
            ui.introLabel.setText(self.tr(
                "Tài khoản đầu tiên là của thủ trưởng đơn vị: vừa là người duyệt, vừa là quản trị. "
                "Sau đó có thể thêm tài khoản cho văn thư, cán bộ phụ trách truyền thông (Công cụ › Tài khoản)."))
        elif changing:
            self.setWindowTitle(self.tr("Đổi mật khẩu"))
            ui.introLabel.setText(self.tr("Nhập mật khẩu hiện tại và mật khẩu mới (ít nhất 6 ký tự)."))
            ui.passwordLabel.setText(self.tr("Mật khẩu &hiện tại:"))
            ui.userEdit.setEnabled(False)
        (ui.passwordEdit if username else ui.userEdit).setFocus()
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        ui = self.ui
        name, password = ui.userEdit.text().strip(), ui.passwordEdit.text()
        with refused_in(ui.errorLabel) as refused:
            if self.mode == FIRST:
                if password != ui.confirmEdit.text():
                    raise ServiceError(self.tr("Hai lần nhập mật khẩu không khớp."))
                accounts.add_user(self.store, name, password, ["approver", "admin"], ui.fullNameEdit.text())
                self.user = accounts.login(self.store, name, password)
            elif self.mode == PASSWORD:
                if ui.newEdit.text() != ui.confirmEdit.text():
                    raise ServiceError(self.tr("Hai lần nhập mật khẩu mới không khớp."))
                accounts.change_password(self.store, password, ui.newEdit.text())
            else:
                self.user = accounts.login(self.store, name, password)
        if refused:
            ui.passwordEdit.selectAll()
            ui.passwordEdit.setFocus()
            return
        super().accept()


class UsersDialog(QDialog):
    """The administrator adds, disables and resets accounts (the services check it is one)."""

    ROLE_LABELS = {"approver": "duyệt", "editor": "soạn thảo", "admin": "quản trị", "viewer": "xem"}

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        self.store = store
        self.ui.addButton.clicked.connect(self.add)
        self.ui.disableButton.clicked.connect(self.toggle_disabled)
        self.ui.resetButton.clicked.connect(self.reset)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.reload()

    def reload(self) -> None:
        users = accounts.list_users(self.store)
        table = self.ui.table
        table.clear()
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Tên đăng nhập"), self.tr("Họ tên"), self.tr("Vai trò"),
                                         self.tr("Trạng thái")])
        table.setRowCount(len(users))
        for row, u in enumerate(users):
            state = self.tr("Đã khóa") if u.disabled else (self.tr("Tạm khóa") if u.locked_until else "")
            for col, text in enumerate((u.username, u.full_name,
                                        ", ".join(self.ROLE_LABELS.get(r, r) for r in u.roles), state)):
                table.setItem(row, col, QTableWidgetItem(text))
        table.resizeColumnsToContents()

    def _selected(self) -> str | None:
        item = self.ui.table.item(self.ui.table.currentRow(), 0)
        return item.text() if item else None

    def add(self) -> None:
        ui = self.ui
        roles = [r for r, box in (("approver", ui.approverCheck), ("editor", ui.editorCheck),
                                  ("admin", ui.adminCheck), ("viewer", ui.viewerCheck)) if box.isChecked()]
        with refused_in(ui.errorLabel) as refused:
            accounts.add_user(self.store, ui.userEdit.text(), ui.passwordEdit.text(), roles, ui.fullNameEdit.text())
        if refused:
            return
        ui.errorLabel.clear()
        for edit in (ui.userEdit, ui.fullNameEdit, ui.passwordEdit):
            edit.clear()
        self.reload()

    def toggle_disabled(self) -> None:
        name = self._selected()
        if not name:
            return
        user = next(u for u in accounts.list_users(self.store) if u.username == name)
        with refused_in(self.ui.errorLabel):
            accounts.set_disabled(self.store, name, not user.disabled)
        self.reload()

    def reset(self) -> None:
        name = self._selected()
        if not name:
            return
        new, ok = QInputDialog.getText(self, self.tr("Đặt lại mật khẩu"),
                                       self.tr("Mật khẩu mới cho «{0}»:").format(name), QLineEdit.EchoMode.Password)
        if not ok:
            return
        with refused_in(self.ui.errorLabel):
            accounts.reset_password(self.store, name, new)
            self.ui.errorLabel.setText(self.tr("Đã đặt lại mật khẩu của «{0}».").format(name))
        self.reload()
