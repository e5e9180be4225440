"""The results report as a Word document in the ND30 layout: what report_text.py says, laid out
with nd30_docx.py's page, header and signature. The monthly chart of the PDF is a table of the
same figures here (a Word user edits numbers, not a picture)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from docx.enum.text import WD_ALIGN_PARAGRAPH

from ..domain.documents import nd30_date
from . import nd30_docx
from .report_text import (
    PART_I,
    PART_II,
    PART_III,
    PART_IV,
    addressed_lines,
    report_recipients,
    result_parts,
    results_sentence,
)

if TYPE_CHECKING:
    from ..records import ReportData


def write_report_docx(data: ReportData, target: str | os.PathLike[str]) -> Any:
    doc = nd30_docx.new_document()
    width = nd30_docx.text_area(doc.sections[0])
    org = data.organization
    nd30_docx.header_table(doc, width, org.parent_name, org.name, org.header_name, f"Số: {data.number_text()}",
                           nd30_date(data.plan.place or org.place, data.issued_on, data.period.end.year))
    nd30_docx.title(doc, width, "BÁO CÁO", data.subject())
    for line in addressed_lines(data.addressees):
        nd30_docx.para(doc, line, 14, after=0)
    if data.addressees:
        nd30_docx.para(doc, "", 8)
    doc.add_paragraph(PART_I, style="Heading 1")
    for text in nd30_docx.lines(data.direction):
        doc.add_paragraph(text, style="Normal")
    doc.add_paragraph(PART_II, style="Heading 1")
    doc.add_paragraph(results_sentence(data), style="Normal")
    for part in result_parts(data):
        doc.add_paragraph(part.heading, style="Heading 2")
        if part.kind == "articles":
            rows = [[str(i), f"{day:%d/%m/%Y}", title, channel, url]
                    for i, (day, title, channel, url) in enumerate(part.rows, start=1)]
            nd30_docx.grid_table(doc, width, part.headers, rows or [["", "", "(không có)", "", ""]],
                                 [0.07, 0.14, 0.36, 0.16, 0.27], numbers={0, 1}, size=11)
            if part.note:
                doc.add_paragraph(part.note, style="Normal")
            continue
        rows = [[str(v) for v in row] for row in part.rows]
        if not rows:
            rows = [["(không có)"] + [""] * (len(part.headers) - 1)]
        elif len(part.headers) == 2 and all(isinstance(r[-1], int) for r in part.rows):
            rows.append(["Cộng", str(sum(r[-1] for r in part.rows))])
        numeric = {i for i in range(len(part.headers)) if part.rows and all(isinstance(r[i], int) for r in part.rows)}
        # each column as wide as its longest text asks, within bounds (as the PDF's tables)
        shares = [float(min(60, max(6, len(part.headers[i]), *(len(r[i]) for r in rows))))
                  for i in range(len(part.headers))]
        table = nd30_docx.grid_table(doc, width, part.headers, rows, shares, numbers=numeric)
        if not part.rows:  # "(không có)" across the whole row, as in the PDF
            merged = table.rows[1].cells[0].merge(table.rows[1].cells[-1])
            for empty in merged.paragraphs[1:]:  # the merged cells' own empty paragraphs
                empty._element.getparent().remove(empty._element)
        if rows[-1][0] == "Cộng":
            for cell in table.rows[-1].cells:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
        if part.note:
            doc.add_paragraph(part.note, style="Normal")
        nd30_docx.para(doc, "", 4, align=WD_ALIGN_PARAGRAPH.LEFT)
    doc.add_paragraph(PART_III, style="Heading 1")
    for text in nd30_docx.lines(data.assessment):
        doc.add_paragraph(text, style="Normal")
    doc.add_paragraph(PART_IV, style="Heading 1")
    for text in nd30_docx.lines(data.proposals):
        doc.add_paragraph(text, style="Normal")
    nd30_docx.signature(doc, width, report_recipients(data), data.plan.signer_prefix, data.plan.signer_position,
                        data.plan.signer_name, org.name)
    doc.save(str(target))
    return target
