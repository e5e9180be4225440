"""A district gathering its schools' reports (a Sở, its Phòng): the schools, who sent what and when,
the schools × months and schools × targets views, reminders.

The schools are the units of kind "school". What each sent is in `received_report` (see
services/packages.py for receiving). A report is on time when the school made its package before
the due day of the period (Cài đặt thư › hạn báo cáo, the 25th unless set); a period whose due
day has not come is "pending" for a school that has not sent yet, and "missing" after.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from ..db.models import ReceivedReport, Unit
from ..domain.documents import office_key
from ..domain.reporting import MONTH, ReportPeriod
from ..domain.text import fold, sort_key
from ..records import PlanDetail, SchoolFigures, TargetFigure
from .errors import ValidationError
from .permissions import EDIT, require
from .store import Store

SCHOOL = "school"
VIETNAM = dt.timezone(dt.timedelta(hours=7))


def base_period(period: ReportPeriod) -> ReportPeriod:
    """The period a report answers, whatever days the school's window ran (15th-to-14th or not)."""
    return ReportPeriod(period.kind, period.year, period.index)


def local_day(moment_utc: dt.datetime) -> dt.date:
    """The day in Việt Nam of a moment stored in UTC."""
    return moment_utc.replace(tzinfo=dt.UTC).astimezone(VIETNAM).date()


def due_day(store: Store) -> int:
    from .mail import get_settings

    try:
        return int(get_settings(store).get("report.due_day", "25") or 25)
    except ValueError:
        return 25


@dataclass(frozen=True)
class School:
    id: int
    name: str
    email: str


def schools(store: Store) -> list[School]:
    """The office's schools, in Vietnamese order: its units of kind school, less those that name a
    group of schools ("Các trường MN trực thuộc" leads a theme; it sends no report)."""
    with store.read() as s:
        rows = [School(u.id, u.name, u.email or "") for u in s.scalars(select(Unit).where(Unit.kind == SCHOOL))
                if not fold(u.name).startswith("cac ")]
    return sorted(rows, key=lambda u: sort_key(u.name))


def has_received(store: Store) -> bool:
    with store.read() as s:
        return bool(s.scalar(select(func.count()).select_from(ReceivedReport)))


def _state(period: ReportPeriod, received: ReceivedReport | None, today: dt.date, due: int) -> str:
    deadline = period.due(due)
    if received is not None:
        return "on_time" if local_day(received.first_sent_at) < deadline else "late"
    return "pending" if today < deadline else "missing"


def _figures(school: School, period: ReportPeriod, received: ReceivedReport | None, today: dt.date,
             due: int) -> SchoolFigures:
    state = _state(period, received, today, due)
    if received is None:
        return SchoolFigures(school.id, school.name, state)
    from ..exchange.report_package import parse_figures

    figures = parse_figures(received.figures)
    return SchoolFigures(school.id, school.name, state, resubmitted=received.submissions > 1,
                         sent_at=received.first_sent_at, total=figures.total, year_to_date=figures.year_to_date,
                         targets=figures.targets, by_channel=figures.by_channel)


def status(store: Store, period: ReportPeriod, today: dt.date | None = None) -> list[SchoolFigures]:
    """Each school, for the period: sent on time, late, missing (or not yet due), with its figures."""
    period = base_period(period)
    today = today or dt.date.today()
    due = due_day(store)
    listed = schools(store)
    with store.read() as s:
        received = {r.unit_id: r for r in s.scalars(select(ReceivedReport).where(
            ReceivedReport.period_key == period.key))}
        return [_figures(school, period, received.get(school.id), today, due) for school in listed]


def schools_of_report(store: Store, plan: PlanDetail, period: ReportPeriod) -> list[SchoolFigures]:
    """The schools' part of the office's own report: empty unless the office gathers reports."""
    if plan.organization.level == "truong" or not has_received(store):
        return []
    return status(store, period)


def month_matrix(store: Store, year: int, today: dt.date | None = None) -> list[tuple[School, list[SchoolFigures]]]:
    """Schools × the twelve months of `year`: each school's monthly report, month by month."""
    today = today or dt.date.today()
    due = due_day(store)
    periods = [ReportPeriod(MONTH, year, m) for m in range(1, 13)]
    with store.read() as s:
        received = {(r.unit_id, r.period_key): r for r in s.scalars(select(ReceivedReport).where(
            ReceivedReport.period_key.in_([p.key for p in periods])))}
        return [(school, [_figures(school, p, received.get((school.id, p.key)), today, due) for p in periods])
                for school in schools(store)]


def target_matrix(store: Store, period: ReportPeriod, today: dt.date | None = None,
                  rows: list[SchoolFigures] | None = None,
                  ) -> tuple[list[str], list[tuple[SchoolFigures, list[TargetFigure | None]]]]:
    """Schools × the targets their reports judge: the columns (criterion and window), and for each
    school its result in each (None where its report has no such target or it sent none). `rows`:
    the period's status when the caller has it already."""
    rows = status(store, period, today) if rows is None else rows
    columns: list[str] = []
    for row in rows:
        for t in row.targets:
            label = target_label(t)
            if label not in columns:
                columns.append(label)
    matrix = []
    for row in rows:
        by_label = {target_label(t): t for t in row.targets}
        matrix.append((row, [by_label.get(c) for c in columns]))
    return columns, matrix


def target_label(t: TargetFigure) -> str:
    return f"{t.criterion}{f' — {t.unit}' if t.unit else ''} ({t.window})"


def school_of(store: Store, name: str) -> School | None:
    """The school with this name, abbreviations, accents and case aside."""
    key = office_key(name)
    return next((sc for sc in schools(store) if office_key(sc.name) == key), None)


# --- the list of schools ----------------------------------------------------------------------------

@dataclass(frozen=True)
class SchoolImport:
    added: list[str]
    updated: list[str]  # an existing unit made a school, or given the list's e-mail
    unchanged: list[str]

    def summary(self) -> str:
        return (f"{len(self.added)} trường mới, {len(self.updated)} trường cập nhật, "
                f"{len(self.unchanged)} trường đã có.")


def import_schools(store: Store, path: str | Path) -> SchoolImport:
    """Add the schools of an Excel list as units of kind school, all or none."""
    from ..exchange.school_list import SchoolListError, read_school_list

    require(store, EDIT, "nhập danh sách trường")
    try:
        entries = read_school_list(path)
    except SchoolListError as exc:
        raise ValidationError("Danh sách trường", str(exc)) from None
    added: list[str] = []
    updated: list[str] = []
    unchanged: list[str] = []
    with store.write() as s:
        units = list(s.scalars(select(Unit)))
        by_key = {office_key(u.name): u for u in units}
        by_folded = {u.name_folded: u for u in units}
        for entry in entries:
            unit = by_key.get(office_key(entry.name)) or by_folded.get(fold(entry.name))
            if unit is None:
                unit = Unit(name=entry.name, name_folded=fold(entry.name), kind=SCHOOL, email=entry.email, notes="")
                s.add(unit)
                s.flush()
                by_folded[unit.name_folded] = unit
                store.audit(s, "create", "unit", unit.id, after={"name": unit.name, "kind": SCHOOL, "email": entry.email})
                added.append(entry.name)
                continue
            before = {"kind": unit.kind, "email": unit.email}
            if unit.kind != SCHOOL or (entry.email and entry.email != unit.email):
                unit.kind = SCHOOL
                unit.email = entry.email or unit.email
                store.audit(s, "update", "unit", unit.id, before=before, after={"kind": SCHOOL, "email": unit.email})
                updated.append(unit.name)
            else:
                unchanged.append(unit.name)
    return SchoolImport(added, updated, unchanged)


# --- reminders ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Reminders:
    queued: list[int]  # outbox message ids
    sent_to: list[str]  # the schools reminded
    without_email: list[str]  # schools that have not sent and have no address

    def summary(self) -> str:
        text = f"Đã đưa {len(self.queued)} thư nhắc vào hộp thư đi."
        if self.without_email:
            text += f" Chưa có địa chỉ thư của: {', '.join(self.without_email)}."
        return text


def remind(store: Store, period: ReportPeriod, today: dt.date | None = None) -> Reminders:
    """A reminder in the outbox to each school that has not sent its report of `period`."""
    from .mail import queue
    from .organization import get_organization

    require(store, EDIT, "nhắc trường gửi báo cáo")
    period = base_period(period)
    org = get_organization(store)
    office = org.name if org else ""
    due = period.due(due_day(store))
    late = [row for row in status(store, period, today) if not row.received]
    addresses = {sc.id: sc.email for sc in schools(store)}
    queued, sent_to, without = [], [], []
    for row in late:
        email = addresses.get(row.unit_id, "")
        if not email:
            without.append(row.name)
            continue
        body = (f"Kính gửi: {row.name},\n\n{office} chưa nhận được báo cáo kết quả công tác truyền thông "
                f"{period.label()} của đơn vị (hạn gửi: trước ngày {due:%d/%m/%Y}).\n\n"
                "Đề nghị đơn vị tạo gói báo cáo trong KeHoach (Báo cáo › Gói báo cáo) và gửi về trong thời gian sớm nhất.\n\n"
                "Trân trọng.")
        queued.append(queue(store, [email], [], f"V/v đề nghị gửi báo cáo công tác truyền thông {period.label()}",
                            body, []))
        sent_to.append(row.name)
    return Reminders(queued, sent_to, without)


def status_json(rows: list[SchoolFigures], deadline: dt.date) -> list[dict[str, Any]]:
    """`district status --json`: one object a school."""
    return [{"school": r.name, "state": r.state, "resubmitted": r.resubmitted,
             "sent_at": r.sent_at.replace(tzinfo=dt.UTC).astimezone(VIETNAM).isoformat(timespec="seconds")
             if r.sent_at else None,
             "articles": r.total, "year_to_date": r.year_to_date,
             "targets_met": r.targets_met()[0], "targets_judged": r.targets_met()[1], "due": deadline.isoformat()}
            for r in rows]
