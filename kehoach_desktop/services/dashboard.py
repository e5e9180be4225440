"""Every figure of the dashboard in one call, computed from one snapshot of the plan with the
counts aggregated in the database; the widget only draws them (and can get them off the GUI
thread)."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from ..domain.reporting import ReportPeriod
from ..records import PlanDetail
from . import articles, counting, opinion, reports, targets, units
from .store import Store


@dataclass(frozen=True)
class DashboardData:
    year: int
    reference_day: dt.date  # today within the year shown, or its end for a past year
    waiting: int  # articles waiting for approval
    hot_open: int  # hot opinion issues not yet handled
    report_due: tuple[ReportPeriod, dt.date] | None
    rules: list[targets.RuleStatus]  # the windows running on the reference day
    per_month: list[int]  # counted articles, January to December
    units: list[tuple[int, str]] = field(default_factory=list)  # the matrix rows: (unit id, name)
    matrix: dict[tuple[int, int], int] = field(default_factory=dict)  # (unit id, month) → n
    uncovered: list[tuple[targets.CoverageRow, frozenset[int]]] = field(default_factory=list)

    @property
    def monthly_minimum(self) -> int:
        return max([r.rule.minimum for r in self.rules if r.rule.period == "month" and r.rule.scope == "office"]
                   or [1])


def reference_day(year: int, today: dt.date) -> dt.date:
    if today.year == year:
        return today
    return dt.date(year, 12, 31) if today.year > year else dt.date(year, 1, 1)


def summary(store: Store, plan: PlanDetail, year: int, today: dt.date | None = None) -> DashboardData:
    """The dashboard of `plan` for `year`, judged as on `today`."""
    today = today or dt.date.today()
    day = reference_day(year, today)
    # theme coverage (a join over the year's article–theme links, the longest read) runs beside the
    # rest on a second connection: the database does the work, so the two reads overlap
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="coverage") as pool:
        coverage = pool.submit(targets.uncovered, store, plan.id, today=day, plan=plan)
        return _with_coverage(store, plan, year, today, coverage)


def _with_coverage(store: Store, plan: PlanDetail, year: int, today: dt.date,
                   coverage: Future[list[tuple[targets.CoverageRow, frozenset[int]]]]) -> DashboardData:
    day = reference_day(year, today)
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    # one read of the year's counted articles (per day, unit, channel, kind) feeds the targets,
    # the chart and the matrix
    published = counting.published(store, plan.id, start, end)
    rules = [r for r in targets.status(store, plan.id, start, end, today, published_in_range=published)
             if r.result.window.start <= day <= r.result.window.end]
    matrix: dict[tuple[int, int], int] = {}
    per_month = [0] * 12
    for p in published:
        per_month[p.day.month - 1] += p.n  # the office's row counts articles with no unit too
        if p.unit_id is not None:
            matrix[(p.unit_id, p.day.month)] = matrix.get((p.unit_id, p.day.month), 0) + p.n
    shown = [(u.id, u.name) for u in units.list_units(store)
             if u.kind == "school" or any((u.id, m) in matrix for m in range(1, 13))]
    return DashboardData(
        year=year, reference_day=day, waiting=articles.pending_count(store, plan.id),
        hot_open=len(opinion.hot_open(store)), report_due=reports.due_soon(store, plan.id, today=today, plan=plan),
        rules=rules, per_month=per_month, units=shown, matrix=matrix,
        uncovered=coverage.result())
