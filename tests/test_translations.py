"""Vietnamese by default; the English translation is complete and in step with the code."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kehoach_desktop.settings import Settings
from kehoach_desktop.ui.i18n import install_translators

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "kehoach_en.ts"


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(path)
    return [(ctx.findtext("name") or "", m.findtext("source") or "", m.find("translation"))
            for ctx in tree.iter("context") for m in ctx.iter("message")]


def test_english_translation_is_complete() -> None:
    msgs = messages(TS)
    assert len(msgs) > 150
    unfinished = [(c, s) for c, s, t in msgs if t is None or t.get("type") or not (t.text or "").strip()]
    assert unfinished == []


def test_translation_source_is_in_step_with_code(tmp_path: Path) -> None:
    copy = tmp_path / "kehoach_en.ts"
    shutil.copy(TS, copy)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sys.path.insert(0, str(ROOT / "tools"))
    from update_translations import sources

    subprocess.run([str(lupdate), *sources(), "-no-obsolete", "-locations", "none", "-ts", str(copy)],
                   cwd=ROOT, check=True, capture_output=True)
    fresh = {(c, s) for c, s, t in messages(copy)}
    kept = {(c, s) for c, s, t in messages(TS)}
    assert fresh - kept == set(), "strings missing from kehoach_en.ts: run `make lupdate` and translate"


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "vi")


def test_english_interface(qtbot: QtBot, english: None, opened) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.ui.main_window import MainWindow

    window = MainWindow(opened, Settings(language="en"))
    qtbot.addWidget(window)
    assert window.ui.menuFile.title() == "&File"
    assert window.ui.tabs.tabText(1) == "&Appendix"
    assert window.appendix.model.headerData(2, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) \
        == "Forms/communication products"
    assert "No plans yet" in window.status.text()


def test_vietnamese_standard_buttons(qapp: QApplication) -> None:
    loaded = install_translators(qapp, "vi")
    assert "qtbase_vi" in loaded
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"
    assert QCoreApplication.translate("QMessageBox", "Show Details...") == "Xem chi tiết..."
