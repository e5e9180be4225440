"""History: who changed what, when, from what to what. Read-only; nothing here edits it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select

from ..db.models import AuditEntry
from .store import Store

ACTION_LABELS = {
    "create": "Tạo", "update": "Sửa", "delete": "Xóa", "restore": "Khôi phục", "move": "Chuyển",
    "copy": "Sao chép", "submit": "Gửi duyệt", "approve": "Duyệt", "return": "Trả lại",
    "publish": "Đánh dấu đã đăng", "withdraw": "Thu hồi", "refused": "Bị từ chối",
    "add-evidence": "Thêm minh chứng", "unapprove": "Về dự thảo", "issue": "Ban hành",
}


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
