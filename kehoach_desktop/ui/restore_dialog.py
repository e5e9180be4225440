"""Tệp › Sao lưu / Khôi phục: the backups with what each holds; back up now; restore one."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from ..services import backups
from .common import confirm
from .errors import refused_in
from .generated.ui_restore_dialog import Ui_RestoreDialog
from .labels import backup_kind_labels
from .operations import Op, quick


class RestoreDialog(QDialog):
    def __init__(self, store, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self.store = store
        self.restored = False
        self.found: list[backups.BackupInfo] = []
        self.ui.backupButton.clicked.connect(self.backup_now)
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        with refused_in(self.ui.errorLabel) as refused:
            self.found = backups.list_backups(self.store)
        if refused:
            self.found = []
        table = self.ui.table
        headers = [self.tr("Thời điểm"), self.tr("Kế hoạch"), self.tr("Tin bài"), self.tr("Tình trạng")]
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.found))
        for row, b in enumerate(self.found):
            kinds = backup_kind_labels()
            shown = f"{b.made:%d/%m/%Y %H:%M} ({kinds.get(b.kind, b.kind)})" if b.made else b.label
            for col, text in enumerate((shown, str(b.plans), str(b.articles),
                                        self.tr("Tốt") if b.sound else self.tr("Hỏng, không dùng được"))):
                table.setItem(row, col, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        self._update_buttons()

    def _selected(self) -> backups.BackupInfo | None:
        row = self.ui.table.currentRow()
        return self.found[row] if 0 <= row < len(self.found) and self.ui.table.selectedItems() else None

    def _update_buttons(self) -> None:
        chosen = self._selected()
        self.ui.restoreButton.setEnabled(chosen is not None and chosen.sound and not self.store.read_only)

    def backup_now(self) -> None:
        def done(path: object) -> None:
            self.ui.errorLabel.setStyleSheet("")
            self.ui.errorLabel.setText(self.tr("Đã sao lưu vào {0}.").format(path))
            self.reload()

        Op(self, quick(lambda: backups.make_backup(self.store))).in_background(self.tr("Đang sao lưu…")) \
            .success(done).failure(lambda exc: self.ui.errorLabel.setText(str(exc))).run()

    def restore_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        if not confirm(self, self.tr("Khôi phục dữ liệu"), self.tr(
                "Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu {0} ({1} kế hoạch, {2} tin bài)?\n"
                "Dữ liệu hiện tại được sao lưu trước khi khôi phục.").format(chosen.label, chosen.plans, chosen.articles)):
            return

        def done(before: object) -> None:
            self.restored = True
            self.ui.errorLabel.setStyleSheet("")
            self.ui.errorLabel.setText(self.tr("Đã khôi phục. Dữ liệu trước đó được sao lưu tại {0}.").format(before))
            self.reload()

        Op(self, quick(lambda: backups.restore(self.store, chosen.path))).in_background(self.tr("Đang khôi phục…")) \
            .success(done).failure(lambda exc: self.ui.errorLabel.setText(str(exc))).run()
