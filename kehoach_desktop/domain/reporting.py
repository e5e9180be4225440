"""Reporting periods: a month (or the 15th-to-14th administrative window), a semester, a year."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

MONTH, SEMESTER, YEAR = "month", "semester", "year"


@dataclass(frozen=True)
class ReportPeriod:
    kind: str
    year: int
    index: int = 0  # month 1..12, semester 1..2
    window_day: int = 0  # 15: the month runs from the 15th of the previous month to the 14th

    @property
    def key(self) -> str:
        if self.kind == MONTH:
            return f"{self.year}-{self.index:02d}" + (f"w{self.window_day}" if self.window_day else "")
        if self.kind == SEMESTER:
            return f"{self.year}-S{self.index}"
        return str(self.year)

    @property
    def start(self) -> dt.date:
        if self.kind == MONTH:
            if self.window_day:
                prev_year, prev_month = (self.year, self.index - 1) if self.index > 1 else (self.year - 1, 12)
                return dt.date(prev_year, prev_month, self.window_day)
            return dt.date(self.year, self.index, 1)
        if self.kind == SEMESTER:
            return dt.date(self.year, 1 if self.index == 1 else 7, 1)
        return dt.date(self.year, 1, 1)

    @property
    def end(self) -> dt.date:
        if self.kind == MONTH:
            if self.window_day:
                return dt.date(self.year, self.index, self.window_day - 1)
            return dt.date(self.year, self.index, calendar.monthrange(self.year, self.index)[1])
        if self.kind == SEMESTER:
            return dt.date(self.year, 6, 30) if self.index == 1 else dt.date(self.year, 12, 31)
        return dt.date(self.year, 12, 31)

    def label(self) -> str:
        """"tháng 10/2024", "6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "năm 2024"."""
        if self.kind == MONTH:
            return f"tháng {self.index}/{self.year}"
        if self.kind == SEMESTER:
            return f"6 tháng {'đầu' if self.index == 1 else 'cuối'} năm {self.year}"
        return f"năm {self.year}"

    def due(self, day_of_month: int = 25) -> dt.date:
        """When the report is due: before `day_of_month` of its month; semesters and years at
        the end of their last month on the same day."""
        month = self.index if self.kind == MONTH else (6 if self.kind == SEMESTER and self.index == 1 else 12)
        return dt.date(self.year, month, min(day_of_month, calendar.monthrange(self.year, month)[1]))


_PERIOD = re.compile(r"^\s*(\d{4})(?:-(?:(\d{1,2})|[Ss]([12])))?\s*$")


def parse_report_period(text: str, window_day: int = 0) -> ReportPeriod:
    """"2024-10" → October 2024; "2024-S1" → first half; "2024" → the year. Raises ValueError."""
    m = _PERIOD.match(text or "")
    if not m:
        raise ValueError(f"kỳ báo cáo «{text}» không hợp lệ: dùng 2024-10 (tháng), 2024-S1 / 2024-S2 (6 tháng) "
                         "hoặc 2024 (năm)")
    year = int(m.group(1))
    if m.group(2):
        month = int(m.group(2))
        if not 1 <= month <= 12:
            raise ValueError(f"tháng {month} không có")
        if window_day and not 2 <= window_day <= 28:
            raise ValueError("ngày chốt số liệu phải từ 2 đến 28")
        return ReportPeriod(MONTH, year, month, window_day)
    if m.group(3):
        return ReportPeriod(SEMESTER, year, int(m.group(3)))
    return ReportPeriod(YEAR, year)


def months_in(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    out = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def count_axis(largest: int, max_ticks: int = 8) -> tuple[int, int]:
    """A value axis for counts: (top, step) with whole-number ticks 0, step, 2·step … top, a step of
    1, 2 or 5 × 10ⁿ, at most `max_ticks` intervals, and room above the largest value."""
    wanted = max(int(largest), 0) + 1
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            top = -(-wanted // step) * step
            if top // step <= max_ticks:
                return top, step
        magnitude *= 10


def default_report_period(first_year: int, last_year: int, today: dt.date, remembered: str = "") -> ReportPeriod:
    """The period the report dialog opens on: the one last chosen (a key such as "2024-10w15"),
    when it lies within the plan's years; else this month for a plan of this year, the year
    report of a past plan, January of a future one."""
    if remembered:
        match = re.fullmatch(r"(\d{4}(?:-\d{1,2}|-S[12])?)(?:w(\d+))?", remembered)
        if match:
            try:
                period = parse_report_period(match.group(1), int(match.group(2) or 0))
            except ValueError:
                period = None
            if period is not None and first_year <= period.year <= last_year:
                return period
    if first_year <= today.year <= last_year:
        return ReportPeriod(MONTH, today.year, today.month)
    if today.year > last_year:
        return ReportPeriod(YEAR, last_year)
    return ReportPeriod(MONTH, first_year, 1)
