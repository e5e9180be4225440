"""Documents as Word (.docx) in the layout of Nghị định 30/2020 (ND30.md): what the plan's and the
reports' Word files share, as nd30_pdf.py is for their PDFs. A4 with the decree's margins, Times
New Roman at its sizes in Word's own styles (Normal, Heading 1/2, List: restyle them and the whole
document follows), the header as a borderless two-column table, page numbers from page 2, the
recipients beside the signature.

The rules are paragraph borders between indents: a rule of width w centred in a cell of width c
is an empty paragraph indented (c − w) / 2 on both sides with a bottom border, so it stays
centred under its text whatever Word does with the cell.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from ..domain.documents import MOTTO, NATION, header_lines, recipient_entries, signature_lines

FONT = "Times New Roman"
TOP, BOTTOM, LEFT, RIGHT = Mm(20), Mm(20), Mm(30), Mm(15)
A4_W, A4_H = Mm(210), Mm(297)
BODY = 14
# the header's columns: the office on the left, the national title on the right
LEFT_SHARE = 0.45


def nfc(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "")


def new_document() -> Any:
    """An empty A4 portrait document with the decree's styles and page numbering."""
    doc = Document()
    styles(doc)
    page(doc.sections[0], landscape=False)
    return doc


def lines(text: str) -> list[str]:
    return [nfc(p) for p in text.split("\n") if p.strip()]


def styles(doc: Any) -> None:
    normal = doc.styles["Normal"]
    font(normal, BODY)
    fmt = normal.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    fmt.first_line_indent = Mm(12.7)
    fmt.space_before, fmt.space_after = Pt(0), Pt(6)
    fmt.line_spacing = 1.15
    for name, size, indent in (("Heading 1", BODY, 12.7), ("Heading 2", BODY, 12.7)):
        style = doc.styles[name]
        font(style, size, bold=True)
        style.font.italic = False
        pf = style.paragraph_format
        pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        pf.first_line_indent = Mm(indent)
        pf.space_before, pf.space_after = Pt(6), Pt(6)
        pf.keep_with_next = True
    listing = doc.styles["List"]
    font(listing, BODY)
    listing.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    listing.paragraph_format.first_line_indent = Mm(12.7)
    listing.paragraph_format.left_indent = Mm(0)
    listing.paragraph_format.space_after = Pt(6)
    for name in ("List", "Normal", "Heading 1", "Heading 2"):  # 6 pt between paragraphs of one style too
        spacing = doc.styles[name].element.find(qn("w:pPr"))
        found = spacing.find(qn("w:contextualSpacing")) if spacing is not None else None
        if found is not None:
            spacing.remove(found)


def font(style: Any, size: float, bold: bool = False) -> None:
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


def page(section: Any, landscape: bool) -> None:
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
    page_field(header)


def text_area(section: Any) -> int:
    """The width between the margins, in EMU."""
    return int(section.page_width) - int(section.left_margin) - int(section.right_margin)


def page_field(paragraph: Paragraph) -> None:
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


def restart_numbering(section: Any) -> None:
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), "1")
    section._sectPr.append(pg)


# --- building blocks ------------------------------------------------------------------------

def para(container: Any, text: str, size: float, *, bold: bool = False, italic: bool = False,
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


def rule(container: Any, cell_width: int, rule_width: float) -> Paragraph:
    """A solid line `rule_width` (EMU) long, centred in a cell `cell_width` wide."""
    side = max(0, int((cell_width - rule_width) / 2))
    p = para(container, "", 2)
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


def text_width(text: str, size: float, bold: bool = True) -> float:
    """The printed width of `text` in EMU, measured with the PDF's own Times metrics."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from .pdf_fonts import font

    return float(stringWidth(nfc(text), font("bold" if bold else "regular"), size)) * 12700


def fixed_widths(table: Any, widths: list[int]) -> None:
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


def padding(table: Any, twips: int) -> None:
    """The cells' left and right padding (Word's default is 108 twips, 1.9 mm)."""
    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), str(twips))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    table._tbl.tblPr.append(margins)


def borderless(table: Any) -> None:
    """No borders and no cell padding: the header's columns are the page's width, as in the PDF."""
    tbl_pr = table._tbl.tblPr
    padding(table, 0)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def two_columns(doc: Any, width: int, left_share: float) -> tuple[_Cell, _Cell, int, int]:
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    borderless(table)
    left_w, right_w = int(width * left_share), width - int(width * left_share)
    fixed_widths(table, [left_w, right_w])
    left, right = table.rows[0].cells
    for cell in (left, right):  # a new cell holds one empty paragraph: remove it
        cell._tc.remove(cell.paragraphs[0]._p)
    return left, right, left_w, right_w


def header_table(doc: Any, width: int, parent: str, office: str, office_lines: str, number: str,
                  place_date: str) -> None:
    # the national title on one line, as in the PDF: the right column is at least its width
    share = min(LEFT_SHARE, 1 - (text_width(NATION, 12) + 8 * 12700) / width)
    left, right, left_w, right_w = two_columns(doc, width, share)
    room = left_w / 12700 - 6
    office_lines_ = header_lines(nfc(office), lambda t: text_width(t, 13) / 12700 <= room, nfc(office_lines))
    if parent:
        para(left, parent.upper(), 13)
    for line in office_lines_:
        para(left, line, 13, bold=True)
    widest = max(min(text_width(line, 13), left_w) for line in office_lines_)
    rule(left, left_w, widest * 0.4)
    para(left, number, 13)
    para(right, NATION, 12, bold=True)
    para(right, MOTTO, 13, bold=True)
    rule(right, right_w, text_width(MOTTO, 13))
    para(right, place_date, 14, italic=True)
    para(doc, "", 8)


def title(doc: Any, width: int, doc_type: str, subject: str) -> None:
    para(doc, doc_type, 14, bold=True, after=0)
    para(doc, subject, 14, bold=True)
    widest = min(text_width(subject, 14), width)
    rule(doc, width, max(widest * 0.4, 60 * 12700))


def signature(doc: Any, width: int, recipients: list[tuple[str, str]], prefix: str, position: str,
               name: str, office: str) -> None:
    para(doc, "", 6)
    left, right, _lw, _rw = two_columns(doc, width, 0.45)
    para(left, "Nơi nhận:", 12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT)
    for entry in recipient_entries(recipients):
        para(left, entry, 11, align=WD_ALIGN_PARAGRAPH.LEFT)
    for line in signature_lines(prefix, nfc(position), nfc(office)):
        para(right, line, 14, bold=True)
    gap = para(right, "", 14)
    gap.paragraph_format.space_after = Mm(26)  # room for the signature and the seal
    para(right, name, 14, bold=True)


def repeat_as_header(row: Any) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def keep_with_next(row: Any) -> None:
    """A group's heading row stays on the page of the group's first theme."""
    for cell in row.cells:
        for p in cell.paragraphs:
            p.paragraph_format.keep_with_next = True


def cell_text(cell: _Cell, lines: list[str], bold: bool = False, center: bool = False, size: float = 11) -> None:
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
        run.font.size, run.bold, run.font.name = Pt(size), bold, FONT


def grid_table(doc: Any, width: int, headers: list[str], rows: list[list[str]], shares: list[float],
               numbers: set[int] | None = None, size: float = 12) -> Any:
    """A bordered table filling `width`, its header row repeated on every page; the columns in
    `numbers` are centred."""
    numbers = numbers or set()
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = doc.styles["Table Grid"]
    widths = [int(width * s / sum(shares)) for s in shares]
    fixed_widths(table, widths)
    padding(table, 60)
    repeat_as_header(table.rows[0])
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell_text(cell, [text], bold=True, center=True, size=size)
    for values in rows:
        row = table.add_row()
        for i, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
            cell.width = widths[i]
            cell_text(cell, [text], center=i in numbers, size=size)
    return table
