"""Every figure of the dashboard in one call, computed from one snapshot of the plan with the
counts aggregated in the database; the widget only draws them (and gets them off the GUI
thread). `DashboardFigures` keeps the year's counts between refreshes and, after an edit, reads
again only the days it touched."""

from __future__ import annotations

import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from ..domain.reporting import ReportPeriod
from ..domain.targets import Published
from ..records import CoverageRow, PlanDetail, RuleStatus
from . import articles, counting, opinion, reports, targets, units
from .store import Store


@dataclass(frozen=True)
class DashboardData:
    year: int
    reference_day: dt.date  # today within the year shown, or its end for a past year
    waiting: int  # articles waiting for approval
    hot_open: int  # hot opinion issues not yet handled
    report_due: tuple[ReportPeriod, dt.date] | None
    rules: list[RuleStatus]  # the windows running on the reference day
    per_month: list[int]  # counted articles, January to December
    units: list[tuple[int, str]] = field(default_factory=list)  # the matrix rows: (unit id, name)
    matrix: dict[tuple[int, int], int] = field(default_factory=dict)  # (unit id, month) → n
    uncovered: list[tuple[CoverageRow, frozenset[int]]] = field(default_factory=list)

    @property
    def monthly_minimum(self) -> int:
        return max([r.rule.minimum for r in self.rules if r.rule.period == "month" and r.rule.scope == "office"]
                   or [1])


def reference_day(year: int, today: dt.date) -> dt.date:
    if today.year == year:
        return today
    return dt.date(year, 12, 31) if today.year > year else dt.date(year, 1, 1)


def summary(store: Store, plan: PlanDetail, year: int, today: dt.date | None = None) -> DashboardData:
    """The dashboard of `plan` for `year`, judged as on `today`, read in full."""
    return DashboardFigures(store, follow=False).summary(plan, year, today)


class DashboardFigures:
    """The dashboard's figures kept between refreshes. The year's counted articles (per day, unit,
    channel and kind) and its theme days are read once; after an edit only the days the commit
    touched (the store's change feed says which) are read again and the figures recomputed from
    what is kept, so a refresh after one edit reads a few rows, not the year. A change the feed
    cannot see into, another year or plan, or `invalidate()` (changes made elsewhere) reads in
    full. Safe to call from worker threads: one refresh runs at a time."""

    FULL_READ_DAYS = 120  # more days touched than this (an import): the year is read again

    def __init__(self, store: Store, follow: bool = True) -> None:
        self.store = store
        self._lock = threading.Lock()  # one refresh at a time
        self._dirty_lock = threading.Lock()  # the feed's notes, taken from committing threads
        self._key: tuple[int, int] | None = None  # (plan id, year) of what is kept
        self._published: dict[dt.date, list[Published]] = {}
        self._themes: dict[dt.date, frozenset[int]] = {}
        self._dirty: set[dt.date] | None = None  # None: read everything
        self.last_read: tuple[str, int] = ("none", 0)  # ("year" | "days" | "kept", days read)
        self.reads = {"year": 0, "days": 0, "kept": 0}  # how each refresh so far was served
        if follow:
            store.changes.watch(self._touched)

    def _touched(self, days: frozenset[dt.date] | None) -> None:
        with self._dirty_lock:
            if days is None or self._dirty is None:
                self._dirty = None
            else:
                self._dirty |= days

    def invalidate(self) -> None:
        """Read everything at the next refresh (another program or PC may have changed the data)."""
        self._touched(None)

    def summary(self, plan: PlanDetail, year: int, today: dt.date | None = None) -> DashboardData:
        today = today or dt.date.today()
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        with self._lock:
            with self._dirty_lock:  # taken before reading: a commit from now on is read next time
                dirty, self._dirty = self._dirty, set()
            days = None if dirty is None or self._key != (plan.id, year) else \
                {d for d in dirty if start <= d <= end}
            try:
                if days is None or len(days) > self.FULL_READ_DAYS:
                    self._read_year(plan.id, start, end)
                    self._key = (plan.id, year)
                elif days:
                    self._read_days(plan.id, start, end, days)
                else:
                    self.last_read = ("kept", 0)
            except BaseException:
                self._key = None  # half read: everything again next time
                raise
            self.reads[self.last_read[0]] += 1
            published = [p for rows in self._published.values() for p in rows]
            theme_months = {(t, day.month) for day, themes in self._themes.items() for t in themes}
        return _figures(self.store, plan, year, today, published, sorted(theme_months))

    def _read_year(self, plan_id: int, start: dt.date, end: dt.date) -> None:
        # the theme days (a join over the year's article–theme links, the longest read) are read
        # beside the rest on a second connection: the database does the work, so the reads overlap
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="coverage") as pool:
            themes = pool.submit(counting.theme_days, self.store, plan_id, start, end)
            published = counting.published(self.store, plan_id, start, end)
            pairs = themes.result()
        self._published, self._themes = _by_day(published, pairs)
        self.last_read = ("year", (end - start).days + 1)

    def _read_days(self, plan_id: int, start: dt.date, end: dt.date, days: set[dt.date]) -> None:
        published, themes = _by_day(counting.published(self.store, plan_id, start, end, days),
                                    counting.theme_days(self.store, plan_id, start, end, days))
        for day in days:
            self._published.pop(day, None)
            self._themes.pop(day, None)
        self._published.update(published)
        self._themes.update(themes)
        self.last_read = ("days", len(days))


def _by_day(published: list[Published], pairs: list[tuple[int, dt.date]]
            ) -> tuple[dict[dt.date, list[Published]], dict[dt.date, frozenset[int]]]:
    per_day: dict[dt.date, list[Published]] = {}
    for p in published:
        per_day.setdefault(p.day, []).append(p)
    themes: dict[dt.date, set[int]] = {}
    for theme_id, day in pairs:
        themes.setdefault(day, set()).add(theme_id)
    return per_day, {day: frozenset(ids) for day, ids in themes.items()}


def _figures(store: Store, plan: PlanDetail, year: int, today: dt.date, published: list[Published],
             theme_months: list[tuple[int, int]]) -> DashboardData:
    day = reference_day(year, today)
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    # the year's counted articles (per day, unit, channel, kind) feed the targets, the chart and
    # the matrix
    rules = [r for r in targets.status(store, plan.id, start, end, today, published_in_range=published)
             if r.result.window.start <= day <= r.result.window.end]
    matrix: dict[tuple[int, int], int] = {}
    per_month = [0] * 12
    for p in published:
        per_month[p.day.month - 1] += p.n  # the office's row counts articles with no unit too
        if p.unit_id is not None:
            matrix[(p.unit_id, p.day.month)] = matrix.get((p.unit_id, p.day.month), 0) + p.n
    shown = [(u.id, u.name) for u in units.list_units(store)
             if u.kind == "school" or any((u.id, m) in matrix for m in range(1, 13))]
    return DashboardData(
        year=year, reference_day=day, waiting=articles.pending_count(store, plan.id),
        hot_open=len(opinion.hot_open(store)), report_due=reports.due_soon(store, plan.id, today=today, plan=plan),
        rules=rules, per_month=per_month, units=shown, matrix=matrix,
        uncovered=targets.uncovered(store, plan.id, today=day, plan=plan, theme_months=theme_months))
