"""One article: its details, its evidence (files and links) and its history."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QListWidgetItem, QWidget

from ..domain.workflow import DRAFT
from ..services import articles, channels, evidence, history, plans, units
from ..services.articles import ArticleDetail
from ..services.errors import ServiceError, StaleEdit
from ..services.store import Store
from .common import ID_ROLE, URL_ROLE
from .errors import ask_stale, refused_in
from .generated.ui_article_dialog import Ui_ArticleDialog
from .history_dialog import fill_history
from .labels import kind_labels, status_labels


class ArticleDialog(QDialog):
    def __init__(self, store: Store, plan_id: int, article_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ArticleDialog()
        self.ui.setupUi(self)
        self.store, self.plan_id, self.article_id = store, plan_id, article_id
        ui = self.ui
        for kind, label in kind_labels().items():
            ui.kindCombo.addItem(label, kind)
        ui.channelCombo.addItem(self.tr("(chưa chọn)"), None)
        for c in channels.list_channels(store):
            ui.channelCombo.addItem(c.name, c.id)
        ui.unitCombo.addItem(self.tr("(chưa chọn)"), None)
        for u in units.list_units(store):
            ui.unitCombo.addItem(u.name, u.id)
        plan = plans.get_plan(store, plan_id)
        for g in plan.groups:
            for t in g.themes:
                item = QListWidgetItem(f"{g.numeral}.{t.stt}  {t.title}")
                item.setData(ID_ROLE, t.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                ui.themeList.addItem(item)
        ui.dateCheck.toggled.connect(ui.dateEdit.setEnabled)
        today = dt.date.today()
        ui.dateEdit.setDate(QDate(today.year, today.month, today.day))
        ui.dateCheck.setChecked(True)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        ui.addFileButton.clicked.connect(self.add_file)
        ui.addLinkButton.clicked.connect(self.add_link)
        ui.openButton.clicked.connect(self.open_evidence)
        ui.evidenceList.itemDoubleClicked.connect(lambda _i: self.open_evidence())
        self.detail: ArticleDetail | None = None
        if article_id is not None:
            self.load()
        else:
            self.setWindowTitle(self.tr("Ghi tin bài mới"))
            ui.statusLabel.setText(self.tr("Tin bài mới được lưu ở trạng thái <b>Nháp</b>."))
            ui.evidenceTab.setEnabled(False)
            ui.historyTab.setEnabled(False)

    def load(self) -> None:
        assert self.article_id is not None
        d = articles.get_article(self.store, self.article_id)
        self.detail = d
        ui = self.ui
        self.setWindowTitle(self.tr("Tin bài: {0}").format(d.title))
        status = status_labels()[d.status] + (self.tr(" (đã thu hồi)") if d.withdrawn else "")
        text = self.tr("Trạng thái: <b>{0}</b>").format(status)
        if d.approved_by:
            text += self.tr(" · duyệt bởi {0} lúc {1}").format(d.approved_by, f"{d.approved_at:%d/%m/%Y %H:%M}")
        if d.return_reason and d.status == DRAFT:
            text += self.tr("<br>Lý do trả lại: {0}").format(d.return_reason)
        ui.statusLabel.setText(text)
        ui.titleEdit.setText(d.title)
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(d.kind)))
        ui.channelCombo.setCurrentIndex(max(0, ui.channelCombo.findData(d.channel_id)))
        ui.unitCombo.setCurrentIndex(max(0, ui.unitCombo.findData(d.unit_id)))
        ui.dateCheck.setChecked(d.published_on is not None)
        if d.published_on:
            ui.dateEdit.setDate(QDate(d.published_on.year, d.published_on.month, d.published_on.day))
        ui.urlEdit.setText(d.url)
        ui.authorsEdit.setText(d.authors)
        ui.notesEdit.setPlainText(d.notes)
        for row in range(ui.themeList.count()):
            item = ui.themeList.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in d.theme_ids else Qt.CheckState.Unchecked)
        ui.evidenceList.clear()
        for e in d.evidence:
            item = QListWidgetItem(("📄 " + e.filename) if e.kind == "file" else ("🔗 " + e.url))
            item.setData(ID_ROLE, e.id)
            item.setData(URL_ROLE, e.url)
            ui.evidenceList.addItem(item)
        fill_history(ui.historyTable, history.article_lines(self.store, d.id))
        ui.evidenceTab.setEnabled(True)
        ui.historyTab.setEnabled(True)

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "title": ui.titleEdit.text(), "kind": ui.kindCombo.currentData(),
            "channel_id": ui.channelCombo.currentData(), "unit_id": ui.unitCombo.currentData(),
            "published_on": ui.dateEdit.date().toPython() if ui.dateCheck.isChecked() else None,
            "url": ui.urlEdit.text(), "authors": ui.authorsEdit.text(), "notes": ui.notesEdit.toPlainText(),
            "theme_ids": [ui.themeList.item(r).data(ID_ROLE) for r in range(ui.themeList.count())
                          if ui.themeList.item(r).checkState() == Qt.CheckState.Checked],
        }

    def save(self) -> bool:
        values = self.values()
        try:
            if self.article_id is None:
                title = values.pop("title")
                self.article_id = articles.add_article(self.store, self.plan_id, title, **values)
            else:
                assert self.detail is not None
                current = {"title": self.detail.title, "kind": self.detail.kind,
                           "channel_id": self.detail.channel_id, "unit_id": self.detail.unit_id,
                           "published_on": self.detail.published_on, "url": self.detail.url,
                           "authors": self.detail.authors, "notes": self.detail.notes,
                           "theme_ids": list(self.detail.theme_ids)}
                changes = {k: v for k, v in values.items() if current.get(k) != v}
                if changes:
                    articles.update_article(self.store, self.article_id, changes, expected_version=self.detail.version)
        except StaleEdit as exc:  # saved on another PC since this dialog opened
            choice = ask_stale(self, exc)
            if choice == "overwrite" and self.article_id is not None:
                with refused_in(self.ui.errorLabel) as refused:
                    articles.update_article(self.store, self.article_id, changes)
                return not refused
            if choice == "reload":
                self.load()
                self.ui.errorLabel.setText(self.tr("Đã tải lại tin bài như vừa được lưu; thay đổi của bạn chưa được lưu."))
            return False
        except ServiceError as exc:
            self.ui.errorLabel.setText(str(exc))
            return False
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()

    def add_file(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Chọn tệp minh chứng"), "",
                                                self.tr("Ảnh, PDF, tài liệu (*.png *.jpg *.jpeg *.pdf *.docx *.doc *.xlsx);;Mọi tệp (*)"))
        self._add_files(paths)

    def _add_files(self, paths: list[str]) -> None:
        if not paths or self.article_id is None:
            return
        for path in paths:
            with refused_in(self):
                evidence.add_evidence_file(self.store, self.article_id, path)
        self.load()

    def add_link(self) -> None:
        if self.article_id is None:
            return
        with refused_in(self.ui.errorLabel) as refused:
            evidence.add_evidence_link(self.store, self.article_id, self.ui.linkEdit.text())
        if refused:
            return
        self.ui.linkEdit.clear()
        self.load()

    def open_evidence(self) -> None:
        item = self.ui.evidenceList.currentItem()
        if item is None:
            return
        url = item.data(URL_ROLE)
        with refused_in(self) as refused:
            target = QUrl(url) if url else QUrl.fromLocalFile(str(evidence.evidence_file(self.store, item.data(ID_ROLE))))
        if refused:
            return
        QDesktopServices.openUrl(target)
