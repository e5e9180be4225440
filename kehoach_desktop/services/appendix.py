"""The appendix: groups (I, II, …) and their themes; numbering is derived from positions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import Person, Plan, Theme, ThemeGroup, ThemeUnit, Unit
from ..db.plan_read import read_themes
from ..domain.text import clean_list, fold
from ..domain.timing import Timing, TimingKind, months_to_mask, quarters_to_mask
from ..records import ThemeData
from .errors import NotFound, ValidationError
from .permissions import EDIT, open_plan_for_editing, require
from .plans import stored_timing
from .store import Store, fetch, reference, sql_rows
from .validate import (
    MAX_TITLE,
    cleaned,
    id_list,
    line,
    optional_id,
    required_line,
    text,
)

THEME_FIELDS = ("title", "forms", "lead_unit_ids", "support_unit_ids", "timing", "owner_id", "notes")


# --- groups ----------------------------------------------------------------------------------

def add_group(store: Store, plan_id: int, title: str, position: int | None = None) -> int:
    require(store, EDIT, "sửa phụ lục", "plan", plan_id)
    clean = required_line("Tên nhóm nội dung", title, MAX_TITLE)
    with store.write() as s:
        plan = fetch(s, Plan, plan_id, "kế hoạch")
        open_plan_for_editing(store, s, plan)
        groups = _groups(s, plan_id)
        pos = len(groups) if position is None else max(0, min(position, len(groups)))
        group = ThemeGroup(plan_id=plan_id, title=clean, position=pos)
        groups.insert(pos, group)
        s.add(group)
        _renumber(groups)
        s.flush()
        store.audit(s, "create", "group", group.id, plan_id=plan_id, after={"title": clean})
        return group.id



def rename_group(store: Store, group_id: int, title: str) -> str:
    require(store, EDIT, "sửa phụ lục", "group", group_id)
    clean = required_line("Tên nhóm nội dung", title, MAX_TITLE)
    with store.write() as s:
        group = _group(s, group_id)
        open_plan_for_editing(store, s, group.plan)
        before = group.title
        group.title = clean
        store.audit(s, "update", "group", group_id, plan_id=group.plan_id,
                    before={"title": before}, after={"title": clean})
        return before


def move_group(store: Store, group_id: int, position: int) -> int:
    """Move a group to `position` among the plan's groups; returns its old position."""
    require(store, EDIT, "sửa phụ lục", "group", group_id)
    with store.write() as s:
        group = _group(s, group_id)
        open_plan_for_editing(store, s, group.plan)
        old = group.position
        groups = [g for g in _groups(s, group.plan_id) if g.id != group_id]
        groups.insert(max(0, min(position, len(groups))), group)
        _renumber(groups)
        store.audit(s, "move", "group", group_id, plan_id=group.plan_id,
                    before={"position": old}, after={"position": group.position})
        return old


def delete_group(store: Store, group_id: int) -> dict[str, Any]:
    """Delete a group and its themes; returns a snapshot that restore_group() takes."""
    require(store, EDIT, "sửa phụ lục", "group", group_id)
    with store.write() as s:
        group = _group(s, group_id)
        open_plan_for_editing(store, s, group.plan)
        snapshot = {
            "id": group.id, "plan_id": group.plan_id, "position": group.position,
            "title": group.title, "themes": [_theme_snapshot(t) for t in group.themes],
        }
        plan_id = group.plan_id
        return store.deleted(s, group, "group", snapshot, plan_id=plan_id, then=lambda: _renumber(_groups(s, plan_id)))


def restore_group(store: Store, snapshot: dict[str, Any]) -> int:
    require(store, EDIT, "sửa phụ lục", "plan", snapshot["plan_id"])
    with store.write() as s:
        plan = fetch(s, Plan, snapshot["plan_id"], "kế hoạch")
        open_plan_for_editing(store, s, plan)
        groups = _groups(s, snapshot["plan_id"])
        group = ThemeGroup(id=snapshot["id"], plan_id=snapshot["plan_id"], title=snapshot["title"])
        s.add(group)
        groups.insert(min(snapshot["position"], len(groups)), group)
        _renumber(groups)
        s.flush()
        for t in snapshot["themes"]:
            s.add(_theme_from_snapshot(s, t))
        s.flush()
        store.audit(s, "restore", "group", group.id, plan_id=group.plan_id, after=snapshot)
        return group.id


# --- themes ----------------------------------------------------------------------------------

def add_theme(
    store: Store, group_id: int, title: str, position: int | None = None, **fields: Any
) -> int:
    """Add a theme to a group at `position` (None: last). Other fields as in update_theme()."""
    require(store, EDIT, "sửa phụ lục", "group", group_id)
    values = _clean({"title": title, **fields})
    with store.write() as s:
        group = _group(s, group_id)
        open_plan_for_editing(store, s, group.plan)
        themes = _themes(s, group_id)
        pos = len(themes) if position is None else max(0, min(position, len(themes)))
        theme = Theme(group_id=group_id, title=values["title"], position=pos, forms=[])
        s.add(theme)
        themes.insert(pos, theme)
        _renumber(themes)
        _apply(s, theme, values)
        s.flush()
        store.audit(s, "create", "theme", theme.id, plan_id=group.plan_id, after=values)
        return theme.id


def get_theme(store: Store, theme_id: int) -> ThemeData:
    with store.read() as s:
        found = read_themes(sql_rows(s), "t.id = :id", {"id": theme_id})
    if not found:
        raise NotFound("nội dung", theme_id)
    return found[0]


def theme_version(store: Store, theme_id: int) -> int:
    with store.read() as s:
        return int(_theme(s, theme_id).version)


def plan_of_theme(store: Store, theme_id: int) -> int:
    with store.read() as s:
        return _theme(s, theme_id).group.plan_id


def update_theme(store: Store, theme_id: int, changes: dict[str, Any],
                 expected_version: int | None = None) -> dict[str, Any]:
    """Change a theme; returns the previous values of the changed fields (for undo).

    Keys: title, forms (list of str), lead_unit_ids, support_unit_ids (lists of unit ids),
    timing (Timing), owner_id (person id or None), notes. All are checked before any is stored.
    With `expected_version`, StaleEdit when someone saved the theme since it was read.
    """
    require(store, EDIT, "sửa phụ lục", "theme", theme_id)
    values = _clean(changes)
    with store.write() as s:
        theme = _theme(s, theme_id)
        store.check_version(s, f"Nội dung «{theme.title[:80]}»", "theme", theme, expected_version)
        open_plan_for_editing(store, s, theme.group.plan)
        current = _theme_values(theme)
        before = {k: current[k] for k in values}
        _apply(s, theme, values)
        store.audit(s, "update", "theme", theme_id, plan_id=theme.group.plan_id, before=before,
                    after=values)
        return before


def move_theme(store: Store, theme_id: int, group_id: int, position: int) -> tuple[int, int]:
    """Move a theme to `position` in `group_id` (the same plan); returns (old group, old position)."""
    require(store, EDIT, "sửa phụ lục", "theme", theme_id)
    with store.write() as s:
        theme = _theme(s, theme_id)
        open_plan_for_editing(store, s, theme.group.plan)
        target = _group(s, group_id)
        if target.plan_id != theme.group.plan_id:
            raise ValidationError("Nhóm nội dung", "chỉ chuyển được sang nhóm của cùng kế hoạch.")
        old = (theme.group_id, theme.position)
        _renumber([t for t in _themes(s, theme.group_id) if t.id != theme_id])
        theme.group_id = group_id
        s.flush()
        siblings = [t for t in _themes(s, group_id) if t.id != theme_id]
        siblings.insert(max(0, min(position, len(siblings))), theme)
        _renumber(siblings)
        store.audit(s, "move", "theme", theme_id, plan_id=target.plan_id,
                    before={"group_id": old[0], "position": old[1]},
                    after={"group_id": group_id, "position": theme.position})
        return old


def delete_theme(store: Store, theme_id: int) -> dict[str, Any]:
    """Delete a theme; returns a snapshot that restore_theme() takes."""
    require(store, EDIT, "sửa phụ lục", "theme", theme_id)
    with store.write() as s:
        theme = _theme(s, theme_id)
        open_plan_for_editing(store, s, theme.group.plan)
        snapshot = _theme_snapshot(theme)
        group_id, plan_id = theme.group_id, theme.group.plan_id
        return store.deleted(s, theme, "theme", snapshot, plan_id=plan_id, then=lambda: _renumber(_themes(s, group_id)))


def restore_theme(store: Store, snapshot: dict[str, Any]) -> int:
    require(store, EDIT, "sửa phụ lục", "group", snapshot["group_id"])
    with store.write() as s:
        group = _group(s, snapshot["group_id"])
        open_plan_for_editing(store, s, group.plan)
        themes = _themes(s, group.id)
        theme = _theme_from_snapshot(s, snapshot)
        s.add(theme)
        themes.insert(min(snapshot["position"], len(themes)), theme)
        _renumber(themes)
        s.flush()
        store.audit(s, "restore", "theme", theme.id, plan_id=group.plan_id, after=snapshot)
        return theme.id


def search_themes(store: Store, query: str, plan_id: int | None = None) -> list[ThemeData]:
    """Themes whose title contains every word of `query`, accent- and case-insensitively."""
    words = fold(query).split()
    with store.read() as s:
        stmt = (select(Theme.id).join(ThemeGroup).join(Plan, ThemeGroup.plan_id == Plan.id)
                .where(Plan.deleted_at.is_(None)))
        if plan_id is not None:
            stmt = stmt.where(ThemeGroup.plan_id == plan_id)
        for word in words:
            stmt = stmt.where(Theme.title_folded.contains(word, autoescape=True))
        ids = list(s.scalars(stmt.order_by(ThemeGroup.plan_id, ThemeGroup.position, Theme.position)))
        found = {t.id: t for t in _themes_by_id(s, ids)}
        return [found[i] for i in ids]


def _themes_by_id(s: Session, ids: list[int]) -> list[ThemeData]:
    rows = sql_rows(s)
    out: list[ThemeData] = []
    for start in range(0, len(ids), 500):  # within every database's limit on parameters
        part = {f"t{n}": theme_id for n, theme_id in enumerate(ids[start:start + 500])}
        out += read_themes(rows, f"t.id IN ({', '.join(':' + k for k in part)})", part)
    return out


def theme_count(store: Store, plan_id: int) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(Theme).join(ThemeGroup)
                        .where(ThemeGroup.plan_id == plan_id)) or 0


# --- helpers ---------------------------------------------------------------------------------

def _forms(value: Any) -> list[str]:
    forms = clean_list(value.split("\n") if isinstance(value, str) else list(value or []))
    for i, form in enumerate(forms):
        if len(form) > MAX_TITLE:
            raise ValidationError(f"Hình thức, dòng {i + 1}", f"dài quá {MAX_TITLE} ký tự.")
    return forms


def _timing(value: Any) -> Timing:
    if value is None:
        return Timing()
    if not isinstance(value, Timing):
        raise ValidationError("Thời gian thực hiện", "giá trị không hợp lệ.")
    return value


_RULES = {"title": line("Nội dung/Chủ đề", MAX_TITLE, required=True), "forms": _forms,
          "lead_unit_ids": id_list, "support_unit_ids": id_list, "timing": _timing, "owner_id": optional_id,
          "notes": text("Ghi chú")}


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    return cleaned(values, _RULES, "nội dung")


def _apply(s: Session, theme: Theme, values: dict[str, Any]) -> None:
    if "title" in values:
        theme.title = values["title"]
        theme.title_folded = fold(values["title"])
    if "forms" in values:
        theme.forms = list(values["forms"])
    if "notes" in values:
        theme.notes = values["notes"]
    if "owner_id" in values:
        theme.owner_id = reference(s, Person, values["owner_id"], "cán bộ")
    if "timing" in values:
        timing: Timing = values["timing"]
        theme.timing_kind = timing.kind.value
        theme.quarters_mask = quarters_to_mask(timing.quarters)
        theme.months_mask = months_to_mask(timing.months)
        theme.deadline = timing.deadline
    for role, key in (("lead", "lead_unit_ids"), ("support", "support_unit_ids")):
        if key not in values:
            continue
        for unit_id in values[key]:
            if s.get(Unit, unit_id) is None:
                raise NotFound("đơn vị", unit_id)
        kept = [link for link in theme.unit_links if link.role != role]
        new = [ThemeUnit(unit_id=u, role=role, position=i) for i, u in enumerate(values[key])]
        theme.unit_links = kept + new
        s.flush()


def _theme_values(theme: Theme) -> dict[str, Any]:
    return {
        "title": theme.title,
        "forms": list(theme.forms or []),
        "lead_unit_ids": [link.unit_id for link in theme.unit_links if link.role == "lead"],
        "support_unit_ids": [link.unit_id for link in theme.unit_links if link.role == "support"],
        "timing": stored_timing(theme),
        "owner_id": theme.owner_id,
        "notes": theme.notes,
    }


def _theme_snapshot(theme: Theme) -> dict[str, Any]:
    values = _theme_values(theme)
    timing: Timing = values.pop("timing")
    return {
        "id": theme.id, "group_id": theme.group_id, "position": theme.position, **values,
        "timing": {
            "kind": timing.kind.value, "quarters": sorted(timing.quarters),
            "months": sorted(timing.months),
            "deadline": timing.deadline.isoformat() if timing.deadline else None,
        },
    }


def _theme_from_snapshot(s: Session, snap: dict[str, Any]) -> Theme:
    t = snap["timing"]
    timing = Timing(
        TimingKind(t["kind"]), quarters=frozenset(t["quarters"]), months=frozenset(t["months"]),
        deadline=dt.date.fromisoformat(t["deadline"]) if t["deadline"] else None,
    )
    theme = Theme(id=snap["id"], group_id=snap["group_id"], position=snap["position"],
                  title=snap["title"], forms=[])
    owner = snap["owner_id"] if snap["owner_id"] and s.get(Person, snap["owner_id"]) else None
    lead = [u for u in snap["lead_unit_ids"] if s.get(Unit, u) is not None]
    support = [u for u in snap["support_unit_ids"] if s.get(Unit, u) is not None]
    s.add(theme)
    _apply(s, theme, {"title": snap["title"], "forms": snap["forms"], "notes": snap["notes"],
                      "owner_id": owner, "timing": timing, "lead_unit_ids": lead,
                      "support_unit_ids": support})
    return theme


def _group(s: Session, group_id: int) -> ThemeGroup:
    group = fetch(s, ThemeGroup, group_id, "nhóm nội dung")
    return group


def _theme(s: Session, theme_id: int) -> Theme:
    theme = fetch(s, Theme, theme_id, "nội dung")
    return theme


def _groups(s: Session, plan_id: int) -> list[ThemeGroup]:
    return list(s.scalars(select(ThemeGroup).where(ThemeGroup.plan_id == plan_id)
                          .order_by(ThemeGroup.position, ThemeGroup.id)))


def _themes(s: Session, group_id: int) -> list[Theme]:
    return list(s.scalars(select(Theme).where(Theme.group_id == group_id)
                          .order_by(Theme.position, Theme.id)))


def _renumber(rows: list[Any]) -> None:
    for i, row in enumerate(rows):
        row.position = i
