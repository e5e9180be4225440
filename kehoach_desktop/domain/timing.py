"""Timing of a theme (thời gian thực hiện): a set of quarters, a set of months, or a deadline."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from .numerals import from_roman, to_roman
from .text import fold


class TimingKind(StrEnum):
    NONE = "none"
    QUARTERS = "quarters"
    MONTHS = "months"
    DEADLINE = "deadline"


@dataclass(frozen=True)
class Timing:
    kind: TimingKind = TimingKind.NONE
    quarters: frozenset[int] = field(default_factory=frozenset)
    months: frozenset[int] = field(default_factory=frozenset)
    deadline: dt.date | None = None

    @staticmethod
    def of_quarters(*quarters: int) -> Timing:
        qs = frozenset(quarters)
        if any(q not in (1, 2, 3, 4) for q in qs):
            raise ValueError(f"quý phải từ 1 đến 4: {sorted(qs)}")
        return Timing(TimingKind.QUARTERS if qs else TimingKind.NONE, quarters=qs)

    @staticmethod
    def of_months(*months: int) -> Timing:
        ms = frozenset(months)
        if any(m < 1 or m > 12 for m in ms):
            raise ValueError(f"tháng phải từ 1 đến 12: {sorted(ms)}")
        return Timing(TimingKind.MONTHS if ms else TimingKind.NONE, months=ms)

    @staticmethod
    def of_deadline(day: dt.date) -> Timing:
        return Timing(TimingKind.DEADLINE, deadline=day)

    def covered_quarters(self) -> frozenset[int]:
        """The quarters in which this timing has work due."""
        if self.kind is TimingKind.QUARTERS:
            return self.quarters
        if self.kind is TimingKind.MONTHS:
            return frozenset((m - 1) // 3 + 1 for m in self.months)
        if self.kind is TimingKind.DEADLINE and self.deadline is not None:
            return frozenset({(self.deadline.month - 1) // 3 + 1})
        return frozenset()

    def text(self) -> str:
        return format_timing(self)


def format_quarters(quarters: frozenset[int] | set[int]) -> str:
    """{1, 2, 3, 4} → "Quý I, II, III, IV"; empty → ""."""
    return _format_quarters(frozenset(quarters))


@lru_cache(maxsize=16)
def _format_quarters(quarters: frozenset[int]) -> str:
    if not quarters:
        return ""
    return "Quý " + ", ".join(to_roman(q) for q in sorted(quarters))


def format_timing(timing: Timing) -> str:
    if timing.kind is TimingKind.QUARTERS:
        return format_quarters(timing.quarters)
    if timing.kind is TimingKind.MONTHS:
        return "Tháng " + ", ".join(str(m) for m in sorted(timing.months))
    if timing.kind is TimingKind.DEADLINE and timing.deadline is not None:
        return "Trước ngày " + timing.deadline.strftime("%d/%m/%Y")
    return ""


_QUARTER_TOKEN = re.compile(r"\b(iv|iii|ii|i|[1-4])\b")
_NUMBER_RANGE = re.compile(r"(\d{1,2})\s*(?:-|–|đến|den)\s*(\d{1,2})")
_DATE = re.compile(r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})")


def parse_timing(text: str, year: int | None = None) -> Timing:
    """Read what offices write in the timing column.

    "Quý I, II, III, IV", "Quý 1, 2", "Quý III-IV", "Cả năm", "Thường xuyên", "Tháng 3, 4",
    "Tháng 9 - 12", "Trước 25/11/2024". Raises ValueError with the text when nothing fits.
    """
    key = fold(text).replace(";", ",")
    if not key:
        return Timing()
    if any(word in key for word in ("ca nam", "quanh nam", "thuong xuyen", "hang thang", "trong nam")):
        return Timing.of_quarters(1, 2, 3, 4)
    if key.startswith("quy") or "quy " in key:
        part = key[key.index("quy") + 3:]
        quarters: set[int] = set()
        for a, b in _NUMBER_RANGE.findall(part):
            quarters.update(range(int(a), int(b) + 1))
        roman_range = re.findall(r"\b(iv|iii|ii|i)\s*(?:-|–|den)\s*(iv|iii|ii|i)\b", part)
        for a, b in roman_range:
            quarters.update(range(from_roman(a), from_roman(b) + 1))
        for token in _QUARTER_TOKEN.findall(part):
            quarters.add(int(token) if token.isdigit() else from_roman(token))
        if not quarters or any(q > 4 for q in quarters):
            raise ValueError(f"không đọc được quý trong {text!r}")
        return Timing.of_quarters(*quarters)
    date = _DATE.search(key)
    if date:
        d, m, y = (int(g) for g in date.groups())
        return Timing.of_deadline(dt.date(y, m, d))
    if key.startswith("thang") or "thang " in key:
        part = key[key.index("thang") + 5:]
        months: set[int] = set()
        for a, b in _NUMBER_RANGE.findall(part):
            lo, hi = int(a), int(b)
            months.update(range(lo, hi + 1) if lo <= hi else [*range(lo, 13), *range(1, hi + 1)])
        months.update(int(n) for n in re.findall(r"\b(\d{1,2})\b", part) if 1 <= int(n) <= 12)
        if not months:
            raise ValueError(f"không đọc được tháng trong {text!r}")
        return Timing.of_months(*months)
    raise ValueError(f"không hiểu thời gian thực hiện {text!r}")


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def quarters_to_mask(quarters: frozenset[int] | set[int]) -> int:
    return sum(1 << (q - 1) for q in quarters)


def mask_to_quarters(mask: int) -> frozenset[int]:
    return frozenset(q for q in range(1, 5) if mask & (1 << (q - 1)))


def months_to_mask(months: frozenset[int] | set[int]) -> int:
    return sum(1 << (m - 1) for m in months)


def mask_to_months(mask: int) -> frozenset[int]:
    return frozenset(m for m in range(1, 13) if mask & (1 << (m - 1)))
