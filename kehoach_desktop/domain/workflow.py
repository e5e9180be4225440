"""The approval workflows, once: the states of an article and of a plan, which action moves one
state to another and who may take it, and the Vietnamese name of each state and action. Services
enforce them; the window and the command line only show (and translate) them."""

from __future__ import annotations

from .text import QT_TRANSLATE_NOOP

# roles an action needs (the names services.permissions grants)
EDIT, APPROVER = "edit", "approver"

# --- articles: Nháp → Chờ duyệt → Đã duyệt → Đã đăng ---------------------------------------------
DRAFT, PENDING, APPROVED, PUBLISHED = "draft", "pending", "approved", "published"
ARTICLE_STATES = (DRAFT, PENDING, APPROVED, PUBLISHED)
# the Vietnamese names, marked for the window's translation (the documents keep them as they are)
ARTICLE_LABELS = {DRAFT: QT_TRANSLATE_NOOP("Labels", "Nháp"), PENDING: QT_TRANSLATE_NOOP("Labels", "Chờ duyệt"),
                  APPROVED: QT_TRANSLATE_NOOP("Labels", "Đã duyệt"), PUBLISHED: QT_TRANSLATE_NOOP("Labels", "Đã đăng")}
WITHDRAWN_LABEL = "Đã thu hồi"
ARTICLE_KINDS = ("tin", "bai", "phong-su", "video", "anh", "infographic", "khac")
KIND_LABELS = {"tin": QT_TRANSLATE_NOOP("Labels", "Tin"), "bai": QT_TRANSLATE_NOOP("Labels", "Bài"),
               "phong-su": QT_TRANSLATE_NOOP("Labels", "Phóng sự"), "video": QT_TRANSLATE_NOOP("Labels", "Video"),
               "anh": QT_TRANSLATE_NOOP("Labels", "Ảnh"), "infographic": QT_TRANSLATE_NOOP("Labels", "Infographic"),
               "khac": QT_TRANSLATE_NOOP("Labels", "Khác")}
# (action, from state) → (to state, role needed). Anything else is refused.
ARTICLE_TRANSITIONS: dict[tuple[str, str], tuple[str, str]] = {
    ("submit", DRAFT): (PENDING, EDIT),
    ("approve", PENDING): (APPROVED, APPROVER),
    ("return", PENDING): (DRAFT, APPROVER),
    ("return", APPROVED): (DRAFT, APPROVER),
    ("publish", APPROVED): (PUBLISHED, EDIT),
}
ARTICLE_ACTIONS = {"submit": "gửi duyệt", "approve": "duyệt", "return": "trả lại", "publish": "đánh dấu đã đăng"}

# --- plans: Dự thảo → Đã duyệt → Đã ban hành ------------------------------------------------------
PLAN_DRAFT, PLAN_APPROVED, PLAN_ISSUED = "draft", "approved", "issued"
PLAN_LABELS = {PLAN_DRAFT: QT_TRANSLATE_NOOP("Labels", "Dự thảo"), PLAN_APPROVED: QT_TRANSLATE_NOOP("Labels", "Đã duyệt"),
               PLAN_ISSUED: QT_TRANSLATE_NOOP("Labels", "Đã ban hành")}
PLAN_TRANSITIONS: dict[tuple[str, str], str] = {
    ("approve", PLAN_DRAFT): PLAN_APPROVED,
    ("issue", PLAN_APPROVED): PLAN_ISSUED,
    ("return", PLAN_APPROVED): PLAN_DRAFT,
}


def plan_allows(action: str, state: str) -> bool:
    return (action, state) in PLAN_TRANSITIONS


def plan_editable(state: str) -> bool:
    """An issued plan is read-only: a new version starts with a copy."""
    return state != PLAN_ISSUED
