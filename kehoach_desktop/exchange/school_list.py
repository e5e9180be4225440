"""The district's list of its schools, from an Excel workbook: a name per row, an e-mail if given.

The first sheet is read. A header row (within the first ten) names the columns: the name under
"Tên trường" / "Tên đơn vị" / "Trường" / "Đơn vị", the address under "Email" / "Thư điện tử";
without a header, column A holds the names and column B the e-mails. Empty rows and a "Tổng" or
"Cộng" row are skipped; a name given twice is one school.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..domain.documents import office_key
from ..domain.text import clean_line, fold
from .appendix_import import AppendixReadError, _check_package

MAX_SCHOOLS = 5_000


class SchoolListError(Exception):
    """A list that cannot be read, with the file, sheet and row."""


@dataclass(frozen=True)
class SchoolEntry:
    name: str
    email: str
    row: int


def read_school_list(path: str | Path) -> list[SchoolEntry]:
    file = Path(path)
    if file.suffix.lower() not in (".xlsx", ".xlsm"):
        raise SchoolListError(f"«{file.name}»: danh sách trường cần là tệp Excel .xlsx.")
    try:
        _check_package(file)
    except AppendixReadError as exc:
        raise SchoolListError(str(exc)) from None
    from openpyxl import load_workbook

    try:
        wb = load_workbook(file, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise SchoolListError(f"«{file.name}» không đọc được: {exc}") from None
    try:
        ws = wb.worksheets[0]
        rows = [[clean_line(str(v)) if v is not None else "" for v in row]
                for row in ws.iter_rows(max_row=MAX_SCHOOLS + 20, max_col=12, values_only=True)]
        sheet = ws.title
    finally:
        wb.close()
    name_col, email_col, first = 0, 1, 0
    for i, row in enumerate(rows[:10]):
        labels = [fold(c) for c in row]
        names = [j for j, c in enumerate(labels) if re.fullmatch(r"(ten )?(truong|don vi)( hoc)?", c)]
        if names:
            name_col, first = names[0], i + 1
            emails = [j for j, c in enumerate(labels) if c in ("email", "e mail", "e-mail", "thu dien tu", "dia chi thu")]
            email_col = emails[0] if emails else -1
            break
    out: list[SchoolEntry] = []
    seen: set[str] = set()
    for i, row in enumerate(rows[first:], start=first + 1):
        name = row[name_col] if name_col < len(row) else ""
        if not name or fold(name) in ("tong", "cong", "tong cong") or re.fullmatch(r"\d+", name):
            continue
        if len(name) > 300:
            raise SchoolListError(f"«{file.name}», {sheet}, dòng {i}: tên trường dài quá 300 ký tự.")
        email = row[email_col] if 0 <= email_col < len(row) else ""
        if email and ("@" not in email or " " in email):
            raise SchoolListError(f"«{file.name}», {sheet}, dòng {i}: «{email}» không phải địa chỉ thư.")
        key = office_key(name)
        if key in seen:
            continue
        seen.add(key)
        out.append(SchoolEntry(name, email, i))
    if not out:
        raise SchoolListError(f"«{file.name}», {sheet}: không có tên trường nào (cột «Tên trường» hoặc cột A).")
    if len(out) > MAX_SCHOOLS:
        raise SchoolListError(f"«{file.name}»: hơn {MAX_SCHOOLS} trường.")
    return out
