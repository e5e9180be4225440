"""PDF building against bare reportlab building the same table with the same styles (≤ 1.5×), and
the annual report of a year of 40,000 articles, the whole command (≤ 10 s, ≤ 300 MB)."""

from __future__ import annotations

import datetime as dt
import io
import time
from pathlib import Path

from conftest import PASSWORD, PEAK_MB
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from kehoach_desktop.domain.periods import parse_period
from kehoach_desktop.domain.reporting import ReportPeriod
from kehoach_desktop.domain.timing import Timing
from kehoach_desktop.exchange.nd30_pdf import esc, styles
from kehoach_desktop.exchange.plan_pdf import APPENDIX_WIDTHS, write_plan_pdf
from kehoach_desktop.exchange.report_pdf import write_report_pdf
from kehoach_desktop.records import (
    GroupData,
    OrganizationData,
    PlanDetail,
    ReportData,
    ThemeData,
    UnitRef,
)

BUDGET = 1.5


def _plan(themes: int) -> PlanDetail:
    units = (UnitRef(1, "Phòng GD&ĐT"), UnitRef(2, "Các trường học trực thuộc"))
    groups = tuple(GroupData(id=g, position=g, title=f"Nhóm nội dung {g + 1}", themes=tuple(
        ThemeData(id=g * 1000 + t, group_id=g, position=t, title=f"Nội dung {t} về đào tạo, bồi dưỡng",
                  forms=("Tin bài trên trang thông tin điện tử", "Phóng sự"), lead_units=units[:1],
                  support_units=units, timing=Timing.of_quarters(1, 2, 3, 4))
        for t in range(themes // 10))) for g in range(10))
    return PlanDetail(id=1, number=12, symbol="KH-SGDĐT", place="Hòa Bình", issued_on=dt.date(2024, 2, 7),
                      title="Truyền thông năm 2024", period=parse_period("2024"), intro="", closing="",
                      signer_prefix="", signer_position="GIÁM ĐỐC", signer_name="Nguyễn Văn A", status="draft",
                      organization=OrganizationData(name="Sở Giáo dục và Đào tạo", parent_name="UBND TỈNH"),
                      groups=groups)


def _best(fn, runs: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def _bare_table(rows: list[list[str]], widths: list[float], pagesize: tuple[float, float]) -> None:
    st = styles()
    doc = SimpleDocTemplate(io.BytesIO(), pagesize=pagesize)
    data = [[Paragraph(esc(v), st.cell) for v in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc.build([table])


def test_plan_with_1000_theme_appendix(tmp_path: Path) -> None:
    plan = _plan(1000)
    width = landscape(A4)[0] - 45 * 72 / 25.4
    rows = [["STT", "Nội dung", "Hình thức", "Chủ trì", "Thời gian", "Phối hợp"]]
    for g in plan.groups:
        rows.append([g.numeral, g.title, "", "", "", ""])
        for t in g.themes:
            rows.append([str(t.stt), t.title, "- " + "<br/>- ".join(t.forms), "- Phòng GD&ĐT", t.timing.text(),
                         "- Phòng GD&ĐT<br/>- Các trường học trực thuộc"])
    ours = _best(lambda: write_plan_pdf(plan, io.BytesIO()))
    bare = _best(lambda: _bare_table(rows, [width * w for w in APPENDIX_WIDTHS], landscape(A4)))
    print(f"\nplan PDF with a 1,000-theme appendix: {ours:.2f} s; bare reportlab table {bare:.2f} s; "
          f"ratio {ours / bare:.2f} (budget {BUDGET})")
    assert ours / bare <= BUDGET


def test_report_with_1000_articles() -> None:
    plan = _plan(20)
    articles = [(dt.date(2024, 1 + i % 12, 1 + i % 28), f"Tin bài số {i} về chuyển đổi số trong trường học",
                 "Trang thông tin điện tử", f"https://pgd.example.vn/tin/{i}") for i in range(1000)]
    data = ReportData(plan=plan, period=ReportPeriod("year", 2024), direction="Chỉ đạo.", assessment="Đánh giá.",
                      proposals="Đề xuất.", by_channel=[("Trang thông tin điện tử", 1000)],
                      by_group=[("I. Nhóm", 1000)], by_unit=[("Phòng GD&ĐT", 1000)], articles=articles,
                      monthly=[(2024, m, 83) for m in range(1, 13)], yearly_minimum=8, year_to_date=1000)
    width = A4[0] - 45 * 72 / 25.4
    rows = [["STT", "Ngày", "Tiêu đề", "Kênh", "Đường dẫn"]] + [
        [str(i), f"{d:%d/%m/%Y}", t, c, u] for i, (d, t, c, u) in enumerate(articles, start=1)]
    ours = _best(lambda: write_report_pdf(data, io.BytesIO()))
    bare = _best(lambda: _bare_table(rows, [width * f for f in (0.07, 0.13, 0.37, 0.16, 0.27)], A4))
    print(f"\nreport PDF with 1,000 articles: {ours:.2f} s; bare reportlab table {bare:.2f} s; "
          f"ratio {ours / bare:.2f} (budget {BUDGET})")
    assert ours / bare <= BUDGET


# the command run in this child process itself, so that its peak memory is its own
IN_PROCESS = PEAK_MB + """
import sys, time
start = time.perf_counter()
from kehoach_desktop.launch import main
code = main(sys.argv[1:])
took = time.perf_counter() - start
print(took, peak_mb(), code)
"""


def test_annual_report_of_a_year_of_40000_articles(big: tuple[Path, int], tmp_path: Path) -> None:
    """`kehoach report 1 --period 2024` (the PDF) of the busiest year of the 200,000-article office,
    about 40,000 articles: the whole command, start-up included, beside a bare script counting the
    year with sqlite3 and writing the report's bounded article list with reportlab (budget ≤ 10 s,
    ≤ 300 MB of the command's own memory)."""
    import os
    import sqlite3
    import subprocess
    import sys

    from pypdf import PdfReader
    from test_scaling import BARE_REPORT

    data, plan_id = big
    with sqlite3.connect(data / "kehoach.db") as raw:
        in_year = raw.execute("SELECT count(*) FROM article WHERE plan_id = ? AND status = 'published' AND "
                              "withdrawn = 0 AND published_on BETWEEN '2024-01-01' AND '2024-12-31'",
                              (plan_id,)).fetchone()[0]
    assert in_year > 35_000, in_year
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KEHOACH_PASSWORD": PASSWORD}
    ours, floor = [], []
    for run in range(3):  # alternated, the median of three each
        out = tmp_path / f"nam{run}.pdf"
        done = subprocess.run([sys.executable, "-c", IN_PROCESS, "--data-dir", str(data), "--as", "bench", "report",
                               str(plan_id), "--period", "2024", "-o", str(out)],
                              capture_output=True, text=True, env=env, timeout=600)
        assert done.returncode == 0, done.stderr
        took, rss, code = done.stdout.split()[-3:]
        assert code == "0", done.stdout
        ours.append((float(took), float(rss)))
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", BARE_REPORT, str(data / "kehoach.db"), str(tmp_path / "bare.pdf"),
                        "2024"], check=True, timeout=600)
        floor.append(time.perf_counter() - start)
    took = sorted(t for t, _ in ours)[1]
    rss = max(r for _, r in ours)
    bare = sorted(floor)[1]
    reader = PdfReader(out)
    text = " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())
    pages = len(reader.pages)
    print(f"\nannual report of 2024 ({in_year:,} articles in the year, 200,000 in all): {took:.2f} s, "
          f"{rss:.0f} MB, {pages} pages; bare sqlite3 + reportlab {bare:.2f} s, ratio {took / bare:.2f} "
          f"(budget 10 s, 300 MB)")
    # the year's figure the report says is the database's, and its list is bounded
    assert f"đã đăng {in_year} tin bài" in text and f"danh sách đầy đủ {in_year} tin bài ở tệp Excel" in text
    assert took <= 10 and rss <= 300
