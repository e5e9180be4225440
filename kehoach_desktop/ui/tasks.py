"""Long work off the GUI thread: a progress dialog, a Cancel button, the result back by signal."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ..exchange.progress import ExportCancelled

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, cancel: threading.Event) -> None:
        super().__init__()
        self.work, self.cancel = work, cancel

    def run(self) -> None:
        try:
            result = self.work(lambda done, total: self.progressed.emit(done, total), self.cancel.is_set)
        except BaseException as exc:  # handed to the GUI thread, which shows it
            self.failed.emit(exc)
        else:
            self.finished.emit(result)


class _Relay(QObject):
    """Lives in the GUI thread, so the worker's signals reach the callbacks there (queued)."""

    def __init__(self, parent: QObject | None, progress: Callable[[int, int], None],
                 success: Callable[[Any], None], failure: Callable[[BaseException], None]) -> None:
        super().__init__(parent)
        self._progress, self._success, self._failure = progress, success, failure

    @Slot(int, int)
    def progressed(self, done: int, total: int) -> None:
        self._progress(done, total)

    @Slot(object)
    def finished(self, result: Any) -> None:
        self._success(result)

    @Slot(object)
    def failed(self, exc: BaseException) -> None:
        self._failure(exc)


def run_task(parent: QWidget | None, label: str, work: Work,
             on_success: Callable[[Any], None], on_failure: Callable[[BaseException], None]) -> None:
    """Run `work(progress, cancelled)` in a thread while a modal progress dialog is shown.

    A cancelled task calls neither callback: the work raised ExportCancelled and left nothing behind.
    """
    cancel = threading.Event()
    dialog = QProgressDialog(label, QApplication.translate("tasks", "Hủy"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(cancel.set)
    thread = QThread(parent)
    worker = _Worker(work, cancel)
    worker.moveToThread(thread)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    def finish() -> None:
        dialog.reset()
        thread.quit()
        thread.wait()
        worker.deleteLater()
        thread.deleteLater()
        relay.deleteLater()

    def succeeded(result: Any) -> None:
        finish()
        on_success(result)

    def failed(exc: BaseException) -> None:
        finish()
        if isinstance(exc, ExportCancelled):
            return
        on_failure(exc)

    relay = _Relay(parent, progress, succeeded, failed)
    worker.progressed.connect(relay.progressed)
    worker.finished.connect(relay.finished)
    worker.failed.connect(relay.failed)
    thread.started.connect(worker.run)
    thread.start()
