"""The plan's body as an ordered tree: parts (I.), items (1., 1.1.), paragraphs and bullets."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Plan, Section
from .errors import NotFound, ValidationError
from .permissions import EDIT, open_plan_for_editing, require
from .store import Store, assign, fetch
from .validate import cleaned, line, one_of, text

KINDS = ("part", "item", "paragraph", "bullet")
SECTION_FIELDS = ("kind", "heading", "body")


def add_section(
    store: Store, plan_id: int, parent_id: int | None, position: int | None = None,
    kind: str = "paragraph", heading: str = "", body: str = "",
) -> int:
    """Insert a node under `parent_id` (None: top level) at `position` (None: last)."""
    require(store, EDIT, "sửa nội dung văn bản", "plan", plan_id)
    values = _clean({"kind": kind, "heading": heading, "body": body})
    with store.write() as s:
        plan = fetch(s, Plan, plan_id, "kế hoạch")
        open_plan_for_editing(store, s, plan)
        if parent_id is not None:
            _section(s, parent_id, plan_id)
        siblings = _siblings(s, plan_id, parent_id)
        pos = len(siblings) if position is None else max(0, min(position, len(siblings)))
        section = Section(plan_id=plan_id, parent_id=parent_id, position=pos, **values)
        siblings.insert(pos, section)
        s.add(section)
        _renumber(siblings)
        s.flush()
        store.audit(s, "create", "section", section.id, plan_id=plan_id, after=values)
        return section.id


def update_section(store: Store, section_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    require(store, EDIT, "sửa nội dung văn bản", "section", section_id)
    values = _clean(changes)
    with store.write() as s:
        section = _section(s, section_id)
        open_plan_for_editing(store, s, section.plan)
        before = assign(section, values)
        store.audit(s, "update", "section", section_id, plan_id=section.plan_id, before=before,
                    after=values)
        return before


def delete_section(store: Store, section_id: int) -> dict[str, Any]:
    """Delete a node and everything under it; returns a snapshot that restore_section() takes."""
    require(store, EDIT, "xóa mục", "section", section_id)
    with store.write() as s:
        section = _section(s, section_id)
        open_plan_for_editing(store, s, section.plan)
        rows = s.scalars(select(Section).where(Section.plan_id == section.plan_id)).all()
        subtree = _subtree(section, rows)
        snapshot = {
            "plan_id": section.plan_id,
            "rows": [
                {"id": r.id, "parent_id": r.parent_id, "position": r.position, "kind": r.kind,
                 "heading": r.heading, "body": r.body}
                for r in subtree
            ],
        }
        plan_id, parent_id = section.plan_id, section.parent_id
        return store.deleted(s, section, "section", snapshot, plan_id=plan_id,
                             then=lambda: _renumber(_siblings(s, plan_id, parent_id)))


def restore_section(store: Store, snapshot: dict[str, Any]) -> int:
    """Put back what delete_section() removed, with the same ids and place."""
    require(store, EDIT, "khôi phục mục", "plan", snapshot["plan_id"])
    with store.write() as s:
        plan = fetch(s, Plan, snapshot["plan_id"], "kế hoạch")
        open_plan_for_editing(store, s, plan)
        rows = snapshot["rows"]
        root = rows[0]
        siblings = _siblings(s, snapshot["plan_id"], root["parent_id"])
        for row in rows:
            s.add(Section(plan_id=snapshot["plan_id"], **row))
            s.flush()
        restored = s.get(Section, root["id"])
        assert restored is not None
        siblings.insert(min(root["position"], len(siblings)), restored)
        _renumber(siblings)
        store.audit(s, "restore", "section", root["id"], plan_id=snapshot["plan_id"], after=snapshot)
        return int(root["id"])


def move_section(store: Store, section_id: int, parent_id: int | None, position: int) -> tuple[int | None, int]:
    """Move a node to `position` under `parent_id`; returns where it was (parent, position)."""
    require(store, EDIT, "chuyển mục", "section", section_id)
    with store.write() as s:
        section = _section(s, section_id)
        open_plan_for_editing(store, s, section.plan)
        old = (section.parent_id, section.position)
        if parent_id is not None:
            target = _section(s, parent_id, section.plan_id)
            rows = s.scalars(select(Section).where(Section.plan_id == section.plan_id)).all()
            if target in _subtree(section, rows):
                raise ValidationError("Vị trí", "không thể chuyển một mục vào chính nó hoặc mục con của nó.")
        old_siblings = [x for x in _siblings(s, section.plan_id, section.parent_id) if x.id != section_id]
        _renumber(old_siblings)
        section.parent_id = parent_id
        new_siblings = [x for x in _siblings(s, section.plan_id, parent_id) if x.id != section_id]
        new_siblings.insert(max(0, min(position, len(new_siblings))), section)
        _renumber(new_siblings)
        store.audit(s, "move", "section", section_id, plan_id=section.plan_id,
                    before={"parent_id": old[0], "position": old[1]},
                    after={"parent_id": parent_id, "position": section.position})
        return old


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    return cleaned(values, {"kind": one_of("Loại mục", KINDS), "heading": line("Tiêu đề mục", 2000),
                            "body": text("Nội dung mục")}, "mục")


def _section(s: Session, section_id: int, plan_id: int | None = None) -> Section:
    section = s.get(Section, section_id)
    if section is None or (plan_id is not None and section.plan_id != plan_id):
        raise NotFound("mục", section_id)
    return section


def _siblings(s: Session, plan_id: int, parent_id: int | None) -> list[Section]:
    stmt = select(Section).where(Section.plan_id == plan_id)
    stmt = stmt.where(Section.parent_id.is_(None) if parent_id is None else Section.parent_id == parent_id)
    return list(s.scalars(stmt.order_by(Section.position, Section.id)))


def _renumber(rows: list[Section]) -> None:
    for i, row in enumerate(rows):
        row.position = i


def _subtree(root: Section, rows: list[Section] | Any) -> list[Section]:
    by_parent: dict[int | None, list[Section]] = {}
    for r in rows:
        by_parent.setdefault(r.parent_id, []).append(r)
    out = [root]
    i = 0
    while i < len(out):
        out.extend(by_parent.get(out[i].id, []))
        i += 1
    return out
