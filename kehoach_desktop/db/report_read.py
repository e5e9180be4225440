"""What a plan's results are made of, read with plain SQL through any `Rows` function.

The one place the counted articles, the target rules, the opinion log, the superior's items and
the schools' received reports are read: the services call these on their session (SQLite or
PostgreSQL), and the command line's one-shot reports on a `sqlite3` connection of this PC's file
(see db/plan_read.py for the conventions: `:name` parameters only, values converted here).

An article counts for a period when it belongs to the plan, is published, has not been withdrawn
and was published within the period, both ends included (`COUNTED`); see services/counting.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from typing import Any

from ..domain.targets import Published
from .plan_read import Rows, as_date, as_datetime, as_json

PUBLISHED = "published"

# the counted articles of :plan in [:start, :end] (read from the covering index ix_article_counted)
COUNTED = ("{a}.plan_id = :plan AND {a}.status = '" + PUBLISHED + "' AND {a}.withdrawn = false "
           "AND {a}.published_on IS NOT NULL AND {a}.published_on >= :start AND {a}.published_on <= :end")


def counted(plan_id: int, start: dt.date, end: dt.date, days: Collection[dt.date] | None = None,
            table: str = "a") -> tuple[str, dict[str, Any]]:
    """The condition of a counted article (of the article table named `table` in the query) and
    its parameters; `days`: only those days."""
    params: dict[str, Any] = {"plan": plan_id, "start": start, "end": end}
    return COUNTED.format(a=table) + _on_days(f"{table}.published_on", days, params), params


def _on_days(column: str, days: Collection[dt.date] | None, params: dict[str, Any]) -> str:
    """The condition (to add) that `column` is one of `days`, its parameters put in `params`."""
    if days is None:
        return ""
    names = [f"day{i}" for i in range(len(days))]
    params.update(zip(names, sorted(days), strict=True))
    return f" AND {column} IN ({', '.join(':' + n for n in names)})" if names else " AND 1 = 0"


def is_counted(status: str, withdrawn: bool, published_on: dt.date | None, start: dt.date | None = None,
               end: dt.date | None = None) -> bool:
    """The same rule for one article already in memory (an export line, an article row)."""
    if status != PUBLISHED or withdrawn or published_on is None:
        return False
    return (start is None or published_on >= start) and (end is None or published_on <= end)


def total(rows: Rows, plan_id: int, start: dt.date, end: dt.date) -> int:
    where, params = counted(plan_id, start, end)
    return int(rows(f"SELECT count(a.id) FROM article a WHERE {where}", params)[0][0] or 0)


def published(rows: Rows, plan_id: int, start: dt.date, end: dt.date,
              days: Collection[dt.date] | None = None) -> list[Published]:
    """The counted articles counted per day, unit, channel and kind."""
    where, params = counted(plan_id, start, end, days)
    found = rows("SELECT a.published_on, a.unit_id, a.channel_id, a.kind, count(*) FROM article a "
                 f"WHERE {where} GROUP BY a.published_on, a.unit_id, a.channel_id, a.kind", params)
    return [Published(day, u, c, k, int(n)) for d, u, c, k, n in found if (day := as_date(d)) is not None]


def theme_days(rows: Rows, plan_id: int, start: dt.date, end: dt.date,
               days: Collection[dt.date] | None = None) -> list[tuple[int, dt.date]]:
    """(theme id, day) pairs that have at least one counted article: a range of the index on
    the links' counted day (article_theme.counted_on, which the database keeps with the article's
    status, withdrawal and day: the condition of COUNTED, see migration 0012)."""
    params: dict[str, Any] = {"plan": plan_id, "start": start, "end": end}
    where = "l.plan_id = :plan AND l.counted_on >= :start AND l.counted_on <= :end" + _on_days(
        "l.counted_on", days, params)
    found = rows(f"SELECT l.theme_id, l.counted_on FROM article_theme l WHERE {where} "
                 "GROUP BY l.counted_on, l.theme_id", params)
    return [(int(t), day) for t, d in found if (day := as_date(d)) is not None]


def counted_articles(rows: Rows, plan_id: int, start: dt.date, end: dt.date
                     ) -> list[tuple[int, dt.date | None, str, str | None, str | None, str | None]]:
    """(id, day, title, channel, link, unit) of each counted article, in the order published."""
    where, params = counted(plan_id, start, end)
    return [(int(id), as_date(day), title, channel, url, unit) for id, day, title, channel, url, unit in rows(
        "SELECT a.id, a.published_on, a.title, c.name, a.url, u.name FROM article a "
        "LEFT JOIN channel c ON a.channel_id = c.id LEFT JOIN unit u ON a.unit_id = u.id "
        f"WHERE {where} ORDER BY a.published_on, a.id", params)]


def themes_of_counted(rows: Rows, plan_id: int, start: dt.date, end: dt.date) -> dict[int, list[int]]:
    """The themes of each counted article."""
    where, params = counted(plan_id, start, end)
    links: dict[int, list[int]] = {}
    for article_id, theme_id in rows("SELECT l.article_id, l.theme_id FROM article_theme l "
                                     f"JOIN article a ON a.id = l.article_id WHERE {where}", params):
        links.setdefault(int(article_id), []).append(int(theme_id))
    return links


ARTICLE_COLUMNS = "a.id, a.published_on, a.title, a.kind, c.name, a.url, u.name, a.authors, a.status, a.withdrawn"


def listed_articles(rows: Rows, plan_id: int, start: dt.date | None, end: dt.date | None, all_states: bool
                    ) -> tuple[list[dict[str, Any]], dict[int, list[int]], dict[int, list[str]]]:
    """The articles of a plan an export lists, oldest first: the counted ones of [start, end], or
    with `all_states` every article not withdrawn published in it (or not yet published); with
    the themes and the evidence (file name, else link) of each."""
    if all_states:
        where, params = "a.plan_id = :plan AND a.withdrawn = false", dict[str, Any](plan=plan_id)
        if start:
            where, params["start"] = f"{where} AND a.published_on >= :start", start
        if end:
            where, params["end"] = f"{where} AND a.published_on <= :end", end
    else:
        where, params = counted(plan_id, start or dt.date.min, end or dt.date.max)
    found = [dict(zip(("id", "published_on", "title", "kind", "channel", "url", "unit", "authors", "status",
                       "withdrawn"), row, strict=True)) for row in rows(
        f"SELECT {ARTICLE_COLUMNS} FROM article a LEFT JOIN channel c ON a.channel_id = c.id "
        f"LEFT JOIN unit u ON a.unit_id = u.id WHERE {where} ORDER BY a.published_on, a.id", params)]
    for article in found:
        article["published_on"], article["withdrawn"] = as_date(article["published_on"]), bool(article["withdrawn"])
    themes: dict[int, list[int]] = {}
    for article_id, theme_id in rows("SELECT l.article_id, l.theme_id FROM article_theme l JOIN article a "
                                     f"ON a.id = l.article_id WHERE {where} ORDER BY l.article_id, l.theme_id", params):
        themes.setdefault(int(article_id), []).append(int(theme_id))
    evidence: dict[int, list[str]] = {}
    for article_id, filename, url in rows("SELECT e.article_id, e.filename, e.url FROM evidence e JOIN article a "
                                          f"ON a.id = e.article_id WHERE {where} ORDER BY e.article_id, e.id", params):
        evidence.setdefault(int(article_id), []).append(filename or url)
    return found, themes, evidence


def stored_report(rows: Rows, plan_id: int, period_key: str) -> dict[str, Any] | None:
    """The narrative, number and date kept for the plan's report of the period, if any."""
    found = rows("SELECT direction, assessment, proposals, number, issued_on FROM report "
                 "WHERE plan_id = :plan AND period_key = :key ORDER BY id", {"plan": plan_id, "key": period_key})
    if not found:
        return None
    direction, assessment, proposals, number, issued_on = found[0]
    return {"direction": direction, "assessment": assessment, "proposals": proposals, "number": number,
            "issued_on": as_date(issued_on)}


def target_rules(rows: Rows, plan_id: int) -> list[tuple[int, str, str, int, int | None, str, int | None, str]]:
    """(id, scope, period, minimum, unit id, unit kind, channel id, article kind) of each rule."""
    found = rows("SELECT id, scope, period, minimum, unit_id, unit_kind, channel_id, article_kind FROM target_rule "
                 "WHERE plan_id = :plan ORDER BY id", {"plan": plan_id})
    return [(int(id), scope, period, int(minimum), unit_id, unit_kind or "", channel_id, article_kind or "")
            for id, scope, period, minimum, unit_id, unit_kind, channel_id, article_kind in found]


def units(rows: Rows, kind: str | None = None) -> list[tuple[int, str, str, str]]:
    """(id, name, kind, e-mail) of the office's units (of `kind` only, when given)."""
    found = rows("SELECT id, name, kind, email FROM unit ORDER BY id", {}) if kind is None else \
        rows("SELECT id, name, kind, email FROM unit WHERE kind = :kind ORDER BY id", {"kind": kind})
    return [(int(id), name, unit_kind, email or "") for id, name, unit_kind, email in found]


def channel_names(rows: Rows) -> dict[int, str]:
    return {int(id): name for id, name in rows("SELECT id, name FROM channel", {})}


OPINION_COLUMNS = ("id", "plan_id", "noticed_on", "source", "link", "summary", "severity", "handler", "actions",
                   "status", "reported_up", "reported_on")


def opinion_issues(rows: Rows, start: dt.date | None = None, end: dt.date | None = None,
                   plan_id: int | None = None) -> list[dict[str, Any]]:
    """The opinion log's issues (noticed in [start, end]; of the plan or of none), newest first."""
    where, params = ["1 = 1"], dict[str, Any]()
    if start:
        where.append("noticed_on >= :start")
        params["start"] = start
    if end:
        where.append("noticed_on <= :end")
        params["end"] = end
    if plan_id is not None:
        where.append("(plan_id = :plan OR plan_id IS NULL)")
        params["plan"] = plan_id
    out = []
    for row in rows(f"SELECT {', '.join(OPINION_COLUMNS)} FROM opinion_issue WHERE {' AND '.join(where)} "
                    "ORDER BY noticed_on DESC, id DESC", params):
        issue = dict(zip(OPINION_COLUMNS, row, strict=True))
        issue["noticed_on"], issue["reported_on"] = as_date(issue["noticed_on"]), as_date(issue["reported_on"])
        issue["reported_up"] = bool(issue["reported_up"])
        out.append(issue)
    return out


def superior_items(rows: Rows, plan_id: int) -> tuple[Sequence[Sequence[Any]], Sequence[Sequence[Any]]]:
    """The superior's items (id, position, group title, title) in its order, and the links
    (item id, group position, theme position, theme title, theme id) in the appendix's order."""
    key = {"plan": plan_id}
    items = rows("SELECT id, position, group_title, title FROM superior_item WHERE plan_id = :plan "
                 "ORDER BY position, id", key)
    links = rows("SELECT ts.item_id, g.position, t.position, t.title, t.id FROM theme_superior ts "
                 "JOIN theme t ON t.id = ts.theme_id JOIN theme_group g ON g.id = t.group_id "
                 "WHERE g.plan_id = :plan ORDER BY g.position, t.position, t.id", key)
    return items, links


def any_received(rows: Rows) -> bool:
    return bool(rows("SELECT 1 FROM received_report LIMIT 1", {}))


def received(rows: Rows, period_keys: Sequence[str]) -> dict[tuple[int, str], tuple[dt.datetime, int, Any]]:
    """(first sent at, submissions, figures) of each school's received report of these periods."""
    if not period_keys:
        return {}
    names = {f"key{i}": key for i, key in enumerate(period_keys)}
    return {(int(unit), key): (as_datetime(first), int(submissions or 1), as_json(figures))
            for unit, key, first, submissions, figures in rows(
                "SELECT unit_id, period_key, first_sent_at, submissions, figures FROM received_report "
                f"WHERE period_key IN ({', '.join(':' + n for n in names)})", names)}


def settings(rows: Rows) -> dict[str, str]:
    return {key: value for key, value in rows("SELECT key, value FROM setting", {})}


def signed_in_force(rows: Rows, document: str, plan_id: int, period_key: str = "") -> bool:
    """Whether a signed copy of the document is kept and still in force."""
    return bool(rows("SELECT 1 FROM signed_document WHERE plan_id = :plan AND document = :document "
                     "AND period_key = :key AND superseded_at IS NULL",
                     {"plan": plan_id, "document": document, "key": period_key}))
