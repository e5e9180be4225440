"""The plan as a Word document (.docx) in the layout of Nghị định 30/2020 (ND30.md), for the
offices that finish their documents in Word: the header as a borderless two-column table with
the rules under the office's name and the motto, Times New Roman at the decree's sizes, the
parts and items as Word's own Heading 1 / Heading 2 (restyle them and the whole document
follows), the recipients level with the signature, page numbers from page 2, and the appendix
in a landscape section numbering its own pages, its header row repeated on every page and its
rows free to break across pages.

The rules are paragraph borders between indents: a rule of width w centred in a cell of width c
is an empty paragraph indented (c − w) / 2 on both sides with a bottom border, so it stays
centred under its text whatever Word does with the cell.
"""

from __future__ import annotations

import os
import unicodedata
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from ..domain.documents import (
    MOTTO,
    NATION,
    format_number,
    nd30_date,
    recipient_entries,
    signature_lines,
)
from ..records import PlanDetail, SectionData
from .appendix_text import appendix_title, attached_to
from .plan_pdf import APPENDIX_HEADERS, APPENDIX_WIDTHS
from .progress import Cancelled, check

FONT = "Times New Roman"
TOP, BOTTOM, LEFT, RIGHT = Mm(20), Mm(20), Mm(30), Mm(15)
A4_W, A4_H = Mm(210), Mm(297)
BODY = 14
# the header's columns: the office on the left, the national title on the right
LEFT_SHARE = 0.45


def nfc(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "")


def write_plan_docx(plan: PlanDetail, target: str | os.PathLike[str], cancelled: Cancelled | None = None) -> Any:
    """Write the plan (and its appendix) to `target`; returns the path written."""
    doc = Document()
    _styles(doc)
    section = doc.sections[0]
    _page(section, landscape=False)
    width = _text_area(section)
    org = plan.organization
    _header_table(doc, width, org.parent_name, org.name, org.header_name,
                  f"Số: {format_number(plan.number, plan.symbol).strip()}",
                  nd30_date(plan.place, plan.issued_on, plan.period.start))
    _title(doc, width, "KẾ HOẠCH", plan.title)
    for basis in plan.basis:
        p = doc.add_paragraph(nfc(basis.text), style="Normal")
        p.runs[0].italic = True
    for text in _lines(plan.intro):
        doc.add_paragraph(text, style="Normal")
    for node in plan.sections:
        _section(doc, node)
        check(cancelled)
    for text in _lines(plan.closing):
        doc.add_paragraph(text, style="Normal")
    _signature(doc, width, [(r.name, r.purpose) for r in plan.recipients], plan.signer_prefix,
               plan.signer_position, plan.signer_name, org.name)
    if plan.groups:
        _appendix(doc, plan, cancelled)
    doc.save(str(target))
    return target


# --- styles and pages -----------------------------------------------------------------------

def _styles(doc: Any) -> None:
    normal = doc.styles["Normal"]
    _font(normal, BODY)
    fmt = normal.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    fmt.first_line_indent = Mm(12.7)
    fmt.space_before, fmt.space_after = Pt(0), Pt(6)
    fmt.line_spacing = 1.15
    for name, size, indent in (("Heading 1", BODY, 12.7), ("Heading 2", BODY, 12.7)):
        style = doc.styles[name]
        _font(style, size, bold=True)
        style.font.italic = False
        pf = style.paragraph_format
        pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        pf.first_line_indent = Mm(indent)
        pf.space_before, pf.space_after = Pt(6), Pt(6)
        pf.keep_with_next = True
    listing = doc.styles["List"]
    _font(listing, BODY)
    listing.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    listing.paragraph_format.first_line_indent = Mm(12.7)
    listing.paragraph_format.left_indent = Mm(0)
    listing.paragraph_format.space_after = Pt(6)
    for name in ("List", "Normal", "Heading 1", "Heading 2"):  # 6 pt between paragraphs of one style too
        spacing = doc.styles[name].element.find(qn("w:pPr"))
        found = spacing.find(qn("w:contextualSpacing")) if spacing is not None else None
        if found is not None:
            spacing.remove(found)


def _font(style: Any, size: float, bold: bool = False) -> None:
    style.font.name = FONT
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.color.rgb = None
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        if fonts.get(qn(theme)) is not None:
            del fonts.attrib[qn(theme)]
    color = rpr.find(qn("w:color"))
    if color is not None:  # Word's headings are blue; an administrative document is black
        rpr.remove(color)


def _page(section: Any, landscape: bool) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (A4_H, A4_W) if landscape else (A4_W, A4_H)
    section.top_margin, section.bottom_margin = TOP, BOTTOM
    section.left_margin, section.right_margin = LEFT, RIGHT
    section.header_distance = Mm(10)
    # no number on the first page; Arabic numbers centred in the top margin from page 2
    section.different_first_page_header_footer = True
    section.header.is_linked_to_previous = False
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    header.paragraph_format.first_line_indent = Mm(0)
    _page_field(header)


def _text_area(section: Any) -> int:
    """The width between the margins, in EMU."""
    return int(section.page_width) - int(section.left_margin) - int(section.right_margin)


def _page_field(paragraph: Paragraph) -> None:
    run = paragraph.add_run()
    run.font.name, run.font.size = FONT, Pt(13)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == " PAGE ":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def _restart_numbering(section: Any) -> None:
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), "1")
    section._sectPr.append(pg)


# --- building blocks ------------------------------------------------------------------------

def _para(container: Any, text: str, size: float, *, bold: bool = False, italic: bool = False,
          align: Any = WD_ALIGN_PARAGRAPH.CENTER, after: float = 0) -> Paragraph:
    p = container.add_paragraph()
    fmt = p.paragraph_format
    fmt.alignment = align
    fmt.first_line_indent = Mm(0)
    fmt.space_before, fmt.space_after = Pt(0), Pt(after)
    fmt.line_spacing = 1.0
    if text:
        run = p.add_run(nfc(text))
        run.font.size, run.bold, run.italic = Pt(size), bold, italic
        run.font.name = FONT
    made: Paragraph = p
    return made


def _rule(container: Any, cell_width: int, rule_width: float) -> Paragraph:
    """A solid line `rule_width` (EMU) long, centred in a cell `cell_width` wide."""
    side = max(0, int((cell_width - rule_width) / 2))
    p = _para(container, "", 2)
    p.paragraph_format.left_indent = side
    p.paragraph_format.right_indent = side
    p.paragraph_format.space_after = Pt(4)
    ppr = p._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for attr, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(attr), value)
    borders.append(bottom)
    ppr.append(borders)
    mark = OxmlElement("w:rPr")  # the empty paragraph's own height: that of a 2-point mark
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "4")
    mark.append(size)
    ppr.append(mark)
    run = p.add_run()
    run.font.size = Pt(2)
    return p


def _text_width(text: str, size: float, bold: bool = True) -> float:
    """The printed width of `text` in EMU, measured with the PDF's own Times metrics."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from .pdf_fonts import font

    return float(stringWidth(nfc(text), font("bold" if bold else "regular"), size)) * 12700


def _fixed_widths(table: Any, widths: list[int]) -> None:
    """Column widths Word and LibreOffice both keep: the grid, every cell, a fixed layout."""
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    total = OxmlElement("w:tblW")
    total.set(qn("w:w"), str(int(sum(widths) / 635)))  # twentieths of a point
    total.set(qn("w:type"), "dxa")
    for old in tbl_pr.findall(qn("w:tblW")):
        tbl_pr.remove(old)
    tbl_pr.append(total)
    for column, w in zip(table.columns, widths, strict=True):
        column.width = w
    for row in table.rows:
        for cell, w in zip(row.cells, widths, strict=False):
            cell.width = w


def _padding(table: Any, twips: int) -> None:
    """The cells' left and right padding (Word's default is 108 twips, 1.9 mm)."""
    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), str(twips))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    table._tbl.tblPr.append(margins)


def _borderless(table: Any) -> None:
    """No borders and no cell padding: the header's columns are the page's width, as in the PDF."""
    tbl_pr = table._tbl.tblPr
    _padding(table, 0)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _two_columns(doc: Any, width: int, left_share: float) -> tuple[_Cell, _Cell, int, int]:
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _borderless(table)
    left_w, right_w = int(width * left_share), width - int(width * left_share)
    _fixed_widths(table, [left_w, right_w])
    left, right = table.rows[0].cells
    for cell in (left, right):  # a new cell holds one empty paragraph: remove it
        cell._tc.remove(cell.paragraphs[0]._p)
    return left, right, left_w, right_w


def _header_table(doc: Any, width: int, parent: str, office: str, office_lines: str, number: str,
                  place_date: str) -> None:
    from ..domain.documents import header_lines

    # the national title on one line, as in the PDF: the right column is at least its width
    share = min(LEFT_SHARE, 1 - (_text_width(NATION, 12) + 8 * 12700) / width)
    left, right, left_w, right_w = _two_columns(doc, width, share)
    room = left_w / 12700 - 6
    lines = header_lines(nfc(office), lambda t: _text_width(t, 13) / 12700 <= room, nfc(office_lines))
    if parent:
        _para(left, parent.upper(), 13)
    for line in lines:
        _para(left, line, 13, bold=True)
    widest = max(min(_text_width(line, 13), left_w) for line in lines)
    _rule(left, left_w, widest * 0.4)
    _para(left, number, 13)
    _para(right, NATION, 12, bold=True)
    _para(right, MOTTO, 13, bold=True)
    _rule(right, right_w, _text_width(MOTTO, 13))
    _para(right, place_date, 14, italic=True)
    _para(doc, "", 8)


def _title(doc: Any, width: int, doc_type: str, subject: str) -> None:
    _para(doc, doc_type, 14, bold=True, after=0)
    _para(doc, subject, 14, bold=True)
    widest = min(_text_width(subject, 14), width)
    _rule(doc, width, max(widest * 0.4, 60 * 12700))


def _lines(text: str) -> list[str]:
    return [nfc(p) for p in text.split("\n") if p.strip()]


def _section(doc: Any, node: SectionData) -> None:
    if node.kind == "part":
        doc.add_paragraph(nfc(f"{node.label} {node.heading.upper()}"), style="Heading 1")
    elif node.kind == "item":
        doc.add_paragraph(nfc(f"{node.label} {node.heading}"), style="Heading 2")
    for i, para in enumerate(_lines(node.body)):
        if node.kind == "bullet":
            doc.add_paragraph(f"- {para}" if i == 0 else para, style="List")
        else:
            doc.add_paragraph(para, style="Normal")
    for child in node.children:
        _section(doc, child)


def _signature(doc: Any, width: int, recipients: list[tuple[str, str]], prefix: str, position: str,
               name: str, office: str) -> None:
    _para(doc, "", 6)
    left, right, _lw, _rw = _two_columns(doc, width, 0.45)
    _para(left, "Nơi nhận:", 12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT)
    for entry in recipient_entries(recipients):
        _para(left, entry, 11, align=WD_ALIGN_PARAGRAPH.LEFT)
    for line in signature_lines(prefix, nfc(position), nfc(office)):
        _para(right, line, 14, bold=True)
    gap = _para(right, "", 14)
    gap.paragraph_format.space_after = Mm(26)  # room for the signature and the seal
    _para(right, name, 14, bold=True)


def _appendix(doc: Any, plan: PlanDetail, cancelled: Cancelled | None) -> None:
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    _page(section, landscape=True)
    _restart_numbering(section)
    width = _text_area(section)
    _para(doc, "PHỤ LỤC", 14, bold=True)
    _para(doc, appendix_title(plan).upper(), 14, bold=True)
    _para(doc, attached_to(plan), 14, italic=True, after=8)
    table = doc.add_table(rows=1, cols=len(APPENDIX_HEADERS))
    table.style = doc.styles["Table Grid"]
    widths = [int(width * w / sum(APPENDIX_WIDTHS)) for w in APPENDIX_WIDTHS]
    _fixed_widths(table, widths)
    _padding(table, 60)  # 3 pt, as the PDF's table: "STT" stays on one line
    head = table.rows[0]
    _repeat_as_header(head)
    for cell, text, w in zip(head.cells, APPENDIX_HEADERS, widths, strict=True):
        cell.width = w
        _cell_text(cell, [text], bold=True, center=True)
    for group in plan.groups:
        row = table.add_row()
        _keep_with_next(row)
        row.cells[0].width = widths[0]
        _cell_text(row.cells[0], [group.numeral], bold=True, center=True)
        merged = row.cells[1].merge(row.cells[-1])
        _cell_text(merged, [group.title], bold=True)
        for theme in group.themes:
            row = table.add_row()
            values = [[str(theme.stt)], [theme.title], [f"- {f}" for f in theme.forms],
                      [f"- {u.name}" for u in theme.lead_units], [theme.timing.text()],
                      [f"- {u.name}" for u in theme.support_units]]
            for i, (cell, lines) in enumerate(zip(row.cells, values, strict=True)):
                cell.width = widths[i]
                _cell_text(cell, lines, center=i in (0, 4))
        check(cancelled)


def _repeat_as_header(row: Any) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _keep_with_next(row: Any) -> None:
    """A group's heading row stays on the page of the group's first theme."""
    for cell in row.cells:
        for p in cell.paragraphs:
            p.paragraph_format.keep_with_next = True


def _cell_text(cell: _Cell, lines: list[str], bold: bool = False, center: bool = False) -> None:
    first = True
    for line in lines or [""]:
        p = cell.paragraphs[0] if first and cell.paragraphs and not cell.paragraphs[0].text else cell.add_paragraph()
        first = False
        fmt = p.paragraph_format
        fmt.first_line_indent = Mm(0)
        fmt.space_before, fmt.space_after = Pt(0), Pt(2)
        fmt.line_spacing = 1.0
        fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT
        run = p.add_run(nfc(line))
        run.font.size, run.bold, run.font.name = Pt(11), bold, FONT


def default_name(plan: PlanDetail) -> str:
    return f"Ke-hoach-{plan.period.text()}.docx"
