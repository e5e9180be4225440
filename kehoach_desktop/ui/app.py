"""Starting the GUI: Qt application, translations, error handling, the database, first start."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import APP_DISPLAY_NAME, APP_ID, APP_NAME, APP_ORG, __version__
from ..errors import DatabaseError
from ..lazy import load
from ..logging_setup import logging_active, setup_logging, stop_logging
from ..paths import data_dir, log_dir
from ..settings import Settings
from .background import Background
from .errors import install_excepthook, show_error
from .i18n import install_translators

if TYPE_CHECKING:
    from ..bootstrap import OpenedDatabase
    from .main_window import MainWindow

log = logging.getLogger(__name__)



def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setOrganizationName(APP_ORG)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(application_icon())
    return app


def application_icon() -> QIcon:
    """The application's icon at the sizes rendered from resources/icons/kehoach.svg."""
    from ..paths import resources_dir

    icon = QIcon()
    try:
        folder = resources_dir() / "icons"
    except FileNotFoundError:
        return icon
    for size in (16, 24, 32, 48, 64, 128, 256):
        path = folder / f"kehoach-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


def open_database(args: argparse.Namespace) -> OpenedDatabase:
    """Open the database (no dialogs: safe in a worker thread) and load what the window needs."""
    from ..bootstrap import open_app_database
    from .main_window import WORKSPACE_MODULES

    # the whole-file check runs once the window shows (half a second on a large database)
    # and the day's backup after it, both off the path to the data (check_then_back_up)
    opened = open_app_database(getattr(args, "data_dir", None), getattr(args, "db_url", None),
                               actor=_user_name(), thorough=False, back_up=False)
    for name in WORKSPACE_MODULES:
        load(name)
    return opened


def tell_opened(opened: OpenedDatabase, parent: QWidget | None = None) -> None:
    """A second copy is told that it opened the data read-only."""
    if opened.store.read_only:
        QMessageBox.information(
            parent, QCoreApplication.translate("app", "Đang mở ở nơi khác"),
            QCoreApplication.translate("app", "Dữ liệu này đang được mở để ghi bởi một cửa sổ KeHoach khác ({0}).\n\n"
               "Cửa sổ này chỉ để xem: mọi thay đổi sẽ không được lưu. "
               "Hãy dùng cửa sổ kia để sửa.").format(opened.locked_by))


def first_start(opened: OpenedDatabase, parent: QWidget | None = None) -> bool:
    """Ask for the office's details on first start; returns False if the user cancels."""
    from ..services import demo, organization

    if organization.get_organization(opened.store) is not None or opened.store.read_only:
        return True
    from ..bootstrap import is_local_file
    from .office_dialog import OfficeDialog

    on_this_pc = is_local_file(opened.url)
    dialog = OfficeDialog(opened.store, parent, first_run=True, offer_server=on_this_pc)
    if not dialog.exec():
        if dialog.wants_server:
            join_server(opened, parent)
        return False
    if dialog.load_demo:
        try:
            demo.load_demo(opened.store)
        except Exception as exc:
            show_error(parent, exc)
    return True


def join_server(opened: OpenedDatabase, parent: QWidget | None) -> bool:
    """The first start of a new PC in an office that works on its server: choose the server, then
    KeHoach opens again on it. Returns whether a server was chosen."""
    from ..bootstrap import shown_url
    from .database_dialog import DatabaseDialog
    from .restart import start_again

    dialog = DatabaseDialog(opened.data_dir, shown_url(opened.url), parent)
    dialog.ui.serverRadio.setChecked(True)
    if not (dialog.exec() and dialog.changed):
        return False
    start_again()
    return True


def log_in(opened: OpenedDatabase, as_user: str | None = None, parent: QWidget | None = None) -> bool:
    """The first start creates the head of office's account; later starts ask who is working.

    `kehoach --as NAME` fills in the name; with $KEHOACH_PASSWORD too, no dialog is shown.
    """
    from ..services import accounts
    from ..services.errors import ServiceError
    from ..services.permissions import has_accounts
    from .accounts import FIRST, LOGIN, LoginDialog

    mode = LOGIN if has_accounts(opened.store) else FIRST
    if mode == FIRST and opened.store.read_only:
        return True
    password = os.environ.get("KEHOACH_PASSWORD")
    if mode == LOGIN and as_user and password is not None:
        try:
            opened.store.acting_as(accounts.login(opened.store, as_user, password))
            return True
        except ServiceError as exc:
            log.warning("login from the command line failed: %s", exc)
    dialog = LoginDialog(opened.store, mode, parent, as_user or "")
    if not dialog.exec() or dialog.user is None:
        return False
    opened.store.acting_as(dialog.user)
    return True


def run_gui(args: argparse.Namespace) -> int:
    """The window paints first; the database opens in a worker meanwhile; then the login and
    the first start's questions, then the window fills."""
    started = time.perf_counter()
    directory = data_dir(getattr(args, "data_dir", None))
    app = make_application()
    install_excepthook()
    settings = Settings.load(directory)
    language = getattr(args, "lang", None) or settings.language
    install_translators(app, language)
    from .main_window import MainWindow

    window = MainWindow(None, settings)
    starter = Starter(window, args, started, directory)
    window.show()
    try:
        code = app.exec()
    finally:
        starter.close()
    return starter.code if starter.code is not None else code


class Starter(QObject):
    """Opens the database in a worker once the window has painted, then logs in and fills it.

    With $KEHOACH_QUIT_WHEN_READY (the start-up benchmark) it prints "painted <ms>" at the first
    paint and "ready <ms>" once the window shows the plan, then quits."""

    opened = Signal(object)
    failed = Signal(str)

    def __init__(self, window: MainWindow, args: argparse.Namespace, started: float, directory: Path) -> None:
        super().__init__(window)
        self.directory = directory
        self.window = window
        self.args = args
        self.started = started
        self.code: int | None = None
        self.result: OpenedDatabase | None = None
        self.bench = bool(os.environ.get("KEHOACH_QUIT_WHEN_READY"))
        self._worker: threading.Thread | None = None
        self._logs = False  # whether this start attached the log file
        self.opened.connect(self._on_opened)
        self.failed.connect(self._on_failed)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint and self._worker is None:
            self.window.removeEventFilter(self)
            if self.bench:
                print(f"painted {self._ms()}", "sqlalchemy" in sys.modules, flush=True)
            self._logs = not logging_active()
            setup_logging(log_dir(self.directory))
            self._start_worker()
        return False

    def _start_worker(self) -> None:
        self._worker = threading.Thread(target=self._open, name="open-database", daemon=True)
        self._worker.start()

    def _ms(self) -> str:
        return f"{(time.perf_counter() - self.started) * 1000:.0f}"

    def _open(self) -> None:
        try:
            self.result = open_database(self.args)
        except DatabaseError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # shown like any unexpected error, with the log's address
            log.exception("opening the database failed")
            self.failed.emit(str(exc) or type(exc).__name__)
            return
        self.opened.emit(self.result)

    def _on_failed(self, message: str) -> None:
        from ..services import database

        title = QCoreApplication.translate("app", "Không mở được dữ liệu")
        if getattr(self.args, "db_url", None) or not database.server_saved(self.directory):
            QMessageBox.critical(self.window, title, message)
            self.code = 1
            self.window.close()
            return
        # the office's server did not answer, or refused: try again, or fix the connection
        box = QMessageBox(QMessageBox.Icon.Critical, title, message, parent=self.window)
        retry = box.addButton(QCoreApplication.translate("app", "Thử lại"), QMessageBox.ButtonRole.AcceptRole)
        fix = box.addButton(QCoreApplication.translate("app", "Cài đặt kết nối…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QCoreApplication.translate("app", "Thoát"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(retry)
        box.exec()
        if box.clickedButton() is fix:
            from .database_dialog import DatabaseDialog

            dialog = DatabaseDialog(self.directory, QCoreApplication.translate("app", "(chưa kết nối được)"),
                                    self.window)
            if dialog.exec():
                self._start_worker()
                return
        elif box.clickedButton() is retry:
            self._start_worker()
            return
        self.code = 1
        self.window.close()

    def _on_opened(self, opened: OpenedDatabase) -> None:
        if not self.window.isVisible():  # closed while it was opening
            return
        tell_opened(opened, self.window)
        if not first_start(opened, self.window) or not log_in(opened, getattr(self.args, "as_user", None),
                                                               self.window):
            self.code = 0
            self.window.close()
            return
        self.window.attach(opened)
        check_in_background(self.window, opened)
        if self.bench:
            QTimer.singleShot(0, self._ready)

    def _ready(self) -> None:
        print(f"ready {self._ms()}", flush=True)
        QCoreApplication.quit()

    def close(self) -> None:
        """After the event loop: wait for a worker still opening, then close what it opened."""
        if self._worker is not None:
            self._worker.join(timeout=30)
        if self.result is not None:
            self.result.close()
        if self._logs:  # run in-process (tests, the guide's script): no log file stays attached
            stop_logging()


def check_in_background(parent: QWidget, opened: OpenedDatabase) -> Background:
    """The thorough integrity check, then the day's backup, in a worker thread, with no dialog (the
    window stays usable); a damaged database is said as soon as it is found."""
    from ..bootstrap import check_then_back_up

    def said(problem: str) -> None:
        if problem:
            QMessageBox.critical(parent, QCoreApplication.translate("app", "Dữ liệu bị hỏng"), problem)

    check = Background(parent, said, lambda _exc: None)  # a check that could not run is logged only
    check.start(check_then_back_up, opened)
    return check


def _user_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:
        return "user"
