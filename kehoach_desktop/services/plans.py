"""Plans: the document's header, basis, recipients and signer; listing, searching, copying."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import (
    BasisReference,
    Organization,
    Plan,
    Recipient,
    Section,
    TargetRule,
    Theme,
    ThemeGroup,
    ThemeUnit,
    utcnow,
)
from ..db.plan_read import Rows, read_plan, timing_of
from ..domain.documents import default_symbol
from ..domain.numerals import to_roman
from ..domain.periods import Period, PeriodKind, parse_period, shift_period_text
from ..domain.targets import default_rules
from ..domain.text import clean_line, fold, sort_key
from ..domain.timing import Timing
from ..domain.workflow import PLAN_APPROVED, PLAN_DRAFT, PLAN_ISSUED, PLAN_LABELS, plan_allows
from ..records import (
    PlanDetail,
    PlanSummary,
    period_of,
)
from .errors import Conflict, NotFound, ValidationError
from .permissions import EDIT, open_plan_for_editing, require
from .store import Store, fetch, sql_rows
from .validate import MAX_TITLE, optional_date, optional_line, optional_text, required_line

SIGNER_PREFIXES = ("", "KT.", "TM.", "Q.", "TL.", "TUQ.")
PLAN_FIELDS = (
    "number", "symbol", "place", "issued_on", "title", "period", "intro", "closing",
    "signer_prefix", "signer_position", "signer_name",
)


def list_plans(store: Store, query: str = "") -> list[PlanSummary]:
    """Plans, newest period first; `query` matches the title or number, accent-insensitively."""
    words = fold(query).split()
    with store.read() as s:
        stmt = select(Plan).where(Plan.deleted_at.is_(None))
        for word in words:
            stmt = stmt.where(Plan.title_folded.contains(word, autoescape=True))
        plans = [_summary(p) for p in s.scalars(stmt)]
    plans.sort(key=lambda p: sort_key(p.title))
    plans.sort(key=lambda p: p.period.start, reverse=True)
    return plans


def get_plan(store: Store, plan_id: int) -> PlanDetail:
    """The whole plan: header, basis, body tree, appendix with units and owners, recipients."""
    with store.read() as s:
        return plan_in(sql_rows(s), plan_id)


def plan_in(rows: Rows, plan_id: int) -> PlanDetail:
    """The plan read by `rows` (a use case's own snapshot); NotFound when there is none."""
    plan = read_plan(rows, plan_id)
    if plan is None:
        raise NotFound("kế hoạch", plan_id)
    return plan


def stored_timing(t: Theme) -> Timing:
    return timing_of(t.timing_kind, t.quarters_mask, t.months_mask, t.deadline)


def create_plan(store: Store, fields: dict[str, Any]) -> int:
    """Create a plan for the office. Requires a title and a period; checks the number is free.

    Raises ValidationError (which field, why), Conflict (number used that year), or
    ServiceError when the office's details have not been entered yet.
    """
    require(store, EDIT, "tạo kế hoạch")
    values = _clean_fields(fields)
    for key in ("title", "period"):
        if key not in values:
            raise ValidationError(_LABELS[key], "không được để trống.")
    with store.write() as s:
        org = s.scalars(select(Organization).order_by(Organization.id)).first()
        if org is None:
            from .errors import ServiceError

            raise ServiceError("Chưa có thông tin đơn vị: hãy nhập thông tin đơn vị trước.")
        period: Period = values.pop("period")
        plan = Plan(
            organization_id=org.id,
            title=values.pop("title"),
            period_start=period.start,
            period_end=period.end,
            period_kind=period.kind.value,
            place=org.place,
            symbol=default_symbol("KH", org.abbreviation),
        )
        for key, value in values.items():
            setattr(plan, key, value)
        plan.title_folded = fold(plan.title)
        s.add(plan)
        s.flush()
        _check_number_free(s, plan)
        store.audit(s, "create", "plan", plan.id, plan_id=plan.id, after=_plan_values(plan))
        for rule in default_rules(org.level):  # a new plan starts with the samples' targets
            target = TargetRule(plan_id=plan.id, scope=rule.scope, period=rule.period, minimum=rule.minimum,
                                unit_kind=rule.unit_kind)
            s.add(target)
            s.flush()
            store.audit(s, "create", "target", target.id, plan_id=plan.id,
                        after={"scope": rule.scope, "period": rule.period, "minimum": rule.minimum,
                               "unit_kind": rule.unit_kind})
        return plan.id


def update_plan(store: Store, plan_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    """Change header fields of a plan; returns their previous values (for undo).

    Keys: number, symbol, place, issued_on, title, period (text or Period), intro, closing,
    signer_prefix, signer_position, signer_name. All checked before anything is stored.
    """
    require(store, EDIT, "sửa kế hoạch", "plan", plan_id)
    values = _clean_fields(changes)
    with store.write() as s:
        plan = _plan(s, plan_id)
        open_plan_for_editing(store, s, plan)
        before_all = _plan_values(plan)
        before = {k: before_all[k] for k in changes}
        for key, value in values.items():
            if key == "period":
                plan.period_start, plan.period_end = value.start, value.end
                plan.period_kind = value.kind.value
            else:
                setattr(plan, key, value)
        plan.title_folded = fold(plan.title)
        s.flush()
        if {"number", "issued_on", "period", "symbol"} & values.keys():
            _check_number_free(s, plan)
        store.audit(s, "update", "plan", plan.id, plan_id=plan.id, before=before,
                    after={k: _plan_values(plan)[k] for k in changes})
        return before


def delete_plan(store: Store, plan_id: int) -> None:
    """Delete a plan with its body and appendix (the GUI asks for confirmation first).

    The plan is only marked deleted, so restore_plan() undoes it and nothing is lost.
    """
    require(store, EDIT, "xóa kế hoạch", "plan", plan_id)
    with store.write() as s:
        plan = _plan(s, plan_id)
        if plan.status == "issued":
            raise Conflict(f"Kế hoạch «{plan.title}» đã ban hành: không xóa được.")
        plan.deleted_at = utcnow()
        store.audit(s, "delete", "plan", plan.id, plan_id=plan.id, before=_plan_values(plan))


def restore_plan(store: Store, plan_id: int) -> None:
    require(store, EDIT, "khôi phục kế hoạch", "plan", plan_id)
    with store.write() as s:
        plan = fetch(s, Plan, plan_id, "kế hoạch")
        plan.deleted_at = None
        _check_number_free(s, plan)
        store.audit(s, "restore", "plan", plan.id, plan_id=plan.id, after=_plan_values(plan))


def set_basis(store: Store, plan_id: int, lines: list[str]) -> list[str]:
    """Replace the basis references (one line each); returns the previous lines."""
    clean = [optional_line(f"Căn cứ, dòng {i + 1}", line, 2000) for i, line in enumerate(lines)]
    clean = [c for c in clean if c]
    require(store, EDIT, "sửa căn cứ", "plan", plan_id)
    with store.write() as s:
        plan = _plan(s, plan_id)
        open_plan_for_editing(store, s, plan)
        before = [b.text for b in plan.basis]
        kept = {b.text: b for b in plan.basis}
        plan.basis = [kept.get(text) or BasisReference(text=text) for text in clean]
        for i, b in enumerate(plan.basis):
            b.position = i
        store.audit(s, "update", "plan.basis", plan_id, plan_id=plan_id,
                    before={"basis": before}, after={"basis": clean})
        return before


_PURPOSE = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*[;.]?$")


def parse_recipient(line: str) -> tuple[str, str]:
    """"- Sở GD&ĐT (để b/c);" → ("Sở GD&ĐT", "để b/c")."""
    text = clean_line(line).lstrip("-–•+ ").rstrip(";.").strip()
    m = _PURPOSE.match(text)
    return (m.group(1).strip(), m.group(2).strip()) if m else (text, "")


def set_recipients(store: Store, plan_id: int, recipients: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Replace the recipients (name, purpose); returns the previous ones."""
    clean = []
    for i, (name, purpose) in enumerate(recipients):
        n = optional_line(f"Nơi nhận, dòng {i + 1}", name, 300)
        if n:
            clean.append((n, optional_line(f"Nơi nhận, dòng {i + 1}", purpose, 120)))
    require(store, EDIT, "sửa nơi nhận", "plan", plan_id)
    with store.write() as s:
        plan = _plan(s, plan_id)
        open_plan_for_editing(store, s, plan)
        before = [(r.name, r.purpose) for r in plan.recipients]
        plan.recipients = [Recipient(name=n, purpose=p, position=i) for i, (n, p) in enumerate(clean)]
        store.audit(s, "update", "plan.recipients", plan_id, plan_id=plan_id,
                    before={"recipients": before}, after={"recipients": clean})
        return before


@dataclass(frozen=True)
class PeriodReplacement:
    """One appendix text that names the old period, and how it reads with the new one."""

    kind: str  # "group" | "theme" | "form"
    source_id: int  # the group or theme of the plan being copied
    index: int  # the form's position for "form", else 0
    where: str  # "II", "II.3", "II.3 (hình thức 2)"
    old: str
    new: str


def _periods(src: Plan, period_text: str | None) -> tuple[Period, Period]:
    old = period_of(src.period_start, src.period_end, src.period_kind)
    if not period_text:
        return old, old.next()
    try:
        return old, parse_period(period_text, old.kind if old.kind is not PeriodKind.YEAR else None)
    except ValueError as exc:
        raise ValidationError("Thời kỳ", str(exc)) from exc


def period_replacements(store: Store, plan_id: int, period_text: str | None = None) -> list[PeriodReplacement]:
    """What copying to `period_text` could rewrite in the appendix: every group title, theme title
    and form naming the old period, with its new wording, for the user to confirm one by one."""
    with store.read() as s:
        src = _plan(s, plan_id)
        old, new = _periods(src, period_text)
        out = []
        for gi, g in enumerate(src.groups, start=1):
            numeral = to_roman(gi)
            if (text := shift_period_text(g.title, old, new)) != g.title:
                out.append(PeriodReplacement("group", g.id, 0, numeral, g.title, text))
            for ti, t in enumerate(g.themes, start=1):
                if (text := shift_period_text(t.title, old, new)) != t.title:
                    out.append(PeriodReplacement("theme", t.id, 0, f"{numeral}.{ti}", t.title, text))
                for fi, form in enumerate(t.forms or [], start=1):
                    if (text := shift_period_text(form, old, new)) != form:
                        out.append(PeriodReplacement("form", t.id, fi - 1, f"{numeral}.{ti} (hình thức {fi})",
                                                     form, text))
        return out


def copy_plan(store: Store, plan_id: int, period_text: str | None = None,
              replacements: Collection[PeriodReplacement] = ()) -> int:
    """Start a new plan from this one for another period (next period by default).

    Carries header texts, basis, body, recipients, signer, groups and themes with their units,
    timing and owners. Clears the number, the date and theme deadlines; the period in the title,
    opening and closing is replaced ("năm 2024" → "năm 2025"), and in the appendix the
    `replacements` the user confirmed (see period_replacements). One transaction; returns the new
    plan's id.
    """
    require(store, EDIT, "sao chép kế hoạch", "plan", plan_id)
    chosen = {(r.kind, r.source_id, r.index): r.new for r in replacements}
    with store.write() as s:
        src = _plan(s, plan_id)
        old, new = _periods(src, period_text)
        title = shift_period_text(src.title, old, new)
        plan = Plan(
            organization_id=src.organization_id, number=None, symbol=src.symbol, place=src.place,
            issued_on=None, title=title, title_folded=fold(title), period_start=new.start,
            period_end=new.end, period_kind=new.kind.value,
            intro=shift_period_text(src.intro, old, new),
            closing=shift_period_text(src.closing, old, new),
            signer_prefix=src.signer_prefix, signer_position=src.signer_position,
            signer_name=src.signer_name, copied_from_id=src.id,
        )
        plan.basis = [BasisReference(text=b.text, position=b.position, doc_number=b.doc_number,
                                     doc_date=b.doc_date, issuer=b.issuer) for b in src.basis]
        plan.recipients = [Recipient(name=r.name, purpose=r.purpose, position=r.position)
                           for r in src.recipients]
        s.add(plan)
        s.flush()
        id_map: dict[int, int] = {}
        pending = list(src.sections)
        while pending:
            progressed = False
            for sec in list(pending):
                if sec.parent_id is None or sec.parent_id in id_map:
                    copy = Section(plan_id=plan.id, parent_id=id_map.get(sec.parent_id or -1),
                                   position=sec.position, kind=sec.kind, heading=sec.heading,
                                   body=sec.body)
                    s.add(copy)
                    s.flush()
                    id_map[sec.id] = copy.id
                    pending.remove(sec)
                    progressed = True
            if not progressed:  # orphans cannot happen with FKs; stop rather than loop
                break
        theme_map: dict[int, int] = {}
        for g in src.groups:
            group = ThemeGroup(plan_id=plan.id, position=g.position, title=chosen.get(("group", g.id, 0), g.title))
            s.add(group)
            s.flush()
            for t in g.themes:
                theme_title = chosen.get(("theme", t.id, 0), t.title)
                theme = Theme(
                    group_id=group.id, position=t.position, title=theme_title, title_folded=fold(theme_title),
                    forms=[chosen.get(("form", t.id, i), f) for i, f in enumerate(t.forms or [])], timing_kind=t.timing_kind if t.timing_kind != "deadline" else "none",
                    quarters_mask=t.quarters_mask, months_mask=t.months_mask, deadline=None,
                    owner_id=t.owner_id, notes=t.notes,
                )
                theme.unit_links = [ThemeUnit(unit_id=link.unit_id, role=link.role, position=link.position)
                                    for link in t.unit_links]
                s.add(theme)
                s.flush()
                theme_map[t.id] = theme.id
        from .cascade import copy_items

        copy_items(s, src.id, plan.id, theme_map)  # the superior's items and the themes' links go along
        s.flush()
        for rule in s.scalars(select(TargetRule).where(TargetRule.plan_id == src.id)):
            s.add(TargetRule(plan_id=plan.id, scope=rule.scope, period=rule.period, minimum=rule.minimum,
                             unit_id=rule.unit_id, unit_kind=rule.unit_kind, channel_id=rule.channel_id,
                             article_kind=rule.article_kind))
        store.audit(s, "copy", "plan", plan.id, plan_id=plan.id,
                    before={"source": src.id}, after={**_plan_values(plan), "replaced": len(chosen)})
        return plan.id



_LABELS = {
    "number": "Số văn bản", "symbol": "Ký hiệu", "place": "Địa danh", "issued_on": "Ngày ban hành",
    "title": "Tên kế hoạch", "period": "Thời kỳ", "intro": "Lời mở đầu", "closing": "Lời kết",
    "signer_prefix": "Quyền hạn ký", "signer_position": "Chức vụ người ký",
    "signer_name": "Họ tên người ký",
}


def _clean_fields(fields: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in fields.items():
        label = _LABELS.get(key)
        if label is None:
            raise ValidationError(key, "không phải trường của kế hoạch.")
        if key == "number":
            if value in (None, ""):
                out[key] = None
            else:
                try:
                    number = int(value)
                except (TypeError, ValueError):
                    raise ValidationError(label, f"«{value}» không phải số.") from None
                if not 1 <= number <= 99_999:
                    raise ValidationError(label, "phải từ 1 đến 99999.")
                out[key] = number
        elif key == "issued_on":
            out[key] = optional_date(label, value)
        elif key == "period":
            if isinstance(value, Period):
                out[key] = value
            else:
                try:
                    out[key] = parse_period(str(value or ""))
                except ValueError as exc:
                    raise ValidationError(label, str(exc)) from None
        elif key == "title":
            out[key] = required_line(label, value, MAX_TITLE)
        elif key in ("intro", "closing"):
            out[key] = optional_text(label, value)
        elif key == "signer_prefix":
            prefix = optional_line(label, value, 10).upper()
            if prefix and not prefix.endswith("."):
                prefix += "."
            if prefix not in SIGNER_PREFIXES:
                raise ValidationError(label, f"phải là một trong {', '.join(p for p in SIGNER_PREFIXES if p)}.")
            out[key] = prefix
        elif key == "symbol":
            out[key] = optional_line(label, value, 60).replace(" ", "")
        else:
            out[key] = optional_line(label, value, 300)
    return out


def _check_number_free(s: Session, plan: Plan) -> None:
    if plan.number is None:
        return
    year = plan.issued_on.year if plan.issued_on else plan.period_start
    for other in s.scalars(
        select(Plan).where(Plan.number == plan.number, Plan.id != plan.id,
                           Plan.organization_id == plan.organization_id,
                           Plan.deleted_at.is_(None))
    ):
        other_year = other.issued_on.year if other.issued_on else other.period_start
        if other_year == year:
            raise Conflict(
                f"Số {plan.number:02d} đã dùng cho kế hoạch «{other.title}» năm {year}; "
                "số văn bản không được trùng trong cùng một năm."
            )


def _plan(s: Session, plan_id: int) -> Plan:
    plan = s.get(Plan, plan_id)
    if plan is None or plan.deleted_at is not None:
        raise NotFound("kế hoạch", plan_id)
    return plan


def _plan_values(plan: Plan) -> dict[str, Any]:
    return {
        "number": plan.number, "symbol": plan.symbol, "place": plan.place,
        "issued_on": plan.issued_on, "title": plan.title,
        "period": period_of(plan.period_start, plan.period_end, plan.period_kind),
        "intro": plan.intro, "closing": plan.closing, "signer_prefix": plan.signer_prefix,
        "signer_position": plan.signer_position, "signer_name": plan.signer_name,
    }


def _summary(p: Plan) -> PlanSummary:
    return PlanSummary(id=p.id, number=p.number, symbol=p.symbol, title=p.title,
                       period=period_of(p.period_start, p.period_end, p.period_kind),
                       issued_on=p.issued_on, status=p.status)


def approve_plan(store: Store, plan_id: int, password: str) -> None:
    """Dự thảo → Đã duyệt, by an approver who gives their password again."""
    from .accounts import check_password
    from .permissions import APPROVER

    require(store, APPROVER, "duyệt kế hoạch", "plan", plan_id)
    check_password(store, password)
    with store.write() as s:
        plan = _plan(s, plan_id)
        if not plan_allows("approve", plan.status):
            raise Conflict(f"Kế hoạch đang ở trạng thái «{PLAN_LABELS[plan.status]}», không duyệt được.")
        plan.status, plan.approved_by, plan.approved_at = PLAN_APPROVED, store.actor, utcnow()
        store.audit(s, "approve", "plan", plan_id, plan_id=plan_id, before={"status": "draft"},
                    after={"status": "approved"})


def issue_plan(store: Store, plan_id: int, number: int | None = None,
               issued_on: dt.date | None = None) -> None:
    """Đã duyệt → Đã ban hành: the number and date are fixed from now on (approver only)."""
    from .permissions import APPROVER

    require(store, APPROVER, "ban hành kế hoạch", "plan", plan_id)
    with store.write() as s:
        plan = _plan(s, plan_id)
        if not plan_allows("issue", plan.status):
            raise Conflict("Chỉ ban hành được kế hoạch đã duyệt.")
        if number is not None:
            plan.number = _clean_fields({"number": number})["number"]
        if issued_on is not None:
            plan.issued_on = issued_on
        if plan.number is None or plan.issued_on is None:
            raise ValidationError("Số và ngày ban hành", "cần có số văn bản và ngày ban hành để ban hành.")
        s.flush()
        _check_number_free(s, plan)
        plan.status, plan.issued_by = PLAN_ISSUED, store.actor
        store.audit(s, "issue", "plan", plan_id, plan_id=plan_id, before={"status": "approved"},
                    after={"status": "issued", "number": plan.number, "issued_on": plan.issued_on})


def return_plan_to_draft(store: Store, plan_id: int, reason: str) -> None:
    """An approver sends an approved (not issued) plan back to Dự thảo with a reason."""
    from .permissions import APPROVER

    require(store, APPROVER, "trả lại kế hoạch", "plan", plan_id)
    why = required_line("Lý do", reason, 2000)
    with store.write() as s:
        plan = _plan(s, plan_id)
        if not plan_allows("return", plan.status):
            raise Conflict("Chỉ trả lại được kế hoạch đã duyệt chưa ban hành.")
        plan.status, plan.approved_by, plan.approved_at = PLAN_DRAFT, "", None
        from .signing import supersede

        supersede(s, plan_id, ("plan", "appendix"))
        store.audit(s, "return", "plan", plan_id, plan_id=plan_id, before={"status": "approved"},
                    after={"status": "draft", "reason": why})
