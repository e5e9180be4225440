"""The plan's target rules and its indicators (percentages or numbers with measured values)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from ..domain.targets import MET, MISSED
from ..services import targets, units
from ..services.store import Store
from .common import ID_ROLE
from .errors import refused_in
from .generated.ui_targets_dialog import Ui_TargetsDialog
from .labels import rule_text, verdict_labels
from .units_view import unit_kind_labels


class TargetsDialog(QDialog):
    def __init__(self, store: Store, plan_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TargetsDialog()
        self.ui.setupUi(self)
        self.store, self.plan_id = store, plan_id
        ui = self.ui
        ui.scopeCombo.addItem(self.tr("Toàn đơn vị"), ("office", None))
        for kind, label in unit_kind_labels().items():
            ui.scopeCombo.addItem(self.tr("Mỗi đơn vị loại: {0}").format(label), ("unit_kind", kind))
        ui.scopeCombo.addItem(self.tr("Một đơn vị:"), ("unit", None))
        for u in units.list_units(store):
            ui.unitCombo.addItem(u.name, u.id)
        for code, label in (("month", self.tr("tháng")), ("quarter", self.tr("quý")),
                            ("semester", self.tr("6 tháng")), ("year", self.tr("năm"))):
            ui.periodCombo.addItem(label, code)
        ui.scopeCombo.currentIndexChanged.connect(self._scope_changed)
        self._scope_changed()
        today = dt.date.today()
        ui.valueDate.setDate(QDate(today.year, today.month, today.day))
        ui.addRuleButton.clicked.connect(self.add_rule)
        ui.deleteRuleButton.clicked.connect(self.delete_rule)
        ui.addIndicatorButton.clicked.connect(self.add_indicator)
        ui.recordButton.clicked.connect(self.record)
        ui.buttonBox.rejected.connect(self.reject)
        self.reload()

    def _scope_changed(self, *_args: object) -> None:
        self.ui.unitCombo.setEnabled(self.ui.scopeCombo.currentData()[0] == "unit")

    def reload(self) -> None:
        from ..services.channels import list_channels

        ui = self.ui
        self.unit_names = {u.id: u.name for u in units.list_units(self.store)}
        self.channel_names = {c.id: c.name for c in list_channels(self.store)}
        ui.rulesList.clear()
        for rule in targets.list_rules(self.store, self.plan_id):
            item = QListWidgetItem(rule_text(rule, self.unit_names.get(rule.unit_id or 0, ""),
                                             self.channel_names.get(rule.channel_id or 0, "")))
            item.setData(ID_ROLE, rule.id)
            ui.rulesList.addItem(item)
        self.indicators = targets.list_indicators(self.store, self.plan_id)
        table = ui.indicatorTable
        headers = [self.tr("Chỉ số"), self.tr("Mục tiêu"), self.tr("Đạt được"), self.tr("Ngày"), self.tr("Đánh giá")]
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.indicators))
        for row, ind in enumerate(self.indicators):
            verdict = "" if ind.met is None else verdict_labels()[MET if ind.met else MISSED]
            values = (ind.name, f"{ind.target_value:g} {ind.unit_label}",
                      f"{ind.latest_value:g} {ind.unit_label}" if ind.latest_value is not None else "",
                      f"{ind.latest_on:%d/%m/%Y}" if ind.latest_on else "", verdict)
            for col, value in enumerate(values):
                table.setItem(row, col, QTableWidgetItem(value))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _run(self, fn) -> None:  # type: ignore[no-untyped-def]
        with refused_in(self.ui.errorLabel) as refused:
            fn()
        if refused:
            return
        self.ui.errorLabel.clear()
        self.reload()

    def add_rule(self) -> None:
        ui = self.ui
        scope, kind = ui.scopeCombo.currentData()
        self._run(lambda: targets.add_rule(
            self.store, self.plan_id, scope, ui.periodCombo.currentData(), ui.minimumSpin.value(),
            unit_id=ui.unitCombo.currentData() if scope == "unit" else None, unit_kind=kind or ""))

    def delete_rule(self) -> None:
        item = self.ui.rulesList.currentItem()
        if item is not None:
            self._run(lambda: targets.delete_rule(self.store, item.data(ID_ROLE)))

    def add_indicator(self) -> None:
        ui = self.ui
        self._run(lambda: targets.add_indicator(self.store, self.plan_id, ui.indicatorNameEdit.text(),
                                                ui.targetSpin.value(), ui.unitLabelEdit.text()))
        ui.indicatorNameEdit.clear()

    def record(self) -> None:
        row = self.ui.indicatorTable.currentRow()
        if not 0 <= row < len(self.indicators):
            self.ui.errorLabel.setText(self.tr("Chọn một chỉ số trong bảng trước."))
            return
        day = self.ui.valueDate.date().toPython()
        assert isinstance(day, dt.date)
        self._run(lambda: targets.record_value(self.store, self.indicators[row].id, self.ui.valueSpin.value(), day))
