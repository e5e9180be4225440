"""Appendix files as superior offices send them, built from the Lạc Thủy sample (the demo data)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font

from kehoach_desktop.exchange.legacy import unicode_to_tcvn3, unicode_to_vni
from kehoach_desktop.services.demo import demo_data


def sample_groups() -> list[dict]:
    return demo_data()["plan"]["groups"]


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def superior_xlsx(path: Path, decomposed: bool = False) -> Path:
    """Another office's layout: title rows, columns in another order and named differently, group
    rows merged across as "I. …", "+" items, quarters as numbers, the header repeated mid-table."""
    conv = nfd if decomposed else (lambda s: s)
    wb = Workbook()
    ws = wb.active
    ws.title = "PL1"
    ws.append([conv("PHỤ LỤC I")])
    ws.append([conv("KẾ HOẠCH TRUYỀN THÔNG VỀ GIÁO DỤC VÀ ĐÀO TẠO NĂM 2024")])
    ws.append([conv("(Kèm theo Kế hoạch số 453/KH-SGD&ĐT-VP ngày 22/02/2024 của Sở Giáo dục và Đào tạo tỉnh Hòa Bình)")])
    ws.append([])
    header = ["TT", "Chủ đề truyền thông", "Thời gian", "Chủ trì", "Phối hợp", "Hình thức, sản phẩm"]
    ws.append([conv(h) for h in header])
    for gi, group in enumerate(sample_groups()):
        if gi == 4:
            ws.append([conv(h) for h in header])  # header repeated on a new page
        ws.append([conv(f"{'I II III IV V VI VII VIII IX'.split()[gi]}. {group['title']}")])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
        for ti, theme in enumerate(group["themes"], start=1):
            quarters = theme["timing"].replace("III", "3").replace("IV", "4").replace("II", "2").replace("Quý I", "Quý 1")
            ws.append([ti, conv(theme["title"]), conv(quarters),
                       conv("\n".join(f"- {u}" for u in theme["lead_units"])),
                       conv("\n".join(f"- {u}" for u in theme["support_units"])),
                       conv("\n".join(f"+ {f}" for f in theme["forms"]))])
    wb.save(path)
    return path


def legacy_xlsx(path: Path, encoding: str = "tcvn3") -> Path:
    """An old file typed with .VnTime (TCVN3) or VNI-Times fonts."""
    wb = Workbook()
    ws = wb.active
    font, conv = ((".VnTime", unicode_to_tcvn3) if encoding == "tcvn3" else ("VNI-Times", unicode_to_vni))
    rows = [["STT", "Néi dung" if False else "Nội dung", "Hình thức", "Đơn vị chủ trì", "Thời gian thực hiện",
             "Đơn vị phối hợp"]]
    ws.append(["STT", "Nội dung/Chủ đề", "Hình thức/sản phẩm", "Đơn vị chủ trì", "Thời gian thực hiện", "Đơn vị phối hợp"])
    group = sample_groups()[6]
    ws.append(["I", conv(group["title"].lower() if encoding == "tcvn3" else group["title"])])
    for ti, theme in enumerate(group["themes"], start=1):
        text = theme["title"].lower() if encoding == "tcvn3" else theme["title"]
        ws.append([ti, conv(text), conv("\n".join(f"- {f.lower() if encoding == 'tcvn3' else f}" for f in theme["forms"])),
                   conv("phòng gd&đt" if encoding == "tcvn3" else "Phòng GD&ĐT"), "Quý I, II, III, IV",
                   conv("các trường học trực thuộc" if encoding == "tcvn3" else "Các trường học trực thuộc")])
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str):
                cell.font = Font(name=font)
    del rows
    wb.save(path)
    return path


def superior_docx(path: Path, legacy: str | None = None) -> Path:
    """A Word appendix: heading paragraphs, a table whose group rows are merged and bold, list
    items as paragraphs, the header row repeated, and one row split by a page break."""
    doc = Document()
    conv = {None: lambda s: s, "vni": unicode_to_vni}[legacy]
    font = "VNI-Times" if legacy == "vni" else "Times New Roman"

    def para(container, text: str, bold: bool = False) -> None:  # type: ignore[no-untyped-def]
        p = container.add_paragraph()
        run = p.add_run(conv(text))
        run.bold = bold
        run.font.name = font
        run.font.size = Pt(12)

    doc.add_paragraph("PHỤ LỤC")
    doc.add_paragraph("Kế hoạch truyền thông về Giáo dục và Đào tạo năm 2024")
    doc.add_paragraph("(Kèm theo Kế hoạch số 453/KH-SGD&ĐT-VP ngày 22/02/2024 của Sở Giáo dục và Đào tạo tỉnh Hòa Bình)")
    header = ["STT", "Nội dung/Chủ đề", "Hình thức/sản phẩm truyền thông", "Đơn vị chủ trì",
              "Thời gian thực hiện/kết thúc", "Đơn vị hỗ trợ /phối hợp"]
    table = doc.add_table(rows=0, cols=6)

    def header_row() -> None:
        cells = table.add_row().cells
        for cell, text in zip(cells, header, strict=True):
            cell.text = ""
            para(cell, text, bold=True)

    header_row()
    for gi, group in enumerate(sample_groups()[:3]):
        cells = table.add_row().cells
        cells[0].text = ""
        para(cells[0], ["I", "II", "III"][gi], bold=True)
        merged = cells[1].merge(cells[5])
        merged.text = ""
        para(merged, group["title"], bold=True)
        for ti, theme in enumerate(group["themes"], start=1):
            forms = theme["forms"]
            split = gi == 1 and ti == 2 and len(forms) > 2
            cells = table.add_row().cells
            values = [str(ti), theme["title"], forms[:2] if split else forms, theme["lead_units"],
                      theme["timing"], theme["support_units"]]
            for cell, value in zip(cells, values, strict=True):
                cell.text = ""
                for line in ([value] if isinstance(value, str) else [f"- {v}" for v in value]):
                    para(cell, line)
            if split:  # the page breaks inside this row: header again, then the rest
                header_row()
                cells = table.add_row().cells
                for cell in cells:
                    cell.text = ""
                for line in forms[2:]:
                    para(cells[2], f"- {line}")
    doc.save(str(path))
    return path
