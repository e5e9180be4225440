"""Preview, print and report from the window (printing goes to a PDF file printer here)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from kehoach_desktop.bootstrap import OpenedDatabase
from kehoach_desktop.domain.reporting import ReportPeriod
from kehoach_desktop.services import documents, reports
from kehoach_desktop.settings import Settings
from kehoach_desktop.ui.main_window import MainWindow
from kehoach_desktop.ui.pdf_preview import PdfPreview, render_to_printer, send_to_printer
from kehoach_desktop.ui.report_dialog import ReportDialog


@pytest.fixture
def window(qtbot: QtBot, opened: OpenedDatabase, demo_plan: int) -> MainWindow:
    w = MainWindow(opened, Settings())
    qtbot.addWidget(w)
    w.refresh_lists(select=demo_plan)
    return w


def test_plan_preview_shows_the_file_that_is_saved(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[PdfPreview] = []
    monkeypatch.setattr(PdfPreview, "exec", lambda self: shown.append(self) or 0)
    window.ui.actionPreviewPlan.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    preview = shown[0]
    assert preview.document.pageCount() == len(PdfReader(preview.path).pages) > 5
    target = tmp_path / "luu" / "ke-hoach.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert preview.save() == target
    assert target.read_bytes() == preview.path.read_bytes()


def _pdf_printer(path: Path, first: int = 0, last: int = 0) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    if first:
        printer.setFromTo(first, last)
    return printer


def _plan_document(store, plan_id: int, folder: Path, qapp) -> tuple[Path, QPdfDocument, int]:  # type: ignore[no-untyped-def]
    """The plan PDF, loaded for printing, and the number of its first landscape (appendix) page."""
    source = documents.export_plan_pdf(store, plan_id, folder / "ke-hoach.pdf")
    pages = PdfReader(source).pages
    first_landscape = next(i for i, p in enumerate(pages) if p.mediabox.width > p.mediabox.height) + 1
    document = QPdfDocument(qapp)
    document.load(str(source))
    return source, document, first_landscape


def test_printing_sends_vector_pages_in_their_own_orientation(store, demo_plan: int, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                              qapp) -> None:
    """Print to a PDF file, as a user does with "Print to File", and read that file back."""
    import time

    import pdfplumber

    source, document, first_landscape = _plan_document(store, demo_plan, tmp_path, qapp)
    out = tmp_path / "in.pdf"
    started = time.perf_counter()
    sent = send_to_printer(source, document, _pdf_printer(out, first_landscape - 1, first_landscape + 2))
    elapsed = time.perf_counter() - started
    assert sent == 4 and elapsed < 5
    printed = PdfReader(out).pages
    assert [p.mediabox.width > p.mediabox.height for p in printed] == [False, True, True, True]
    assert out.stat().st_size < 500_000  # vectors and fonts, not a 35 MB picture
    with pdfplumber.open(out) as pdf, pdfplumber.open(source) as original:
        assert not any(p.images for p in pdf.pages)
        for i, page in enumerate(pdf.pages):
            assert page.extract_text() == original.pages[first_landscape - 2 + i].extract_text()
    # the whole appendix too, every page landscape
    appendix = documents.export_appendix_pdf(store, demo_plan, tmp_path / "phu-luc.pdf")
    document.load(str(appendix))
    assert send_to_printer(appendix, document, _pdf_printer(tmp_path / "pl.pdf")) == document.pageCount()
    assert all(p.mediabox.width > p.mediabox.height for p in PdfReader(tmp_path / "pl.pdf").pages)


def test_the_raster_fallback_turns_the_paper_for_landscape_pages(store, demo_plan: int, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                 qapp) -> None:
    import pdfplumber

    _source, document, first_landscape = _plan_document(store, demo_plan, tmp_path, qapp)
    printer = _pdf_printer(tmp_path / "raster.pdf", first_landscape - 1, first_landscape)
    printer.setResolution(96)
    assert render_to_printer(document, printer) == 2
    with pdfplumber.open(tmp_path / "raster.pdf") as pdf:
        assert [p.width > p.height for p in pdf.pages] == [False, True]
        landscape = pdf.pages[1]
        [image] = landscape.images
        assert image["x1"] - image["x0"] > 0.9 * (landscape.width - 40)  # fills the page, not its top half


def test_a_cups_printer_is_handed_the_pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kehoach_desktop.exchange import printing

    log = tmp_path / "lp.args"
    fake = tmp_path / "bin" / "lp"
    fake.parent.mkdir()
    fake.write_text(f"#!/bin/sh\nprintf '%s\\n' \"$@\" > {log}\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}:{__import__('os').environ['PATH']}")
    assert printing.cups_available()
    printing.submit_to_cups(tmp_path / "a.pdf", "Van_phong", copies=2, first=3, last=5, title="Phụ lục")
    assert log.read_text().split("\n")[:-1] == ["-d", "Van_phong", "-n", "2", "-o", "page-ranges=3-5", "-t",
                                                "Phụ lục", str(tmp_path / "a.pdf")]
    fake.write_text("#!/bin/sh\necho 'lp: The printer or class does not exist.' >&2\nexit 1\n")
    with pytest.raises(OSError, match="does not exist"):
        printing.submit_to_cups(tmp_path / "a.pdf", "Khong_co")


def test_report_dialog_saves_narrative_and_previews(qtbot: QtBot, opened: OpenedDatabase, demo_plan: int,
                                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = ReportDialog(opened.store, demo_plan, tmp_path, None, ReportPeriod("month", 2024, 10))
    qtbot.addWidget(dialog)
    assert "tháng 10/2024" in dialog.ui.summaryLabel.text()
    assert "Chưa gửi" in dialog.ui.sentLabel.text()
    dialog.ui.proposalsEdit.setPlainText("Đề nghị Sở hỗ trợ máy quay phim cho các trường.")
    dialog.save_text()
    data = reports.report_data(opened.store, demo_plan, ReportPeriod("month", 2024, 10))
    assert data.proposals == "Đề nghị Sở hỗ trợ máy quay phim cho các trường."
    shown: list[PdfPreview] = []
    monkeypatch.setattr(PdfPreview, "exec", lambda self: shown.append(self) or 0)
    dialog.preview()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert shown[0].document.pageCount() >= 2
    assert (tmp_path / "outbox").is_dir()


def test_due_report_reminder(opened: OpenedDatabase, demo_plan: int) -> None:
    due = reports.due_soon(opened.store, demo_plan, today=dt.date(2024, 10, 20))
    assert due is not None and due[0].key == "2024-10" and due[1] == dt.date(2024, 10, 25)
    assert reports.due_soon(opened.store, demo_plan, today=dt.date(2024, 10, 2)) is None


def test_task_callbacks_run_on_the_gui_thread(qtbot: QtBot, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QThread

    from kehoach_desktop.exchange.progress import ExportCancelled
    from kehoach_desktop.ui.tasks import run_task

    seen: list[tuple[str, bool]] = []
    gui = qapp.thread()

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        progress(1, 2)
        assert QThread.currentThread() is not gui
        return 42

    run_task(None, "…", work, lambda r: seen.append(("ok", QThread.currentThread() is gui and r == 42)),
             lambda e: seen.append(("failed", False)))
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [("ok", True)]
    run_task(None, "…", lambda p, c: (_ for _ in ()).throw(ExportCancelled()),
             lambda r: seen.append(("ok", False)), lambda e: seen.append(("failed", False)))
    qtbot.wait(300)
    assert seen == [("ok", True)]  # a cancelled task reports nothing


def test_outbox_dialog_lists_and_retries(qtbot: QtBot, opened: OpenedDatabase, tmp_path: Path) -> None:
    import socket

    from kehoach_desktop.services import mail
    from kehoach_desktop.ui.mail_dialogs import OutboxDialog

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    mail.configure(opened.store, "127.0.0.1", port, "none", "", "pgd@example.vn")
    attachment = tmp_path / "bc.pdf"
    attachment.write_bytes(b"%PDF")
    mail.queue(opened.store, ["so@example.vn"], [], "Báo cáo tháng 10/2024", "", [str(attachment)])
    dialog = OutboxDialog(opened.store)
    qtbot.addWidget(dialog)
    assert dialog.ui.table.rowCount() == 1 and dialog.ui.table.item(0, 0).text() == "Chưa gửi"
    dialog.ui.table.selectRow(0)
    dialog.retry()
    qtbot.waitUntil(lambda: "Không kết nối được" in dialog.ui.errorLabel.text(), timeout=20_000)
    assert "Không kết nối được" in dialog.ui.table.item(0, 4).text()


def test_no_reminder_for_a_plan_of_another_year(opened: OpenedDatabase, demo_plan: int) -> None:
    assert reports.due_soon(opened.store, demo_plan, today=dt.date(2026, 11, 21)) is None
