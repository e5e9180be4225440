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

from sqlalchemy import select

from ..db import report_read
from ..db.models import Unit
from ..domain.documents import office_key
from ..domain.reporting import MONTH, ReportPeriod
from ..domain.text import fold
from ..records import School, SchoolFigures, TargetFigure
from . import report_figures
from .errors import ValidationError
from .permissions import EDIT, require
from .store import Store, sql_rows

SCHOOL, VIETNAM = report_figures.SCHOOL, report_figures.VIETNAM
base_period, local_day = report_figures.base_period, report_figures.local_day


def due_day(store: Store) -> int:
    from .mail import get_settings

    return report_figures.due_day(get_settings(store))


def schools(store: Store) -> list[School]:
    """The office's schools, in Vietnamese order (report_figures.schools)."""
    with store.read() as s:
        return report_figures.schools(sql_rows(s))


def has_received(store: Store) -> bool:
    with store.read() as s:
        return report_read.any_received(sql_rows(s))


def status(store: Store, period: ReportPeriod, today: dt.date | None = None) -> list[SchoolFigures]:
    """Each school, for the period: sent on time, late, missing (or not yet due), with its figures."""
    with store.read() as s:
        return report_figures.school_status(sql_rows(s), period, today or dt.date.today())


def month_matrix(store: Store, year: int, today: dt.date | None = None) -> list[tuple[School, list[SchoolFigures]]]:
    """Schools × the twelve months of `year`: each school's monthly report, month by month."""
    today = today or dt.date.today()
    periods = [ReportPeriod(MONTH, year, m) for m in range(1, 13)]
    with store.read() as s:
        rows = sql_rows(s)
        due = report_figures.due_day(report_read.settings(rows))
        received = report_read.received(rows, [p.key for p in periods])
        return [(school, [report_figures.school_figures(school, p, received.get((school.id, p.key)), today, due)
                          for p in periods]) for school in report_figures.schools(rows)]


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
