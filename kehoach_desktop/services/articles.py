"""The articles log and its approval workflow: Nháp → Chờ duyệt → Đã duyệt → Đã đăng.

An approver may return an article (with a reason) to Nháp. Approving asks the approver's password
again, like a signature. Editing an approved article sends it back for approval. An article that
was ever approved cannot be deleted, only withdrawn.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from ..db.models import Article, ArticleTheme, Channel, Plan, Theme, Unit, utcnow
from ..db.search import article_match
from ..domain.text import fold, sort_string
from ..domain.workflow import (
    APPROVED,
    ARTICLE_ACTIONS,
    ARTICLE_KINDS,
    ARTICLE_LABELS,
    ARTICLE_STATES,
    ARTICLE_TRANSITIONS,
    PENDING,
    PUBLISHED,
    WITHDRAWN_LABEL,
)
from ..domain.workflow import KIND_LABELS as KIND_LABELS
from .errors import Conflict, NotFound, ValidationError
from .evidence import EvidenceData, evidence_data
from .permissions import EDIT, require
from .store import Store, fetch, reference
from .validate import (
    cleaned,
    day,
    id_list,
    line,
    one_of,
    optional_id,
    optional_line,
    required_line,
    text,
)

KINDS = ARTICLE_KINDS
STATUSES = ARTICLE_STATES
STATUS_LABELS = ARTICLE_LABELS
TRANSITIONS = ARTICLE_TRANSITIONS
ACTION_NAMES = ARTICLE_ACTIONS
FIELDS = ("title", "kind", "channel_id", "published_on", "url", "authors", "theme_ids", "unit_id", "notes")


@dataclass(frozen=True)
class ArticleRow:
    """One line of the log."""

    id: int
    plan_id: int
    title: str
    kind: str
    channel: str
    published_on: dt.date | None
    url: str
    authors: str
    unit: str
    status: str
    withdrawn: bool

    @property
    def status_label(self) -> str:
        return WITHDRAWN_LABEL if self.withdrawn else STATUS_LABELS[self.status]


@dataclass(frozen=True)
class ArticleDetail:
    id: int
    plan_id: int
    title: str
    kind: str
    channel_id: int | None
    channel: str
    published_on: dt.date | None
    url: str
    authors: str
    unit_id: int | None
    unit: str
    notes: str
    status: str
    return_reason: str
    ever_approved: bool
    withdrawn: bool
    approved_by: str
    approved_at: dt.datetime | None
    created_by: str
    theme_ids: tuple[int, ...] = ()
    theme_titles: tuple[str, ...] = ()
    evidence: tuple[EvidenceData, ...] = ()
    version: int = 1

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "plan_id": self.plan_id, "title": self.title, "kind": self.kind,
            "channel": self.channel, "channel_id": self.channel_id,
            "date": self.published_on.isoformat() if self.published_on else None,
            "url": self.url, "authors": self.authors, "unit": self.unit, "notes": self.notes,
            "status": self.status, "status_label": STATUS_LABELS[self.status],
            "return_reason": self.return_reason, "withdrawn": self.withdrawn,
            "approved_by": self.approved_by,
            "approved_at": self.approved_at.isoformat(timespec="seconds") if self.approved_at else None,
            "themes": [{"id": i, "title": t} for i, t in zip(self.theme_ids, self.theme_titles, strict=True)],
            "evidence": [e.to_json() for e in self.evidence],
        }


@dataclass
class ArticleFilter:
    plan_id: int | None = None
    query: str = ""
    status: str | None = None
    channel_id: int | None = None
    kind: str | None = None
    theme_id: int | None = None
    unit_id: int | None = None
    author: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    include_withdrawn: bool = True
    order: str = "-date"  # date | -date | title | -title | status
    extra: dict[str, Any] = field(default_factory=dict)


# --- reading ---------------------------------------------------------------------------------

def article_ids(store: Store, flt: ArticleFilter, limit: int | None = None) -> list[int]:
    """Ids of the matching articles in the filter's order (newest first by default);
    `limit` gives only the first ones, which the log shows while the rest is not needed yet."""
    with store.read() as s:
        stmt = _filtered(s, select(Article.id), flt)
        if limit is not None:
            stmt = stmt.limit(limit)
        column = {"date": Article.published_on, "title": Article.title_sort,
                  "status": Article.status}[flt.order.lstrip("-")]
        if flt.order.startswith("-"):
            stmt = stmt.order_by(column.desc(), Article.id.desc())
        else:
            stmt = stmt.order_by(column, Article.id)
        return list(s.scalars(stmt))


def count_articles(store: Store, flt: ArticleFilter) -> int:
    with store.read() as s:
        return s.scalar(_filtered(s, select(func.count(Article.id)), flt)) or 0


def article_rows(store: Store, ids: list[int]) -> list[ArticleRow]:
    """The log's rows for `ids`, in the order given (a window of the lazy model)."""
    if not ids:
        return []
    with store.read() as s:
        stmt = (select(Article.id, Article.plan_id, Article.title, Article.kind, Channel.name,
                       Article.published_on, Article.url, Article.authors, Unit.name, Article.status,
                       Article.withdrawn)
                .outerjoin(Channel, Article.channel_id == Channel.id)
                .outerjoin(Unit, Article.unit_id == Unit.id)
                .where(Article.id.in_(ids)))
        rows = {r[0]: ArticleRow(r[0], r[1], r[2], r[3], r[4] or "", r[5], r[6], r[7], r[8] or "",
                                 r[9], r[10]) for r in s.execute(stmt)}
    return [rows[i] for i in ids if i in rows]


def status_counts(store: Store, plan_id: int | None = None) -> dict[str, int]:
    with store.read() as s:
        stmt = select(Article.status, func.count()).where(Article.withdrawn.is_(False)).group_by(Article.status)
        if plan_id is not None:
            stmt = stmt.where(Article.plan_id == plan_id)
        counts = {status: 0 for status in STATUSES}
        counts.update({status: n for status, n in s.execute(stmt)})
        return counts


def pending_count(store: Store, plan_id: int | None = None) -> int:
    """How many articles wait for approval (the approver's queue)."""
    with store.read() as s:
        stmt = select(func.count()).select_from(Article).where(
            Article.status == PENDING, Article.withdrawn.is_(False))
        if plan_id is not None:
            stmt = stmt.where(Article.plan_id == plan_id)
        return s.scalar(stmt) or 0


def get_article(store: Store, article_id: int) -> ArticleDetail:
    with store.read() as s:
        a = s.get(Article, article_id, options=[selectinload(Article.themes), selectinload(Article.evidence)])
        if a is None:
            raise NotFound("tin bài", article_id)
        channel = s.get(Channel, a.channel_id) if a.channel_id else None
        unit = s.get(Unit, a.unit_id) if a.unit_id else None
        theme_ids = tuple(t.theme_id for t in a.themes)
        titles = {t.id: t.title for t in s.scalars(select(Theme).where(Theme.id.in_(theme_ids)))}
        return ArticleDetail(
            id=a.id, plan_id=a.plan_id, title=a.title, kind=a.kind, channel_id=a.channel_id,
            channel=channel.name if channel else "", published_on=a.published_on, url=a.url,
            authors=a.authors, unit_id=a.unit_id, unit=unit.name if unit else "", notes=a.notes,
            status=a.status, return_reason=a.return_reason, ever_approved=a.ever_approved,
            withdrawn=a.withdrawn, approved_by=a.approved_by, approved_at=a.approved_at,
            created_by=a.created_by, theme_ids=theme_ids,
            theme_titles=tuple(titles.get(i, "") for i in theme_ids),
            evidence=tuple(evidence_data(e) for e in a.evidence), version=a.version,
        )



# --- writing ---------------------------------------------------------------------------------

def add_article(store: Store, plan_id: int, title: str, *, unit_name: str = "",
                evidence_files: Sequence[str | os.PathLike[str]] = (), **fields: Any) -> int:
    """Log an article as a draft, in one transaction: fields as in FIELDS (theme ids must belong
    to the plan), the producing unit by name (created when new) and evidence files. Every value and
    file is checked first; a refusal leaves no article, no unit and no evidence behind."""
    require(store, EDIT, "ghi tin bài", "plan", plan_id)
    values = _clean({"title": title, **fields})
    unit = required_line("Tên đơn vị", unit_name, 300) if unit_name.strip() else ""
    from .evidence import attach, stage_file

    staged = [stage_file(store, path) for path in evidence_files]
    with store.write() as s:
        if s.get(Plan, plan_id) is None:
            raise NotFound("kế hoạch", plan_id)
        if unit:
            from .units import unit_in

            values["unit_id"] = unit_in(store, s, unit)
        article = Article(plan_id=plan_id, title=values["title"], created_by=store.actor)
        s.add(article)
        _apply(s, article, values)
        s.flush()
        store.audit(s, "create", "article", article.id, plan_id=plan_id, after=values)
        for file in staged:
            attach(store, s, article, file)
        return article.id


def update_article(store: Store, article_id: int, changes: dict[str, Any],
                   expected_version: int | None = None) -> dict[str, Any]:
    """Change fields; an approved or published article goes back to Chờ duyệt. Returns the
    previous values of the changed fields. With `expected_version` (the version the user's copy
    was read at), StaleEdit when someone saved the article since."""
    require(store, EDIT, "sửa tin bài", "article", article_id)
    values = _clean(changes)
    with store.write() as s:
        article = _article(s, article_id)
        store.check_version(s, f"Tin bài «{article.title}»", "article", article, expected_version)
        if article.withdrawn:
            raise Conflict("Tin bài đã thu hồi: không sửa được.")
        before = {k: v for k, v in _values(article).items() if k in values}
        _apply(s, article, values)
        after: dict[str, Any] = dict(values)
        if article.status in (APPROVED, PUBLISHED) and before != {k: values[k] for k in before}:
            after["status"] = f"{article.status} → {PENDING} (sửa sau khi duyệt)"
            article.status = PENDING
            article.approved_by, article.approved_at = "", None
        store.audit(s, "update", "article", article_id, plan_id=article.plan_id, before=before, after=after)
        return before


def delete_article(store: Store, article_id: int) -> None:
    """Delete a draft that was never approved; an approved one can only be withdrawn."""
    require(store, EDIT, "xóa tin bài", "article", article_id)
    with store.write() as s:
        article = _article(s, article_id)
        if article.ever_approved:
            raise Conflict("Tin bài đã từng được duyệt: không xóa được, chỉ có thể thu hồi.")
        store.audit(s, "delete", "article", article_id, plan_id=article.plan_id, before=_values(article))
        s.delete(article)


def withdraw_article(store: Store, article_id: int, reason: str) -> None:
    require(store, EDIT, "thu hồi tin bài", "article", article_id)
    why = required_line("Lý do thu hồi", reason, 1000)
    with store.write() as s:
        article = _article(s, article_id)
        article.withdrawn = True
        store.audit(s, "withdraw", "article", article_id, plan_id=article.plan_id, after={"reason": why})


def transition(store: Store, article_id: int, action: str, *, reason: str = "",
               password: str | None = None, published_on: dt.date | None = None, url: str | None = None) -> str:
    """Move an article through the workflow; returns the new status.

    Raises PermissionDenied (recorded) when the acting user may not, Conflict when the article is
    not in a state that allows the action, AuthenticationError for a wrong approval password.
    """
    with store.read() as s:
        current = _article(s, article_id).status
    step = TRANSITIONS.get((action, current))
    if step is None:
        raise Conflict(f"Không thể {ACTION_NAMES.get(action, action)} tin bài đang ở trạng thái "
                       f"«{STATUS_LABELS[current]}».")
    target, permission = step
    require(store, permission, f"{ACTION_NAMES[action]} tin bài", "article", article_id)
    if action == "approve":
        from .accounts import check_password

        check_password(store, password or "")
    if action == "return":
        reason = required_line("Lý do trả lại", reason, 2000)
    if url is not None:
        url = _clean({"url": url})["url"]  # the same http(s) rule as any edit
    with store.write() as s:
        article = _article(s, article_id)
        if article.status != current:
            raise Conflict("Tin bài vừa được người khác thay đổi; hãy xem lại.")
        if article.withdrawn:
            raise Conflict("Tin bài đã thu hồi.")
        changed: dict[str, tuple[Any, Any]] = {}
        if action == "publish":
            # the approval covers the link: one that was approved cannot be swapped at publication
            # (edit the article, which sends it back for approval); a link added where none was
            # approved (it exists only once posted) and the actual date are recorded in the history
            if url is not None and url != article.url:
                if article.url:
                    raise Conflict(f"Đường dẫn «{url}» khác đường dẫn đã duyệt «{article.url}»: hãy sửa tin bài "
                                   "(tin bài sẽ được gửi duyệt lại).")
                changed["url"] = (article.url, url)
                article.url = url
                _index(article)
            day = published_on or article.published_on or dt.date.today()  # same default in window and CLI
            if day != article.published_on:
                changed["published_on"] = (article.published_on, day)
                article.published_on = day
            if article.published_on is None:
                raise ValidationError("Ngày đăng", "cần có ngày đăng để đánh dấu đã đăng.")
            if not article.url and not article.evidence:
                raise ValidationError("Minh chứng", "cần đường dẫn hoặc minh chứng để đánh dấu đã đăng.")
        article.status = target
        if action == "approve":
            article.ever_approved = True
            article.approved_by, article.approved_at = store.actor, utcnow()
            article.return_reason = ""
        if action == "return":
            article.return_reason = reason
            article.approved_by, article.approved_at = "", None
        store.audit(s, action, "article", article_id, plan_id=article.plan_id,
                    before={"status": current, **{k: v[0] for k, v in changed.items()}},
                    after={"status": target, **({"reason": reason} if reason else {}),
                           **{k: v[1] for k, v in changed.items()}})
        return target


# --- helpers ---------------------------------------------------------------------------------

def _filtered(s: Session, stmt: Select[Any], flt: ArticleFilter) -> Select[Any]:
    if flt.plan_id is not None:
        stmt = stmt.where(Article.plan_id == flt.plan_id)
    if flt.status:
        stmt = stmt.where(Article.status == flt.status)
    if flt.channel_id is not None:
        stmt = stmt.where(Article.channel_id == flt.channel_id)
    if flt.kind:
        stmt = stmt.where(Article.kind == flt.kind)
    if flt.unit_id is not None:
        stmt = stmt.where(Article.unit_id == flt.unit_id)
    if flt.theme_id is not None:
        stmt = stmt.where(Article.id.in_(select(ArticleTheme.article_id)
                                         .where(ArticleTheme.theme_id == flt.theme_id)))
    if flt.date_from is not None:
        stmt = stmt.where(Article.published_on >= flt.date_from)
    if flt.date_to is not None:
        stmt = stmt.where(Article.published_on <= flt.date_to)
    if not flt.include_withdrawn:
        stmt = stmt.where(Article.withdrawn.is_(False))
    if flt.author.strip():
        for word in fold(flt.author).split():
            stmt = stmt.where(func.lower(Article.authors).contains(word, autoescape=True)
                              | Article.search_folded.contains(word, autoescape=True))
    words = [w for w in fold(flt.query).replace('"', " ").split() if w]
    if words:
        stmt = stmt.where(article_match(s.get_bind().dialect.name, words))
    return stmt


def _url(value: Any) -> str:
    url = optional_line("Đường dẫn", value, 1000)
    if url and not url.lower().startswith(("http://", "https://")):
        raise ValidationError("Đường dẫn", f"«{url}» phải bắt đầu bằng http:// hoặc https://.")
    return url


_RULES = {
    "title": line("Tiêu đề", 2000, required=True),
    "kind": one_of("Loại tin bài", KINDS),
    "channel_id": optional_id,
    "unit_id": optional_id,
    "published_on": day("Ngày đăng"),
    "url": _url,
    "authors": lambda value: optional_line("Tác giả", value if isinstance(value, str) else ", ".join(value), 500),
    "theme_ids": id_list,
    "notes": text("Ghi chú"),
}


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    return cleaned(values, _RULES, "tin bài")


def _apply(s: Session, article: Article, values: dict[str, Any]) -> None:
    for key in ("title", "kind", "published_on", "url", "authors", "notes"):
        if key in values:
            setattr(article, key, values[key])
    if "channel_id" in values:
        article.channel_id = reference(s, Channel, values["channel_id"], "kênh")
    if "unit_id" in values:
        article.unit_id = reference(s, Unit, values["unit_id"], "đơn vị")
    if "theme_ids" in values:
        plan_id = article.plan_id
        for theme_id in values["theme_ids"]:
            theme = s.get(Theme, theme_id)
            if theme is None or theme.group.plan_id != plan_id:
                raise ValidationError("Nội dung", f"nội dung mã {theme_id} không thuộc kế hoạch này.")
        article.themes = [ArticleTheme(theme_id=t) for t in values["theme_ids"]]
    _index(article)


def _index(article: Article) -> None:
    """The search text (folded title and authors) and the Vietnamese sort key of the title."""
    article.search_folded = fold(" ".join(x for x in (article.title, article.authors) if x))
    article.title_sort = sort_string(article.title)


def _values(article: Article) -> dict[str, Any]:
    return {"title": article.title, "kind": article.kind, "channel_id": article.channel_id,
            "published_on": article.published_on, "url": article.url, "authors": article.authors,
            "theme_ids": [t.theme_id for t in article.themes], "unit_id": article.unit_id,
            "notes": article.notes}


def _article(s: Session, article_id: int) -> Article:
    article = fetch(s, Article, article_id, "tin bài")
    return article
