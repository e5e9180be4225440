"""What every workbook we write shares: safe text, valid sheet names, atomic saving, ND30 styles."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, Side
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ..files import write_atomically
from .progress import Cancelled, ExportCancelled, Progress, check, noop_progress

__all__ = ["Cancelled", "ExportCancelled", "Progress", "check", "noop_progress"]

MAX_CELL = 32_767
FONT = "Times New Roman"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BAD_SHEET = re.compile(r"[\\/?*:\[\]]")
MM_PER_INCH = 25.4
DATE_FORMAT = "DD/MM/YYYY"

class CellTooLong(ValueError):
    """A text longer than Excel allows; raised with where it is, never cut silently."""


@dataclass
class Warnings:
    items: list[str] = field(default_factory=list)

    def add(self, text: str) -> None:
        self.items.append(text)


def safe_text(value: str | None, where: str, warnings: Warnings) -> str:
    """NFC text with control characters removed (and reported). Raises CellTooLong past 32,767."""
    text = value or ""
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    cleaned = text
    if _CONTROL.search(text):
        cleaned = _CONTROL.sub("", text)
        warnings.add(f"{where}: đã bỏ ký tự điều khiển không in được.")
    if len(cleaned) > MAX_CELL:
        raise CellTooLong(f"{where}: dài {len(cleaned):,} ký tự, Excel chỉ nhận tối đa {MAX_CELL:,}."
                          .replace(",", "."))
    return cleaned


def put_text(cell: Cell, text: str) -> None:
    """Always a text cell: "=1+1", "+84…", "-…", "@…" must never become formulas in Excel."""
    cell.value = text
    cell.data_type = "s"


def new_workbook(first_sheet: str) -> tuple[Workbook, Worksheet]:
    """A workbook and its first sheet, named `first_sheet` (made valid)."""
    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)
    ws.title = sheet_title(first_sheet)
    return wb, ws


def add_sheet(wb: Workbook, name: str) -> Worksheet:
    """A new sheet named `name`, made valid and unique among the workbook's sheets."""
    return wb.create_sheet(sheet_title(name, set(wb.sheetnames)))


def sheet_title(name: str, taken: set[str] | None = None) -> str:
    """A valid, unique sheet name: ≤ 31 characters after NFC, none of \\ / ? * : [ ]."""
    title = _BAD_SHEET.sub("-", unicodedata.normalize("NFC", name)).strip("' ") or "Trang"
    title = title[:31]
    taken = taken or set()
    base, n = title, 2
    while title.lower() in {t.lower() for t in taken}:
        suffix = f" ({n})"
        title = base[: 31 - len(suffix)] + suffix
        n += 1
    return title


def thin_border() -> Border:
    side = Side(style="thin", color="000000")
    return Border(left=side, right=side, top=side, bottom=side)


def named_style(wb: Workbook, name: str, *, bold: bool = False, italic: bool = False, size: int = 12,
                horizontal: str = "left", vertical: str = "top", wrap: bool = True,
                border: bool = True, color: str | None = None, underline: str | None = None,
                number_format: str = "General") -> str:
    """One named style per kind of cell (faster than styling each cell, and the file is smaller)."""
    if name not in wb.named_styles:
        style = NamedStyle(name=name, number_format=number_format)
        style.font = Font(name=FONT, size=size, bold=bold, italic=italic, color=color, underline=underline)
        style.alignment = Alignment(horizontal=horizontal, vertical=vertical, wrap_text=wrap)
        if border:
            style.border = thin_border()
        wb.add_named_style(style)
    return name


class StyleCache:
    """Named styles applied by copying a cell's style record: assigning a named style by name looks
    it up and re-registers its parts for every cell, a third of the time of a large export."""

    def __init__(self) -> None:
        self._records: dict[str, Any] = {}

    def apply(self, cell: Cell, name: str) -> None:
        record = self._records.get(name)
        if record is None:
            cell.style = name
            self._records[name] = copy(cell._style)
        else:
            cell._style = copy(record)


def save_atomically(wb: Workbook, target: str | os.PathLike[str]) -> Path:
    """Write the workbook whole or not at all (see kehoach_desktop/files.py)."""
    return write_atomically(target, wb.save, suffix=".xlsx.part")


def print_setup(ws: Any, *, landscape: bool, title_rows: str | None = None, first_page_number: bool = False) -> None:
    """Every sheet we write prints as ND30 asks: A4, margins 20/20/30/15 mm, one page wide (as many
    pages tall as needed), the header rows repeated on every page, page numbers centred at the top
    from page 2."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    if title_rows:
        ws.print_title_rows = title_rows
    ws.page_margins.left, ws.page_margins.right = mm(30), mm(15)
    ws.page_margins.top, ws.page_margins.bottom = mm(20), mm(20)
    ws.page_margins.header, ws.page_margins.footer = mm(8), mm(8)
    ws.print_options.horizontalCentered = True
    ws.oddHeader.center.text = "&P"
    ws.oddHeader.center.font = f"{FONT},Regular"
    ws.oddHeader.center.size = 13
    ws.HeaderFooter.differentFirst = not first_page_number


def mm(value: float) -> float:
    """Millimetres to the inches openpyxl's page margins use."""
    return value / MM_PER_INCH


def as_lines(items: list[str] | tuple[str, ...], bullet: str = "- ") -> str:
    return "\n".join(f"{bullet}{item}" for item in items)




LINE_POINTS = 15.0  # one line of 12 pt Times New Roman


def row_height(texts: Sequence[str], widths: Sequence[float], line_points: float = LINE_POINTS) -> float:
    """The height a row needs to show its wrapped text: Excel and LibreOffice do not size rows
    themselves when opening a file, so an estimate per column is written with the row."""
    lines = 1
    for text, width in zip(texts, widths, strict=False):
        per_line = max(1, int(width * 1.25) - 1)
        count = sum(max(1, -(-len(part) // per_line)) for part in (text or "").split("\n"))
        lines = max(lines, count)
    return lines * line_points + 3


def write_table(ws: Any, row: int, title: str, headers: Sequence[str], rows: Sequence[Sequence[object]],
                styles: dict[str, str], warnings: Warnings, widths: Sequence[float] = ()) -> int:
    """A titled table (styles "title", "header", "text", "number"); returns its last row. With the
    column `widths`, each row gets the height its wrapped text needs (Excel and LibreOffice do not
    size rows of a file they open)."""
    put_text(ws.cell(row=row, column=1), title)
    ws.cell(row=row, column=1).style = styles["title"]
    row += 1
    for col, text in enumerate(headers, start=1):
        put_text(ws.cell(row=row, column=col), text)
        ws.cell(row=row, column=col).style = styles["header"]
    if widths:
        ws.row_dimensions[row].height = row_height(list(headers), widths)
    for values in rows:
        row += 1
        if widths:
            ws.row_dimensions[row].height = row_height([str(v) for v in values], widths)
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=row, column=col)
            if isinstance(value, int):
                cell.value, cell.style = value, styles["number"]
            else:
                put_text(cell, safe_text(str(value), f"{title}, dòng {row}", warnings))
                cell.style = styles["text"]
    return row
