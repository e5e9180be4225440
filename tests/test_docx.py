"""The plan as a Word document, read back as Word reads it (python-docx) and, where LibreOffice is
installed, printed to PDF and measured against the PDF we make ourselves."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm

from kehoach_desktop.cli import main
from kehoach_desktop.domain.documents import MOTTO, NATION
from kehoach_desktop.services import documents, plans
from kehoach_desktop.services.store import Store


@pytest.fixture
def signed(store: Store, demo_plan: int) -> int:
    plans.update_plan(store, demo_plan, {"number": 115, "issued_on": dt.date(2024, 2, 7), "signer_prefix": "KT.",
                                         "signer_position": "PHÓ TRƯỞNG PHÒNG", "signer_name": "Nguyễn Đức Toàn"})
    return demo_plan


@pytest.fixture
def word(signed: int, store: Store, tmp_path: Path) -> Path:
    return documents.export_plan_docx(store, signed, tmp_path / "ke-hoach.docx")


def _runs(paragraph) -> list:  # type: ignore[no-untyped-def]
    return [r for r in paragraph.runs if r.text.strip()]


def _font_of(run, paragraph) -> tuple[str, float]:  # type: ignore[no-untyped-def]
    name = run.font.name or paragraph.style.font.name
    size = run.font.size or paragraph.style.font.size
    return name, size.pt


@pytest.mark.layout
def test_the_pages_are_a4_with_the_decrees_margins_and_numbers_from_page_two(word: Path) -> None:
    doc = Document(str(word))
    body, appendix = doc.sections
    assert (round(body.page_width.mm), round(body.page_height.mm)) == (210, 297)
    assert (round(appendix.page_width.mm), round(appendix.page_height.mm)) == (297, 210)  # landscape
    assert appendix.orientation == 1 and body.orientation == 0
    for section in (body, appendix):
        assert [round(m.mm) for m in (section.top_margin, section.bottom_margin, section.left_margin,
                                      section.right_margin)] == [20, 20, 30, 15]
        assert section.different_first_page_header_footer  # no number on a first page
        header_xml = section.header._element.xml
        assert "PAGE" in header_xml and section.header.paragraphs[0].alignment == 1  # centred
    assert appendix._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"  # the appendix numbers its own


@pytest.mark.layout
def test_the_header_is_two_borderless_columns_with_centred_rules(word: Path) -> None:
    doc = Document(str(word))
    header = doc.tables[0]
    assert header._tbl.tblPr.find(qn("w:tblBorders")).find(qn("w:top")).get(qn("w:val")) == "nil"
    left, right = header.rows[0].cells
    texts = [p.text for p in left.paragraphs]
    assert texts == ["UBND HUYỆN LẠC THỦY", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "HUYỆN LẠC THỦY", "", "Số: 115/KH-GD&ĐT"]
    office = left.paragraphs[1]
    assert _runs(office)[0].bold and _font_of(_runs(office)[0], office) == ("Times New Roman", 13)
    assert [p.text for p in right.paragraphs] == [NATION, MOTTO, "", "Lạc Thủy, ngày 07 tháng 02 năm 2024"]
    sizes = [_font_of(_runs(p)[0], p)[1] for p in right.paragraphs if p.text]
    assert sizes == [12, 13, 14] and _runs(right.paragraphs[3])[0].italic
    # each rule: a bottom border between equal indents, so centred in its column, as wide as ND30 says
    for cell, rule, under, share in ((right, right.paragraphs[2], MOTTO, (0.95, 1.1)),
                                     (left, left.paragraphs[3], "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", (0.33, 0.5))):
        fmt = rule.paragraph_format
        assert rule._p.pPr.find(qn("w:pBdr")) is not None
        assert abs(fmt.left_indent - fmt.right_indent) <= Mm(0.1)
        drawn = cell.width - fmt.left_indent - fmt.right_indent
        from kehoach_desktop.exchange.nd30_docx import text_width

        assert share[0] <= drawn / text_width(under, 13) <= share[1]


@pytest.mark.layout
def test_the_body_reads_in_order_with_words_own_styles(word: Path, signed: int, store: Store) -> None:
    doc = Document(str(word))
    texts = [p.text for p in doc.paragraphs if p.text.strip()]
    plan = plans.get_plan(store, signed)
    assert texts[0:2] == ["KẾ HOẠCH", plan.title]
    assert texts[2] == plan.basis[0].text
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings == [f"{s.label} {s.heading.upper()}" for s in plan.sections if s.kind == "part"]
    assert any(p.style.name == "Heading 2" for p in doc.paragraphs)
    assert all(doc.styles[s].font.name == "Times New Roman" for s in ("Normal", "Heading 1", "Heading 2", "List"))
    assert doc.styles["Normal"].font.size.pt == 14 and doc.styles["Heading 1"].font.color.rgb is None
    basis = next(p for p in doc.paragraphs if p.text == plan.basis[0].text)
    assert _runs(basis)[0].italic
    # the signature beside the recipients
    sign = doc.tables[1]
    left, right = sign.rows[0].cells
    assert left.paragraphs[0].text == "Nơi nhận:" and _runs(left.paragraphs[0])[0].italic
    assert _font_of(_runs(left.paragraphs[1])[0], left.paragraphs[1])[1] == 11
    assert left.paragraphs[-1].text.startswith("- Lưu")
    assert [p.text for p in right.paragraphs if p.text] == ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Nguyễn Đức Toàn"]


@pytest.mark.layout
def test_the_appendix_table_repeats_its_header_and_lets_rows_break(word: Path, signed: int, store: Store) -> None:
    doc = Document(str(word))
    table = doc.tables[-1]
    plan = plans.get_plan(store, signed)
    assert [c.text for c in table.rows[0].cells] == ["STT", "Nội dung/Chủ đề", "Hình thức/sản phẩm truyền thông",
                                                     "Đơn vị chủ trì", "Thời gian thực hiện", "Đơn vị phối hợp"]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(r._tr.trPr is None or r._tr.trPr.find(qn("w:cantSplit")) is None for r in table.rows)
    rows = list(table.rows)[1:]
    spans = [r for r in rows if r._tr.xpath("./w:tc/w:tcPr/w:gridSpan")]
    assert [r.cells[0].text for r in spans] == [g.numeral for g in plan.groups]
    themes = [r for r in rows if not r._tr.xpath("./w:tc/w:tcPr/w:gridSpan")]
    assert len(themes) == len(plan.themes()) == 24
    first = plan.groups[0].themes[0]
    assert themes[0].cells[1].text == first.title and themes[0].cells[4].text == first.timing.text()
    paragraphs = [p.text for p in doc.paragraphs if p.text]
    assert "PHỤ LỤC" in paragraphs and any(p.startswith("(Kèm theo Kế hoạch số 115/KH-GD&ĐT ngày 07 tháng 02 năm 2024")
                                          for p in paragraphs)


@pytest.mark.layout
def test_word_says_what_the_pdf_says(word: Path, signed: int, store: Store, tmp_path: Path) -> None:
    """Every paragraph of the Word document stands, in the same order, in our PDF's text."""
    pdf = documents.export_plan_pdf(store, signed, tmp_path / "ke-hoach.pdf")
    with pdfplumber.open(pdf) as reader:
        # below the top margin, where the page numbers stand
        pdf_text = re.sub(r"\s+", "", "".join(page.within_bbox((0, 50, page.width, page.height)).extract_text() or ""
                                              for page in reader.pages))
    position = 0
    for paragraph in Document(str(word)).paragraphs:
        text = re.sub(r"\s+", "", paragraph.text)
        if not text:
            continue
        found = pdf_text.find(text, position)
        assert found >= 0, f"not in the PDF (or out of order): {paragraph.text[:80]}"
        position = found + len(text)


def test_the_command_line_writes_word(demo_on_disk: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "kh.docx"
    assert main(["plan", "export", demo_on_disk, "--format", "docx", "-o", str(out)]) == 0
    assert "Đã xuất kế hoạch" in capsys.readouterr().out
    assert Document(str(out)).paragraphs[1].text == "KẾ HOẠCH" or "KẾ HOẠCH" in [p.text for p in Document(str(out)).paragraphs]


@pytest.mark.layout
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed on this machine")
def test_libreoffice_prints_it_like_our_pdf(word: Path, signed: int, store: Store, tmp_path: Path) -> None:
    ours = documents.export_plan_pdf(store, signed, tmp_path / "ours.pdf")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path / "lo"), str(word)],
                   capture_output=True, timeout=180, check=True)
    theirs = tmp_path / "lo" / "ke-hoach.pdf"
    with pdfplumber.open(ours) as a, pdfplumber.open(theirs) as b:
        assert abs(len(a.pages) - len(b.pages)) <= 1
        for pdf in (a, b):
            page = pdf.pages[0]
            motto = next(w for w in page.extract_words() if w["text"] == "Độc")
            line = min((ln for ln in page.lines + page.rects if ln["top"] > motto["bottom"]), key=lambda ln: ln["top"])
            words = [w for w in page.extract_words() if abs(w["top"] - motto["top"]) < 2 and w["x0"] >= motto["x0"]]
            centre = (motto["x0"] + words[-1]["x1"]) / 2
            assert abs((line["x0"] + line["x1"]) / 2 - centre) < 3  # the rule centred under the motto


def test_the_window_exports_word(qtbot, opened, signed: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from kehoach_desktop.settings import Settings
    from kehoach_desktop.ui.main_window import MainWindow

    target = tmp_path / "tu-cua-so"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    window = MainWindow(opened, Settings())
    qtbot.addWidget(window)
    window.refresh_lists(select=signed)
    window.ui.actionExportWord.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    made = target.with_suffix(".docx")
    assert str(made) in told[0] and Document(str(made)).tables[-1].rows[0].cells[0].text == "STT"


@pytest.mark.parametrize("period", ["2024-10", "2024"])
def test_a_report_in_word_says_what_its_pdf_says(store: Store, demo_plan: int, tmp_path: Path, period: str) -> None:
    from kehoach_desktop.services import reports

    p = reports.parse_period(period)
    word = reports.export_report(store, demo_plan, p, tmp_path / "bc.docx", "docx")
    pdf = reports.export_report(store, demo_plan, p, tmp_path / "bc.pdf")
    doc = Document(str(word))
    texts = [x.text for x in doc.paragraphs if x.text.strip()]
    assert texts[0] == "BÁO CÁO" and texts[1].startswith("Kết quả thực hiện công tác truyền thông")
    assert [x.text for x in doc.paragraphs if x.style.name == "Heading 1"] == [
        "I. CÔNG TÁC CHỈ ĐẠO, TỔ CHỨC THỰC HIỆN", "II. KẾT QUẢ THỰC HIỆN", "III. ĐÁNH GIÁ CHUNG", "IV. ĐỀ XUẤT, KIẾN NGHỊ"]
    data = reports.report_data(store, demo_plan, p)
    assert f"đơn vị đã đăng {data.total} tin bài." in " ".join(texts)
    by_channel = doc.tables[1]  # after the header table
    assert [c.text for c in by_channel.rows[0].cells] == ["Kênh truyền thông", "Số tin bài"]
    assert by_channel.rows[-1].cells[1].text == str(data.total)  # the same figure as the sentence above
    assert all(t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None for t in doc.tables[1:-1])
    articles = next(t for t in doc.tables if t.rows[0].cells[0].text == "STT" and len(t.columns) == 5)
    assert len(articles.rows) - 1 == min(data.total, 1000) or data.total == 0
    with pdfplumber.open(pdf) as reader:
        pdf_text = re.sub(r"\s+", "", "".join(page.within_bbox((0, 50, page.width, page.height)).extract_text() or ""
                                              for page in reader.pages))
    position = 0
    for paragraph in doc.paragraphs:  # every paragraph in the PDF, in the same order
        text = re.sub(r"\s+", "", paragraph.text)
        if text:
            found = pdf_text.find(text, position)
            assert found >= 0, paragraph.text[:80]
            position = found + len(text)


def test_the_report_dialog_exports_word(qtbot, opened, demo_plan: int, tmp_path: Path,  # type: ignore[no-untyped-def]
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from kehoach_desktop.domain.reporting import ReportPeriod
    from kehoach_desktop.ui.report_dialog import ReportDialog

    target = tmp_path / "bao-cao"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    dialog = ReportDialog(opened.store, demo_plan, tmp_path, None, ReportPeriod("month", 2024, 10))
    qtbot.addWidget(dialog)
    dialog.ui.assessmentEdit.setPlainText("Đánh giá gõ ngay trước khi xuất Word.")
    dialog.ui.wordButton.click()
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    texts = [p.text for p in Document(str(target) + ".docx").paragraphs]
    assert "Đánh giá gõ ngay trước khi xuất Word." in texts  # what was typed, saved first


QUANG_NGAI = """UBND TỈNH QUẢNG NGÃI
SỞ GIÁO DỤC VÀ ĐÀO TẠO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
TRƯỜNG THPT DTNT TỈNH
Số: 182 /KH-SGDĐT
Quảng Ngãi, ngày 1 tháng 3 năm 2022
KÊ HOẠCH
Truyền thông về Giáo dục và Đào tạo năm 2022
Thực hiện Kế hoạch số 68/KH-BGDĐT ngày 24/01/2022 của Bộ giáo dục và Đào tạo, cụ thể như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Đẩy mạnh thông tin, tuyên truyền kịp thời về các hoạt động chỉ đạo điều hành.
2. Yêu cầu
- Công tác truyền thông có trọng tâm, trọng điểm chủ động và hiệu quả.
II. NỘI DUNG TRUYỀN THÔNG
1. Truyền thông về công tác tuyển sinh đầu cấp: chuẩn bị tốt cho kỳ thi tuyển sinh vào lớp 10.
Nơi nhận:
- Bộ GDĐT (b/c);"""


def _as_word(text: str, path: Path) -> Path:
    doc = Document()
    for line in text.splitlines():
        doc.add_paragraph(line)
    doc.save(str(path))
    return path


def test_a_plan_is_built_from_the_superiors_plan(store: Store, demo_plan: int, tmp_path: Path) -> None:
    from kehoach_desktop.exchange.plan_import import read_superior_plan
    from kehoach_desktop.services import superior

    data = read_superior_plan(_as_word(QUANG_NGAI, tmp_path / "cap-tren.docx"))
    assert data.reference() == ("Thực hiện Kế hoạch số 182/KH-SGDĐT ngày 01/3/2022 của Sở Giáo dục và Đào tạo tỉnh "
                                "Quảng Ngãi về truyền thông về Giáo dục và Đào tạo năm 2022;")  # not the stamp
    made = superior.create_from_superior(store, data)
    plan = plans.get_plan(store, made.plan_id)
    assert plan.title == "Truyền thông về Giáo dục và Đào tạo năm 2022" and plan.period.text() == "2022"
    assert plan.basis[0].text == data.reference()
    assert [(s.label, s.heading) for s in plan.sections] == [("I.", "Mục đích, yêu cầu"), ("II.", "Nội dung truyền thông")]
    first = plan.sections[0]
    assert [(c.label, c.heading) for c in first.children] == [("1.", "Mục đích"), ("2.", "Yêu cầu")]
    assert first.children[1].children[0].kind == "bullet"
    assert plan.sections[1].children[0].body.startswith("chuẩn bị tốt")
    assert "Nơi nhận" not in " ".join(c.body for s in plan.sections for c in s.children)


def test_our_own_word_plan_comes_back_with_its_appendix(store: Store, signed: int, tmp_path: Path) -> None:
    """A Phòng's plan made here, read by its school: reference, body and the whole appendix."""
    from kehoach_desktop.exchange.plan_import import read_superior_plan
    from kehoach_desktop.services import superior

    word = documents.export_plan_docx(store, signed, tmp_path / "phong.docx")
    data = read_superior_plan(word)
    assert data.number == "115/KH-GD&ĐT" and data.issued_on == dt.date(2024, 2, 7)
    assert data.issuer == "Phòng Giáo dục và Đào tạo huyện Lạc Thủy"
    made = superior.create_from_superior(store, data, "2024-2025")
    source, copy = plans.get_plan(store, signed), plans.get_plan(store, made.plan_id)
    assert [s.heading.lower() for s in copy.sections] == [s.heading.lower() for s in source.sections]
    assert [len(g.themes) for g in copy.groups] == [len(g.themes) for g in source.groups]
    assert [t.title for t in copy.themes()] == [t.title for t in source.themes()]
    assert copy.period.text() == "2024-2025"


def test_what_is_not_a_plan_is_refused_and_nothing_is_made(demo_on_disk: str, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    from kehoach_desktop.exchange.plan_import import PlanReadError, read_superior_plan

    with pytest.raises(PlanReadError, match="KẾ HOẠCH"):
        read_superior_plan(_as_word("Biên bản họp tổ chuyên môn\nNội dung họp", tmp_path / "bien-ban.docx"))

    def count() -> int:
        assert main(["plan", "list", "--json"]) == 0
        import json

        return len(json.loads(capsys.readouterr().out))

    before = count()
    assert main(["plan", "import-plan", str(tmp_path / "bien-ban.docx")]) == 1
    assert "KẾ HOẠCH" in capsys.readouterr().err and count() == before
    assert main(["plan", "import-plan", str(_as_word(QUANG_NGAI, tmp_path / "qn.docx")), "--dry-run"]) == 0
    assert "Sẽ tạo" in capsys.readouterr().out and count() == before
    assert main(["plan", "import-plan", str(tmp_path / "qn.docx")]) == 0
    new_id = capsys.readouterr().out.strip().splitlines()[-1]
    assert count() == before + 1 and new_id.isdigit()


def test_the_window_builds_a_plan_from_the_superiors(qtbot, opened, demo_plan: int, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from kehoach_desktop.settings import Settings
    from kehoach_desktop.ui.main_window import MainWindow

    source = _as_word(QUANG_NGAI, tmp_path / "cap-tren.docx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    shown: list[str] = []

    def answer(_parent, _title, text, *a):  # type: ignore[no-untyped-def]
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = MainWindow(opened, Settings())
    qtbot.addWidget(window)
    window.refresh_lists(select=demo_plan)
    window.ui.actionImportSuperior.trigger()
    qtbot.waitUntil(lambda: window.plan is not None and window.plan.title.endswith("năm 2022"), timeout=20_000)
    assert "182/KH-SGDĐT" in shown[0] and "Không thấy bảng phụ lục" in shown[0]  # what will be made, and what not
    assert window.plan.basis[0].text.startswith("Thực hiện Kế hoạch số 182/KH-SGDĐT")


def test_the_cascade_says_which_superior_items_the_plan_addresses(store: Store, signed: int, tmp_path: Path) -> None:
    """A school's plan built from its Phòng's: every theme linked to the item it came from; a
    theme unlinked shows as an item not addressed, in the coverage, the report (PDF and Word),
    and in the copy for the next period."""
    from kehoach_desktop.exchange.plan_import import read_superior_plan
    from kehoach_desktop.services import cascade, reports, superior

    made = superior.create_from_superior(store, read_superior_plan(documents.export_plan_docx(
        store, signed, tmp_path / "phong.docx")), "2024")
    rows = cascade.coverage(store, made.plan_id)
    source = plans.get_plan(store, signed)
    assert [r.title for r in rows] == [t.title for t in source.themes()] and all(r.addressed for r in rows)
    school = plans.get_plan(store, made.plan_id)
    first = school.groups[0].themes[0]
    cascade.set_links(store, first.id, [])
    rows = cascade.coverage(store, made.plan_id)
    assert [r.addressed for r in rows].count(False) == 1 and not rows[0].addressed
    cascade.set_links(store, school.groups[1].themes[0].id, [rows[0].item_id, rows[len(school.groups[0].themes)].item_id])
    assert cascade.coverage(store, made.plan_id)[0].themes == (f"II.1. {school.groups[1].themes[0].title}",)

    data = reports.report_data(store, made.plan_id, reports.parse_period("2024"))
    assert len(data.superior_rows) == 24 and data.superior_rows[0][2] == "Có nội dung thực hiện"
    pdf = reports.export_report(store, made.plan_id, reports.parse_period("2024"), tmp_path / "bc.pdf")
    with pdfplumber.open(pdf) as reader:
        text = " ".join((p.extract_text() or "") for p in reader.pages)
    assert "Thực hiện các nội dung của kế hoạch cấp trên" in text
    word = Document(str(reports.export_report(store, made.plan_id, reports.parse_period("2024"), tmp_path / "bc.docx", "docx")))
    table = next(t for t in word.tables if t.rows[0].cells[0].text == "Nội dung của kế hoạch cấp trên")
    assert len(table.rows) == 25

    book = __import__("openpyxl").load_workbook(reports.export_report(store, made.plan_id, reports.parse_period("2024"),
                                                                     tmp_path / "bc.xlsx", "xlsx"))
    cells = [c.value for row in book.worksheets[0].iter_rows() for c in row]
    assert "Thực hiện các nội dung của kế hoạch cấp trên" in cells  # the Excel companion says the same
    assert cells.count("Chưa có nội dung thực hiện") == [r[2] for r in data.superior_rows].count("Chưa có nội dung thực hiện")

    copy_id = plans.copy_plan(store, made.plan_id, "2025")
    assert [(r.title, r.addressed) for r in cascade.coverage(store, copy_id)] == [
        (r.title, r.addressed) for r in cascade.coverage(store, made.plan_id)]


def test_links_only_to_the_plans_own_superior_items(store: Store, demo_plan: int) -> None:
    from kehoach_desktop.services import cascade
    from kehoach_desktop.services.errors import ValidationError

    theme = plans.get_plan(store, demo_plan).groups[0].themes[0]
    assert cascade.coverage(store, demo_plan) == []  # the demo was not built from a superior's plan
    with pytest.raises(ValidationError, match="không thuộc kế hoạch cấp trên"):
        cascade.set_links(store, theme.id, [999])


def test_the_window_shows_the_superiors_items_and_changes_their_links(qtbot, opened, signed: int,  # type: ignore[no-untyped-def]
                                                                      tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    from kehoach_desktop.exchange.plan_import import read_superior_plan
    from kehoach_desktop.services import cascade, superior
    from kehoach_desktop.ui.cascade_dialog import CascadeDialog

    store = opened.store
    made = superior.create_from_superior(store, read_superior_plan(documents.export_plan_docx(
        store, signed, tmp_path / "phong.docx")), "2024")
    dialog = CascadeDialog(store, plans.get_plan(store, made.plan_id), None)
    qtbot.addWidget(dialog)
    assert dialog.ui.itemsTable.rowCount() == 24 and "24/24" in dialog.ui.summaryLabel.text()
    dialog.ui.itemsTable.selectRow(0)
    checked = [i for i in range(dialog.ui.themesList.count())
               if dialog.ui.themesList.item(i).checkState() == Qt.CheckState.Checked]
    assert checked == [0]  # the theme made from the first item
    dialog.ui.themesList.item(0).setCheckState(Qt.CheckState.Unchecked)  # it does not implement it after all
    assert not cascade.coverage(store, made.plan_id)[0].addressed and "23/24" in dialog.ui.summaryLabel.text()
    dialog.ui.missingCheck.setChecked(True)
    assert dialog.ui.itemsTable.rowCount() == 1  # only what is not addressed


def test_a_superiors_plan_in_pdf_is_read_by_its_text(store: Store, signed: int, tmp_path: Path) -> None:
    from kehoach_desktop.exchange.plan_import import read_superior_plan

    plan = plans.get_plan(store, signed)
    data = read_superior_plan(documents.export_plan_pdf(store, signed, tmp_path / "phong.pdf"))
    assert (data.number, data.issued_on, data.issuer) == ("115/KH-GD&ĐT", dt.date(2024, 2, 7),
                                                          "Phòng Giáo dục và Đào tạo huyện Lạc Thủy")
    assert [s.heading.lower() for s in data.sections] == [s.heading.lower() for s in plan.sections]
    assert [[c.heading for c in s.children if c.kind == "item"] for s in data.sections] == [
        [c.heading for c in s.children if c.kind == "item"] for s in plan.sections]
    first = plan.sections[0].children[0].children[0].body  # a paragraph broken over lines comes back whole
    assert data.sections[0].children[0].children[0].body == first
