"""Target rules: at least N published articles per period, for the office, a unit, or every unit
of a kind — evaluated period by period, pure functions over plain data."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from .numerals import to_roman
from .text import QT_TRANSLATE_NOOP

PERIODS = ("month", "quarter", "semester", "year")


@dataclass(frozen=True)
class Window:
    start: dt.date
    end: dt.date
    label: str


@dataclass(frozen=True)
class Published:
    """Published articles as target evaluation needs them: `n` articles of one day, unit, channel
    and kind (counted in the database, so a busy year is a few thousand of these, not 40,000)."""

    day: dt.date
    unit_id: int | None
    channel_id: int | None
    kind: str
    n: int = 1


@dataclass(frozen=True)
class Rule:
    id: int
    scope: str  # office | unit | unit_kind
    period: str
    minimum: int
    unit_id: int | None = None
    unit_kind: str = ""
    channel_id: int | None = None
    article_kind: str = ""


MET, MISSED, ON_TRACK, BEHIND = "met", "missed", "on_track", "behind"
# The verdicts, once: every output (report, its Excel companion, dashboard, CLI) shows these words
# (marked for the window's translation; the documents keep them as they are).
VERDICT_LABELS = {MET: QT_TRANSLATE_NOOP("Labels", "Đạt"), MISSED: QT_TRANSLATE_NOOP("Labels", "Chưa đạt"),
                  ON_TRACK: QT_TRANSLATE_NOOP("Labels", "Đang thực hiện, đúng tiến độ"),
                  BEHIND: QT_TRANSLATE_NOOP("Labels", "Đang thực hiện, chậm tiến độ")}


@dataclass(frozen=True)
class RuleResult:
    rule_id: int
    window: Window
    unit_id: int | None
    required: int
    achieved: int  # counted from the window's start to `as_of` (or its end, if earlier)
    finished: bool  # the window is over at `as_of` (a shortfall in a running one is not yet a failure)
    as_of: dt.date | None = None  # the last day whose articles are counted

    @property
    def met(self) -> bool:
        return self.achieved >= self.required

    @property
    def expected(self) -> int:
        """The pro-rata minimum by `as_of`: the share of the window's days elapsed, rounded up."""
        if self.finished or self.as_of is None:
            return self.required
        days = (self.window.end - self.window.start).days + 1
        elapsed = min(max((self.as_of - self.window.start).days + 1, 0), days)
        return -(-self.required * elapsed // days)

    @property
    def verdict(self) -> str:
        if self.met:
            return MET
        if self.finished:
            return MISSED
        return ON_TRACK if self.achieved >= self.expected else BEHIND

    @property
    def verdict_label(self) -> str:
        return VERDICT_LABELS[self.verdict]


def windows(period: str, start: dt.date, end: dt.date) -> list[Window]:
    """The calendar windows of `period` kind that overlap [start, end] (crossing years is fine)."""
    out: list[Window] = []
    year, month = start.year, start.month
    if period == "month":
        while (year, month) <= (end.year, end.month):
            last = calendar.monthrange(year, month)[1]
            out.append(Window(dt.date(year, month, 1), dt.date(year, month, last), f"tháng {month}/{year}"))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out
    size = {"quarter": 3, "semester": 6, "year": 12}[period]
    first = ((month - 1) // size) * size + 1
    while dt.date(year, first, 1) <= end:
        last_month = first + size - 1
        w_end = dt.date(year, last_month, calendar.monthrange(year, last_month)[1])
        index = (first - 1) // size + 1
        label = {"quarter": f"Quý {to_roman(index)}/{year}", "semester": f"6 tháng {'đầu' if index == 1 else 'cuối'} năm {year}",
                 "year": f"năm {year}"}[period]
        out.append(Window(dt.date(year, first, 1), w_end, label))
        first += size
        if first > 12:
            year, first = year + 1, 1
    return out


def evaluate(rule: Rule, articles: list[Published], start: dt.date, end: dt.date, today: dt.date,
             units_of_kind: dict[str, list[int]] | None = None) -> list[RuleResult]:
    """One result per window that overlaps [start, end] (and per unit, for a rule on every unit of a
    kind), judged as on `today`: articles up to the day before `today` count, a window that ended
    before `today` is finished. A window longer than [start, end] — a yearly target in a monthly
    report — is judged on its progress from its own start, never on the shorter period alone."""
    as_of = today - dt.timedelta(days=1)
    matching = [a for a in articles
                if (rule.channel_id is None or a.channel_id == rule.channel_id)
                and (not rule.article_kind or a.kind == rule.article_kind)]
    if rule.scope == "unit":
        targets: list[int | None] = [rule.unit_id]
    elif rule.scope == "unit_kind":
        targets = list((units_of_kind or {}).get(rule.unit_kind, []))
    else:
        targets = [None]
    results = []
    for window in windows(rule.period, start, end):
        last = min(window.end, as_of)
        in_window = [a for a in matching if window.start <= a.day <= last]
        for unit in targets:
            achieved = sum(a.n for a in in_window if unit is None or a.unit_id == unit)
            results.append(RuleResult(rule.id, window, unit, rule.minimum, achieved, window.end <= as_of,
                                      as_of))
    return results


def describe(rule: Rule, unit_name: str = "", channel_name: str = "") -> str:
    """"Mỗi trường trực thuộc: ít nhất 2 tin bài/năm"."""
    who = {"office": "Toàn đơn vị", "unit": unit_name or "Đơn vị",
           "unit_kind": {"school": "Mỗi trường trực thuộc", "internal": "Mỗi bộ phận",
                         "partner": "Mỗi đối tác"}.get(rule.unit_kind, "Mỗi đơn vị")}[rule.scope]
    per = {"month": "tháng", "quarter": "quý", "semester": "6 tháng", "year": "năm"}[rule.period]
    extra = f" trên {channel_name}" if channel_name else ""
    extra += f" (loại {rule.article_kind})" if rule.article_kind else ""
    return f"{who}: ít nhất {rule.minimum} tin bài/{per}{extra}"


def default_rules(level: str) -> list[Rule]:
    """The samples' rules a new plan starts with: at least one article a month for the office;
    a district office (Phòng) 8 a year and each of its schools 2; a school 2 a year."""
    rules = [Rule(0, "office", "month", 1)]
    if level == "phong":
        rules += [Rule(0, "office", "year", 8), Rule(0, "unit_kind", "year", 2, unit_kind="school")]
    elif level == "truong":
        rules.append(Rule(0, "office", "year", 2))
    return rules
