"""Input checks shared by services: text is NFC and clean, required fields are present."""

from __future__ import annotations

import datetime as dt
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
