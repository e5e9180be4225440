"""Excel exports against bare openpyxl writing the same cells with the same styles (budget ≤ 1.5×)."""

from __future__ import annotations

import datetime as dt
import time
import tracemalloc
from pathlib import Path

from openpyxl import Workbook

from kehoach_desktop.domain.periods import parse_period
from kehoach_desktop.domain.timing import Timing
from kehoach_desktop.exchange.appendix_xlsx import write_appendix
from kehoach_desktop.exchange.articles_xlsx import write_articles
from kehoach_desktop.exchange.xlsx_common import named_style
from kehoach_desktop.records import (
    ArticleLine,
    GroupData,
    OrganizationData,
    PlanDetail,
    ThemeData,
    UnitRef,
)

BUDGET = 1.5


def _measure(fn, memory_fn) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Time of `fn` (untraced), and the peak traced memory of `memory_fn` (the same work on a
    tenth of the rows: tracing slows Python down several times)."""
    elapsed = float("inf")
    for _ in range(3):  # best of three: one run is at the mercy of the machine's other work
        start = time.perf_counter()
        fn()
        elapsed = min(elapsed, time.perf_counter() - start)
    tracemalloc.start()
    memory_fn()
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return elapsed, peak


def _bare(path: Path, rows: list[tuple[object, ...]], header: tuple[str, ...], link_col: int | None = None) -> None:
    """The same cells as ours: text as text, numbers as numbers, dates as dates shown dd/mm/yyyy."""
    wb = Workbook()
    ws = wb.active
    style_h = named_style(wb, "h", bold=True, horizontal="center")
    style_t = named_style(wb, "t")
    style_d = named_style(wb, "d", number_format="DD/MM/YYYY")
    for col, text in enumerate(header, start=1):
        c = ws.cell(row=1, column=col, value=text)
        c.style = style_h
    for r, values in enumerate(rows, start=2):
        for col, value in enumerate(values, start=1):
            c = ws.cell(row=r, column=col, value=value)
            if isinstance(value, str):
                c.data_type = "s"
                c.style = style_t
            else:
                c.style = style_d if isinstance(value, dt.date) else style_t
        if link_col is not None:
            ws.cell(row=r, column=link_col).hyperlink = values[link_col - 1]
    wb.save(path)


def test_appendix_10000_themes(tmp_path: Path) -> None:
    units = (UnitRef(1, "Phòng GD&ĐT"), UnitRef(2, "Các trường học trực thuộc"))
    groups = tuple(GroupData(id=g, position=g, title=f"Nhóm nội dung số {g + 1} về chuyển đổi số", themes=tuple(
        ThemeData(id=g * 1000 + t, group_id=g, position=t, title=f"Nội dung {t} về đào tạo, bồi dưỡng giáo viên",
                  forms=("Tin bài trên trang thông tin điện tử", "Phóng sự truyền hình"), lead_units=units[:1],
                  support_units=units, timing=Timing.of_quarters(1, 2, 3, 4))
        for t in range(500))) for g in range(20))
    plan = PlanDetail(id=1, number=12, symbol="KH-SGDĐT", place="Hòa Bình", issued_on=dt.date(2024, 2, 7),
                      title="Truyền thông năm 2024", period=parse_period("2024"), intro="", closing="",
                      signer_prefix="", signer_position="GIÁM ĐỐC", signer_name="A",
                      status="draft", organization=OrganizationData(name="Sở GD&ĐT"), groups=groups)
    rows = [(str(t.stt), t.title, "- " + "\n- ".join(t.forms), "- Phòng GD&ĐT", t.timing.text(),
             "- Phòng GD&ĐT\n- Các trường học trực thuộc") for g in groups for t in g.themes]
    small = PlanDetail(**{**plan.__dict__, "groups": groups[:2]})
    ours, ours_mem = _measure(lambda: write_appendix(plan, tmp_path / "ours.xlsx"),
                              lambda: write_appendix(small, tmp_path / "ours-s.xlsx"))
    bare, bare_mem = _measure(lambda: _bare(tmp_path / "bare.xlsx", rows, tuple("ABCDEF")),
                              lambda: _bare(tmp_path / "bare-s.xlsx", rows[:1000], tuple("ABCDEF")))
    print(f"\nappendix of 10,000 themes: {ours:.2f} s, peak (1,000 themes) {ours_mem:.0f} MB; bare openpyxl {bare:.2f} s, "
          f"{bare_mem:.0f} MB; ratio time {ours / bare:.2f}, memory {ours_mem / bare_mem:.2f} (budget {BUDGET})")
    assert ours / bare <= BUDGET and ours_mem / bare_mem <= BUDGET


def test_articles_100000(tmp_path: Path) -> None:
    lines = [ArticleLine(published_on=dt.date(2024, 1 + i % 12, 1 + i % 28), title=f"Tin số {i} về chuyển đổi số",
                         kind="Tin", channel=("Trang thông tin điện tử", "Fanpage Facebook")[i % 2],
                         url=f"https://pgd.example.vn/tin/{i}", themes=("I.1 Quản lý nhà nước",),
                         groups=("I. Đẩy mạnh đổi mới",), unit="Phòng GD&ĐT", authors="Nguyễn Đức Toàn",
                         status="Đã đăng", evidence=()) for i in range(100_000)]
    rows = [(i, a.published_on, a.title, a.kind, a.channel, a.url, a.themes[0], a.unit,
             a.authors, a.status, "") for i, a in enumerate(lines, start=1)]
    ours, ours_mem = _measure(lambda: write_articles(lines, tmp_path / "ours.xlsx", "DANH SÁCH"),
                              lambda: write_articles(lines[:10_000], tmp_path / "ours-s.xlsx", "DANH SÁCH"))
    bare, bare_mem = _measure(lambda: _bare(tmp_path / "bare.xlsx", rows, tuple("ABCDEFGHIJK"), 6),
                              lambda: _bare(tmp_path / "bare-s.xlsx", rows[:10_000], tuple("ABCDEFGHIJK"), 6))
    print(f"\n100,000 articles: {ours:.2f} s, peak (10,000) {ours_mem:.0f} MB; bare openpyxl {bare:.2f} s, {bare_mem:.0f} MB; "
          f"ratio time {ours / bare:.2f}, memory {ours_mem / bare_mem:.2f} (budget {BUDGET})")
    assert ours / bare <= BUDGET and ours_mem / bare_mem <= BUDGET
