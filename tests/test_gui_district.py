"""The district's window on its schools' reports, driven as a user drives it."""

from __future__ import annotations

from pathlib import Path

import pytest
from district_fixtures import (
    OCTOBER,
    figures_of,
    generated_schools,
    make_attachments,
    school_list,
    tamper,
    write,
)
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from kehoach_desktop.bootstrap import OpenedDatabase
from kehoach_desktop.exchange import report_package as rp
from kehoach_desktop.services import district, mail, organization, reports
from kehoach_desktop.settings import Settings
from kehoach_desktop.ui.district_dialog import DistrictDialog
from kehoach_desktop.ui.main_window import MainWindow
from kehoach_desktop.ui.pdf_preview import PdfPreview
from kehoach_desktop.ui.report_dialog import ReportDialog


@pytest.fixture
def attachments(tmp_path: Path) -> tuple[Path, Path]:
    return make_attachments(tmp_path)


def test_dropping_packages_fills_the_views_and_the_report(qtbot: QtBot, opened: OpenedDatabase, demo_plan: int,
                                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         attachments: tuple[Path, Path]) -> None:
    store = opened.store
    schools = generated_schools()[:5]
    district.import_schools(store, school_list(tmp_path / "ds.xlsx", schools))
    good = [write(tmp_path, f"p{i}.khbc", figures_of(s), s.sent, attachments) for i, s in enumerate(schools[:3])
            if s.sent is not None]
    broken = tamper(good[0], rp.FIGURES, b" ")
    window = MainWindow(opened, Settings())
    qtbot.addWidget(window)
    window.refresh_lists(select=demo_plan)
    window.settings.last_report_period = OCTOBER.key
    shown: list[DistrictDialog] = []
    monkeypatch.setattr(DistrictDialog, "exec", lambda self: shown.append(self) or 0)
    window.ui.actionDistrict.trigger()
    dialog = shown[0]
    assert dialog.period() == OCTOBER
    assert dialog.ui.statusTable.rowCount() == 5
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: boxes.append(self) or 0)

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in [*good, broken]])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    dialog.dropEvent(drop)
    qtbot.waitUntil(lambda: bool(boxes), timeout=20_000)
    assert "từ chối 1 gói" in boxes[0].text()
    assert "mã băm" in boxes[0].detailedText()
    # the period's table: the three that sent, in the colours and words of their state
    table = dialog.ui.statusTable
    states = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    for school in schools:
        expected = "Chưa gửi" if school not in schools[:3] else "Đúng hạn"
        assert states[school.name] == expected
    assert f"{sum(len(s.articles) for s in schools[:3])} tin bài trong kỳ" in dialog.ui.summaryLabel.text()
    months = dialog.ui.monthsTable
    assert months.columnCount() == 13 and months.item(0, 10).text() in ("✓", "✗", "muộn", "")
    assert dialog.ui.targetsTable.columnCount() == 3

    # a school's own PDF opens from its package
    previews: list[PdfPreview] = []
    monkeypatch.setattr(PdfPreview, "exec", lambda self: previews.append(self) or 0)
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == schools[0].name)
    table.selectRow(row)
    dialog.ui.openButton.click()
    assert previews and previews[0].path.read_bytes().startswith(b"%PDF-")

    # reminders for the two that have not sent (when they have an address), after a confirmation
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    before = len(mail.outbox(store))
    dialog.ui.remindButton.click()
    assert len(mail.outbox(store)) - before == sum(1 for s in schools[3:] if s.email)
    assert told and "thư nhắc" in told[-1]

    # the consolidated report opens on the same period
    reports_shown: list[ReportDialog] = []
    monkeypatch.setattr(ReportDialog, "exec", lambda self: reports_shown.append(self) or 0)
    dialog.ui.reportButton.click()
    assert reports_shown[0].period() == OCTOBER
    data = reports.report_data(store, demo_plan, OCTOBER)
    assert data.schools_total == sum(len(s.articles) for s in schools[:3])


def test_the_report_dialog_saves_a_package_and_the_mail_carries_it(qtbot: QtBot, opened: OpenedDatabase,
                                                                   demo_plan: int, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = ReportDialog(opened.store, demo_plan, opened.data_dir, None, OCTOBER)
    qtbot.addWidget(dialog)
    target = tmp_path / "goi"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    dialog.ui.packageButton.click()
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    package = rp.read_package(tmp_path / "goi.khbc")
    assert package.figures.total == reports.report_data(opened.store, demo_plan, OCTOBER).total
    assert package.figures.sender.name == "Phòng Giáo dục và Đào tạo huyện Lạc Thủy"

    from kehoach_desktop.ui import mail_dialogs

    composed: list[list[Path]] = []
    messages: list[tuple[list[str], str, str]] = []
    monkeypatch.setattr(mail_dialogs.ComposeDialog, "__init__",
                        lambda self, store, to, subject, body, files, report_id, parent: (
                            composed.append(files), messages.append((to, subject, body)),
                            mail_dialogs.QDialog.__init__(self)) and None)
    monkeypatch.setattr(mail_dialogs.ComposeDialog, "exec", lambda self: 0)
    dialog.compose(None)  # the files are made off the GUI thread, then the compose window opens
    assert not composed
    qtbot.waitUntil(lambda: bool(composed), timeout=30_000)
    assert [p.suffix for p in composed[0]] == [".pdf", ".xlsx", ".khbc"]
    to, subject, body = messages[0]
    org = organization.get_organization(opened.store)
    assert to == ([org.superior_email] if org.superior_email else [])
    assert subject == "V/v báo cáo kết quả công tác truyền thông tháng 10/2024"
    addressee = reports.report_data(opened.store, demo_plan, OCTOBER).addressees[0]
    assert body.startswith(f"Kính gửi: {addressee},") and "Phòng Giáo dục và Đào tạo huyện Lạc Thủy" in body
    sent = rp.read_package(composed[0][2])
    assert sent.figures.period == OCTOBER
    assert sent.pdf == composed[0][0].read_bytes()  # the package carries the very PDF attached beside it
