"""Targets of a plan: article minimums (rules), indicators with measured values, theme coverage."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from ..db.models import (
    Indicator,
    IndicatorValue,
    Plan,
    TargetRule,
)
from ..domain.targets import PERIODS, Published
from ..domain.timing import quarter_of
from ..records import CoverageRow, PlanDetail, RuleData, RuleStatus
from . import counting, report_figures
from .errors import NotFound, ValidationError
from .permissions import EDIT, require
from .plans import get_plan
from .store import Store, fetch, sql_rows
from .validate import optional_text, required_line

SCOPES = ("office", "unit", "unit_kind")


@dataclass(frozen=True)
class IndicatorData:
    id: int
    name: str
    unit_label: str
    target_value: float
    latest_value: float | None
    latest_on: dt.date | None

    @property
    def met(self) -> bool | None:
        return None if self.latest_value is None else self.latest_value >= self.target_value


# --- rules ------------------------------------------------------------------------------------

def list_rules(store: Store, plan_id: int) -> list[RuleData]:
    with store.read() as s:
        return report_figures.list_rules(sql_rows(s), plan_id)


def add_rule(store: Store, plan_id: int, scope: str, period: str, minimum: int, *, unit_id: int | None = None,
             unit_kind: str = "", channel_id: int | None = None, article_kind: str = "") -> int:
    require(store, EDIT, "đặt chỉ tiêu", "plan", plan_id)
    if scope not in SCOPES:
        raise ValidationError("Đối tượng", f"phải là một trong {', '.join(SCOPES)}.")
    if period not in PERIODS:
        raise ValidationError("Kỳ", f"phải là một trong {', '.join(PERIODS)}.")
    if int(minimum) < 1:
        raise ValidationError("Số tin bài tối thiểu", "phải từ 1 trở lên.")
    if scope == "unit" and unit_id is None:
        raise ValidationError("Đơn vị", "cần chọn đơn vị cho chỉ tiêu của một đơn vị.")
    if scope == "unit_kind" and unit_kind not in ("internal", "school", "partner"):
        raise ValidationError("Loại đơn vị", "cần chọn loại đơn vị (internal, school, partner).")
    with store.write() as s:
        if s.get(Plan, plan_id) is None:
            raise NotFound("kế hoạch", plan_id)
        rule = TargetRule(plan_id=plan_id, scope=scope, period=period, minimum=int(minimum), unit_id=unit_id,
                          unit_kind=unit_kind if scope == "unit_kind" else "", channel_id=channel_id,
                          article_kind=article_kind)
        s.add(rule)
        s.flush()
        store.audit(s, "create", "target", rule.id, plan_id=plan_id,
                    after={"scope": scope, "period": period, "minimum": minimum, "unit_kind": unit_kind})
        return rule.id


def delete_rule(store: Store, rule_id: int) -> None:
    require(store, EDIT, "xóa chỉ tiêu")
    with store.write() as s:
        rule = fetch(s, TargetRule, rule_id, "chỉ tiêu")
        store.audit(s, "delete", "target", rule_id, plan_id=rule.plan_id,
                    before={"scope": rule.scope, "period": rule.period, "minimum": rule.minimum})
        s.delete(rule)


def status(store: Store, plan_id: int, start: dt.date | None = None, end: dt.date | None = None,
           today: dt.date | None = None, as_of: dt.date | None = None,
           published_in_range: list[Published] | None = None) -> list[RuleStatus]:
    """Each rule, window by window, for the windows that overlap [start, end] (default: the plan's
    whole period); see report_figures.rule_statuses."""
    if start is None or end is None:
        plan = get_plan(store, plan_id)
        start = start or dt.date(plan.period.start, 1, 1)
        end = end or dt.date(plan.period.end, 12, 31)
    with store.read() as s:
        return report_figures.rule_statuses(sql_rows(s), plan_id, start, end, today or dt.date.today(), as_of,
                                            published_in_range)


def published(store: Store, plan_id: int, start: dt.date, end: dt.date) -> list[Published]:
    return counting.published(store, plan_id, start, end)


# --- coverage -----------------------------------------------------------------------------------

def coverage(store: Store, plan_id: int, year: int | None = None, plan: PlanDetail | None = None) -> list[CoverageRow]:
    """For each theme: the quarters it was planned for and the quarters with a published article.
    `plan`: the caller's snapshot of the plan, when it has one (a use case loads it once)."""
    plan = plan or get_plan(store, plan_id)
    year = year or plan.period.start
    # aggregated in the database: a busy year has tens of thousands of articles
    return coverage_rows(plan, counting.theme_months(store, plan_id, dt.date(year, 1, 1), dt.date(year, 12, 31)))


coverage_rows = report_figures.coverage_rows


def uncovered(store: Store, plan_id: int, today: dt.date | None = None, plan: PlanDetail | None = None,
              theme_months: Iterable[tuple[int, int]] | None = None) -> list[tuple[CoverageRow, frozenset[int]]]:
    """Themes with no published article in a quarter they were planned for, up to the current one.
    `theme_months`: the year's (theme id, month) pairs when the caller has them already."""
    today = today or dt.date.today()
    plan = plan or get_plan(store, plan_id)
    year = min(max(today.year, plan.period.start), plan.period.end)
    up_to = quarter_of(today) if today.year == year else (4 if today.year > year else 0)
    rows = coverage(store, plan_id, year, plan) if theme_months is None else coverage_rows(plan, theme_months)
    return [(row, row.missing(up_to)) for row in rows if row.missing(up_to)]


# --- indicators ---------------------------------------------------------------------------------

def add_indicator(store: Store, plan_id: int, name: str, target_value: float, unit_label: str = "%") -> int:
    require(store, EDIT, "đặt chỉ số", "plan", plan_id)
    clean = required_line("Tên chỉ số", name, 1000)
    with store.write() as s:
        indicator = Indicator(plan_id=plan_id, name=clean, target_value=float(target_value),
                              unit_label=unit_label.strip() or "%")
        return store.added(s, indicator, "indicator", plan_id=plan_id, after={"name": clean})


def record_value(store: Store, indicator_id: int, value: float, measured_on: dt.date, note: str = "") -> None:
    require(store, EDIT, "ghi chỉ số")
    with store.write() as s:
        indicator = fetch(s, Indicator, indicator_id, "chỉ số")
        s.add(IndicatorValue(indicator_id=indicator_id, value=float(value), measured_on=measured_on,
                             note=optional_text("Ghi chú", note)))
        store.audit(s, "measure", "indicator", indicator_id, plan_id=indicator.plan_id,
                    after={"value": value, "on": measured_on})


def list_indicators(store: Store, plan_id: int) -> list[IndicatorData]:
    with store.read() as s:
        out = []
        for ind in s.scalars(select(Indicator).where(Indicator.plan_id == plan_id).order_by(Indicator.id)):
            last = ind.values[-1] if ind.values else None
            out.append(IndicatorData(ind.id, ind.name, ind.unit_label, ind.target_value,
                                     last.value if last else None, last.measured_on if last else None))
        return out
