"""The list of articles for a period, with a summary sheet, as Excel."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..records import ArticleLine
from .xlsx_common import (
    DATE_FORMAT,
    Cancelled,
    Progress,
    StyleCache,
    Warnings,
    add_sheet,
    check,
    named_style,
    new_workbook,
    noop_progress,
    print_setup,
    put_text,
    row_height,
    safe_text,
    save_atomically,
    write_table,
)

HEADERS = ("STT", "Ngày đăng", "Tiêu đề", "Loại", "Kênh", "Đường dẫn", "Nội dung kế hoạch", "Đơn vị",
           "Tác giả", "Trạng thái", "Minh chứng")
# 186 characters: one A4 landscape page wide at about 73 % (Excel's "fit to width")
WIDTHS = (5, 11, 36, 8, 16, 26, 28, 16, 14, 10, 16)


def write_articles(lines: list[ArticleLine], target: str | os.PathLike[str], title: str,
                   progress: Progress = noop_progress, cancelled: Cancelled | None = None) -> tuple[Path, list[str]]:
    """One row per article (links as real hyperlinks) and a summary sheet: month × channel,
    theme group, unit. Text is always text. Written atomically; returns the file and warnings."""
    warnings = Warnings()
    wb, ws = new_workbook("Tin bài")
    s = {
        "title": named_style(wb, "ar_title", bold=True, size=14, horizontal="center", border=False, wrap=False),
        "header": named_style(wb, "ar_header", bold=True, horizontal="center", vertical="center"),
        "text": named_style(wb, "ar_text"),
        "center": named_style(wb, "ar_center", horizontal="center"),
        "link": named_style(wb, "ar_link", color="0563C1", underline="single"),
        "number": named_style(wb, "ar_number", horizontal="right"),
        "date": named_style(wb, "ar_date", horizontal="center", number_format=DATE_FORMAT),
        "note": named_style(wb, "ar_note", italic=True, border=False, wrap=False),
    }
    put_text(ws.cell(row=1, column=1), safe_text(title, "Tiêu đề", warnings))
    ws.cell(row=1, column=1).style = s["title"]
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    for col, (text, width) in enumerate(zip(HEADERS, WIDTHS, strict=True), start=1):
        cell = ws.cell(row=3, column=col)
        put_text(cell, text)
        cell.style = s["header"]
        ws.column_dimensions[get_column_letter(col)].width = width
    styles_by_col = {col: s["center"] if col in (1, 2, 10) else s["text"] for col in range(1, len(HEADERS) + 1)}
    widths = list(WIDTHS)
    cache = StyleCache()
    for i, a in enumerate(lines, start=1):
        row = 3 + i
        where = f"Tin bài dòng {row}"
        values = [str(i), a.published_on.strftime("%d/%m/%Y") if a.published_on else "", a.title, a.kind,
                  a.channel, a.url, "\n".join(a.themes), a.unit, a.authors, a.status, "\n".join(a.evidence)]
        is_link = a.url.lower().startswith(("http://", "https://"))
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=row, column=col)
            if col == 1:
                cell.value = i
                cache.apply(cell, s["center"])
            elif col == 2:
                cell.value = a.published_on
                cache.apply(cell, s["date"])
            else:
                put_text(cell, safe_text(value, where, warnings))
                cache.apply(cell, styles_by_col[col] if not (col == 6 and is_link) else s["link"])
        ws.row_dimensions[row].height = row_height(values, widths)
        if is_link:
            ws.cell(row=row, column=6).hyperlink = a.url
        if i % 500 == 0:
            check(cancelled)
            progress(i, len(lines))
    ws.freeze_panes = "A4"
    ws.auto_filter.ref = f"A3:{get_column_letter(len(HEADERS))}{3 + len(lines)}"
    print_setup(ws, landscape=True, title_rows="3:3")
    summary = add_sheet(wb, "Tổng hợp")
    _summary(summary, [a for a in lines if a.counted], len(lines), s, warnings)
    print_setup(summary, landscape=True)
    progress(len(lines), len(lines))
    check(cancelled)
    return save_atomically(wb, target), warnings.items


def _group_order(label: str) -> tuple[int, str]:
    """"IX. …" after "V. …": groups in their Roman order, then the rest."""
    from ..domain.numerals import from_roman

    numeral = label.split(".", 1)[0]
    try:
        return from_roman(numeral), label
    except ValueError:
        return 10_000, label


def _summary(ws: Worksheet, lines: list[ArticleLine], listed: int, s: dict[str, str], warnings: Warnings) -> None:
    """The figures of the counted (published) articles only, whatever the list shows."""
    put_text(ws.cell(row=1, column=1), f"Chỉ tính tin bài đã đăng: {len(lines)} tin bài"
             + (f" (danh sách có {listed} tin bài, kể cả chưa đăng)" if listed != len(lines) else "") + ".")
    ws.cell(row=1, column=1).style = s["note"]
    row = 3
    def channel(a: ArticleLine) -> str:  # as the report names it, so that every article is in a column
        return a.channel or "(chưa ghi kênh)"

    channels = sorted({channel(a) for a in lines})
    months = sorted({(a.published_on.year, a.published_on.month) for a in lines if a.published_on})
    by_month = Counter((a.published_on.year, a.published_on.month, channel(a)) for a in lines if a.published_on)
    widths = [50.0] + [16.0] * (len(channels) + 1)
    row = write_table(ws, row, "Số tin bài theo tháng và kênh", ["Tháng", *channels, "Cộng"],
                      [[f"{m:02d}/{y}", *[by_month[(y, m, c)] for c in channels],
                        sum(by_month[(y, m, c)] for c in channels)] for y, m in months], s, warnings, widths) + 1
    groups = Counter(g for a in lines for g in (a.groups or ("(chưa gắn nội dung)",)))
    row = write_table(ws, row + 1, "Số tin bài theo nhóm nội dung", ["Nhóm nội dung", "Số tin bài"],
                      [[g, n] for g, n in sorted(groups.items(), key=lambda x: _group_order(x[0]))], s, warnings,
                      widths) + 1
    units = Counter(a.unit or "(chưa ghi đơn vị)" for a in lines)
    write_table(ws, row + 1, "Số tin bài theo đơn vị", ["Đơn vị", "Số tin bài"],
                [[u, n] for u, n in sorted(units.items(), key=lambda x: (-x[1], x[0]))], s, warnings, widths)
    ws.column_dimensions["A"].width = 50
    for col in range(2, len(channels) + 3):
        ws.column_dimensions[get_column_letter(col)].width = 16


