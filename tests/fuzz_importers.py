"""Generated hostile appendix files, shared by the quick fuzz run in the suite and the long one
under tests/bench: random layouts, merges, huge and control-character cells, wrong types,
truncated and mangled packages."""

from __future__ import annotations

import datetime as dt
import io
import time
from pathlib import Path

from docx import Document
from hypothesis import strategies as st
from openpyxl import Workbook

from kehoach_desktop.exchange.appendix_import import AppendixReadError, read_appendix

HEADERS = ["STT", "TT", "Nội dung", "Chủ đề", "Hình thức", "Đơn vị chủ trì", "Phối hợp", "Thời gian", "Ghi chú", ""]
TEXT = st.one_of(
    st.sampled_from(["I", "II", "1", "2", "- Phòng GD&ĐT\n- phòng gd&đt", "Quý I, II", "tháng 3", "+ Video", "=1+1",
                     "Chuyển đổi số", "Giáo dục mầm non", ""]),
    st.text(max_size=40),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x1F), max_size=20),  # control characters
    st.builds(lambda n: "x" * n, st.integers(0, 40_000)),  # very long cells
)
VALUE = st.one_of(TEXT, st.integers(-10**12, 10**12), st.floats(allow_nan=True), st.booleans(),
                  st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)), st.none())


@st.composite
def sheets(draw: st.DrawFn) -> dict:  # type: ignore[type-arg]
    width = draw(st.integers(1, 9))
    rows = draw(st.lists(st.lists(VALUE, min_size=0, max_size=width), max_size=30))
    if draw(st.booleans()):
        rows.insert(draw(st.integers(0, len(rows))), draw(st.lists(st.sampled_from(HEADERS), min_size=2, max_size=8)))
    merges = draw(st.lists(st.tuples(st.integers(1, 35), st.integers(1, 10), st.integers(0, 6000), st.integers(0, 60)),
                           max_size=4))
    return {"rows": rows, "merges": merges, "bold": draw(st.lists(st.integers(1, 35), max_size=5)),
            "far": draw(st.booleans())}


def xlsx_bytes(spec: dict) -> bytes:  # type: ignore[type-arg]
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    for row in spec["rows"]:
        ws.append([_excel_value(v) for v in row])
    for r in spec["bold"]:
        ws.cell(row=r, column=1).font = Font(bold=True)
    for r, c, height, width in spec["merges"]:
        # small merges through openpyxl; large ones written straight into the XML below
        if height <= 3 and width <= 3:
            try:
                ws.merge_cells(start_row=r, start_column=c, end_row=r + height, end_column=c + width)
            except ValueError:
                pass
    if spec["far"]:
        ws["XFD1048576"] = "xa"
    buffer = io.BytesIO()
    wb.save(buffer)
    big = [(r, c, h, w) for r, c, h, w in spec["merges"] if h > 3 or w > 3]
    if not big:
        return buffer.getvalue()
    from openpyxl.utils import get_column_letter

    refs = "".join(f'<mergeCell ref="{get_column_letter(c)}{r}:{get_column_letter(min(c + w, 16384))}{r + h}"/>'
                   for r, c, h, w in big)
    return _edit_sheet(buffer.getvalue(), lambda xml: xml.replace(
        "</sheetData>", f'</sheetData><mergeCells count="{len(big)}">{refs}</mergeCells>', 1))


def _excel_value(value: object) -> object:
    """Control characters as Excel writes them ("_x0008_", read back as the character itself),
    since openpyxl refuses to write them raw."""
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, str):
        return "".join(f"_x{ord(ch):04X}_" if ord(ch) < 0x20 and ch not in "\t\n\r" else ch for ch in value)
    return value


def _edit_sheet(package: bytes, edit) -> bytes:  # type: ignore[no-untyped-def]
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml" and b"<mergeCells" not in data:
                data = edit(data.decode()).encode()
            dst.writestr(item, data)
    return out.getvalue()


def docx_bytes(spec: dict) -> bytes:  # type: ignore[type-arg]
    doc = Document()
    doc.add_paragraph("PHỤ LỤC")
    rows = [[str(v) if v is not None else "" for v in row] for row in spec["rows"]] or [[""]]
    width = max(1, max(len(r) for r in rows))
    table = doc.add_table(rows=len(rows), cols=width)
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            text = "".join(ch for ch in value if ch in "\t\n" or ord(ch) >= 0x20)  # XML cannot hold the rest
            table.cell(i, j).text = text
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


MANGLE = st.one_of(
    st.builds(lambda n: ("truncate", n), st.integers(0, 4000)),
    st.builds(lambda at, b: ("flip", at, b), st.integers(0, 20000), st.binary(min_size=1, max_size=64)),
    st.just(("none",)),
)


def mangled(data: bytes, how: tuple) -> bytes:  # type: ignore[type-arg]
    if how[0] == "truncate":
        return data[: how[1]]
    if how[0] == "flip":
        at = how[1] % max(1, len(data))
        return data[:at] + how[2] + data[at + len(how[2]):]
    return data


def read_and_import(store, plan_id: int, path: Path, limit_seconds: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    """Reading gives an appendix or an AppendixReadError; importing writes all or nothing, and
    the dry run agrees with the import. Nothing takes more than `limit_seconds`."""
    from kehoach_desktop.services import plans, transfer
    from kehoach_desktop.services.errors import ServiceError

    started = time.perf_counter()
    try:
        data = read_appendix(path)
    except AppendixReadError as exc:
        assert str(exc)
        assert time.perf_counter() - started < limit_seconds
        return
    assert time.perf_counter() - started < limit_seconds
    before = len(plans.get_plan(store, plan_id).groups)
    try:
        preview = transfer.import_appendix(store, plan_id, data, dry_run=True)
    except ServiceError:
        dry_ok = False
    else:
        dry_ok = True
        assert not preview.written
    assert len(plans.get_plan(store, plan_id).groups) == before
    try:
        transfer.import_appendix(store, plan_id, data)
    except ServiceError:
        assert not dry_ok, "the dry run passed but the import was refused"
        assert len(plans.get_plan(store, plan_id).groups) == before  # nothing half-written
    else:
        assert dry_ok, "the import passed but the dry run was refused"
        assert len(plans.get_plan(store, plan_id).groups) == before + len(data.groups)
    assert time.perf_counter() - started < limit_seconds
