"""Every document the application makes from the demo, read back as a reader sees it: the ND30
header's rules centred under their text with ND30's lengths, the office's name broken between
phrases, margins, page numbers per section, clean Vietnamese text, and no page but a section's last
less than half used."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pdfplumber
import pytest

from kehoach_desktop.bootstrap import OpenedDatabase
from kehoach_desktop.services import documents, organization, plans, reports, transfer
from kehoach_desktop.services.store import Store

MM = 72 / 25.4
TOP, BOTTOM, LEFT, RIGHT = 20 * MM, 20 * MM, 30 * MM, 15 * MM


pytestmark = pytest.mark.layout
Reader = Callable[[Path], contextlib.AbstractContextManager[Any]]  # conftest's read_once


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The demo rendered once for the whole module: plan, appendix, the three kinds of report."""
    from kehoach_desktop.bootstrap import open_app_database
    from kehoach_desktop.services.demo import load_demo

    folder = tmp_path_factory.mktemp("documents")
    opened = open_app_database(str(folder / "data"), actor="tester")
    try:
        store = opened.store
        plan_id = load_demo(store)
        plans.update_plan(store, plan_id, {"number": 115, "issued_on": dt.date(2024, 2, 7)})
        out = {"plan": documents.export_plan_pdf(store, plan_id, folder / "plan.pdf"),
               "appendix": documents.export_appendix_pdf(store, plan_id, folder / "appendix.pdf")}
        for key, period in (("monthly", "2024-10"), ("semester", "2024-S1"), ("annual", "2024")):
            out[key] = reports.export_report(store, plan_id, reports.parse_period(period), folder / f"{key}.pdf")
        out["articles"] = transfer.export_articles(store, plan_id, folder / "articles.xlsx")[0]
        out["appendix_xlsx"] = transfer.export_appendix(store, plan_id, folder / "appendix.xlsx")[0]
        out["companion"] = reports.export_report(store, plan_id, reports.parse_period("2024"),
                                                 folder / "companion.xlsx", fmt="xlsx")
    finally:
        opened.close()
    return out


PDFS = ("plan", "appendix", "monthly", "semester", "annual")
WITH_HEADER = ("plan", "monthly", "semester", "annual")


def phrase(page: Any, text: str, below: float = 0, above: float = 10_000) -> dict[str, float]:
    """The box of `text` as drawn on one line of `page` (between `below` and `above`)."""
    words = [w for w in page.extract_words() if below <= w["top"] <= above]
    wanted = text.split()
    for i in range(len(words) - len(wanted) + 1):
        run = words[i:i + len(wanted)]
        if [w["text"] for w in run] == wanted and len({round(w["top"]) for w in run}) == 1:
            return {"x0": run[0]["x0"], "x1": run[-1]["x1"], "top": run[0]["top"],
                    "bottom": max(w["bottom"] for w in run)}
    raise AssertionError(f"«{text}» not found on one line")


def rule_under(page: Any, box: dict[str, float]) -> dict[str, float]:
    """The horizontal rule closest below a text box, in the text's own column."""
    centre = (box["x0"] + box["x1"]) / 2
    rules = [ln for ln in page.lines if abs(ln["top"] - ln["bottom"]) < 0.5 and ln["top"] >= box["bottom"] - 0.5
             and ln["x0"] - 2 <= centre <= ln["x1"] + 2 and ln["top"] - box["bottom"] < 15]
    assert rules, "no rule under the text"
    return min(rules, key=lambda ln: ln["top"])


def centre(box: dict[str, float]) -> float:
    return (box["x0"] + box["x1"]) / 2


@pytest.mark.parametrize("name", WITH_HEADER)
def test_header_rules_are_centred_under_their_text(rendered: dict[str, Path], read_once: Reader, name: str) -> None:
    with read_once(rendered[name]) as pdf:
        page = pdf.pages[0]
        # the office's name breaks between phrases, never inside "ĐÀO TẠO"
        first = phrase(page, "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", above=150)
        second = phrase(page, "HUYỆN LẠC THỦY", below=first["bottom"], above=150)
        widest = max(first["x1"] - first["x0"], second["x1"] - second["x0"])
        rule = rule_under(page, second)
        assert abs(centre(rule) - centre(second)) < 1.5 and abs(centre(rule) - centre(first)) < 1.5
        assert widest / 3 - 1 <= rule["x1"] - rule["x0"] <= widest / 2 + 1
        assert 0.5 <= rule["top"] - second["bottom"] <= 6
        number = phrase(page, "Số:", below=rule["bottom"], above=200)
        assert number["top"] > rule["bottom"]

        motto = phrase(page, "Độc lập - Tự do - Hạnh phúc", above=150)
        rule = rule_under(page, motto)
        assert abs(centre(rule) - centre(motto)) < 1.5
        assert abs((rule["x1"] - rule["x0"]) - (motto["x1"] - motto["x0"])) < 2
        assert 0.5 <= rule["top"] - motto["bottom"] <= 6
        nation = phrase(page, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", above=150)
        assert abs(centre(nation) - centre(motto)) < 1.5

        doc_type = phrase(page, "KẾ HOẠCH" if name == "plan" else "BÁO CÁO", below=120, above=250)
        subject_lines: list[dict[str, Any]] = []  # the lines straight under the document type, one after another
        for ln in page.extract_text_lines():
            previous = subject_lines[-1]["bottom"] if subject_lines else doc_type["bottom"]
            if previous - 1 < ln["top"] < previous + 5 and abs(centre(ln) - centre(doc_type)) < 3:
                subject_lines.append(ln)
        assert subject_lines
        subject = {"x0": min(ln["x0"] for ln in subject_lines), "x1": max(ln["x1"] for ln in subject_lines),
                   "bottom": max(ln["bottom"] for ln in subject_lines)}
        rule = rule_under(page, subject)
        assert abs(centre(rule) - centre(doc_type)) < 1.5
        assert rule["top"] - subject["bottom"] >= 2, "the rule under the subject touches it"
        widest = max(ln["x1"] - ln["x0"] for ln in subject_lines)
        assert widest / 3 - 1 <= rule["x1"] - rule["x0"] <= widest / 2 + 1


def _sections(pdf: Any) -> list[list[Any]]:
    """Pages grouped by section: a new section starts where the orientation changes."""
    out: list[list[Any]] = []
    for page in pdf.pages:
        if not out or (page.width > page.height) != (out[-1][0].width > out[-1][0].height):
            out.append([])
        out[-1].append(page)
    return out


@pytest.mark.parametrize("name", PDFS)
def test_margins_numbering_text_and_filled_pages(rendered: dict[str, Path], read_once: Reader, name: str) -> None:
    with read_once(rendered[name]) as pdf:
        for section in _sections(pdf):
            for index, page in enumerate(section, start=1):
                where = f"{name}, page {page.page_number}"
                assert {round(page.width), round(page.height)} == {595, 842}, where
                body = [c for c in page.chars if c["top"] > TOP - 1]
                assert min(c["x0"] for c in body) >= LEFT - 0.5, where
                assert max(c["x1"] for c in body) <= page.width - RIGHT + 0.5, where
                assert max(c["bottom"] for c in body) <= page.height - BOTTOM + 0.5, where
                number = "".join(c["text"] for c in sorted(page.chars, key=lambda c: c["x0"]) if c["top"] < TOP - 1)
                assert number == ("" if index == 1 else str(index)), where
                if index < len(section):
                    used = max([c["bottom"] for c in body] + [ln["bottom"] for ln in page.lines])
                    share = (used - TOP) / (page.height - TOP - BOTTOM)
                    assert share >= 0.5, f"{where} is only {share:.0%} used"
                text = page.extract_text()
                assert unicodedata.is_normalized("NFC", text), where
                for leak in ("**", "](", "mailto:", "None", "null", "&amp;", "<b>"):
                    assert leak not in text, f"{where}: «{leak}»"
                assert not re.search(r"\bquý [ivx]+\b", text), f"{where}: lower-case quarter"


def test_no_word_of_a_report_table_is_broken_inside(rendered: dict[str, Path], read_once: Reader) -> None:
    """"STT" never wraps to "ST/T", a date never to "02/10/202/4"."""
    with read_once(rendered["annual"]) as pdf:
        words = [w["text"] for p in pdf.pages for w in p.extract_words()]
    assert "STT" in words and "ST" not in words
    dates = [w for w in words if re.fullmatch(r"\d{2}/\d{2}/\d{2,4}", w)]
    assert dates and all(len(d) == 10 for d in dates)


def test_the_demo_appendix_fits_in_half_the_pages(rendered: dict[str, Path], read_once: Reader) -> None:
    with read_once(rendered["appendix"]) as pdf:
        pages = pdf.pages
        assert all(p.width > p.height for p in pages)
        assert len(pages) <= 6  # round 1 took 12 pages for the demo's 24 themes
        for page in pages:  # a group heading ("II" then its title) never ends a page
            rows = sorted({round(w["top"]) for w in page.extract_words() if w["x0"] < LEFT + 30})
            last = [w["text"] for w in page.extract_words() if round(w["top"]) == rows[-1] and w["x0"] < LEFT + 30]
            assert not (last and re.fullmatch(r"[IVX]+", last[0])), f"page {page.page_number} ends with a heading"


def test_every_workbook_is_print_ready(rendered: dict[str, Path]) -> None:
    for key in ("articles", "appendix_xlsx", "companion"):
        wb = openpyxl.load_workbook(rendered[key])
        for ws in wb.worksheets:
            where = f"{key}/{ws.title}"
            assert int(ws.page_setup.paperSize) == 9, where  # A4
            assert ws.page_setup.orientation in ("portrait", "landscape"), where
            assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1, where
            assert ws.page_setup.fitToHeight == 0, where
            margins = ws.page_margins
            assert (round(margins.left * 25.4), round(margins.right * 25.4), round(margins.top * 25.4),
                    round(margins.bottom * 25.4)) == (30, 15, 20, 20), where
            assert ws.oddHeader.center.text == "&P" and ws.HeaderFooter.differentFirst, where
    wide = openpyxl.load_workbook(rendered["articles"])["Tin bài"]
    assert wide.page_setup.orientation == "landscape" and wide.print_title_rows.replace("$", "") == "3:3"
    companion = openpyxl.load_workbook(rendered["companion"])
    listing = companion["Tin bài đã đăng"]
    assert listing.print_title_rows.replace("$", "") == "1:1" and listing.page_setup.orientation == "landscape"
    assert isinstance(listing["B2"].value, dt.datetime) and listing["B2"].number_format == "DD/MM/YYYY"
    assert isinstance(listing["A2"].value, int)


def test_the_office_sets_where_its_name_breaks(store: Store, opened: OpenedDatabase, demo_plan: int,
                                               tmp_path: Path) -> None:
    from kehoach_desktop.services.errors import ValidationError

    office = organization.get_organization(store)
    assert office is not None
    with pytest.raises(ValidationError, match="Tên trong tiêu đề"):
        organization.save_organization(store, office.__class__(**{**office.__dict__, "header_name": "PHÒNG GD | KHÁC"}))
    organization.save_organization(store, office.__class__(
        **{**office.__dict__, "header_name": "Phòng Giáo dục | và Đào tạo | huyện Lạc Thủy"}))
    assert organization.get_organization(store).header_name == "Phòng Giáo dục\nvà Đào tạo\nhuyện Lạc Thủy"
    path = documents.export_plan_pdf(store, demo_plan, tmp_path / "plan.pdf")
    with pdfplumber.open(path) as pdf:
        first = phrase(pdf.pages[0], "PHÒNG GIÁO DỤC", above=150)
        second = phrase(pdf.pages[0], "VÀ ĐÀO TẠO", below=first["bottom"], above=150)
        third = phrase(pdf.pages[0], "HUYỆN LẠC THỦY", below=second["bottom"], above=150)
        assert first["bottom"] < second["top"] < second["bottom"] < third["top"]


def test_the_demo_speaks_for_the_office_typed_at_first_start(store: Store, tmp_path: Path) -> None:
    from kehoach_desktop.records import OrganizationData
    from kehoach_desktop.services.demo import load_demo

    organization.save_organization(store, OrganizationData(
        name="Trường THCS Thị trấn Chi Nê", parent_name="PHÒNG GD&ĐT HUYỆN LẠC THỦY", abbreviation="THCSCN",
        place="Chi Nê", level="truong"))
    plan_id = load_demo(store)
    path = documents.export_plan_pdf(store, plan_id, tmp_path / "plan.pdf")
    with pdfplumber.open(path) as pdf:
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
    assert "TRƯỜNG THCS" in text and "THỊ TRẤN CHI NÊ" in text and "Chi Nê, ngày" in text and "/KH-THCSCN" in text
    assert "HIỆU TRƯỞNG" in text
    # the superior's plan in the basis is still the Sở's; the issuing office is never Lạc Thủy's
    assert "Phòng Giáo dục và Đào tạo huyện Lạc Thủy xây dựng" not in text
    assert "Phòng GD&ĐT huyện Lạc Thủy" not in text.replace("PHÒNG GD&ĐT HUYỆN LẠC THỦY", "")


@pytest.mark.parametrize("name", ("monthly", "semester", "annual", "plan"))
def test_no_page_ends_with_a_heading_and_the_signature_is_never_alone(rendered: dict[str, Path], read_once: Reader, name: str) -> None:
    heading = re.compile(r"^(\d+|[IVX]+)\. \S")
    with read_once(rendered[name]) as pdf:
        portrait = [p for p in pdf.pages if p.height > p.width]
        for page in portrait[:-1]:
            lines = [ln for ln in page.extract_text_lines() if ln["top"] > TOP]
            last = lines[-1]
            bold = all("bold" in c["fontname"].lower() for c in last["chars"] if c["text"].strip())
            assert not (bold and heading.match(last["text"])), f"{name}, page {page.page_number} ends with «{last['text']}»"
        signature_page = next(p for p in portrait if "Nơi nhận:" in (p.extract_text() or ""))
        above = [ln for ln in signature_page.extract_text_lines()
                 if TOP < ln["top"] < phrase(signature_page, "Nơi nhận:")["top"] - 1]
        assert above, f"{name}: the signature block stands alone on its page"
