"""Errors shown to the user: service refusals as messages, the unexpected logged and explained."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

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


class Refusal:
    """What a `refused_in` block was refused: true when it was, with the service's `error`."""

    def __init__(self) -> None:
        self.error: ServiceError | None = None

    def __bool__(self) -> bool:
        return self.error is not None


@contextmanager
def refused_in(where: QWidget | None) -> Iterator[Refusal]:
    """Run the block's service calls; a refusal is said in `where` — its text when it is a dialog's
    error line (a QLabel: what was typed stays to be corrected), else a message over it — and the
    caller goes on after the block, the Refusal it was given then true. The one way the window's
    dialogs handle a service's refusal; anything unexpected still reaches the excepthook."""
    refusal = Refusal()
    try:
        yield refusal
    except ServiceError as exc:
        refusal.error = exc
        if isinstance(where, QLabel):
            where.setText(str(exc))
        else:
            show_error(where, exc)


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
