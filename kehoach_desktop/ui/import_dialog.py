"""What an appendix file will add to the plan, shown before anything is written."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem, QWidget

from ..domain.numerals import to_roman
from ..exchange.appendix_import import ImportedAppendix
from ..services.transfer import ImportPreview
from .generated.ui_import_dialog import Ui_ImportDialog


class ImportDialog(QDialog):
    def __init__(self, data: ImportedAppendix, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.summaryLabel.setText(self.tr(
            "Tệp <b>{0}</b> ({1}): <b>{2}</b> nhóm, <b>{3}</b> nội dung sẽ được thêm vào cuối phụ lục "
            "của kế hoạch. Chưa có gì được ghi; bấm «Nhập» để ghi tất cả trong một lần.").format(
                data.source, data.table, preview.groups, preview.themes))
        for gi, group in enumerate(data.groups, start=1):
            top = QTreeWidgetItem([f"{to_roman(gi)}. {group.title}"])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for ti, theme in enumerate(group.themes, start=1):
                QTreeWidgetItem(top, [f"{ti}. {theme.title}", theme.timing.text() or theme.timing_text,
                                      ", ".join(theme.lead_units)])
            ui.tree.addTopLevelItem(top)
        ui.tree.expandAll()
        ui.tree.setColumnWidth(0, 420)
        ui.newUnitsList.addItems(preview.new_units)
        ui.matchedList.addItems(preview.matched_units)
        ui.warningsList.addItems(preview.warnings or [self.tr("Không có gì bất thường.")])
        ui.basisLabel.setText(self.tr("Căn cứ sẽ được thêm: <i>{0}</i>").format(preview.basis))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Nhập"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
