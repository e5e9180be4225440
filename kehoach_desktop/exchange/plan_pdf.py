"""The plan as a PDF: the document, then its appendix on landscape pages."""

from __future__ import annotations

import os
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..domain.documents import format_number, nd30_date
from ..services.dto import PlanDetail, SectionData
from .appendix_xlsx import appendix_title, attached_to
from .nd30_pdf import (
    Nd30Document,
    SectionStart,
    Styles,
    esc,
    header_block,
    signature_block,
    styles,
    title_block,
)
from .xlsx_common import Cancelled, check

APPENDIX_HEADERS = ("STT", "Nội dung/Chủ đề", "Hình thức/sản phẩm truyền thông", "Đơn vị chủ trì",
                    "Thời gian thực hiện", "Đơn vị phối hợp")
APPENDIX_WIDTHS = (0.05, 0.22, 0.36, 0.13, 0.10, 0.14)


def write_plan_pdf(plan: PlanDetail, target: str | os.PathLike[str] | Any,
                   cancelled: Cancelled | None = None) -> Any:
    """Build the plan PDF into `target` (a path or a binary file object)."""
    st = styles()
    doc = Nd30Document(target, f"Kế hoạch {plan.title}", plan.organization.name)
    width = doc.portrait_width
    org = plan.organization
    story: list[Flowable] = []
    story += header_block(st, width, org.parent_name, org.name, format_number(plan.number, plan.symbol).strip(),
                          nd30_date(plan.place, plan.issued_on, plan.period.start))
    story += title_block(st, width, "Kế hoạch", plan.title)
    for basis in plan.basis:
        story.append(Paragraph(esc(basis.text), st.basis))
    if plan.intro:
        story += [Paragraph(esc(p), st.body) for p in plan.intro.split("\n") if p.strip()]
    for section in plan.sections:
        story += _section(section, st)
        check(cancelled)
    if plan.closing:
        story += [Paragraph(esc(p), st.body) for p in plan.closing.split("\n") if p.strip()]
    story += signature_block(st, width, [(r.name, r.purpose) for r in plan.recipients], plan.signer_prefix,
                             plan.signer_position, plan.signer_name, office=org.name)
    if plan.groups:
        story += appendix_story(plan, st, doc.landscape_width, cancelled)
    doc.build(story)
    return target


def _section(node: SectionData, st: Styles, depth: int = 0) -> list[Flowable]:
    out: list[Flowable] = []
    if node.kind == "part":
        out.append(Paragraph(esc(f"{node.label} {node.heading.upper()}"), st.heading))
    elif node.kind == "item":
        out.append(Paragraph(esc(f"{node.label} {node.heading}"), st.item))
    if node.body:
        for i, para in enumerate(p for p in node.body.split("\n") if p.strip()):
            text = f"- {para}" if node.kind == "bullet" and i == 0 else para
            out.append(Paragraph(esc(text), st.body))
    for child in node.children:
        out += _section(child, st, depth + 1)
    return out


def appendix_story(plan: PlanDetail, st: Styles, width: float, cancelled: Cancelled | None = None) -> list[Flowable]:
    """The appendix on its own landscape pages, numbering its own pages; the table's header row
    repeats on every page and group rows span the table."""
    title_style = ParagraphStyle("ap_title", parent=st.center_bold, fontSize=14, leading=17)
    story: list[Flowable] = [NextPageTemplate("landscape"), SectionStart("appendix"), PageBreak(),
                             Paragraph("PHỤ LỤC", title_style),
                             Paragraph(esc(appendix_title(plan).upper()), title_style),
                             Paragraph(esc(attached_to(plan)), st.center_italic), Spacer(1, 10)]
    story.append(appendix_table(plan, st, width, cancelled))
    return story


def _lines(items: Any) -> str:
    return "<br/>".join(esc(f"- {i}") for i in items)


def appendix_table(plan: PlanDetail, st: Styles, width: float, cancelled: Cancelled | None = None) -> Table:
    header = [Paragraph(f"<b>{h}</b>", st.cell_center) for h in APPENDIX_HEADERS]
    rows: list[list[Any]] = [header]
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("FONTNAME", (0, 0), (-1, -1), st.cell.fontName),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for group in plan.groups:
        r = len(rows)
        rows.append([Paragraph(f"<b>{group.numeral}</b>", st.cell_center),
                     Paragraph(f"<b>{esc(group.title)}</b>", st.cell), "", "", "", ""])
        commands.append(("SPAN", (1, r), (-1, r)))
        for theme in group.themes:
            rows.append([
                Paragraph(str(theme.stt), st.cell_center),
                Paragraph(esc(theme.title), st.cell),
                Paragraph(_lines(theme.forms), st.cell),
                Paragraph(_lines(u.name for u in theme.lead_units), st.cell),
                Paragraph(esc(theme.timing.text()), st.cell_center),
                Paragraph(_lines(u.name for u in theme.support_units), st.cell),
            ])
        check(cancelled)
    table = Table(rows, colWidths=[width * w for w in APPENDIX_WIDTHS], repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def default_name(plan: PlanDetail) -> str:
    return f"Ke-hoach-{plan.period.text()}.pdf"




def write_appendix_pdf(plan: PlanDetail, target: str | os.PathLike[str] | Any) -> Any:
    """The appendix table alone, on landscape pages, for printing from the appendix screen."""
    from reportlab.platypus import NextPageTemplate as _Next

    st = styles()
    doc = Nd30Document(target, f"Phụ lục {plan.title}", plan.organization.name)
    story = appendix_story(plan, st, doc.landscape_width)
    # start directly on a landscape page: drop the page break that separates it from the document
    story = [_Next("landscape"), *[f for f in story if not isinstance(f, PageBreak | NextPageTemplate)]]
    doc.pageTemplates = [doc.pageTemplates[1], doc.pageTemplates[0]]
    doc.build(story)
    return target
