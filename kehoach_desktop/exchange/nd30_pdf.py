"""Documents laid out as Nghị định 30/2020/NĐ-CP requires (see ND30.md): A4, margins, the two-column
header, the document type and subject, the recipients level with the signature, page numbers
centred in the top margin from page 2, appendices on landscape pages numbering their own pages."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
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
    HRFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from .pdf_fonts import FAMILY, font

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
        heading=ParagraphStyle("heading", parent=body, fontName=font("bold"), spaceBefore=6),
        item=ParagraphStyle("item", parent=body, fontName=font("bold")),
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

    def __init__(self, target: Any, title: str, author: str) -> None:
        super().__init__(target, pagesize=PORTRAIT, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
                         bottomMargin=BOTTOM, title=nfc(title), author=nfc(author), creator="KeHoach Desktop",
                         subject=nfc(title), lang="vi",
                         # start the canvas in our font, so no unembedded Helvetica is referenced
                         initialFontName=font("regular"), initialFontSize=14)
        self.section_start = 1
        self.restart_numbering = False
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


def header_block(st: Styles, width: float, parent: str, office: str, number: str, place_date: str,
                 number_prefix: str = "Số: ") -> list[Flowable]:
    """The two-column header: authority, office (line under), number | national title, motto
    (line as long as it), place and date (italic)."""
    left_w, right_w = width * 0.42, width * 0.58
    motto = "Độc lập - Tự do - Hạnh phúc"
    office_style = ParagraphStyle("office", parent=st.center_bold, fontSize=13, leading=16)
    authority_style = ParagraphStyle("authority", parent=st.center, fontSize=13, leading=16)
    nation_style = ParagraphStyle("nation", parent=st.center_bold, fontSize=12, leading=15)
    motto_style = ParagraphStyle("motto", parent=st.center_bold, fontSize=13, leading=16)
    number_style = ParagraphStyle("number", parent=st.center, fontSize=13, leading=16)
    date_style = ParagraphStyle("date", parent=st.center_italic, fontSize=14, leading=17)
    left: list[Flowable] = []
    if parent:
        left.append(Paragraph(esc(parent.upper()), authority_style))
    left.append(Paragraph(esc(office.upper()), office_style))
    office_width = min(stringWidth(nfc(office.upper()), font("bold"), 13), left_w - 6)
    left.append(HRFlowable(width=max(office_width * 0.4, 30), thickness=0.6, color=colors.black,
                           spaceBefore=1, spaceAfter=5, hAlign="CENTER"))
    left.append(Paragraph(esc(f"{number_prefix}{number}"), number_style))
    right: list[Flowable] = [
        Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", nation_style),
        Paragraph(motto, motto_style),
        HRFlowable(width=stringWidth(motto, font("bold"), 13), thickness=0.6, color=colors.black,
                   spaceBefore=1, spaceAfter=5, hAlign="CENTER"),
        Paragraph(esc(place_date), date_style),
    ]
    table = Table([[left, right]], colWidths=[left_w, right_w])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), font("regular")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [table, Spacer(1, 14)]


def title_block(st: Styles, width: float, doc_type: str, subject: str) -> list[Flowable]:
    subject_style = ParagraphStyle("subject", parent=st.center_bold, fontSize=14, leading=17)
    subject_width = min(max(stringWidth(line, font("bold"), 14) for line in [nfc(subject)]), width)
    return [
        Paragraph(esc(doc_type.upper()), st.doc_type),
        Paragraph(esc(subject), subject_style),
        HRFlowable(width=max(min(subject_width, width) * 0.4, 60), thickness=0.6, color=colors.black,
                   spaceBefore=2, spaceAfter=12, hAlign="CENTER"),
    ]


def signature_block(st: Styles, width: float, recipients: Sequence[tuple[str, str]], prefix: str,
                    position: str, name: str, office_short: str = "", office: str = "") -> list[Flowable]:
    """Recipients on the left, level with the signature block on the right."""
    entries = [f"- {n} ({p});" if p else f"- {n};" for n, p in recipients]
    has_archive = any(n.lower().startswith("lưu") for n, _p in recipients)
    if not has_archive:
        entries.append(f"- Lưu: VT{', ' + office_short if office_short else ''}.")
    elif entries:
        entries[-1] = entries[-1].rstrip(";") + ("" if entries[-1].endswith(".") else ".")
        entries[-1] = entries[-1].replace(";.", ".")
    left: list[Flowable] = [Paragraph("Nơi nhận:", st.recipients_title)]
    left += [Paragraph(esc(e), st.small) for e in entries]
    sign_style = ParagraphStyle("sign", parent=st.center_bold, fontSize=14, leading=17)
    right: list[Flowable] = []
    if prefix == "Q.":
        right.append(Paragraph(esc(f"Q. {position}".upper()), sign_style))
    else:
        if prefix == "KT.":
            right.append(Paragraph(esc(f"KT. {_authority_of(position)}".upper()), sign_style))
        elif prefix:
            right.append(Paragraph(esc(f"{prefix} {office or _authority_of(position)}".upper()), sign_style))
        right.append(Paragraph(esc(position.upper()), sign_style))
    right.append(Spacer(1, 26 * mm))  # room for the signature and the seal
    right.append(Paragraph(esc(name), sign_style))
    table = Table([[left, right]], colWidths=[width * 0.45, width * 0.55])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), font("regular")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [Spacer(1, 12), table]


def _authority_of(position: str) -> str:
    """"PHÓ GIÁM ĐỐC" signs KT. GIÁM ĐỐC; "PHÓ TRƯỞNG PHÒNG" signs KT. TRƯỞNG PHÒNG."""
    p = nfc(position).strip()
    upper = p.upper()
    return p[4:] if upper.startswith("PHÓ ") else p


def family() -> str:
    font()
    return FAMILY
