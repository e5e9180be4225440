"""The main window: the list of plans on the left, the plan's screens in tabs on the right."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QInputDialog, QLabel, QMainWindow, QMessageBox, QWidget

from .. import APP_DISPLAY_NAME, __version__
from ..bootstrap import OpenedDatabase
from ..domain.workflow import plan_allows, plan_editable
from ..records import PlanDetail
from ..services import appendix, demo, permissions, plans
from ..services import articles as articles_service
from ..services.errors import ServiceError
from ..settings import Settings
from .appendix_model import THEME
from .appendix_view import AppendixView
from .articles_view import ArticlesView
from .common import ID_ROLE, confirm
from .errors import show_error
from .generated.ui_main_window import Ui_MainWindow
from .labels import plan_status_labels
from .ownership_view import OwnershipView
from .plan_editor import PlanEditor
from .undo import History
from .units_view import UnitsView

log = logging.getLogger(__name__)
TAB_DOCUMENT, TAB_APPENDIX, TAB_UNITS, TAB_ARTICLES, TAB_OWNERSHIP, TAB_DASHBOARD, TAB_OPINION = range(7)


class MainWindow(QMainWindow):
    def __init__(self, opened: OpenedDatabase, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.opened = opened
        self.store = opened.store
        self.settings = settings
        self.history = History(self)
        self.history.changed.connect(self.schedule_refresh)
        self.plan: PlanDetail | None = None
        self._stale_tabs: set[int] = set()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)

        self.editor = PlanEditor(self.store, self.history, self)
        self.appendix = AppendixView(self.store, self.history, self)
        self.units = UnitsView(self.store, self.history, self)
        self.ownership = OwnershipView(self.store, self)
        self.articles = ArticlesView(self.store, self)
        self.ui.articlesLayout.addWidget(self.articles)
        from .dashboard_view import DashboardView
        from .opinion_view import OpinionView

        self.dashboard = DashboardView(self.store, self)
        self.opinion = OpinionView(self.store, self)
        self.ui.dashboardLayout.addWidget(self.dashboard)
        self.ui.opinionLayout.addWidget(self.opinion)
        self.dashboard.openArticles.connect(self._dashboard_articles)
        self.dashboard.openQueue.connect(self._open_queue)
        self.dashboard.openOpinion.connect(lambda: self.ui.tabs.setCurrentIndex(TAB_OPINION))
        self.dashboard.openReport.connect(self.open_report)
        self.dashboard.openTheme.connect(self._open_theme)
        self.dashboard.openTargets.connect(self.open_targets)
        self.articles.countsChanged.connect(self._article_counts)
        self.ui.documentLayout.addWidget(self.editor)
        self.ui.appendixLayout.addWidget(self.appendix)
        self.ui.unitsLayout.addWidget(self.units)
        self.ui.ownershipLayout.addWidget(self.ownership)
        self.ui.tabs.currentChanged.connect(self._update_tab)
        self.ui.splitter.setSizes([240, 1040])
        self.ui.planList.setWordWrap(True)
        self.ui.splitter.setStretchFactor(1, 1)

        self.plan_model = QStandardItemModel(self)
        self.ui.planList.setModel(self.plan_model)
        self.ui.planList.selectionModel().currentChanged.connect(self._plan_selected)
        self.hit_model = QStandardItemModel(self)
        self.ui.themeHits.setModel(self.hit_model)
        self.ui.themeHits.clicked.connect(self._hit_clicked)
        self.ui.themeHits.activated.connect(self._hit_clicked)
        self.ui.searchEdit.textChanged.connect(lambda _t: self.refresh_lists())
        self.ui.newPlanButton.clicked.connect(self.new_plan)
        self._connect_actions()

        self.status = QLabel(self)
        self.ui.statusbar.addPermanentWidget(self.status)
        self.reminder = QLabel(self)
        self.reminder.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.reminder.setVisible(False)
        self.ui.statusbar.addWidget(self.reminder)
        self.user_label = QLabel(self)
        self.ui.statusbar.addPermanentWidget(self.user_label)
        if self.store.read_only:
            warning = QLabel(self.tr("Chỉ đọc: cơ sở dữ liệu đang được mở để ghi ở nơi khác ({0}).")
                             .format(opened.locked_by), self)
            warning.setStyleSheet("color: #b00020; font-weight: bold;")
            self.ui.statusbar.addWidget(warning)
        self._update_title()
        if settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(settings.window_geometry.encode()))
        self.refresh_lists(select=settings.last_plan_id)

    def _connect_actions(self) -> None:
        ui = self.ui
        stack = self.history.stack
        ui.actionUndo.triggered.connect(self._undo)
        ui.actionRedo.triggered.connect(self._redo)
        ui.actionUndo.setEnabled(False)
        ui.actionRedo.setEnabled(False)
        stack.canUndoChanged.connect(ui.actionUndo.setEnabled)
        stack.canRedoChanged.connect(ui.actionRedo.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        ui.actionNewPlan.triggered.connect(self.new_plan)
        ui.actionCopyPlan.triggered.connect(self.copy_plan)
        ui.actionDeletePlan.triggered.connect(self.delete_plan)
        ui.actionOffice.triggered.connect(self.edit_office)
        ui.actionLoadDemo.triggered.connect(self.load_demo)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionFind.triggered.connect(self._find)
        ui.actionNewGroup.triggered.connect(lambda: self._in_appendix(self.appendix.add_group))
        ui.actionNewTheme.triggered.connect(lambda: self._in_appendix(self.appendix.add_theme))
        ui.actionDelete.triggered.connect(self._delete)
        ui.actionSettings.triggered.connect(self.open_settings)
        ui.actionAbout.triggered.connect(self.about)
        ui.actionPreviewPlan.triggered.connect(self.preview_plan)
        ui.actionPrintPlan.triggered.connect(self.print_plan)
        ui.actionOutbox.triggered.connect(self.open_outbox)
        self.appendix.ui.printButton.clicked.connect(self.print_appendix)
        ui.actionPrintAppendix.triggered.connect(self.print_appendix)
        ui.actionReport.triggered.connect(self.open_report)
        ui.actionMailSettings.triggered.connect(self.mail_settings)
        ui.actionImportAppendix.triggered.connect(self.import_appendix)
        ui.actionExportAppendix.triggered.connect(self.export_appendix)
        ui.actionExportArticles.triggered.connect(self.export_articles)
        ui.actionApprovePlan.triggered.connect(self.approve_plan)
        ui.actionIssuePlan.triggered.connect(self.issue_plan)
        ui.actionReturnPlan.triggered.connect(self.return_plan)
        ui.actionPlanHistory.triggered.connect(self.plan_history)
        ui.actionSwitchUser.triggered.connect(self.switch_user)
        ui.actionChangePassword.triggered.connect(self.change_password)
        ui.actionUsers.triggered.connect(self.manage_users)

    def _update_title(self) -> None:
        title = APP_DISPLAY_NAME
        user = self.store.user
        if user is not None:
            title += f" — {user.full_name or user.username}"
            self.user_label.setText(self.tr("Người dùng: {0}").format(user.username))
        if self.store.read_only:
            title += " — " + self.tr("CHỈ ĐỌC")
        self.setWindowTitle(title)
        has_user = user is not None
        self.ui.actionChangePassword.setEnabled(has_user)
        self.ui.actionUsers.setEnabled(permissions.allowed(self.store, permissions.ADMIN))
        approver = permissions.allowed(self.store, permissions.APPROVER)
        for action in (self.ui.actionApprovePlan, self.ui.actionIssuePlan, self.ui.actionReturnPlan):
            action.setVisible(approver)

    def _article_counts(self, shown: int, waiting: int) -> None:
        label = self.tr("&Tin bài")
        if waiting:
            label = self.tr("&Tin bài ({0} chờ duyệt)").format(waiting)
        self.ui.tabs.setTabText(TAB_ARTICLES, label)

    def _undo_text(self, text: str) -> None:
        self.ui.actionUndo.setText(self.tr("&Hoàn tác: {0}").format(text) if text else self.tr("&Hoàn tác"))

    def _redo_text(self, text: str) -> None:
        self.ui.actionRedo.setText(self.tr("&Làm lại: {0}").format(text) if text else self.tr("&Làm lại"))

    # --- refreshing ------------------------------------------------------------------------
    def schedule_refresh(self) -> None:
        self._refresh_timer.start()

    def refresh(self) -> None:
        """Show what is stored now: plan list, the current plan in every tab."""
        self.refresh_lists(select=self.plan.id if self.plan else None)

    def refresh_lists(self, select: int | None = None) -> None:
        query = self.ui.searchEdit.text()
        rows = plans.list_plans(self.store, query)
        if select is None and self.plan is not None:
            select = self.plan.id
        self.plan_model.clear()
        for p in rows:
            item = QStandardItem(f"{p.period.text()} · {p.title}")
            item.setToolTip(f"{p.number_text}\n{p.title}")
            item.setData(p.id, ID_ROLE)
            item.setEditable(False)
            self.plan_model.appendRow(item)
        self.hit_model.clear()
        if query.strip():
            for t in appendix.search_themes(self.store, query)[:200]:
                item = QStandardItem(t.title)
                item.setData(t.id, ID_ROLE)
                item.setEditable(False)
                self.hit_model.appendRow(item)
        self.ui.themeHits.setVisible(bool(query.strip()))
        self.ui.themeHitsLabel.setVisible(bool(query.strip()))
        self.ui.themeHitsLabel.setText(self.tr("Nội dung tìm thấy: {0}").format(self.hit_model.rowCount()))
        row = next((r for r in range(self.plan_model.rowCount())
                    if self.plan_model.item(r).data(ID_ROLE) == select), None)
        if row is None and self.plan_model.rowCount() and (self.plan is None or not query.strip()):
            row = 0
        if row is not None:
            selection = self.ui.planList.selectionModel()
            selection.blockSignals(True)  # shown once, below
            selection.setCurrentIndex(self.plan_model.index(row, 0),
                                      QItemSelectionModel.SelectionFlag.ClearAndSelect)
            selection.blockSignals(False)
            self.ui.planList.viewport().update()
            self._show_plan(self.plan_model.item(row).data(ID_ROLE))
        elif not query.strip():
            self._show_plan(None)

    def _plan_selected(self, index, _prev=None) -> None:  # type: ignore[no-untyped-def]
        if index.isValid():
            plan_id = index.data(ID_ROLE)
            if self.plan is None or plan_id != self.plan.id:
                self.editor.flush()
                self.appendix.flush()
                self._show_plan(plan_id)

    def _show_plan(self, plan_id: int | None) -> None:
        try:
            self.plan = plans.get_plan(self.store, plan_id) if plan_id is not None else None
        except ServiceError:
            self.plan = None
        self.editor.set_plan(self.plan)
        self.appendix.set_plan(self.plan)
        issued = self.plan is not None and not plan_editable(self.plan.status)
        editable = self.plan is not None and not issued and not self.store.read_only \
            and permissions.allowed(self.store, permissions.EDIT)
        for widget in (self.editor.ui.headerBox, self.editor.ui.partsTabs):
            widget.setEnabled(editable)
        self.appendix.set_read_only(not editable)
        # the other tabs are filled when they are shown (start-up with a large log stays quick)
        self._stale_tabs = {TAB_UNITS, TAB_ARTICLES, TAB_OWNERSHIP, TAB_DASHBOARD, TAB_OPINION}
        self._update_tab(self.ui.tabs.currentIndex())
        waiting = articles_service.pending_count(self.store, self.plan.id) if self.plan else 0
        self._article_counts(0, waiting)
        self._remind()
        for action in (self.ui.actionCopyPlan, self.ui.actionDeletePlan, self.ui.actionNewGroup,
                       self.ui.actionNewTheme):
            action.setEnabled(self.plan is not None)
        # each workflow step only where the plan's state allows it (the service refuses the rest too)
        state = self.plan.status if self.plan is not None else ""
        self.ui.actionApprovePlan.setEnabled(plan_allows("approve", state))
        self.ui.actionIssuePlan.setEnabled(plan_allows("issue", state))
        self.ui.actionReturnPlan.setEnabled(plan_allows("return", state))
        if self.plan is not None:
            self.settings.last_plan_id = self.plan.id
            self.status.setText(self.tr("{0} kế hoạch · Kế hoạch đang mở: {1} nhóm, {2} nội dung · {3}").format(
                self.plan_model.rowCount(), len(self.plan.groups), len(self.plan.themes()),
                plan_status_labels()[self.plan.status]))
        else:
            self.status.setText(self.tr("Chưa có kế hoạch nào: bấm «Kế hoạch mới» (Ctrl+N) hoặc "
                                        "Tệp › Tải dữ liệu mẫu."))

    def _update_tab(self, index: int) -> None:
        if index not in self._stale_tabs:
            return
        self._stale_tabs.discard(index)
        if index == TAB_UNITS:
            self.units.reload()
        elif index == TAB_ARTICLES:
            self.articles.set_plan(self.plan)
        elif index == TAB_OWNERSHIP:
            self.ownership.set_plan(self.plan.id if self.plan else None)
        elif index == TAB_DASHBOARD:
            self.dashboard.set_plan(self.plan)
        elif index == TAB_OPINION:
            self.opinion.set_plan(self.plan.id if self.plan else None)

    def _dashboard_articles(self, unit_id, start, end, status) -> None:  # type: ignore[no-untyped-def]
        self.ui.tabs.setCurrentIndex(TAB_ARTICLES)
        self.articles.show_filtered(unit_id, start, end, status)

    def open_targets(self) -> None:
        if self.plan is None:
            return
        from .targets_dialog import TargetsDialog

        TargetsDialog(self.store, self.plan.id, self).exec()
        self.dashboard.refresh()

    def _open_queue(self) -> None:
        self.ui.tabs.setCurrentIndex(TAB_ARTICLES)
        self.articles.ui.queueButton.setChecked(True)

    def _open_theme(self, theme_id: int) -> None:
        self.ui.tabs.setCurrentIndex(TAB_APPENDIX)
        self.appendix.select(THEME, theme_id)

    def _hit_clicked(self, index) -> None:  # type: ignore[no-untyped-def]
        theme_id = index.data(ID_ROLE)
        plan_id = appendix.plan_of_theme(self.store, theme_id)
        if self.plan is None or self.plan.id != plan_id:
            row = next((r for r in range(self.plan_model.rowCount())
                        if self.plan_model.item(r).data(ID_ROLE) == plan_id), None)
            if row is not None:
                self.ui.planList.setCurrentIndex(self.plan_model.index(row, 0))
            else:
                self._show_plan(plan_id)
        self.ui.tabs.setCurrentIndex(TAB_APPENDIX)
        self.appendix.select(THEME, theme_id)

    # --- actions ---------------------------------------------------------------------------
    def _undo(self) -> None:
        self._flush()
        self.history.stack.undo()

    def _redo(self) -> None:
        self._flush()
        self.history.stack.redo()

    def _flush(self) -> None:
        self.editor.flush()
        self.appendix.flush()

    def _find(self) -> None:
        if self.ui.tabs.currentIndex() == TAB_APPENDIX:
            self.appendix.ui.filterEdit.setFocus()
            self.appendix.ui.filterEdit.selectAll()
        else:
            self.ui.searchEdit.setFocus()
            self.ui.searchEdit.selectAll()

    def _in_appendix(self, fn) -> None:  # type: ignore[no-untyped-def]
        self.ui.tabs.setCurrentIndex(TAB_APPENDIX)
        fn()

    def _delete(self) -> None:
        tab = self.ui.tabs.currentIndex()
        if tab == TAB_APPENDIX:
            self.appendix.delete_current()
        elif tab == TAB_DOCUMENT and self.editor.ui.sectionTree.hasFocus():
            self.editor.delete_section()
        elif self.ui.planList.hasFocus():
            self.delete_plan()

    def new_plan(self) -> None:
        import datetime as dt

        year = dt.date.today().year
        fields = {"title": self.tr("Truyền thông về Giáo dục và Đào tạo năm {0}").format(year),
                  "period": str(year)}
        self._flush()
        new_id = self.history.perform(
            self.tr("Tạo kế hoạch"),
            lambda: plans.create_plan(self.store, fields),
            lambda pid: (lambda: plans.delete_plan(self.store, pid)),
            lambda pid: (lambda: plans.restore_plan(self.store, pid)))
        if new_id is not None:
            self.ui.searchEdit.clear()
            self.refresh_lists(select=new_id)
            self.ui.tabs.setCurrentIndex(TAB_DOCUMENT)
            self.editor.ui.titleEdit.setFocus()
            self.editor.ui.titleEdit.selectAll()

    def copy_plan(self) -> None:
        if self.plan is None:
            return
        self._flush()
        suggestion = self.plan.period.next().text()
        period, ok = QInputDialog.getText(
            self, self.tr("Sao chép sang kỳ mới"),
            self.tr("Thời kỳ của kế hoạch mới (năm, năm học hoặc giai đoạn).\n"
                    "Nhóm, nội dung, đơn vị và người phụ trách được giữ; số và ngày được xóa."),
            text=suggestion)
        if not ok:
            return
        source = self.plan.id
        try:
            changes = plans.period_replacements(self.store, source, period)
        except ServiceError as exc:
            show_error(self, exc)
            return
        chosen: list[plans.PeriodReplacement] = []
        if changes:
            from ..domain.periods import parse_period
            from .period_replace_dialog import PeriodReplaceDialog

            new_text = parse_period(period, self.plan.period.kind if self.plan.period.years() > 1 else None).text()
            dialog = PeriodReplaceDialog(self.plan.period.text(), new_text, changes, self)
            if not dialog.exec():
                return
            chosen = dialog.chosen()
        new_id = self.history.perform(
            self.tr("Sao chép kế hoạch"),
            lambda: plans.copy_plan(self.store, source, period, chosen),
            lambda pid: (lambda: plans.delete_plan(self.store, pid)),
            lambda pid: (lambda: plans.restore_plan(self.store, pid)))
        if new_id is not None:
            self.ui.searchEdit.clear()
            self.refresh_lists(select=new_id)

    def delete_plan(self) -> None:
        if self.plan is None:
            return
        plan = self.plan
        if not confirm(self, self.tr("Xóa kế hoạch"),
                       self.tr("Xóa kế hoạch «{0}» ({1}) cùng {2} nhóm và {3} nội dung?\n"
                               "Có thể hoàn tác bằng Ctrl+Z.").format(
                           plan.title, plan.period.text(), len(plan.groups), len(plan.themes()))):
            return
        self.history.perform(self.tr("Xóa kế hoạch"),
                             lambda: plans.delete_plan(self.store, plan.id),
                             lambda _r: (lambda: plans.restore_plan(self.store, plan.id)))
        self.plan = None
        self.refresh_lists()

    def edit_office(self) -> None:
        from .office_dialog import OfficeDialog

        if OfficeDialog(self.store, self).exec():
            self.schedule_refresh()

    def load_demo(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            new_id = demo.load_demo(self.store)
        except Exception as exc:
            QApplication.restoreOverrideCursor()
            show_error(self, exc)
            return
        QApplication.restoreOverrideCursor()
        self.ui.searchEdit.clear()
        self.refresh_lists(select=new_id)

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.opened.data_dir, self)
        if dialog.exec():
            self.settings.save(self.opened.data_dir)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("Giới thiệu"), self.tr(
            "<h3>KeHoach Desktop {0}</h3><p>Quản lý kế hoạch truyền thông về Giáo dục và Đào tạo "
            "của trường, Phòng và Sở GD&amp;ĐT.</p><p>Dữ liệu: {1}</p>").format(
                __version__, self.opened.url))

    # --- documents, reports, mail ---------------------------------------------------------
    def _document_folder(self) -> Path:
        from ..paths import document_folder

        return document_folder(Path(self.opened.data_dir))

    def preview_plan(self) -> None:
        if self.plan is None:
            return
        from ..exchange.plan_pdf import default_name
        from ..services import documents
        from .tasks import run_task

        self._flush()
        plan = self.plan
        target = self._document_folder() / default_name(plan)
        run_task(self, self.tr("Đang tạo tệp PDF…"),
                 lambda _p, _c: documents.export_plan_pdf(self.store, plan.id, target),
                 lambda path: self._preview(path, target.name), lambda exc: show_error(self, exc))

    def print_plan(self) -> None:
        """Ctrl+P: the system print dialog straight away (the PDF is made off the GUI thread first)."""
        if self.plan is None:
            return
        from ..exchange.plan_pdf import default_name
        from ..services import documents
        from .tasks import run_task

        self._flush()
        plan = self.plan
        target = self._document_folder() / default_name(plan)
        run_task(self, self.tr("Đang tạo tệp PDF…"),
                 lambda _p, _c: documents.export_plan_pdf(self.store, plan.id, target),
                 lambda path: self._print(path), lambda exc: show_error(self, exc))

    def _print(self, path: Path) -> None:
        from .pdf_preview import print_pdf

        print_pdf(self, path)

    def open_outbox(self) -> None:
        from .mail_dialogs import OutboxDialog

        OutboxDialog(self.store, self).exec()
        self._remind()

    def print_appendix(self) -> None:
        if self.plan is None:
            return
        from ..services import documents
        from .tasks import run_task

        self._flush()
        plan = self.plan
        target = self._document_folder() / f"Phu-luc-{plan.period.text()}.pdf"
        run_task(self, self.tr("Đang tạo tệp PDF…"),
                 lambda _p, _c: documents.export_appendix_pdf(self.store, plan.id, target),
                 lambda path: self._preview(path, target.name), lambda exc: show_error(self, exc))

    def _preview(self, path: Path, name: str) -> None:
        from .pdf_preview import PdfPreview

        PdfPreview(path, name, self).exec()

    def open_report(self) -> None:
        if self.plan is None:
            return
        import datetime as dt

        from ..domain.reporting import default_report_period
        from .report_dialog import ReportDialog

        period = default_report_period(self.plan.period.start, self.plan.period.end, dt.date.today(),
                                       self.settings.last_report_period)
        dialog = ReportDialog(self.store, self.plan.id, self.opened.data_dir, self, period)
        dialog.exec()
        self.settings.last_report_period = dialog.period().key
        self._remind()

    def mail_settings(self) -> None:
        from .mail_dialogs import MailSettingsDialog

        MailSettingsDialog(self.store, self).exec()

    def _remind(self) -> None:
        """A report due within the next days and not yet sent shows in the status bar."""
        from ..services import reports

        if self.plan is None:
            self.reminder.setVisible(False)
            return
        due = reports.due_soon(self.store, self.plan.id)
        self.reminder.setVisible(due is not None)
        if due is not None:
            period, day = due
            self.reminder.setText(self.tr("⚠ Báo cáo {0} phải gửi trước ngày {1:%d/%m/%Y} — chưa gửi.").format(
                period.label(), day))

    # --- files ----------------------------------------------------------------------------
    def _save_path(self, title: str, name: str) -> str | None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), self.tr("Sổ tính Excel (*.xlsx)"))
        if not path:
            return None
        return path if path.lower().endswith(".xlsx") else path + ".xlsx"

    def export_appendix(self) -> None:
        if self.plan is None:
            return
        self._flush()
        plan = self.plan
        path = self._save_path(self.tr("Xuất phụ lục"), f"Phu-luc-{plan.period.text()}.xlsx")
        if path:
            from ..services import transfer

            self._export(self.tr("Đang xuất phụ lục…"),
                         lambda progress, cancelled: transfer.export_appendix(self.store, plan.id, path, progress, cancelled))

    def export_articles(self) -> None:
        if self.plan is None:
            return
        plan = self.plan
        path = self._save_path(self.tr("Xuất danh sách tin bài"), f"Tin-bai-{plan.period.text()}.xlsx")
        if path:
            import datetime as dt

            from ..services import transfer

            start, end = dt.date(plan.period.start, 1, 1), dt.date(plan.period.end, 12, 31)
            self._export(self.tr("Đang xuất danh sách tin bài…"),
                         lambda progress, cancelled: transfer.export_articles(
                             self.store, plan.id, path, start, end, progress, cancelled))

    def _export(self, label: str, work) -> None:  # type: ignore[no-untyped-def]
        from .tasks import run_task

        def done(result) -> None:  # type: ignore[no-untyped-def]
            path, warnings = result
            text = self.tr("Đã lưu {0}.").format(path)
            if warnings:
                text += "\n\n" + self.tr("Lưu ý:") + "\n" + "\n".join(warnings[:20])
            QMessageBox.information(self, self.tr("Xuất Excel"), text)

        run_task(self, label, work, done, lambda exc: show_error(self, exc))

    def import_appendix(self) -> None:
        if self.plan is None:
            return
        from PySide6.QtWidgets import QFileDialog

        from ..exchange.appendix_import import AppendixReadError, read_appendix
        from ..services import transfer
        from ..services.errors import ServiceError
        from .import_dialog import ImportDialog
        from .tasks import run_task

        self._flush()
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Nhập phụ lục của cấp trên"), "",
                                              self.tr("Phụ lục (*.xlsx *.docx)"))
        if not path:
            return
        plan_id = self.plan.id

        def preview(data) -> None:  # type: ignore[no-untyped-def]
            try:
                summary = transfer.import_appendix(self.store, plan_id, data, dry_run=True)
            except ServiceError as exc:
                show_error(self, exc)
                return
            if ImportDialog(data, summary, self).exec():
                self._run(lambda: transfer.import_appendix(self.store, plan_id, data))
                self.history.clear()  # an import is not undone step by step

        def failed(exc: BaseException) -> None:
            if isinstance(exc, AppendixReadError):
                QMessageBox.warning(self, self.tr("Không đọc được tệp"), str(exc))
            else:
                show_error(self, exc)

        run_task(self, self.tr("Đang đọc tệp…"), lambda _p, _c: read_appendix(path), preview, failed)

    # --- plan approval, accounts ----------------------------------------------------------
    def approve_plan(self) -> None:
        if self.plan is None:
            return
        self._flush()
        from ..domain.documents import format_number
        from .common import approval_password

        plan = self.plan
        number = format_number(plan.number, plan.symbol).strip() if plan.number else self.tr("(chưa có số)")
        password = approval_password(self, self.tr("Duyệt kế hoạch"), [
            (self.tr("Kế hoạch"), plan.title), (self.tr("Số"), number), (self.tr("Thời kỳ"), plan.period.label())])
        if password is None:
            return
        self._run(lambda: plans.approve_plan(self.store, self.plan.id, password))

    def issue_plan(self) -> None:
        if self.plan is None:
            return
        plan = self.plan
        number, ok = QInputDialog.getInt(self, self.tr("Ban hành kế hoạch"),
                                         self.tr("Số văn bản (số và ngày không sửa được sau khi ban hành):"),
                                         plan.number or 1, 1, 99_999)
        if not ok:
            return
        import datetime as dt

        from ..domain.documents import default_issue_date

        day = plan.issued_on or default_issue_date(plan.period.start, plan.period.end, dt.date.today())
        text, ok = QInputDialog.getText(self, self.tr("Ban hành kế hoạch"), self.tr("Ngày ban hành (dd/mm/yyyy):"),
                                        text=day.strftime("%d/%m/%Y") if day else "")
        if not ok:
            return
        from ..domain.documents import parse_ui_date

        try:
            issued = parse_ui_date(text)
        except ValueError:
            QMessageBox.warning(self, self.tr("Ban hành kế hoạch"), self.tr("«{0}» không phải ngày.").format(text))
            return
        self._run(lambda: plans.issue_plan(self.store, plan.id, number, issued))

    def return_plan(self) -> None:
        if self.plan is None:
            return
        plan_id = self.plan.id
        reason, ok = QInputDialog.getText(self, self.tr("Trả lại dự thảo"), self.tr("Lý do:"))
        if ok:
            self._run(lambda: plans.return_plan_to_draft(self.store, plan_id, reason))

    def _run(self, fn) -> None:  # type: ignore[no-untyped-def]
        try:
            fn()
        except Exception as exc:
            show_error(self, exc)
        self.refresh()

    def plan_history(self) -> None:
        if self.plan is None:
            return
        from ..services import history
        from .history_dialog import HistoryDialog

        HistoryDialog(self.tr("Lịch sử kế hoạch «{0}»").format(self.plan.title),
                      history.plan_lines(self.store, self.plan.id), self).exec()

    def switch_user(self) -> None:
        from .accounts import LOGIN, LoginDialog

        self._flush()
        dialog = LoginDialog(self.store, LOGIN, self)
        if dialog.exec() and dialog.user is not None:
            self.store.acting_as(dialog.user)
            self.history.clear()  # the previous user's edits are not this user's to undo
            self._update_title()
            self.articles.update_permissions()
            self.refresh()

    def change_password(self) -> None:
        from .accounts import PASSWORD, LoginDialog

        if self.store.user is not None and LoginDialog(self.store, PASSWORD, self, self.store.user.username).exec():
            QMessageBox.information(self, self.tr("Đổi mật khẩu"), self.tr("Đã đổi mật khẩu."))

    def manage_users(self) -> None:
        from .accounts import UsersDialog

        UsersDialog(self.store, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._flush()
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        try:
            self.settings.save(self.opened.data_dir)
        except OSError:
            log.warning("could not save settings", exc_info=True)
        super().closeEvent(event)
