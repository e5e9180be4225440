"""Excel out (read back with openpyxl) and the superior's appendix in (.xlsx and .docx)."""

from __future__ import annotations

import datetime as dt
import tempfile
import tracemalloc
from pathlib import Path

import openpyxl
import pytest
from appendix_fixtures import legacy_xlsx, sample_groups, superior_docx, superior_xlsx

from kehoach_desktop.exchange.appendix_import import AppendixReadError, read_appendix
from kehoach_desktop.exchange.articles_xlsx import write_articles
from kehoach_desktop.exchange.progress import ExportCancelled
from kehoach_desktop.exchange.xlsx_common import CellTooLong, sheet_title
from kehoach_desktop.records import ArticleLine
from kehoach_desktop.services import appendix, plans, transfer
from kehoach_desktop.services.store import Store


def themes_of(plan_or_import) -> list[tuple]:  # type: ignore[no-untyped-def]
    out = []
    for g in plan_or_import.groups:
        for t in g.themes:
            lead = [u if isinstance(u, str) else u.name for u in t.lead_units]
            support = [u if isinstance(u, str) else u.name for u in t.support_units]
            out.append((g.title, t.title, list(t.forms), lead, support, t.timing))
    return out


def test_appendix_export_layout(store: Store, demo_plan: int, tmp_path: Path) -> None:
    plans.update_plan(store, demo_plan, {"number": 115, "issued_on": dt.date(2024, 2, 7)})
    path, warnings = transfer.export_appendix(store, demo_plan, tmp_path / "phu-luc.xlsx")
    assert warnings == []
    ws = openpyxl.load_workbook(path).active
    assert ws["A1"].value == "PHỤ LỤC" and ws["A1"].font.b and ws["A1"].font.name == "Times New Roman"
    assert ws["A2"].value == "KẾ HOẠCH TRUYỀN THÔNG VỀ GIÁO DỤC VÀ ĐÀO TẠO NĂM 2024"
    assert ws["A3"].value == ("(Kèm theo Kế hoạch số 115/KH-GD&ĐT ngày 07 tháng 02 năm 2024 của "
                              "Phòng Giáo dục và Đào tạo huyện Lạc Thủy)")
    assert ws["A3"].font.i
    assert [c.value for c in ws[5]] == ["STT", "Nội dung/Chủ đề", "Hình thức/sản phẩm truyền thông",
                                        "Đơn vị chủ trì", "Thời gian thực hiện", "Đơn vị phối hợp"]
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A1:F1", "A2:F2", "A3:F3", "B6:F6"} <= merged
    assert (ws["A6"].value, ws["B6"].value, ws["B6"].font.b) == ("I", "Đẩy mạnh đổi mới quản lý nhà nước về GD&ĐT", True)
    assert ws["A7"].value == "1" and ws["E7"].value == "Quý I, II, III, IV"
    assert ws["C7"].value.startswith("- Triển khai tuyên thông tin") and ws["C7"].value.count("\n- ") == 2
    assert ws["F7"].value == "- TTVH, TT&TT huyện Lạc Thủy\n- Các trường học trực thuộc"
    assert ws["C7"].alignment.wrap_text and ws["C7"].alignment.vertical == "top"
    assert ws["C7"].border.left.style == "thin" and ws["C7"].font.name == "Times New Roman"
    group_rows = [r for r in range(6, ws.max_row + 1) if ws.cell(r, 1).value in "I II III IV V VI VII VIII IX".split()]
    assert len(group_rows) == 9 and ws.max_row == 5 + 9 + 24
    # print setup: A4 landscape, one page wide, header repeated, ND30 margins, page numbers from page 2
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0
    assert ws.print_title_rows == "$5:$5"
    assert ws.page_margins.left == pytest.approx(30 / 25.4) and ws.page_margins.right == pytest.approx(15 / 25.4)
    assert ws.page_margins.top == pytest.approx(20 / 25.4)
    assert ws.oddHeader.center.text == "&P" and ws.HeaderFooter.differentFirst
    assert ws.freeze_panes == "A6"
    assert ws.row_dimensions[7].height > 40  # three forms on their own lines


def test_text_is_never_a_formula_and_is_cleaned(store: Store, demo_plan: int, tmp_path: Path) -> None:
    group = plans.get_plan(store, demo_plan).groups[0]
    appendix.add_theme(store, group.id, "=HYPERLINK(\"http://x\",\"bấm\")", forms=["+84 912 345 678", "@mention", "-1"])
    appendix.add_theme(store, group.id, "Tiêu đề có ký tự\x07 chuông")
    path, warnings = transfer.export_appendix(store, demo_plan, tmp_path / "a.xlsx")
    ws = openpyxl.load_workbook(path).active
    row = next(r for r in range(1, ws.max_row + 1) if str(ws.cell(r, 2).value).startswith("=HYPERLINK"))
    assert ws.cell(row, 2).data_type == "s" and ws.cell(row, 3).data_type == "s"
    assert ws.cell(row, 3).value == "- +84 912 345 678\n- @mention\n- -1"
    # the service already strips control characters on the way in: nothing left to warn about here
    assert all("\x07" not in str(c.value) for r in ws.iter_rows() for c in r)
    assert warnings == []


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's temporary folder, where a workbook written row by row keeps its rows until saved."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_overlong_cell_is_reported_not_cut(store: Store, demo_plan: int, tmp_path: Path, temp_dir: Path) -> None:
    group = plans.get_plan(store, demo_plan).groups[2]
    appendix.add_theme(store, group.id, "Rất dài", forms=["x" * 9_000] * 4)
    out = tmp_path / "out"
    target = out / "dai.xlsx"
    with pytest.raises(CellTooLong, match=r"Nội dung III\.4 \(dòng \d+\).*32\.767"):
        transfer.export_appendix(store, demo_plan, target)
    assert not out.exists() or list(out.iterdir()) == []
    assert list(temp_dir.iterdir()) == []  # nor the rows written before the long one


def test_cancelled_export_leaves_no_file(store: Store, demo_plan: int, tmp_path: Path, temp_dir: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(ExportCancelled):
        transfer.export_appendix(store, demo_plan, out / "huy.xlsx", cancelled=lambda: True)
    with pytest.raises(ExportCancelled):
        transfer.export_articles(store, demo_plan, out / "tin.xlsx", cancelled=lambda: True)
    assert not out.exists() or list(out.iterdir()) == []
    assert list(temp_dir.iterdir()) == []


def test_article_export_memory_does_not_grow_with_its_cells(tmp_path: Path) -> None:
    """A year of a province's articles (200,000 rows) must not be held cell by cell: the rows go to
    the file as they are written. Measured as the traced peak per extra row (the same texts on
    every row, so that Excel's table of shared strings does not grow): all cells held took 4.9 kB
    a row; a hyperlink, which the file lists at its end, about 0.8 kB."""
    def peak(rows: int) -> float:
        lines = [ArticleLine(published_on=dt.date(2024, 1 + i % 12, 1 + i % 28), title="Tin về chuyển đổi số",
                             kind="Tin", channel="Cổng thông tin", url="https://sgd.example.vn/tin",
                             themes=("I.1. Chuyển đổi số",), groups=("I. Chuyển đổi số",), unit="Phòng GD&ĐT",
                             authors="Nguyễn Văn A", status="Đã đăng", evidence=()) for i in range(rows)]
        tracemalloc.start()
        try:
            write_articles(lines, tmp_path / f"{rows}.xlsx", "Danh sách tin bài")
            return float(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()

    per_row = (peak(1200) - peak(300)) / 900
    assert per_row < 1500, f"{per_row:.0f} bytes a row"
    wb = openpyxl.load_workbook(tmp_path / "1200.xlsx")
    assert wb["Tin bài"].max_row == 3 + 1200 and wb["Tin bài"]["F1203"].hyperlink.target.endswith("/tin")


@pytest.mark.parametrize(("name", "expected"), [("Phụ lục: 2024/2025 [bản chính]*?", "Phụ lục- 2024-2025 -bản chính--"),
                                                 ("x" * 40, "x" * 31)])
def test_sheet_titles_are_valid(name: str, expected: str) -> None:
    assert sheet_title(name) == expected
    assert sheet_title("Tin bài", {"tin bài"}) == "Tin bài (2)"


def test_article_export(store: Store, demo_plan: int, tmp_path: Path) -> None:
    path, _ = transfer.export_articles(store, demo_plan, tmp_path / "tin.xlsx", dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Tin bài", "Tổng hợp"]
    ws = wb["Tin bài"]
    rows = [r for r in ws.iter_rows(min_row=4, values_only=True) if r[0]]
    # dates are dates (shown dd/mm/yyyy), numbers are numbers
    assert rows and all(isinstance(r[1], dt.datetime) and dt.date(2024, 1, 1) <= r[1].date() <= dt.date(2024, 3, 31)
                        for r in rows)
    assert ws["B4"].number_format == "DD/MM/YYYY" and [r[0] for r in rows] == list(range(1, len(rows) + 1))
    assert ws["F4"].hyperlink is not None and ws["F4"].hyperlink.target == ws["F4"].value
    assert ws["F4"].value.startswith("https://")
    assert {r[9] for r in rows} == {"Đã đăng"} and rows[0][6].startswith(("I", "V"))
    summary = wb["Tổng hợp"]
    header_row = next(r for r in range(1, 10) if summary.cell(row=r, column=1).value == "Tháng")
    header = [c.value for c in summary[header_row] if c.value]
    assert header[0] == "Tháng" and header[-1] == "Cộng"
    month_rows = [r for r in summary.iter_rows(min_row=header_row + 1, max_row=header_row + 3, values_only=True)]
    assert sum(r[len(header) - 1] for r in month_rows) == len(rows)


def test_round_trip_export_then_import(store: Store, demo_plan: int, tmp_path: Path) -> None:
    path, _ = transfer.export_appendix(store, demo_plan, tmp_path / "pl.xlsx")
    data = read_appendix(path)
    assert themes_of(data) == themes_of(plans.get_plan(store, demo_plan))
    new_plan = plans.create_plan(store, {"title": "Truyền thông năm 2025", "period": "2025"})
    preview = transfer.import_appendix(store, new_plan, data)
    assert preview.written and preview.new_units == []
    assert themes_of(plans.get_plan(store, new_plan)) == themes_of(plans.get_plan(store, demo_plan))


@pytest.mark.parametrize("decomposed", [False, True])
def test_import_another_layout(store: Store, demo_plan: int, tmp_path: Path, decomposed: bool) -> None:
    data = read_appendix(superior_xlsx(tmp_path / "so.xlsx", decomposed))
    assert len(data.groups) == 9 and data.theme_count() == 24
    assert data.attached_to.startswith("Kế hoạch số 453/KH-SGD&ĐT-VP ngày 22/02/2024")
    expected = [(g["title"], t["title"], t["forms"], t["lead_units"], t["support_units"])
                for g in sample_groups() for t in g["themes"]]
    assert [(g, t, f, lead, s) for g, t, f, lead, s, _timing in themes_of(data)] == expected
    assert data.groups[8].themes[0].timing.quarters == {3, 4}
    assert data.groups[7].themes[0].timing.quarters == {1, 2, 3}
    new_plan = plans.create_plan(store, {"title": "Truyền thông năm 2025", "period": "2025"})
    preview = transfer.import_appendix(store, new_plan, data, dry_run=True)
    assert not preview.written and preview.themes == 24
    assert plans.get_plan(store, new_plan).groups == ()
    transfer.import_appendix(store, new_plan, data)
    plan = plans.get_plan(store, new_plan)
    assert plan.basis[-1].text.startswith("Thực hiện Kế hoạch số 453/KH-SGD&ĐT-VP")
    assert plan.themes()[0].title == "Nâng cao hiệu lực, hiệu quả công tác quản lý nhà nước về giáo dục"


def test_import_word_with_merged_groups_repeated_header_and_split_row(store: Store, tmp_path: Path) -> None:
    data = read_appendix(superior_docx(tmp_path / "so.docx"))
    groups = sample_groups()[:3]
    assert [g.title for g in data.groups] == [g["title"] for g in groups]
    assert [[t.title for t in g.themes] for g in data.groups] == [[t["title"] for t in g["themes"]] for g in groups]
    assert data.groups[1].themes[1].forms == groups[1]["themes"][1]["forms"]  # rejoined across the break
    assert data.groups[0].themes[0].support_units == groups[0]["themes"][0]["support_units"]


def test_import_legacy_encodings(tmp_path: Path) -> None:
    group = sample_groups()[6]
    tcvn = read_appendix(legacy_xlsx(tmp_path / "tcvn3.xlsx", "tcvn3"))
    assert tcvn.groups[0].title == group["title"].lower()
    assert tcvn.groups[0].themes[0].title == group["themes"][0]["title"].lower()
    assert tcvn.groups[0].themes[0].lead_units == ["phòng gd&đt"]
    vni = read_appendix(legacy_xlsx(tmp_path / "vni.xlsx", "vni"))
    assert vni.groups[0].themes[1].title == group["themes"][1]["title"]
    word = read_appendix(superior_docx(tmp_path / "vni.docx", legacy="vni"))
    assert word.groups[2].themes[0].title == sample_groups()[2]["themes"][0]["title"]


def test_unreadable_files_are_named(tmp_path: Path) -> None:
    fake = tmp_path / "khong-phai.xlsx"
    fake.write_text("đây không phải Excel")
    with pytest.raises(AppendixReadError, match="khong-phai.xlsx"):
        read_appendix(fake)
    empty = tmp_path / "trong.xlsx"
    openpyxl.Workbook().save(empty)
    with pytest.raises(AppendixReadError, match="không tìm thấy bảng phụ lục"):
        read_appendix(empty)
    with pytest.raises(AppendixReadError, match=r"\.xlsx hoặc \.docx"):
        read_appendix(Path(__file__))


def test_failed_import_changes_nothing(store: Store, demo_plan: int, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    data = read_appendix(superior_xlsx(tmp_path / "so.xlsx"))
    data.groups[5].themes[0].title = "x" * 5  # fine
    before = plans.get_plan(store, demo_plan)
    from kehoach_desktop.db import models

    original = models.Theme.__init__
    calls = {"n": 0}

    def failing(self, **kw):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 20:
            raise RuntimeError("ổ đĩa đầy")
        original(self, **kw)

    monkeypatch.setattr(models.Theme, "__init__", failing)
    with pytest.raises(RuntimeError):
        transfer.import_appendix(store, demo_plan, data)
    monkeypatch.setattr(models.Theme, "__init__", original)
    after = plans.get_plan(store, demo_plan)
    assert themes_of(after) == themes_of(before) and after.basis == before.basis
