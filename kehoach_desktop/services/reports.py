"""Results reports: the figures for a period, the narrative the user writes, PDF and Excel."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from typing import Any

from sqlalchemy import select

from ..db.models import Article, ArticleTheme, Channel, Report, Unit
from ..domain.documents import format_number
from ..domain.reporting import ReportPeriod, months_in, parse_report_period
from ..records import YEARLY_MINIMUM, PlanDetail, ReportData, TargetFigure
from . import counting
from .errors import ValidationError
from .permissions import EDIT, require
from .plans import get_plan
from .store import Store
from .validate import optional_text


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


def parse_period(text: str, window_day: int = 0) -> ReportPeriod:
    try:
        return parse_report_period(text, window_day)
    except ValueError as exc:
        raise ValidationError("Kỳ báo cáo", str(exc)) from None


def report_data(store: Store, plan_id: int, period: ReportPeriod) -> ReportData:
    """Everything a report for `period` shows, computed from the published articles."""
    plan = get_plan(store, plan_id)
    narrative = default_narrative(plan, period)
    number, issued_on = None, None
    with store.read() as s:
        stored = s.scalars(select(Report).where(Report.plan_id == plan_id, Report.period_key == period.key)).first()
        if stored is not None:
            narrative = {"direction": stored.direction or narrative["direction"],
                         "assessment": stored.assessment or narrative["assessment"],
                         "proposals": stored.proposals or narrative["proposals"]}
            number, issued_on = stored.number, stored.issued_on
        rows = s.execute(select(Article.id, Article.published_on, Article.title, Channel.name, Article.url, Unit.name)
                         .outerjoin(Channel, Article.channel_id == Channel.id)
                         .outerjoin(Unit, Article.unit_id == Unit.id)
                         .where(counting.counts_in(plan_id, period.start, period.end))
                         .order_by(Article.published_on, Article.id)).all()
        ids = [r[0] for r in rows]
        links: dict[int, list[int]] = {}
        for chunk in range(0, len(ids), 900):
            for link in s.scalars(select(ArticleTheme).where(ArticleTheme.article_id.in_(ids[chunk:chunk + 900]))):
                links.setdefault(link.article_id, []).append(link.theme_id)
    year_to_date = counting.total(store, plan_id, dt.date(period.end.year, 1, 1), period.end)
    group_of = {t.id: f"{g.numeral}. {g.title}" for g in plan.groups for t in g.themes}
    group_order = {f"{g.numeral}. {g.title}": g.position for g in plan.groups}
    by_group: Counter[str] = Counter()
    for article_id in ids:
        groups = {group_of[t] for t in links.get(article_id, []) if t in group_of} or {"(chưa gắn nội dung)"}
        by_group.update(groups)
    channels = Counter(r[3] or "(chưa ghi kênh)" for r in rows)
    units = Counter(r[5] or "(chưa ghi đơn vị)" for r in rows)
    dated: list[tuple[dt.date, str, str, str]] = [(r[1], r[2], r[3] or "", r[4] or "") for r in rows if r[1]]
    monthly_counts = Counter((d.year, d.month) for d, _t, _c, _u in dated)
    months = months_in(period.start, period.end) if period.kind != "month" else [(period.year, period.index)]
    addressees = [r.name for r in plan.recipients if "b/c" in r.purpose.replace(" ", "").lower()]
    if not addressees and plan.organization.parent_name:
        addressees = [plan.organization.parent_name]
    from ..domain.timing import format_quarters, quarter_of
    from . import cascade, district, opinion, targets

    statuses = targets.status(store, plan_id, period.start, period.end, as_of=period.end)
    rule_rows = [rule_row(st) for st in statuses]
    quarters = {quarter_of(period.start), quarter_of(period.end)} | set(
        range(quarter_of(period.start), quarter_of(period.end) + 1)) if period.start.year == period.end.year else {1, 2, 3, 4}
    coverage_rows = []
    for row in targets.coverage(store, plan_id, period.end.year, plan):
        due = row.planned & quarters
        if due:
            done = row.covered & due
            coverage_rows.append((row.stt, row.title, format_quarters(due),
                                  "Đã có tin bài" if done == due else
                                  f"Chưa có tin bài trong {format_quarters(due - done)}"))
    opinion_rows = [(f"{i.noticed_on:%d/%m/%Y}", i.summary, opinion.SEVERITIES[i.severity], i.actions,
                     opinion.STATUSES[i.status] + (" · đã báo cáo cấp trên" if i.reported_up else ""))
                    for i in reversed(opinion.list_issues(store, period.start, period.end, plan_id))]
    return ReportData(
        rule_rows=rule_rows, targets=[target_figure(st) for st in statuses], coverage_rows=coverage_rows,
        schools=district.schools_of_report(store, plan, period), opinion_rows=opinion_rows,
        superior_rows=[(f"{r.group_title} — {r.title}" if r.group_title else r.title, "; ".join(r.themes) or "—",
                        "Có nội dung thực hiện" if r.addressed else "Chưa có nội dung thực hiện")
                       for r in cascade.coverage(store, plan_id)],
        plan=plan, period=period, number=number, issued_on=issued_on, addressees=addressees,
        direction=narrative["direction"], assessment=narrative["assessment"], proposals=narrative["proposals"],
        by_channel=sorted(channels.items(), key=lambda x: (-x[1], x[0])),
        by_group=sorted(by_group.items(), key=lambda x: group_order.get(x[0], 10_000)), by_unit=sorted(units.items(), key=lambda x: (-x[1], x[0])),
        articles=dated,
        monthly=[(y, m, monthly_counts[(y, m)] if period.kind != "month" else len(rows)) for y, m in months],
        yearly_minimum=YEARLY_MINIMUM.get(plan.organization.level),
        year_to_date=year_to_date,
    )


def rule_row(st: Any) -> tuple[str, str, str, str]:
    """(criterion, required, achieved, verdict) of one target window as of the report's last day.
    A window still running shows its progress from its own start and the pro-rata expectation."""
    r = st.result
    who = f" — {st.unit_name}" if st.unit_name else ""
    if r.finished or r.as_of is None:
        return f"{st.rule.text}{who} ({r.window.label})", str(r.required), str(r.achieved), r.verdict_label
    return (f"{st.rule.text}{who} ({r.window.label}; lũy kế {r.window.start:%d/%m}–{r.as_of:%d/%m/%Y})",
            f"{r.required} (tiến độ: {r.expected})", str(r.achieved), r.verdict_label)


def target_figure(st: Any) -> TargetFigure:
    r = st.result
    return TargetFigure(st.rule.text, st.unit_name or "", r.window.label, r.required, r.achieved,
                        bool(r.finished or r.as_of is None), r.verdict_label)


REPORT_DRAFT, REPORT_APPROVED = "draft", "approved"


def report_status(store: Store, plan_id: int, period: ReportPeriod) -> tuple[str, str, dt.datetime | None]:
    """(status, approved by, approved at) of the report of this period."""
    with store.read() as s:
        report = s.scalars(select(Report).where(Report.plan_id == plan_id, Report.period_key == period.key)).first()
        if report is None:
            return REPORT_DRAFT, "", None
        return report.status or REPORT_DRAFT, report.approved_by or "", report.approved_at


def approve_report(store: Store, plan_id: int, period: ReportPeriod, password: str) -> None:
    """The head of office approves the report of this period (giving their password again); its
    text is then fixed, and it can be signed."""
    from ..db.models import utcnow
    from .accounts import check_password
    from .errors import Conflict
    from .permissions import APPROVER

    require(store, APPROVER, "duyệt báo cáo", "plan", plan_id)
    check_password(store, password)
    save_report(store, plan_id, period)  # the narrative as shown (the default text when none was written)
    with store.write() as s:
        report = s.scalars(select(Report).where(Report.plan_id == plan_id, Report.period_key == period.key)).one()
        if report.status == REPORT_APPROVED:
            raise Conflict(f"Báo cáo {period.label()} đã được duyệt.")
        if not (report.direction or "").strip():
            data = report_data(store, plan_id, period)
            report.direction, report.assessment, report.proposals = data.direction, data.assessment, data.proposals
        report.status, report.approved_by, report.approved_at = REPORT_APPROVED, store.actor, utcnow()
        store.audit(s, "approve", "report", report.id, plan_id=plan_id, before={"status": REPORT_DRAFT},
                    after={"status": REPORT_APPROVED, "period": period.key})


def return_report(store: Store, plan_id: int, period: ReportPeriod, reason: str) -> None:
    """An approved report goes back to draft to be changed; its signed copies are no longer in force."""
    from .errors import Conflict
    from .permissions import APPROVER
    from .signing import supersede
    from .validate import required_line

    require(store, APPROVER, "trả lại báo cáo", "plan", plan_id)
    why = required_line("Lý do", reason, 2000)
    with store.write() as s:
        report = s.scalars(select(Report).where(Report.plan_id == plan_id, Report.period_key == period.key)).first()
        if report is None or report.status != REPORT_APPROVED:
            raise Conflict("Chỉ trả lại được báo cáo đã duyệt.")
        report.status, report.approved_by, report.approved_at = REPORT_DRAFT, "", None
        supersede(s, plan_id, ("report",), period.key)
        store.audit(s, "return", "report", report.id, plan_id=plan_id, before={"status": REPORT_APPROVED},
                    after={"status": REPORT_DRAFT, "period": period.key, "reason": why})


def save_report(store: Store, plan_id: int, period: ReportPeriod, *, direction: str | None = None,
                assessment: str | None = None, proposals: str | None = None, number: int | None = None,
                issued_on: dt.date | None = None) -> int:
    """Store the narrative (and number/date) of the report for this plan and period."""
    require(store, EDIT, "lưu báo cáo", "plan", plan_id)
    with store.write() as s:
        report = s.scalars(select(Report).where(Report.plan_id == plan_id, Report.period_key == period.key)).first()
        if report is None:
            report = Report(plan_id=plan_id, period_key=period.key, status=REPORT_DRAFT)
            s.add(report)
        changes = {k: optional_text(k, v) for k, v in (("direction", direction), ("assessment", assessment),
                                                       ("proposals", proposals)) if v is not None}
        changed = {k: v for k, v in changes.items() if (getattr(report, k) or "") != v}
        if report.status == REPORT_APPROVED and (changed or number is not None and number != report.number
                                                 or issued_on is not None and issued_on != report.issued_on):
            from .errors import Conflict

            raise Conflict(f"Báo cáo {period.label()} đã được duyệt: nội dung không sửa được nữa. "
                           "Người duyệt trả lại báo cáo để sửa.")
        for key, value in changed.items():
            setattr(report, key, value)
        if number is not None:
            report.number = number
        if issued_on is not None:
            report.issued_on = issued_on
        s.flush()
        store.audit(s, "update", "report", report.id, plan_id=plan_id, after={"period": period.key})
        return report.id


def export_report(store: Store, plan_id: int, period: ReportPeriod, target: str | os.PathLike[str] | Any,
                  fmt: str = "pdf", regenerate: bool = False) -> Any:
    """The report as PDF, xlsx or docx. A report signed here gives its signed copy as the PDF
    (never a new, unsigned one) unless `regenerate`."""
    if fmt == "pdf" and not regenerate and isinstance(target, str | os.PathLike):
        from .signing import give_signed_copy

        signed = give_signed_copy(store, "report", plan_id, period.key, target)
        if signed is not None:
            return signed
    data = report_data(store, plan_id, period)
    if fmt == "xlsx":
        from ..exchange.report_xlsx import write_report_xlsx

        return write_report_xlsx(data, target)
    if fmt == "docx":
        from ..exchange.report_docx import write_report_docx
        from .documents import _atomic

        return _atomic(target, lambda tmp: write_report_docx(data, tmp))
    from ..exchange.report_pdf import write_report_pdf

    if isinstance(target, str | os.PathLike):
        from .documents import _atomic

        return _atomic(target, lambda tmp: write_report_pdf(data, tmp))
    return write_report_pdf(data, target)


def default_name(data_or_period: ReportPeriod, fmt: str = "pdf") -> str:
    return f"Bao-cao-truyen-thong-{data_or_period.key}.{fmt}"




def sent_messages(store: Store, plan_id: int, period: ReportPeriod) -> list[Any]:
    """The messages that carried this plan's report of `period` upward, oldest first."""
    from ..db.models import MailMessage
    from .mail import OutboxItem

    with store.read() as s:
        rows = s.scalars(select(MailMessage).join(Report, Report.id == MailMessage.report_id).where(
            Report.plan_id == plan_id, Report.period_key == period.key, MailMessage.status == "sent")
            .order_by(MailMessage.sent_at)).all()
        return [OutboxItem(m.id, m.to_addrs, m.subject, m.status, m.last_error, m.created_at, m.sent_at,
                           m.report_id) for m in rows]


def due_soon(store: Store, plan_id: int, today: dt.date | None = None, within_days: int = 7,
             plan: PlanDetail | None = None) -> tuple[ReportPeriod, dt.date] | None:
    """The monthly (or, in December, the annual) report due within `within_days` and not yet sent."""
    from ..db.models import MailMessage
    from ..domain.reporting import MONTH, YEAR
    from .mail import get_settings

    today = today or dt.date.today()
    plan = plan or get_plan(store, plan_id)
    if not plan.period.start <= today.year <= plan.period.end:
        return None  # a plan of another year has no report due now
    due_day = int(get_settings(store).get("report.due_day", "25") or 25)
    candidates = [ReportPeriod(MONTH, today.year, today.month)]
    if today.month == 12:
        candidates.append(ReportPeriod(YEAR, today.year))
    with store.read() as s:
        for period in candidates:
            due = period.due(due_day)
            if not 0 <= (due - today).days <= within_days:
                continue
            report_id = s.scalar(select(Report.id).where(Report.plan_id == plan_id, Report.period_key == period.key))
            sent = report_id is not None and s.scalar(select(MailMessage.id).where(
                MailMessage.report_id == report_id, MailMessage.status == "sent")) is not None
            if not sent:
                return period, due
    return None
