"""Starting KeHoach again, with the same options, on the database now chosen."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QWidget


def start_again() -> None:
    """A new KeHoach process with this one's options (the bundle's executable, or Python and the
    `kehoach` script)."""
    frozen = getattr(sys, "frozen", False)
    QProcess.startDetached(sys.executable, sys.argv[1:] if frozen else sys.argv)


def restart_application(window: QWidget) -> None:
    """Close the window (its usual close: edits flushed, a backup), then start again."""
    if window.close():
        start_again()
