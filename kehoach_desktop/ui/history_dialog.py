"""The history of an article or a plan: who changed what, when, from what to what. Read-only."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ..services.history import HistoryLine
from .generated.ui_history_dialog import Ui_HistoryDialog


def fill_history(table: QTableWidget, lines: list[HistoryLine]) -> None:
    """One row per changed field (or per event), as services.history.lines() gives them."""
    from PySide6.QtCore import QCoreApplication

    from .history_labels import event_label, field_label
    headers = [QCoreApplication.translate("History", "Thời gian"), QCoreApplication.translate("History", "Người thực hiện"), QCoreApplication.translate("History", "Thao tác"),
               QCoreApplication.translate("History", "Mục thay đổi"), QCoreApplication.translate("History", "Giá trị cũ"), QCoreApplication.translate("History", "Giá trị mới")]
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(lines))
    for row, line in enumerate(lines):
        for col, text in enumerate((line.at.strftime("%d/%m/%Y %H:%M"), line.actor,
                                    event_label(line.action, line.entity, line.event),
                                    field_label(line.field_key, line.field), _short(line.old), _short(line.new))):
            item = QTableWidgetItem(text)
            if col >= 4:
                item.setToolTip(line.old if col == 4 else line.new)
            table.setItem(row, col, item)
    # one line per row: long values are shortened, the whole text is the cell's tooltip
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)


def _short(text: str, limit: int = 90) -> str:
    """A long text (a section's body) shortened in the table; the whole of it is the tooltip."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


class HistoryDialog(QDialog):
    def __init__(self, title: str, entries: list[HistoryLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HistoryDialog()
        self.ui.setupUi(self)
        self.ui.headerLabel.setText(title)
        fill_history(self.ui.table, entries)
        self.ui.buttonBox.rejected.connect(self.reject)
