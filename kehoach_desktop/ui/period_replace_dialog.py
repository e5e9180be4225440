"""Before a plan is copied to a new period: each appendix text that names the old period, with
its new wording, ticked to be replaced — nothing is rewritten that the user has not seen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from ..services.plans import PeriodReplacement
from .generated.ui_period_replace_dialog import Ui_PeriodReplaceDialog


class PeriodReplaceDialog(QDialog):
    def __init__(self, old: str, new: str, changes: list[PeriodReplacement], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PeriodReplaceDialog()
        self.ui.setupUi(self)
        self.changes = changes
        self.ui.headerLabel.setText(self.tr(
            "Các tiêu đề và hình thức sau trong phụ lục còn ghi «{0}». Đánh dấu những chỗ cần đổi thành «{1}» "
            "trong kế hoạch mới (kế hoạch cũ giữ nguyên):").format(old, new))
        for change in changes:
            item = QListWidgetItem(f"{change.where}: {change.old}\n    → {change.new}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.ui.changesList.addItem(item)
        self.ui.allButton.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        self.ui.noneButton.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sao chép"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _check_all(self, state: Qt.CheckState) -> None:
        for row in range(self.ui.changesList.count()):
            self.ui.changesList.item(row).setCheckState(state)

    def chosen(self) -> list[PeriodReplacement]:
        return [c for row, c in enumerate(self.changes)
                if self.ui.changesList.item(row).checkState() == Qt.CheckState.Checked]
