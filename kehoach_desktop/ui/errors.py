"""Errors shown to the user: service refusals as messages, the unexpected logged and explained."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..errors import DatabaseError
from ..services.errors import ServiceError

log = logging.getLogger(__name__)



def ask_stale(parent: QWidget | None, exc: BaseException) -> str:
    """Someone else saved the same row first: "reload" (see their change, drop mine),
    "overwrite" (keep mine) or "cancel"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("errors", "Đã có người sửa trước"))
    box.setText(str(exc))
    reload = box.addButton(QCoreApplication.translate("errors", "Tải lại"), QMessageBox.ButtonRole.RejectRole)
    overwrite = box.addButton(QCoreApplication.translate("errors", "Ghi đè"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(reload)
    box.exec()
    clicked = box.clickedButton()
    return "reload" if clicked is reload else "overwrite" if clicked is overwrite else "cancel"


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """A service refusal or a database problem: its message is already written for the user."""
    if isinstance(exc, ServiceError | DatabaseError):
        QMessageBox.warning(parent, title or QCoreApplication.translate("errors", "Không thực hiện được"), str(exc))
        return
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    _unexpected(parent, exc)


def _unexpected(parent: QWidget | None, exc: BaseException) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("errors", "Lỗi không mong đợi"))
    box.setText(QCoreApplication.translate("errors", "Đã xảy ra lỗi không mong đợi. Thao tác vừa rồi có thể chưa được lưu; "
                   "dữ liệu đã lưu trước đó không bị ảnh hưởng."))
    box.setInformativeText(f"{type(exc).__name__}: {exc}")
    box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box.exec()


def install_excepthook() -> None:
    """Unhandled exceptions go to the log and to a dialog, never a silent crash."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.critical("unhandled exception", exc_info=(kind, exc, tb))
        if QApplication.instance() is not None:
            try:
                if isinstance(exc, ServiceError | DatabaseError):
                    show_error(QApplication.activeWindow(), exc)
                else:
                    _unexpected(QApplication.activeWindow(), exc)
            except Exception:  # the dialog itself failed: the log still has it
                log.exception("could not show the error dialog")

    sys.excepthook = hook
