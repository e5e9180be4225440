"""How long work reports progress and is cancelled: shared by every writer, with no file
library imported (building a PDF must not load openpyxl)."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]  # done, total
Cancelled = Callable[[], bool]


class ExportCancelled(Exception):
    """The user cancelled; nothing was written."""


def check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled()


def noop_progress(_done: int, _total: int) -> None:
    return None
