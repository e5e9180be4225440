"""Who owns what: the themes of a unit or a person, and what is due in a quarter."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QWidget

from ..domain.numerals import to_roman
from ..services import ownership, units
from ..services.ownership import OwnershipRow
from ..services.store import Store
from .generated.ui_ownership_view import Ui_OwnershipView

UNIT, PERSON, QUARTER = "unit", "person", "quarter"


class OwnershipView(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OwnershipView()
        self.ui.setupUi(self)
        self.store = store
        self.plan_id: int | None = None
        self.model = QStandardItemModel(self)
        self.ui.table.setModel(self.model)
        self.ui.table.verticalHeader().setVisible(False)
        self.ui.modeCombo.addItem(self.tr("Đơn vị"), UNIT)
        self.ui.modeCombo.addItem(self.tr("Cán bộ"), PERSON)
        self.ui.modeCombo.addItem(self.tr("Quý"), QUARTER)
        self.ui.modeCombo.currentIndexChanged.connect(lambda _i: self._fill_items())

        self.ui.itemCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.ui.allPlansCheck.toggled.connect(lambda _c: self.refresh())
        self.rows: list[OwnershipRow] = []

    def retranslate(self) -> None:
        from .common import relabel

        relabel(self.ui.modeCombo, {UNIT: self.tr("Đơn vị"), PERSON: self.tr("Cán bộ"), QUARTER: self.tr("Quý")})
        self.refresh()

    def set_plan(self, plan_id: int | None) -> None:
        self.plan_id = plan_id
        self._fill_items()

    def show_for(self, mode: str, ident: int) -> None:
        self.ui.modeCombo.setCurrentIndex(self.ui.modeCombo.findData(mode))
        self.ui.itemCombo.setCurrentIndex(max(0, self.ui.itemCombo.findData(ident)))

    def _fill_items(self) -> None:
        mode = self.ui.modeCombo.currentData()
        combo = self.ui.itemCombo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if mode == UNIT:
            for u in units.list_units(self.store):
                combo.addItem(u.name, u.id)
        elif mode == PERSON:
            for p in units.list_people(self.store):
                combo.addItem(p.name + (f" — {p.title}" if p.title else ""), p.id)
        else:
            for q in range(1, 5):
                combo.addItem(self.tr("Quý {0}").format(to_roman(q)), q)
        self.ui.allPlansCheck.setEnabled(mode != QUARTER)
        index = combo.findData(keep)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        mode = self.ui.modeCombo.currentData()
        ident = self.ui.itemCombo.currentData()
        plan_id = None if self.ui.allPlansCheck.isChecked() and mode != QUARTER else self.plan_id
        rows: list[OwnershipRow] = []
        if ident is not None and (plan_id is not None or self.ui.allPlansCheck.isChecked()):
            if mode == UNIT:
                rows = ownership.themes_for_unit(self.store, ident, plan_id)
            elif mode == PERSON:
                rows = ownership.themes_for_person(self.store, ident, plan_id)
            elif self.plan_id is not None:
                rows = ownership.due_in_quarter(self.store, self.plan_id, ident)
        self.rows = rows
        roles = {"lead": self.tr("Chủ trì"), "support": self.tr("Phối hợp"),
                 "owner": self.tr("Phụ trách"), "": ""}
        self.model.clear()
        headers = [self.tr("STT"), self.tr("Nội dung/Chủ đề"), self.tr("Vai trò"),
                   self.tr("Thời gian"), self.tr("Đơn vị chủ trì"), self.tr("Người phụ trách")]
        if plan_id is None:
            headers.append(self.tr("Kế hoạch"))
        self.model.setHorizontalHeaderLabels(headers)
        for r in rows:
            texts = [r.stt, r.title, roles[r.role], r.timing_text, ", ".join(r.lead_units), r.owner_name]
            if plan_id is None:
                texts.append(r.plan_title)
            items = [QStandardItem(t) for t in texts]
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if self.model.columnCount() > 1:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        quarters = {q: sum(1 for r in rows if q in r.quarters) for q in range(1, 5)}
        summary = self.tr("{0} nội dung").format(len(rows))
        if rows and mode != QUARTER:
            summary += " — " + ", ".join(
                self.tr("Quý {0}: {1}").format(to_roman(q), n) for q, n in quarters.items())
        self.ui.summaryLabel.setText(summary)
