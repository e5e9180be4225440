"""Exporting the appendix and the articles to Excel, importing a superior office's appendix."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import BasisReference, Plan, Theme, ThemeGroup, ThemeUnit, Unit
from ..domain.text import fold
from ..domain.timing import months_to_mask, quarters_to_mask
from ..exchange.appendix_import import ImportedAppendix
from ..exchange.progress import Cancelled, Progress, noop_progress
from . import articles, counting, plans
from .errors import NotFound
from .permissions import EDIT, open_plan_for_editing, require
from .store import Store


def export_appendix(store: Store, plan_id: int, target: str | os.PathLike[str],
                    progress: Progress = noop_progress, cancelled: Cancelled | None = None) -> tuple[Path, list[str]]:
    from ..exchange.appendix_xlsx import write_appendix

    return write_appendix(plans.get_plan(store, plan_id), target, progress, cancelled)


def article_lines(store: Store, plan_id: int, date_from: dt.date | None = None,
                  date_to: dt.date | None = None, all_states: bool = False) -> list[Any]:
    """The articles of a plan in a period, oldest first, as the export wants them: the counted ones
    (see services.counting), or with `all_states` every article not withdrawn, each marked."""
    from ..db.models import Article, ArticleTheme, Channel, Evidence
    from ..records import ArticleLine

    plan = plans.get_plan(store, plan_id)
    theme_info = {t.id: (f"{g.numeral}.{t.stt} {t.title}", f"{g.numeral}. {g.title}")
                  for g in plan.groups for t in g.themes}
    kinds = articles.KIND_LABELS
    start, end = date_from or dt.date.min, date_to or dt.date.max
    with store.read() as s:
        stmt = (select(Article, Channel.name, Unit.name)
                .outerjoin(Channel, Article.channel_id == Channel.id)
                .outerjoin(Unit, Article.unit_id == Unit.id))
        if all_states:
            stmt = stmt.where(Article.plan_id == plan_id, Article.withdrawn.is_(False))
            if date_from:
                stmt = stmt.where(Article.published_on >= date_from)
            if date_to:
                stmt = stmt.where(Article.published_on <= date_to)
        else:
            stmt = stmt.where(counting.counts_in(plan_id, start, end))
        stmt = stmt.order_by(Article.published_on, Article.id)
        rows = s.execute(stmt).all()
        ids = [a.id for a, _c, _u in rows]
        themes: dict[int, list[int]] = {}
        evidence: dict[int, list[str]] = {}
        for chunk in range(0, len(ids), 900):
            part = ids[chunk:chunk + 900]
            for link in s.scalars(select(ArticleTheme).where(ArticleTheme.article_id.in_(part))):
                themes.setdefault(link.article_id, []).append(link.theme_id)
            for ev in s.scalars(select(Evidence).where(Evidence.article_id.in_(part))):
                evidence.setdefault(ev.article_id, []).append(ev.filename or ev.url)
    out = []
    for a, channel, unit in rows:
        tids = themes.get(a.id, [])
        out.append(ArticleLine(
            published_on=a.published_on, title=a.title, kind=kinds.get(a.kind, a.kind), channel=channel or "",
            url=a.url, themes=tuple(theme_info[t][0] for t in tids if t in theme_info),
            groups=tuple(dict.fromkeys(theme_info[t][1] for t in tids if t in theme_info)),
            unit=unit or "", authors=a.authors, status=articles.STATUS_LABELS[a.status],
            evidence=tuple(evidence.get(a.id, ())),
            counted=counting.is_counted(a.status, a.withdrawn, a.published_on, date_from, date_to),
        ))
    return out


def export_articles(store: Store, plan_id: int, target: str | os.PathLike[str],
                    date_from: dt.date | None = None, date_to: dt.date | None = None,
                    progress: Progress = noop_progress, cancelled: Cancelled | None = None,
                    all_states: bool = False) -> tuple[Path, list[str]]:
    """The published articles of the period (or, with `all_states`, every article not withdrawn)
    with a summary sheet that counts only the published ones, as every report does."""
    from ..exchange.articles_xlsx import write_articles

    plan = plans.get_plan(store, plan_id)
    period = ""
    if date_from or date_to:
        period = f" từ {date_from:%d/%m/%Y}" if date_from else ""
        period += f" đến {date_to:%d/%m/%Y}" if date_to else ""
    what = "DANH SÁCH TIN BÀI (MỌI TRẠNG THÁI)" if all_states else "DANH SÁCH TIN BÀI ĐÃ ĐĂNG"
    title = f"{what} — {plan.organization.name.upper()}{period}"
    return write_articles(article_lines(store, plan_id, date_from, date_to, all_states), target, title,
                          progress, cancelled)


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

    Units are matched by name (ignoring accents and case) or created. The source becomes a basis
    line of the plan. With `dry_run` nothing is written: the preview says what would happen.
    """
    require(store, EDIT, "nhập phụ lục", "plan", plan_id)
    names = list(dict.fromkeys(u for g in data.groups for t in g.themes for u in (*t.lead_units, *t.support_units)))
    attached = data.attached_to
    basis = f"Thực hiện {attached};" if attached else f"Thực hiện phụ lục kèm theo tệp «{data.source}»;"
    with store.read() as s:
        existing = {u.name_folded: u.name for u in s.scalars(select(Unit))}
    preview = ImportPreview(
        groups=len(data.groups), themes=data.theme_count(), warnings=list(data.warnings), basis=basis,
        new_units=[n for n in names if fold(n) not in existing],
        matched_units=[existing[fold(n)] for n in names if fold(n) in existing],
    )
    if dry_run:
        return preview
    with store.write() as s:
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
                links = [ThemeUnit(unit_id=units[fold(n)], role="lead", position=i) for i, n in enumerate(t.lead_units)]
                seen = {fold(n) for n in t.lead_units}
                links += [ThemeUnit(unit_id=units[fold(n)], role="support", position=i)
                          for i, n in enumerate(t.support_units) if fold(n) not in seen]
                theme.unit_links = links
                s.add(theme)
        if basis not in [b.text for b in plan.basis]:
            plan.basis.append(BasisReference(text=basis, position=len(plan.basis), issuer=data.source))
        store.audit(s, "import", "plan", plan_id, plan_id=plan_id,
                    after={"source": data.source, "table": data.table, "groups": preview.groups,
                           "themes": preview.themes, "new_units": preview.new_units})
    preview.written = True
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
