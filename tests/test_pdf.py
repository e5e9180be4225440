"""The PDFs read back as a reader sees them: sizes, margins, fonts, header positions, page numbers."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pypdf import PdfReader

from kehoach_desktop.services import appendix, documents, plans, reports
from kehoach_desktop.services.store import Store

MM = 72 / 25.4
Reader = Callable[[Path], contextlib.AbstractContextManager[Any]]  # conftest's read_once
A4 = (595.28, 841.89)


@pytest.fixture(scope="module")
def plan_pdf(templates: dict[str, tuple[Path, int | None]], tmp_path_factory: pytest.TempPathFactory,
             backend) -> Path:  # type: ignore[no-untyped-def]
    """The demo plan, numbered and signed KT., rendered once for the tests that only read it."""
    from kehoach_desktop.bootstrap import open_app_database

    folder = tmp_path_factory.mktemp("plan-pdf")
    url = backend.copy(templates["demo"][0], folder / "data")
    opened = open_app_database(str(folder / "data"), url, actor="tester")
    try:
        plan_id = templates["demo"][1]
        assert plan_id is not None
        plans.update_plan(opened.store, plan_id, {"number": 115, "issued_on": dt.date(2024, 2, 7),
                                                  "signer_prefix": "KT.", "signer_position": "PHÓ TRƯỞNG PHÒNG",
                                                  "signer_name": "Nguyễn Đức Toàn"})
        return documents.export_plan_pdf(opened.store, plan_id, folder / "out" / "ke-hoach.pdf")
    finally:
        opened.close()


@functools.lru_cache(maxsize=8)
def page_texts(path: Path) -> list[str]:  # cached: several tests read the same file, which does not change
    with pdfplumber.open(path) as pdf:
        return [p.extract_text() or "" for p in pdf.pages]


@pytest.mark.layout
def test_pages_are_a4_portrait_then_landscape_for_the_appendix(plan_pdf: Path, read_once: Reader) -> None:
    texts = page_texts(plan_pdf)
    first_appendix = next(i for i, t in enumerate(texts) if t.lstrip().startswith("PHỤ LỤC"))
    with read_once(plan_pdf) as pdf:
        for i, page in enumerate(pdf.pages):
            size = (round(page.width, 1), round(page.height, 1))
            expected = (round(A4[0], 1), round(A4[1], 1)) if i < first_appendix else (round(A4[1], 1), round(A4[0], 1))
            assert size == expected, f"page {i + 1}"


@pytest.mark.layout
def test_every_character_inside_the_nd30_margins(plan_pdf: Path, read_once: Reader) -> None:
    with read_once(plan_pdf) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            body = [c for c in page.chars if c["top"] > 20 * MM - 1]  # the page number sits in the top margin
            assert min(c["x0"] for c in body) >= 30 * MM - 0.5, f"left margin, page {number}"
            assert max(c["x1"] for c in body) <= page.width - 15 * MM + 0.5, f"right margin, page {number}"
            assert max(c["bottom"] for c in body) <= page.height - 20 * MM + 0.5, f"bottom margin, page {number}"
            numbers = [c for c in page.chars if c["top"] < 20 * MM - 1]
            if numbers:
                assert abs((min(c["x0"] for c in numbers) + max(c["x1"] for c in numbers)) / 2
                           - (30 * MM + (page.width - 45 * MM) / 2)) < 3, f"page number centred, page {number}"


@pytest.mark.layout
def test_fonts_are_embedded_with_all_four_styles(plan_pdf: Path) -> None:
    reader = PdfReader(plan_pdf)
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object() if "/FontDescriptor" in font else {}
            fonts[str(font["/BaseFont"])] = "/FontFile2" in descriptor
    names = {name.split("+")[-1] for name in fonts}
    assert names >= {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic"} \
        or {n for n in names if "Times" in n}
    assert all(fonts.values()), fonts


@pytest.mark.layout
def test_header_columns_and_text_extract_exactly(plan_pdf: Path, read_once: Reader) -> None:
    with read_once(plan_pdf) as pdf:
        page = pdf.pages[0]
        words = page.extract_words(extra_attrs=["fontname", "size"])
        mid = 30 * MM + (page.width - 45 * MM) * 0.42

        office = [w for w in words if w["text"] == "PHÒNG"][0]
        assert office["x1"] < mid and "Bold" in office["fontname"] and round(office["size"]) == 13
        nation = [w for w in words if w["text"] == "CỘNG"][0]
        assert nation["x0"] > mid and "Bold" in nation["fontname"] and round(nation["size"]) == 12
        motto = [w for w in words if w["text"] == "Độc"][0]
        assert motto["x0"] > mid and round(motto["size"]) == 13
        date = [w for w in words if w["text"] == "Lạc" and w["x0"] > mid][0]
        assert "Italic" in date["fontname"]
        number = [w for w in words if w["text"] == "115/KH-GD&ĐT"][0]
        assert number["x1"] < mid
        assert abs(number["top"] - date["top"]) < 25  # the number level with the place and date
    text = "\n".join(page_texts(plan_pdf))
    assert "Số: 115/KH-GD&ĐT" in text
    assert "Lạc Thủy, ngày 07 tháng 02 năm 2024" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Độc lập - Tự do - Hạnh phúc" in text
    assert "Truyền thông về Giáo dục và Đào tạo năm 2024" in text
    assert "I. MỤC ĐÍCH, YÊU CẦU" in text
    assert "KT. TRƯỞNG PHÒNG" in text and "PHÓ TRƯỞNG PHÒNG" in text and "Nguyễn Đức Toàn" in text
    assert "Nơi nhận:" in text
    assert unicodedata.is_normalized("NFC", text)


@pytest.mark.layout
def test_page_numbers_none_on_first_pages_each_appendix_its_own(plan_pdf: Path, read_once: Reader) -> None:
    texts = page_texts(plan_pdf)
    first_appendix = next(i for i, t in enumerate(texts) if t.lstrip().startswith("PHỤ LỤC"))
    with read_once(plan_pdf) as pdf:
        def top_number(i: int) -> str:
            page = pdf.pages[i]
            return "".join(c["text"] for c in sorted(page.chars, key=lambda c: c["x0"]) if c["top"] < 20 * MM - 1)

        assert top_number(0) == ""
        assert [top_number(i) for i in range(1, first_appendix)] == [str(n) for n in range(2, first_appendix + 1)]
        assert top_number(first_appendix) == ""
        assert [top_number(i) for i in range(first_appendix + 1, len(pdf.pages))] == [
            str(n) for n in range(2, len(pdf.pages) - first_appendix + 1)]


@pytest.mark.layout
def test_appendix_header_row_on_every_appendix_page(plan_pdf: Path, read_once: Reader) -> None:
    texts = page_texts(plan_pdf)
    first_appendix = next(i for i, t in enumerate(texts) if t.lstrip().startswith("PHỤ LỤC"))
    appendix_pages = texts[first_appendix:]
    assert len(appendix_pages) > 2
    for text in appendix_pages:
        assert "Hình thức/sản phẩm truyền thông" in text and "Đơn vị chủ trì" in text
    assert "(Kèm theo Kế hoạch số 115/KH-GD&ĐT ngày 07 tháng 02 năm 2024" in appendix_pages[0]
    with read_once(plan_pdf) as pdf:  # the title column alone, read top to bottom
        titles = []
        for page in pdf.pages[first_appendix:]:
            header = next(w for w in page.extract_words() if w["text"] == "Nội")
            column = page.crop((header["x0"] - 4, 0, header["x0"] + 95, page.height))
            titles.append(column.extract_text())
    joined = " ".join(" ".join(titles).split())  # cells wrap across lines
    assert "Kỳ thi tốt nghiệp THPT năm 2024" in joined
    assert "Quý III, IV" in " ".join(" ".join(appendix_pages).split())


@pytest.mark.layout
def test_decomposed_text_draws_as_nfc(store: Store, demo_plan: int, tmp_path: Path) -> None:
    group = plans.get_plan(store, demo_plan).groups[0]
    appendix.add_theme(store, group.id, unicodedata.normalize("NFD", "Truyền thông chuyển đổi số ở Đà Bắc"))
    text = " ".join(" ".join(page_texts(documents.export_plan_pdf(store, demo_plan, tmp_path / "o" / "k.pdf"))).split())
    assert "Truyền thông chuyển đổi số ở Đà Bắc" in text


def test_monthly_report(store: Store, demo_plan: int, tmp_path: Path) -> None:
    period = reports.parse_period("2024-10")
    data = reports.report_data(store, demo_plan, period)
    assert data.total == sum(n for _c, n in data.by_channel) > 0
    reports.save_report(store, demo_plan, period, proposals="Đề nghị Sở tổ chức tập huấn viết tin bài.")
    path = reports.export_report(store, demo_plan, period, tmp_path / "o" / "bc.pdf")
    texts = page_texts(path)
    text = "\n".join(texts)
    assert "BÁO CÁO" in text
    assert "Kết quả thực hiện công tác truyền thông về Giáo dục và Đào tạo tháng 10/2024" in text.replace("\n", " ")
    assert "Kính gửi:" in text
    for heading in ("I. CÔNG TÁC CHỈ ĐẠO", "II. KẾT QUẢ THỰC HIỆN", "III. ĐÁNH GIÁ CHUNG", "IV. ĐỀ XUẤT, KIẾN NGHỊ"):
        assert heading in text
    assert "Đề nghị Sở tổ chức tập huấn viết tin bài." in text
    assert data.articles[0][1][:30] in text.replace("\n", " ")
    assert "Nơi nhận:" in text
    with pdfplumber.open(path) as pdf:
        assert all(round(p.width) == 595 for p in pdf.pages)
        links = [a for p in pdf.pages for a in (p.hyperlinks or [])]
        assert any(a["uri"] == data.articles[0][3] for a in links)


@pytest.mark.layout
def test_an_empty_table_says_so_across_its_whole_row(store: Store, demo_plan: int, tmp_path: Path) -> None:
    """A month with no opinion issue: "(không có)" reads on one line over the whole row, in the PDF
    and in Word (it was squeezed into the narrow date column, one syllable a line)."""
    from docx import Document

    period = reports.parse_period("2024-10")
    assert not reports.report_data(store, demo_plan, period).opinion_rows
    path = reports.export_report(store, demo_plan, period, tmp_path / "bc.pdf")
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            words = page.extract_words()
            heading = [w for w in words if w["text"] == "luận"]
            if heading:
                break
        below = [w for w in words if w["top"] > heading[0]["top"] + 40][:2]
        assert [w["text"] for w in below] == ["(không", "có)"]
        assert abs(below[0]["top"] - below[1]["top"]) < 2  # one line
    docx = reports.export_report(store, demo_plan, period, tmp_path / "bc.docx", "docx")
    table = next(t for t in Document(str(docx)).tables if t.rows[0].cells[0].text == "Ngày")
    assert len({id(c._tc) for c in table.rows[1].cells}) == 1 and table.rows[1].cells[0].text == "(không có)"


def test_report_window_and_semester_periods() -> None:
    window = reports.parse_period("2024-10", 15)
    assert (window.start, window.end) == (dt.date(2024, 9, 15), dt.date(2024, 10, 14))
    s1 = reports.parse_period("2024-S1")
    assert (s1.start, s1.end, s1.label()) == (dt.date(2024, 1, 1), dt.date(2024, 6, 30), "6 tháng đầu năm 2024")
    assert reports.parse_period("2024").label() == "năm 2024"
    assert reports.parse_period("2024-10").due() == dt.date(2024, 10, 25)
    with pytest.raises(Exception, match="Kỳ báo cáo"):
        reports.parse_period("2024-13")


def test_report_excel_companion(store: Store, demo_plan: int, tmp_path: Path) -> None:
    import openpyxl

    path = reports.export_report(store, demo_plan, reports.parse_period("2024"), tmp_path / "bc.xlsx", "xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Số liệu", "Tin bài đã đăng"]
    data = reports.report_data(store, demo_plan, reports.parse_period("2024"))
    assert wb["Tin bài đã đăng"].max_row == data.total + 1


def test_report_includes_targets_coverage_and_opinion(store: Store, demo_plan: int, tmp_path: Path) -> None:
    period = reports.parse_period("2024-09")
    data = reports.report_data(store, demo_plan, period)
    assert any(r[0].startswith("Toàn đơn vị: ít nhất 1 tin bài/tháng") for r in data.quota_rows())
    assert len(data.coverage_rows) == 24
    assert [r[1] for r in data.opinion_rows][0].startswith("Phụ huynh phản ánh")
    text = " ".join(" ".join(page_texts(reports.export_report(store, demo_plan, period, tmp_path / "o" / "bc.pdf"))).split())
    assert "Tình hình dư luận và kết quả xử lý" in text and "Phụ huynh phản ánh" in text
    assert "Mỗi trường trực thuộc" in text


def test_a_year_of_many_articles_makes_a_bounded_report_quickly(store: Store, demo_plan: int, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from kehoach_desktop.exchange import report_pdf, report_text
    from kehoach_desktop.exchange.report_pdf import write_report_pdf

    monkeypatch.setattr(report_text, "MAX_LISTED", 120)  # the rule, at a size the suite can afford
    monkeypatch.setattr(report_pdf, "CHUNK", 50)
    MAX_LISTED = 120

    data = reports.report_data(store, demo_plan, reports.parse_period("2024"))
    many = [(dt.date(2024, 1 + i % 12, 1 + i % 28), f"Tin bài số {i} về chuyển đổi số trong trường học", "Cổng",
             f"https://pgd.edu.vn/tin/{i}") for i in range(5_000)]
    data.articles = many
    started = time.perf_counter()
    write_report_pdf(data, str(tmp_path / "nam.pdf"))
    assert time.perf_counter() - started < 30
    text = " ".join(page_texts(tmp_path / "nam.pdf"))
    assert "danh sách đầy đủ 5000 tin bài ở tệp Excel" in " ".join(text.split())
    assert f"Tin bài số {MAX_LISTED - 1} " in text and f"Tin bài số {MAX_LISTED} " not in text
