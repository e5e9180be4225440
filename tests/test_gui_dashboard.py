"""The dashboard shows the right figures for a seeded database, and a click opens the list behind it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from kehoach_desktop.bootstrap import OpenedDatabase
from kehoach_desktop.services import articles, targets, units
from kehoach_desktop.settings import Settings
from kehoach_desktop.ui.main_window import (
    TAB_APPENDIX,
    TAB_ARTICLES,
    TAB_DASHBOARD,
    TAB_OPINION,
    MainWindow,
)
from kehoach_desktop.ui.opinion_view import OpinionDialog


@pytest.fixture
def window(qtbot: QtBot, opened: OpenedDatabase, demo_plan: int) -> MainWindow:
    w = MainWindow(opened, Settings())
    qtbot.addWidget(w)
    w.refresh_lists(select=demo_plan)
    w.ui.tabs.setCurrentIndex(TAB_DASHBOARD)
    w.dashboard.set_plan(w.plan, today=dt.date(2024, 10, 20))
    qtbot.waitUntil(lambda: not w.dashboard.busy, timeout=10_000)
    return w


def test_figures_match_the_database(window: MainWindow, opened: OpenedDatabase, demo_plan: int) -> None:
    dash = window.dashboard
    store = opened.store
    assert dash.ui.queueButton.text() == f"Chờ duyệt: {articles.pending_count(store, demo_plan)}"
    assert dash.ui.hotButton.text() == "Dư luận nóng chưa xử lý: 1"
    assert "tháng 10/2024" in dash.ui.reportButton.text()
    published = targets.published(store, demo_plan, dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert dash.per_month == [sum(1 for a in published if a.day.month == m) for m in range(1, 13)]
    total_row = dash.ui.matrixTable.rowCount() - 1
    assert dash.ui.matrixTable.verticalHeaderItem(total_row).text() == "Toàn đơn vị"
    assert [dash.ui.matrixTable.item(total_row, m).text() or "0" for m in range(12)] == [str(n) for n in dash.per_month]
    rules = [dash.ui.rulesTable.item(r, 0).text() for r in range(dash.ui.rulesTable.rowCount())]
    assert "Toàn đơn vị: ít nhất 1 tin bài/tháng" in rules
    month_row = rules.index("Toàn đơn vị: ít nhất 1 tin bài/tháng")
    assert dash.ui.rulesTable.item(month_row, 1).text() == "tháng 10/2024"
    schools = [u.name for u in units.list_units(store) if u.kind == "school"]
    assert sum(1 for r in rules if any(r.endswith(s) for s in schools)) == len(schools)
    assert dash.ui.uncoveredList.count() == len(targets.uncovered(store, demo_plan, today=dt.date(2024, 10, 20)))


def test_clicking_a_cell_opens_the_filtered_list(window: MainWindow, opened: OpenedDatabase, demo_plan: int) -> None:
    dash = window.dashboard
    total_row = dash.ui.matrixTable.rowCount() - 1
    dash.ui.matrixTable.cellClicked.emit(total_row, 2)  # March, whole office
    assert window.ui.tabs.currentIndex() == TAB_ARTICLES
    expected = articles.article_ids(opened.store, articles.ArticleFilter(
        plan_id=demo_plan, status="published", date_from=dt.date(2024, 3, 1), date_to=dt.date(2024, 3, 31)))
    assert window.articles.model.all_ids() == expected and len(expected) == dash.per_month[2]
    unit_row = next(r for r in range(total_row) if dash.ui.matrixTable.item(r, 12).text() not in ("", "0"))
    unit_id = dash.matrix_units[unit_row]
    window.ui.tabs.setCurrentIndex(TAB_DASHBOARD)
    dash.ui.matrixTable.cellClicked.emit(unit_row, 12)
    rows = articles.article_rows(opened.store, window.articles.model.all_ids())
    assert len(rows) == int(dash.ui.matrixTable.item(unit_row, 12).text())
    assert {r.unit for r in rows} == {units.get_unit(opened.store, unit_id).name}


def test_queue_opinion_and_theme_links(window: MainWindow) -> None:
    dash = window.dashboard
    dash.ui.queueButton.click()
    assert window.ui.tabs.currentIndex() == TAB_ARTICLES and window.articles.ui.queueButton.isChecked()
    window.ui.tabs.setCurrentIndex(TAB_DASHBOARD)
    dash.ui.hotButton.click()
    assert window.ui.tabs.currentIndex() == TAB_OPINION
    assert window.opinion.ui.table.rowCount() == 2
    window.ui.tabs.setCurrentIndex(TAB_DASHBOARD)
    if dash.ui.uncoveredList.count():
        item = dash.ui.uncoveredList.item(0)
        dash.ui.uncoveredList.itemClicked.emit(item)
        assert window.ui.tabs.currentIndex() == TAB_APPENDIX
        from kehoach_desktop.ui.dashboard_view import DATA

        assert window.appendix.current_ref() == ("theme", item.data(DATA))


def test_opinion_dialog_adds_an_issue(qtbot: QtBot, window: MainWindow, opened: OpenedDatabase) -> None:
    window.ui.tabs.setCurrentIndex(TAB_OPINION)
    dialog = OpinionDialog(opened.store, window.plan.id, None, window)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "Tóm tắt" in dialog.ui.errorLabel.text()
    dialog.ui.summaryEdit.setPlainText("Bài viết sai sự thật về kỳ thi tuyển sinh lớp 10")
    dialog.ui.severityCombo.setCurrentIndex(dialog.ui.severityCombo.findData("hot"))
    dialog.accept()
    window.opinion.reload()
    assert window.opinion.ui.table.rowCount() == 3


def test_targets_dialog(qtbot: QtBot, opened: OpenedDatabase, demo_plan: int) -> None:
    from kehoach_desktop.ui.targets_dialog import TargetsDialog

    dialog = TargetsDialog(opened.store, demo_plan)
    qtbot.addWidget(dialog)
    assert dialog.ui.rulesList.count() == 3
    dialog.ui.scopeCombo.setCurrentIndex(dialog.ui.scopeCombo.count() - 1)  # one unit
    dialog.ui.minimumSpin.setValue(3)
    dialog.ui.periodCombo.setCurrentIndex(dialog.ui.periodCombo.findData("quarter"))
    dialog.add_rule()
    assert dialog.ui.rulesList.count() == 4 and "3 tin bài/quý" in dialog.ui.rulesList.item(3).text()
    dialog.ui.indicatorNameEdit.setText("Tỷ lệ hồ sơ giải quyết trực tuyến")
    dialog.add_indicator()
    dialog.ui.indicatorTable.selectRow(0)
    dialog.ui.valueSpin.setValue(75)
    dialog.record()
    assert dialog.ui.indicatorTable.item(0, 4).text() == "Đạt"
    assert targets.list_indicators(opened.store, demo_plan)[0].latest_value == 75


def test_appendix_shows_theme_coverage(opened: OpenedDatabase, demo_plan: int) -> None:
    from kehoach_desktop.services import plans
    from kehoach_desktop.ui.appendix_model import COL_COVERAGE, AppendixModel

    plan = plans.get_plan(opened.store, demo_plan)
    coverage = {row.theme_id: row for row in targets.coverage(opened.store, demo_plan, 2024)}
    model = AppendixModel()
    model.load(plan, coverage)
    group = model.index(0, 0)
    theme = plan.groups[0].themes[0]
    cell = model.index(0, COL_COVERAGE, group)
    from kehoach_desktop.domain.timing import format_quarters

    assert cell.data() == (format_quarters(coverage[theme.id].covered) or "Chưa có")
    assert model.headerData(COL_COVERAGE, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "Quý đã có tin bài"


def test_appendix_coverage_fills_after_showing(qtbot: QtBot, window: MainWindow) -> None:
    from kehoach_desktop.ui.appendix_model import COL_COVERAGE

    model = window.appendix.model
    cell = lambda: model.index(0, COL_COVERAGE, model.index(0, 0)).data()  # noqa: E731
    qtbot.waitUntil(lambda: bool(cell()))


def test_figures_are_computed_off_the_gui_thread(window: MainWindow, qtbot: QtBot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A slow computation (a province's busy year) leaves the window answering input; the figures
    of the latest request are shown, an older request's are dropped."""
    import threading
    import time

    dash = window.dashboard
    real = dash.figures.summary
    threads: list[str] = []

    def slow(plan, year, today=None):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        time.sleep(0.4)
        return real(plan, year, today)

    monkeypatch.setattr(dash.figures, "summary", slow)
    start = time.perf_counter()
    shown = []
    monkeypatch.setattr(dash, "_fill_rules", lambda: (shown.append(1), type(dash)._fill_rules(dash)))
    dash.refresh()  # a request …
    dash.refresh()  # … overtaken by a newer one
    assert time.perf_counter() - start < 0.2 and dash.busy
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    qtbot.waitUntil(lambda: not dash.busy, timeout=10_000)
    timer.stop()
    assert len(ticks) >= 10  # the event loop ran while the figures were computed
    assert threads and "MainThread" not in threads
    assert dash.data.year == dash.ui.yearSpin.value() and len(shown) == 1
    assert len(threads) == 2


def test_an_edit_elsewhere_refreshes_only_its_days(window: MainWindow, opened: OpenedDatabase, demo_plan: int,
                                                   qtbot: QtBot) -> None:
    """An article published from the log (not through the undo history) shows on the dashboard
    when it is next opened, read for its one day, not the year; with the dashboard shown, at once."""
    from kehoach_desktop.services import accounts

    store = opened.store
    dash = window.dashboard
    before = list(dash.per_month)
    accounts.add_user(store, "truongphong", "mat-khau-truong-phong", ["approver", "editor"])
    store.acting_as(accounts.login(store, "truongphong", "mat-khau-truong-phong"))

    def publish(day: dt.date) -> None:
        aid = articles.add_article(store, demo_plan, f"Tin ngày {day}", published_on=day,
                                   url=f"https://pgd.example.vn/{day}")
        for step in ("submit", "approve", "publish"):
            articles.transition(store, aid, step, password="mat-khau-truong-phong")

    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not dash.busy)
    years_read = dash.figures.reads["year"]
    window.ui.tabs.setCurrentIndex(TAB_ARTICLES)
    publish(dt.date(2024, 3, 14))
    qtbot.wait(100)
    assert dash.per_month == before  # hidden: not computed meanwhile
    window.ui.tabs.setCurrentIndex(TAB_DASHBOARD)
    qtbot.waitUntil(lambda: dash.per_month[2] == before[2] + 1, timeout=5_000)
    assert dash.figures.reads["year"] == years_read and dash.figures.reads["days"] >= 1
    publish(dt.date(2024, 5, 2))  # shown: refreshed without being asked
    qtbot.waitUntil(lambda: dash.per_month[4] == before[4] + 1, timeout=5_000)
    assert dash.figures.reads["year"] == years_read
    total_row = dash.ui.matrixTable.rowCount() - 1
    assert dash.ui.matrixTable.item(total_row, 4).text() == str(before[4] + 1)
