"""A new plan built from the superior office's plan (Bộ → Sở → Phòng → Trường: each plan
implements the one above): the superior's number, date, issuer and title become the new plan's
basis reference, its parts and items the starting body, its appendix the starting appendix."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from ..db.models import BasisReference, Plan, Section, Theme, ThemeGroup
from ..exchange.plan_import import ImportedSection, SuperiorPlan, period_of
from .permissions import EDIT, require
from .store import Store


@dataclass
class SuperiorImport:
    """What the import makes (or, dry, would make)."""

    title: str
    period: str
    basis: str
    parts: int
    items: int
    paragraphs: int
    groups: int
    themes: int
    warnings: list[str] = field(default_factory=list)
    plan_id: int | None = None

    def summary(self) -> str:
        appendix = f", phụ lục {self.groups} nhóm, {self.themes} nội dung" if self.groups else ", chưa có phụ lục"
        return (f"Kế hoạch «{self.title}» ({self.period}): căn cứ «{self.basis}»; {self.parts} phần, {self.items} mục, "
                f"{self.paragraphs} đoạn{appendix}.")


def preview(data: SuperiorPlan, period: str | None = None) -> SuperiorImport:
    parts, items, paragraphs = data.counts()
    appendix = data.appendix
    return SuperiorImport(
        title=data.title, period=period or period_of(data), basis=data.reference(), parts=parts, items=items,
        paragraphs=paragraphs, groups=len(appendix.groups) if appendix else 0,
        themes=sum(len(g.themes) for g in appendix.groups) if appendix else 0, warnings=list(data.warnings))


def create_from_superior(store: Store, data: SuperiorPlan, period: str | None = None) -> SuperiorImport:
    """Create the plan; everything after the plan itself in one transaction, and a failure there
    removes the plan again: nothing half-made is left."""
    from . import cascade, plans, transfer

    require(store, EDIT, "tạo kế hoạch từ kế hoạch cấp trên")
    made = preview(data, period)
    checked = transfer.checked_appendix(data.appendix) if data.appendix else None  # refused before anything is made
    plan_id = plans.create_plan(store, {"title": data.title or "Kế hoạch truyền thông", "period": made.period})
    try:
        with store.write() as s:
            plan = s.get(Plan, plan_id)
            assert plan is not None
            s.add(BasisReference(plan_id=plan_id, position=0, text=data.reference(), doc_number=data.number,
                                 doc_date=data.issued_on, issuer=data.issuer))
            _add_sections(s, plan_id, None, data.sections)
            if checked is not None:
                transfer.import_into(store, s, plan_id, checked)
                # the superior's items kept with the plan, each linked to the theme made from it
                items = cascade.add_items(s, plan_id, [(g.title, t.title) for g in checked.groups for t in g.themes])
                themes = s.scalars(select(Theme.id).join(ThemeGroup).where(ThemeGroup.plan_id == plan_id)
                                   .order_by(ThemeGroup.position, Theme.position)).all()
                for theme_id, item_id in zip(themes, items, strict=False):
                    cascade.link(s, theme_id, item_id)
            store.audit(s, "import-superior", "plan", plan_id, plan_id=plan_id,
                        after={"source": data.source, "basis": data.reference()})
    except Exception:
        with store.write() as s:
            plan = s.get(Plan, plan_id)
            if plan is not None:
                s.delete(plan)
        raise
    made.plan_id = plan_id
    return made


def _add_sections(s: object, plan_id: int, parent: Section | None, nodes: list[ImportedSection]) -> None:
    """The superior's body under `parent` of the new plan (which has no sections of its own yet)."""
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    for position, node in enumerate(nodes):
        row = Section(plan_id=plan_id, parent_id=parent.id if parent else None, position=position, kind=node.kind,
                      heading=node.heading[:2000], body=node.body)
        s.add(row)
        s.flush()
        _add_sections(s, plan_id, row, node.children)
