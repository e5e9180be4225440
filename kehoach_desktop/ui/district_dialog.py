"""Kế hoạch › Tổng hợp báo cáo các trường…: receive the schools' report packages (files, a folder,
or dropped on the window), see who sent on time, late or not at all — for one period and month
by month — and the schools × targets matrix; remind the late; open the consolidated report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from ..domain.reporting import MONTH, SEMESTER, YEAR, ReportPeriod
from ..records import PlanDetail, School, SchoolFigures, TargetFigure
from ..services import district, packages
from ..services.store import Store
from .common import ID_ROLE
from .errors import refused_in, show_error
from .generated.ui_district_dialog import Ui_DistrictDialog
from .labels import period_label, school_state_labels
from .tasks import run_task

STATE_COLOURS = {"on_time": "#d9f2d9", "late": "#fff0c2", "missing": "#f8d7d7", "pending": "#eeeeee"}


class DistrictDialog(QDialog):
    def __init__(self, store: Store, plan: PlanDetail, files_dir: Path, parent: QWidget | None = None,
                 period: ReportPeriod | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DistrictDialog()
        self.ui.setupUi(self)
        self.store, self.plan, self.files_dir = store, plan, files_dir
        ui = self.ui
        today = dt.date.today()
        period = period or ReportPeriod(MONTH, today.year if plan.period.start <= today.year <= plan.period.end
                                        else plan.period.start, today.month)
        ui.yearSpin.setRange(plan.period.start, plan.period.end)
        ui.yearSpin.setValue(period.year)
        for m in range(1, 13):
            ui.periodCombo.addItem(self.tr("Tháng {0}").format(m), f"{MONTH}:{m}")
        ui.periodCombo.addItem(self.tr("6 tháng đầu năm"), f"{SEMESTER}:1")
        ui.periodCombo.addItem(self.tr("6 tháng cuối năm"), f"{SEMESTER}:2")
        ui.periodCombo.addItem(self.tr("Cả năm"), f"{YEAR}:0")
        ui.periodCombo.setCurrentIndex(max(0, ui.periodCombo.findData(f"{period.kind}:{period.index}")))
        ui.yearSpin.valueChanged.connect(lambda _v: self.fill())
        ui.periodCombo.currentIndexChanged.connect(lambda _i: self.fill())
        ui.receiveButton.clicked.connect(self.choose_files)
        ui.folderButton.clicked.connect(self.choose_folder)
        ui.mailboxButton.clicked.connect(self.from_mailbox)
        ui.schoolsButton.clicked.connect(self.import_schools)
        ui.openButton.clicked.connect(self.open_selected)
        ui.statusTable.doubleClicked.connect(lambda _i: self.open_selected())
        ui.remindButton.clicked.connect(self.remind)
        ui.reportButton.clicked.connect(self.open_report)
        ui.buttonBox.rejected.connect(self.reject)
        for button in (ui.receiveButton, ui.folderButton, ui.schoolsButton, ui.remindButton, ui.mailboxButton):
            button.setEnabled(not store.read_only)
        from ..services import mail

        ui.mailboxButton.setVisible(mail.imap_server(store) is not None)
        self.fill()

    # --- what is shown ---------------------------------------------------------------------------

    def period(self) -> ReportPeriod:
        kind, index = str(self.ui.periodCombo.currentData()).split(":")
        return ReportPeriod(kind, self.ui.yearSpin.value(), int(index))

    def fill(self) -> None:
        period = self.period()
        with refused_in(self) as refused:
            rows = district.status(self.store, period)
            months = district.month_matrix(self.store, period.year)
            columns, matrix = district.target_matrix(self.store, period, rows=rows)
            deadline = period.due(district.due_day(self.store))
        if refused:
            return
        self.rows = rows
        counts = {k: sum(1 for r in rows if r.state == k) for k in STATE_COLOURS}
        if not rows:
            self.ui.summaryLabel.setText(self.tr(
                "Chưa có trường nào. Nhập danh sách trường (tệp Excel) hoặc thêm đơn vị loại «Trường» ở thẻ Đơn vị."))
        else:
            self.ui.summaryLabel.setText(self.tr(
                "Báo cáo {0} — hạn gửi: trước ngày {1:%d/%m/%Y}. {2} trường: {3} đúng hạn, {4} muộn, {5} chưa gửi, "
                "{6} chưa đến hạn. Các trường đã gửi: {7} tin bài trong kỳ.").format(
                period_label(period), deadline, len(rows), counts["on_time"], counts["late"], counts["missing"],
                counts["pending"], sum(r.total for r in rows)))
        self._fill_status(rows)
        self._fill_months(months)
        self._fill_targets(columns, matrix)

    def _state_item(self, row: SchoolFigures, text: str | None = None) -> QTableWidgetItem:
        item = QTableWidgetItem(text if text is not None else self.state_label(row))
        item.setBackground(QBrush(QColor(STATE_COLOURS[row.state])))
        item.setForeground(QBrush(QColor("#000000")))
        return item

    def state_label(self, row: SchoolFigures) -> str:
        return school_state_labels()[row.state] + (self.tr(" (gửi lại)") if row.resubmitted else "")

    def _fill_status(self, rows: list[SchoolFigures]) -> None:
        table = self.ui.statusTable
        headers = [self.tr("Trường"), self.tr("Báo cáo"), self.tr("Gửi lúc"), self.tr("Tin bài trong kỳ"),
                   self.tr("Lũy kế năm"), self.tr("Chỉ tiêu đạt")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            name = QTableWidgetItem(row.name)
            name.setData(ID_ROLE, row.unit_id)
            table.setItem(i, 0, name)
            table.setItem(i, 1, self._state_item(row))
            sent = (row.sent_at.replace(tzinfo=dt.UTC).astimezone(district.VIETNAM).strftime("%H:%M %d/%m/%Y")
                    if row.sent_at else "")
            table.setItem(i, 2, QTableWidgetItem(sent))
            met, judged = row.targets_met()
            for col, value in ((3, str(row.total) if row.received else "—"),
                               (4, str(row.year_to_date) if row.received else "—"),
                               (5, f"{met}/{judged}" if judged else "—")):
                item = QTableWidgetItem(value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(i, col, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(headers)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

    def _fill_months(self, months: list[tuple[School, list[SchoolFigures]]]) -> None:
        table = self.ui.monthsTable
        table.setColumnCount(13)
        table.setHorizontalHeaderLabels([self.tr("Trường"), *(self.tr("T{0}").format(m) for m in range(1, 13))])
        table.setRowCount(len(months))
        short = {"on_time": "✓", "late": self.tr("muộn"), "missing": "✗", "pending": ""}
        for i, (school, cells) in enumerate(months):
            table.setItem(i, 0, QTableWidgetItem(school.name))
            for m, row in enumerate(cells, start=1):
                item = self._state_item(row, short[row.state] + ("↻" if row.resubmitted else ""))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(f"{self.state_label(row)}" + (self.tr(" — {0} tin bài").format(row.total)
                                                             if row.received else ""))
                table.setItem(i, m, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 13):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

    def _fill_targets(self, columns: list[str], matrix: list[tuple[SchoolFigures, list[TargetFigure | None]]]) -> None:
        table = self.ui.targetsTable
        table.setColumnCount(len(columns) + 1)
        table.setHorizontalHeaderLabels([self.tr("Trường"), *(c.replace(": ", ":\n").replace(" (", "\n(") for c in columns)])
        table.setRowCount(len(matrix))
        for i, (row, cells) in enumerate(matrix):
            table.setItem(i, 0, QTableWidgetItem(row.name))
            for col, cell in enumerate(cells, start=1):
                if cell is None:
                    item = QTableWidgetItem("—")
                else:
                    item = QTableWidgetItem(f"{cell.achieved}/{cell.required} · {cell.verdict}")
                    item.setBackground(QBrush(QColor("#d9f2d9" if cell.met else "#f8d7d7" if cell.finished
                                                     else "#fff0c2")))
                    item.setForeground(QBrush(QColor("#000000")))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(i, col, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for col in range(1, len(columns) + 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()

    # --- receiving -------------------------------------------------------------------------------

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Nhận gói báo cáo"), str(Path.home()),
                                                self.tr("Gói báo cáo KeHoach (*.khbc);;Mọi tệp (*)"))
        if files:
            self.receive([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Nhận các gói báo cáo trong thư mục"), str(Path.home()))
        if not folder:
            return
        files = packages.package_files(folder)
        if not files:
            QMessageBox.information(self, self.tr("Nhận gói báo cáo"),
                                    self.tr("Thư mục không có gói báo cáo (.khbc) nào."))
            return
        self.receive(files)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files: list[Path] = []
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            files += packages.package_files(path) if path.is_dir() else [path]
        event.acceptProposedAction()
        if files and not self.store.read_only:
            self.receive(files)

    def from_mailbox(self) -> None:
        self.receive([], mailbox=True)

    def receive(self, files: list[Path], mailbox: bool = False) -> None:
        def done(result: object) -> None:
            receipts: list[packages.Receipt] = result  # type: ignore[assignment]
            self.last_receipts = receipts
            self.fill()
            if not receipts:
                QMessageBox.information(self, self.tr("Nhận gói báo cáo"),
                                        self.tr("Hộp thư không có thư chưa đọc nào kèm gói báo cáo."))
                return
            refused = [r for r in receipts if r.refused]
            text = "\n".join(r.line() for r in receipts)
            title = self.tr("Nhận gói báo cáo")
            summary = self.tr("Đã nhận {0} gói, từ chối {1} gói.").format(len(receipts) - len(refused), len(refused))
            box = QMessageBox(QMessageBox.Icon.Warning if refused else QMessageBox.Icon.Information, title,
                              summary, QMessageBox.StandardButton.Ok, self)
            box.setDetailedText(text)
            box.setInformativeText("\n".join(r.line() for r in receipts[:8]) + ("\n…" if len(receipts) > 8 else ""))
            box.exec()

        run_task(self, self.tr("Đang nhận gói báo cáo…"),
                 lambda progress, cancelled: packages.receive_from_mailbox(self.store, None, progress, cancelled)
                 if mailbox else packages.receive(self.store, files, progress, cancelled), done,
                 lambda exc: show_error(self, exc))

    def import_schools(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Nhập danh sách trường"), str(Path.home()),
                                              self.tr("Sổ tính Excel (*.xlsx)"))
        if not path:
            return
        with refused_in(self) as refused:
            result = district.import_schools(self.store, path)
        if refused:
            return
        self.fill()
        QMessageBox.information(self, self.tr("Nhập danh sách trường"), self.tr(
            "{0} trường mới, {1} trường cập nhật, {2} trường đã có.").format(
            len(result.added), len(result.updated), len(result.unchanged)))

    # --- acting on it ----------------------------------------------------------------------------

    def selected_school(self) -> SchoolFigures | None:
        rows = self.ui.statusTable.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def open_selected(self) -> None:
        row = self.selected_school()
        if row is None or not row.received:
            QMessageBox.information(self, self.tr("Xem báo cáo của trường"),
                                    self.tr("Hãy chọn một trường đã gửi báo cáo kỳ này."))
            return
        from ..paths import document_folder

        with refused_in(self) as refused:
            pdf = packages.received_pdf(self.store, row.unit_id, self.period(), document_folder(self.files_dir))
        if refused:
            return
        from .pdf_preview import PdfPreview

        PdfPreview(pdf, pdf.name, self, store=self.store, signable=False).exec()

    def remind(self) -> None:
        period = self.period()
        waiting = [r for r in self.rows if not r.received]
        if not waiting:
            QMessageBox.information(self, self.tr("Nhắc trường chưa gửi"), self.tr("Mọi trường đã gửi báo cáo kỳ này."))
            return
        if QMessageBox.question(self, self.tr("Nhắc trường chưa gửi"), self.tr(
                "Đưa thư nhắc gửi báo cáo {0} tới {1} trường chưa gửi vào hộp thư đi?").format(
                period_label(period), len(waiting))) != QMessageBox.StandardButton.Yes:
            return
        with refused_in(self) as refused:
            result = district.remind(self.store, period)
        if refused:
            return
        text = self.tr("Đã đưa {0} thư nhắc vào hộp thư đi (Công cụ › Hộp thư đi để gửi).").format(len(result.queued))
        if result.without_email:
            text += "\n" + self.tr("Chưa có địa chỉ thư của: {0}.").format(", ".join(result.without_email))
        QMessageBox.information(self, self.tr("Nhắc trường chưa gửi"), text)

    def open_report(self) -> None:
        from .report_dialog import ReportDialog

        ReportDialog(self.store, self.plan.id, self.files_dir, self, self.period()).exec()
