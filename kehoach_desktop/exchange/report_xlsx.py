"""The Excel companion of a report: the same figures and the article list."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from .xlsx_common import (
    DATE_FORMAT,
    RowSheet,
    Warnings,
    named_style,
    new_workbook,
    print_setup,
    safe_text,
    save_atomically,
    write_table,
)

if TYPE_CHECKING:
    from ..records import ReportData


WIDTHS = (46, 14, 22, 24, 16)
SCHOOL_WIDTHS = (40, 34, 18, 16, 14, 14)
LIST_HEADERS = ("STT", "Ngày", "Tiêu đề", "Kênh", "Đường dẫn")
LIST_WIDTHS = (6, 12, 60, 26, 50)


def write_report_xlsx(data: ReportData, target: str | os.PathLike[str]) -> Any:
    warnings = Warnings()
    with new_workbook() as wb:
        s = {"title": named_style(wb, "rp_title", bold=True, size=13, border=False, wrap=False),
             "header": named_style(wb, "rp_header", bold=True, horizontal="center", vertical="center"),
             "text": named_style(wb, "rp_text"), "number": named_style(wb, "rp_number", horizontal="right"),
             "center": named_style(wb, "rp_center", horizontal="center"),
             "date": named_style(wb, "rp_date", horizontal="center", number_format=DATE_FORMAT)}
        figures = RowSheet(wb, "Số liệu", WIDTHS)
        print_setup(figures.ws, landscape=False)
        figures.put([(safe_text(f"BÁO CÁO {data.subject().upper()}", "Tiêu đề", warnings), s["title"])])
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
            figures.skip()
            write_table(figures, title, headers, rows, s, warnings)
        if data.schools:  # as in the report: the schools' summary, then each school's targets
            from .report_text import SCHOOL_HEADERS, TARGET_HEADERS, school_rows, school_target_rows

            sch = RowSheet(wb, "Các trường", SCHOOL_WIDTHS)
            print_setup(sch.ws, landscape=True)
            sch.put([("KẾT QUẢ CỦA CÁC TRƯỜNG (THEO BÁO CÁO GỬI VỀ)", s["title"])])
            sch.skip()
            write_table(sch, f"Toàn ngành: {data.combined_total} tin bài (đơn vị {data.total}, các trường "
                        f"{data.schools_total})", list(SCHOOL_HEADERS),
                        [tuple(v for v in row) for row in school_rows(data)], s, warnings)
            for school in data.schools:
                if school.received:
                    sch.skip()
                    write_table(sch, f"{school.name} — {school.state_label}", list(TARGET_HEADERS),
                                school_target_rows(school), s, warnings)
        lst = RowSheet(wb, "Tin bài đã đăng", LIST_WIDTHS)
        lst.ws.freeze_panes = "A2"
        print_setup(lst.ws, landscape=True, title_rows="1:1")
        lst.put([(text, s["header"]) for text in LIST_HEADERS])
        for i, (day, title, channel, url) in enumerate(data.articles, start=1):
            where = f"Tin bài {i}"
            lst.put([(i, s["center"]), (day, s["date"]), *[(safe_text(value, where, warnings), s["text"])
                                                           for value in (title, channel, url)]],
                    link=(5, url) if url.startswith(("http://", "https://")) else None)
        return save_atomically(wb, target)
