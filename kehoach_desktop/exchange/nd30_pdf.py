"""Documents laid out as Nghị định 30/2020/NĐ-CP requires (see ND30.md): A4, margins, the two-column
header, the document type and subject, the recipients level with the signature, page numbers
centred in the top margin from page 2, appendices on landscape pages numbering their own pages."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..domain.documents import MOTTO, NATION, header_lines, recipient_entries, signature_lines
from .pdf_fonts import FAMILY, font
from .progress import Cancelled, check

TOP, BOTTOM, LEFT, RIGHT = 20 * mm, 20 * mm, 30 * mm, 15 * mm
PORTRAIT, LANDSCAPE = A4, landscape(A4)


def nfc(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "")


def esc(text: str | None) -> str:
    """NFC text made safe for a reportlab Paragraph (which reads a little XML)."""
    return nfc(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass(frozen=True)
class Styles:
    normal: ParagraphStyle
    body: ParagraphStyle
    basis: ParagraphStyle
    heading: ParagraphStyle
    item: ParagraphStyle
    center: ParagraphStyle
    center_bold: ParagraphStyle
    center_italic: ParagraphStyle
    doc_type: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_center: ParagraphStyle
    small: ParagraphStyle
    recipients_title: ParagraphStyle


def styles(size: float = 14) -> Styles:
    base = ParagraphStyle("nd30", fontName=font("regular"), fontSize=size, leading=size * 1.25,
                          alignment=TA_JUSTIFY)
    body = ParagraphStyle("body", parent=base, firstLineIndent=1.27 * cm, spaceAfter=6)
    return Styles(
        normal=base,
        body=body,
        basis=ParagraphStyle("basis", parent=body, fontName=font("italic")),
        # a heading never ends a page: it stays with the paragraph that follows it
        heading=ParagraphStyle("heading", parent=body, fontName=font("bold"), spaceBefore=6, keepWithNext=1),
        item=ParagraphStyle("item", parent=body, fontName=font("bold"), spaceBefore=6, keepWithNext=1),
        center=ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        center_bold=ParagraphStyle("center_bold", parent=base, alignment=TA_CENTER, fontName=font("bold")),
        center_italic=ParagraphStyle("center_italic", parent=base, alignment=TA_CENTER, fontName=font("italic")),
        doc_type=ParagraphStyle("doc_type", parent=base, alignment=TA_CENTER, fontName=font("bold"),
                                fontSize=14, leading=17),
        cell=ParagraphStyle("cell", parent=base, fontSize=12, leading=14.5, alignment=TA_LEFT),
        cell_bold=ParagraphStyle("cell_bold", parent=base, fontSize=12, leading=14.5, alignment=TA_LEFT,
                                 fontName=font("bold")),
        cell_center=ParagraphStyle("cell_center", parent=base, fontSize=12, leading=14.5, alignment=TA_CENTER),
        small=ParagraphStyle("small", parent=base, fontSize=11, leading=13, alignment=TA_LEFT),
        recipients_title=ParagraphStyle("recipients_title", parent=base, fontSize=12, leading=14,
                                        fontName=font("bolditalic"), alignment=TA_LEFT),
    )


class SectionStart(Flowable):  # type: ignore[misc]
    """Placed just before the page break that opens a numbered section (an appendix): the next
    page starts its own numbering at 1. Takes no space."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def wrap(self, _w: float, _h: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._doctemplate.restart_numbering = True


class Nd30Document(BaseDocTemplate):  # type: ignore[misc]
    """A4 portrait pages and A4 landscape pages, each with ND30 margins. Page numbers: Arabic,
    13 pt, centred in the top margin, none on the first page of each section."""

    def __init__(self, target: Any, title: str, author: str, cancelled: Cancelled | None = None,
                 identity: str = "") -> None:
        # `identity` ("kehoach:plan:3", "kehoach:report:3:2024-10") in the keywords: which document
        # of which office this is, read back when the document is signed
        super().__init__(target, pagesize=PORTRAIT, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
                         bottomMargin=BOTTOM, title=nfc(title), author=nfc(author), creator="KeHoach Desktop",
                         subject=nfc(title), lang="vi", keywords=identity,
                         # start the canvas in our font, so no unembedded Helvetica is referenced
                         initialFontName=font("regular"), initialFontSize=14)
        self.section_start = 1
        self.restart_numbering = False
        self.cancelled = cancelled  # asked at every page: Cancel stops a long build
        portrait = Frame(LEFT, BOTTOM, PORTRAIT[0] - LEFT - RIGHT, PORTRAIT[1] - TOP - BOTTOM, id="portrait",
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        wide = Frame(LEFT, BOTTOM, LANDSCAPE[0] - LEFT - RIGHT, LANDSCAPE[1] - TOP - BOTTOM, id="landscape",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate(id="portrait", frames=[portrait], pagesize=PORTRAIT, onPage=self._number),
            PageTemplate(id="landscape", frames=[wide], pagesize=LANDSCAPE, onPage=self._number),
        ])

    @property
    def portrait_width(self) -> float:
        return float(PORTRAIT[0] - LEFT - RIGHT)

    @property
    def landscape_width(self) -> float:
        return float(LANDSCAPE[0] - LEFT - RIGHT)

    def _number(self, canvas: Any, doc: Any) -> None:
        check(self.cancelled)
        if self.restart_numbering:
            self.section_start = canvas.getPageNumber()
            self.restart_numbering = False
        page = canvas.getPageNumber() - self.section_start + 1
        if page <= 1:
            return
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFont(font("regular"), 13)
        canvas.drawCentredString(LEFT + (width - LEFT - RIGHT) / 2, height - TOP / 2 - 4, str(page))
        canvas.restoreState()


class CenteredRule(Flowable):  # type: ignore[misc]
    """A solid line of `length` centred in the width it is given (a table cell or the frame), with
    fixed gaps above and below: the rule under the office's name, the motto and the subject."""

    def __init__(self, length: float, thickness: float = 0.6, space_before: float = 2.0,
                 space_after: float = 5.0) -> None:
        super().__init__()
        self.length, self.thickness = length, thickness
        self.space_before, self.space_after = space_before, space_after
        self._avail = length

    def wrap(self, avail_width: float, _avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        return avail_width, self.space_before + self.thickness + self.space_after

    def draw(self) -> None:
        x = (self._avail - self.length) / 2
        y = self.space_after + self.thickness / 2
        self.canv.saveState()
        self.canv.setLineWidth(self.thickness)
        self.canv.setStrokeColor(colors.black)
        self.canv.line(x, y, x + self.length, y)
        self.canv.restoreState()


class HeadingWith(Flowable):  # type: ignore[misc]
    """A heading that never ends a page: it stays with the start of what follows it — a table's
    header row and first `rows` rows, or a whole chart. When that start does not fit, the heading
    goes to the next page with it; the rest of a long table then flows on as usual."""

    def __init__(self, heading: Flowable, follower: Flowable, rows: int = 2) -> None:
        super().__init__()
        self.heading, self.follower, self.rows = heading, follower, rows
        self._heights = (0.0, 0.0)

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return float(self.heading.getSpaceBefore())

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _w, hh = self.heading.wrap(avail_width, avail_height)
        _w, fh = self.follower.wrap(avail_width, avail_height)
        self._heights = (hh + self.heading.getSpaceAfter(), fh)
        return avail_width, self._heights[0] + fh

    def _start_height(self) -> float:
        row_heights = getattr(self.follower, "_rowHeights", None)
        if row_heights:
            return float(sum(row_heights[: 1 + self.rows]))
        return self._heights[1]

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        if self._heights[0] + self._start_height() > avail_height:
            return []
        return [self.heading, self.follower]

    def draw(self) -> None:
        heading_height, follower_height = self._heights
        self.follower.drawOn(self.canv, 0, 0)
        self.heading.drawOn(self.canv, 0, follower_height + heading_height - self.heading.getSpaceAfter()
                            - self.heading.height)


def natural_widths(columns: Sequence[Sequence[str]], size: float = 12, padding: float = 12) -> list[float]:
    """The width each column needs to show its header and its longest entry on one line, cell
    padding included."""
    regular, bold = font("regular"), font("bold")
    out = []
    for header, *cells in columns:
        out.append(max([stringWidth(nfc(header), bold, size), *(stringWidth(nfc(c), regular, size) for c in cells)])
                   + padding)
    return out


def fit_widths(columns: Sequence[Sequence[str]], width: float, size: float = 12, padding: float = 12) -> list[float]:
    """Column widths sized to their content: a column whose longest entry (a number, a date, "STT")
    fits within a fair share keeps exactly that width, so it never wraps mid-word; the columns of
    running text share the rest in proportion to their content."""
    natural = natural_widths(columns, size, padding)
    widths: list[float | None] = [None] * len(columns)
    left, free = width, list(range(len(columns)))
    changed = True
    while changed and len(free) > 1:
        changed = False
        share = left / len(free)
        for i in sorted(free, key=lambda c: natural[c]):
            if natural[i] <= share and len(free) > 1:
                widths[i] = natural[i]
                left -= natural[i]
                free.remove(i)
                changed = True
    total = sum(natural[i] for i in free)
    for i in free:  # at least one column of running text takes what is left
        widths[i] = left * natural[i] / total
    return [float(w or 0) for w in widths]




def header_block(st: Styles, width: float, parent: str, office: str, number: str, place_date: str,
                 number_prefix: str = "Số: ", office_lines: str = "") -> list[Flowable]:
    """The two-column header: authority, office (line 1/3–1/2 of its width centred under it),
    number | national title, motto (line as long as it), place and date (italic). The office's
    name breaks where the user set (`office_lines`) or at a phrase boundary, never mid-phrase."""
    bold = font("bold")
    right_w = max(stringWidth(NATION, bold, 12) + 8, width * 0.5)
    left_w = width - right_w
    room = left_w - 4
    def fits(text: str, size: float) -> bool:
        return bool(stringWidth(text, bold, size) <= room)

    for office_size in (13.0, 12.5, 12.0):
        lines = header_lines(nfc(office), partial(fits, size=office_size), nfc(office_lines))
        if all(stringWidth(line, bold, office_size) <= room for line in lines):
            break
    widest = max(min(stringWidth(line, bold, office_size), room) for line in lines)
    office_style = ParagraphStyle("office", parent=st.center_bold, fontSize=office_size, leading=office_size + 3)
    authority_style = ParagraphStyle("authority", parent=st.center, fontSize=13, leading=16)
    nation_style = ParagraphStyle("nation", parent=st.center_bold, fontSize=12, leading=15)
    motto_style = ParagraphStyle("motto", parent=st.center_bold, fontSize=13, leading=16)
    number_style = ParagraphStyle("number", parent=st.center, fontSize=13, leading=16)
    date_style = ParagraphStyle("date", parent=st.center_italic, fontSize=14, leading=17)
    left: list[Flowable] = []
    if parent:
        left.append(Paragraph(esc(parent.upper()), authority_style))
    left.append(Paragraph("<br/>".join(esc(line) for line in lines), office_style))
    left.append(CenteredRule(widest * 0.4))
    left.append(Paragraph(esc(f"{number_prefix}{number}"), number_style))
    right: list[Flowable] = [
        Paragraph(NATION, nation_style),
        Paragraph(MOTTO, motto_style),
        CenteredRule(stringWidth(MOTTO, bold, 13)),
        Paragraph(esc(place_date), date_style),
    ]
    table = Table([[left, right]], colWidths=[left_w, right_w])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), font("regular")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [table, Spacer(1, 14)]


def title_block(st: Styles, width: float, doc_type: str, subject: str) -> list[Flowable]:
    """"KẾ HOẠCH" / "BÁO CÁO", the subject under it, and a rule 1/3–1/2 of the subject's width
    centred under it, clear of the descenders."""
    subject_style = ParagraphStyle("subject", parent=st.center_bold, fontSize=14, leading=17)
    subject_para = Paragraph(esc(subject), subject_style)
    subject_para.wrap(width, 1000)
    widest = max((line_width(subject_para, i) for i in range(len(subject_para.blPara.lines))), default=width)
    return [
        Paragraph(esc(doc_type.upper()), st.doc_type),
        subject_para,
        CenteredRule(max(widest * 0.4, 60), space_before=4, space_after=12),
    ]


def line_width(para: Paragraph, index: int) -> float:
    """The drawn width of line `index` of a wrapped paragraph (both of reportlab's line forms)."""
    line = para.blPara.lines[index]
    if hasattr(line, "extraSpace"):
        return float(para.width - line.extraSpace)
    return float(para.width - line[0])


SIGNATURE_MARK = "kehoach-sign"


class SignatureSpace(Flowable):  # type: ignore[misc]
    """The room between the signer's position and name where the signature and the seal go. It
    draws nothing; it adds its page and rectangle to the document's keywords
    ("kehoach-sign:5:x1,y1,x2,y2", in points from the page's lower left), so that signing puts the
    images exactly there (exchange/signing.py)."""

    def __init__(self, height: float) -> None:
        super().__init__()
        self.height = height
        self.width = 0.0

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.height

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        info = self.canv._doc.info
        mark = f"{SIGNATURE_MARK}:{self.canv.getPageNumber()}:{x:.1f},{y:.1f},{x + self.width:.1f},{y + self.height:.1f}"
        info.keywords = f"{info.keywords} {mark}".strip()


def signature_block(st: Styles, width: float, recipients: Sequence[tuple[str, str]], prefix: str,
                    position: str, name: str, office_short: str = "", office: str = "") -> list[Flowable]:
    """Recipients on the left, level with the signature block on the right."""
    left: list[Flowable] = [Paragraph("Nơi nhận:", st.recipients_title)]
    left += [Paragraph(esc(e), st.small) for e in recipient_entries(list(recipients), office_short)]
    sign_style = ParagraphStyle("sign", parent=st.center_bold, fontSize=14, leading=17)
    right: list[Flowable] = [Paragraph(esc(line), sign_style)
                             for line in signature_lines(prefix, nfc(position), nfc(office))]
    right.append(SignatureSpace(26 * mm))  # room for the signature and the seal
    right.append(Paragraph(esc(name), sign_style))
    table = Table([[left, right]], colWidths=[width * 0.45, width * 0.55])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), font("regular")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [Spacer(1, 12), table]


def family() -> str:
    font()
    return FAMILY
