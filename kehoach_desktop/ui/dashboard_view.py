"""The dashboard: targets of the current period, a unit × month matrix, the monthly chart,
themes without articles, reports due and the approval queue. Every figure opens its list."""

from __future__ import annotations

import calendar
import datetime as dt

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QShowEvent
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from ..domain.reporting import count_axis
from ..domain.targets import BEHIND, MISSED
from ..domain.workflow import PUBLISHED
from ..records import PlanDetail
from ..services import dashboard
from ..services.store import Store
from .background import Background
from .generated.ui_dashboard_view import Ui_DashboardView
from .labels import rule_text, verdict_labels, window_label

GREEN, RED, GREY = QColor("#d4edda"), QColor("#f8d7da"), QColor("#eeeeee")
DATA = Qt.ItemDataRole.UserRole + 5


# the changes of one edit (its commit, the audit, the views it touched) are read once, this long after
COALESCE_MS = 30

class DashboardView(QWidget):
    # what the user clicked: open the articles list filtered by (unit id or None, start, end, status)
    openArticles = Signal(object, object, object, object)
    openQueue = Signal()
    openOpinion = Signal()
    openReport = Signal()
    openTheme = Signal(int)
    openTargets = Signal()
    _dataChanged = Signal()  # a commit touched articles (emitted from the committing thread)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DashboardView()
        self.ui.setupUi(self)
        self.store = store
        self.plan: PlanDetail | None = None
        self.today = dt.date.today()
        self.chart = QChart()
        self.chart.legend().setVisible(True)
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        self.ui.chartLayout.addWidget(self.chart_view)
        self.ui.queueButton.clicked.connect(self.openQueue)
        self.ui.hotButton.clicked.connect(self.openOpinion)
        self.ui.reportButton.clicked.connect(self.openReport)
        self.ui.targetsButton.clicked.connect(self.openTargets)
        self.ui.rulesTable.cellClicked.connect(self._rule_clicked)
        self.ui.matrixTable.cellClicked.connect(self._cell_clicked)
        self.ui.uncoveredList.itemActivated.connect(lambda item: self.openTheme.emit(item.data(DATA)))
        self.ui.uncoveredList.itemClicked.connect(lambda item: self.openTheme.emit(item.data(DATA)))
        self.ui.yearSpin.valueChanged.connect(lambda _v: self.refresh())
        self._loader = Background(self, self._show, self._failed)
        # kept between refreshes: after an edit only the days it touched are read again
        self.figures = dashboard.DashboardFigures(store)
        # any edit, wherever it was made in this program (the log, an article's window, a task in
        # the background), refreshes what it touched: at once when shown, else when next shown
        self._stale = False
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(COALESCE_MS)
        self._coalesce.timeout.connect(self._refresh_if_shown)
        self._dataChanged.connect(self._coalesce.start, Qt.ConnectionType.QueuedConnection)
        store.changes.watch(self._touched)

    def set_plan(self, plan: PlanDetail | None, today: dt.date | None = None) -> None:
        self.plan = plan
        self.today = today or dt.date.today()
        self.setEnabled(plan is not None)
        if plan is not None:
            year = min(max(self.today.year, plan.period.start), plan.period.end)
            self.ui.yearSpin.blockSignals(True)
            self.ui.yearSpin.setRange(plan.period.start, plan.period.end)
            self.ui.yearSpin.setValue(year)
            self.ui.yearSpin.blockSignals(False)
        self.refresh()

    def _touched(self, _days: object) -> None:
        self._dataChanged.emit()

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:  # through the timer: a refresh asked for meanwhile (the tab's own) serves both
            self._coalesce.start()

    @property
    def year(self) -> int:
        return self.ui.yearSpin.value()

    @property
    def busy(self) -> bool:
        """The figures are being computed (the previous ones stay shown meanwhile)."""
        return self._loader.busy

    def refresh(self) -> None:
        """Recompute the figures off the GUI thread (the first read of a province's busy year takes
        a tenth of a second, one after an edit a few milliseconds); the tab stays usable and shows
        them when they arrive."""
        self._stale = False
        self._coalesce.stop()  # this refresh reads what the pending change touched
        if self.plan is None:
            return
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._loader.start(self.figures.summary, self.plan, self.year, self.today)

    def _show(self, data: dashboard.DashboardData) -> None:
        self.unsetCursor()
        self.data = data
        self.ui.queueButton.setText(self.tr("Chờ duyệt: {0}").format(data.waiting))
        self.ui.hotButton.setText(self.tr("Dư luận nóng chưa xử lý: {0}").format(data.hot_open))
        self.ui.hotButton.setStyleSheet("color: #b00020; font-weight: bold;" if data.hot_open else "")
        due = data.report_due
        self.ui.reportButton.setText(self.tr("Báo cáo {0}: hạn {1:%d/%m/%Y}, chưa gửi").format(due[0].label(), due[1])
                                     if due else self.tr("Không có báo cáo sắp đến hạn"))
        self.rule_rows = data.rules
        self.per_month = data.per_month
        self._fill_rules()
        self._fill_matrix()
        self._fill_chart()
        self._fill_uncovered()

    def _failed(self, exc: BaseException) -> None:
        from .errors import show_error

        self.unsetCursor()
        show_error(self, exc)

    @property
    def reference_day(self) -> dt.date:
        """Today within the year shown, or the year's end for a past year."""
        return dashboard.reference_day(self.year, self.today)

    def _fill_rules(self) -> None:
        from ..services.channels import list_channels

        self.channel_names = ({c.id: c.name for c in list_channels(self.store)}
                              if any(st.rule.channel_id for st in self.rule_rows) else {})
        table = self.ui.rulesTable
        headers = [self.tr("Chỉ tiêu"), self.tr("Kỳ"), self.tr("Cần"), self.tr("Đã đăng"), self.tr("Tình trạng")]
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.rule_rows))
        for row, st in enumerate(self.rule_rows):
            own_unit = st.rule.scope == "unit"
            text = rule_text(st.rule, st.unit_name if own_unit else "",
                             self.channel_names.get(st.rule.channel_id or 0, "")) + (
                f" — {st.unit_name}" if st.unit_name and not own_unit else "")
            state = self.verdict_label(st.result.verdict)
            done = str(st.result.achieved) if st.result.finished else self.tr("{0} (tiến độ: {1})").format(
                st.result.achieved, st.result.expected)
            window = window_label(st.result.window, st.rule.period)
            for col, value in enumerate((text, window, str(st.result.required), done, state)):
                item = QTableWidgetItem(value)
                item.setBackground(GREEN if st.result.met else (RED if st.result.verdict in (MISSED, BEHIND)
                                                                else GREY))
                table.setItem(row, col, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def verdict_label(self, verdict: str) -> str:
        return verdict_labels()[verdict]

    def _rule_clicked(self, row: int, _col: int) -> None:
        st = self.rule_rows[row]
        self.openArticles.emit(st.result.unit_id, st.result.window.start, st.result.window.end, PUBLISHED)

    def _fill_matrix(self) -> None:
        counts = self.data.matrix
        shown = self.data.units
        self.matrix_units: list[int | None] = [uid for uid, _name in shown] + [None]
        table = self.ui.matrixTable
        table.clear()
        table.setColumnCount(13)
        table.setHorizontalHeaderLabels([str(m) for m in range(1, 13)] + [self.tr("Cộng")])
        table.setRowCount(len(self.matrix_units))
        table.setVerticalHeaderLabels([name for _uid, name in shown] + [self.tr("Toàn đơn vị")])
        for row, unit_id in enumerate(self.matrix_units):
            total = 0
            for month in range(1, 13):
                n = self.data.per_month[month - 1] if unit_id is None else counts.get((unit_id, month), 0)
                total += n
                item = QTableWidgetItem(str(n) if n else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                past = dt.date(self.data.year, month, calendar.monthrange(self.data.year, month)[1]) < self.today
                item.setBackground(GREEN if n else (RED if past and unit_id is None else GREY))
                table.setItem(row, month - 1, item)
            table.setItem(row, 12, QTableWidgetItem(str(total)))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _cell_clicked(self, row: int, col: int) -> None:
        unit_id = self.matrix_units[row]
        if col == 12:
            start, end = dt.date(self.data.year, 1, 1), dt.date(self.data.year, 12, 31)
        else:
            month = col + 1
            start = dt.date(self.data.year, month, 1)
            end = dt.date(self.data.year, month, calendar.monthrange(self.data.year, month)[1])
        self.openArticles.emit(unit_id, start, end, PUBLISHED)

    def _fill_chart(self) -> None:
        per_month = self.data.per_month
        minimum = self.data.monthly_minimum
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        bars = QBarSet(self.tr("Tin bài đã đăng"))
        bars.append([float(n) for n in per_month])
        series = QBarSeries()
        series.append(bars)
        line = QLineSeries()
        line.setName(self.tr("Chỉ tiêu {0} tin bài/tháng").format(minimum))
        for m in range(12):
            line.append(QPointF(m, minimum))
        self.chart.addSeries(series)
        self.chart.addSeries(line)
        x = QBarCategoryAxis()
        x.append([str(m) for m in range(1, 13)])
        y = QValueAxis()
        top, step = count_axis(max([*per_month, minimum]))
        y.setRange(0, top)
        # whole-number ticks at 0, step, 2·step … so that a bar of 6 sits on the line labelled 6
        y.setTickType(QValueAxis.TickType.TicksDynamic)
        y.setTickAnchor(0)
        y.setTickInterval(step)
        y.setMinorTickCount(0)
        y.setLabelFormat("%d")
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for s in (series, line):
            s.attachAxis(x)
            s.attachAxis(y)

    def _fill_uncovered(self) -> None:
        from ..domain.timing import format_quarters

        widget = self.ui.uncoveredList
        widget.clear()
        if self.plan is None:
            return
        rows = self.data.uncovered
        for row, missing in rows:
            item = QListWidgetItem(f"{row.stt} {row.title} — {format_quarters(missing)}")
            item.setData(DATA, row.theme_id)
            widget.addItem(item)
        self.ui.uncoveredLabel.setText(self.tr("<b>Nội dung chưa có tin bài trong quý đã lên kế hoạch: {0}</b>")
                                       .format(len(rows)))
