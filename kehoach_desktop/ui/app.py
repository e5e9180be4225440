"""Starting the GUI: Qt application, translations, error handling, the database, first start."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import APP_DISPLAY_NAME, APP_ID, APP_NAME, APP_ORG, __version__
from ..bootstrap import DatabaseError, OpenedDatabase, open_app_database
from ..logging_setup import setup_logging
from ..paths import data_dir, log_dir
from ..services import demo, organization
from ..settings import Settings
from .errors import install_excepthook, show_error
from .i18n import install_translators

log = logging.getLogger(__name__)



def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setOrganizationName(APP_ORG)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    return app


def open_database_interactively(args: argparse.Namespace) -> OpenedDatabase | None:
    """Open the database; a second copy is told and opened read-only; errors get a message."""
    try:
        # the whole-file check runs once the window shows (half a second on a large database)
        opened = open_app_database(getattr(args, "data_dir", None), getattr(args, "db_url", None),
                                   actor=_user_name(), thorough=False)
    except DatabaseError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("app", "Không mở được dữ liệu"), str(exc))
        return None
    if opened.store.read_only:
        QMessageBox.information(
            None, QCoreApplication.translate("app", "Đang mở ở nơi khác"),
            QCoreApplication.translate("app", "Dữ liệu này đang được mở để ghi bởi một cửa sổ KeHoach khác ({0}).\n\n"
               "Cửa sổ này chỉ để xem: mọi thay đổi sẽ không được lưu. "
               "Hãy dùng cửa sổ kia để sửa.").format(opened.locked_by))
    return opened


def first_start(opened: OpenedDatabase) -> bool:
    """Ask for the office's details on first start; returns False if the user cancels."""
    if organization.get_organization(opened.store) is not None or opened.store.read_only:
        return True
    from .office_dialog import OfficeDialog

    dialog = OfficeDialog(opened.store, None, first_run=True)
    if not dialog.exec():
        return False
    if dialog.load_demo:
        try:
            demo.load_demo(opened.store)
        except Exception as exc:
            show_error(None, exc)
    return True


def log_in(opened: OpenedDatabase, as_user: str | None = None) -> bool:
    """The first start creates the head of office's account; later starts ask who is working.

    `kehoach --as NAME` fills in the name; with $KEHOACH_PASSWORD too, no dialog is shown.
    """
    from ..services import accounts
    from ..services.errors import ServiceError
    from .accounts import FIRST, LOGIN, LoginDialog

    mode = LOGIN if accounts.has_accounts(opened.store) else FIRST
    if mode == FIRST and opened.store.read_only:
        return True
    password = os.environ.get("KEHOACH_PASSWORD")
    if mode == LOGIN and as_user and password is not None:
        try:
            opened.store.acting_as(accounts.login(opened.store, as_user, password))
            return True
        except ServiceError as exc:
            log.warning("login from the command line failed: %s", exc)
    dialog = LoginDialog(opened.store, mode, None, as_user or "")
    if not dialog.exec() or dialog.user is None:
        return False
    opened.store.acting_as(dialog.user)
    return True


def run_gui(args: argparse.Namespace) -> int:
    directory = data_dir(getattr(args, "data_dir", None))
    setup_logging(log_dir(directory))
    app = make_application()
    install_excepthook()
    settings = Settings.load(directory)
    language = getattr(args, "lang", None) or settings.language
    install_translators(app, language)
    opened = open_database_interactively(args)
    if opened is None:
        return 1
    try:
        if not first_start(opened) or not log_in(opened, getattr(args, "as_user", None)):
            return 0
        from .main_window import MainWindow

        window = MainWindow(opened, settings)
        window.show()
        QTimer.singleShot(0, lambda: check_in_background(window, opened))
        if os.environ.get("KEHOACH_QUIT_WHEN_READY"):  # start-up benchmark: stop once painted
            QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
        return app.exec()
    finally:
        opened.close()


class _Checked(QObject):
    found = Signal(str)


def check_in_background(parent: QWidget, opened: OpenedDatabase) -> threading.Thread:
    """The thorough integrity check in a worker thread, with no dialog (the window stays usable);
    a damaged database is said as soon as it is found."""
    from ..bootstrap import verify_opened

    relay = _Checked(parent)
    relay.found.connect(lambda problem: QMessageBox.critical(
        parent, QCoreApplication.translate("app", "Dữ liệu bị hỏng"), problem))

    def work() -> None:
        try:
            problem = verify_opened(opened)
        except Exception:
            log.warning("integrity check failed to run", exc_info=True)
            return
        if problem:
            relay.found.emit(problem)

    thread = threading.Thread(target=work, name="integrity-check", daemon=True)
    thread.start()
    return thread


def _user_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:
        return "user"
