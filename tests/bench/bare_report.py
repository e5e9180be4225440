"""The floor for `kehoach report` of a month: a bare script that reads the month with sqlite3 and
writes the same report with reportlab (the same fonts, header, parts, tables and article list) or
its figures with openpyxl, importing nothing of ours. The target windows are judged simply
(counts since the window's start), which is the work a bare script would do.

    python bare_report.py DATABASE PLAN_ID YYYY-MM pdf|xlsx OUTPUT
"""

from __future__ import annotations

import calendar
import datetime as dt
import sqlite3
import sys
from collections import Counter

from bare_plan import esc, fonts_and_styles

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]
COUNTED = ("a.plan_id = ? AND a.status = 'published' AND a.withdrawn = 0 AND a.published_on IS NOT NULL "
           "AND a.published_on >= ? AND a.published_on <= ?")


def read(db: str, plan_id: int, month: str) -> dict:
    con = sqlite3.connect(db)
    q = lambda sql, *p: con.execute(sql, p).fetchall()  # noqa: E731
    year, number = map(int, month.split("-"))
    start, end = dt.date(year, number, 1), dt.date(year, number, calendar.monthrange(year, number)[1])
    span = (plan_id, start.isoformat(), end.isoformat())
    (place, prefix, position, signer, org_id, plan_no, symbol, plan_start), = q(
        "SELECT place, signer_prefix, signer_position, signer_name, organization_id, number, symbol, period_start "
        "FROM plan WHERE id = ?", plan_id)
    (org, parent, abbreviation), = q("SELECT name, parent_name, abbreviation FROM organization WHERE id = ?", org_id)
    articles = q("SELECT a.id, a.published_on, a.title, c.name, a.url, u.name FROM article a "
                 "LEFT JOIN channel c ON c.id = a.channel_id LEFT JOIN unit u ON u.id = a.unit_id "
                 f"WHERE {COUNTED} ORDER BY a.published_on, a.id", *span)
    group_of = {}
    groups = q("SELECT id, title FROM theme_group WHERE plan_id = ? ORDER BY position, id", plan_id)
    themes = []
    for g, (gid, title) in enumerate(groups):
        for t, (tid, ttitle, mask) in enumerate(q("SELECT id, title, quarters_mask FROM theme WHERE group_id = ? "
                                                  "ORDER BY position, id", gid), start=1):
            group_of[tid] = f"{ROMAN[g]}. {title}"
            themes.append((tid, f"{ROMAN[g]}.{t}", ttitle, mask or 0))
    links: dict[int, set[str]] = {}
    for article_id, theme_id in q("SELECT l.article_id, l.theme_id FROM article_theme l JOIN article a "
                                  f"ON a.id = l.article_id WHERE {COUNTED}", *span):
        links.setdefault(article_id, set()).add(group_of.get(theme_id, "(chưa gắn nội dung)"))
    by_group: Counter[str] = Counter()
    for a in articles:
        by_group.update(links.get(a[0]) or {"(chưa gắn nội dung)"})
    quarter = (number - 1) // 3
    covered = {t for t, in q("SELECT DISTINCT l.theme_id FROM article_theme l JOIN article a ON a.id = l.article_id "
                             f"WHERE {COUNTED}", plan_id, dt.date(year, quarter * 3 + 1, 1).isoformat(),
                             end.isoformat())}
    coverage = [(stt, title, f"Quý {ROMAN[quarter]}", "Đã có tin bài" if tid in covered
                 else f"Chưa có tin bài trong Quý {ROMAN[quarter]}")
                for tid, stt, title, mask in themes if mask & (1 << quarter)]
    year_to_date = q(f"SELECT count(*) FROM article a WHERE {COUNTED}", plan_id, f"{year}-01-01", end.isoformat())[0][0]
    rules = []
    for scope, period, minimum, unit_kind in q("SELECT scope, period, minimum, unit_kind FROM target_rule "
                                               "WHERE plan_id = ? ORDER BY id", plan_id):
        first = start if period == "month" else dt.date(year, 1, 1)
        units = [("", None)] if scope == "office" else q("SELECT name, id FROM unit WHERE kind = ? ORDER BY name",
                                                         unit_kind)
        for name, unit_id in units:
            n = q(f"SELECT count(*) FROM article a WHERE {COUNTED}" + (" AND a.unit_id = ?" if unit_id else ""),
                  plan_id, first.isoformat(), end.isoformat(), *([unit_id] if unit_id else []))[0][0]
            who = "Toàn đơn vị" if scope == "office" else "Mỗi trường trực thuộc"
            window = f"tháng {number}/{year}" if period == "month" else f"năm {year}; lũy kế {first:%d/%m}–{end:%d/%m/%Y}"
            rules.append((f"{who}: ít nhất {minimum} tin bài/{'tháng' if period == 'month' else 'năm'}"
                          f"{f' — {name}' if name else ''} ({window})", str(minimum), str(n),
                          "Đạt" if n >= minimum else "Đang thực hiện, chậm tiến độ"))
    opinion = q("SELECT noticed_on, summary, severity, actions, status FROM opinion_issue WHERE noticed_on >= ? "
                "AND noticed_on <= ? AND (plan_id = ? OR plan_id IS NULL) ORDER BY noticed_on, id",
                start.isoformat(), end.isoformat(), plan_id)
    recipients = q("SELECT name, purpose FROM recipient WHERE plan_id = ? ORDER BY position, id", plan_id)
    narrative = q("SELECT direction, assessment, proposals FROM report WHERE plan_id = ? AND period_key = ?",
                  plan_id, month)
    plan_ref = f"Kế hoạch số {plan_no:02d}/{symbol}" if plan_no else "Kế hoạch"
    return {
        "org": org, "parent": parent, "number": f"Số:    /BC-{abbreviation}",
        "place_date": f"{place}, ngày     tháng     năm {year}", "month": f"tháng {number}/{year}",
        "start": start, "end": end, "articles": articles, "year_to_date": year_to_date,
        "by_channel": sorted(Counter(a[3] or "(chưa ghi kênh)" for a in articles).items(), key=lambda x: (-x[1], x[0])),
        "by_unit": sorted(Counter(a[5] or "(chưa ghi đơn vị)" for a in articles).items(), key=lambda x: (-x[1], x[0])),
        "by_group": list(by_group.items()), "rules": rules, "coverage": coverage, "opinion": opinion,
        "addressees": [n for n, p in recipients if "b/c" in (p or "").replace(" ", "").lower()] or [parent],
        "recipients": [n for n, _p in recipients], "signer": (prefix, position, signer),
        "narrative": narrative[0] if narrative and narrative[0][0] else (
            f"Thực hiện {plan_ref} về truyền thông về Giáo dục và Đào tạo năm {plan_start}, {org} đã chỉ đạo các bộ "
            "phận chuyên môn và các đơn vị trực thuộc triển khai các nội dung truyền thông theo kế hoạch; phân công "
            "cán bộ đầu mối phụ trách từng nội dung; duy trì hoạt động của trang thông tin điện tử và các kênh "
            "truyền thông của đơn vị.",
            "1. Ưu điểm: Công tác truyền thông được triển khai kịp thời, đúng nội dung kế hoạch; tin bài phản ánh "
            "các hoạt động nổi bật của ngành, được thủ trưởng đơn vị duyệt trước khi đăng.\n2. Hạn chế: Một số nội "
            "dung trong kế hoạch chưa có tin bài trong kỳ; hình thức truyền thông còn chưa đa dạng.\n3. Nguyên nhân: "
            "Đội ngũ phụ trách truyền thông chủ yếu kiêm nhiệm; kỹ năng viết tin bài, chụp ảnh, dựng video còn hạn chế.",
            "Đề nghị cấp trên tiếp tục tổ chức tập huấn kỹ năng truyền thông, viết tin bài cho cán bộ phụ trách; "
            "hướng dẫn thống nhất cách thức báo cáo, minh chứng kết quả công tác truyền thông."),
    }


def tables(report: dict) -> list[tuple[str, list[str], list[tuple]]]:
    def total(rows: list[tuple[str, int]]) -> list[tuple]:
        return [*rows, ("Cộng", sum(n for _k, n in rows))]

    return [("1. Số tin bài theo kênh truyền thông", ["Kênh truyền thông", "Số tin bài"], total(report["by_channel"])),
            ("2. Số tin bài theo nhóm nội dung của kế hoạch", ["Nhóm nội dung", "Số tin bài"], total(report["by_group"])),
            ("3. Số tin bài theo đơn vị thực hiện", ["Đơn vị", "Số tin bài"], total(report["by_unit"])),
            ("4. Mức độ hoàn thành chỉ tiêu", ["Chỉ tiêu", "Yêu cầu", "Đạt được", "Đánh giá"], report["rules"]),
            ("5. Thực hiện các nội dung của kế hoạch trong kỳ", ["STT", "Nội dung", "Thời gian", "Kết quả"],
             report["coverage"]),
            ("6. Tình hình dư luận và kết quả xử lý", ["Ngày", "Vấn đề", "Mức độ", "Biện pháp xử lý", "Kết quả"],
             report["opinion"])]


def write_xlsx(report: dict, out: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "Số liệu"
    side = Side(style="thin")
    border, font, bold = Border(left=side, right=side, top=side, bottom=side), Font(name="Times New Roman", size=12), \
        Font(name="Times New Roman", size=12, bold=True)
    ws.cell(row=1, column=1, value=f"Số liệu báo cáo {report['month']} — {report['org']}").font = bold
    row = 3
    for heading, headers, rows in tables(report):
        ws.cell(row=row, column=1, value=heading).font = bold
        row += 1
        for col, h in enumerate(headers, start=1):
            cell = ws.cell(row=row, column=col, value=h)
            cell.font, cell.border = bold, border
        for values in rows:
            row += 1
            for col, v in enumerate(values, start=1):
                cell = ws.cell(row=row, column=col, value=v)
                cell.font, cell.border, cell.alignment = font, border, Alignment(wrap_text=True, vertical="top")
        row += 2
    ws.column_dimensions["A"].width = 60
    listed = wb.create_sheet("Tin bài đã đăng")
    for col, (h, width) in enumerate(zip(("STT", "Ngày", "Tiêu đề", "Kênh", "Đường dẫn"), (6, 12, 60, 24, 50),
                                         strict=True), start=1):
        cell = listed.cell(row=1, column=col, value=h)
        cell.font, cell.border = bold, border
        listed.column_dimensions["ABCDE"[col - 1]].width = width
    for i, (_id, day, title, channel, url, _unit) in enumerate(report["articles"], start=1):
        for col, v in enumerate((i, dt.date.fromisoformat(day), title, channel or "", url or ""), start=1):
            cell = listed.cell(row=i + 1, column=col, value=v)
            cell.font, cell.border = font, border
            if col == 2:
                cell.number_format = "DD/MM/YYYY"
    wb.save(out)


def write_pdf(report: dict, out: str) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    names, body, center, bold, cell = fonts_and_styles(12, 14)
    link = ParagraphStyle("link", parent=cell, fontSize=10, leading=12, textColor=colors.HexColor("#0645AD"))

    def pages(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        if doc.page > 1:
            canvas.setFont(names["regular"], 13)
            canvas.drawCentredString(A4[0] / 2, A4[1] - 12 * mm, str(doc.page))

    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=30 * mm, rightMargin=15 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title=f"Báo cáo {report['month']}", author=report["org"])
    width = A4[0] - 45 * mm
    header = Table([[Paragraph(esc(report["parent"].upper()), center),
                     Paragraph("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>", center)],
                    [Paragraph(f"<b>{esc(report['org'].upper())}</b>", center),
                     Paragraph("<b>Độc lập - Tự do - Hạnh phúc</b>", center)],
                    [Paragraph(esc(report["number"]), center), Paragraph(f"<i>{esc(report['place_date'])}</i>", center)]],
                   colWidths=[width * 0.4, width * 0.6])
    header.setStyle(TableStyle([("LINEBELOW", (0, 1), (0, 1), 0.5, colors.black),
                                ("LINEBELOW", (1, 1), (1, 1), 0.5, colors.black)]))
    direction, assessment, proposals = report["narrative"]
    story = [header, Spacer(1, 12), Paragraph("BÁO CÁO", bold),
             Paragraph("Kết quả thực hiện công tác truyền thông về Giáo dục và Đào tạo " + report["month"], bold),
             Paragraph("Kính gửi: " + "; ".join(map(esc, report["addressees"])) + ".", center),
             Paragraph("<b>I. CÔNG TÁC CHỈ ĐẠO, TỔ CHỨC THỰC HIỆN</b>", body), Paragraph(esc(direction), body),
             Paragraph("<b>II. KẾT QUẢ THỰC HIỆN</b>", body),
             Paragraph(f"Trong kỳ báo cáo ({report['start']:%d/%m/%Y} – {report['end']:%d/%m/%Y}), đơn vị đã đăng "
                       f"{len(report['articles'])} tin bài.", body)]
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    for heading, headers, rows in tables(report):
        data = [[Paragraph(f"<b>{esc(h)}</b>", cell) for h in headers]]
        data += [[Paragraph(esc(v), cell) for v in r] for r in rows] or [[Paragraph("(không có)", cell)] +
                                                                         [""] * (len(headers) - 1)]
        table = Table(data, repeatRows=1, colWidths=[width / len(headers)] * len(headers))
        table.setStyle(grid)
        story.append(KeepTogether([Paragraph(f"<b>{heading}</b>", body), table]))
    data = [[Paragraph(f"<b>{h}</b>", cell) for h in ("STT", "Ngày", "Tiêu đề", "Kênh", "Đường dẫn")]]
    for i, (_id, day, title, channel, url, _unit) in enumerate(report["articles"], start=1):
        data.append([Paragraph(str(i), cell), Paragraph(dt.date.fromisoformat(day).strftime("%d/%m/%Y"), cell),
                     Paragraph(esc(title), cell), Paragraph(esc(channel or ""), cell),
                     Paragraph(f'<link href="{esc(url)}">{esc(url)}</link>' if url else "", link)])
    fixed = [pdfmetrics.stringWidth(t, names["bold"], 12) + 12 for t in ("1000", "00/00/0000")]
    rest = width - sum(fixed)
    table = Table(data, repeatRows=1, colWidths=[*fixed, rest * 0.46, rest * 0.2, rest * 0.34])
    table.setStyle(grid)
    story += [Paragraph("<b>7. Danh sách tin bài đã đăng</b>", body), table,
              Paragraph("<b>III. ĐÁNH GIÁ CHUNG</b>", body), *[Paragraph(esc(p), body) for p in assessment.split("\n")],
              Paragraph("<b>IV. ĐỀ XUẤT, KIẾN NGHỊ</b>", body)]
    prefix, position, signer = report["signer"]
    sign = Table([[Paragraph("<b><i>Nơi nhận:</i></b><br/>" + "<br/>".join(f"- {esc(r)};" for r in report["recipients"])
                             + "<br/>- Lưu: VT.", cell),
                   Paragraph(f"<b>{esc(prefix)} {esc(position)}</b><br/><br/><br/><br/><b>{esc(signer)}</b>", center)]],
                 colWidths=[width * 0.5, width * 0.5])
    story.append(KeepTogether([Paragraph(esc(proposals), body), sign]))
    doc.build(story, onFirstPage=pages, onLaterPages=pages)


if __name__ == "__main__":
    db, plan_id, month, fmt, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
    (write_xlsx if fmt == "xlsx" else write_pdf)(read(db, plan_id, month), out)
