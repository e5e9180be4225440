"""Reading the superior office's appendix table from an .xlsx or a .docx file.

Real files vary: title rows above the header, columns in another order or named differently, group
rows as merged cells or bold rows with Roman numerals, list items as lines or paragraphs starting
with "-", "+" or "•", the header repeated on every page, rows split across pages, decomposed Unicode
and legacy TCVN3/VNI text recognised by its font. All of that is read here into plain data.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.numerals import is_roman
from ..domain.text import clean_line, fold
from ..domain.timing import Timing, parse_timing
from .legacy import to_unicode

STT, TITLE, FORMS, LEAD, TIMING, SUPPORT = "stt", "title", "forms", "lead", "timing", "support"
# Folded header words → column; checked in this order (the first that matches wins).
_HEADER_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (STT, ("stt", "tt", "so tt", "so thu tu")),
    (FORMS, ("hinh thuc", "san pham")),
    (SUPPORT, ("phoi hop", "ho tro")),
    (TIMING, ("thoi gian", "tien do", "thoi han")),
    (LEAD, ("chu tri", "thuc hien", "don vi")),
    (TITLE, ("noi dung", "chu de", "ten nhiem vu", "nhiem vu")),
)
_BULLET = re.compile(r"^\s*[-+•·*–](?:\s+|(?=[^\W\d_]))")


class AppendixReadError(Exception):
    """The file could not be read as an appendix; the message names the file, sheet and row."""


@dataclass
class Cell:
    lines: list[str]
    bold: bool = False
    span: int = 1  # columns covered (merged cells)

    @property
    def text(self) -> str:
        return "\n".join(self.lines).strip()


@dataclass
class ImportedTheme:
    title: str
    forms: list[str] = field(default_factory=list)
    lead_units: list[str] = field(default_factory=list)
    support_units: list[str] = field(default_factory=list)
    timing_text: str = ""
    timing: Timing = field(default_factory=Timing)
    where: str = ""


@dataclass
class ImportedGroup:
    title: str
    themes: list[ImportedTheme] = field(default_factory=list)
    where: str = ""


@dataclass
class ImportedAppendix:
    source: str
    table: str
    groups: list[ImportedGroup] = field(default_factory=list)
    heading_lines: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def attached_to(self) -> str:
        """"Kế hoạch số 453/KH-SGD&ĐT-VP ngày 22/02/2024 của Sở …" from "(Kèm theo …)"."""
        for line in self.heading_lines:
            m = re.search(r"k[eè]m theo\s*:?\s*(.*?)\)?\s*$", line, re.I)
            if m and m.group(1):
                return m.group(1).strip(" ()")
        return ""

    def theme_count(self) -> int:
        return sum(len(g.themes) for g in self.groups)


def read_appendix(path: str | Path) -> ImportedAppendix:
    """Read the first appendix table found in an .xlsx or .docx file.

    Raises AppendixReadError for a file that is not readable, or holds no appendix table.
    """
    file = Path(path)
    if not file.is_file():
        raise AppendixReadError(f"Không tìm thấy tệp «{file}».")
    suffix = file.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            tables = list(_xlsx_tables(file))
        elif suffix == ".docx":
            tables = list(_docx_tables(file))
        else:
            raise AppendixReadError(f"«{file.name}»: chỉ đọc được tệp .xlsx hoặc .docx.")
    except AppendixReadError:
        raise
    except Exception as exc:  # zip, xml or format errors of a damaged or mislabelled file
        raise AppendixReadError(f"«{file.name}» không phải tệp {suffix} đọc được ({type(exc).__name__}: {exc}).") from exc
    problems = []
    for name, heading, rows in tables:
        try:
            return _parse(file.name, name, heading, rows)
        except AppendixReadError as exc:
            problems.append(str(exc))
    detail = f" ({problems[0]})" if problems else ""
    raise AppendixReadError(f"«{file.name}»: không tìm thấy bảng phụ lục (cần dòng tiêu đề có cột "
                            f"«Nội dung» hoặc «Chủ đề»){detail}.")


# --- reading files into rows of cells --------------------------------------------------------

def _norm(text: str, font: str | None) -> str:
    return unicodedata.normalize("NFC", to_unicode(text, font))


def _xlsx_tables(file: Path):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    wb = load_workbook(file, data_only=True)
    for ws in wb.worksheets:
        spans: dict[tuple[int, int], int] = {}
        covered: set[tuple[int, int]] = set()
        for rng in ws.merged_cells.ranges:
            spans[(rng.min_row, rng.min_col)] = rng.max_col - rng.min_col + 1
            for r in range(rng.min_row, rng.max_row + 1):
                for c in range(rng.min_col, rng.max_col + 1):
                    if (r, c) != (rng.min_row, rng.min_col):
                        covered.add((r, c))
        rows: list[list[Cell]] = []
        heading: list[str] = []
        for r, row in enumerate(ws.iter_rows(), start=1):
            cells: list[Cell] = []
            for c, cell in enumerate(row, start=1):
                if (r, c) in covered:
                    continue
                value = cell.value
                text = "" if value is None else str(value)
                font = cell.font.name if cell.font is not None else None
                text = _norm(text, font)
                cells.append(Cell([ln for ln in text.replace("\r", "\n").split("\n")],
                                  bold=bool(cell.font and cell.font.b), span=spans.get((r, c), 1)))
            rows.append(cells)
        yield f"trang tính «{ws.title}»", heading, rows


def _docx_tables(file: Path):  # type: ignore[no-untyped-def]
    from docx import Document

    doc = Document(str(file))
    heading = []
    for p in doc.paragraphs:
        text = _norm("".join(r.text for r in p.runs) or p.text, _run_font(p.runs[0]) if p.runs else None)
        if text.strip():
            heading.append(text.strip())
    rows: list[list[Cell]] = []
    for table in doc.tables:
        for row in table.rows:
            cells: list[Cell] = []
            seen: list[object] = []
            for cell in row.cells:
                if seen and cell._tc is seen[-1]:  # a horizontally merged cell repeats
                    cells[-1].span += 1
                    continue
                seen.append(cell._tc)
                lines, bold = [], False
                for p in cell.paragraphs:
                    parts = []
                    for run in p.runs:
                        parts.append(_norm(run.text, _run_font(run) or _style_font(p)))
                        bold = bold or bool(run.bold) or bool(p.style is not None and p.style.font.bold)
                    text = "".join(parts) if p.runs else _norm(p.text, _style_font(p))
                    lines.extend(text.replace("\r", "\n").split("\n"))
                cells.append(Cell(lines, bold=bold))
            rows.append(cells)
    yield "bảng trong văn bản", heading[:8], rows


def _run_font(run) -> str | None:  # type: ignore[no-untyped-def]
    name = run.font.name
    if name:
        return str(name)
    rpr = run._r.rPr
    if rpr is not None and rpr.rFonts is not None:
        for attr in ("ascii", "hAnsi", "cs"):
            value = rpr.rFonts.get(f"{{http://schemas.openxmlformats.org/wordprocessingml/2006/main}}{attr}")
            if value:
                return str(value)
    return None


def _style_font(paragraph) -> str | None:  # type: ignore[no-untyped-def]
    style = paragraph.style
    while style is not None:
        if style.font is not None and style.font.name:
            return str(style.font.name)
        style = style.base_style
    return None


# --- parsing rows ------------------------------------------------------------------------------

def _column_of(header_text: str) -> str | None:
    key = fold(header_text)
    key = re.sub(r"[^a-z0-9 ]+", " ", key).strip()
    if not key:
        return None
    for column, words in _HEADER_WORDS:
        for word in words:
            if key == word or re.search(rf"\b{re.escape(word)}\b", key):
                return column
    return None


def _header(cells: list[Cell]) -> dict[str, int] | None:
    columns: dict[str, int] = {}
    position = 0
    for cell in cells:
        column = _column_of(cell.text)
        if column and column not in columns:
            columns[column] = position
        position += cell.span
    if TITLE in columns and len(columns) >= 3:
        return columns
    return None


def _expand(cells: list[Cell]) -> list[Cell]:
    """Cells laid out by grid position (a merged cell occupies its first position)."""
    out: list[Cell] = []
    for cell in cells:
        out.append(cell)
        out.extend(Cell([], span=0) for _ in range(cell.span - 1))
    return out


def _items(cell: Cell | None, split_dashes: bool = False) -> list[str]:
    """List items of a cell: one per line, or lines starting with "-", "+", "•" (others continue)."""
    if cell is None:
        return []
    lines = [clean_line(ln) for ln in cell.lines]
    lines = [ln for ln in lines if ln]
    if split_dashes:
        split: list[str] = []
        for ln in lines:
            if _BULLET.match(ln) and " - " in ln:
                split.extend(f"- {part}" for part in re.split(r"\s+-\s+", ln) if part.strip())
            else:
                split.append(ln)
        lines = split
    bulleted = any(_BULLET.match(ln) for ln in lines)
    items: list[str] = []
    for ln in lines:
        if bulleted and not _BULLET.match(ln) and items:
            items[-1] = f"{items[-1]} {ln}"
        else:
            items.append(_BULLET.sub("", ln))
    return [i.rstrip(";").rstrip().removesuffix(".").strip() if not i.endswith("...") else i for i in items if i.strip(" ;.")]


def _parse(source: str, table: str, heading: list[str], rows: list[list[Cell]]) -> ImportedAppendix:
    header_at, columns = None, None
    for index, cells in enumerate(rows):
        columns = _header(cells)
        if columns:
            header_at = index
            break
    if header_at is None or columns is None:
        raise AppendixReadError(f"{table}: không có dòng tiêu đề bảng")
    result = ImportedAppendix(source=source, table=table)
    result.heading_lines = heading + [c.text for r in rows[:header_at] for c in r if c.text]
    header_texts = [fold(c.text) for c in rows[header_at]]

    def get(cells: list[Cell], column: str) -> Cell | None:
        pos = columns.get(column)
        return cells[pos] if pos is not None and pos < len(cells) else None

    last_theme: ImportedTheme | None = None
    for index in range(header_at + 1, len(rows)):
        raw = rows[index]
        where = f"«{source}», {table}, dòng {index + 1}"
        if not any(c.text for c in raw):
            continue
        if [fold(c.text) for c in raw] == header_texts:
            continue  # the header repeated on a new page
        cells = _expand(raw)
        stt_cell, forms_cell, timing_cell = get(cells, STT), get(cells, FORMS), get(cells, TIMING)
        stt = clean_line(stt_cell.text) if stt_cell else ""
        title_cell = get(cells, TITLE)
        title = " ".join(_items(title_cell)) if title_cell else ""
        filled = [c for c in raw if c.text]
        stt_plain = stt.strip(". ")
        # a group: a Roman numeral, or one merged/bold cell across the table, or "I. Title"
        whole_row = len(filled) == 1 and (filled[0].span >= 3 or filled[0].bold)
        m = re.match(r"^([IVXLC]+)[.\s]+(.+)$", filled[0].text.strip()) if whole_row else None
        if (stt_plain and is_roman(stt_plain) and not any(
                c.text for k, c in ((k, get(cells, k)) for k in (FORMS, LEAD, TIMING, SUPPORT)) if c)) or m:
            group_title = title or (m.group(2) if m else filled[-1].text)
            result.groups.append(ImportedGroup(clean_line(group_title), where=where))
            last_theme = None
            continue
        if whole_row and not stt_plain:
            result.groups.append(ImportedGroup(clean_line(filled[0].text), where=where))
            last_theme = None
            continue
        forms = _items(get(cells, FORMS))
        lead = _items(get(cells, LEAD), split_dashes=True)
        support = _items(get(cells, SUPPORT), split_dashes=True)
        timing_text = clean_line(" ".join(timing_cell.lines)) if timing_cell else ""
        if not stt_plain and not title and last_theme is not None:
            # the rest of the previous row, carried over a page break
            first_line = clean_line(forms_cell.lines[0]) if forms_cell and forms_cell.lines else ""
            if forms and last_theme.forms and first_line and not _BULLET.match(first_line):
                last_theme.forms[-1] = f"{last_theme.forms[-1]} {forms.pop(0)}"
            last_theme.forms.extend(forms)
            last_theme.lead_units.extend(u for u in lead if u not in last_theme.lead_units)
            last_theme.support_units.extend(u for u in support if u not in last_theme.support_units)
            continue
        if not title:
            result.warnings.append(f"{where}: dòng không có nội dung/chủ đề, bỏ qua.")
            continue
        if not result.groups:
            result.groups.append(ImportedGroup("Nội dung chung", where=where))
            result.warnings.append(f"{where}: nội dung đứng trước mọi nhóm; đã đặt vào nhóm «Nội dung chung».")
        theme = ImportedTheme(title=title.rstrip("."), forms=forms, lead_units=lead, support_units=support,
                              timing_text=timing_text, where=where)
        if timing_text:
            try:
                theme.timing = parse_timing(timing_text)
            except ValueError:
                result.warnings.append(f"{where}: không hiểu thời gian «{timing_text}»; để trống thời gian.")
        result.groups[-1].themes.append(theme)
        last_theme = theme
    if not result.theme_count():
        raise AppendixReadError(f"«{source}», {table}: bảng không có nội dung nào")
    for g in result.groups:
        if not g.themes:
            result.warnings.append(f"{g.where}: nhóm «{g.title}» không có nội dung nào.")
    return result
