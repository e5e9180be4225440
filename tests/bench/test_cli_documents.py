"""Small documents from the command line against a bare script making the same document, start-up
included (budget ≤ 1.5×): `kehoach plan export` of the demo plan as the appendix workbook and as
the plan PDF, beside bare_plan.py, and `kehoach report` of a month as PDF and workbook, beside
bare_report.py (sqlite3 and openpyxl or reportlab, nothing of ours).

The two are run alternately, seven times each, and their medians compared, so that the machine's
other work falls on both alike. Before timing, the two outputs are checked to be the same
document: every cell and merged range of the workbooks, the pages and words of the PDFs.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

BUDGET = 1.5
RUNS = 7
BIN = Path(sys.executable).parent
BARE = Path(__file__).with_name("bare_plan.py")
BARE_REPORT = Path(__file__).with_name("bare_report.py")
ENV = {**os.environ, "KEHOACH_BUNDLED_FONT": "1"}  # the bare script uses the bundled font too


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cli-docs") / "data"
    subprocess.run([BIN / "kehoach", "--data-dir", str(data), "demo"], check=True, capture_output=True, env=ENV)
    return data


def _timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, env=ENV)
    return time.perf_counter() - start


def _same_workbook(ours: Path, bare: Path) -> None:
    from openpyxl import load_workbook

    a, b = load_workbook(ours).active, load_workbook(bare).active
    assert [[c.value for c in r] for r in a.iter_rows()] == [[c.value for c in r] for r in b.iter_rows()]
    assert sorted(map(str, a.merged_cells.ranges)) == sorted(map(str, b.merged_cells.ranges))
    assert a.max_row > 20


def _same_pdf(ours: Path, bare: Path) -> None:
    from pypdf import PdfReader

    a, b = PdfReader(ours), PdfReader(bare)
    words_a = {w for p in a.pages for w in p.extract_text().split()}
    words_b = {w for p in b.pages for w in p.extract_text().split()}
    assert abs(len(a.pages) - len(b.pages)) <= 1, (len(a.pages), len(b.pages))
    assert len(words_a & words_b) >= 0.95 * len(words_a | words_b) - 40  # the same text, give or take labels


def _same_report(ours: Path, bare: Path) -> None:
    """The same words (links and dates aside, which the two wrap differently in their columns)."""
    from pypdf import PdfReader

    def words(path: Path) -> set[str]:
        return {w for p in PdfReader(path).pages for w in p.extract_text().split() if w.isalpha()}

    a, b = words(ours), words(bare)
    assert len(a & b) >= 0.95 * len(a | b), (sorted(a - b), sorted(b - a))


def _same_report_workbook(ours: Path, bare: Path) -> None:
    """The same figures and the same list of articles."""
    from openpyxl import load_workbook

    def values(path: Path) -> tuple[list[object], list[list[object]]]:
        figures, listed = load_workbook(path).worksheets[:2]
        return (sorted(str(v) for r in figures.iter_rows(values_only=True) for v in r if isinstance(v, int)),
                [list(r) for r in listed.iter_rows(values_only=True) if any(v is not None for v in r)])

    (a_figures, a_listed), (b_figures, b_listed) = values(ours), values(bare)
    assert a_listed == b_listed and len(a_listed) > 3
    assert set(a_figures) <= set(b_figures)


def _compare(ours: list[str], bare: list[str], what: str) -> None:
    times: dict[str, list[float]] = {"ours": [], "bare": []}
    for _ in range(RUNS):
        times["ours"].append(_timed(ours))
        times["bare"].append(_timed(bare))
    ours_s, bare_s = statistics.median(times["ours"]), statistics.median(times["bare"])
    print(f"\n{what}: {ours_s:.2f} s; bare script {bare_s:.2f} s; ratio {ours_s / bare_s:.2f} (budget {BUDGET})")
    assert ours_s / bare_s <= BUDGET


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_a_months_report_within_budget_of_a_bare_script(demo: Path, tmp_path: Path, fmt: str) -> None:
    ours_out, bare_out = tmp_path / f"ours.{fmt}", tmp_path / f"bare.{fmt}"
    ours = [str(BIN / "kehoach"), "--data-dir", str(demo), "report", "1", "--period", "2024-10", "--format", fmt,
            "-o", str(ours_out)]
    bare = [sys.executable, str(BARE_REPORT), str(demo / "kehoach.db"), "1", "2024-10", fmt, str(bare_out)]
    _timed(ours), _timed(bare)  # warm the file cache and the bytecode
    (_same_report_workbook if fmt == "xlsx" else _same_report)(ours_out, bare_out)
    _compare(ours, bare, f"`kehoach report --period 2024-10 --format {fmt}` of the demo")


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_plan_export_within_budget_of_a_bare_script(demo: Path, tmp_path: Path, fmt: str) -> None:
    ours_out, bare_out = tmp_path / f"ours.{fmt}", tmp_path / f"bare.{fmt}"
    ours = [str(BIN / "kehoach"), "--data-dir", str(demo), "plan", "export", "1", "--format", fmt, "-o", str(ours_out)]
    bare = [sys.executable, str(BARE), str(demo / "kehoach.db"), "1", fmt, str(bare_out)]
    _timed(ours), _timed(bare)  # warm the file cache and the bytecode
    (_same_workbook if fmt == "xlsx" else _same_pdf)(ours_out, bare_out)
    _compare(ours, bare, f"`kehoach plan export --format {fmt}` of the demo")
