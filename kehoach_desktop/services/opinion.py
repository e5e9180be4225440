"""The public-opinion log: issues noticed, who handles them, what was done, whether reported upward."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..db.models import OpinionIssue
from ..records import OPINION_SEVERITIES, OPINION_SOURCES, OPINION_STATUSES, OpinionData
from . import report_figures
from .errors import ValidationError
from .permissions import EDIT, require
from .store import Store, assign, fetch, sql_rows
from .validate import optional_date, optional_line, optional_text, required_line

SOURCES, SEVERITIES, STATUSES = OPINION_SOURCES, OPINION_SEVERITIES, OPINION_STATUSES
FIELDS = ("noticed_on", "source", "link", "summary", "severity", "handler", "actions", "status",
          "reported_up", "reported_on", "plan_id")


def add_issue(store: Store, summary: str, noticed_on: dt.date, **fields: Any) -> int:
    require(store, EDIT, "ghi vấn đề dư luận")
    values = _clean({"summary": summary, "noticed_on": noticed_on, **fields})
    with store.write() as s:
        issue = OpinionIssue(**values)
        s.add(issue)
        s.flush()
        store.audit(s, "create", "opinion", issue.id, plan_id=issue.plan_id, after=values)
        return issue.id


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


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key == "summary":
            out[key] = required_line("Tóm tắt", value, 2000)
        elif key in ("noticed_on", "reported_on"):
            day = optional_date("Ngày phát hiện" if key == "noticed_on" else "Ngày báo cáo", value)
            if day is None and key == "noticed_on":
                raise ValidationError("Ngày phát hiện", "không được để trống.")
            out[key] = day
        elif key == "source":
            if value not in SOURCES:
                raise ValidationError("Nguồn", f"phải là một trong {', '.join(SOURCES)}.")
            out[key] = value
        elif key == "severity":
            if value not in SEVERITIES:
                raise ValidationError("Mức độ", "phải là hot (nóng) hoặc normal (thường).")
            out[key] = value
        elif key == "status":
            if value not in STATUSES:
                raise ValidationError("Trạng thái", f"phải là một trong {', '.join(STATUSES)}.")
            out[key] = value
        elif key == "link":
            out[key] = optional_line("Đường dẫn", value, 1000)
        elif key == "handler":
            out[key] = optional_line("Người xử lý", value, 200)
        elif key == "actions":
            out[key] = optional_text("Biện pháp xử lý", value)
        elif key == "reported_up":
            out[key] = bool(value)
        elif key == "plan_id":
            out[key] = int(value) if value is not None else None
        else:
            raise ValidationError(key, "không phải trường của vấn đề dư luận.")
    return out


def _data(i: OpinionIssue) -> OpinionData:
    return OpinionData(i.id, i.plan_id, i.noticed_on, i.source, i.link, i.summary, i.severity, i.handler,
                       i.actions, i.status, i.reported_up, i.reported_on)
