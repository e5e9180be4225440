"""Who may do what. Every check lives here and is called by services, never only by the UI.

Roles: approver (head of office), editor (secretary), admin, viewer. Editing is open to editors,
approvers and administrators; approving only to approvers; accounts only to administrators.
Before the first account exists the office is being set up and every action is allowed.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import Plan, User
from ..domain.documents import format_number
from ..domain.workflow import APPROVER as APPROVER
from ..domain.workflow import EDIT as EDIT
from ..domain.workflow import PLAN_APPROVED, PLAN_DRAFT, plan_editable
from .errors import Conflict, ServiceError
from .store import Store

EDITOR, ADMIN, VIEWER = "editor", "admin", "viewer"
ROLES = (APPROVER, EDITOR, ADMIN, VIEWER)
ROLE_NAMES = {APPROVER: "người duyệt", EDITOR: "người soạn thảo", ADMIN: "quản trị", VIEWER: "người xem",
              EDIT: "người soạn thảo"}
GRANTS = {EDIT: {EDITOR, APPROVER, ADMIN}, APPROVER: {APPROVER}, ADMIN: {ADMIN}}


class PermissionDenied(ServiceError):
    """The acting user may not do this. The refusal has been recorded."""


def allowed(store: Store, permission: str) -> bool:
    if store.user is None:
        return not has_accounts(store)
    return bool(GRANTS.get(permission, {permission}) & set(store.user.roles))


def require(store: Store, permission: str, action: str, entity: str = "", entity_id: int | None = None) -> None:
    """Raise PermissionDenied (and record the refusal) unless the acting user holds `permission`."""
    if allowed(store, permission):
        return
    who = store.user.username if store.user else "(chưa đăng nhập)"
    if not store.read_only:
        with store.write() as s:
            store.audit(s, "refused", entity or "permission", entity_id,
                        after={"action": action, "needs": permission})
    if store.user is None:
        raise PermissionDenied(f"Cần đăng nhập để {action} (dòng lệnh: --as TÊN).")
    raise PermissionDenied(f"Tài khoản «{who}» không có quyền {action}: cần vai trò "
                           f"{ROLE_NAMES.get(permission, permission)}.")


def has_accounts(store: Store) -> bool:
    """Whether the office has any account yet (before the first, anyone may do anything)."""
    with store.read() as s:
        return bool(s.scalar(select(func.count()).select_from(User)))


def open_plan_for_editing(store: Store, s: Session, plan: Plan) -> None:
    """Refuse (Conflict) an edit of an issued plan, which is read-only; an approved plan that is
    edited goes back to draft, recorded in the audit — so the head of office approves again."""
    if not plan_editable(plan.status):
        raise Conflict(
            f"Kế hoạch «{plan.title}» đã ban hành ({format_number(plan.number, plan.symbol)}): "
            "không sửa được. Hãy tạo phiên bản mới (Tệp › Sao chép sang kỳ mới).")
    if plan.status == PLAN_APPROVED:
        plan.status, plan.approved_by, plan.approved_at = PLAN_DRAFT, "", None
        store.audit(s, "unapprove", "plan", plan.id, plan_id=plan.id,
                    before={"status": "approved"}, after={"status": "draft", "reason": "sửa sau khi duyệt"})
