"""The office and its people: who is working, passwords, accounts, the office's details, settings
and mail."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from . import Window


def switch_user(w: Window, parent: QWidget) -> bool:
    """Log in as someone else; the previous user's edits are not the new user's to undo."""
    from ..accounts import LOGIN, LoginDialog

    w.flush()
    dialog = LoginDialog(w.store, LOGIN, parent)
    if dialog.exec() and dialog.user is not None:
        w.store.acting_as(dialog.user)
        w.history.clear()
        return True
    return False


def change_password(w: Window, parent: QWidget) -> None:
    from ..accounts import PASSWORD, LoginDialog

    if w.store.user is not None and LoginDialog(w.store, PASSWORD, parent, w.store.user.username).exec():
        QMessageBox.information(parent, QCoreApplication.translate("OfficeOps", "Đổi mật khẩu"), QCoreApplication.translate("OfficeOps", "Đã đổi mật khẩu."))


def manage_users(w: Window, parent: QWidget) -> None:
    from ..accounts import UsersDialog

    UsersDialog(w.store, parent).exec()


def edit_office(w: Window, parent: QWidget) -> bool:
    from ..office_dialog import OfficeDialog

    return bool(OfficeDialog(w.store, parent).exec())


def open_settings(w: Window, parent: QWidget) -> None:
    from ..settings_dialog import SettingsDialog

    before = w.settings.language
    if SettingsDialog(w.settings, w.opened.data_dir, parent).exec():
        w.settings.save(w.opened.data_dir)
        if w.settings.language != before:  # at once: every window retranslates itself (no restart)
            from PySide6.QtWidgets import QApplication

            from ..i18n import install_translators

            app = QApplication.instance()
            if isinstance(app, QApplication):
                install_translators(app, w.settings.language)


def mail_settings(w: Window, parent: QWidget) -> None:
    from ..mail_dialogs import MailSettingsDialog

    MailSettingsDialog(w.store, parent).exec()


def database_settings(w: Window, parent: QWidget) -> None:
    """Choose this PC's file or the office's server; a new choice opens the window again on it."""
    from ...bootstrap import shown_url
    from ..database_dialog import DatabaseDialog
    from ..restart import restart_application

    dialog = DatabaseDialog(w.opened.data_dir, shown_url(w.opened.url), parent)
    if dialog.exec() and dialog.changed:
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("OfficeOps", "Cơ sở dữ liệu"),
            QCoreApplication.translate("OfficeOps", "Đã lưu lựa chọn. Mở lại KeHoach ngay để dùng cơ sở dữ liệu mới?"))
        if answer == QMessageBox.StandardButton.Yes:
            restart_application(parent.window())


def open_outbox(w: Window, parent: QWidget) -> None:
    from ..mail_dialogs import OutboxDialog

    OutboxDialog(w.store, parent).exec()
    w.remind()


def backups_dialog(w: Window, parent: QWidget) -> bool:
    """Returns whether a backup was restored (the window then shows the restored data)."""
    from ..restore_dialog import RestoreDialog

    w.flush()
    dialog = RestoreDialog(w.store, parent)
    dialog.exec()
    if dialog.restored:
        w.history.clear()  # the undo steps belong to the data that was replaced
    return dialog.restored


def backup_quietly(w: Window, kind: str) -> None:
    """The periodic and on-close backups: a failure is logged, never in the user's way."""
    import logging

    from ...services import backups

    try:
        backups.scheduled_backup(w.store, kind)
    except Exception:
        logging.getLogger(__name__).warning("%s backup failed", kind, exc_info=True)
