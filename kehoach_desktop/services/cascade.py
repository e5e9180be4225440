"""The cascade of plans: which of the superior's items the office's plan addresses, through the
links from its themes (made when the plan is built from the superior's, kept on copy, changed
theme by theme)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..db.models import SuperiorItem, Theme, ThemeGroup, ThemeSuperior
from ..records import SuperiorCoverage
from . import report_figures
from .errors import ValidationError
from .permissions import EDIT, open_plan_for_editing, require
from .store import Store, fetch, sql_rows

CoverageRow = SuperiorCoverage


def add_items(s: Session, plan_id: int, items: Sequence[tuple[str, str]]) -> list[int]:
    """Keep the superior's items (group title, title) with the plan, in the caller's transaction."""
    ids = []
    start = len(s.scalars(select(SuperiorItem.id).where(SuperiorItem.plan_id == plan_id)).all())
    for position, (group_title, title) in enumerate(items, start=start):
        row = SuperiorItem(plan_id=plan_id, position=position, group_title=group_title, title=title)
        s.add(row)
        s.flush()
        ids.append(row.id)
    return ids


def link(s: Session, theme_id: int, item_id: int) -> None:
    s.add(ThemeSuperior(theme_id=theme_id, item_id=item_id))


def coverage(store: Store, plan_id: int) -> list[CoverageRow]:
    """Every item of the superior's plan, with the office's themes that implement it (none: not
    addressed), in the superior's order."""
    with store.read() as s:
        return report_figures.superior_coverage(sql_rows(s), plan_id)


def set_links(store: Store, theme_id: int, item_ids: Sequence[int]) -> list[int]:
    """The superior's items this theme implements (replacing the previous ones, which are returned)."""
    require(store, EDIT, "sửa phụ lục", "theme", theme_id)
    with store.write() as s:
        theme = fetch(s, Theme, theme_id, "nội dung")
        open_plan_for_editing(store, s, theme.group.plan)
        plan_id = theme.group.plan_id
        known = set(s.scalars(select(SuperiorItem.id).where(SuperiorItem.plan_id == plan_id)))
        before = _replace_links(s, ThemeSuperior.theme_id == theme_id, ThemeSuperior.item_id,
                                [(theme_id, i) for i in item_ids], [i for i in item_ids if i not in known],
                                ("Nội dung cấp trên", "không thuộc kế hoạch cấp trên của kế hoạch này"))
        store.audit(s, "update", "theme", theme_id, plan_id=plan_id, before={"superior_items": before},
                    after={"superior_items": list(item_ids)})
        return before


def _replace_links(s: Session, which: Any, other_side: Any, pairs: list[tuple[int, int]], wrong: list[int],
                   refusal: tuple[str, str]) -> list[int]:
    """Replace the links `which` selects by `pairs` (theme, item); ValidationError naming the first
    of `wrong` (ids that do not belong to the plan). Returns the other side's ids linked before."""
    if wrong:
        raise ValidationError(refusal[0], f"mã {wrong[0]} {refusal[1]}.")
    before = list(s.scalars(select(other_side).where(which)))
    s.execute(delete(ThemeSuperior).where(which))
    for theme_id, item_id in dict.fromkeys(pairs):
        link(s, theme_id, item_id)
    return before


def copy_items(s: Session, source_plan: int, target_plan: int, theme_map: dict[int, int]) -> None:
    """A plan copied to a new period keeps its superior's items and its themes' links."""
    item_map: dict[int, int] = {}
    for item in s.scalars(select(SuperiorItem).where(SuperiorItem.plan_id == source_plan).order_by(SuperiorItem.position)):
        copy = SuperiorItem(plan_id=target_plan, position=item.position, group_title=item.group_title, title=item.title)
        s.add(copy)
        s.flush()
        item_map[item.id] = copy.id
    for theme_id, item_id in s.execute(select(ThemeSuperior.theme_id, ThemeSuperior.item_id)
                                       .where(ThemeSuperior.item_id.in_(item_map))).all():
        if theme_id in theme_map:
            link(s, theme_map[theme_id], item_map[item_id])


def set_item_themes(store: Store, item_id: int, theme_ids: Sequence[int]) -> list[int]:
    """The office's themes that implement the superior's item (replacing the previous ones, which
    are returned); only themes of the item's own plan."""
    with store.read() as s:
        item = fetch(s, SuperiorItem, item_id, "nội dung cấp trên")
        plan_id = item.plan_id
    require(store, EDIT, "sửa phụ lục", "plan", plan_id)
    with store.write() as s:
        from ..db.models import Plan

        plan = s.get(Plan, plan_id)
        assert plan is not None
        open_plan_for_editing(store, s, plan)
        own = set(s.scalars(select(Theme.id).join(ThemeGroup).where(ThemeGroup.plan_id == plan_id)))
        before = _replace_links(s, ThemeSuperior.item_id == item_id, ThemeSuperior.theme_id,
                                [(t, item_id) for t in theme_ids], [t for t in theme_ids if t not in own],
                                ("Nội dung của đơn vị", "không thuộc kế hoạch này"))
        store.audit(s, "update", "plan", plan_id, plan_id=plan_id, before={"superior_item": item_id, "themes": before},
                    after={"superior_item": item_id, "themes": list(theme_ids)})
        return before
