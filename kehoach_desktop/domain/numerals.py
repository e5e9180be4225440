"""Roman numerals for appendix groups and plan parts (I, II, …)."""

from __future__ import annotations

from functools import lru_cache

_TABLE = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]
_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


@lru_cache(maxsize=256)
def to_roman(number: int) -> str:
    """1 → "I", 9 → "IX", 2024 → "MMXXIV". Raises ValueError outside 1..3999."""
    if not 1 <= number <= 3999:
        raise ValueError(f"số La Mã chỉ từ 1 đến 3999, nhận được {number}")
    out = []
    for value, symbol in _TABLE:
        count, number = divmod(number, value)
        out.append(symbol * count)
    return "".join(out)


def from_roman(text: str) -> int:
    """"IV" → 4; case-insensitive; raises ValueError for anything that is not a canonical numeral."""
    s = text.strip().upper()
    if not s or any(ch not in _VALUES for ch in s):
        raise ValueError(f"không phải số La Mã: {text!r}")
    total = 0
    for i, ch in enumerate(s):
        value = _VALUES[ch]
        if i + 1 < len(s) and _VALUES[s[i + 1]] > value:
            total -= value
        else:
            total += value
    if to_roman(total) != s:
        raise ValueError(f"không phải số La Mã: {text!r}")
    return total


def is_roman(text: str) -> bool:
    try:
        from_roman(text)
    except ValueError:
        return False
    return True
