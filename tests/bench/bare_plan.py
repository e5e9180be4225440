"""The floor for `kehoach plan export`: a bare script that reads the plan with sqlite3 and writes
the same appendix workbook with openpyxl, or the same plan document with reportlab (the same
fonts, text, tables and page layout), importing nothing of ours.

    python bare_plan.py DATABASE PLAN_ID xlsx|pdf OUTPUT
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]
FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"


def read(db: str, plan_id: int) -> dict:
    con = sqlite3.connect(db)
    q = lambda sql, *p: con.execute(sql, p).fetchall()  # noqa: E731
    (title, number, symbol, place, issued, start, intro, closing, prefix, position, signer, org_id), = q(
        "SELECT title, number, symbol, place, issued_on, period_start, intro, closing, signer_prefix, "
        "signer_position, signer_name, organization_id FROM plan WHERE id = ?", plan_id)
    (org, parent), = q("SELECT name, parent_name FROM organization WHERE id = ?", org_id)
    units: dict[tuple[int, str], list[str]] = {}
    for theme_id, role, name in q("SELECT tu.theme_id, tu.role, u.name FROM theme_unit tu JOIN unit u ON u.id = "
                                  "tu.unit_id ORDER BY tu.position, tu.unit_id"):
        units.setdefault((theme_id, role), []).append(name)
    groups = []
    for gid, gtitle in q("SELECT id, title FROM theme_group WHERE plan_id = ? ORDER BY position, id", plan_id):
        themes = []
        for tid, ttitle, forms, kind, qmask, mmask, deadline in q(
                "SELECT id, title, forms, timing_kind, quarters_mask, months_mask, deadline FROM theme "
                "WHERE group_id = ? ORDER BY position, id", gid):
            if kind == "quarters":
                timing = "Quý " + ", ".join(ROMAN[i] for i in range(4) if qmask & (1 << i))
            elif kind == "months":
                timing = "Tháng " + ", ".join(str(m + 1) for m in range(12) if mmask & (1 << m))
            elif kind == "deadline" and deadline:
                timing = "Trước ngày " + dt.date.fromisoformat(deadline).strftime("%d/%m/%Y")
            else:
                timing = ""
            themes.append((ttitle, json.loads(forms or "[]"), units.get((tid, "lead"), []), timing,
                           units.get((tid, "support"), [])))
        groups.append((gtitle, themes))
    day = dt.date.fromisoformat(issued) if issued else None
    num = (f"{number:02d}/{symbol}" if number is not None else f"   /{symbol}") if symbol else ""
    if day:
        month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
        date = f"ngày {day.day:02d} tháng {month} năm {day.year}"
    else:
        date = f"ngày     tháng     năm {start}"
    return {
        "title": title, "org": org, "parent": parent, "number": num, "place_date": f"{place}, {date}",
        "appendix_title": f"Kế hoạch {title[0].lower() + title[1:]}",
        "attached": f"(Kèm theo Kế hoạch số {num.strip() or '    '} {date} của {org})",
        "basis": [r[0] for r in q("SELECT text FROM basis_reference WHERE plan_id = ? ORDER BY position, id", plan_id)],
        "intro": intro, "closing": closing, "signer": (prefix, position, signer),
        "sections": q("SELECT kind, heading, body FROM section WHERE plan_id = ? ORDER BY parent_id IS NOT NULL, "
                      "parent_id, position, id", plan_id),
        "recipients": [r[0] for r in q("SELECT name FROM recipient WHERE plan_id = ? ORDER BY position, id", plan_id)],
        "groups": groups,
    }


def write_xlsx(plan: dict, out: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "Phụ lục"
    side = Side(style="thin")

    def style(name: str, bold: bool = False, italic: bool = False, size: int = 12, horizontal: str = "left",
              vertical: str = "top", border: bool = True, wrap: bool = True) -> str:
        s = NamedStyle(name=name)
        s.font = Font(name="Times New Roman", size=size, bold=bold, italic=italic)
        s.alignment = Alignment(horizontal=horizontal, vertical=vertical, wrap_text=wrap)
        if border:
            s.border = Border(left=side, right=side, top=side, bottom=side)
        wb.add_named_style(s)
        return name

    title = style("t", bold=True, size=14, horizontal="center", vertical="center", border=False, wrap=False)
    sub = style("s", bold=True, size=13, horizontal="center", vertical="center", border=False)
    att = style("a", italic=True, size=13, horizontal="center", vertical="center", border=False)
    head = style("h", bold=True, horizontal="center", vertical="center")
    gno, gtext = style("gn", bold=True, horizontal="center"), style("g", bold=True)
    stt, text, center = style("n", horizontal="center"), style("x"), style("c", horizontal="center")
    widths = (6, 30, 46, 18, 13, 22)
    for row, value, st in ((1, "PHỤ LỤC", title), (2, plan["appendix_title"].upper(), sub), (3, plan["attached"], att)):
        ws.cell(row=row, column=1, value=value).style = st
        ws.merge_cells(f"A{row}:F{row}")
    for row in (2, 3, 5):
        ws.row_dimensions[row].height = 36
    for col, (value, width) in enumerate(zip(("STT", "Nội dung/Chủ đề", "Hình thức/sản phẩm truyền thông",
                                               "Đơn vị chủ trì", "Thời gian thực hiện", "Đơn vị phối hợp"), widths, strict=True),
                                          start=1):
        ws.cell(row=5, column=col, value=value).style = head
        ws.column_dimensions["ABCDEF"[col - 1]].width = width

    def height(values: list[str], cols: tuple[int, ...]) -> float:
        return 15.0 * max(1, max(sum(max(1, -(-len(p) // max(1, int(w * 1.25) - 1))) for p in v.split("\n"))
                                 for v, w in zip(values, cols, strict=False))) + 3

    row = 6
    for g, (gtitle, themes) in enumerate(plan["groups"]):
        ws.cell(row=row, column=1, value=ROMAN[g]).style = gno
        ws.cell(row=row, column=2, value=gtitle)
        for col in range(2, 7):
            ws.cell(row=row, column=col).style = gtext
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
        ws.row_dimensions[row].height = height([gtitle], (sum(widths[1:]),))
        row += 1
        for t, (ttitle, forms, leads, timing, supports) in enumerate(themes, start=1):
            values = [str(t), ttitle, "\n".join(f"- {f}" for f in forms), "\n".join(f"- {u}" for u in leads), timing,
                      "\n".join(f"- {u}" for u in supports)]
            for col, (value, st) in enumerate(zip(values, (stt, text, text, text, center, text), strict=True), start=1):
                cell = ws.cell(row=row, column=col, value=value)
                cell.data_type = "s"
                cell.style = st
            ws.row_dimensions[row].height = height(values, widths)
            row += 1
    ws.page_setup.orientation, ws.page_setup.paperSize = "landscape", ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.print_title_rows = "5:5"
    ws.page_margins.left, ws.page_margins.right, ws.page_margins.top, ws.page_margins.bottom = 1.18, 0.59, 0.79, 0.79
    ws.oddHeader.center.text = "&P"
    ws.freeze_panes = "A6"
    wb.save(out)


def esc(text: object) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fonts_and_styles(cell_size: float, cell_leading: float) -> tuple[dict[str, str], Any, Any, Any, Any]:
    """The bundled Liberation Serif registered with reportlab, and the body, centred, bold-title and
    table-cell styles."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    names = {}
    for style, file in (("regular", "Regular"), ("bold", "Bold"), ("italic", "Italic"), ("bolditalic", "BoldItalic")):
        names[style] = f"Bare-{style}"
        pdfmetrics.registerFont(TTFont(names[style], str(FONTS / f"LiberationSerif-{file}.ttf")))
    pdfmetrics.registerFontFamily("Bare", normal=names["regular"], bold=names["bold"], italic=names["italic"],
                                  boldItalic=names["bolditalic"])
    body = ParagraphStyle("body", fontName=names["regular"], fontSize=14, leading=17, alignment=TA_JUSTIFY,
                          firstLineIndent=12.7 * mm, spaceAfter=6)
    center = ParagraphStyle("center", parent=body, alignment=TA_CENTER, firstLineIndent=0, fontSize=13)
    bold = ParagraphStyle("bold", parent=center, fontName=names["bold"], fontSize=14)
    cell = ParagraphStyle("cell", fontName=names["regular"], fontSize=cell_size, leading=cell_leading)
    return names, body, center, bold, cell


def write_pdf(plan: dict, out: str) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        KeepTogether,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    names, body, center, bold, cell = fonts_and_styles(11, 12.5)
    cell_c = ParagraphStyle("cell_c", parent=cell, alignment=TA_CENTER)

    def pages(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        if doc.page > 1:
            canvas.setFont(names["regular"], 13)
            canvas.drawCentredString(canvas._pagesize[0] / 2, canvas._pagesize[1] - 12 * mm, str(doc.page))

    doc = BaseDocTemplate(out, pagesize=A4, title=f"Kế hoạch {plan['title']}", author=plan["org"])
    portrait = Frame(30 * mm, 20 * mm, A4[0] - 45 * mm, A4[1] - 40 * mm, id="p")
    wide = landscape(A4)
    land = Frame(20 * mm, 30 * mm, wide[0] - 40 * mm, wide[1] - 45 * mm, id="l")
    doc.addPageTemplates([PageTemplate("portrait", [portrait], onPage=pages, pagesize=A4),
                          PageTemplate("landscape", [land], onPage=pages, pagesize=wide)])
    width = A4[0] - 45 * mm
    header = Table([[Paragraph(esc(plan["parent"].upper()), center), Paragraph("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT "
                                                                                "NAM</b>", center)],
                    [Paragraph(f"<b>{esc(plan['org'].upper())}</b>", center),
                     Paragraph("<b>Độc lập - Tự do - Hạnh phúc</b>", center)],
                    [Paragraph(f"Số: {esc(plan['number'])}", center), Paragraph(f"<i>{esc(plan['place_date'])}</i>",
                                                                                center)]],
                   colWidths=[width * 0.4, width * 0.6])
    header.setStyle(TableStyle([("LINEBELOW", (0, 1), (0, 1), 0.5, colors.black),
                                ("LINEBELOW", (1, 1), (1, 1), 0.5, colors.black)]))
    story = [header, Spacer(1, 12), Paragraph("KẾ HOẠCH", bold), Paragraph(esc(plan["title"]), bold), Spacer(1, 12)]
    story += [Paragraph(esc(b), body) for b in plan["basis"]]
    story += [Paragraph(esc(p), body) for p in plan["intro"].split("\n") if p.strip()]
    for kind, heading, text in plan["sections"]:
        if heading:
            story.append(Paragraph(f"<b>{esc(heading.upper() if kind == 'part' else heading)}</b>", body))
        story += [Paragraph(esc(p), body) for p in (text or "").split("\n") if p.strip()]
    closing = [Paragraph(esc(p), body) for p in plan["closing"].split("\n") if p.strip()]
    prefix, position, signer = plan["signer"]
    sign = Table([[Paragraph("<b><i>Nơi nhận:</i></b><br/>" + "<br/>".join(f"- {esc(r)};" for r in plan["recipients"]),
                             cell),
                   Paragraph(f"<b>{esc(prefix)} {esc(position)}</b><br/><br/><br/><br/><b>{esc(signer)}</b>", center)]],
                 colWidths=[width * 0.5, width * 0.5])
    story += closing[:-1] + [KeepTogether(closing[-1:] + [sign])]
    story += [NextPageTemplate("landscape"), PageBreak(), Paragraph("PHỤ LỤC", bold),
              Paragraph(esc(plan["appendix_title"].upper()), bold), Paragraph(f"<i>{esc(plan['attached'])}</i>", center),
              Spacer(1, 10)]
    rows = [[Paragraph(f"<b>{h}</b>", cell_c) for h in ("STT", "Nội dung/Chủ đề", "Hình thức/sản phẩm truyền thông",
                                                        "Đơn vị chủ trì", "Thời gian thực hiện", "Đơn vị phối hợp")]]
    spans = []
    for g, (gtitle, themes) in enumerate(plan["groups"]):
        spans.append(("SPAN", (1, len(rows)), (-1, len(rows))))
        rows.append([Paragraph(f"<b>{ROMAN[g]}</b>", cell_c), Paragraph(f"<b>{esc(gtitle)}</b>", cell), "", "", "", ""])
        for t, (ttitle, forms, leads, timing, supports) in enumerate(themes, start=1):
            rows.append([Paragraph(str(t), cell_c), Paragraph(esc(ttitle), cell),
                         [Paragraph(esc(f"- {f}"), cell) for f in forms], [Paragraph(esc(f"- {u}"), cell) for u in leads],
                         Paragraph(esc(timing), cell_c), [Paragraph(esc(f"- {u}"), cell) for u in supports]])
    table_width = wide[0] - 40 * mm
    table = Table(rows, colWidths=[table_width * w for w in (0.04, 0.15, 0.50, 0.11, 0.08, 0.12)], repeatRows=1,
                  splitInRow=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               *spans]))
    story.append(table)
    doc.build(story)


if __name__ == "__main__":
    db, plan_id, fmt, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    (write_xlsx if fmt == "xlsx" else write_pdf)(read(db, plan_id), out)
