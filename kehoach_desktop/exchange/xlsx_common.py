"""What every workbook we write shares: safe text, valid sheet names, atomic saving, ND30 styles."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from copy import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.cell.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

from ..files import write_atomically
from .progress import Cancelled, ExportCancelled, Progress, check, noop_progress

__all__ = ["Cancelled", "ExportCancelled", "Progress", "check", "noop_progress"]

MAX_CELL = 32_767
FONT = "Times New Roman"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BAD_SHEET = re.compile(r"[\\/?*:\[\]]")
MM_PER_INCH = 25.4
DATE_FORMAT = "DD/MM/YYYY"
PAPER_A4 = "9"  # the paper sizes' code in a sheet's page set-up

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


@contextmanager
def new_workbook() -> Iterator[Workbook]:
    """A workbook written row by row (openpyxl's write-only mode): each row goes to a temporary
    file as it is put, so a list of 200,000 articles takes the memory of one row, not of every
    cell. Saving removes the temporary files; so does a failure or a cancel on the way."""
    wb = Workbook(write_only=True)
    try:
        yield wb
    except BaseException:
        for ws in wb.worksheets:
            if ws._writer is not None and not ws.closed:
                with suppress(Exception):  # the failure that brought us here is the one to report
                    ws.close()  # ends its XML and closes the temporary file, which can then go
                    ws._writer.cleanup()
        raise


class RowSheet:
    """A sheet of a `new_workbook`, written from the top down. Everything openpyxl writes before
    the rows (column widths here, frozen panes and print set-up by the caller) is set before the
    first `put`; merged ranges, the filter and print titles may follow."""

    def __init__(self, wb: Workbook, name: str, widths: Sequence[float]) -> None:
        self.ws: Any = wb.create_sheet(sheet_title(name, set(wb.sheetnames)))
        self.widths = tuple(widths)
        for col, width in enumerate(self.widths, start=1):
            self.ws.column_dimensions[get_column_letter(col)].width = width
        self.row = 0  # the last row written
        self._styles = StyleCache()
        # The rows `put` hands over are cells already bound, placed and styled: openpyxl's own
        # conversion would try each as a value first, fail, and format the failure (half the time).
        self.ws._values_to_row = lambda cells, _row: cells

    def put(self, cells: Sequence[tuple[object, str]], *, height: float | None = None,
            fit: bool = False, link: tuple[int, str] | None = None, merge: tuple[int, int] | None = None) -> int:
        """The next row: (value, named style) per column from A, text always as text. Its height is
        `height`, or with `fit` what its wrapped text needs in the sheet's widths; `link` makes
        (column, url) a hyperlink; `merge` joins the columns (first, last). Returns the row."""
        self.row += 1
        row: list[Cell] = []
        for col, (value, style) in enumerate(cells, start=1):
            cell = WriteOnlyCell(self.ws)
            cell.row, cell.column = self.row, col
            if isinstance(value, str):
                put_text(cell, value)
            else:
                cell.value = value
            self._styles.apply(cell, style)
            row.append(cell)
        if link is not None:
            row[link[0] - 1].hyperlink = link[1]
        if fit:
            height = row_height([v if isinstance(v, str) else str(v) for v, _s in cells], self.widths)
        if height is not None:  # written with the row, then forgotten: memory stays flat
            self.ws.row_dimensions[self.row].height = height
        self.ws.append(row)
        if height is not None:
            del self.ws.row_dimensions[self.row]
        if merge is not None:
            first, last = merge
            self.ws.merged_cells.add(f"{get_column_letter(first)}{self.row}:{get_column_letter(last)}{self.row}")
        return self.row

    def skip(self, rows: int = 1) -> None:
        for _ in range(rows):
            self.ws.append([])
            self.row += 1


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
    ws.page_setup.paperSize = PAPER_A4
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


def write_table(sheet: RowSheet, title: str, headers: Sequence[str], rows: Sequence[Sequence[object]],
                styles: dict[str, str], warnings: Warnings) -> int:
    """A titled table (styles "title", "header", "text", "number") at the sheet's next row; returns
    its last row. Each row gets the height its wrapped text needs in the sheet's widths (Excel and
    LibreOffice do not size the rows of a file they open)."""
    sheet.put([(title, styles["title"])])
    sheet.put([(text, styles["header"]) for text in headers], fit=True)
    for values in rows:
        where = f"{title}, dòng {sheet.row + 1}"
        sheet.put([(value, styles["number"]) if isinstance(value, int)
                   else (safe_text(str(value), where, warnings), styles["text"]) for value in values], fit=True)
    return sheet.row
