"""A whole plan read into its record with plain SQL, through any `Rows` function.

The one way a plan is read: the services call it on their session (SQLite or PostgreSQL, through
SQLAlchemy's `text()`), and the command line's one-shot exports call it on a `sqlite3` connection
of this PC's file, without importing SQLAlchemy (see db/plain.py). The SQL therefore uses only
`:name` parameters, which both accept, and the values are converted here from what either driver
returns (SQLite gives dates and JSON as text, PostgreSQL as objects).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from ..domain.numerals import to_roman
from ..domain.timing import Timing, TimingKind, mask_to_months, mask_to_quarters
from ..records import (
    BasisData,
    GroupData,
    OrganizationData,
    PlanDetail,
    RecipientData,
    SectionData,
    ThemeData,
    UnitRef,
    period_of,
)

Rows = Callable[[str, dict[str, Any]], Sequence[Sequence[Any]]]

PLAN_COLUMNS = ("id", "organization_id", "number", "symbol", "place", "issued_on", "title", "period_start",
                "period_end", "period_kind", "intro", "closing", "signer_prefix", "signer_position",
                "signer_name", "status")
ORGANIZATION_COLUMNS = ("name", "parent_name", "abbreviation", "place", "level", "email", "superior_email", "id",
                        "header_name")
THEME_COLUMNS = ("t.id, t.group_id, t.position, t.title, t.forms, t.timing_kind, t.quarters_mask, t.months_mask, "
                 "t.deadline, t.owner_id, p.name, t.notes, t.version")


def read_plan(rows: Rows, plan_id: int) -> PlanDetail | None:
    """The plan `plan_id` (header, basis, body tree, appendix with units and owners, recipients),
    or None when there is no such plan or it is in the recycle bin."""
    found = rows(f"SELECT {', '.join(PLAN_COLUMNS)} FROM plan WHERE id = :id AND deleted_at IS NULL",
                 {"id": plan_id})
    if not found:
        return None
    plan = dict(zip(PLAN_COLUMNS, found[0], strict=True))
    key = {"id": plan_id}
    basis = tuple(BasisData(id, text, number or "", as_date(date), issuer or "") for id, text, number, date, issuer in rows(
        "SELECT id, text, doc_number, doc_date, issuer FROM basis_reference WHERE plan_id = :id "
        "ORDER BY position, id", key))
    recipients = tuple(RecipientData(id, name, purpose or "") for id, name, purpose in rows(
        "SELECT id, name, purpose FROM recipient WHERE plan_id = :id ORDER BY position, id", key))
    sections = section_tree(rows(
        "SELECT id, parent_id, position, kind, heading, body FROM section WHERE plan_id = :id", key))
    themes = read_themes(rows, "g.plan_id = :id", key)
    by_group: dict[int, list[ThemeData]] = {}
    for theme in themes:
        by_group.setdefault(theme.group_id, []).append(theme)
    groups = tuple(GroupData(id=id, position=position, title=title, themes=tuple(by_group.get(id, ())))
                   for id, position, title in rows(
                       "SELECT id, position, title FROM theme_group WHERE plan_id = :id ORDER BY position, id", key))
    return PlanDetail(
        id=plan["id"], number=plan["number"], symbol=plan["symbol"], place=plan["place"],
        issued_on=as_date(plan["issued_on"]), title=plan["title"],
        period=period_of(plan["period_start"], plan["period_end"], plan["period_kind"]),
        intro=plan["intro"], closing=plan["closing"], signer_prefix=plan["signer_prefix"],
        signer_position=plan["signer_position"], signer_name=plan["signer_name"], status=plan["status"],
        organization=read_organization(rows, plan["organization_id"]),
        basis=basis, sections=sections, groups=groups, recipients=recipients,
    )


def read_organization(rows: Rows, organization_id: int) -> OrganizationData:
    found = rows(f"SELECT {', '.join(ORGANIZATION_COLUMNS)} FROM organization WHERE id = :id", {"id": organization_id})
    return OrganizationData(**dict(zip(ORGANIZATION_COLUMNS, found[0], strict=True)))


def read_themes(rows: Rows, where: str, params: dict[str, Any]) -> list[ThemeData]:
    """The themes matching `where` (over theme `t` and its group `g`), with their lead and
    supporting units and owner, in their group's order."""
    found = rows(f"SELECT {THEME_COLUMNS} FROM theme t JOIN theme_group g ON g.id = t.group_id "
                 f"LEFT JOIN person p ON p.id = t.owner_id WHERE {where} ORDER BY t.group_id, t.position, t.id",
                 params)
    units: dict[tuple[int, str], list[UnitRef]] = {}
    for theme_id, role, unit_id, name in rows(
            "SELECT tu.theme_id, tu.role, u.id, u.name FROM theme_unit tu JOIN unit u ON u.id = tu.unit_id "
            "JOIN theme t ON t.id = tu.theme_id JOIN theme_group g ON g.id = t.group_id "
            f"WHERE {where} ORDER BY tu.position, tu.unit_id", params):
        units.setdefault((theme_id, role), []).append(UnitRef(unit_id, name))
    return [
        ThemeData(id=id, group_id=group_id, position=position, title=title, forms=tuple(as_list(forms)),
                  lead_units=tuple(units.get((id, "lead"), ())), support_units=tuple(units.get((id, "support"), ())),
                  timing=timing_of(kind, quarters, months, as_date(deadline)), owner_id=owner_id,
                  owner_name=owner or "", notes=notes or "", version=version)
        for id, group_id, position, title, forms, kind, quarters, months, deadline, owner_id, owner, notes, version
        in found
    ]


def timing_of(kind: str, quarters_mask: int, months_mask: int, deadline: dt.date | None) -> Timing:
    """A theme's timing from its stored columns."""
    timing_kind = TimingKind(kind)
    if timing_kind is TimingKind.QUARTERS:
        return Timing(timing_kind, quarters=mask_to_quarters(quarters_mask or 0))
    if timing_kind is TimingKind.MONTHS:
        return Timing(timing_kind, months=mask_to_months(months_mask or 0))
    if timing_kind is TimingKind.DEADLINE:
        return Timing(timing_kind, deadline=deadline)
    return Timing()


def section_tree(found: Iterable[Sequence[Any]]) -> tuple[SectionData, ...]:
    """The body's rows (id, parent_id, position, kind, heading, body) as a tree with derived
    numbering; numbers are never stored."""
    children: dict[int | None, list[Sequence[Any]]] = {}
    for row in found:
        children.setdefault(row[1], []).append(row)
    for siblings in children.values():
        siblings.sort(key=lambda r: (r[2], r[0]))

    def build(parent_id: int | None, parent_label: str, parent_kind: str) -> tuple[SectionData, ...]:
        out = []
        parts = items = 0
        for id, parent, position, kind, heading, body in children.get(parent_id, []):
            if kind == "part":
                parts += 1
                label = f"{to_roman(parts)}."
            elif kind == "item":
                items += 1
                label = f"{parent_label}{items}." if parent_kind == "item" else f"{items}."
            elif kind == "bullet":
                label = "-"
            else:
                label = ""
            out.append(SectionData(id=id, parent_id=parent, position=position, kind=kind, heading=heading or "",
                                   body=body or "", label=label,
                                   children=build(id, label if kind == "item" else "", kind)))
        return tuple(out)

    return build(None, "", "")


def as_date(value: Any) -> dt.date | None:
    """A stored date: SQLite keeps "YYYY-MM-DD" text, PostgreSQL gives a date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def as_datetime(value: Any) -> dt.datetime:
    """A stored moment: SQLite keeps "YYYY-MM-DD HH:MM:SS.ffffff" text, PostgreSQL gives a datetime."""
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def as_json(value: Any) -> Any:
    """A stored JSON value: SQLite keeps the text, PostgreSQL gives the object."""
    return json.loads(value) if isinstance(value, str) else value


def as_list(value: Any) -> list[Any]:
    """A stored JSON list."""
    return list(as_json(value) or ())
