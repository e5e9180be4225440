"""The appendix as the print-ready Excel table offices send upward (ND30 layout)."""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..records import PlanDetail
from .appendix_text import appendix_title, attached_to
from .xlsx_common import (
    Cancelled,
    Progress,
    StyleCache,
    Warnings,
    as_lines,
    check,
    named_style,
    new_workbook,
    noop_progress,
    print_setup,
    put_text,
    row_height,
    safe_text,
    save_atomically,
)

HEADERS = ("STT", "Nội dung/Chủ đề", "Hình thức/sản phẩm truyền thông", "Đơn vị chủ trì",
           "Thời gian thực hiện", "Đơn vị phối hợp")
# Widths (characters) that together fill an A4 landscape page between ND30 margins.
WIDTHS = (6, 30, 46, 18, 13, 22)
HEADER_ROW = 5


def write_appendix(plan: PlanDetail, target: str | os.PathLike[str], progress: Progress = noop_progress,
                   cancelled: Cancelled | None = None) -> tuple[Path, list[str]]:
    """Write the appendix workbook; returns the file and the warnings (text that was cleaned).

    Raises CellTooLong naming the row for text Excel cannot hold, ExportCancelled if cancelled;
    in both cases no file is left at `target`.
    """
    warnings = Warnings()
    wb, ws = new_workbook("Phụ lục")
    styles = {
        "title": named_style(wb, "kh_title", bold=True, size=14, horizontal="center", vertical="center",
                             border=False, wrap=False),
        "subtitle": named_style(wb, "kh_subtitle", bold=True, size=13, horizontal="center",
                                vertical="center", border=False),
        "attached": named_style(wb, "kh_attached", italic=True, size=13, horizontal="center",
                                vertical="center", border=False),
        "header": named_style(wb, "kh_header", bold=True, horizontal="center", vertical="center"),
        "group_no": named_style(wb, "kh_group_no", bold=True, horizontal="center"),
        "group": named_style(wb, "kh_group", bold=True),
        "stt": named_style(wb, "kh_stt", horizontal="center"),
        "text": named_style(wb, "kh_text"),
        "center": named_style(wb, "kh_center", horizontal="center"),
    }
    last_col = get_column_letter(len(HEADERS))
    for row, text, style in ((1, "PHỤ LỤC", "title"), (2, appendix_title(plan).upper(), "subtitle"),
                             (3, attached_to(plan), "attached")):
        cell = ws.cell(row=row, column=1)
        put_text(cell, safe_text(text, f"Dòng {row}", warnings))
        cell.style = styles[style]
        ws.merge_cells(f"A{row}:{last_col}{row}")
    ws.row_dimensions[2].height = 36
    ws.row_dimensions[3].height = 36
    ws.row_dimensions[HEADER_ROW].height = 36
    for col, (text, width) in enumerate(zip(HEADERS, WIDTHS, strict=True), start=1):
        cell = ws.cell(row=HEADER_ROW, column=col)
        put_text(cell, text)
        cell.style = styles["header"]
        ws.column_dimensions[get_column_letter(col)].width = width

    cache = StyleCache()
    total = sum(len(g.themes) for g in plan.groups) + len(plan.groups)
    done = 0
    row = HEADER_ROW + 1
    for group in plan.groups:
        check(cancelled)
        where = f"Nhóm {group.numeral}"
        put_text(ws.cell(row=row, column=1), group.numeral)
        ws.cell(row=row, column=1).style = styles["group_no"]
        put_text(ws.cell(row=row, column=2), safe_text(group.title, where, warnings))
        for col in range(2, len(HEADERS) + 1):
            ws.cell(row=row, column=col).style = styles["group"]
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=len(HEADERS))
        ws.row_dimensions[row].height = row_height([group.title], [sum(WIDTHS[1:])])
        row += 1
        done += 1
        for theme in group.themes:
            where = f"Nội dung {group.numeral}.{theme.stt} (dòng {row})"
            values = (
                (str(theme.stt), "stt"),
                (safe_text(theme.title, where, warnings), "text"),
                (safe_text(as_lines(theme.forms), where, warnings), "text"),
                (safe_text(as_lines([u.name for u in theme.lead_units]), where, warnings), "text"),
                (theme.timing.text(), "center"),
                (safe_text(as_lines([u.name for u in theme.support_units]), where, warnings), "text"),
            )
            for col, (text, style) in enumerate(values, start=1):
                cell = ws.cell(row=row, column=col)
                put_text(cell, text)
                cache.apply(cell, styles[style])
            ws.row_dimensions[row].height = row_height([v for v, _s in values], list(WIDTHS))
            row += 1
            done += 1
            if done % 200 == 0:
                check(cancelled)
                progress(done, total)
    _page_setup(ws)
    progress(total, total)
    check(cancelled)
    return save_atomically(wb, target), warnings.items


def _page_setup(ws: Worksheet) -> None:
    """A4 landscape, one page wide, header row on every page, ND30 margins, page numbers from page 2."""
    print_setup(ws, landscape=True, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
