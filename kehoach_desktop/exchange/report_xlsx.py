"""The Excel companion of a report: the same figures and the article list."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from openpyxl.utils import get_column_letter

from .xlsx_common import (
    DATE_FORMAT,
    Warnings,
    add_sheet,
    named_style,
    new_workbook,
    print_setup,
    put_text,
    safe_text,
    save_atomically,
    write_table,
)

if TYPE_CHECKING:
    from ..records import ReportData


WIDTHS = (46, 14, 22, 24, 16)
SCHOOL_WIDTHS = (40, 34, 18, 16, 14, 14)


def write_report_xlsx(data: ReportData, target: str | os.PathLike[str]) -> Any:
    warnings = Warnings()
    wb, ws = new_workbook("Số liệu")
    s = {"title": named_style(wb, "rp_title", bold=True, size=13, border=False, wrap=False),
         "header": named_style(wb, "rp_header", bold=True, horizontal="center", vertical="center"),
         "text": named_style(wb, "rp_text"), "number": named_style(wb, "rp_number", horizontal="right"),
         "center": named_style(wb, "rp_center", horizontal="center"),
         "date": named_style(wb, "rp_date", horizontal="center", number_format=DATE_FORMAT)}
    row = 1
    put_text(ws.cell(row=row, column=1), safe_text(f"BÁO CÁO {data.subject().upper()}", "Tiêu đề", warnings))
    ws.cell(row=row, column=1).style = s["title"]
    row += 2
    sections: list[tuple[str, list[str], list[Any]]] = [("Số tin bài theo kênh truyền thông", ["Kênh", "Số tin bài"], data.by_channel),
                ("Số tin bài theo nhóm nội dung", ["Nhóm nội dung", "Số tin bài"], data.by_group),
                ("Số tin bài theo đơn vị", ["Đơn vị", "Số tin bài"], data.by_unit),
                ("Số tin bài theo tháng", ["Tháng", "Số tin bài"], [(f"{m:02d}/{y}", n) for y, m, n in data.monthly]),
                ("Mức độ hoàn thành chỉ tiêu", ["Chỉ tiêu", "Yêu cầu", "Đạt được", "Đánh giá"], data.quota_rows()),
                ("Thực hiện các nội dung của kế hoạch", ["STT", "Nội dung", "Thời gian", "Kết quả"], data.coverage_rows),
                ("Tình hình dư luận và kết quả xử lý", ["Ngày", "Vấn đề", "Mức độ", "Biện pháp", "Kết quả"],
                 data.opinion_rows)]
    if data.superior_rows:  # as in the report: which of the superior's items the plan addresses
        sections.append(("Thực hiện các nội dung của kế hoạch cấp trên",
                         ["Nội dung của kế hoạch cấp trên", "Nội dung của đơn vị", "Đánh giá"], data.superior_rows))
    for title, headers, rows in sections:
        row = write_table(ws, row, title, headers, rows, s, warnings, WIDTHS) + 2
    for col, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    if data.schools:  # as in the report: the schools' summary, then each school's targets
        from .report_text import SCHOOL_HEADERS, TARGET_HEADERS, school_rows, school_target_rows

        sch = add_sheet(wb, "Các trường")
        put_text(sch.cell(row=1, column=1), "KẾT QUẢ CỦA CÁC TRƯỜNG (THEO BÁO CÁO GỬI VỀ)")
        sch.cell(row=1, column=1).style = s["title"]
        r = write_table(sch, 3, f"Toàn ngành: {data.combined_total} tin bài (đơn vị {data.total}, các trường "
                        f"{data.schools_total})", list(SCHOOL_HEADERS),
                        [tuple(v for v in row) for row in school_rows(data)], s, warnings, SCHOOL_WIDTHS) + 2
        for school in data.schools:
            if school.received:
                r = write_table(sch, r, f"{school.name} — {school.state_label}", list(TARGET_HEADERS),
                                school_target_rows(school), s, warnings, SCHOOL_WIDTHS) + 2
        for col, width in enumerate(SCHOOL_WIDTHS, start=1):
            sch.column_dimensions[get_column_letter(col)].width = width
        print_setup(sch, landscape=True)
    lst = add_sheet(wb, "Tin bài đã đăng")
    for col, (text, width) in enumerate(zip(("STT", "Ngày", "Tiêu đề", "Kênh", "Đường dẫn"), (6, 12, 60, 26, 50),
                                            strict=True), start=1):
        put_text(lst.cell(row=1, column=col), text)
        lst.cell(row=1, column=col).style = s["header"]
        lst.column_dimensions[get_column_letter(col)].width = width
    for i, (day, title, channel, url) in enumerate(data.articles, start=1):
        lst.cell(row=i + 1, column=1, value=i).style = s["center"]
        lst.cell(row=i + 1, column=2, value=day).style = s["date"]
        for col, value in enumerate((title, channel, url), start=3):
            put_text(lst.cell(row=i + 1, column=col), safe_text(value, f"Tin bài {i}", warnings))
            lst.cell(row=i + 1, column=col).style = s["text"]
        if url.startswith(("http://", "https://")):
            lst.cell(row=i + 1, column=5).hyperlink = url
    lst.freeze_panes = "A2"
    print_setup(ws, landscape=False)
    print_setup(lst, landscape=True, title_rows="1:1")
    return save_atomically(wb, target)
