"""Who owns what: the themes a unit or person leads or supports, and what is due in a quarter."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..db.models import Plan, Theme, ThemeGroup, ThemeUnit
from ..domain.numerals import to_roman
from ..domain.timing import format_quarters
from .plans import stored_timing
from .store import Store


@dataclass(frozen=True)
class OwnershipRow:
    plan_id: int
    plan_title: str
    theme_id: int
    stt: str  # "II.3"
    title: str
    role: str  # lead | support | owner | ""
    quarters: frozenset[int]
    timing_text: str
    lead_units: tuple[str, ...]
    support_units: tuple[str, ...]
    owner_name: str

    @property
    def quarters_text(self) -> str:
        return format_quarters(self.quarters)


def themes_for_unit(store: Store, unit_id: int, plan_id: int | None = None) -> list[OwnershipRow]:
    """Themes the unit leads or supports, in plan and appendix order."""
    rows = _rows(store, plan_id)
    out = []
    for theme, row in rows:
        roles = {link.role for link in theme.unit_links if link.unit_id == unit_id}
        if roles:
            out.append(_with_role(row, "lead" if "lead" in roles else "support"))
    return out


def themes_for_person(store: Store, person_id: int, plan_id: int | None = None) -> list[OwnershipRow]:
    """Themes the person owns."""
    return [_with_role(row, "owner") for theme, row in _rows(store, plan_id)
            if theme.owner_id == person_id]


def due_in_quarter(store: Store, plan_id: int, quarter: int) -> list[OwnershipRow]:
    """Themes of the plan with work due in `quarter` (1..4) and who owns them."""
    return [row for _theme, row in _rows(store, plan_id) if quarter in row.quarters]


def _with_role(row: OwnershipRow, role: str) -> OwnershipRow:
    return OwnershipRow(**{**row.__dict__, "role": role})


def _rows(store: Store, plan_id: int | None) -> list[tuple[Theme, OwnershipRow]]:
    with store.read() as s:
        stmt = (
            select(Theme, ThemeGroup, Plan)
            .join(ThemeGroup, Theme.group_id == ThemeGroup.id)
            .join(Plan, ThemeGroup.plan_id == Plan.id)
            .options(selectinload(Theme.unit_links).selectinload(ThemeUnit.unit),
                     selectinload(Theme.owner))
            .where(Plan.deleted_at.is_(None))
            .order_by(Plan.period_start.desc(), Plan.id, ThemeGroup.position, Theme.position)
        )
        if plan_id is not None:
            stmt = stmt.where(Plan.id == plan_id)
        out = []
        for theme, group, plan in s.execute(stmt):
            timing = stored_timing(theme)
            out.append((theme, OwnershipRow(
                plan_id=plan.id, plan_title=plan.title, theme_id=theme.id,
                stt=f"{to_roman(group.position + 1)}.{theme.position + 1}", title=theme.title,
                role="", quarters=timing.covered_quarters(), timing_text=timing.text(),
                lead_units=tuple(lk.unit.name for lk in theme.unit_links if lk.role == "lead"),
                support_units=tuple(lk.unit.name for lk in theme.unit_links if lk.role == "support"),
                owner_name=theme.owner.name if theme.owner else "",
            )))
        return out
