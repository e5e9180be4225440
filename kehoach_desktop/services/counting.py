"""What counts: the one definition of an article that counts toward a plan's results.

An article counts for a period when it belongs to the plan, is published (*Đã đăng*), has not been
withdrawn and was published within the period (both ends included). Drafts, articles waiting for
approval, returned or approved-but-not-yet-published ones never count. Every figure that leaves
the office — the reports, their Excel companion, the article export's summary, the dashboard and
the target verdicts — is computed from these functions, so the same period gives the same numbers
everywhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select

from ..db.models import Article, ArticleTheme
from ..domain.targets import Published
from .store import Store

PUBLISHED = "published"


def counts_in(plan_id: int, start: dt.date, end: dt.date) -> ColumnElement[bool]:
    """The SQL condition of a counted article of `plan_id` in [start, end]."""
    return and_(Article.plan_id == plan_id, Article.status == PUBLISHED, Article.withdrawn.is_(False),
                Article.published_on.is_not(None), Article.published_on >= start,
                Article.published_on <= end)


def is_counted(status: str, withdrawn: bool, published_on: dt.date | None, start: dt.date | None = None,
               end: dt.date | None = None) -> bool:
    """The same rule for one article already in memory (an export line, an article row)."""
    if status != PUBLISHED or withdrawn or published_on is None:
        return False
    return (start is None or published_on >= start) and (end is None or published_on <= end)


def total(store: Store, plan_id: int, start: dt.date, end: dt.date) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count(Article.id)).where(counts_in(plan_id, start, end))) or 0)


def published(store: Store, plan_id: int, start: dt.date, end: dt.date,
              days: Collection[dt.date] | None = None) -> list[Published]:
    """The counted articles as target evaluation needs them, counted per day, unit, channel and
    kind in the database (read from the covering index ix_article_counted). `days`: only those
    days of the period (a view reading again what an edit touched)."""
    columns = (Article.published_on, Article.unit_id, Article.channel_id, Article.kind)
    with store.read() as s:
        rows = s.execute(select(*columns, func.count()).where(_on_days(counts_in(plan_id, start, end), days))
                         .group_by(*columns)).all()
    return [Published(d, u, c, k, int(n)) for d, u, c, k, n in rows if d is not None]


def theme_days(store: Store, plan_id: int, start: dt.date, end: dt.date,
               days: Collection[dt.date] | None = None) -> list[tuple[int, dt.date]]:
    """(theme id, day) pairs that have at least one counted article (`days`: only those days)."""
    with store.read() as s:
        rows: list[Any] = list(s.execute(
            select(ArticleTheme.theme_id, Article.published_on).join(Article, Article.id == ArticleTheme.article_id)
            .where(_on_days(counts_in(plan_id, start, end), days))
            .group_by(ArticleTheme.theme_id, Article.published_on)).all())
    return [(int(t), day) for t, day in rows if day is not None]


def theme_months(store: Store, plan_id: int, start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    """(theme id, month) pairs that have at least one counted article."""
    return sorted({(t, day.month) for t, day in theme_days(store, plan_id, start, end)})


def _on_days(condition: ColumnElement[bool], days: Collection[dt.date] | None) -> ColumnElement[bool]:
    return condition if days is None else and_(condition, Article.published_on.in_(sorted(days)))
