"""Exporting the appendix and the articles to Excel, importing a superior office's appendix."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import BasisReference, Plan, Theme, ThemeGroup, ThemeUnit, Unit
from ..domain.text import fold
from ..domain.timing import months_to_mask, quarters_to_mask
from ..exchange.appendix_import import ImportedAppendix
from ..exchange.progress import Cancelled, Progress, noop_progress
from ..records import ArticleLine, PlanDetail
from . import plans, report_figures
from .errors import NotFound
from .permissions import EDIT, open_plan_for_editing, require
from .store import Store, sql_rows


def export_appendix(store: Store, plan_id: int, target: str | os.PathLike[str],
                    progress: Progress = noop_progress, cancelled: Cancelled | None = None) -> tuple[Path, list[str]]:
    from ..exchange.appendix_xlsx import write_appendix

    return write_appendix(plans.get_plan(store, plan_id), target, progress, cancelled)


def article_lines(store: Store, plan_id: int, date_from: dt.date | None = None,
                  date_to: dt.date | None = None, all_states: bool = False) -> list[ArticleLine]:
    """The articles of a plan in a period, oldest first, as the export wants them: the counted ones
    (see services.counting), or with `all_states` every article not withdrawn, each marked."""
    return _listed(store, plan_id, date_from, date_to, all_states)[1]


def _listed(store: Store, plan_id: int, date_from: dt.date | None, date_to: dt.date | None,
            all_states: bool) -> tuple[PlanDetail, list[ArticleLine]]:
    with store.snapshot() as s:  # the plan and its articles as of one moment
        rows = sql_rows(s)
        plan = plans.plan_in(rows, plan_id)
        return plan, report_figures.article_lines(rows, plan, date_from, date_to, all_states)


def export_articles(store: Store, plan_id: int, target: str | os.PathLike[str],
                    date_from: dt.date | None = None, date_to: dt.date | None = None,
                    progress: Progress = noop_progress, cancelled: Cancelled | None = None,
                    all_states: bool = False) -> tuple[Path, list[str]]:
    """The published articles of the period (or, with `all_states`, every article not withdrawn)
    with a summary sheet that counts only the published ones, as every report does."""
    from ..exchange.articles_xlsx import write_articles

    plan, lines = _listed(store, plan_id, date_from, date_to, all_states)
    title = report_figures.articles_title(plan, date_from, date_to, all_states)
    return write_articles(lines, target, title, progress, cancelled)


@dataclass
class ImportPreview:
    groups: int
    themes: int
    new_units: list[str] = field(default_factory=list)
    matched_units: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    basis: str = ""
    written: bool = False


def import_appendix(store: Store, plan_id: int, data: ImportedAppendix, dry_run: bool = False) -> ImportPreview:
    """Add the groups and themes read from a file to the plan, after its own, in ONE transaction.

    Every value passes the same checks as one typed in the window (a ValidationError lists each
    problem with its sheet and row); units are matched by name (ignoring accents and case) or
    created, once each. The source becomes a basis line of the plan. With `dry_run` the very same
    work is done and rolled back, so a dry run that passes is an import that passes.
    """
    require(store, EDIT, "nhập phụ lục", "plan", plan_id)
    checked = _checked(data)
    if not dry_run:
        from .backups import backup_before

        backup_before(store, "before-import")
        with store.write() as s:
            preview = _import(store, s, plan_id, checked)
        preview.written = True
        return preview
    with store.read() as s:
        try:
            return _import(store, s, plan_id, checked)
        finally:
            s.rollback()


def checked_appendix(data: ImportedAppendix) -> ImportedAppendix:
    """The appendix with every value checked as the window checks it (ValidationError otherwise)."""
    return _checked(data)


def import_into(store: Store, s: Session, plan_id: int, checked: ImportedAppendix) -> ImportPreview:
    """The appendix written into the caller's transaction (a use case that makes more than it)."""
    return _import(store, s, plan_id, checked)


def _checked(data: ImportedAppendix) -> ImportedAppendix:
    """The imported values cleaned and checked as the services check typed ones; every problem is
    reported at once, each with where it is in the file."""
    from ..exchange.appendix_import import ImportedGroup, ImportedTheme
    from .errors import ValidationError
    from .validate import MAX_TITLE, required_line

    problems: list[str] = []

    def check(where: str, label: str, value: str, limit: int) -> str:
        try:
            return required_line(label, value, limit)
        except ValidationError as exc:
            problems.append(f"{where}: {exc}")
            return value[:limit]

    def unit_names(where: str, names: list[str], skip: set[str]) -> list[str]:
        out: dict[str, str] = {}
        for name in names:
            clean = check(where, "Tên đơn vị", name, 300)
            if fold(clean) and fold(clean) not in skip:
                out.setdefault(fold(clean), clean)  # "Phòng GD&ĐT" and "phòng gd&đt" are one unit
        return list(out.values())

    groups = []
    for g in data.groups:
        themes = []
        for t in g.themes:
            lead = unit_names(t.where, t.lead_units, set())
            support = unit_names(t.where, t.support_units, {fold(n) for n in lead})
            forms = [check(t.where, f"Hình thức, dòng {i + 1}", f, MAX_TITLE) for i, f in enumerate(t.forms) if f.strip()]
            themes.append(ImportedTheme(check(t.where, "Nội dung/Chủ đề", t.title, MAX_TITLE), forms, lead, support,
                                        t.timing_text[:MAX_TITLE], t.timing, t.where))
        groups.append(ImportedGroup(check(g.where, "Tên nhóm nội dung", g.title, MAX_TITLE), themes, g.where))
    if problems:
        shown = "\n".join(problems[:20]) + (f"\n… và {len(problems) - 20} lỗi khác." if len(problems) > 20 else "")
        raise ValidationError(f"Tệp «{data.source}»", f"{len(problems)} giá trị không nhập được:\n{shown}")
    return ImportedAppendix(data.source, data.table, groups, list(data.heading_lines), list(data.warnings))


def _import(store: Store, s: Session, plan_id: int, data: ImportedAppendix) -> ImportPreview:
    names = list({fold(u): u for g in data.groups for t in g.themes for u in (*t.lead_units, *t.support_units)}
                 .values())
    attached = data.attached_to
    basis = f"Thực hiện {attached};" if attached else f"Thực hiện phụ lục kèm theo tệp «{data.source}»;"
    existing = {u.name_folded: u.name for u in s.scalars(select(Unit))}
    preview = ImportPreview(
        groups=len(data.groups), themes=data.theme_count(), warnings=list(data.warnings), basis=basis,
        new_units=[n for n in names if fold(n) not in existing],
        matched_units=[existing[fold(n)] for n in names if fold(n) in existing],
    )
    plan = s.get(Plan, plan_id)
    if plan is None or plan.deleted_at is not None:
        raise NotFound("kế hoạch", plan_id)
    open_plan_for_editing(store, s, plan)
    units = _units(s, names)
    start = len(plan.groups)
    for gi, g in enumerate(data.groups):
        group = ThemeGroup(plan_id=plan_id, position=start + gi, title=g.title)
        s.add(group)
        s.flush()
        for ti, t in enumerate(g.themes):
            theme = Theme(group_id=group.id, position=ti, title=t.title, title_folded=fold(t.title),
                          forms=list(t.forms), timing_kind=t.timing.kind.value,
                          quarters_mask=quarters_to_mask(t.timing.quarters),
                          months_mask=months_to_mask(t.timing.months), deadline=t.timing.deadline,
                          notes="" if t.timing.kind.value != "none" or not t.timing_text
                          else f"Thời gian (theo tệp): {t.timing_text}")
            theme.unit_links = (
                [ThemeUnit(unit_id=units[fold(n)], role="lead", position=i) for i, n in enumerate(t.lead_units)]
                + [ThemeUnit(unit_id=units[fold(n)], role="support", position=i) for i, n in enumerate(t.support_units)])
            s.add(theme)
    s.flush()
    if basis not in [b.text for b in plan.basis]:
        plan.basis.append(BasisReference(text=basis, position=len(plan.basis), issuer=data.source[:300]))
    store.audit(s, "import", "plan", plan_id, plan_id=plan_id,
                after={"source": data.source, "table": data.table, "groups": preview.groups,
                       "themes": preview.themes, "new_units": preview.new_units})
    s.flush()
    return preview


def _units(s: Session, names: list[str]) -> dict[str, int]:
    found = {u.name_folded: u.id for u in s.scalars(select(Unit))}
    for name in names:
        key = fold(name)
        if key not in found:
            unit = Unit(name=name, name_folded=key, kind="school" if key.startswith("cac truong") else "internal")
            s.add(unit)
            s.flush()
            found[key] = unit.id
    return found
