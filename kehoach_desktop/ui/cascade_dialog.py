"""Kế hoạch › Đối chiếu với kế hoạch cấp trên…: every item of the superior's plan, with the
office's themes that implement it; ticking themes for the selected item changes the links."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from ..records import PlanDetail
from ..services import cascade
from ..services.store import Store
from .common import ID_ROLE
from .errors import refused_in
from .generated.ui_cascade_dialog import Ui_CascadeDialog


class CascadeDialog(QDialog):
    def __init__(self, store: Store, plan: PlanDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CascadeDialog()
        self.ui.setupUi(self)
        self.store, self.plan = store, plan
        self._filling = False
        ui = self.ui
        ui.itemsTable.setColumnCount(3)
        ui.itemsTable.setHorizontalHeaderLabels([self.tr("Nội dung của kế hoạch cấp trên"), self.tr("Nội dung của đơn vị"),
                                                 self.tr("Đánh giá")])
        header = ui.itemsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        ui.splitter.setSizes([650, 330])
        for theme, numeral in ((t, g.numeral) for g in plan.groups for t in g.themes):
            entry = QListWidgetItem(f"{numeral}.{theme.stt}. {theme.title}")
            entry.setData(ID_ROLE, theme.id)
            entry.setToolTip(theme.title)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            ui.themesList.addItem(entry)
        ui.missingCheck.toggled.connect(lambda _on: self.fill())
        ui.itemsTable.itemSelectionChanged.connect(self._show_links)
        ui.themesList.itemChanged.connect(self._links_changed)
        ui.buttonBox.rejected.connect(self.reject)
        self.fill()

    def fill(self) -> None:
        rows = cascade.coverage(self.store, self.plan.id)
        self.rows = {r.item_id: r for r in rows}
        shown = [r for r in rows if not (self.ui.missingCheck.isChecked() and r.addressed)]
        table = self.ui.itemsTable
        selected = self.selected_item()
        table.setRowCount(len(shown))
        for i, r in enumerate(shown):
            first = QTableWidgetItem(f"{r.group_title} — {r.title}" if r.group_title else r.title)
            first.setData(ID_ROLE, r.item_id)
            table.setItem(i, 0, first)
            table.setItem(i, 1, QTableWidgetItem("\n".join(r.themes) or "—"))
            table.setItem(i, 2, QTableWidgetItem(self.tr("Có nội dung thực hiện") if r.addressed
                                                 else self.tr("Chưa có nội dung thực hiện")))
            if r.item_id == selected:
                table.selectRow(i)
        table.resizeRowsToContents()
        done = sum(r.addressed for r in rows)
        self.ui.summaryLabel.setText(
            self.tr("{0}/{1} nội dung của kế hoạch cấp trên có nội dung thực hiện trong kế hoạch này.").format(done, len(rows))
            if rows else self.tr("Kế hoạch này không được tạo từ kế hoạch của cấp trên: chưa có gì để đối chiếu "
                                 "(Tệp › Tạo kế hoạch từ kế hoạch của cấp trên…)."))
        self._show_links()

    def selected_item(self) -> int | None:
        rows = self.ui.itemsTable.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def _show_links(self) -> None:
        item = self.selected_item()
        linked: set[int] = set(self.rows[item].theme_ids) if item is not None and item in self.rows else set()
        self._filling = True
        try:
            for i in range(self.ui.themesList.count()):
                entry = self.ui.themesList.item(i)
                entry.setCheckState(Qt.CheckState.Checked if entry.data(ID_ROLE) in linked else Qt.CheckState.Unchecked)
            self.ui.themesList.setEnabled(item is not None)
        finally:
            self._filling = False

    def _links_changed(self, _entry: QListWidgetItem) -> None:
        item = self.selected_item()
        if self._filling or item is None:
            return
        themes = [self.ui.themesList.item(i).data(ID_ROLE) for i in range(self.ui.themesList.count())
                  if self.ui.themesList.item(i).checkState() == Qt.CheckState.Checked]
        with refused_in(self):
            cascade.set_item_themes(self.store, item, themes)
        self.fill()
