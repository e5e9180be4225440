"""Regression guard for the PySide6 6.12.0 / CPython 3.11 crash (see DESIGN.md, Known traps)."""

from __future__ import annotations

import sys
from importlib.metadata import version

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def test_void_qt_calls_keep_the_reference_to_none(qtbot: QtBot) -> None:
    """6.12.0 dropped a reference to None on every void call; Python then aborts ("none_dealloc")."""
    widget = QWidget()
    qtbot.addWidget(widget)
    calls = 20_000
    before = sys.getrefcount(None)
    for i in range(calls):
        widget.setEnabled(i % 2 == 0)  # returns void
    after = sys.getrefcount(None)
    assert after > before - calls // 2, f"None lost {before - after} references in {calls} calls"


def test_pyside_below_612_on_python_311() -> None:
    if sys.version_info < (3, 12):
        major, minor = (int(x) for x in version("PySide6-Essentials").split(".")[:2])
        assert (major, minor) < (6, 12), "PySide6 >= 6.12 crashes CPython 3.11: keep the pin"
