"""The list of articles for a period, with a summary sheet, as Excel."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

from openpyxl.utils import get_column_letter

from ..records import ArticleLine
from .xlsx_common import (
    DATE_FORMAT,
    Cancelled,
    Progress,
    RowSheet,
    Warnings,
    check,
    named_style,
    new_workbook,
    noop_progress,
    print_setup,
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
    with new_workbook() as wb:
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
        sheet = RowSheet(wb, "Tin bài", WIDTHS)
        ws = sheet.ws
        ws.freeze_panes = "A4"
        ws.auto_filter.ref = f"A3:{get_column_letter(len(HEADERS))}{3 + len(lines)}"
        print_setup(ws, landscape=True, title_rows="3:3")
        sheet.put([(safe_text(title, "Tiêu đề", warnings), s["title"])], merge=(1, len(HEADERS)))
        sheet.skip()
        sheet.put([(text, s["header"]) for text in HEADERS])
        text_style = [s["center"] if col in (1, 2, 10) else s["text"] for col in range(1, len(HEADERS) + 1)]
        for i, a in enumerate(lines, start=1):
            where = f"Tin bài dòng {sheet.row + 1}"
            is_link = a.url.lower().startswith(("http://", "https://"))
            texts = [safe_text(value, where, warnings) for value in (
                a.title, a.kind, a.channel, a.url, "\n".join(a.themes), a.unit, a.authors, a.status, "\n".join(a.evidence))]
            cells: list[tuple[object, str]] = [(i, s["center"]), (a.published_on, s["date"])]
            cells += [(text, s["link"] if col == 6 and is_link else text_style[col - 1])
                      for col, text in enumerate(texts, start=3)]
            shown = [str(i), a.published_on.strftime("%d/%m/%Y") if a.published_on else "", *texts]
            sheet.put(cells, height=row_height(shown, WIDTHS), link=(6, a.url) if is_link else None)
            if i % 500 == 0:
                check(cancelled)
                progress(i, len(lines))
        counted = [a for a in lines if a.counted]
        channels = sorted({_channel(a) for a in counted})
        summary = RowSheet(wb, "Tổng hợp", [50.0] + [16.0] * (len(channels) + 1))
        print_setup(summary.ws, landscape=True)
        _summary(summary, counted, channels, len(lines), s, warnings)
        progress(len(lines), len(lines))
        check(cancelled)
        return save_atomically(wb, target), warnings.items


def _channel(a: ArticleLine) -> str:
    """As the report names it, so that every article is in a column."""
    return a.channel or "(chưa ghi kênh)"


def _group_order(label: str) -> tuple[int, str]:
    """"IX. …" after "V. …": groups in their Roman order, then the rest."""
    from ..domain.numerals import from_roman

    numeral = label.split(".", 1)[0]
    try:
        return from_roman(numeral), label
    except ValueError:
        return 10_000, label


def _summary(sheet: RowSheet, lines: list[ArticleLine], channels: list[str], listed: int, s: dict[str, str],
             warnings: Warnings) -> None:
    """The figures of the counted (published) articles only, whatever the list shows."""
    sheet.put([(f"Chỉ tính tin bài đã đăng: {len(lines)} tin bài"
                + (f" (danh sách có {listed} tin bài, kể cả chưa đăng)" if listed != len(lines) else "") + ".",
                s["note"])])
    sheet.skip()
    months = sorted({(a.published_on.year, a.published_on.month) for a in lines if a.published_on})
    by_month = Counter((a.published_on.year, a.published_on.month, _channel(a)) for a in lines if a.published_on)
    write_table(sheet, "Số tin bài theo tháng và kênh", ["Tháng", *channels, "Cộng"],
                [[f"{m:02d}/{y}", *[by_month[(y, m, c)] for c in channels],
                  sum(by_month[(y, m, c)] for c in channels)] for y, m in months], s, warnings)
    sheet.skip()
    groups = Counter(g for a in lines for g in (a.groups or ("(chưa gắn nội dung)",)))
    write_table(sheet, "Số tin bài theo nhóm nội dung", ["Nhóm nội dung", "Số tin bài"],
                [[g, n] for g, n in sorted(groups.items(), key=lambda x: _group_order(x[0]))], s, warnings)
    sheet.skip()
    units = Counter(a.unit or "(chưa ghi đơn vị)" for a in lines)
    write_table(sheet, "Số tin bài theo đơn vị", ["Đơn vị", "Số tin bài"],
                [[u, n] for u, n in sorted(units.items(), key=lambda x: (-x[1], x[0]))], s, warnings)
