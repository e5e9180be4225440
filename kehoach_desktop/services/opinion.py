"""The public-opinion log: issues noticed, who handles them, what was done, whether reported upward."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..db.models import OpinionIssue
from ..records import OPINION_SEVERITIES, OPINION_SOURCES, OPINION_STATUSES, OpinionData
from . import report_figures
from .permissions import EDIT, require
from .store import Store, assign, fetch, sql_rows
from .validate import cleaned, day, line, one_of, optional_id, text

SOURCES, SEVERITIES, STATUSES = OPINION_SOURCES, OPINION_SEVERITIES, OPINION_STATUSES
FIELDS = ("noticed_on", "source", "link", "summary", "severity", "handler", "actions", "status",
          "reported_up", "reported_on", "plan_id")


def add_issue(store: Store, summary: str, noticed_on: dt.date, **fields: Any) -> int:
    require(store, EDIT, "ghi vấn đề dư luận")
    values = _clean({"summary": summary, "noticed_on": noticed_on, **fields})
    with store.write() as s:
        issue = OpinionIssue(**values)
        return store.added(s, issue, "opinion", plan_id=issue.plan_id, after=values)


def update_issue(store: Store, issue_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    require(store, EDIT, "sửa vấn đề dư luận")
    values = _clean(changes)
    with store.write() as s:
        issue = fetch(s, OpinionIssue, issue_id, "vấn đề dư luận")
        before = assign(issue, values)
        if values.get("reported_up") and issue.reported_on is None:
            issue.reported_on = dt.date.today()
        store.audit(s, "update", "opinion", issue_id, plan_id=issue.plan_id, before=before, after=values)
        return before


def list_issues(store: Store, start: dt.date | None = None, end: dt.date | None = None,
                plan_id: int | None = None) -> list[OpinionData]:
    with store.read() as s:
        return report_figures.opinion_issues(sql_rows(s), start, end, plan_id)


def hot_open(store: Store) -> list[OpinionData]:
    return [i for i in list_issues(store) if i.hot_and_open]


_RULES = {
    "summary": line("Tóm tắt", 2000, required=True),
    "noticed_on": day("Ngày phát hiện", required=True),
    "reported_on": day("Ngày báo cáo"),
    "source": one_of("Nguồn", SOURCES),
    "severity": one_of("Mức độ", SEVERITIES, "hot (nóng) hoặc normal (thường)"),
    "status": one_of("Trạng thái", STATUSES),
    "link": line("Đường dẫn", 1000),
    "handler": line("Người xử lý", 200),
    "actions": text("Biện pháp xử lý"),
    "reported_up": bool,
    "plan_id": optional_id,
}


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    return cleaned(values, _RULES, "vấn đề dư luận")


def _data(i: OpinionIssue) -> OpinionData:
    return OpinionData(i.id, i.plan_id, i.noticed_on, i.source, i.link, i.summary, i.severity, i.handler,
                       i.actions, i.status, i.reported_up, i.reported_on)
