"""Work off the GUI thread: a view asks for its figures and keeps answering input meanwhile.

A `Background` runs one kind of computation at a time in a worker thread and hands the result to
`on_result` on the GUI thread. Only the latest request counts: a result that arrives after a
newer request was made is dropped, so quick changes (a year spun, a plan switched) never show
stale figures.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class Background(QObject):
    _done = Signal(int, object)
    _failed = Signal(int, object)

    def __init__(self, parent: QObject, on_result: Callable[[Any], None],
                 on_error: Callable[[BaseException], None] | None = None) -> None:
        super().__init__(parent)
        self._on_result = on_result
        self._on_error = on_error
        self._generation = 0
        self._pending = False
        self._threads: list[threading.Thread] = []
        self._done.connect(self._deliver)
        self._failed.connect(self._fail)

    @property
    def busy(self) -> bool:
        """A request is still being computed (or its result not yet delivered)."""
        return self._pending

    def start(self, fn: Callable[..., Any], *args: Any) -> None:
        self._generation += 1
        self._pending = True
        generation = self._generation

        def work() -> None:
            try:
                result = fn(*args)
            except Exception as exc:  # delivered to the GUI thread, which shows it
                log.warning("background work failed", exc_info=True)
                self._emit(self._failed, generation, exc)
                return
            self._emit(self._done, generation, result)

        thread = threading.Thread(target=work, name="background", daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()


    @staticmethod
    def _emit(signal: Any, generation: int, value: Any) -> None:
        try:
            signal.emit(generation, value)
        except RuntimeError:  # the view was closed meanwhile: nobody is waiting for the result
            pass

    def wait(self, timeout: float = 30.0) -> None:
        """Block until the workers started so far have finished (closing, tests)."""
        for thread in self._threads:
            thread.join(timeout)

    def _deliver(self, generation: int, result: Any) -> None:
        if generation == self._generation:
            self._pending = False
            self._on_result(result)

    def _fail(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._pending = False
        if self._on_error is not None:
            self._on_error(exc)
        else:
            from .errors import show_error

            widget = self.parent()
            show_error(widget if hasattr(widget, "window") else None, exc)  # type: ignore[arg-type]
