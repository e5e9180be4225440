"""The demo: the Lạc Thủy 2024 plan with its whole appendix, from a shipped data file."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ..domain.text import fold
from ..domain.timing import parse_timing
from ..paths import resources_dir
from ..records import OrganizationData
from . import appendix, organization, plans, sections, units
from .store import Store

DEMO_FILE = "demo/lac-thuy-2024.json"


def demo_data(path: Path | None = None) -> dict[str, Any]:
    path = path or resources_dir() / DEMO_FILE
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def load_demo(store: Store, path: Path | None = None) -> int:
    """Create the demo office (when no office exists yet), its units, people and the plan.

    Returns the new plan's id. Every step is a service call with its own checks, and all of them
    are one transaction (Store.use_case): the demo is there whole, or not at all.
    """
    data = demo_data(path)
    with store.use_case():  # one transaction: a failure anywhere leaves nothing of the demo
        return _load(store, data)


def _load(store: Store, data: dict[str, Any]) -> int:
    office = organization.get_organization(store)
    if office is None:
        organization.save_organization(store, OrganizationData(**data["organization"]))
    else:
        data = retarget(data, office)
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
    seed_demo_articles(store, plan_id, year)
    _seed_opinion(store, plan_id, year)
    return plan_id


HEADS = {"truong": "HIỆU TRƯỞNG", "phong": "TRƯỞNG PHÒNG", "so": "GIÁM ĐỐC"}


def retarget(data: dict[str, Any], office: OrganizationData) -> dict[str, Any]:
    """The demo plan written for the office typed at first start rather than for Lạc Thủy's: its
    name, place, number symbol and signer's position, so that a document never mixes two offices.
    Text about others (the superior's plan in the basis, partners' names) is left as it is."""
    demo = data["organization"]
    if fold(demo["name"]) == fold(office.name):
        return data
    names = [demo["name"], "Phòng GD&ĐT huyện Lạc Thủy", "PHÒNG GD&ĐT HUYỆN LẠC THỦY"]

    def swap(value: Any) -> Any:
        if isinstance(value, str):
            for name in names:
                value = value.replace(name, office.name)
            return value
        if isinstance(value, list):
            return [swap(v) for v in value]
        if isinstance(value, dict):
            return {k: swap(v) for k, v in value.items()}
        return value

    plan = dict(data["plan"])
    basis = plan.pop("basis")
    plan = swap(plan)
    plan["basis"] = basis
    plan["place"] = office.place or plan["place"]
    plan["symbol"] = f"KH-{office.abbreviation}" if office.abbreviation else "KH"
    plan["signer"] = {**plan["signer"], "position": HEADS.get(office.level, plan["signer"]["position"])}
    return {**data, "plan": plan}


def _add_sections(store: Store, plan_id: int, parent: int | None, nodes: list[dict[str, Any]]) -> None:
    for node in nodes:
        sid = sections.add_section(store, plan_id, parent, None, node["kind"], node["heading"],
                                   node["body"])
        _add_sections(store, plan_id, sid, node.get("children", []))


# --- a year of sample articles ------------------------------------------------------------------
_TITLES = (
    "Hội nghị triển khai: {t}",
    "Tập huấn cán bộ quản lý, giáo viên về {t}",
    "Kết quả nổi bật trong {t} quý {q}",
    "Các trường học trực thuộc tích cực thực hiện: {t}",
    "Gương người tốt việc tốt gắn với {t}",
    "Phòng GD&ĐT Lạc Thủy kiểm tra việc thực hiện {t}",
    "Chuyên đề: {t} – những cách làm hay",
    "Tọa đàm về {t} tại Trường THCS thị trấn Chi Nê",
)
_AUTHORS = ("Nguyễn Đức Toàn", "Bùi Thị Hằng", "Đinh Văn Dũng", "Quách Thị Thu", "Trần Minh Đức")
_DEMO_CHANNELS = (("Trang thông tin điện tử", "website", ""), ("Fanpage Facebook", "fanpage", ""),
                  ("Báo Hòa Bình", "press", "https://baohoabinh.com.vn"),
                  ("Đài TT-TH huyện Lạc Thủy", "radio-tv", ""))


def seed_demo_articles(store: Store, plan_id: int, year: int = 2024) -> int:
    """Log a year of realistic articles against the plan's themes: most published with links,
    some waiting for approval, one returned with a reason; each with its history. Returns how many."""
    import datetime as dt
    import random

    from ..db.models import Article, ArticleTheme, AuditEntry, Channel, Evidence
    from ..domain.text import fold, sort_string
    from .channels import add_channel, list_channels

    known = {fold(c.name) for c in list_channels(store)}
    for name, kind, url in _DEMO_CHANNELS:
        if fold(name) not in known:
            add_channel(store, name, kind, url)
    plan = plans.get_plan(store, plan_id)
    themes = plan.themes()
    rng = random.Random(year)
    approver, editor = "truongphong (mẫu)", "vanthu (mẫu)"
    specs = []
    for month in range(1, 13):
        for _ in range(rng.randint(3, 6)):
            specs.append((dt.date(year, month, rng.randint(1, 28)), rng.choice(themes),
                          rng.choice(("website", "website", "fanpage", "press", "radio-tv")),
                          rng.choice(_TITLES), rng.choice(("tin", "tin", "bai", "anh", "video", "phong-su")),
                          rng.choice(_AUTHORS)))
    specs.sort(key=lambda x: x[0])
    # the latest articles still wait for the head of office; one in November was returned
    statuses = ["published"] * len(specs)
    for i in range(len(specs) - 4, len(specs)):
        statuses[i] = "pending"
    statuses[next(i for i, spec in enumerate(specs) if spec[0].month == 11)] = "draft"
    count = 0
    with store.write() as s:
        chans = {c.kind: c for c in s.query(Channel).all()}
        for (day, theme, channel_kind, template, kind, author), status in zip(specs, statuses, strict=True):
            channel = chans[channel_kind]
            title = template.format(t=theme.title[0].lower() + theme.title[1:], q=(day.month - 1) // 3 + 1)
            count += 1
            slug = re.sub(r"[^a-z0-9]+", "-", fold(title)).strip("-")[:60]
            base = channel.url or {"website": "https://pgdlacthuy.hoabinh.edu.vn",
                                   "fanpage": "https://facebook.com/pgdlacthuy"}.get(
                                       channel.kind, "https://lacthuy.hoabinh.gov.vn")
            article = Article(
                plan_id=plan_id, title=title, kind=kind, channel_id=channel.id, published_on=day,
                url=f"{base}/tin-tuc/{slug}-{count}", authors=author,
                unit_id=theme.lead_units[-1].id if theme.lead_units else None,
                status=status, ever_approved=status == "published", created_by=editor,
                search_folded=fold(f"{title} {author}"), title_sort=sort_string(title), created_at=dt.datetime.combine(day, dt.time(8)),
            )
            if status == "draft":
                article.return_reason = "Ảnh minh họa chưa rõ; bổ sung số liệu học sinh tham gia."
            if status == "published":
                article.approved_by = approver
                article.approved_at = dt.datetime.combine(day, dt.time(10))
            article.themes = [ArticleTheme(theme_id=theme.id)]
            s.add(article)
            s.flush()
            if status == "published" and count % 4 == 0:
                s.add(Evidence(article_id=article.id, kind="link", url=article.url, added_by=editor))
            steps = [("create", editor, 8, None, {"title": title}),
                     ("submit", editor, 9, {"status": "draft"}, {"status": "pending"})]
            if status == "published":
                steps += [("approve", approver, 10, {"status": "pending"}, {"status": "approved"}),
                          ("publish", editor, 11, {"status": "approved"}, {"status": "published"})]
            if status == "draft":
                steps += [("return", approver, 10, {"status": "pending"},
                           {"status": "draft", "reason": article.return_reason})]
            for action, actor, hour, before, after in steps:
                s.add(AuditEntry(at=dt.datetime.combine(day, dt.time(hour)), actor=actor, action=action,
                                 entity="article", entity_id=article.id, plan_id=plan_id,
                                 before=before, after=after))
    return count


def _seed_opinion(store: Store, plan_id: int, year: int) -> None:
    import datetime as dt

    from . import opinion

    opinion.add_issue(store, "Phụ huynh phản ánh trên mạng xã hội về khoản thu đầu năm học tại một trường tiểu học",
                      dt.date(year, 9, 12), source="social", severity="hot", handler="Nguyễn Đức Toàn",
                      actions="Kiểm tra tại trường; yêu cầu trường công khai các khoản thu theo quy định; "
                              "trả lời phụ huynh trên trang thông tin điện tử.",
                      status="resolved", reported_up=True, reported_on=dt.date(year, 9, 16), plan_id=plan_id)
    opinion.add_issue(store, "Báo điện tử đưa tin học sinh bị tai nạn giao thông trên đường đến trường",
                      dt.date(year, 12, 3), source="press", severity="hot", handler="Nguyễn Đức Toàn",
                      actions="Đang phối hợp với nhà trường và gia đình xác minh.", status="in_progress",
                      plan_id=plan_id)
