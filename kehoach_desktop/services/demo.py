"""The demo: the Lạc Thủy 2024 plan with its whole appendix, from a shipped data file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..domain.timing import parse_timing
from ..paths import resources_dir
from . import appendix, organization, plans, sections, units
from .dto import OrganizationData
from .store import Store

DEMO_FILE = "demo/lac-thuy-2024.json"


def demo_data(path: Path | None = None) -> dict[str, Any]:
    path = path or resources_dir() / DEMO_FILE
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def load_demo(store: Store, path: Path | None = None) -> int:
    """Create the demo office (when no office exists yet), its units, people and the plan.

    Returns the new plan's id. Each step is a service call; a failure leaves the plans created
    before it intact and this plan partly built, so the caller deletes it (see create_demo_plan).
    """
    data = demo_data(path)
    if organization.get_organization(store) is None:
        organization.save_organization(store, OrganizationData(**data["organization"]))
    unit_ids = {u["name"]: units.find_or_add_unit(store, u["name"], u["kind"]) for u in data["units"]}
    people: dict[str, tuple[int, Any]] = {}
    known = {p.name: p.id for p in units.list_people(store)}
    for p in data["people"]:
        pid = known.get(p["name"]) or units.add_person(
            store, p["name"], p["title"], p["phone"], p["email"], unit_ids.get(p["unit"]))
        people[p["name"]] = (pid, p.get("owns"))
    src = data["plan"]
    plan_id = plans.create_plan(store, {
        "title": src["title"], "period": src["period"], "symbol": src["symbol"],
        "place": src["place"], "intro": src["intro"], "closing": src["closing"],
        "signer_prefix": src["signer"]["prefix"], "signer_position": src["signer"]["position"],
        "signer_name": src["signer"]["name"],
    })
    try:
        plans.set_basis(store, plan_id, src["basis"])
        plans.set_recipients(store, plan_id, [plans.parse_recipient(r) for r in src["recipients"]])
        _add_sections(store, plan_id, None, src["sections"])
        owner = next((pid for pid, owns in people.values() if owns == "all"), None)
        year = int(str(src["period"])[:4])
        for g in src["groups"]:
            gid = appendix.add_group(store, plan_id, g["title"])
            for t in g["themes"]:
                appendix.add_theme(
                    store, gid, t["title"], forms=t["forms"],
                    lead_unit_ids=[unit_ids[u] for u in t["lead_units"]],
                    support_unit_ids=[unit_ids[u] for u in t["support_units"]],
                    timing=parse_timing(t["timing"], year), owner_id=owner,
                )
    except Exception:
        plans.delete_plan(store, plan_id)  # marked deleted: the half-built plan is never shown
        raise
    return plan_id


def _add_sections(store: Store, plan_id: int, parent: int | None, nodes: list[dict[str, Any]]) -> None:
    for node in nodes:
        sid = sections.add_section(store, plan_id, parent, None, node["kind"], node["heading"],
                                   node["body"])
        _add_sections(store, plan_id, sid, node.get("children", []))
