"""The main window: the list of plans on the left, the plan's screens in tabs on the right."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QTimer
from PySide6.QtGui import QCloseEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from .. import APP_DISPLAY_NAME
from ..domain.workflow import plan_allows, plan_editable
from ..lazy import lazy_module
from ..settings import Settings
from .generated.ui_main_window import Ui_MainWindow
from .labels import plan_status_labels
from .undo import History

if TYPE_CHECKING:
    from ..bootstrap import OpenedDatabase
    from ..records import PlanDetail
    from ..services import appendix, errors, permissions, plans
    from ..services import articles as articles_service
    from ..services import history as history_service
    from . import appendix_model, common
    from .operations import documents as document_ops
    from .operations import office as office_ops
    from .operations import plan as plan_ops
else:
    # the window paints first; these (and the database layer under them) load once it has
    appendix = lazy_module("kehoach_desktop.services.appendix")
    errors = lazy_module("kehoach_desktop.services.errors")
    permissions = lazy_module("kehoach_desktop.services.permissions")
    plans = lazy_module("kehoach_desktop.services.plans")
    articles_service = lazy_module("kehoach_desktop.services.articles")
    history_service = lazy_module("kehoach_desktop.services.history")
    document_ops = lazy_module("kehoach_desktop.ui.operations.documents")
    office_ops = lazy_module("kehoach_desktop.ui.operations.office")
    plan_ops = lazy_module("kehoach_desktop.ui.operations.plan")
    appendix_model = lazy_module("kehoach_desktop.ui.appendix_model")
    common = lazy_module("kehoach_desktop.ui.common")  # Qt's roles: creating the Qt namespace takes 25 ms

# what the window needs once the database is open: loaded in the worker that opens it
WORKSPACE_MODULES = ("kehoach_desktop.services.appendix", "kehoach_desktop.services.permissions",
                     "kehoach_desktop.services.plans", "kehoach_desktop.services.articles",
                     "kehoach_desktop.services.reports", "kehoach_desktop.services.accounts",
                     "kehoach_desktop.services.history",
                     "kehoach_desktop.ui.operations.documents", "kehoach_desktop.ui.operations.office",
                     "kehoach_desktop.ui.operations.plan", "kehoach_desktop.ui.appendix_view",
                     "kehoach_desktop.ui.articles_view", "kehoach_desktop.ui.ownership_view",
                     "kehoach_desktop.ui.plan_editor", "kehoach_desktop.ui.units_view",
                     "kehoach_desktop.ui.dashboard_view", "kehoach_desktop.ui.opinion_view",
                     "kehoach_desktop.ui.appendix_model")
log = logging.getLogger(__name__)
TAB_DOCUMENT, TAB_APPENDIX, TAB_UNITS, TAB_ARTICLES, TAB_OWNERSHIP, TAB_DASHBOARD, TAB_OPINION = range(7)


class MainWindow(QMainWindow):
    """Built in two steps so that it paints before the database is open: the frame at once
    (menus, tabs, an empty plan list, "opening…" in the status bar), then `attach()` fills it.
    `MainWindow(opened, settings)` does both."""

    def __init__(self, opened: OpenedDatabase | None, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.settings = settings
        self.attached = False
        self.plan: PlanDetail | None = None
        self._stale_tabs: set[int] = set()
        self.ui.splitter.setSizes([240, 1040])
        self.ui.planList.setWordWrap(True)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.themeHits.setVisible(False)
        self.ui.themeHitsLabel.setVisible(False)
        self.status = QLabel(self)
        self.ui.statusbar.addPermanentWidget(self.status)
        self.setWindowTitle(APP_DISPLAY_NAME)
        if settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(settings.window_geometry.encode()))
        if opened is not None:
            self.attach(opened)
        else:
            # until the data is open, leaving is the only thing to do (attach() enables the rest)
            self.status.setText(self.tr("Đang mở dữ liệu…"))
            self._enable_work(False)
            self.ui.actionQuit.triggered.connect(self.close)

    def _enable_work(self, enabled: bool) -> None:
        for widget in (self.ui.splitter, self.ui.newPlanButton):
            widget.setEnabled(enabled)
        for name, action in vars(self.ui).items():
            if name.startswith("action") and action is not self.ui.actionQuit:
                action.setEnabled(enabled)

    def attach(self, opened: OpenedDatabase) -> None:
        """Fill the window from an opened database with a user logged in."""
        from .appendix_view import AppendixView
        from .articles_view import ArticlesView
        from .dashboard_view import DashboardView
        from .opinion_view import OpinionView
        from .ownership_view import OwnershipView
        from .plan_editor import PlanEditor
        from .units_view import UnitsView

        if not self.ui.actionNewPlan.isEnabled():  # built as a frame first
            self.ui.actionQuit.triggered.disconnect(self.close)
            self._enable_work(True)
        self.opened = opened
        self.store = opened.store
        self.attached = True
        self.history = History(self)
        self.history.changed.connect(self.schedule_refresh)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        # a backup every few hours while the window stays open, made off the GUI thread
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(30 * 60 * 1000)
        self._backup_timer.timeout.connect(self._periodic_backup)
        if not self.store.read_only:
            self._backup_timer.start()
        # what other PCs on the office's server (or another window) change shows when this window
        # comes back to the front, and every minute while it is in front
        self._seen_change = history_service.last_change(self.store)
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(60 * 1000)
        self._poll_timer.timeout.connect(self.refresh_if_changed_elsewhere)
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._app_state_changed)

        self.editor = PlanEditor(self.store, self.history, self)
        self.appendix = AppendixView(self.store, self.history, self)
        self.units = UnitsView(self.store, self.history, self)
        self.ownership = OwnershipView(self.store, self)
        self.articles = ArticlesView(self.store, self)
        self.ui.articlesLayout.addWidget(self.articles)
        self.dashboard = DashboardView(self.store, self)
        self.opinion = OpinionView(self.store, self)
        self.ui.dashboardLayout.addWidget(self.dashboard)
        self.ui.opinionLayout.addWidget(self.opinion)
        self.dashboard.openArticles.connect(self._dashboard_articles)
        self.dashboard.openQueue.connect(self._open_queue)
        self.dashboard.openOpinion.connect(lambda: self.ui.tabs.setCurrentIndex(TAB_OPINION))
        self.dashboard.openReport.connect(lambda: document_ops.open_report(self, self))
        self.dashboard.openTheme.connect(self._open_theme)
        self.dashboard.openTargets.connect(self.open_targets)
        self.articles.countsChanged.connect(self._article_counts)
        self.ui.documentLayout.addWidget(self.editor)
        self.ui.appendixLayout.addWidget(self.appendix)
        self.ui.unitsLayout.addWidget(self.units)
        self.ui.ownershipLayout.addWidget(self.ownership)
        self.ui.tabs.currentChanged.connect(self._update_tab)

        self.plan_model = QStandardItemModel(self)
        self.ui.planList.setModel(self.plan_model)
        self.ui.planList.selectionModel().currentChanged.connect(self._plan_selected)
        self.hit_model = QStandardItemModel(self)
        self.ui.themeHits.setModel(self.hit_model)
        self.ui.themeHits.clicked.connect(self._hit_clicked)
        self.ui.themeHits.activated.connect(self._hit_clicked)
        self.ui.searchEdit.textChanged.connect(lambda _t: self.refresh_lists())
        self.ui.newPlanButton.clicked.connect(self._new_plan)
        self._connect_actions()

        self.reminder = QLabel(self)
        self.reminder.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.reminder.setVisible(False)
        self.ui.statusbar.addWidget(self.reminder)
        from ..bootstrap import is_local_file, shown_url

        if not is_local_file(opened.url):  # working on the office's server: say which
            where = QLabel(self.tr("Máy chủ: {0}").format(shown_url(opened.url).split("@")[-1].split("?")[0]), self)
            where.setToolTip(self.tr("Dữ liệu dùng chung trên máy chủ của văn phòng (Công cụ › Cơ sở dữ liệu)"))
            self.ui.statusbar.addPermanentWidget(where)
        self.user_label = QLabel(self)
        self.ui.statusbar.addPermanentWidget(self.user_label)
        if self.store.read_only:
            warning = QLabel(self.tr("Chỉ đọc: cơ sở dữ liệu đang được mở để ghi ở nơi khác ({0}).")
                             .format(opened.locked_by), self)
            warning.setStyleSheet("color: #b00020; font-weight: bold;")
            self.ui.statusbar.addWidget(warning)
        self._update_title()
        self.refresh_lists(select=self.settings.last_plan_id)

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
        ui.actionNewPlan.triggered.connect(self._new_plan)
        ui.actionCopyPlan.triggered.connect(self._copy_plan)
        ui.actionDeletePlan.triggered.connect(self._delete_plan)
        ui.actionOffice.triggered.connect(self._edit_office)
        ui.actionLoadDemo.triggered.connect(lambda: plan_ops.load_demo(self, self))
        ui.actionQuit.triggered.connect(self.close)
        ui.actionFind.triggered.connect(self._find)
        ui.actionNewGroup.triggered.connect(lambda: self._in_appendix(self.appendix.add_group))
        ui.actionNewTheme.triggered.connect(lambda: self._in_appendix(self.appendix.add_theme))
        ui.actionDelete.triggered.connect(self._delete)
        ui.actionSettings.triggered.connect(lambda: office_ops.open_settings(self, self))
        ui.actionAbout.triggered.connect(self.about)
        ui.actionGuide.triggered.connect(self.guide)
        ui.actionPreviewPlan.triggered.connect(lambda: document_ops.preview_plan(self, self))
        ui.actionPrintPlan.triggered.connect(lambda: document_ops.print_plan(self, self))
        ui.actionOutbox.triggered.connect(lambda: office_ops.open_outbox(self, self))
        self.appendix.ui.printButton.clicked.connect(lambda: document_ops.print_appendix(self, self))
        ui.actionPrintAppendix.triggered.connect(lambda: document_ops.print_appendix(self, self))
        ui.actionReport.triggered.connect(lambda: document_ops.open_report(self, self))
        ui.actionDistrict.triggered.connect(lambda: document_ops.open_district(self, self))
        ui.actionMailSettings.triggered.connect(lambda: office_ops.mail_settings(self, self))
        ui.actionCheckSignatures.triggered.connect(self._check_signatures)
        ui.actionSignSettings.triggered.connect(self._sign_settings)
        ui.actionDatabase.triggered.connect(lambda: office_ops.database_settings(self, self))
        ui.actionImportAppendix.triggered.connect(lambda: document_ops.import_appendix(self, self))
        ui.actionImportSuperior.triggered.connect(lambda: document_ops.import_superior_plan(self, self))
        ui.actionCascade.triggered.connect(lambda: plan_ops.cascade(self, self))
        ui.actionExportAppendix.triggered.connect(lambda: document_ops.export_appendix(self, self))
        ui.actionExportWord.triggered.connect(lambda: document_ops.export_word(self, self))
        ui.actionExportArticles.triggered.connect(lambda: document_ops.export_articles(self, self))
        ui.actionApprovePlan.triggered.connect(lambda: plan_ops.approve(self, self))
        ui.actionIssuePlan.triggered.connect(lambda: plan_ops.issue(self, self))
        ui.actionReturnPlan.triggered.connect(lambda: plan_ops.return_to_draft(self, self))
        ui.actionPlanHistory.triggered.connect(lambda: plan_ops.show_history(self, self))
        ui.actionSwitchUser.triggered.connect(self._switch_user)
        ui.actionChangePassword.triggered.connect(lambda: office_ops.change_password(self, self))
        ui.actionUsers.triggered.connect(lambda: office_ops.manage_users(self, self))
        ui.actionBackup.triggered.connect(self._backups)
        ui.actionRestore.triggered.connect(self._backups)

    # --- what follows the plan operations in the window -----------------------------------------
    def _new_plan(self) -> None:
        new_id = plan_ops.new_plan(self, self)
        if new_id is not None:
            self.ui.searchEdit.clear()
            self.refresh_lists(select=new_id)
            self.ui.tabs.setCurrentIndex(TAB_DOCUMENT)
            self.editor.ui.titleEdit.setFocus()
            self.editor.ui.titleEdit.selectAll()

    def _copy_plan(self) -> None:
        new_id = plan_ops.copy_plan(self, self)
        if new_id is not None:
            self.ui.searchEdit.clear()
            self.refresh_lists(select=new_id)

    def _delete_plan(self) -> None:
        if plan_ops.delete_plan(self, self):
            self.plan = None
            self.refresh_lists()

    def _periodic_backup(self) -> None:
        import threading

        threading.Thread(target=office_ops.backup_quietly, args=(self, "periodic"), daemon=True).start()

    def _backups(self) -> None:
        if office_ops.backups_dialog(self, self):
            self.plan = None
            self.refresh_lists(select=self.settings.last_plan_id)

    def _edit_office(self) -> None:
        if office_ops.edit_office(self, self):
            self.schedule_refresh()

    def _switch_user(self) -> None:
        if office_ops.switch_user(self, self):
            self._update_title()
            self.articles.update_permissions()
            self.refresh()

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
        """Show what is stored now: plan list, the current plan in every tab. While the office's
        server does not answer, the views stay as they are and the status bar says why."""
        try:
            self.refresh_lists(select=self.plan.id if self.plan else None)
            self._seen_change = history_service.last_change(self.store)
        except errors.ServerUnreachable as exc:
            self.statusBar().showMessage(str(exc), 15_000)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """A new language (Công cụ › Cài đặt): the forms retranslate, then what the code wrote
        (headers, lists, the status bar) is written again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.setWindowTitle(APP_DISPLAY_NAME)
        for widget in self.findChildren(QWidget):
            form = getattr(widget, "ui", None)
            if form is not None and hasattr(form, "retranslateUi"):
                form.retranslateUi(widget)
            again = getattr(widget, "retranslate", None)
            if callable(again) and widget is not self:
                again()
        if self.attached:
            self.refresh()

    def _check_signatures(self) -> None:
        from .sign_dialog import check_signatures

        check_signatures(self.store, self)

    def _sign_settings(self) -> None:
        from .sign_dialog import SignatureSettingsDialog

        SignatureSettingsDialog(self.store, self).exec()

    def refresh_if_changed_elsewhere(self) -> bool:
        """Refresh when someone else recorded a change since this window last showed the data;
        a field being typed in is stored first (its own save is a change too)."""
        if self.history.waiting and not self.history.retry_waiting():
            return False  # the server is still away: the edits wait, the views keep what was typed
        try:
            latest = history_service.last_change(self.store)
        except Exception:  # the server is away: said when the user next acts, not by a timer
            return False
        if latest == self._seen_change:
            return False
        if history_service.changed_elsewhere(self.store, self._seen_change):
            self.dashboard.figures.invalidate()  # not in this program's change feed: read in full
        self.flush()
        self.refresh()
        return True

    def _app_state_changed(self, state: object) -> None:
        from PySide6.QtCore import Qt

        if not self.attached or not self.isVisible():  # a closed window follows nothing
            self._poll_timer.stop()
            return
        if state == Qt.ApplicationState.ApplicationActive:
            self.refresh_if_changed_elsewhere()
            self._poll_timer.start()
        else:
            self._poll_timer.stop()

    def refresh_lists(self, select: int | None = None) -> None:
        query = self.ui.searchEdit.text()
        rows = plans.list_plans(self.store, query)
        if select is None and self.plan is not None:
            select = self.plan.id
        self.plan_model.clear()
        for p in rows:
            item = QStandardItem(f"{p.period.text()} · {p.title}")
            item.setToolTip(f"{p.number_text}\n{p.title}")
            item.setData(p.id, common.ID_ROLE)
            item.setEditable(False)
            self.plan_model.appendRow(item)
        self.hit_model.clear()
        if query.strip():
            for t in appendix.search_themes(self.store, query)[:200]:
                item = QStandardItem(t.title)
                item.setData(t.id, common.ID_ROLE)
                item.setEditable(False)
                self.hit_model.appendRow(item)
        self.ui.themeHits.setVisible(bool(query.strip()))
        self.ui.themeHitsLabel.setVisible(bool(query.strip()))
        self.ui.themeHitsLabel.setText(self.tr("Nội dung tìm thấy: {0}").format(self.hit_model.rowCount()))
        row = next((r for r in range(self.plan_model.rowCount())
                    if self.plan_model.item(r).data(common.ID_ROLE) == select), None)
        if row is None and self.plan_model.rowCount() and (self.plan is None or not query.strip()):
            row = 0
        if row is not None:
            selection = self.ui.planList.selectionModel()
            selection.blockSignals(True)  # shown once, below
            selection.setCurrentIndex(self.plan_model.index(row, 0),
                                      QItemSelectionModel.SelectionFlag.ClearAndSelect)
            selection.blockSignals(False)
            self.ui.planList.viewport().update()
            self._show_plan(self.plan_model.item(row).data(common.ID_ROLE))
        elif not query.strip():
            self._show_plan(None)

    def _plan_selected(self, index, _prev=None) -> None:  # type: ignore[no-untyped-def]
        if index.isValid():
            plan_id = index.data(common.ID_ROLE)
            if self.plan is None or plan_id != self.plan.id:
                self.editor.flush()
                self.appendix.flush()
                self._show_plan(plan_id)

    def _show_plan(self, plan_id: int | None) -> None:
        try:
            self.plan = plans.get_plan(self.store, plan_id) if plan_id is not None else None
        except errors.ServiceError:
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
        self.remind()
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
        self.appendix.select(appendix_model.THEME, theme_id)

    def _hit_clicked(self, index) -> None:  # type: ignore[no-untyped-def]
        theme_id = index.data(common.ID_ROLE)
        plan_id = appendix.plan_of_theme(self.store, theme_id)
        if self.plan is None or self.plan.id != plan_id:
            row = next((r for r in range(self.plan_model.rowCount())
                        if self.plan_model.item(r).data(common.ID_ROLE) == plan_id), None)
            if row is not None:
                self.ui.planList.setCurrentIndex(self.plan_model.index(row, 0))
            else:
                self._show_plan(plan_id)
        self.ui.tabs.setCurrentIndex(TAB_APPENDIX)
        self.appendix.select(appendix_model.THEME, theme_id)

    # --- actions ---------------------------------------------------------------------------
    def _undo(self) -> None:
        self.flush()
        self.history.stack.undo()

    def _redo(self) -> None:
        self.flush()
        self.history.stack.redo()

    def flush(self) -> None:
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
            self._delete_plan()

    def guide(self) -> None:
        from .guide_dialog import GuideDialog

        GuideDialog(self).exec()

    def about(self) -> None:
        from ..bootstrap import shown_url
        from .about_dialog import AboutDialog

        AboutDialog(self.opened.data_dir, shown_url(self.opened.url), self).exec()

    # --- documents, reports, mail ---------------------------------------------------------
    def remind(self) -> None:
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

    # --- plan approval, accounts ----------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.attached:  # closed while the data was still opening
            super().closeEvent(event)
            return
        self.flush()
        if self.history.waiting and not self.history.retry_waiting():
            answer = QMessageBox.question(
                self, self.tr("Chưa lưu được"),
                self.tr("{0} thay đổi chưa lưu được vì máy chủ cơ sở dữ liệu không trả lời. Đóng cửa sổ sẽ mất "
                        "các thay đổi này. Vẫn đóng?").format(self.history.waiting))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self._poll_timer.stop()
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            try:
                app.applicationStateChanged.disconnect(self._app_state_changed)
            except (RuntimeError, TypeError):  # never connected
                pass
        if not self.store.read_only:
            office_ops.backup_quietly(self, "on-close")
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        try:
            self.settings.save(self.opened.data_dir)
        except OSError:
            log.warning("could not save settings", exc_info=True)
        super().closeEvent(event)
