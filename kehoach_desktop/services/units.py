"""Units (internal departments, schools, partners) and people who own themes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import Person, ReceivedReport, Theme, ThemeUnit, Unit
from ..domain.text import fold, sort_key
from ..records import PersonData, UnitData
from .errors import Conflict, ValidationError
from .permissions import EDIT, require
from .store import Store, assign, fetch, reference
from .validate import cleaned, line, optional_id, optional_line, optional_text, required_line
from .validate import email as email_rule

UNIT_KINDS = ("internal", "school", "partner")
R = TypeVar("R")


def list_units(store: Store) -> list[UnitData]:
    """All units, in Vietnamese order."""
    return _all_by_name(store, Unit, _unit)


def get_unit(store: Store, unit_id: int) -> UnitData:
    return _one(store, Unit, unit_id, "đơn vị", _unit)


def add_unit(store: Store, name: str, kind: str = "internal", notes: str = "", email: str = "") -> int:
    """Create a unit. Raises Conflict if one with the same name (ignoring accents/case) exists."""
    require(store, EDIT, "thêm đơn vị")
    clean = required_line("Tên đơn vị", name, 300)
    _check_kind(kind)
    with store.write() as s:
        existing = _by_name(s, clean)
        if existing is not None:
            raise Conflict(f"Đã có đơn vị «{existing.name}».")
        unit = Unit(name=clean, name_folded=fold(clean), kind=kind,
                    notes=optional_text("Ghi chú", notes), email=email_rule(email))
        s.add(unit)
        s.flush()
        store.audit(s, "create", "unit", unit.id, after=_unit(unit).__dict__)  # with its new id
        return unit.id


def find_or_add_unit(store: Store, name: str, kind: str = "internal") -> int:
    """The id of the unit with this name (ignoring accents and case), created when missing."""
    clean = required_line("Tên đơn vị", name, 300)
    with store.read() as s:
        existing = _by_name(s, clean)
        if existing is not None:
            return existing.id
    return add_unit(store, clean, kind)


def unit_in(store: Store, s: Any, name: str, kind: str = "internal") -> int:
    """Within the caller's transaction: the id of the unit named `name` (ignoring accents and
    case), created — and recorded in the audit — when missing."""
    clean = required_line("Tên đơn vị", name, 300)
    existing = _by_name(s, clean)
    if existing is not None:
        return int(existing.id)
    unit = Unit(name=clean, name_folded=fold(clean), kind=kind)
    s.add(unit)
    s.flush()
    store.audit(s, "create", "unit", unit.id, after={"name": clean, "kind": kind})
    return int(unit.id)


def update_unit(store: Store, unit_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    """Change a unit's name, kind or notes; returns the previous values of what changed."""
    require(store, EDIT, "sửa đơn vị")
    with store.write() as s:
        unit = fetch(s, Unit, unit_id, "đơn vị")
        before = {k: getattr(unit, k) for k in changes}
        if "name" in changes:
            clean = required_line("Tên đơn vị", changes["name"], 300)
            other = _by_name(s, clean)
            if other is not None and other.id != unit_id:
                raise Conflict(f"Đã có đơn vị «{other.name}».")
            unit.name, unit.name_folded = clean, fold(clean)
        if "kind" in changes:
            _check_kind(changes["kind"])
            unit.kind = changes["kind"]
        if "notes" in changes:
            unit.notes = optional_text("Ghi chú", changes["notes"])
        if "email" in changes:
            unit.email = email_rule(changes["email"])
        store.audit(s, "update", "unit", unit_id, before=before,
                    after={k: getattr(unit, k) for k in changes})
        return before


def unit_usage(store: Store, unit_id: int) -> int:
    """How many theme rows name this unit as lead or support."""
    with store.read() as s:
        return s.scalar(select(func.count()).where(ThemeUnit.unit_id == unit_id)) or 0


def delete_unit(store: Store, unit_id: int) -> dict[str, Any]:
    """Delete an unused unit; refuses (Conflict) while themes or people refer to it."""
    require(store, EDIT, "xóa đơn vị")
    with store.write() as s:
        unit = fetch(s, Unit, unit_id, "đơn vị")
        used = s.scalar(select(func.count()).where(ThemeUnit.unit_id == unit_id)) or 0
        if used:
            raise Conflict(
                f"Đơn vị «{unit.name}» đang chủ trì hoặc phối hợp {used} nội dung; "
                "hãy gỡ đơn vị khỏi các nội dung đó trước."
            )
        received = s.scalar(select(func.count()).where(ReceivedReport.unit_id == unit_id)) or 0
        if received:
            raise Conflict(f"«{unit.name}» đã gửi {received} báo cáo cho đơn vị; xóa trường sẽ mất các báo cáo đó. "
                           "Hãy đổi loại đơn vị nếu trường không còn trực thuộc.")
        snapshot = {"id": unit.id, "name": unit.name, "kind": unit.kind, "notes": unit.notes, "email": unit.email}
        for person in s.scalars(select(Person).where(Person.unit_id == unit_id)):
            person.unit_id = None
        return store.deleted(s, unit, "unit", snapshot)


def restore_unit(store: Store, snapshot: dict[str, Any]) -> int:
    require(store, EDIT, "khôi phục đơn vị")
    with store.write() as s:
        unit = Unit(id=snapshot["id"], name=snapshot["name"], name_folded=fold(snapshot["name"]),
                    kind=snapshot["kind"], notes=snapshot["notes"], email=snapshot.get("email", ""))
        return store.added(s, unit, "unit", after=snapshot, action="restore")


def list_people(store: Store) -> list[PersonData]:
    return _all_by_name(store, Person, _person)


def get_person(store: Store, person_id: int) -> PersonData:
    return _one(store, Person, person_id, "cán bộ", _person)


PERSON_FIELDS = ("name", "title", "phone", "email", "unit_id")


def add_person(
    store: Store, name: str, title: str = "", phone: str = "", email: str = "",
    unit_id: int | None = None,
) -> int:
    require(store, EDIT, "thêm cán bộ")
    fields = _person_fields({"name": name, "title": title, "phone": phone, "email": email,
                             "unit_id": unit_id})
    with store.write() as s:
        reference(s, Unit, fields["unit_id"], "đơn vị")
        person = Person(name_folded=fold(fields["name"]), **fields)
        return store.added(s, person, "person", after=fields)


def update_person(store: Store, person_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    require(store, EDIT, "sửa cán bộ")
    fields = _person_fields(changes)
    with store.write() as s:
        person = fetch(s, Person, person_id, "cán bộ")
        if "unit_id" in fields:
            reference(s, Unit, fields["unit_id"], "đơn vị")
        before = assign(person, fields)
        if "name" in fields:
            person.name_folded = fold(fields["name"])
        store.audit(s, "update", "person", person_id, before=before, after=fields)
        return before


def delete_person(store: Store, person_id: int) -> dict[str, Any]:
    """Delete a person; themes they owned keep no owner. Returns a snapshot for undo."""
    require(store, EDIT, "xóa cán bộ")
    with store.write() as s:
        person = fetch(s, Person, person_id, "cán bộ")
        owned = [t.id for t in s.scalars(select(Theme).where(Theme.owner_id == person_id))]
        snapshot = {"id": person.id, **{k: getattr(person, k) for k in PERSON_FIELDS},
                    "owned_themes": owned}
        for theme in s.scalars(select(Theme).where(Theme.owner_id == person_id)):
            theme.owner_id = None
        return store.deleted(s, person, "person", snapshot)


def restore_person(store: Store, snapshot: dict[str, Any]) -> int:
    require(store, EDIT, "khôi phục cán bộ")
    with store.write() as s:
        fields = {k: snapshot[k] for k in PERSON_FIELDS}
        person = Person(id=snapshot["id"], name_folded=fold(fields["name"]), **fields)
        s.add(person)
        s.flush()
        for theme_id in snapshot.get("owned_themes", []):
            theme = s.get(Theme, theme_id)
            if theme is not None:
                theme.owner_id = person.id
        store.audit(s, "restore", "person", person.id, after=snapshot)
        return person.id


def _phone(value: Any) -> str:
    phone = optional_line("Điện thoại", value, 40)
    if phone and not all(ch.isdigit() or ch in " +.-()" for ch in phone):
        raise ValidationError("Điện thoại", f"«{phone}» chỉ được gồm chữ số, dấu cách và + . - ( ).")
    return phone


_PERSON_RULES = {"name": line("Họ tên cán bộ", 200, required=True), "title": line("Chức vụ", 200),
                 "phone": _phone, "email": email_rule, "unit_id": optional_id}


def _person_fields(changes: dict[str, Any]) -> dict[str, Any]:
    return cleaned(changes, _PERSON_RULES, "cán bộ")


def _check_kind(kind: str) -> None:
    if kind not in UNIT_KINDS:
        raise ValidationError("Loại đơn vị", f"phải là một trong {', '.join(UNIT_KINDS)}.")


def _by_name(s: Session, name: str) -> Unit | None:
    return s.scalars(select(Unit).where(Unit.name_folded == fold(name))).first()


def _all_by_name(store: Store, model: Any, record: Callable[[Any], R]) -> list[R]:
    with store.read() as s:
        rows = [record(row) for row in s.scalars(select(model))]
    return sorted(rows, key=lambda row: sort_key(row.name))  # type: ignore[attr-defined]


def _one(store: Store, model: Any, row_id: int, what: str, record: Callable[[Any], R]) -> R:
    with store.read() as s:
        return record(fetch(s, model, row_id, what))


def _unit(u: Unit) -> UnitData:
    return UnitData(id=u.id, name=u.name, kind=u.kind, notes=u.notes, email=u.email or "")


def _person(p: Person) -> PersonData:
    return PersonData(id=p.id, name=p.name, title=p.title, phone=p.phone, email=p.email,
                      unit_id=p.unit_id, unit_name=p.unit.name if p.unit else "")
