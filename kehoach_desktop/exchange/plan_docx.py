"""The plan as a Word document (.docx) in the layout of Nghị định 30/2020, for the offices that
finish their documents in Word: the ND30 page, header and signature of nd30_docx.py, the parts
and items as Heading 1 / Heading 2, and the appendix in a landscape section numbering its own
pages, its header row repeated on every page and its rows free to break across pages.
"""

from __future__ import annotations

import os
from typing import Any

from docx.enum.section import WD_SECTION

from ..domain.documents import format_number, nd30_date
from ..records import PlanDetail, SectionData
from . import nd30_docx
from .appendix_text import APPENDIX_HEADERS, appendix_title, attached_to
from .plan_pdf import APPENDIX_WIDTHS
from .progress import Cancelled, check


def write_plan_docx(plan: PlanDetail, target: str | os.PathLike[str], cancelled: Cancelled | None = None) -> Any:
    """Write the plan (and its appendix) to `target`; returns the path written."""
    doc = nd30_docx.new_document()
    width = nd30_docx.text_area(doc.sections[0])
    org = plan.organization
    nd30_docx.header_table(doc, width, org.parent_name, org.name, org.header_name,
                  f"Số: {format_number(plan.number, plan.symbol).strip()}",
                  nd30_date(plan.place, plan.issued_on, plan.period.start))
    nd30_docx.title(doc, width, "KẾ HOẠCH", plan.title)
    for basis in plan.basis:
        p = doc.add_paragraph(nd30_docx.nfc(basis.text), style="Normal")
        p.runs[0].italic = True
    for text in nd30_docx.lines(plan.intro):
        doc.add_paragraph(text, style="Normal")
    for node in plan.sections:
        _section(doc, node)
        check(cancelled)
    for text in nd30_docx.lines(plan.closing):
        doc.add_paragraph(text, style="Normal")
    nd30_docx.signature(doc, width, [(r.name, r.purpose) for r in plan.recipients], plan.signer_prefix,
               plan.signer_position, plan.signer_name, org.name)
    if plan.groups:
        _appendix(doc, plan, cancelled)
    doc.save(str(target))
    return target


def _section(doc: Any, node: SectionData) -> None:
    if node.kind == "part":
        doc.add_paragraph(nd30_docx.nfc(f"{node.label} {node.heading.upper()}"), style="Heading 1")
    elif node.kind == "item":
        doc.add_paragraph(nd30_docx.nfc(f"{node.label} {node.heading}"), style="Heading 2")
    for i, para in enumerate(nd30_docx.lines(node.body)):
        if node.kind == "bullet":
            doc.add_paragraph(f"- {para}" if i == 0 else para, style="List")
        else:
            doc.add_paragraph(para, style="Normal")
    for child in node.children:
        _section(doc, child)


def _appendix(doc: Any, plan: PlanDetail, cancelled: Cancelled | None) -> None:
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    nd30_docx.page(section, landscape=True)
    nd30_docx.restart_numbering(section)
    width = nd30_docx.text_area(section)
    nd30_docx.para(doc, "PHỤ LỤC", 14, bold=True)
    nd30_docx.para(doc, appendix_title(plan).upper(), 14, bold=True)
    nd30_docx.para(doc, attached_to(plan), 14, italic=True, after=8)
    table = doc.add_table(rows=1, cols=len(APPENDIX_HEADERS))
    table.style = doc.styles["Table Grid"]
    widths = [int(width * w / sum(APPENDIX_WIDTHS)) for w in APPENDIX_WIDTHS]
    nd30_docx.fixed_widths(table, widths)
    nd30_docx.padding(table, 60)  # 3 pt, as the PDF's table: "STT" stays on one line
    head = table.rows[0]
    nd30_docx.repeat_as_header(head)
    for cell, text, w in zip(head.cells, APPENDIX_HEADERS, widths, strict=True):
        cell.width = w
        nd30_docx.cell_text(cell, [text], bold=True, center=True)
    for group in plan.groups:
        row = table.add_row()
        nd30_docx.keep_with_next(row)
        row.cells[0].width = widths[0]
        nd30_docx.cell_text(row.cells[0], [group.numeral], bold=True, center=True)
        merged = row.cells[1].merge(row.cells[-1])
        nd30_docx.cell_text(merged, [group.title], bold=True)
        for theme in group.themes:
            row = table.add_row()
            values = [[str(theme.stt)], [theme.title], [f"- {f}" for f in theme.forms],
                      [f"- {u.name}" for u in theme.lead_units], [theme.timing.text()],
                      [f"- {u.name}" for u in theme.support_units]]
            for i, (cell, lines) in enumerate(zip(row.cells, values, strict=True)):
                cell.width = widths[i]
                nd30_docx.cell_text(cell, lines, center=i in (0, 4))
        check(cancelled)


def default_name(plan: PlanDetail) -> str:
    return f"Ke-hoach-{plan.period.text()}.docx"
