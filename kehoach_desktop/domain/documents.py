"""Document numbers and dates as Nghị định 30/2020 writes them."""

from __future__ import annotations

import datetime as dt
import re

from .text import clean_line


def format_number(number: int | None, symbol: str) -> str:
    """182, "KH-SGDĐT" → "182/KH-SGDĐT"; numbers below 10 get a leading zero; no number → "   /KH-…"."""
    symbol = clean_line(symbol).replace(" ", "")
    if number is None:
        return f"   /{symbol}" if symbol else ""
    return f"{number:02d}/{symbol}" if symbol else f"{number:02d}"


_NUMBER = re.compile(r"^\s*(?:Số\s*:?\s*)?(\d+)?\s*/\s*(\S+)\s*$", re.I)


def parse_number(text: str) -> tuple[int | None, str]:
    """"Số: 182/KH-SGDĐT" → (182, "KH-SGDĐT"); "/KH-GD&ĐT" → (None, "KH-GD&ĐT")."""
    m = _NUMBER.match(clean_line(text))
    if not m:
        raise ValueError(f"số ký hiệu {text!r} không đúng dạng số/ký hiệu, ví dụ 182/KH-SGDĐT")
    return (int(m.group(1)) if m.group(1) else None, m.group(2))


def default_symbol(kind: str, abbreviation: str) -> str:
    """("KH", "SGDĐT") → "KH-SGDĐT"."""
    abbreviation = clean_line(abbreviation).replace(" ", "")
    return f"{kind}-{abbreviation}" if abbreviation else kind


def nd30_date(place: str, day: dt.date | None, year: int | None = None) -> str:
    """"Lạc Thủy, ngày 07 tháng 02 năm 2024": days 1–9 and months 1–2 take a leading zero.

    Without a day (not yet signed) the blanks are left for the pen, as offices print drafts.
    """
    place = clean_line(place)
    prefix = f"{place}, " if place else ""
    if day is None:
        return f"{prefix}ngày     tháng     năm {year if year else '    '}"
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{prefix}ngày {day.day:02d} tháng {month} năm {day.year}"


def ui_date(day: dt.date | None) -> str:
    """dd/MM/yyyy as the UI shows dates."""
    return day.strftime("%d/%m/%Y") if day else ""


def parse_ui_date(text: str) -> dt.date | None:
    text = clean_line(text)
    if not text:
        return None
    m = re.match(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$", text)
    if m:
        d, mo, y = (int(g) for g in m.groups())
        return dt.date(y, mo, d)
    return dt.date.fromisoformat(text)
