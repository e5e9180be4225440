"""The public-opinion log: issues, their handling, whether they were reported upward."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from ..records import OpinionData
from ..services import opinion
from ..services.store import Store
from .errors import refused_in
from .generated.ui_opinion_dialog import Ui_OpinionDialog
from .generated.ui_opinion_view import Ui_OpinionView


def _labels() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    sources = {"press": QCoreApplication.translate("Labels", "Báo chí"), "social": QCoreApplication.translate("Labels", "Mạng xã hội"),
               "parents": QCoreApplication.translate("Labels", "Phụ huynh"), "other": QCoreApplication.translate("Labels", "Khác")}
    severities = {"hot": QCoreApplication.translate("Labels", "Nóng"), "normal": QCoreApplication.translate("Labels", "Thường")}
    statuses = {"new": QCoreApplication.translate("Labels", "Mới"), "in_progress": QCoreApplication.translate("Labels", "Đang xử lý"),
                "resolved": QCoreApplication.translate("Labels", "Đã xử lý")}
    return sources, severities, statuses


class OpinionDialog(QDialog):
    def __init__(self, store: Store, plan_id: int | None, issue: OpinionData | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OpinionDialog()
        self.ui.setupUi(self)
        self.store, self.plan_id, self.issue = store, plan_id, issue
        sources, severities, statuses = _labels()
        ui = self.ui
        for combo, labels in ((ui.sourceCombo, sources), (ui.severityCombo, severities), (ui.statusCombo, statuses)):
            for code, label in labels.items():
                combo.addItem(label, code)
        day = issue.noticed_on if issue else dt.date.today()
        ui.dateEdit.setDate(QDate(day.year, day.month, day.day))
        if issue is not None:
            ui.sourceCombo.setCurrentIndex(ui.sourceCombo.findData(issue.source))
            ui.severityCombo.setCurrentIndex(ui.severityCombo.findData(issue.severity))
            ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(issue.status))
            ui.linkEdit.setText(issue.link)
            ui.summaryEdit.setPlainText(issue.summary)
            ui.handlerEdit.setText(issue.handler)
            ui.actionsEdit.setPlainText(issue.actions)
            ui.reportedCheck.setChecked(issue.reported_up)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    def values(self) -> dict[str, object]:
        ui = self.ui
        return {"noticed_on": ui.dateEdit.date().toPython(), "source": ui.sourceCombo.currentData(),
                "link": ui.linkEdit.text(), "summary": ui.summaryEdit.toPlainText(),
                "severity": ui.severityCombo.currentData(), "handler": ui.handlerEdit.text(),
                "actions": ui.actionsEdit.toPlainText(), "status": ui.statusCombo.currentData(),
                "reported_up": ui.reportedCheck.isChecked()}

    def accept(self) -> None:
        values = self.values()
        with refused_in(self.ui.errorLabel) as refused:
            if self.issue is None:
                summary, noticed = str(values.pop("summary")), values.pop("noticed_on")
                assert isinstance(noticed, dt.date)
                opinion.add_issue(self.store, summary, noticed, plan_id=self.plan_id, **values)
            else:
                opinion.update_issue(self.store, self.issue.id, values)
        if refused:
            return
        super().accept()


class OpinionView(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OpinionView()
        self.ui.setupUi(self)
        self.store = store
        self.plan_id: int | None = None
        self.issues: list[OpinionData] = []
        self.ui.addButton.clicked.connect(self.add)
        self.ui.editButton.clicked.connect(self.edit)
        self.ui.table.doubleClicked.connect(lambda _i: self.edit())
        self.ui.openOnlyCheck.toggled.connect(lambda _c: self.reload())

    def set_plan(self, plan_id: int | None) -> None:
        self.plan_id = plan_id
        self.reload()

    def reload(self) -> None:
        sources, severities, statuses = _labels()
        issues = opinion.list_issues(self.store, plan_id=self.plan_id)
        if self.ui.openOnlyCheck.isChecked():
            issues = [i for i in issues if i.status != "resolved"]
        self.issues = issues
        table = self.ui.table
        headers = [self.tr("Ngày"), self.tr("Nguồn"), self.tr("Vấn đề"), self.tr("Mức độ"), self.tr("Người xử lý"),
                   self.tr("Biện pháp"), self.tr("Trạng thái"), self.tr("Báo cáo cấp trên")]
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(issues))
        for row, i in enumerate(issues):
            reported = f"{i.reported_on:%d/%m/%Y}" if i.reported_on else (self.tr("Có") if i.reported_up else "")
            values = (f"{i.noticed_on:%d/%m/%Y}", sources[i.source], i.summary, severities[i.severity], i.handler,
                      i.actions, statuses[i.status], reported)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if i.hot_and_open:
                    item.setBackground(QColor("#fde2e1"))
                table.setItem(row, col, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def add(self) -> None:
        if OpinionDialog(self.store, self.plan_id, None, self).exec():
            self.reload()

    def edit(self) -> None:
        row = self.ui.table.currentRow()
        if 0 <= row < len(self.issues) and OpinionDialog(self.store, self.plan_id, self.issues[row], self).exec():
            self.reload()
