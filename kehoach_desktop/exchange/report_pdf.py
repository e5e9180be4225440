"""The results report as a PDF (ND30 layout): I. direction, II. results with tables, the list of
published articles, quota fulfilment and a chart, III. assessment, IV. proposals."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..domain.documents import nd30_date
from ..domain.reporting import count_axis
from .nd30_pdf import (
    HeadingWith,
    Nd30Document,
    Styles,
    esc,
    fit_widths,
    header_block,
    natural_widths,
    signature_block,
    styles,
    title_block,
)
from .pdf_fonts import font
from .report_text import (
    ARTICLE_HEADERS,
    MAX_LISTED,
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
    from reportlab.graphics.shapes import Drawing

    from ..records import ReportData


def write_report_pdf(data: ReportData, target: str | os.PathLike[str] | Any) -> Any:
    st = styles()
    org = data.organization
    doc = Nd30Document(target, f"Báo cáo {data.subject()}", org.name,
                       identity=f"kehoach:report:{data.plan.id}:{data.period.key}")
    width = doc.portrait_width
    story: list[Flowable] = []
    story += header_block(st, width, org.parent_name, org.name, data.number_text(),
                          nd30_date(data.plan.place or org.place, data.issued_on, data.period.end.year), office_lines=org.header_name)
    story += title_block(st, width, "Báo cáo", data.subject())
    story += _addressed(st, data.addressees)
    story.append(Paragraph(PART_I, st.heading))
    story += _paragraphs(st, data.direction)
    story.append(Paragraph(PART_II, st.heading))
    story.append(Paragraph(esc(results_sentence(data)), st.body))
    for part in result_parts(data):
        heading = Paragraph(part.heading, st.item)
        if part.kind == "chart":
            story.append(HeadingWith(heading, _chart(data, width)))
        elif part.kind == "articles":
            chunks = [part.rows[i:i + CHUNK] for i in range(0, len(part.rows), CHUNK)] or [[]]
            story.append(HeadingWith(heading, articles_table(st, width, chunks[0])))
            for i, chunk in enumerate(chunks[1:], start=1):  # short tables: none is re-measured from its top at each page
                story.append(articles_table(st, width, chunk, first=i * CHUNK + 1))
            if part.note:
                story.append(Paragraph(esc(part.note), st.body))
        else:
            story.append(HeadingWith(heading, _table(st, width, part.headers, part.rows)))
            if part.note:
                story.append(Paragraph(esc(part.note), st.body))
    story.append(Paragraph(PART_III, st.heading))
    story += _paragraphs(st, data.assessment)
    closing = [Paragraph(PART_IV, st.heading), *_paragraphs(st, data.proposals)]
    signature = signature_block(st, width, report_recipients(data), data.plan.signer_prefix, data.plan.signer_position,
                                data.plan.signer_name, office=org.name)
    # the signature never stands alone on the last page: the closing paragraph goes with it, and
    # with a short part IV its heading too (a heading never ends a page)
    keep = 3 if len(closing) <= 3 else 1
    story += closing[:-keep] + [KeepTogether(closing[-keep:] + signature)]
    doc.build(story)
    return target


def _addressed(st: Styles, addressees: list[str]) -> list[Flowable]:
    style = ParagraphStyle("kg", parent=st.center, fontSize=14, leading=17)
    lines = [Paragraph(esc(line), style) for line in addressed_lines(addressees)]
    return [*lines, Spacer(1, 8)] if lines else []


def _paragraphs(st: Styles, text: str) -> list[Flowable]:
    return [Paragraph(esc(p), st.body) for p in text.split("\n") if p.strip()]


def _table(st: Styles, width: float, headers: list[str], rows: list[Any]) -> Table:
    texts = [[str(v) for v in row] for row in rows]
    data: list[list[Any]] = [[Paragraph(f"<b>{esc(h)}</b>", st.cell_center) for h in headers]]
    for row in rows:
        data.append([Paragraph(esc(str(v)), st.cell_center if isinstance(v, int) else st.cell) for v in row])
    if len(rows) == 0:
        data.append([Paragraph("(không có)", st.cell)] + [""] * (len(headers) - 1))
    if rows and all(isinstance(r[-1], int) for r in rows) and len(headers) == 2:
        total = sum(r[-1] for r in rows)
        texts.append(["Cộng", str(total)])
        data.append([Paragraph("<b>Cộng</b>", st.cell), Paragraph(f"<b>{total}</b>", st.cell_center)])
    columns = [[h, *(t[i] for t in texts)] for i, h in enumerate(headers)]
    table = Table(data, colWidths=fit_widths(columns, width), repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, -1), font("regular")),
                               # "(không có)" across the whole row, not squeezed into the first column
                               *([("SPAN", (0, 1), (-1, 1))] if not rows else [])]))
    return table


def _link(url: str) -> str:
    """Only a web address becomes clickable: a javascript: or file: link stays plain text."""
    if url.lower().startswith(("http://", "https://")):
        return f'<link href="{esc(url)}">{esc(url)}</link>'
    return esc(url)


# reportlab re-measures a split table from its top at every page break: the list goes in tables
# of CHUNK rows
CHUNK = 200


def articles_table(st: Styles, width: float, articles: list[tuple[Any, str, str, str]], first: int = 1) -> Table:
    link = ParagraphStyle("link", parent=st.cell, fontSize=10, leading=12, textColor=colors.HexColor("#0645AD"))
    data: list[list[Any]] = [[Paragraph(f"<b>{h}</b>", st.cell_center) for h in ARTICLE_HEADERS]]
    for i, (day, title, channel, url) in enumerate(articles, start=first):
        data.append([Paragraph(str(i), st.cell_center), Paragraph(f"{day:%d/%m/%Y}", st.cell_center),
                     Paragraph(esc(title), st.cell), Paragraph(esc(channel), st.cell),
                     Paragraph(_link(url), link)])
    # STT and the date keep their width; title, channel and link share the rest
    fixed = natural_widths([["STT", str(max(first + len(articles) - 1, MAX_LISTED))], ["Ngày", "00/00/0000"]])
    rest = width - sum(fixed)
    widths = [*fixed, rest * 0.46, rest * 0.2, rest * 0.34]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, -1), font("regular"))]))
    return table


def _chart(data: ReportData, width: float) -> Drawing:
    # reportlab's charts take a tenth of a small report's time to import: only a report of
    # several months draws one
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, Line, String

    height = 170
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 30, width - 60, height - 55
    counts = [n for _y, _m, n in data.monthly]
    chart.data = [counts]
    chart.categoryAxis.categoryNames = [f"{m}/{y % 100:02d}" for y, m, _n in data.monthly]
    chart.categoryAxis.labels.fontName = font("regular")
    chart.categoryAxis.labels.fontSize = 9
    chart.valueAxis.labels.fontName = font("regular")
    chart.valueAxis.valueMin = 0
    top, step = count_axis(max([*counts, data.monthly_minimum]))
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars[0].fillColor = colors.HexColor("#4472C4")
    drawing.add(chart)
    y = chart.y + chart.height * data.monthly_minimum / top
    drawing.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=colors.red, strokeDashArray=[4, 2]))
    drawing.add(String(chart.x + chart.width - 150, height - 12,
                       f"- - - Chỉ tiêu: {data.monthly_minimum} tin bài/tháng", fontName=font("italic"), fontSize=9,
                       fillColor=colors.red))
    drawing.add(String(chart.x, height - 12, "Số tin bài đã đăng theo tháng", fontName=font("bold"), fontSize=10))
    return drawing
