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

# What is read at the most, checked before anything is allocated: an appendix is a few hundred
# rows of a few columns; a file beyond these is refused (or its stray far cells ignored) rather
# than read for minutes or until memory runs out.
MAX_ROWS = 5_000
MAX_COLS = 40
MAX_CELLS = 200_000  # cells stored in one sheet
# cells inside merged areas, all together, in one sheet: openpyxl builds and styles every one of
# them on opening (four areas of 4,000 × 30 took 22 s); an appendix's group rows need a few thousand
MAX_MERGED_CELLS = 20_000
MAX_UNZIPPED = 64 * 1024 * 1024  # all parts of the file, unpacked
MAX_CELL_CHARS = 32_767  # Excel's own limit for a cell


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
        if suffix in (".xlsx", ".xlsm", ".docx"):
            _check_package(file)
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
    for name, heading, rows, warnings in tables:
        try:
            result = _parse(file.name, name, heading, rows)
            result.warnings[:0] = [f"«{file.name}», {w}" for w in warnings]
            return result
        except AppendixReadError as exc:
            problems.append(str(exc))
    detail = f" ({problems[0]})" if problems else ""
    raise AppendixReadError(f"«{file.name}»: không tìm thấy bảng phụ lục (cần dòng tiêu đề có cột "
                            f"«Nội dung» hoặc «Chủ đề»){detail}.")


# --- reading files into rows of cells --------------------------------------------------------

def _norm(text: str, font: str | None) -> str:
    return unicodedata.normalize("NFC", to_unicode(text, font))


def _check_package(file: Path) -> None:
    """Refuse, before any library reads it, a package that unpacks to more than MAX_UNZIPPED, a
    sheet with more than MAX_CELLS cells, a merged area beyond MAX_ROWS × MAX_COLS, or merged
    areas of more than MAX_MERGED_CELLS cells together (openpyxl builds and styles every merged
    cell: one merge over a whole sheet exhausts memory, a few large ones take minutes)."""
    import zipfile
    from xml.etree.ElementTree import iterparse

    from openpyxl.utils.cell import range_boundaries

    try:
        archive = zipfile.ZipFile(file)
    except zipfile.BadZipFile:
        raise AppendixReadError(f"«{file.name}» không phải tệp Office đọc được (không phải tệp zip).") from None
    with archive:
        parts = archive.infolist()
        if sum(p.file_size for p in parts) > MAX_UNZIPPED:
            raise AppendixReadError(f"«{file.name}»: nội dung giải nén lớn quá {MAX_UNZIPPED // 2**20} MB; "
                                    "không phải một phụ lục.")
        for part in parts:
            if not (part.filename.startswith("xl/worksheets/") and part.filename.endswith(".xml")):
                continue
            sheet = part.filename.rsplit("/", 1)[-1].removesuffix(".xml")
            cells = merged = 0
            with archive.open(part) as stream:
                for _event, element in iterparse(stream):
                    tag = element.tag.rsplit("}", 1)[-1]
                    if tag == "c":
                        cells += 1
                        if cells > MAX_CELLS:
                            raise AppendixReadError(f"«{file.name}», {sheet}: hơn {MAX_CELLS:,} ô; không phải một "
                                                    "phụ lục.".replace(",", "."))
                    elif tag == "mergeCell":
                        ref = element.get("ref", "")
                        try:
                            min_col, min_row, max_col, max_row = range_boundaries(ref)
                        except (TypeError, ValueError):
                            raise AppendixReadError(f"«{file.name}», {sheet}: vùng gộp ô «{ref}» không hợp lệ.") from None
                        if (max_row or 0) - (min_row or 0) >= MAX_ROWS or (max_col or 0) - (min_col or 0) >= MAX_COLS:
                            raise AppendixReadError(f"«{file.name}», {sheet}: vùng gộp ô {ref} quá lớn (tối đa "
                                                    f"{MAX_ROWS} dòng × {MAX_COLS} cột).")
                        merged += ((max_row or 0) - (min_row or 0) + 1) * ((max_col or 0) - (min_col or 0) + 1)
                        if merged > MAX_MERGED_CELLS:
                            limit = f"{MAX_MERGED_CELLS:,}".replace(",", ".")
                            raise AppendixReadError(f"«{file.name}», {sheet}: các vùng gộp ô (đến {ref}) gồm hơn "
                                                    f"{limit} ô; không phải một phụ lục.")
                    if tag in ("row", "mergeCell"):
                        element.clear()  # stream: keep nothing of what was read


def _xlsx_tables(file: Path):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    wb = load_workbook(file, data_only=True)
    for ws in wb.worksheets:
        spans: dict[tuple[int, int], int] = {}
        covered: set[tuple[int, int]] = set()
        for rng in ws.merged_cells.ranges:  # each within MAX_ROWS × MAX_COLS (_check_package)
            spans[(rng.min_row, rng.min_col)] = rng.max_col - rng.min_col + 1
            for r in range(rng.min_row, min(rng.max_row, MAX_ROWS) + 1):
                for c in range(rng.min_col, min(rng.max_col, MAX_COLS) + 1):
                    if (r, c) != (rng.min_row, rng.min_col):
                        covered.add((r, c))
        # only the cells the sheet holds: a stray value at XFD1048576 must not make us walk the
        # whole sheet (openpyxl's iter_rows would create every empty cell up to it)
        stored = {key: cell for key, cell in ws._cells.items() if cell.value is not None}
        far = sorted(key for key in stored if key[0] > MAX_ROWS or key[1] > MAX_COLS)
        warnings = [f"trang tính «{ws.title}»: bỏ qua {len(far)} ô ngoài vùng {MAX_ROWS} dòng × {MAX_COLS} cột "
                    f"(ô đầu tiên: {ws.cell(*far[0]).coordinate})."] if far else []
        last_row = max((r for r, c in stored if r <= MAX_ROWS and c <= MAX_COLS), default=0)
        last_col = max((c for r, c in stored if r <= MAX_ROWS and c <= MAX_COLS), default=0)
        rows: list[list[Cell]] = []
        heading: list[str] = []
        for r in range(1, last_row + 1):
            cells: list[Cell] = []
            for c in range(1, last_col + 1):
                if (r, c) in covered:
                    continue
                cell = stored.get((r, c)) or ws._cells.get((r, c))
                value = cell.value if cell is not None else None
                text = "" if value is None else str(value)[:MAX_CELL_CHARS]
                font = cell.font.name if cell is not None and cell.font is not None else None
                text = _norm(text, font)
                cells.append(Cell([ln for ln in text.replace("\r", "\n").split("\n")],
                                  bold=bool(cell is not None and cell.font and cell.font.b), span=spans.get((r, c), 1)))
            rows.append(cells)
        yield f"trang tính «{ws.title}»", heading, rows, warnings


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
                cells.append(Cell([ln[:MAX_CELL_CHARS] for ln in lines], bold=bold))
            rows.append(cells)
            if len(rows) >= MAX_ROWS:
                yield "bảng trong văn bản", heading[:8], rows, [f"chỉ đọc {MAX_ROWS} dòng đầu của bảng."]
                return
    yield "bảng trong văn bản", heading[:8], rows, []


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
