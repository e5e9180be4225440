"""A results report: choose the period, write the narrative, preview the PDF, export, send."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ..domain.reporting import MONTH, SEMESTER, YEAR, ReportPeriod
from ..services import reports
from ..services.store import Store
from .errors import refused_in, show_error
from .generated.ui_report_dialog import Ui_ReportDialog
from .labels import period_label
from .tasks import run_task


class ReportDialog(QDialog):
    def __init__(self, store: Store, plan_id: int, files_dir: Path, parent: QWidget | None = None,
                 period: ReportPeriod | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportDialog()
        self.ui.setupUi(self)
        self.store, self.plan_id, self.files_dir = store, plan_id, files_dir
        ui = self.ui
        for code, label in ((MONTH, self.tr("Tháng")), (SEMESTER, self.tr("6 tháng")), (YEAR, self.tr("Năm"))):
            ui.kindCombo.addItem(label, code)
        today = dt.date.today()
        period = period or ReportPeriod(MONTH, today.year, today.month)
        ui.yearSpin.setValue(period.year)
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(period.kind))
        self._fill_index(period.index)
        ui.windowCheck.setChecked(bool(period.window_day))
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.indexCombo.currentIndexChanged.connect(lambda _i: self.load())
        ui.yearSpin.valueChanged.connect(lambda _v: self.load())
        ui.windowCheck.toggled.connect(lambda _c: self.load())
        ui.saveTextButton.clicked.connect(self.save_text)
        ui.previewButton.clicked.connect(self.preview)
        ui.excelButton.clicked.connect(self.export_excel)
        ui.wordButton.clicked.connect(self.export_word)
        ui.packageButton.clicked.connect(self.export_package)
        ui.mailButton.clicked.connect(lambda: self.compose(None))
        ui.closeButton.clicked.connect(self.close_dialog)
        ui.approveButton.clicked.connect(self.approve)
        ui.returnButton.clicked.connect(self.return_to_draft)
        self.load()

    def _kind_changed(self, _index: int) -> None:
        self._fill_index(1)
        self.load()

    def _fill_index(self, index: int) -> None:
        combo = self.ui.indexCombo
        combo.blockSignals(True)
        combo.clear()
        kind = self.ui.kindCombo.currentData()
        if kind == MONTH:
            for m in range(1, 13):
                combo.addItem(self.tr("tháng {0}").format(m), m)
        elif kind == SEMESTER:
            combo.addItem(self.tr("6 tháng đầu năm"), 1)
            combo.addItem(self.tr("6 tháng cuối năm"), 2)
        combo.setVisible(kind != YEAR)
        combo.setCurrentIndex(max(0, combo.findData(index)))
        combo.blockSignals(False)
        self.ui.windowCheck.setVisible(kind == MONTH)

    def period(self) -> ReportPeriod:
        ui = self.ui
        kind = ui.kindCombo.currentData()
        return ReportPeriod(kind, ui.yearSpin.value(), ui.indexCombo.currentData() or 0,
                            15 if kind == MONTH and ui.windowCheck.isChecked() else 0)

    def load(self) -> None:
        period = self.period()
        with refused_in(self) as refused:
            data = reports.report_data(self.store, self.plan_id, period)
        if refused:
            return
        self.ui.directionEdit.setPlainText(data.direction)
        self.ui.assessmentEdit.setPlainText(data.assessment)
        self.ui.proposalsEdit.setPlainText(data.proposals)
        self.ui.summaryLabel.setText(self.tr("Báo cáo {0} ({1:%d/%m/%Y} – {2:%d/%m/%Y}): {3} tin bài đã đăng. "
                                             "Hạn gửi: trước ngày {4:%d/%m/%Y}.").format(
            period_label(period), period.start, period.end, data.total, period.due()))
        self._show_approval(period)
        sent = reports.sent_messages(self.store, self.plan_id, period)
        self.ui.sentLabel.setText(self.tr("Đã gửi: {0}").format(
            "; ".join(f"{m.to} lúc {m.sent_at:%H:%M %d/%m/%Y}" for m in sent if m.sent_at))
            if sent else self.tr("Chưa gửi báo cáo kỳ này."))

    def _show_approval(self, period: ReportPeriod) -> None:
        from ..services.permissions import APPROVER, allowed

        status, who, when = reports.report_status(self.store, self.plan_id, period)
        approved = status == reports.REPORT_APPROVED
        self.ui.approvalLabel.setText(
            self.tr("Đã duyệt ({0}, {1:%d/%m/%Y})").format(who, when) if approved and when else
            self.tr("Đã duyệt") if approved else self.tr("Dự thảo"))
        may = allowed(self.store, APPROVER) and not self.store.read_only
        self.ui.approveButton.setVisible(may and not approved)
        self.ui.returnButton.setVisible(may and approved)
        for edit in (self.ui.directionEdit, self.ui.assessmentEdit, self.ui.proposalsEdit):
            edit.setReadOnly(approved or self.store.read_only)
        self.approved = approved

    def approve(self) -> None:
        from .common import approval_password

        period = self.period()
        if self.save_text() is None:
            return
        password = approval_password(self, self.tr("Duyệt báo cáo"), [(self.tr("Báo cáo"), period_label(period))])
        if password is None:
            return
        with refused_in(self):
            reports.approve_report(self.store, self.plan_id, period, password)
        self.load()

    def return_to_draft(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        reason, ok = QInputDialog.getText(self, self.tr("Trả lại dự thảo"),
                                          self.tr("Lý do trả lại (bản đã ký số, nếu có, hết hiệu lực):"))
        if not ok:
            return
        with refused_in(self):
            reports.return_report(self.store, self.plan_id, self.period(), reason)
        self.load()

    def save_text(self) -> int | None:
        with refused_in(self):
            return reports.save_report(self.store, self.plan_id, self.period(),
                                       direction=self.ui.directionEdit.toPlainText(),
                                       assessment=self.ui.assessmentEdit.toPlainText(),
                                       proposals=self.ui.proposalsEdit.toPlainText())
        return None

    def _files(self) -> Path:
        from ..paths import document_folder

        return document_folder(self.files_dir)

    def preview(self) -> None:
        if self.save_text() is None and not self.store.read_only:
            return
        period = self.period()
        target = self._files() / reports.default_name(period, "pdf")

        def show(path: object) -> None:
            from .pdf_preview import PdfPreview

            PdfPreview(Path(str(path)), target.name, self, on_mail=lambda pdf: self.compose(pdf), store=self.store).exec()

        run_task(self, self.tr("Đang tạo báo cáo…"),
                 lambda _p, _c: reports.export_report(self.store, self.plan_id, period, target), show,
                 lambda exc: show_error(self, exc))

    def export_excel(self) -> None:
        period = self.period()
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Xuất Excel"), str(Path.home() / reports.default_name(period, "xlsx")),
                                                self.tr("Sổ tính Excel (*.xlsx)"))
        if not target:
            return
        def done(_result: object) -> None:
            QMessageBox.information(self, self.tr("Xuất Excel"), self.tr("Đã lưu {0}.").format(target))

        run_task(self, self.tr("Đang xuất Excel…"),
                 lambda _p, _c: reports.export_report(self.store, self.plan_id, period, target, "xlsx"), done,
                 lambda exc: show_error(self, exc))

    def export_word(self) -> None:
        """The report as a .docx with the narrative as typed (saved first), to finish in Word."""
        if self.save_text() is None and not self.store.read_only:
            return
        period = self.period()
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Xuất Word"), str(Path.home() / reports.default_name(period, "docx")),
                                                self.tr("Văn bản Word (*.docx)"))
        if not target:
            return
        target = target if target.lower().endswith(".docx") else target + ".docx"

        def done(_result: object) -> None:
            QMessageBox.information(self, self.tr("Xuất Word"), self.tr("Đã lưu {0}.").format(target))

        run_task(self, self.tr("Đang tạo văn bản Word…"),
                 lambda _p, _c: reports.export_report(self.store, self.plan_id, period, target, "docx"), done,
                 lambda exc: show_error(self, exc))

    def export_package(self) -> None:
        """The report package (.khbc) the superior office receives with KeHoach."""
        from ..services import packages

        if self.save_text() is None and not self.store.read_only:
            return
        period = self.period()
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Gói báo cáo"),
                                                str(Path.home() / packages.default_name(self.store, period)),
                                                self.tr("Gói báo cáo KeHoach (*.khbc)"))
        if not target:
            return
        target = target if target.lower().endswith(".khbc") else target + ".khbc"

        def done(_result: object) -> None:
            QMessageBox.information(self, self.tr("Gói báo cáo"), self.tr(
                "Đã lưu {0}. Gửi tệp này cho cấp trên (thư gửi báo cáo tự đính kèm gói).").format(target))

        run_task(self, self.tr("Đang tạo gói báo cáo…"),
                 lambda _p, _c: packages.export_package(self.store, self.plan_id, period, target), done,
                 lambda exc: show_error(self, exc))

    def compose(self, pdf: Path | None) -> None:
        """The message to the superior office with the report's files, made off the GUI thread."""
        from ..services import packages
        from .mail_dialogs import ComposeDialog

        report_id = self.save_text()
        period = self.period()
        folder = pdf.parent if pdf else self._files()

        def show(result: object) -> None:
            assert isinstance(result, packages.ReportMail)
            ComposeDialog(self.store, result.to, result.subject, result.body, result.attachments, report_id, self).exec()
            self.load()

        run_task(self, self.tr("Đang chuẩn bị thư báo cáo…"),
                 lambda _p, _c: packages.report_mail(self.store, self.plan_id, period, folder, pdf), show,
                 lambda exc: show_error(self, exc))

    def close_dialog(self) -> None:
        self.save_text()
        self.accept()
