"""Importer files made to break it: far cells, huge merges, zip bombs, truncated packages, values
longer than the services accept, one unit written twice. Each is refused or read quickly, with a
message naming where, and nothing is half-written."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from kehoach_desktop.exchange.appendix_import import MAX_UNZIPPED, AppendixReadError, read_appendix
from kehoach_desktop.services import plans, transfer, units
from kehoach_desktop.services.errors import ValidationError
from kehoach_desktop.services.store import Store

HEADER = ["STT", "Nội dung", "Hình thức", "Đơn vị chủ trì", "Thời gian", "Đơn vị phối hợp"]


def small_appendix(path: Path, rows: list[list[str]] | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["PHỤ LỤC"])
    ws.append(HEADER)
    ws.append(["I", "Tuyên truyền chủ trương, chính sách"])
    for row in rows or [["1", "Chuyển đổi số", "- Tin bài\n- Video", "- Phòng GD&ĐT", "Quý I, II", "- Các trường"]]:
        ws.append(row)
    wb.save(path)
    return path


def with_sheet_xml(path: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    """Rewrite the first sheet's XML inside the package (what openpyxl itself would refuse to write)."""
    out = path.with_name("edited-" + path.name)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = edit(data.decode()).encode()
            dst.writestr(item, data)
    return out


def test_a_stray_cell_at_the_end_of_the_sheet_is_ignored_quickly(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append(["I", "Nhóm"])
    ws.append(["1", "Nội dung", "- Tin", "- Phòng", "Quý I", ""])
    ws["XFD1048576"] = "x"
    wb.save(tmp_path / "xa.xlsx")
    assert (tmp_path / "xa.xlsx").stat().st_size < 10_000
    started = time.perf_counter()
    data = read_appendix(tmp_path / "xa.xlsx")
    assert time.perf_counter() - started < 5
    assert data.theme_count() == 1 and any("XFD1048576" in w for w in data.warnings)


@pytest.mark.parametrize("ref", ["A3:XFD1048576", "A5:Z100000", "A1:AZ10"])
def test_a_huge_merged_area_is_refused_before_it_is_built(tmp_path: Path, ref: str) -> None:
    source = small_appendix(tmp_path / "pl.xlsx")
    merged = with_sheet_xml(source, lambda xml: xml.replace(
        "</sheetData>", f'</sheetData><mergeCells count="1"><mergeCell ref="{ref}"/></mergeCells>'))
    started = time.perf_counter()
    with pytest.raises(AppendixReadError, match=ref.replace(":", ":")):
        read_appendix(merged)
    assert time.perf_counter() - started < 5


def test_a_zip_bomb_is_refused_unread(tmp_path: Path) -> None:
    source = small_appendix(tmp_path / "pl.xlsx")
    padding = " " * (MAX_UNZIPPED + 1024)
    bomb = with_sheet_xml(source, lambda xml: xml.replace("</worksheet>", f"<!--{padding}--></worksheet>"))
    assert bomb.stat().st_size < 1_000_000
    with pytest.raises(AppendixReadError, match="giải nén"):
        read_appendix(bomb)


@pytest.mark.parametrize("damage", ["truncated", "not a zip", "empty"])
def test_a_damaged_package_says_which_file(tmp_path: Path, damage: str) -> None:
    source = small_appendix(tmp_path / "pl.xlsx")
    target = tmp_path / "hong.xlsx"
    content = source.read_bytes()
    target.write_bytes({"truncated": content[: len(content) // 2], "not a zip": b"PK\x03\x04 rubbish",
                        "empty": b""}[damage])
    with pytest.raises(AppendixReadError, match="hong.xlsx"):
        read_appendix(target)


def test_one_unit_written_twice_is_one_unit(store: Store, demo_plan: int, tmp_path: Path) -> None:
    source = small_appendix(tmp_path / "pl.xlsx", [
        ["1", "Chuyển đổi số", "- Tin", "- Phòng GD&ĐT\n- phòng gd&đt", "Quý I", "- PHÒNG GD&ĐT\n- Trường Mới Lập"]])
    data = read_appendix(source)
    new_plan = plans.create_plan(store, {"title": "Truyền thông năm 2025", "period": "2025"})
    preview = transfer.import_appendix(store, new_plan, data, dry_run=True)
    assert preview.new_units == ["Trường Mới Lập"] and not preview.written
    assert plans.get_plan(store, new_plan).groups == ()  # the dry run wrote nothing
    written = transfer.import_appendix(store, new_plan, data)
    assert written.written and written.new_units == preview.new_units
    [theme] = plans.get_plan(store, new_plan).themes()
    assert [u.name for u in theme.lead_units] == ["Phòng GD&ĐT"]
    assert [u.name for u in theme.support_units] == ["Trường Mới Lập"]


@pytest.mark.parametrize("column, length, label", [(1, 200_000, "Nội dung/Chủ đề"), (3, 40_000, "Tên đơn vị")])
def test_values_longer_than_the_services_accept_are_refused_with_their_row(
        store: Store, demo_plan: int, tmp_path: Path, column: int, length: int, label: str) -> None:
    row = ["1", "Chuyển đổi số", "- Tin", "- Phòng GD&ĐT", "Quý I", ""]
    row[column] = ("- " if column == 3 else "") + "x" * length
    data = read_appendix(small_appendix(tmp_path / "dai.xlsx", [row]))
    new_plan = plans.create_plan(store, {"title": "Truyền thông năm 2025", "period": "2025"})
    before = len(units.list_units(store))
    for dry_run in (True, False):  # the dry run refuses exactly what the import refuses
        with pytest.raises(ValidationError, match=label) as refused:
            transfer.import_appendix(store, new_plan, data, dry_run=dry_run)
        assert "dòng 4" in str(refused.value)
    assert plans.get_plan(store, new_plan).groups == () and len(units.list_units(store)) == before


def test_an_import_is_preceded_by_a_backup(store: Store, demo_plan: int, tmp_path: Path) -> None:
    from kehoach_desktop.db.backup import list_backups

    data = read_appendix(small_appendix(tmp_path / "pl.xlsx"))
    new_plan = plans.create_plan(store, {"title": "Truyền thông năm 2025", "period": "2025"})
    folder = store.files_dir.parent / "backups"
    before = [b for b in list_backups(folder) if b.kind == "before-import"]
    transfer.import_appendix(store, new_plan, data, dry_run=True)
    assert [b for b in list_backups(folder) if b.kind == "before-import"] == before  # a dry run changes nothing
    transfer.import_appendix(store, new_plan, data)
    assert len([b for b in list_backups(folder) if b.kind == "before-import"]) == len(before) + 1


def test_many_large_merged_areas_are_refused_quickly(tmp_path: Path) -> None:
    """Each area within the limits, together far beyond what an appendix merges (its group rows):
    refused before openpyxl builds them (the long fuzzing found four such areas taking 22 s)."""
    source = small_appendix(tmp_path / "pl.xlsx")
    refs = ["G14:AL4271", "C15:AG320", "G5:AJ46", "G14:AL4271"]
    merged = with_sheet_xml(source, lambda xml: xml.replace("</sheetData>", "</sheetData><mergeCells count=\"4\">"
                            + "".join(f'<mergeCell ref="{r}"/>' for r in refs) + "</mergeCells>"))
    started = time.perf_counter()
    with pytest.raises(AppendixReadError, match="vùng gộp ô.*20.000 ô"):
        read_appendix(merged)
    assert time.perf_counter() - started < 2
    # an appendix's own merges (a title over the table, each group row across it) still read
    normal = with_sheet_xml(source, lambda xml: xml.replace(
        "</sheetData>", '</sheetData><mergeCells count="2"><mergeCell ref="A1:F1"/><mergeCell ref="B3:F3"/></mergeCells>'))
    assert read_appendix(normal).theme_count() == 1
