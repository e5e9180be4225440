"""The period a plan covers: a calendar year, a school year, or a multi-year range."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class PeriodKind(StrEnum):
    YEAR = "year"
    SCHOOL_YEAR = "school_year"
    RANGE = "range"


@dataclass(frozen=True)
class Period:
    start: int
    end: int
    kind: PeriodKind

    def text(self) -> str:
        """"2024", "2017-2018", "2017-2020" as typed and printed."""
        return str(self.start) if self.kind is PeriodKind.YEAR else f"{self.start}-{self.end}"

    def label(self) -> str:
        """The Vietnamese phrase: "năm 2024", "năm học 2017-2018", "giai đoạn 2017-2020"."""
        if self.kind is PeriodKind.YEAR:
            return f"năm {self.start}"
        if self.kind is PeriodKind.SCHOOL_YEAR:
            return f"năm học {self.start}-{self.end}"
        return f"giai đoạn {self.start}-{self.end}"

    def years(self) -> int:
        return self.end - self.start + 1

    def shifted_to(self, start: int) -> Period:
        """The same kind and length of period starting in `start`."""
        return Period(start, start + (self.end - self.start), self.kind)

    def next(self) -> Period:
        """The period that follows: 2024 → 2025, 2017-2018 → 2018-2019, 2017-2020 → 2021-2024."""
        step = 1 if self.kind is not PeriodKind.RANGE else self.years()
        return self.shifted_to(self.start + step)


_PERIOD = re.compile(r"^\s*(?:năm học|năm|giai đoạn)?\s*(\d{4})\s*(?:[-–/]\s*(\d{4}))?\s*$", re.I)


def parse_period(text: str, kind: PeriodKind | None = None) -> Period:
    """"2024" → a year; "2017-2018" → a school year; "2017-2020" → a range.

    `kind` forces the reading of two consecutive years (a school year or a two-year range).
    Raises ValueError saying what is wrong: not a year, end before start, too long a range.
    """
    m = _PERIOD.match(text or "")
    if not m:
        raise ValueError(f"thời kỳ {text!r} không hợp lệ: nhập một năm (2024), năm học (2024-2025) hoặc giai đoạn (2021-2025)")
    start = int(m.group(1))
    end = int(m.group(2)) if m.group(2) else start
    if not 1900 <= start <= 2200:
        raise ValueError(f"năm {start} nằm ngoài khoảng hợp lệ")
    if end < start:
        raise ValueError(f"năm kết thúc {end} trước năm bắt đầu {start}")
    if end - start > 10:
        raise ValueError(f"giai đoạn {start}-{end} dài quá 10 năm")
    if end == start:
        return Period(start, end, PeriodKind.YEAR)
    if kind is None:
        kind = PeriodKind.SCHOOL_YEAR if end == start + 1 else PeriodKind.RANGE
    if kind is PeriodKind.YEAR:
        kind = PeriodKind.RANGE
    return Period(start, end, kind)


def shift_period_text(text: str, old: Period, new: Period) -> str:
    """`text` with the old period written as the new one: "năm 2024" → "năm 2025", "năm học
    2023-2024" → "năm học 2024-2025". A year inside another range ("giai đoạn 2021-2025") or a
    longer number is left alone."""
    if old.text() == new.text():
        return text
    pattern = re.compile(rf"(?<![\d–-]){re.escape(old.text())}(?![\d–-]|\s*[–-]\s*\d)")

    def replace(match: re.Match[str]) -> str:
        before = text[: match.start()].rstrip()
        if before[-1:] in ("-", "–") and before[-2:-1].isdigit() or re.search(r"\d\s*[–-]$", before):
            return match.group(0)  # the end of a range written with spaces: "2023 - 2024"
        return new.text()

    return pattern.sub(replace, text)
