"""Results reports: the figures for a period, the narrative the user writes, PDF and Excel."""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from sqlalchemy import select

from ..db.models import Report
from ..domain.reporting import ReportPeriod, parse_report_period
from ..records import PlanDetail, ReportData
from . import report_figures
from .errors import ValidationError
from .permissions import EDIT, require
from .plans import get_plan, plan_in
from .store import Store, sql_rows
from .validate import optional_text

default_narrative = report_figures.default_narrative


def parse_period(text: str, window_day: int = 0) -> ReportPeriod:
    try:
        return parse_report_period(text, window_day)
    except ValueError as exc:
        raise ValidationError("Kỳ báo cáo", str(exc)) from None


def report_data(store: Store, plan_id: int, period: ReportPeriod) -> ReportData:
    """Everything a report for `period` shows, computed from the published articles (one
    snapshot of the database: every figure from the same articles)."""
    with store.snapshot() as s:
        rows = sql_rows(s)
        return report_figures.report_data(rows, plan_in(rows, plan_id), period)


rule_row, target_figure = report_figures.rule_row, report_figures.target_figure


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
