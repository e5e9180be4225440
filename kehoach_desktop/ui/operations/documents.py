"""Document actions: the plan and appendix as PDF (preview, print), reports, Excel out, the
superior's appendix in. Files are made off the GUI thread and can be cancelled."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...paths import document_folder
from ...services import documents, transfer
from ...services.store import Store
from ..errors import show_error
from . import Op, Window, quick


def _folder(w: Window) -> Path:
    return document_folder(Path(w.opened.data_dir))


def _plan_pdf(w: Window, parent: QWidget, then: str) -> None:
    from ...exchange.plan_pdf import default_name

    if w.plan is None:
        return
    w.flush()
    plan_id, target = w.plan.id, _folder(w) / default_name(w.plan)
    op = Op(parent, lambda _p, cancelled: documents.export_plan_pdf(w.store, plan_id, target, cancelled))
    op.in_background(QCoreApplication.translate("DocumentOps", "Đang tạo tệp PDF…"))
    op.success((lambda path: preview(parent, path, target.name, w.store)) if then == "preview"
               else (lambda path: print_file(parent, path))).run()


def preview_plan(w: Window, parent: QWidget) -> None:
    _plan_pdf(w, parent, "preview")


def print_plan(w: Window, parent: QWidget) -> None:
    """Ctrl+P: the system print dialog straight away (the PDF is made off the GUI thread first)."""
    _plan_pdf(w, parent, "print")


def print_appendix(w: Window, parent: QWidget) -> None:
    if w.plan is None:
        return
    w.flush()
    plan_id = w.plan.id
    target = _folder(w) / f"Phu-luc-{w.plan.period.text()}.pdf"
    Op(parent, lambda _p, cancelled: documents.export_appendix_pdf(w.store, plan_id, target, cancelled)) \
        .in_background(QCoreApplication.translate("DocumentOps", "Đang tạo tệp PDF…")).success(lambda path: preview(parent, path, target.name, w.store)).run()


def preview(parent: QWidget, path: Path, name: str, store: Store | None = None) -> None:
    """The PDF shown; with the store, its signatures too and Ký số… for an approved plan."""
    from ..pdf_preview import PdfPreview

    PdfPreview(path, name, parent, store=store).exec()


def print_file(parent: QWidget, path: Path) -> None:
    from ..pdf_preview import print_pdf

    print_pdf(parent, path)


def open_report(w: Window, parent: QWidget) -> None:
    """The report dialog on the period last chosen (or the one that fits the plan)."""
    if w.plan is None:
        return
    from ...domain.reporting import default_report_period
    from ..report_dialog import ReportDialog

    period = default_report_period(w.plan.period.start, w.plan.period.end, dt.date.today(),
                                   w.settings.last_report_period)
    dialog = ReportDialog(w.store, w.plan.id, w.opened.data_dir, parent, period)
    dialog.exec()
    w.settings.last_report_period = dialog.period().key
    w.remind()


def open_district(w: Window, parent: QWidget) -> None:
    """The schools' reports: receive packages, who is late, the matrices, the consolidated report."""
    if w.plan is None:
        return
    from ...domain.reporting import default_report_period
    from ..district_dialog import DistrictDialog

    period = default_report_period(w.plan.period.start, w.plan.period.end, dt.date.today(),
                                   w.settings.last_report_period)
    DistrictDialog(w.store, w.plan, w.opened.data_dir, parent, period).exec()
    w.refresh()


def _save_path(parent: QWidget, title: str, name: str, word: bool = False) -> str | None:
    kind = (QCoreApplication.translate("DocumentOps", "Văn bản Word (*.docx)") if word
            else QCoreApplication.translate("DocumentOps", "Sổ tính Excel (*.xlsx)"))
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), kind)
    if not path:
        return None
    ext = ".docx" if word else ".xlsx"
    return path if path.lower().endswith(ext) else path + ext


def _saved(parent: QWidget, result: tuple[Path, list[str]]) -> None:
    path, warnings = result
    text = QCoreApplication.translate("DocumentOps", "Đã lưu {0}.").format(path)
    if warnings:
        text += "\n\n" + QCoreApplication.translate("DocumentOps", "Lưu ý:") + "\n" + "\n".join(warnings[:20])
    QMessageBox.information(parent, QCoreApplication.translate("DocumentOps", "Xuất Excel"), text)


def export_appendix(w: Window, parent: QWidget) -> None:
    if w.plan is None:
        return
    w.flush()
    plan_id = w.plan.id
    path = _save_path(parent, QCoreApplication.translate("DocumentOps", "Xuất phụ lục"), f"Phu-luc-{w.plan.period.text()}.xlsx")
    if path:
        Op(parent, lambda progress, cancelled: transfer.export_appendix(w.store, plan_id, path, progress, cancelled)) \
            .in_background(QCoreApplication.translate("DocumentOps", "Đang xuất phụ lục…")).success(lambda result: _saved(parent, result)).run()


def export_word(w: Window, parent: QWidget) -> None:
    """The plan with its appendix as a .docx in the ND30 layout, to finish in Word."""
    if w.plan is None:
        return
    w.flush()
    plan_id = w.plan.id
    path = _save_path(parent, QCoreApplication.translate("DocumentOps", "Xuất kế hoạch ra Word"),
                      f"Ke-hoach-{w.plan.period.text()}.docx", word=True)
    if path:
        Op(parent, lambda _p, cancelled: documents.export_plan_docx(w.store, plan_id, path, cancelled)) \
            .in_background(QCoreApplication.translate("DocumentOps", "Đang tạo văn bản Word…")) \
            .success(lambda made: _told(parent, QCoreApplication.translate("DocumentOps", "Xuất ra Word"),
                                        QCoreApplication.translate("DocumentOps", "Đã lưu {0}.").format(made))).run()


def _told(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def export_articles(w: Window, parent: QWidget) -> None:
    """The published articles of the plan's period (the same ones every report counts)."""
    if w.plan is None:
        return
    plan = w.plan
    path = _save_path(parent, QCoreApplication.translate("DocumentOps", "Xuất danh sách tin bài"), f"Tin-bai-{plan.period.text()}.xlsx")
    if path:
        start, end = dt.date(plan.period.start, 1, 1), dt.date(plan.period.end, 12, 31)
        Op(parent, lambda progress, cancelled: transfer.export_articles(
            w.store, plan.id, path, start, end, progress, cancelled)) \
            .in_background(QCoreApplication.translate("DocumentOps", "Đang xuất danh sách tin bài…")).success(lambda result: _saved(parent, result)).run()


def import_superior_plan(w: Window, parent: QWidget) -> None:
    """A new plan from the superior's plan: read off the GUI thread, shown (what will be made, what
    could not be read), then made in one go; the window opens it."""
    from ...exchange.plan_import import PlanReadError, read_superior_plan
    from ...services import superior

    w.flush()
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("DocumentOps", "Kế hoạch của cấp trên"), "",
                                          QCoreApplication.translate("DocumentOps", "Kế hoạch (*.docx *.pdf)"))
    if not path:
        return
    title = QCoreApplication.translate("DocumentOps", "Tạo kế hoạch từ kế hoạch cấp trên")

    def confirm(data) -> None:  # type: ignore[no-untyped-def]
        made = superior.preview(data)
        text = made.summary()
        if path.lower().endswith(".pdf"):  # who signed what arrives, before anything is made from it
            from ...services import signing

            text += "\n\n" + QCoreApplication.translate("DocumentOps", "Chữ ký số: {0}").format(
                signing.verify(w.store, path).summary())
        if made.warnings:
            text += "\n\n" + QCoreApplication.translate("DocumentOps", "Lưu ý:") + "\n" + "\n".join(made.warnings)
        text += "\n\n" + QCoreApplication.translate("DocumentOps", "Tạo kế hoạch này?")
        if QMessageBox.question(parent, title, text) != QMessageBox.StandardButton.Yes:
            return
        Op(parent, quick(lambda: superior.create_from_superior(w.store, data))) \
            .in_background(QCoreApplication.translate("DocumentOps", "Đang tạo kế hoạch…")) \
            .success(lambda result: w.refresh_lists(select=result.plan_id)).run()

    _read_then(parent, lambda: read_superior_plan(path), PlanReadError, confirm)


def import_appendix(w: Window, parent: QWidget) -> None:
    """Read the file off the GUI thread, show what will be created, then write it in one go."""
    if w.plan is None:
        return
    from ...exchange.appendix_import import AppendixReadError, read_appendix
    from ..import_dialog import ImportDialog

    w.flush()
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("DocumentOps", "Nhập phụ lục của cấp trên"), "", QCoreApplication.translate("DocumentOps", "Phụ lục (*.xlsx *.docx)"))
    if not path:
        return
    plan_id = w.plan.id

    def confirm_and_write(data) -> None:  # type: ignore[no-untyped-def]
        def ask(summary) -> None:  # type: ignore[no-untyped-def]
            if ImportDialog(data, summary, parent).exec():
                Op(parent, quick(lambda: transfer.import_appendix(w.store, plan_id, data))) \
                    .in_background(QCoreApplication.translate("DocumentOps", "Đang nhập phụ lục…")) \
                    .success(lambda _r: w.history.clear()).refresh(w.refresh).run()  # not undone step by step

        Op(parent, quick(lambda: transfer.import_appendix(w.store, plan_id, data, dry_run=True))).success(ask).run()

    _read_then(parent, lambda: read_appendix(path), AppendixReadError, confirm_and_write)


def _read_then(parent: QWidget, read: Any, unreadable: type[Exception], then: Any) -> None:
    """Read a file off the GUI thread, then `then(what was read)`; a file the reader refuses
    (`unreadable`) is said plainly, anything else goes to the shared handler."""
    def failed(exc: BaseException) -> None:
        if isinstance(exc, unreadable):
            QMessageBox.warning(parent, QCoreApplication.translate("DocumentOps", "Không đọc được tệp"), str(exc))
        else:
            show_error(parent, exc)

    Op(parent, quick(read)).in_background(QCoreApplication.translate("DocumentOps", "Đang đọc tệp…")) \
        .success(then).failure(failed).run()
