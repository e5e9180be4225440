"""Reading the superior office's whole plan (.docx, or .pdf with a text layer): its number, date,
issuer and title (which become a basis reference, *căn cứ*, of the office's own plan), its parts
and items (the starting body), and its appendix (through the appendix importer).

Real plans are written by hand in Word: the header may be missing or in a table, the document
type mistyped by OCR ("KÊ HOẠCH"), numbers written "1.Mục đích". The reader takes what it can
find and says what it could not, never guesses silently.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .appendix_import import AppendixReadError, ImportedAppendix, read_appendix


class PlanReadError(Exception):
    """The file is not a plan this reader understands; the message says why."""


@dataclass
class ImportedSection:
    kind: str  # part | item | paragraph | bullet
    heading: str = ""
    body: str = ""
    children: list[ImportedSection] = field(default_factory=list)


@dataclass
class SuperiorPlan:
    source: str
    title: str
    number: str = ""  # "182/KH-SGDĐT"
    issued_on: dt.date | None = None
    issuer: str = ""  # "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi"
    sections: list[ImportedSection] = field(default_factory=list)
    appendix: ImportedAppendix | None = None
    warnings: list[str] = field(default_factory=list)

    def reference(self) -> str:
        """The basis line of the office's plan: "Thực hiện Kế hoạch số … ngày … của … về …;"."""
        parts = ["Thực hiện Kế hoạch"]
        if self.number:
            parts.append(f"số {self.number}")
        if self.issued_on:  # ND30: days 1–9 and months 1–2 with a leading zero
            d = self.issued_on
            parts.append(f"ngày {d.day:02d}/{d.month:02d}/{d.year}" if d.month <= 2 else f"ngày {d.day:02d}/{d.month}/{d.year}")
        if self.issuer:
            parts.append(f"của {self.issuer}")
        if self.title:
            parts.append(f"về {self.title[0].lower() + self.title[1:]}")
        return " ".join(parts) + ";"

    def counts(self) -> tuple[int, int, int]:
        """(parts, items, paragraphs and bullets) of the body."""
        flat = list(_walk(self.sections))
        return (sum(1 for s in flat if s.kind == "part"), sum(1 for s in flat if s.kind == "item"),
                sum(1 for s in flat if s.kind in ("paragraph", "bullet")))


def _walk(nodes: list[ImportedSection]):  # type: ignore[no-untyped-def]
    for node in nodes:
        yield node
        yield from _walk(node.children)


DOC_TYPE = re.compile(r"^K[ẾÊÉEỂ]\s*HO[ẠA]CH\.?$", re.I)
# the type and the subject run together on one line in some files: "KẾ HOẠCH Truyền thông …"
TYPE_AND_TITLE = re.compile(r"^(K[ẾÊÉEỂ]\s*HO[ẠA]CH)\s+(\S.*)$")
NUMBER = re.compile(r"Số\s*:?\s*(\d*)\s*/\s*([^\s,;]+)", re.I)
DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.I)
ROMAN = re.compile(r"^([IVXL]+)\s*[.:]\s*(.+)$")
ARABIC = re.compile(r"^(\d+(?:\.\d+)*)\.\s*(\S.*)$")  # "1. …", "1.Mục đích", "1.1. …"; not "21/3/2023 …"
BULLET = re.compile(r"^[-–+•*]\s*(.+)$")
END = re.compile(r"^(nơi nhận|phụ lục\b)|\bNơi nhận\s*:", re.I)
OFFICE_WORDS = ("SỞ", "PHÒNG", "BỘ", "TRƯỜNG", "UBND", "ỦY BAN", "UỶ BAN", "TRUNG TÂM")
PLACE_WORDS = ("HUYỆN", "TỈNH", "THÀNH PHỐ", "QUẬN", "THỊ XÃ", "XÃ", "PHƯỜNG")
NOT_ISSUER = ("CỘNG HÒA", "CỘNG HOÀ", "ĐỘC LẬP")


def read_superior_plan(path: str | Path) -> SuperiorPlan:
    file = Path(path)
    if not file.is_file():
        raise PlanReadError(f"Không tìm thấy tệp «{file}».")
    suffix = file.suffix.lower()
    if suffix == ".docx":
        lines = _docx_lines(file)
    elif suffix == ".pdf":
        lines = _pdf_lines(file)
    else:
        raise PlanReadError(f"Tệp «{file.name}» không phải .docx hay .pdf.")
    plan = parse_plan(lines, file.name)
    if suffix == ".docx":
        try:
            plan.appendix = read_appendix(file)
        except AppendixReadError:
            plan.warnings.append("Không thấy bảng phụ lục trong tệp: kế hoạch mới chưa có phụ lục (nhập sau bằng "
                                 "Nhập phụ lục).")
    return plan


def _docx_lines(file: Path) -> list[str]:
    from docx import Document

    try:
        doc = Document(str(file))
    except Exception as exc:  # not a Word package, or a damaged one
        raise PlanReadError(f"Không đọc được «{file.name}» như tệp Word: {exc}") from None
    lines: list[str] = []
    body = doc.element.body
    for child in body.iterchildren():  # paragraphs, and the header table's cells, in document order
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
        elif tag == "tbl" and not lines_have_title(lines):
            for cell_text in child.iter():
                if cell_text.tag.endswith("}p"):
                    lines.append("".join(t.text or "" for t in cell_text.iter() if t.tag.endswith("}t")))
    return lines


def lines_have_title(lines: list[str]) -> bool:
    return any(DOC_TYPE.match(_clean(line)) for line in lines)


def _pdf_lines(file: Path) -> list[str]:
    from pypdf import PdfReader

    try:
        text = "\n".join(page.extract_text() or "" for page in PdfReader(str(file)).pages)
    except Exception as exc:
        raise PlanReadError(f"Không đọc được «{file.name}» như tệp PDF: {exc}") from None
    if not text.strip():
        raise PlanReadError(f"Tệp «{file.name}» không có lớp chữ (bản quét): hãy dùng bản Word hoặc PDF có chữ.")
    # a PDF's text comes line by line: a paragraph starts indented (or with a number, a dash), its
    # other lines continue it; a line of digits alone is a page number
    paragraphs: list[str] = []
    for line in text.splitlines():
        if not line.strip() or line.strip().isdigit():
            continue
        starts = line.startswith((" ", "\t")) or ROMAN.match(line)
        if starts or not paragraphs:
            paragraphs.append(line)
        else:
            paragraphs[-1] += " " + line
    return paragraphs


def _clean(line: str) -> str:
    return " ".join(unicodedata.normalize("NFC", line).replace("\xa0", " ").split())


def parse_plan(raw: list[str], source: str) -> SuperiorPlan:
    lines: list[str] = []
    for line in (_clean(r) for r in raw):
        joined = TYPE_AND_TITLE.match(line)
        lines += [joined.group(1), joined.group(2)] if joined else [line]
    at = next((i for i, line in enumerate(lines) if DOC_TYPE.match(line)), None)
    if at is None:
        raise PlanReadError(f"Không thấy chữ «KẾ HOẠCH» trong «{source}»: đây có phải văn bản kế hoạch không?")
    head = [line for line in lines[:at] if line]
    title = next((line for line in lines[at + 1:] if line), "")
    plan = SuperiorPlan(source=source, title=title.rstrip("."))
    head_text = " ".join(head)
    number = NUMBER.search(head_text)
    if number and number.group(1):
        plan.number = f"{number.group(1)}/{number.group(2)}"
    else:
        plan.warnings.append("Không thấy số của kế hoạch cấp trên (chưa ghi số, hoặc thiếu ở đầu văn bản).")
    date = DATE.search(head_text)
    if date:
        try:
            plan.issued_on = dt.date(int(date.group(3)), int(date.group(2)), int(date.group(1)))
        except ValueError:
            plan.warnings.append(f"Ngày ban hành «{date.group(0)}» không hợp lệ.")
    else:
        plan.warnings.append("Không thấy ngày ban hành của kế hoạch cấp trên.")
    plan.issuer = _issuer(head)
    if not plan.issuer:
        plan.warnings.append("Không thấy tên cơ quan ban hành ở đầu văn bản.")
    plan.sections = _body(lines[at + 2:] if title else lines[at + 1:])
    if not plan.sections:
        plan.warnings.append("Không thấy mục I., II. … trong nội dung.")
    return plan


def _issuer(head: list[str]) -> str:
    caps = [line for line in head if line == line.upper() and any(c.isalpha() for c in line)
            and not line.upper().startswith(NOT_ISSUER) and not NUMBER.search(line)]
    # the header's left column comes first: its first office (under "UBND TỈNH …" when there is one);
    # later capitals are stamps and receipts written on the copy
    for i in range(len(caps)):
        if caps[i].startswith(OFFICE_WORDS) and not caps[i].startswith(("UBND", "ỦY BAN", "UỶ BAN")) or (
                len(caps) == i + 1 and caps[i].startswith(OFFICE_WORDS)):
            name = caps[i]
            if i + 1 < len(caps) and caps[i + 1].startswith(PLACE_WORDS):
                name += " " + caps[i + 1]
            elif i > 0 and caps[i - 1].startswith(("UBND", "ỦY BAN")):  # "UBND TỈNH X" over "SỞ GD&ĐT"
                place = caps[i - 1].split(" ", 1)[1] if " " in caps[i - 1] else ""
                name += " " + place.removeprefix("BAN NHÂN DÂN ").strip()
            return office_case(name)
    return ""


def office_case(name: str) -> str:
    """"SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG NGÃI" → "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi"."""
    text = " ".join(name.split()).lower()
    text = text.replace("giáo dục và đào tạo", "Giáo dục và Đào tạo").replace("gd&đt", "GD&ĐT").replace("gdđt", "GDĐT")
    words = text.split(" ")
    out: list[str] = []
    proper = False
    for i, word in enumerate(words):
        if i == 0:
            out.append(word[:1].upper() + word[1:])
            continue
        if word in ("huyện", "tỉnh", "quận", "xã", "phường", "thị", "thành") or (word in ("xã", "phố") and out and
                                                                          out[-1] in ("thị", "thành")):
            out.append(word)
            proper = word not in ("thị", "thành")
            continue
        out.append(word[:1].upper() + word[1:] if proper else word)
    return " ".join(out)


def _body(lines: list[str]) -> list[ImportedSection]:
    parts: list[ImportedSection] = []
    part: ImportedSection | None = None
    item: ImportedSection | None = None
    for line in lines:
        if not line:
            continue
        if END.search(line):
            break
        roman = ROMAN.match(line)
        if roman and len(roman.group(2)) < 200:
            part = ImportedSection("part", heading=_heading_case(roman.group(2)))
            parts.append(part)
            item = None
            continue
        if part is None:  # before part I: the superior's own basis and opening, not ours
            continue
        arabic = ARABIC.match(line)
        if arabic and "." not in arabic.group(1):
            rest = arabic.group(2)
            heading, _, body = rest.partition(":") if 0 < rest.find(":") < 120 else (rest, "", "")
            if len(heading) > 160:  # a numbered paragraph, not a heading
                heading, body = "", rest
            item = ImportedSection("item", heading=heading.strip().rstrip(".:"), body=body.strip())
            part.children.append(item)
            continue
        bullet = BULLET.match(line)
        node = ImportedSection("bullet" if bullet else "paragraph",
                               body=(bullet.group(1) if bullet else arabic.group(0) if arabic else line))
        (item or part).children.append(node)
    return parts


def _heading_case(text: str) -> str:
    """Parts are stored in sentence case (the documents write them in capitals)."""
    text = text.strip().rstrip(".:")
    if text == text.upper():
        low = text.lower()
        return low[:1].upper() + low[1:]
    return text


def period_of(plan: SuperiorPlan) -> str:
    """The period the superior's plan covers, as the plan editor writes it: "2017-2020", "2024"."""
    found = re.search(r"(\d{4})\s*[-–]\s*(\d{4})", plan.title)
    if found:
        return f"{found.group(1)}-{found.group(2)}"
    year = re.search(r"(20\d\d)", plan.title)
    if year:
        return year.group(1)
    return str(plan.issued_on.year if plan.issued_on else dt.date.today().year)
