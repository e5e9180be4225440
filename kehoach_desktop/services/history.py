"""History: who changed what, when, from what to what. Read-only; nothing here edits it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select

from ..db.models import AuditEntry
from ..domain.text import QT_TRANSLATE_NOOP
from ..domain.workflow import ARTICLE_LABELS, PLAN_LABELS
from .store import Store

ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("History", "Tạo"),
    "update": QT_TRANSLATE_NOOP("History", "Sửa"),
    "delete": QT_TRANSLATE_NOOP("History", "Xóa"),
    "restore": QT_TRANSLATE_NOOP("History", "Khôi phục"),
    "move": QT_TRANSLATE_NOOP("History", "Chuyển"),
    "copy": QT_TRANSLATE_NOOP("History", "Sao chép"),
    "submit": QT_TRANSLATE_NOOP("History", "Gửi duyệt"),
    "approve": QT_TRANSLATE_NOOP("History", "Duyệt"),
    "return": QT_TRANSLATE_NOOP("History", "Trả lại"),
    "publish": QT_TRANSLATE_NOOP("History", "Đánh dấu đã đăng"),
    "withdraw": QT_TRANSLATE_NOOP("History", "Thu hồi"),
    "refused": QT_TRANSLATE_NOOP("History", "Bị từ chối"),
    "add-evidence": QT_TRANSLATE_NOOP("History", "Thêm minh chứng"),
    "unapprove": QT_TRANSLATE_NOOP("History", "Về dự thảo"),
    "issue": QT_TRANSLATE_NOOP("History", "Ban hành"),
    "import": QT_TRANSLATE_NOOP("History", "Nhập phụ lục"),
    "login-failed": QT_TRANSLATE_NOOP("History", "Đăng nhập sai"),
    "approval-failed": QT_TRANSLATE_NOOP("History", "Sai mật khẩu khi duyệt"),
    "password-failed": QT_TRANSLATE_NOOP("History", "Sai mật khẩu khi đổi mật khẩu"),
    "lock": QT_TRANSLATE_NOOP("History", "Tạm khóa tài khoản"),
    "measure": QT_TRANSLATE_NOOP("History", "Ghi chỉ số"),
    "sent": QT_TRANSLATE_NOOP("History", "Đã gửi thư"),
    "send-failed": QT_TRANSLATE_NOOP("History", "Gửi thư không được"),
}

ENTITY_LABELS = {
    "plan": QT_TRANSLATE_NOOP("History", "Kế hoạch"),
    "plan.basis": QT_TRANSLATE_NOOP("History", "Căn cứ"),
    "plan.recipients": QT_TRANSLATE_NOOP("History", "Nơi nhận"),
    "section": QT_TRANSLATE_NOOP("History", "Mục"),
    "group": QT_TRANSLATE_NOOP("History", "Nhóm nội dung"),
    "theme": QT_TRANSLATE_NOOP("History", "Nội dung"),
    "article": QT_TRANSLATE_NOOP("History", "Tin bài"),
    "target": QT_TRANSLATE_NOOP("History", "Chỉ tiêu"),
    "opinion": QT_TRANSLATE_NOOP("History", "Vấn đề dư luận"),
    "indicator": QT_TRANSLATE_NOOP("History", "Chỉ số"),
    "report": QT_TRANSLATE_NOOP("History", "Báo cáo"),
    "unit": QT_TRANSLATE_NOOP("History", "Đơn vị"),
    "person": QT_TRANSLATE_NOOP("History", "Cán bộ"),
    "mail": QT_TRANSLATE_NOOP("History", "Thư"),
    "permission": QT_TRANSLATE_NOOP("History", "Quyền"),
}

# Field names as the user knows them. A field missing here shows its own name.
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("History", "Tiêu đề"),
    "number": QT_TRANSLATE_NOOP("History", "Số"),
    "symbol": QT_TRANSLATE_NOOP("History", "Ký hiệu"),
    "place": QT_TRANSLATE_NOOP("History", "Địa danh"),
    "issued_on": QT_TRANSLATE_NOOP("History", "Ngày ban hành"),
    "period": QT_TRANSLATE_NOOP("History", "Thời kỳ"),
    "intro": QT_TRANSLATE_NOOP("History", "Mở đầu"),
    "closing": QT_TRANSLATE_NOOP("History", "Kết thúc"),
    "signer_prefix": QT_TRANSLATE_NOOP("History", "Quyền hạn ký"),
    "signer_position": QT_TRANSLATE_NOOP("History", "Chức vụ người ký"),
    "signer_name": QT_TRANSLATE_NOOP("History", "Người ký"),
    "status": QT_TRANSLATE_NOOP("History", "Trạng thái"),
    "basis": QT_TRANSLATE_NOOP("History", "Căn cứ"),
    "recipients": QT_TRANSLATE_NOOP("History", "Nơi nhận"),
    "kind": QT_TRANSLATE_NOOP("History", "Loại"),
    "heading": QT_TRANSLATE_NOOP("History", "Tiêu đề mục"),
    "body": QT_TRANSLATE_NOOP("History", "Nội dung"),
    "forms": QT_TRANSLATE_NOOP("History", "Hình thức/sản phẩm"),
    "lead_unit_ids": QT_TRANSLATE_NOOP("History", "Đơn vị chủ trì"),
    "support_unit_ids": QT_TRANSLATE_NOOP("History", "Đơn vị phối hợp"),
    "timing": QT_TRANSLATE_NOOP("History", "Thời gian thực hiện"),
    "owner_id": QT_TRANSLATE_NOOP("History", "Cán bộ đầu mối"),
    "channel_id": QT_TRANSLATE_NOOP("History", "Kênh"),
    "published_on": QT_TRANSLATE_NOOP("History", "Ngày đăng"),
    "url": QT_TRANSLATE_NOOP("History", "Đường dẫn"),
    "authors": QT_TRANSLATE_NOOP("History", "Tác giả"),
    "theme_ids": QT_TRANSLATE_NOOP("History", "Nội dung kế hoạch"),
    "unit_id": QT_TRANSLATE_NOOP("History", "Đơn vị"),
    "notes": QT_TRANSLATE_NOOP("History", "Ghi chú"),
    "reason": QT_TRANSLATE_NOOP("History", "Lý do"),
    "scope": QT_TRANSLATE_NOOP("History", "Đối tượng"),
    "minimum": QT_TRANSLATE_NOOP("History", "Số tối thiểu"),
    "file": QT_TRANSLATE_NOOP("History", "Tệp"),
    "summary": QT_TRANSLATE_NOOP("History", "Tóm tắt"),
    "noticed_on": QT_TRANSLATE_NOOP("History", "Ngày phát hiện"),
    "source": QT_TRANSLATE_NOOP("History", "Nguồn"),
    "severity": QT_TRANSLATE_NOOP("History", "Mức độ"),
    "handler": QT_TRANSLATE_NOOP("History", "Người xử lý"),
    "actions": QT_TRANSLATE_NOOP("History", "Biện pháp"),
    "groups": QT_TRANSLATE_NOOP("History", "Số nhóm"),
    "themes": QT_TRANSLATE_NOOP("History", "Số nội dung"),
    "name": QT_TRANSLATE_NOOP("History", "Tên"),
    "value": QT_TRANSLATE_NOOP("History", "Giá trị"),
    "on": QT_TRANSLATE_NOOP("History", "Ngày"),
    "position": QT_TRANSLATE_NOOP("History", "Vị trí"),
    "group_id": QT_TRANSLATE_NOOP("History", "Nhóm"),
    "parent_id": QT_TRANSLATE_NOOP("History", "Mục cha"),
    "deleted": QT_TRANSLATE_NOOP("History", "Đã xóa"),
    "approved_by": QT_TRANSLATE_NOOP("History", "Người duyệt"),
    "after": QT_TRANSLATE_NOOP("History", "Sau"),
    "table": QT_TRANSLATE_NOOP("History", "Bảng"),
    "new_units": QT_TRANSLATE_NOOP("History", "Đơn vị mới"),
    "replaced": QT_TRANSLATE_NOOP("History", "Số chỗ đổi thời kỳ"),
    "sha256": QT_TRANSLATE_NOOP("History", "Mã tệp"),
    "username": QT_TRANSLATE_NOOP("History", "Tài khoản"),
    "error": QT_TRANSLATE_NOOP("History", "Lỗi"),
    "minutes": QT_TRANSLATE_NOOP("History", "Số phút"),
    "unit_kind": QT_TRANSLATE_NOOP("History", "Loại đơn vị"),
}


@dataclass(frozen=True)
class HistoryLine:
    """One row of a history as shown: an event, or one field of a change with old → new."""

    at: dt.datetime
    actor: str
    event: str  # "Sửa Tin bài", "Duyệt", "Nhập phụ lục"
    field: str  # "Ngày đăng"; "" for an event without fields
    old: str
    new: str
    action: str = ""  # the codes behind event and field, for a translated view
    entity: str = ""
    field_key: str = ""


def lines(entries: list[HistoryEntry], names: dict[str, dict[int, str]] | None = None) -> list[HistoryLine]:
    """The entries as rows a reader follows: one per changed field, field names in Vietnamese,
    values formatted (dates dd/mm/yyyy, states by name, ids by the name they stand for, empty as
    "—"), unchanged fields left out. `names` maps "unit"/"channel"/"theme"/"person" ids to names."""
    names = names or {}
    out: list[HistoryLine] = []
    for e in entries:
        event = e.action_label if e.entity in ("article", "plan") and e.action not in ("create", "update", "delete") \
            else f"{e.action_label} {ENTITY_LABELS.get(e.entity, e.entity).lower()}"
        before, after = e.before or {}, e.after or {}
        keys = [k for k in dict.fromkeys([*before, *after]) if before.get(k) != after.get(k)]
        if e.action in ("create", "delete"):  # one row naming what was created or deleted
            values = after if e.action == "create" else before
            out.append(HistoryLine(e.at, e.actor, event, "", "" if e.action == "create" else _what(e.entity, values),
                                   _what(e.entity, values) if e.action == "create" else "", e.action, e.entity))
            continue
        if not keys:
            out.append(HistoryLine(e.at, e.actor, event, "", "", "", e.action, e.entity))
            continue
        for key in keys:
            states = PLAN_LABELS if e.entity == "plan" else ARTICLE_LABELS
            out.append(HistoryLine(e.at, e.actor, event, FIELD_LABELS.get(key, key),
                                   _value(key, before.get(key), names, states) if key in before else "",
                                   _value(key, after.get(key), names, states) if key in after else "",
                                   e.action, e.entity, key))
    return out


def _what(entity: str, values: dict[str, Any]) -> str:
    if entity == "target" and {"scope", "period", "minimum"} <= set(values):
        from ..domain.targets import PERIODS, Rule, describe

        if values["period"] in PERIODS:
            return describe(Rule(0, values["scope"], values["period"], int(values["minimum"]),
                                 unit_kind=values.get("unit_kind", "")))
    for key in ("title", "heading", "summary", "name", "period", "body", "text"):
        if values.get(key):
            return str(values[key])
    return ""


def _value(key: str, value: Any, names: dict[str, dict[int, str]], states: dict[str, str] | None = None) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if key == "status" and isinstance(value, str):
        parts = [part.strip().partition(" ") for part in value.split("→")]
        return " → ".join((states or {}).get(head, head) + (f" {rest}" if rest else "") for head, _, rest in parts)
    lookup = {"unit_id": "unit", "lead_unit_ids": "unit", "support_unit_ids": "unit", "channel_id": "channel",
              "theme_ids": "theme", "owner_id": "person"}.get(key)
    if lookup:
        table = names.get(lookup, {})
        ids = value if isinstance(value, list) else [value]
        return ", ".join(table.get(int(i), f"#{i}") for i in ids if isinstance(i, int | str) and str(i).isdigit())
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
        except ValueError:
            return value
    if isinstance(value, list):
        return "; ".join(" ".join(str(v) for v in item if v) if isinstance(item, list) else str(item) for item in value)
    if isinstance(value, dict):
        return "; ".join(f"{FIELD_LABELS.get(k, k)}: {_value(k, v, names, states)}" for k, v in value.items())
    return str(value)


def reference_names(store: Store) -> dict[str, dict[int, str]]:
    """Names of units, channels, themes and people, for showing the ids a history holds."""
    from ..db.models import Channel, Person, Theme, Unit

    with store.read() as s:
        return {"unit": {i: n for i, n in s.execute(select(Unit.id, Unit.name))},
                "channel": {i: n for i, n in s.execute(select(Channel.id, Channel.name))},
                "theme": {i: n for i, n in s.execute(select(Theme.id, Theme.title))},
                "person": {i: n for i, n in s.execute(select(Person.id, Person.name))}}


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)

    def to_json(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(timespec="seconds"), "actor": self.actor, "action": self.action,
                "entity": self.entity, "entity_id": self.entity_id, "before": self.before,
                "after": self.after}


def article_history(store: Store, article_id: int) -> list[HistoryEntry]:
    return _entries(store, (AuditEntry.entity == "article") & (AuditEntry.entity_id == article_id))


def plan_history(store: Store, plan_id: int) -> list[HistoryEntry]:
    """Changes to the plan document and its appendix (not its articles)."""
    return _entries(store, (AuditEntry.plan_id == plan_id) & (AuditEntry.entity != "article")
                    | ((AuditEntry.entity == "plan") & (AuditEntry.entity_id == plan_id)))


def _entries(store: Store, condition: Any) -> list[HistoryEntry]:
    with store.read() as s:
        rows = s.scalars(select(AuditEntry).where(or_(condition)).order_by(AuditEntry.at, AuditEntry.id))
        return [HistoryEntry(r.at, r.actor, r.action, r.entity, r.entity_id, r.before, r.after) for r in rows]


def article_lines(store: Store, article_id: int) -> list[HistoryLine]:
    return lines(article_history(store, article_id), reference_names(store))


def plan_lines(store: Store, plan_id: int) -> list[HistoryLine]:
    return lines(plan_history(store, plan_id), reference_names(store))


def changed_elsewhere(store: Store, seen: int) -> bool:
    """Whether someone other than this program (another window, PC or the command line) recorded
    a change after the history entry `seen`."""
    own = store.changes.own_entries_after(seen)
    with store.read() as s:  # one more than ours is enough: if all were ours, one is someone else's
        after = s.scalars(select(AuditEntry.id).where(AuditEntry.id > seen).order_by(AuditEntry.id)
                          .limit(len(own) + 1)).all()
    return any(entry not in own for entry in after)


def last_change(store: Store) -> int:
    """A number that grows with every change anyone records (the newest history entry): a window
    compares it to see whether another PC or window changed something since it last looked."""
    with store.read() as s:
        return int(s.scalar(select(func.max(AuditEntry.id))) or 0)
