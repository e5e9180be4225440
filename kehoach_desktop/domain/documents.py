"""Document numbers and dates as Nghị định 30/2020 writes them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

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



def parse_ui_date(text: str) -> dt.date | None:
    text = clean_line(text)
    if not text:
        return None
    m = re.match(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$", text)
    if m:
        d, mo, y = (int(g) for g in m.groups())
        return dt.date(y, mo, d)
    return dt.date.fromisoformat(text)


# Words that open a phrase in an office's name: a header breaks before them, never inside a
# phrase ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" / "HUYỆN LẠC THỦY", never "…VÀ ĐÀO" / "TẠO…").
_PHRASE_STARTS = ("THÀNH PHỐ", "THỊ XÃ", "THỊ TRẤN", "HUYỆN", "QUẬN", "TỈNH", "XÃ", "PHƯỜNG", "TRƯỜNG",
                  "TRUNG TÂM", "PHÂN HIỆU", "ĐIỂM TRƯỜNG")


def header_lines(name: str, fits: Callable[[str], bool], manual: str = "") -> list[str]:
    """The office's name in capitals, broken into lines for the header: the user's own breaks
    (`manual`, lines separated by "\\n") when given; else one line if it `fits`; else a break
    before a word that opens a phrase (the most balanced that fits); else the name as one text,
    left to the renderer to wrap."""
    if manual.strip():
        return [line.strip().upper() for line in manual.split("\n") if line.strip()]
    text = " ".join(name.upper().split())
    if fits(text):
        return [text]
    words = text.split(" ")
    candidates: list[tuple[int, list[str]]] = []
    for i in range(1, len(words)):
        rest = " ".join(words[i:])
        if any(rest == p or rest.startswith(p + " ") for p in _PHRASE_STARTS):
            lines = [" ".join(words[:i]), rest]
            if all(fits(line) for line in lines):
                candidates.append((abs(len(lines[0]) - len(lines[1])), lines))
    if candidates:
        return min(candidates, key=lambda c: c[0])[1]
    return [text]


def default_issue_date(first_year: int, last_year: int, today: dt.date) -> dt.date | None:
    """The date offered when a plan is issued: today for a plan of the current period (or of the
    next year, which offices issue in advance); nothing for another year's plan, where today
    would be a wrong date on the document — the user types it."""
    if first_year - 1 <= today.year <= last_year:
        return today
    return None


NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


def recipient_entries(recipients: list[tuple[str, str]], office_short: str = "") -> list[str]:
    """"Nơi nhận:" entries: "- Sở GD&ĐT (để b/c);" one per recipient, the last "- Lưu: VT, …."."""
    entries = [f"- {n} ({p});" if p else f"- {n};" for n, p in recipients]
    has_archive = any(n.lower().startswith("lưu") for n, _p in recipients)
    if not has_archive:
        entries.append(f"- Lưu: VT{', ' + office_short if office_short else ''}.")
    elif entries:
        entries[-1] = entries[-1].rstrip(";") + ("" if entries[-1].endswith(".") else ".")
        entries[-1] = entries[-1].replace(";.", ".")
    return entries


def signature_lines(prefix: str, position: str, office: str = "") -> list[str]:
    """The lines above the signature, in capitals: "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC"; TM. signs
    for the office as a collective; Q. is acting."""
    if prefix == "Q.":
        return [f"Q. {position}".upper()]
    lines = []
    if prefix == "KT.":
        lines.append(f"KT. {authority_of(position)}".upper())
    elif prefix:
        lines.append(f"{prefix} {office or authority_of(position)}".upper())
    lines.append(position.upper())
    return lines


def authority_of(position: str) -> str:
    """"PHÓ GIÁM ĐỐC" signs KT. GIÁM ĐỐC; "PHÓ TRƯỞNG PHÒNG" signs KT. TRƯỞNG PHÒNG."""
    import unicodedata

    p = unicodedata.normalize("NFC", position).strip()
    return p[4:] if p.upper().startswith("PHÓ ") else p


# the abbreviations offices write their own and each other's names with
_NAME_ABBREVIATIONS = (
    (r"\bgd\s*&\s*dt\b|\bgd\s*-\s*dt\b|\bgddt\b|\bgd\s+va\s+dt\b", "giao duc va dao tao"),
    (r"\bubnd\b", "uy ban nhan dan"),
    (r"\bthcs\b", "trung hoc co so"),
    (r"\bthpt\b", "trung hoc pho thong"),
    (r"\bth\b", "tieu hoc"),
    (r"\bmn\b", "mam non"),
    (r"\btp\b", "thanh pho"),
    (r"\btx\b", "thi xa"),
)


def office_key(name: str) -> str:
    """An office's name as compared with another's: accents, case, punctuation and the usual
    abbreviations aside, so "PHÒNG GD&ĐT HUYỆN LẠC THỦY" and "Phòng Giáo dục và Đào tạo huyện
    Lạc Thủy" are the same office, and "Trường TH Kim Đồng" is "Trường Tiểu học Kim Đồng"."""
    import re

    from .text import fold

    key = fold(name).replace("\n", " ")
    for pattern, full in _NAME_ABBREVIATIONS:
        key = re.sub(pattern, full, key)
    key = re.sub(r"[^\w]+", " ", key)
    return " ".join(key.split())
