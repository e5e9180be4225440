"""The plan as a PDF: the document, then its appendix on landscape pages."""

from __future__ import annotations

import os
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..domain.documents import format_number, nd30_date
from ..records import PlanDetail, SectionData
from .appendix_text import APPENDIX_HEADERS, appendix_title, attached_to
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
from .progress import Cancelled, check

# The forms column holds most of the text: giving it half the width (and the table 11 pt) fits the
# demo's 24 themes on 6 landscape pages instead of 12.
APPENDIX_WIDTHS = (0.04, 0.15, 0.50, 0.11, 0.08, 0.12)
APPENDIX_FONT, APPENDIX_LEADING = 11.0, 12.5


def write_plan_pdf(plan: PlanDetail, target: str | os.PathLike[str] | Any,
                   cancelled: Cancelled | None = None) -> Any:
    """Build the plan PDF into `target` (a path or a binary file object)."""
    st = styles()
    doc = Nd30Document(target, f"Kế hoạch {plan.title}", plan.organization.name, cancelled,
                       identity=f"kehoach:plan:{plan.id}")
    width = doc.portrait_width
    org = plan.organization
    story: list[Flowable] = []
    story += header_block(st, width, org.parent_name, org.name, format_number(plan.number, plan.symbol).strip(),
                          nd30_date(plan.place, plan.issued_on, plan.period.start), office_lines=org.header_name)
    story += title_block(st, width, "Kế hoạch", plan.title)
    for basis in plan.basis:
        story.append(Paragraph(esc(basis.text), st.basis))
    if plan.intro:
        story += [Paragraph(esc(p), st.body) for p in plan.intro.split("\n") if p.strip()]
    for section in plan.sections:
        story += _section(section, st)
        check(cancelled)
    closing = [Paragraph(esc(p), st.body) for p in plan.closing.split("\n") if p.strip()]
    signature = signature_block(st, width, [(r.name, r.purpose) for r in plan.recipients], plan.signer_prefix,
                                plan.signer_position, plan.signer_name, office=org.name)
    # the signature never stands alone on a page: the closing paragraph goes with it
    story += closing[:-1] + [KeepTogether(closing[-1:] + signature)]
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


def _items(items: Any, style: ParagraphStyle) -> list[Flowable]:
    """One paragraph per listed item, so that a long cell can break between its items."""
    return [Paragraph(esc(f"- {i}"), style) for i in items]


def appendix_table(plan: PlanDetail, st: Styles, width: float, cancelled: Cancelled | None = None) -> Table:
    """The appendix table: the header row repeats on every page, a long theme row may continue on
    the next page rather than leave the page half empty, and a group's heading row always stays
    with the group's first theme."""
    cell = ParagraphStyle("ap_cell", parent=st.cell, fontSize=APPENDIX_FONT, leading=APPENDIX_LEADING)
    center = ParagraphStyle("ap_center", parent=st.cell_center, fontSize=APPENDIX_FONT, leading=APPENDIX_LEADING)
    header = [Paragraph(f"<b>{h}</b>", center) for h in APPENDIX_HEADERS]
    rows: list[list[Any]] = [header]
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("FONTNAME", (0, 0), (-1, -1), st.cell.fontName),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    group_rows: list[int] = []
    for group in plan.groups:
        r = len(rows)
        group_rows.append(r)
        rows.append([[Paragraph(f"<b>{group.numeral}</b>", center)],
                     [Paragraph(f"<b>{esc(group.title)}</b>", cell)], "", "", "", ""])
        commands.append(("SPAN", (1, r), (-1, r)))
        for theme in group.themes:
            rows.append([
                [Paragraph(str(theme.stt), center)],
                [Paragraph(esc(theme.title), cell)],
                _items(theme.forms, cell),
                _items((u.name for u in theme.lead_units), cell),
                [Paragraph(esc(theme.timing.text()), center)],
                _items((u.name for u in theme.support_units), cell),
            ])
        check(cancelled)
    table = FillingTable(rows, colWidths=[width * w for w in APPENDIX_WIDTHS], repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(commands))
    return table


class FillingTable(Table):  # type: ignore[misc]
    """A table that breaks a long row across pages when breaking between rows would leave more
    than a fifth of the page empty (reportlab's own order always prefers the row boundary). A
    heading row (a group: its cells after the second are empty strings) is never broken, and a
    row is broken only where at least `MIN_PART` points of it fit on the page."""

    WASTE = 0.2
    MIN_PART = 40.0

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self._calc(avail_width, avail_height)
        heights = self._rowHeights
        n = self._getFirstPossibleSplitRowPosition(avail_height, ignoreSpans=1)  # rows that fit whole
        if n >= len(heights):
            return [self]
        k = n  # a page never ends with a heading: it goes over with its first row
        while k > self.repeatRows and self._heading(k - 1):
            k -= 1
        if k == n and avail_height - sum(heights[:n]) <= self.WASTE * avail_height:
            return list(self._splitRows(sum(heights[:k]) + 0.01))
        if not self._heading(n) and avail_height - sum(heights[:n]) >= self.MIN_PART:
            inside = self._splitRows(avail_height, doInRowSplit=1)
            if len(inside) == 2:
                return list(inside)
        if k > self.repeatRows:
            return list(self._splitRows(sum(heights[:k]) + 0.01))
        return []

    def _heading(self, row: int) -> bool:
        return bool(self._cellvalues[row][-1] == "")


def default_name(plan: PlanDetail) -> str:
    return f"Ke-hoach-{plan.period.text()}.pdf"




def write_appendix_pdf(plan: PlanDetail, target: str | os.PathLike[str] | Any,
                       cancelled: Cancelled | None = None) -> Any:
    """The appendix table alone, on landscape pages, for printing from the appendix screen."""
    from reportlab.platypus import NextPageTemplate as _Next

    st = styles()
    doc = Nd30Document(target, f"Phụ lục {plan.title}", plan.organization.name, cancelled,
                       identity=f"kehoach:appendix:{plan.id}")
    story = appendix_story(plan, st, doc.landscape_width, cancelled)
    # start directly on a landscape page: drop the page break that separates it from the document
    story = [_Next("landscape"), *[f for f in story if not isinstance(f, PageBreak | NextPageTemplate | SectionStart)]]
    doc.pageTemplates = [doc.pageTemplates[1], doc.pageTemplates[0]]
    doc.build(story)
    return target
