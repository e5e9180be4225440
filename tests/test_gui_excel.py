"""Export and import from the window: file dialogs answered, work done off the GUI thread."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from appendix_fixtures import superior_xlsx
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from kehoach_desktop.bootstrap import OpenedDatabase
from kehoach_desktop.services import plans
from kehoach_desktop.settings import Settings
from kehoach_desktop.ui.import_dialog import ImportDialog
from kehoach_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, opened: OpenedDatabase, demo_plan: int) -> MainWindow:
    w = MainWindow(opened, Settings())
    qtbot.addWidget(w)
    w.refresh_lists(select=demo_plan)
    return w


def test_export_appendix_from_the_menu(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "ra" / "phu-luc"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    window.ui.actionExportAppendix.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    saved = target.with_suffix(".xlsx")
    assert str(saved) in told[0]
    assert openpyxl.load_workbook(saved).active["A1"].value == "PHỤ LỤC"


def test_import_shows_a_preview_then_writes(qtbot: QtBot, window: MainWindow, opened: OpenedDatabase,
                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = superior_xlsx(tmp_path / "ke-hoach-so.xlsx")
    new_plan = plans.create_plan(opened.store, {"title": "Truyền thông năm 2025", "period": "2025"})
    window.refresh_lists(select=new_plan)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    seen: list[ImportDialog] = []

    def answer(dialog: ImportDialog) -> int:
        seen.append(dialog)
        assert plans.get_plan(opened.store, new_plan).groups == ()  # nothing written before "Nhập"
        return 1

    monkeypatch.setattr(ImportDialog, "exec", answer)
    window.ui.actionImportAppendix.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    dialog = seen[0]
    assert dialog.ui.tree.topLevelItemCount() == 9
    assert "24" in dialog.ui.summaryLabel.text()
    assert dialog.ui.matchedList.count() > 0  # the demo's units are matched by name
    # the write runs off the GUI thread, then the window shows it
    qtbot.waitUntil(lambda: window.plan is not None and len(window.plan.groups) == 9, timeout=20_000)
    plan = plans.get_plan(opened.store, new_plan)
    assert len(plan.groups) == 9 and len(plan.themes()) == 24
    assert plan.basis[-1].text.startswith("Thực hiện Kế hoạch số 453")


def test_import_of_a_bad_file_says_which(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "hong.docx"
    bad.write_bytes(b"not a zip")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    window.ui.actionImportAppendix.trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=20_000)
    assert "hong.docx" in warned[0]
