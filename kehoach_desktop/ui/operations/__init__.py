"""The window's actions as operations, in the manner of Anki's aqt/operations: each user action
is a small function that asks what it needs, runs one service call (off the GUI thread when it
may take time, with progress and Cancel), reports a failure through one shared handler and
refreshes what it touched. The main window only connects menus to them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtWidgets import QWidget

from ...exchange.progress import Cancelled, Progress, noop_progress
from ..errors import show_error


class Window(Protocol):
    """What operations need of the main window."""

    store: Any
    plan: Any
    settings: Any
    opened: Any
    history: Any

    def flush(self) -> None: ...
    def refresh(self) -> None: ...
    def refresh_lists(self, select: int | None = None) -> None: ...
    def remind(self) -> None: ...


class Op:
    """One action: `work(progress, cancelled)` and what follows it.

    Op(parent, work).success(show).run() runs on the GUI thread (a quick service call);
    .in_background(label) runs it in a worker with a progress dialog whose Cancel the work honours.
    A failure goes to show_error unless .failure() says otherwise; .refresh() callbacks run after
    either outcome (a refused action may still have changed what is shown, e.g. a lock-out count).
    """

    def __init__(self, parent: QWidget, work: Callable[[Progress, Cancelled], Any]) -> None:
        self.parent, self.work = parent, work
        self._success: Callable[[Any], None] = lambda _result: None
        self._failure: Callable[[BaseException], None] = lambda exc: show_error(parent, exc)
        self._refresh: list[Callable[[], None]] = []
        self._label: str | None = None

    def success(self, fn: Callable[[Any], None]) -> Op:
        self._success = fn
        return self

    def failure(self, fn: Callable[[BaseException], None]) -> Op:
        self._failure = fn
        return self

    def refresh(self, *fns: Callable[[], None]) -> Op:
        self._refresh.extend(fns)
        return self

    def in_background(self, label: str) -> Op:
        self._label = label
        return self

    def run(self) -> None:
        if self._label is None:
            try:
                result = self.work(noop_progress, lambda: False)
            except Exception as exc:
                self._done()
                self._failure(exc)
                return
            self._done()
            self._success(result)
            return
        from ..tasks import run_task

        def succeeded(result: Any) -> None:
            self._done()
            self._success(result)

        def failed(exc: BaseException) -> None:
            self._done()
            self._failure(exc)

        run_task(self.parent, self._label, self.work, succeeded, failed)

    def _done(self) -> None:
        for fn in self._refresh:
            fn()


def quick(fn: Callable[[], Any]) -> Callable[[Progress, Cancelled], Any]:
    """A service call that takes no progress or cancel, as an operation's work."""
    return lambda _progress, _cancelled: fn()
