"""Input checks shared by services: text is NFC and clean, required fields are present."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping
from typing import Any

from ..domain.text import clean_line, clean_text
from .errors import ValidationError

MAX_LINE = 1_000
MAX_TITLE = 10_000
MAX_TEXT = 100_000


def required_line(field: str, value: str | None, max_len: int = MAX_LINE) -> str:
    text = clean_line(value)
    if not text:
        raise ValidationError(field, "không được để trống.")
    return limited(field, text, max_len)


def optional_line(field: str, value: str | None, max_len: int = MAX_LINE) -> str:
    return limited(field, clean_line(value), max_len)


def optional_text(field: str, value: str | None, max_len: int = MAX_TEXT) -> str:
    return limited(field, clean_text(value), max_len)


def limited(field: str, text: str, max_len: int) -> str:
    if len(text) > max_len:
        raise ValidationError(
            field, f"dài {len(text):,} ký tự, vượt quá giới hạn {max_len:,} ký tự.".replace(",", ".")
        )
    return text


def optional_date(field: str, value: Any) -> dt.date | None:
    """None for an empty value; a date or an ISO "YYYY-MM-DD" text; otherwise a ValidationError."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(field, f"«{value}» không phải ngày (YYYY-MM-DD).") from None


# --- a record's fields, each through its rule ------------------------------------------------------

Rule = Callable[[Any], Any]


def cleaned(values: Mapping[str, Any], rules: Mapping[str, Rule], record: str) -> dict[str, Any]:
    """Each value through its field's rule, all before anything is stored; a field the record
    does not have is refused ("… không phải trường của tin bài.")."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        rule = rules.get(key)
        if rule is None:
            raise ValidationError(key, f"không phải trường của {record}.")
        out[key] = rule(value)
    return out


def line(field: str, max_len: int = MAX_LINE, *, required: bool = False) -> Rule:
    return lambda value: (required_line if required else optional_line)(field, value, max_len)


def text(field: str, max_len: int = MAX_TEXT) -> Rule:
    return lambda value: optional_text(field, value, max_len)


def one_of(field: str, choices: Collection[str], says: str = "") -> Rule:
    """A code from `choices`; `says` is how the refusal names them (the codes by default)."""
    def check(value: Any) -> str:
        if value not in choices:
            raise ValidationError(field, f"phải là {says or 'một trong ' + ', '.join(choices)}.")
        return str(value)
    return check


def day(field: str, *, required: bool = False) -> Rule:
    def check(value: Any) -> dt.date | None:
        result = optional_date(field, value)
        if result is None and required:
            raise ValidationError(field, "không được để trống.")
        return result
    return check


def optional_id(value: Any) -> int | None:
    return int(value) if value not in (None, "") else None


def id_list(value: Any) -> list[int]:
    """Ids in their order, each once."""
    return list(dict.fromkeys(int(v) for v in (value or [])))


def email(value: Any) -> str:
    address = optional_line("Thư điện tử", value, 200)
    if address and ("@" not in address or " " in address):
        raise ValidationError("Thư điện tử", f"«{address}» không phải địa chỉ thư hợp lệ.")
    return address
