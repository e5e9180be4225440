"""The articles log: filters, an accent-insensitive search, the approver's queue, the workflow."""

from __future__ import annotations

import calendar
import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QInputDialog, QWidget

from ..domain.numerals import to_roman
from ..domain.workflow import APPROVED, DRAFT, PENDING, PUBLISHED
from ..records import PlanDetail
from ..services import articles, channels, permissions, units
from ..services.articles import ArticleFilter
from ..services.store import Store
from .article_dialog import ArticleDialog
from .articles_model import COL_DATE, COL_STATUS, COL_TITLE, ArticlesModel
from .background import Background
from .common import ID_ROLE, confirm
from .errors import refused_in
from .generated.ui_articles_view import Ui_ArticlesView
from .labels import kind_labels, status_labels


class ArticlesView(QWidget):
    countsChanged = Signal(int, int)  # shown, waiting for approval

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ArticlesView()
        self.ui.setupUi(self)
        self.store = store
        self.plan: PlanDetail | None = None
        self.model = ArticlesModel(store, self)
        self.order = "-date"
        ui = self.ui
        ui.table.setModel(self.model)
        ui.table.verticalHeader().setVisible(False)
        ui.table.verticalHeader().setDefaultSectionSize(ui.table.fontMetrics().height() + 8)
        header = ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((90, 420, 80, 170, 150, 130, 90, 200)):
            ui.table.setColumnWidth(col, width)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COL_DATE, Qt.SortOrder.DescendingOrder)
        header.sectionClicked.connect(self._sort)
        self._status_counts: dict[str, int] | None = None
        self._counter = Background(self, self._counted)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        # a search's first rows take a few tens of milliseconds: searched as soon as typing pauses
        self._search_timer.setInterval(0)
        self._search_timer.timeout.connect(lambda: self.reload(statuses=False))
        ui.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        ui.statusCombo.addItem(self.tr("Mọi trạng thái"), None)
        for status, label in status_labels().items():
            ui.statusCombo.addItem(label, status)
        ui.kindCombo.addItem(self.tr("Mọi loại"), None)
        for kind, label in kind_labels().items():
            ui.kindCombo.addItem(label, kind)
        for combo in (ui.statusCombo, ui.channelCombo, ui.kindCombo, ui.themeCombo, ui.unitCombo,
                      ui.periodCombo):
            combo.activated.connect(lambda _i: self.reload())
        ui.queueButton.toggled.connect(self._queue_toggled)
        ui.table.doubleClicked.connect(lambda _i: self.open_current())
        ui.addButton.clicked.connect(self.add)
        ui.editButton.clicked.connect(self.open_current)
        ui.submitButton.clicked.connect(lambda: self._transition("submit"))
        ui.approveButton.clicked.connect(lambda: self._transition("approve"))
        ui.returnButton.clicked.connect(lambda: self._transition("return"))
        ui.publishButton.clicked.connect(lambda: self._transition("publish"))
        ui.deleteButton.clicked.connect(self.delete_current)

    # --- loading ---------------------------------------------------------------------------
    def set_plan(self, plan: PlanDetail | None) -> None:
        changed = (plan.id if plan else None) != (self.plan.id if self.plan else None)
        self.plan = plan
        self.setEnabled(plan is not None)
        if changed:
            self._fill_filters()
        self.update_permissions()
        self.reload()

    def update_permissions(self) -> None:
        approver = permissions.allowed(self.store, permissions.APPROVER)
        editor = permissions.allowed(self.store, permissions.EDIT)
        for button in (self.ui.approveButton, self.ui.returnButton):
            button.setVisible(approver)
        for button in (self.ui.addButton, self.ui.submitButton, self.ui.publishButton, self.ui.deleteButton):
            button.setEnabled(editor)

    def retranslate(self) -> None:
        """The filters and the table's headers in the new language, the choices kept."""
        from .common import relabel

        ui = self.ui
        relabel(ui.statusCombo, {None: self.tr("Mọi trạng thái"), **status_labels()})
        relabel(ui.kindCombo, {None: self.tr("Mọi loại"), **kind_labels()})
        relabel(ui.channelCombo, {None: self.tr("Mọi kênh")})
        relabel(ui.unitCombo, {None: self.tr("Mọi đơn vị")})
        relabel(ui.themeCombo, {None: self.tr("Mọi nội dung")})
        chosen = ui.periodCombo.currentIndex()
        self._fill_filters()
        ui.periodCombo.setCurrentIndex(min(max(chosen, 0), ui.periodCombo.count() - 1))
        self.model.retranslate()

    def _fill_filters(self) -> None:
        ui = self.ui
        ui.channelCombo.clear()
        ui.channelCombo.addItem(self.tr("Mọi kênh"), None)
        for c in channels.list_channels(self.store):
            ui.channelCombo.addItem(c.name, c.id)
        ui.unitCombo.clear()
        ui.unitCombo.addItem(self.tr("Mọi đơn vị"), None)
        for u in units.list_units(self.store):
            ui.unitCombo.addItem(u.name, u.id)
        ui.themeCombo.clear()
        ui.themeCombo.addItem(self.tr("Mọi nội dung"), None)
        ui.periodCombo.clear()
        ui.periodCombo.addItem(self.tr("Cả kỳ"), None)
        if self.plan is None:
            return
        for g in self.plan.groups:
            for t in g.themes:
                ui.themeCombo.addItem(f"{g.numeral}.{t.stt} {t.title}", t.id)
        for year in range(self.plan.period.start, self.plan.period.end + 1):
            for q in range(1, 5):
                start = dt.date(year, 3 * q - 2, 1)
                end = dt.date(year, 3 * q, calendar.monthrange(year, 3 * q)[1])
                ui.periodCombo.addItem(self.tr("Quý {0}/{1}").format(to_roman(q), year), (start, end))
            for m in range(1, 13):
                ui.periodCombo.addItem(self.tr("Tháng {0}/{1}").format(m, year),
                                       (dt.date(year, m, 1), dt.date(year, m, calendar.monthrange(year, m)[1])))

    def show_filtered(self, unit_id: int | None, start: dt.date | None, end: dt.date | None,
                      status: str | None) -> None:
        """Open the list behind a figure of the dashboard."""
        ui = self.ui
        ui.queueButton.setChecked(False)
        ui.searchEdit.clear()
        for combo in (ui.channelCombo, ui.kindCombo, ui.themeCombo):
            combo.setCurrentIndex(0)
        ui.unitCombo.setCurrentIndex(max(0, ui.unitCombo.findData(unit_id)) if unit_id is not None else 0)
        ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(status)) if status else 0)
        index = next((i for i in range(ui.periodCombo.count()) if ui.periodCombo.itemData(i) == (start, end)), -1)
        if index >= 0:
            ui.periodCombo.setCurrentIndex(index)
        elif start is not None and end is not None:
            ui.periodCombo.addItem(self.tr("{0:%d/%m/%Y} – {1:%d/%m/%Y}").format(start, end), (start, end))
            ui.periodCombo.setCurrentIndex(ui.periodCombo.count() - 1)
        else:
            ui.periodCombo.setCurrentIndex(0)
        self.reload()

    def current_filter(self) -> ArticleFilter:
        ui = self.ui
        period = ui.periodCombo.currentData()
        return ArticleFilter(
            plan_id=self.plan.id if self.plan else -1, query=ui.searchEdit.text(),
            status=PENDING if ui.queueButton.isChecked() else ui.statusCombo.currentData(),
            channel_id=ui.channelCombo.currentData(), kind=ui.kindCombo.currentData(),
            theme_id=ui.themeCombo.currentData(), unit_id=ui.unitCombo.currentData(),
            date_from=period[0] if period else None, date_to=period[1] if period else None,
            order=self.order,
        )

    @property
    def counting(self) -> bool:
        """The number of matches is still being counted (the first rows are shown)."""
        return self._counter.busy

    def reload(self, statuses: bool = True) -> None:
        """Show the rows matching the filters: the first ones at once, the total when counted.
        `statuses=False` (a search typed) keeps the plan's per-state counts of the last reload."""
        selected = self.current_id()
        flt = self.current_filter()
        if self.model.set_filter(flt):
            self._counter.start(lambda: (flt, articles.count_articles(self.store, flt)))
        if selected is not None and selected in self.model.ids:
            self.select(selected)
        if statuses or self._status_counts is None:
            self._status_counts = articles.status_counts(self.store, self.plan.id if self.plan else -1)
        self._show_counts()

    def _counted(self, result: tuple[ArticleFilter, int]) -> None:
        self.model.set_total(*result)
        self._show_counts()

    def _show_counts(self) -> None:
        counts = self._status_counts or {}
        waiting = counts.get(PENDING, 0)
        shown = str(self.model.rowCount()) + ("+" if self.counting else "")
        self.ui.queueButton.setText(self.tr("Chờ duyệt ({0})").format(waiting))
        self.ui.countLabel.setText(self.tr("{0} tin bài · Nháp {1} · Chờ duyệt {2} · Đã duyệt {3} · Đã đăng {4}")
                                   .format(shown, counts.get(DRAFT, 0), waiting, counts.get(APPROVED, 0),
                                           counts.get(PUBLISHED, 0)))
        self.countsChanged.emit(self.model.rowCount(), waiting)

    def _sort(self, column: int) -> None:
        key = {COL_DATE: "date", COL_TITLE: "title", COL_STATUS: "status"}.get(column)
        header = self.ui.table.horizontalHeader()
        if key is None:
            header.setSortIndicator(COL_DATE if self.order.endswith("date") else COL_TITLE,
                                    Qt.SortOrder.DescendingOrder if self.order.startswith("-") else Qt.SortOrder.AscendingOrder)
            return
        # first click: newest dates first, titles A→Z; clicking again reverses
        default = f"-{key}" if key == "date" else key
        self.order = default if self.order.lstrip("-") != key else (key if self.order.startswith("-") else f"-{key}")
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if self.order.startswith("-")
                                else Qt.SortOrder.AscendingOrder)
        self.reload()

    def _queue_toggled(self, on: bool) -> None:
        self.ui.statusCombo.setEnabled(not on)
        self.reload()

    def current_id(self) -> int | None:
        index = self.ui.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, article_id: int) -> None:
        row = self.model.row_of(article_id)
        if row is None:
            return
        self.ui.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.ui.table.scrollTo(self.model.index(row, 0))

    # --- actions ---------------------------------------------------------------------------
    def add(self) -> None:
        if self.plan is None:
            return
        dialog = ArticleDialog(self.store, self.plan.id, None, self)
        if dialog.exec():
            self.reload()
            if dialog.article_id is not None:
                self.select(dialog.article_id)

    def open_current(self) -> None:
        article_id = self.current_id()
        if article_id is None or self.plan is None:
            return
        ArticleDialog(self.store, self.plan.id, article_id, self).exec()
        self.model.refresh_rows()
        self.reload()

    def _transition(self, action: str) -> None:
        article_id = self.current_id()
        if article_id is None:
            return
        kwargs: dict[str, object] = {}
        if action == "approve":
            from .common import approval_password

            detail = articles.get_article(self.store, article_id)
            password = approval_password(self, self.tr("Duyệt tin bài"), [
                (self.tr("Tin bài"), detail.title),
                (self.tr("Ngày đăng"), detail.published_on.strftime("%d/%m/%Y") if detail.published_on else "—"),
                (self.tr("Kênh"), detail.channel or "—")])
            if password is None:
                return
            kwargs["password"] = password
        elif action == "return":
            reason, ok = QInputDialog.getMultiLineText(self, self.tr("Trả lại tin bài"),
                                                       self.tr("Lý do trả lại (người soạn sẽ thấy):"))
            if not ok:
                return
            kwargs["reason"] = reason
        elif action == "publish":
            detail = articles.get_article(self.store, article_id)
            if not detail.url and not detail.evidence:
                url, ok = QInputDialog.getText(self, self.tr("Đánh dấu đã đăng"),
                                               self.tr("Đường dẫn bài đã đăng (hoặc thêm minh chứng trong cửa sổ tin bài):"))
                if not ok:
                    return
                kwargs["url"] = url
        with refused_in(self):
            articles.transition(self.store, article_id, action, **kwargs)  # type: ignore[arg-type]
        self.model.refresh_rows()
        self.reload()

    def delete_current(self) -> None:
        article_id = self.current_id()
        if article_id is None:
            return
        detail = articles.get_article(self.store, article_id)
        with refused_in(self):
            if detail.ever_approved:
                reason, ok = QInputDialog.getText(
                    self, self.tr("Thu hồi tin bài"),
                    self.tr("Tin bài đã từng được duyệt nên không xóa được; nó sẽ được thu hồi (giữ lại, "
                            "đánh dấu). Lý do thu hồi:"))
                if not ok:
                    return
                articles.withdraw_article(self.store, article_id, reason)
            else:
                if not confirm(self, self.tr("Xóa tin bài"),
                               self.tr("Xóa bản nháp «{0}»?").format(detail.title)):
                    return
                articles.delete_article(self.store, article_id)
        self.model.refresh_rows()
        self.reload()

