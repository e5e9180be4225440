"""One figure, one value: the report, its Excel companion, the article export's summary and the
dashboard count the same articles for the same period — published, not withdrawn, of this plan,
dated within the period — and a target longer than the report's period is judged on its progress."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pdfplumber
import pytest
from pytestqt.qtbot import QtBot

from kehoach_desktop.bootstrap import OpenedDatabase
from kehoach_desktop.domain.reporting import count_axis
from kehoach_desktop.services import (
    accounts,
    appendix,
    articles,
    channels,
    plans,
    reports,
    targets,
    transfer,
    units,
)
from kehoach_desktop.services.store import Store
from kehoach_desktop.settings import Settings

D = dt.date
PASSWORD = "mat-khau-truong-phong"


@pytest.fixture
def seeded(store: Store, demo_plan: int) -> dict[str, int]:
    """A fresh 2024 plan in the demo office, with articles in every state, inside and outside
    October, one withdrawn, and one of another plan. The expected counts are written out here."""
    accounts.add_user(store, "truongphong", PASSWORD, ["approver", "editor"])
    store.acting_as(accounts.login(store, "truongphong", PASSWORD))
    plan_id = plans.create_plan(store, {"title": "Truyền thông kiểm thử năm 2024", "period": "2024"})
    group = appendix.add_group(store, plan_id, "Chuyển đổi số")
    theme = appendix.add_theme(store, group, "Học bạ số")
    unit_a = units.add_unit(store, "Tổ Toán kiểm thử")
    unit_b = units.add_unit(store, "Tổ Văn kiểm thử")
    web = channels.add_channel(store, "Cổng kiểm thử", "website")
    fb = channels.add_channel(store, "Fanpage kiểm thử", "fanpage")
    # a new plan of a district office starts with the samples' rules: 1 a month, 8 a year, 2 a school
    assert {(r.scope, r.period, r.minimum) for r in targets.list_rules(store, plan_id)} >= {
        ("office", "month", 1), ("office", "year", 8)}

    def article(day: D, state: str, unit: int, channel: int, plan: int = plan_id) -> int:
        aid = articles.add_article(store, plan, f"Tin {day} {state}", channel_id=channel, published_on=day,
                                   url=f"https://truong.edu.vn/{day}/{state}", unit_id=unit,
                                   theme_ids=[theme] if plan == plan_id else [])
        steps = {"draft": [], "pending": ["submit"], "returned": ["submit", "return"],
                 "approved": ["submit", "approve"], "published": ["submit", "approve", "publish"],
                 "withdrawn": ["submit", "approve", "publish"]}[state]
        for step in steps:
            articles.transition(store, aid, step, password=PASSWORD, reason="Cần sửa tiêu đề")
        if state == "withdrawn":
            articles.withdraw_article(store, aid, "Đăng nhầm")
        return aid

    for day, unit, channel in ((D(2024, 10, 1), unit_a, web), (D(2024, 10, 15), unit_a, fb),
                               (D(2024, 10, 31), unit_b, web)):
        article(day, "published", unit, channel)  # 3 counted in October
    article(D(2024, 9, 30), "published", unit_a, web)  # September
    article(D(2024, 9, 2), "published", unit_b, fb)
    article(D(2024, 11, 1), "published", unit_b, web)  # November
    article(D(2023, 12, 31), "published", unit_a, web)  # the year before
    for state in ("draft", "pending", "returned", "approved", "withdrawn"):
        article(D(2024, 10, 10), state, unit_a, web)  # none of these counts
    other = plans.create_plan(store, {"title": "Kế hoạch khác năm 2024", "period": "2024"})
    article(D(2024, 10, 12), "published", unit_a, web, plan=other)
    return {"plan": plan_id, "unit_a": unit_a, "unit_b": unit_b, "web": web, "fb": fb,
            "october": 3, "year": 6, "to_october": 5}


def _sheet_table(ws, title: str) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """The rows of the titled two-column table on a summary sheet: label → count."""
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] == title) + 2
    out = {}
    for r in rows[start:]:
        if r[0] is None:
            break
        out[r[0]] = r[-1] if isinstance(r[-1], int) else r[1]
    return out


@pytest.mark.parametrize("period_text, expected_key", [("2024-10", "october"), ("2024", "year")])
def test_every_output_counts_the_same_articles(store: Store, seeded: dict[str, int], tmp_path: Path,
                                               period_text: str, expected_key: str) -> None:
    expected = seeded[expected_key]
    period = reports.parse_period(period_text)
    data = reports.report_data(store, seeded["plan"], period)
    assert data.total == expected == len(data.articles)
    assert sum(n for _c, n in data.by_channel) == sum(n for _u, n in data.by_unit) == expected
    assert sum(n for _y, _m, n in data.monthly) == expected

    pdf = reports.export_report(store, seeded["plan"], period, tmp_path / "bc.pdf")
    with pdfplumber.open(pdf) as doc:
        text = " ".join(p.extract_text() for p in doc.pages)
    assert f"đơn vị đã đăng {expected} tin bài" in " ".join(text.split())

    companion = reports.export_report(store, seeded["plan"], period, tmp_path / "bc.xlsx", fmt="xlsx")
    wb = openpyxl.load_workbook(companion)
    assert sum(_sheet_table(wb["Số liệu"], "Số tin bài theo kênh truyền thông").values()) == expected
    assert sum(_sheet_table(wb["Số liệu"], "Số tin bài theo đơn vị").values()) == expected
    assert wb["Tin bài đã đăng"].max_row - 1 == expected

    for all_states in (False, True):
        path, _ = transfer.export_articles(store, seeded["plan"], tmp_path / f"tb{all_states}.xlsx",
                                           period.start, period.end, all_states=all_states)
        export = openpyxl.load_workbook(path)
        assert sum(_sheet_table(export["Tổng hợp"], "Số tin bài theo đơn vị").values()) == expected
        listed = [r for r in export["Tin bài"].iter_rows(min_row=4, values_only=True) if r[0]]
        assert (len(listed) > expected) if all_states else (len(listed) == expected)


def test_the_dashboard_shows_the_same_figures(qtbot: QtBot, opened: OpenedDatabase, seeded: dict[str, int]) -> None:
    from kehoach_desktop.ui.main_window import TAB_DASHBOARD, MainWindow

    window = MainWindow(opened, Settings())
    qtbot.addWidget(window)
    window.refresh_lists(select=seeded["plan"])
    window.ui.tabs.setCurrentIndex(TAB_DASHBOARD)
    window.dashboard.set_plan(window.plan, today=D(2024, 11, 20))
    qtbot.waitUntil(lambda: not window.dashboard.busy, timeout=10_000)
    dash = window.dashboard
    october = reports.report_data(opened.store, seeded["plan"], reports.parse_period("2024-10"))
    year = reports.report_data(opened.store, seeded["plan"], reports.parse_period("2024"))
    assert dash.per_month[9] == october.total == 3
    assert sum(dash.per_month) == year.total == 6
    total_row = dash.ui.matrixTable.rowCount() - 1
    assert dash.ui.matrixTable.item(total_row, 9).text() == "3"
    assert dash.ui.matrixTable.item(total_row, 12).text() == "6"
    # the unit rows add up to the office row
    unit_rows = {dash.ui.matrixTable.verticalHeaderItem(r).text(): r for r in range(total_row)}
    a = dash.ui.matrixTable.item(unit_rows["Tổ Toán kiểm thử"], 9).text()
    b = dash.ui.matrixTable.item(unit_rows["Tổ Văn kiểm thử"], 9).text()
    assert (int(a), int(b)) == (2, 1)
    # an article with no unit counts once in the office's row, and in no unit's
    aid = articles.add_article(opened.store, seeded["plan"], "Tin không ghi đơn vị", channel_id=seeded["web"],
                               published_on=D(2024, 10, 20), url="https://truong.edu.vn/khong-don-vi")
    for step in ("submit", "approve", "publish"):
        articles.transition(opened.store, aid, step, password=PASSWORD)
    dash.refresh()
    qtbot.waitUntil(lambda: not dash.busy, timeout=10_000)
    total_row = dash.ui.matrixTable.rowCount() - 1
    assert dash.ui.matrixTable.item(total_row, 9).text() == "4" and dash.per_month[9] == 4
    unit_total = sum(int(dash.ui.matrixTable.item(r, 9).text() or 0) for r in range(total_row))
    assert unit_total == 3
    assert reports.report_data(opened.store, seeded["plan"], reports.parse_period("2024-10")).total == 4


def test_a_yearly_target_in_a_monthly_report_is_judged_on_progress(store: Store, seeded: dict[str, int]) -> None:
    october = reports.report_data(store, seeded["plan"], reports.parse_period("2024-10"))
    [row] = [r for r in october.quota_rows() if "Toàn đơn vị: ít nhất 8 tin bài/năm" in r[0]]
    # 5 published from January to October against 8 for the year; the year is not over
    assert "lũy kế 01/01–31/10/2024" in row[0]
    assert row[1:] == ("8 (tiến độ: 7)", "5", "Đang thực hiện, chậm tiến độ")
    year = reports.report_data(store, seeded["plan"], reports.parse_period("2024"))
    [row] = [r for r in year.quota_rows() if "Toàn đơn vị: ít nhất 8 tin bài/năm" in r[0]]
    assert row[1:] == ("8", "6", "Chưa đạt")
    # a monthly target in a half-year report is judged month by month
    half = reports.report_data(store, seeded["plan"], reports.parse_period("2024-S2"))
    monthly = [r for r in half.quota_rows() if "tin bài/tháng" in r[0]]
    assert [r[2] for r in monthly] == ["0", "0", "2", "3", "1", "0"]
    assert [r[3] for r in monthly] == ["Chưa đạt", "Chưa đạt", "Đạt", "Đạt", "Đạt", "Chưa đạt"]


@pytest.mark.parametrize("largest, top, step", [(0, 1, 1), (1, 2, 1), (6, 7, 1), (7, 8, 1), (8, 10, 2),
                                                (13, 14, 2), (40, 50, 10), (61, 70, 10), (99, 100, 20)])
def test_count_axis_has_whole_ticks_above_the_largest(largest: int, top: int, step: int) -> None:
    assert count_axis(largest) == (top, step)
    assert top > largest and top % step == 0 and top // step <= 8


def test_the_dashboard_chart_axis_is_whole_numbers(qtbot: QtBot, opened: OpenedDatabase, demo_plan: int) -> None:
    from PySide6.QtCharts import QBarSeries, QValueAxis

    from kehoach_desktop.ui.main_window import TAB_DASHBOARD, MainWindow

    window = MainWindow(opened, Settings())
    qtbot.addWidget(window)
    window.refresh_lists(select=demo_plan)
    window.ui.tabs.setCurrentIndex(TAB_DASHBOARD)
    window.dashboard.set_plan(window.plan, today=D(2024, 10, 20))
    qtbot.waitUntil(lambda: not window.dashboard.busy, timeout=10_000)
    chart = window.dashboard.chart
    [axis] = [a for a in chart.axes() if isinstance(a, QValueAxis)]
    [bars] = [s for s in chart.series() if isinstance(s, QBarSeries)]
    values = [bars.barSets()[0].at(i) for i in range(12)]
    assert values == [float(n) for n in window.dashboard.per_month] and max(values) == 6
    assert axis.min() == 0 and axis.tickType() == QValueAxis.TickType.TicksDynamic
    assert axis.tickInterval() == 1 and axis.max() == 7 and axis.labelFormat() == "%d"
    ticks = [axis.tickAnchor() + i * axis.tickInterval() for i in range(int(axis.max() / axis.tickInterval()) + 1)]
    assert all(float(t).is_integer() for t in ticks) and 6 in ticks
    # an empty plan: 0, 1 (the monthly minimum), 2 — never 0, 0, 1, 1, 2
    empty = plans.create_plan(opened.store, {"title": "Kế hoạch trống năm 2024", "period": "2024"})
    window.refresh_lists(select=empty)
    window.dashboard.set_plan(window.plan, today=D(2024, 10, 20))
    qtbot.waitUntil(lambda: not window.dashboard.busy, timeout=10_000)
    [axis] = [a for a in window.dashboard.chart.axes() if isinstance(a, QValueAxis)]
    assert (axis.min(), axis.max(), axis.tickInterval()) == (0, 2, 1)
