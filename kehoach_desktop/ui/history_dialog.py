"""The history of an article or a plan: who changed what, when, from what to what. Read-only."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ..services.history import HistoryEntry
from .generated.ui_history_dialog import Ui_HistoryDialog


def fill_history(table: QTableWidget, entries: list[HistoryEntry]) -> None:
    headers = [table.tr("Thời gian"), table.tr("Người thực hiện"), table.tr("Thao tác"),
               table.tr("Trước"), table.tr("Sau")]
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(entries))
    for row, e in enumerate(entries):
        for col, text in enumerate((e.at.strftime("%d/%m/%Y %H:%M"), e.actor, e.action_label,
                                    _describe(e.before), _describe(e.after))):
            table.setItem(row, col, QTableWidgetItem(text))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.resizeRowsToContents()


def _describe(values: dict[str, Any] | None) -> str:
    if not values:
        return ""
    return "; ".join(f"{k}: {v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)}"
                     for k, v in values.items())


class HistoryDialog(QDialog):
    def __init__(self, title: str, entries: list[HistoryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HistoryDialog()
        self.ui.setupUi(self)
        self.ui.headerLabel.setText(title)
        fill_history(self.ui.table, entries)
        self.ui.buttonBox.rejected.connect(self.reject)
