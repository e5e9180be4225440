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

from sqlalchemy import Date, TextClause, bindparam, text

from ..db import report_read
from ..domain.targets import Published
from .store import Store, sql_rows


def counts_in(plan_id: int, start: dt.date, end: dt.date) -> TextClause:
    """The SQL condition of a counted article of `plan_id` in [start, end], for a query on the
    article table (db/report_read.COUNTED, the one statement of the rule)."""
    where, _params = report_read.counted(plan_id, start, end, table="article")
    return text(where).bindparams(bindparam("plan", plan_id), bindparam("start", start, type_=Date),
                                  bindparam("end", end, type_=Date))


is_counted = report_read.is_counted


def total(store: Store, plan_id: int, start: dt.date, end: dt.date) -> int:
    with store.read() as s:
        return report_read.total(sql_rows(s), plan_id, start, end)


def published(store: Store, plan_id: int, start: dt.date, end: dt.date,
              days: Collection[dt.date] | None = None) -> list[Published]:
    """The counted articles as target evaluation needs them, counted per day, unit, channel and
    kind in the database. `days`: only those days of the period (a view reading again what an
    edit touched)."""
    with store.read() as s:
        return report_read.published(sql_rows(s), plan_id, start, end, days)


def theme_days(store: Store, plan_id: int, start: dt.date, end: dt.date,
               days: Collection[dt.date] | None = None) -> list[tuple[int, dt.date]]:
    """(theme id, day) pairs that have at least one counted article (`days`: only those days)."""
    with store.read() as s:
        return report_read.theme_days(sql_rows(s), plan_id, start, end, days)


def theme_months(store: Store, plan_id: int, start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    """(theme id, month) pairs that have at least one counted article."""
    return sorted({(t, day.month) for t, day in theme_days(store, plan_id, start, end)})
