"""The figures of a results report, computed from one `Rows` reader (db/report_read.py).

Everything a report shows — the counted articles by channel, group and unit, the target windows
judged, the themes' coverage, the opinion log, the superior's items, the schools' reports — is
computed here from plain reads, so that the services (on their session, one snapshot per report)
and the command line's one-shot report (on this PC's file, without SQLAlchemy) give the same
document. Nothing here imports SQLAlchemy or Qt.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from typing import Any

from ..db import report_read
from ..db.plan_read import Rows
from ..domain.documents import format_number
from ..domain.numerals import to_roman
from ..domain.reporting import ReportPeriod, months_in
from ..domain.targets import Published, Rule, describe, evaluate, windows
from ..domain.text import fold, sort_key
from ..domain.timing import format_quarters, quarter_of
from ..domain.workflow import ARTICLE_LABELS, KIND_LABELS
from ..records import (
    OPINION_SEVERITIES,
    OPINION_STATUSES,
    YEARLY_MINIMUM,
    ArticleLine,
    CoverageRow,
    OpinionData,
    PlanDetail,
    ReportData,
    RuleData,
    RuleStatus,
    School,
    SchoolFigures,
    SuperiorCoverage,
    TargetFigure,
)

SCHOOL = "school"
VIETNAM = dt.timezone(dt.timedelta(hours=7))
DEFAULT_DUE_DAY = 25


# --- targets --------------------------------------------------------------------------------------

def list_rules(rows: Rows, plan_id: int, names: dict[int, str] | None = None) -> list[RuleData]:
    """The plan's rules with their sentences; `names`: the units' names when the caller has them."""
    if names is None:
        names = {id: name for id, name, _kind, _email in report_read.units(rows)}
    channels = report_read.channel_names(rows)
    out = []
    for id, scope, period, minimum, unit_id, unit_kind, channel_id, article_kind in report_read.target_rules(rows, plan_id):
        rule = Rule(id, scope, period, minimum, unit_id, unit_kind, channel_id, article_kind)
        out.append(RuleData(id, scope, period, minimum, unit_id, unit_kind, channel_id, article_kind,
                            describe(rule, names.get(unit_id or 0, ""), channels.get(channel_id or 0, ""))))
    return out


def rule_statuses(rows: Rows, plan_id: int, start: dt.date, end: dt.date, today: dt.date,
                  as_of: dt.date | None = None, published_in_range: list[Published] | None = None) -> list[RuleStatus]:
    """Each rule, window by window, for the windows that overlap [start, end]. Articles count up
    to `as_of` (a report's last day) or up to yesterday; a window longer than [start, end] is
    judged on its progress from its own start. `published_in_range`: the caller's
    report_read.published(start, end), used when every window lies within it."""
    if as_of is not None:
        today = min(today, as_of + dt.timedelta(days=1))
    units = {id: (name, kind) for id, name, kind, _email in report_read.units(rows)}
    rules = list_rules(rows, plan_id, {id: name for id, (name, _kind) in units.items()})
    spans = [w for r in rules for w in windows(r.period, start, end)]
    first = min([start, *(w.start for w in spans)])
    last = min(max([end, *(w.end for w in spans)]), today - dt.timedelta(days=1))
    if first > last:
        articles: list[Published] = []
    elif published_in_range is not None and first >= start and last <= end:
        articles = published_in_range  # the windows lie within [start, end]; later days drop out below
    else:
        articles = report_read.published(rows, plan_id, first, last)
    of_kind: dict[str, list[int]] = {}
    for uid, (_name, kind) in sorted(units.items(), key=lambda x: x[1][0]):
        of_kind.setdefault(kind, []).append(uid)
    out = []
    for rule in rules:
        for result in evaluate(rule.rule(), articles, start, end, today, of_kind):
            out.append(RuleStatus(rule, result, units.get(result.unit_id or 0, ("", ""))[0]))
    return out


def rule_row(st: RuleStatus) -> tuple[str, str, str, str]:
    """(criterion, required, achieved, verdict) of one target window as of the report's last day.
    A window still running shows its progress from its own start and the pro-rata expectation."""
    r = st.result
    who = f" — {st.unit_name}" if st.unit_name else ""
    if r.finished or r.as_of is None:
        return f"{st.rule.text}{who} ({r.window.label})", str(r.required), str(r.achieved), r.verdict_label
    return (f"{st.rule.text}{who} ({r.window.label}; lũy kế {r.window.start:%d/%m}–{r.as_of:%d/%m/%Y})",
            f"{r.required} (tiến độ: {r.expected})", str(r.achieved), r.verdict_label)


def target_figure(st: RuleStatus) -> TargetFigure:
    r = st.result
    return TargetFigure(st.rule.text, st.unit_name or "", r.window.label, r.required, r.achieved,
                        bool(r.finished or r.as_of is None), r.verdict_label)


# --- coverage -------------------------------------------------------------------------------------

def theme_months(rows: Rows, plan_id: int, start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    """(theme id, month) pairs that have at least one counted article."""
    return sorted({(t, day.month) for t, day in report_read.theme_days(rows, plan_id, start, end)})


def coverage_rows(plan: PlanDetail, theme_months: Iterable[tuple[int, int]]) -> list[CoverageRow]:
    """The coverage of `plan` from its (theme id, month) pairs with a counted article."""
    covered: dict[int, set[int]] = {}
    for theme_id, month_number in theme_months:
        covered.setdefault(theme_id, set()).add((month_number - 1) // 3 + 1)
    return [CoverageRow(t.id, f"{g.numeral}.{t.stt}", t.title, t.timing.covered_quarters(),
                        frozenset(covered.get(t.id, set()))) for g in plan.groups for t in g.themes]


def superior_coverage(rows: Rows, plan_id: int) -> list[SuperiorCoverage]:
    """Every item of the superior's plan, with the office's themes that implement it (none: not
    addressed), in the superior's order."""
    items, links = report_read.superior_items(rows, plan_id)
    by_item: dict[int, list[tuple[str, int]]] = {}
    for item_id, group, position, title, theme_id in links:  # "II.1. Giáo dục mầm non", as the appendix numbers it
        by_item.setdefault(item_id, []).append((f"{to_roman(group + 1)}.{position + 1}. {title}", theme_id))
    return [SuperiorCoverage(id, position, group_title, title, tuple(t for t, _ in by_item.get(id, ())),
                             tuple(n for _, n in by_item.get(id, ()))) for id, position, group_title, title in items]


# --- the opinion log ------------------------------------------------------------------------------

def opinion_issues(rows: Rows, start: dt.date | None = None, end: dt.date | None = None,
                   plan_id: int | None = None) -> list[OpinionData]:
    return [OpinionData(**issue) for issue in report_read.opinion_issues(rows, start, end, plan_id)]


# --- the schools' reports -------------------------------------------------------------------------

def base_period(period: ReportPeriod) -> ReportPeriod:
    """The period a report answers, whatever days the school's window ran (15th-to-14th or not)."""
    return ReportPeriod(period.kind, period.year, period.index)


def local_day(moment_utc: dt.datetime) -> dt.date:
    """The day in Việt Nam of a moment stored in UTC."""
    return moment_utc.replace(tzinfo=dt.UTC).astimezone(VIETNAM).date()


def due_day(settings: dict[str, str]) -> int:
    """The day of the month reports are due (Cài đặt thư › hạn báo cáo, the 25th unless set)."""
    try:
        return int(settings.get("report.due_day", "") or DEFAULT_DUE_DAY)
    except ValueError:
        return DEFAULT_DUE_DAY


def schools(rows: Rows) -> list[School]:
    """The office's schools, in Vietnamese order: its units of kind school, less those that name a
    group of schools ("Các trường MN trực thuộc" leads a theme; it sends no report)."""
    found = [School(id, name, email or "") for id, name, _kind, email in report_read.units(rows, SCHOOL)
             if not fold(name).startswith("cac ")]
    return sorted(found, key=lambda u: sort_key(u.name))


Received = tuple[dt.datetime, int, Any]  # first sent at, submissions, figures (report_read.received)


def sent_state(first_sent_at: dt.datetime, deadline: dt.date) -> str:
    """A report received: "on_time" when its school made it (its first submission) before the
    period's due day, in Việt Nam, else "late"."""
    return "on_time" if local_day(first_sent_at) < deadline else "late"


def school_figures(school: School, period: ReportPeriod, received: Received | None, today: dt.date,
                   due: int) -> SchoolFigures:
    """What the school reported for the period: on time, late, missing or not yet due, with its figures."""
    deadline = period.due(due)
    if received is None:
        return SchoolFigures(school.id, school.name, "pending" if today < deadline else "missing")
    from ..exchange.report_package import parse_figures

    first_sent_at, submissions, stored = received
    figures = parse_figures(stored)
    return SchoolFigures(school.id, school.name, sent_state(first_sent_at, deadline),
                         resubmitted=submissions > 1, sent_at=first_sent_at, total=figures.total,
                         year_to_date=figures.year_to_date, targets=figures.targets, by_channel=figures.by_channel)


def school_status(rows: Rows, period: ReportPeriod, today: dt.date) -> list[SchoolFigures]:
    """Each school, for the period: sent on time, late, missing (or not yet due), with its figures."""
    period = base_period(period)
    due = due_day(report_read.settings(rows))
    received = report_read.received(rows, [period.key])
    return [school_figures(school, period, received.get((school.id, period.key)), today, due)
            for school in schools(rows)]


def schools_of_report(rows: Rows, plan: PlanDetail, period: ReportPeriod, today: dt.date) -> list[SchoolFigures]:
    """The schools' part of the office's own report: empty unless the office gathers reports."""
    if plan.organization.level == "truong" or not report_read.any_received(rows):
        return []
    return school_status(rows, period, today)


# --- the report -----------------------------------------------------------------------------------

def default_narrative(plan: PlanDetail, period: ReportPeriod) -> dict[str, str]:
    number = format_number(plan.number, plan.symbol).strip()
    plan_ref = f"Kế hoạch số {number}" if plan.number else "Kế hoạch"
    return {
        "direction": (
            f"Thực hiện {plan_ref} về truyền thông về Giáo dục và Đào tạo {plan.period.label()}, "
            f"{plan.organization.name} đã chỉ đạo các bộ phận chuyên môn và các đơn vị trực thuộc triển khai "
            "các nội dung truyền thông theo kế hoạch; phân công cán bộ đầu mối phụ trách từng nội dung; "
            "duy trì hoạt động của trang thông tin điện tử và các kênh truyền thông của đơn vị."),
        "assessment": (
            "1. Ưu điểm: Công tác truyền thông được triển khai kịp thời, đúng nội dung kế hoạch; tin bài phản ánh "
            "các hoạt động nổi bật của ngành, được thủ trưởng đơn vị duyệt trước khi đăng.\n"
            "2. Hạn chế: Một số nội dung trong kế hoạch chưa có tin bài trong kỳ; hình thức truyền thông còn "
            "chưa đa dạng.\n"
            "3. Nguyên nhân: Đội ngũ phụ trách truyền thông chủ yếu kiêm nhiệm; kỹ năng viết tin bài, "
            "chụp ảnh, dựng video còn hạn chế."),
        "proposals": (
            "Đề nghị cấp trên tiếp tục tổ chức tập huấn kỹ năng truyền thông, viết tin bài cho cán bộ phụ trách; "
            "hướng dẫn thống nhất cách thức báo cáo, minh chứng kết quả công tác truyền thông."),
    }


def report_data(rows: Rows, plan: PlanDetail, period: ReportPeriod, today: dt.date | None = None) -> ReportData:
    """Everything the report of `plan` for `period` shows, computed from the counted articles."""
    today = today or dt.date.today()
    narrative = default_narrative(plan, period)
    number, issued_on = None, None
    stored = report_read.stored_report(rows, plan.id, period.key)
    if stored is not None:
        narrative = {key: stored[key] or text for key, text in narrative.items()}
        number, issued_on = stored["number"], stored["issued_on"]
    found = report_read.counted_articles(rows, plan.id, period.start, period.end)
    links = report_read.themes_of_counted(rows, plan.id, period.start, period.end)
    year_to_date = report_read.total(rows, plan.id, dt.date(period.end.year, 1, 1), period.end)
    group_of = {t.id: f"{g.numeral}. {g.title}" for g in plan.groups for t in g.themes}
    group_order = {f"{g.numeral}. {g.title}": g.position for g in plan.groups}
    by_group: Counter[str] = Counter()
    for article_id, *_rest in found:
        groups = {group_of[t] for t in links.get(article_id, []) if t in group_of} or {"(chưa gắn nội dung)"}
        by_group.update(groups)
    channels = Counter(r[3] or "(chưa ghi kênh)" for r in found)
    units = Counter(r[5] or "(chưa ghi đơn vị)" for r in found)
    dated: list[tuple[dt.date, str, str, str]] = [(r[1], r[2], r[3] or "", r[4] or "") for r in found if r[1]]
    monthly_counts = Counter((d.year, d.month) for d, _t, _c, _u in dated)
    months = months_in(period.start, period.end) if period.kind != "month" else [(period.year, period.index)]
    addressees = [r.name for r in plan.recipients if "b/c" in r.purpose.replace(" ", "").lower()]
    if not addressees and plan.organization.parent_name:
        addressees = [plan.organization.parent_name]

    statuses = rule_statuses(rows, plan.id, period.start, period.end, today, as_of=period.end)
    one_year = period.start.year == period.end.year
    quarters = {quarter_of(period.start), quarter_of(period.end)} | set(
        range(quarter_of(period.start), quarter_of(period.end) + 1)) if one_year else {1, 2, 3, 4}
    year = period.end.year
    coverage_table = []
    for row in coverage_rows(plan, theme_months(rows, plan.id, dt.date(year, 1, 1), dt.date(year, 12, 31))):
        due = row.planned & quarters
        if due:
            done = row.covered & due
            coverage_table.append((row.stt, row.title, format_quarters(due),
                                   "Đã có tin bài" if done == due else
                                   f"Chưa có tin bài trong {format_quarters(due - done)}"))
    opinion_rows = [(f"{i.noticed_on:%d/%m/%Y}", i.summary, OPINION_SEVERITIES[i.severity], i.actions,
                     OPINION_STATUSES[i.status] + (" · đã báo cáo cấp trên" if i.reported_up else ""))
                    for i in reversed(opinion_issues(rows, period.start, period.end, plan.id))]
    return ReportData(
        rule_rows=[rule_row(st) for st in statuses], targets=[target_figure(st) for st in statuses],
        coverage_rows=coverage_table, schools=schools_of_report(rows, plan, period, today),
        opinion_rows=opinion_rows,
        superior_rows=[(f"{r.group_title} — {r.title}" if r.group_title else r.title, "; ".join(r.themes) or "—",
                        "Có nội dung thực hiện" if r.addressed else "Chưa có nội dung thực hiện")
                       for r in superior_coverage(rows, plan.id)],
        plan=plan, period=period, number=number, issued_on=issued_on, addressees=addressees,
        direction=narrative["direction"], assessment=narrative["assessment"], proposals=narrative["proposals"],
        by_channel=sorted(channels.items(), key=lambda x: (-x[1], x[0])),
        by_group=sorted(by_group.items(), key=lambda x: group_order.get(x[0], 10_000)),
        by_unit=sorted(units.items(), key=lambda x: (-x[1], x[0])),
        articles=dated,
        monthly=[(y, m, monthly_counts[(y, m)] if period.kind != "month" else len(found)) for y, m in months],
        yearly_minimum=YEARLY_MINIMUM.get(plan.organization.level),
        year_to_date=year_to_date,
    )


# --- the article list -----------------------------------------------------------------------------

def article_lines(rows: Rows, plan: PlanDetail, date_from: dt.date | None = None, date_to: dt.date | None = None,
                  all_states: bool = False) -> list[ArticleLine]:
    """The articles of a plan in a period, oldest first, as the export wants them: the counted ones
    (see services/counting.py), or with `all_states` every article not withdrawn, each marked."""
    theme_info = {t.id: (f"{g.numeral}.{t.stt} {t.title}", f"{g.numeral}. {g.title}")
                  for g in plan.groups for t in g.themes}
    found, themes, evidence = report_read.listed_articles(rows, plan.id, date_from, date_to, all_states)
    out = []
    for a in found:
        tids = themes.get(a["id"], [])
        out.append(ArticleLine(
            published_on=a["published_on"], title=a["title"], kind=KIND_LABELS.get(a["kind"], a["kind"]),
            channel=a["channel"] or "", url=a["url"], themes=tuple(theme_info[t][0] for t in tids if t in theme_info),
            groups=tuple(dict.fromkeys(theme_info[t][1] for t in tids if t in theme_info)),
            unit=a["unit"] or "", authors=a["authors"], status=ARTICLE_LABELS[a["status"]],
            evidence=tuple(evidence.get(a["id"], ())),
            counted=report_read.is_counted(a["status"], a["withdrawn"], a["published_on"], date_from, date_to)))
    return out


def articles_title(plan: PlanDetail, date_from: dt.date | None, date_to: dt.date | None, all_states: bool) -> str:
    """The heading of the article export's sheets."""
    period = ""
    if date_from or date_to:
        period = f" từ {date_from:%d/%m/%Y}" if date_from else ""
        period += f" đến {date_to:%d/%m/%Y}" if date_to else ""
    what = "DANH SÁCH TIN BÀI (MỌI TRẠNG THÁI)" if all_states else "DANH SÁCH TIN BÀI ĐÃ ĐĂNG"
    return f"{what} — {plan.organization.name.upper()}{period}"
