"""`kehoach plan export` and `kehoach report` straight from this PC's file: the same files as the
full way, without importing SQLAlchemy, and the full way whenever the quick one cannot answer."""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kehoach_desktop.cli import COMMANDS, build_parser, main
from kehoach_desktop.services import oneshot

pytestmark = pytest.mark.sqlite_only  # the quick way reads SQLite files only; on a server the full way runs


def _cells(path: Path) -> tuple[list[list[object]], list[str]]:
    from openpyxl import load_workbook

    ws = load_workbook(path).active
    return [[c.value for c in row] for row in ws.iter_rows()], sorted(map(str, ws.merged_cells.ranges))


def _pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(path).pages]


@pytest.mark.parametrize("command", [["plan", "export", "{id}", "--format", "{fmt}"],
                                     ["report", "{id}", "--period", "2024-10", "--format", "{fmt}"],
                                     ["article", "export", "--plan", "{id}", "--from", "2024-03-01"]])
def test_the_export_reads_the_file_without_sqlalchemy(demo_on_disk: str, data_dir: Path, tmp_path: Path,
                                                      command: list[str]) -> None:
    for fmt in ("xlsx", "pdf") if "{fmt}" in command else ("xlsx",):
        out = tmp_path / f"ke-hoach.{fmt}"
        line = ["--data-dir", str(data_dir), *(w.format(id=demo_on_disk, fmt=fmt) for w in command), "-o", str(out)]
        script = ("import sys; from kehoach_desktop.cli import main; "
                  f"code = main({line!r}); "
                  "print(code, sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic') "
                  "or m.endswith('db.models')))")
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip().splitlines()[-1] == "0 []", done.stdout
        assert out.stat().st_size > 10_000


def test_the_quick_and_the_full_way_give_the_same_documents(demo_on_disk: str, data_dir: Path,
                                                            tmp_path: Path) -> None:
    from kehoach_desktop.bootstrap import open_app_database
    from kehoach_desktop.services import documents, transfer

    quick = {fmt: oneshot.export_plan(data_dir, None, int(demo_on_disk), fmt, tmp_path / f"quick.{fmt}")
             for fmt in ("xlsx", "pdf", "docx")}
    assert all(done is not None for done in quick.values())
    db = open_app_database(str(data_dir), actor="tester")
    try:
        transfer.export_appendix(db.store, int(demo_on_disk), tmp_path / "full.xlsx")
        documents.export_plan_pdf(db.store, int(demo_on_disk), tmp_path / "full.pdf")
        documents.export_plan_docx(db.store, int(demo_on_disk), tmp_path / "full.docx")
    finally:
        db.close()
    cells, merged = _cells(tmp_path / "quick.xlsx")
    assert (cells, merged) == _cells(tmp_path / "full.xlsx")
    assert any("Nguyễn Đức Toàn" in str(v) or "Phòng GD&ĐT" in str(v) for row in cells for v in row)
    pages = _pages(tmp_path / "quick.pdf")
    assert pages == _pages(tmp_path / "full.pdf") and len(pages) > 3
    from docx import Document

    def paragraphs(path: Path) -> list[str]:
        return [p.text for p in Document(str(path)).paragraphs]

    assert paragraphs(tmp_path / "quick.docx") == paragraphs(tmp_path / "full.docx")


def _a_district_year(store, plan_id: int, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The demo with what a report can also show: six schools' received reports, a hot opinion
    issue, a rule per school, the superior's items (one addressed by two themes, one not)."""
    from district_fixtures import (
        figures_of,
        generated_schools,
        make_attachments,
        school_list,
        write,
    )

    from kehoach_desktop.services import district, opinion, packages, plans, targets

    schools = [s for s in generated_schools() if s.sent is not None][:6]
    district.import_schools(store, school_list(tmp_path / "truong.xlsx", schools))
    attachments = make_attachments(tmp_path)
    packages.receive(store, [write(tmp_path, f"goi-{i}.khbc", figures_of(school), school.sent, attachments)
                             for i, school in enumerate(schools)])
    opinion.add_issue(store, "Phụ huynh phản ánh khoản thu đầu năm", dt.date(2024, 10, 8), severity="hot",
                      plan_id=plan_id, actions="Đã kiểm tra, trả lời trên trang thông tin")
    targets.add_rule(store, plan_id, "unit_kind", "month", 1, unit_kind="school")
    themes = [t.id for t in plans.get_plan(store, plan_id).themes()]
    con = sqlite3.connect(data_dir / "kehoach.db")
    con.executemany("INSERT INTO superior_item (id, plan_id, position, group_title, title) VALUES (?, ?, ?, ?, ?)",
                    [(901, plan_id, 0, "Nhiệm vụ chung", "Truyền thông về đổi mới chương trình"),
                     (902, plan_id, 1, "", "Truyền thông về chuyển đổi số")])
    con.executemany("INSERT INTO theme_superior (theme_id, item_id) VALUES (?, 901)", [(themes[3],), (themes[0],)])
    con.commit()
    con.close()


def test_the_plain_figures_are_the_services_figures(store, demo_plan: int, data_dir: Path,  # type: ignore[no-untyped-def]
                                                    tmp_path: Path) -> None:
    """Every figure of a report, read with sqlite3 alone, is the figure the services give: a month,
    a month from the 15th, a semester and the year of one district's data."""
    from kehoach_desktop.db.plain import open_current, rows_of
    from kehoach_desktop.db.plan_read import read_plan
    from kehoach_desktop.services import report_figures, reports

    _a_district_year(store, demo_plan, data_dir, tmp_path)
    for period, window in [("2024-10", 0), ("2024-10", 15), ("2024-S1", 0), ("2024", 0)]:
        the_period = reports.parse_period(period, window)
        full = reports.report_data(store, demo_plan, the_period)
        con = open_current(data_dir / "kehoach.db")
        assert con is not None
        try:
            rows = rows_of(con)
            plan = read_plan(rows, demo_plan)
            assert plan is not None
            plain = report_figures.report_data(rows, plan, the_period)
        finally:
            con.close()
        assert plain == full, (period, window)
        # each part of the report compared holds something
        assert full.articles and full.by_channel and full.by_group and full.by_unit and full.rule_rows
        assert full.coverage_rows and full.superior_rows and full.year_to_date >= full.total
        assert [r[2] for r in full.superior_rows] == ["Có nội dung thực hiện", "Chưa có nội dung thực hiện"]
        if period == "2024-10" and not window:
            assert len(full.schools) == 6 and full.opinion_rows
            assert any("— " in rule for rule, *_ in full.rule_rows)  # the rule judged school by school


def test_the_quick_and_the_full_report_are_the_same_documents(store, demo_plan: int, data_dir: Path,  # type: ignore[no-untyped-def]
                                                              tmp_path: Path) -> None:
    from docx import Document

    from kehoach_desktop.services import reports

    _a_district_year(store, demo_plan, data_dir, tmp_path)
    period = reports.parse_period("2024-10")
    for fmt in ("xlsx", "pdf", "docx"):
        quick = oneshot.export_report(data_dir, None, demo_plan, "2024-10", 0, fmt, tmp_path / f"quick.{fmt}")
        assert quick == (period, tmp_path / f"quick.{fmt}")
        reports.export_report(store, demo_plan, period, tmp_path / f"full.{fmt}", fmt)
    assert _cells(tmp_path / "quick.xlsx") == _cells(tmp_path / "full.xlsx")
    pages = _pages(tmp_path / "quick.pdf")
    assert pages == _pages(tmp_path / "full.pdf") and any("Phụ huynh phản ánh" in p for p in pages)
    assert ([p.text for p in Document(str(tmp_path / "quick.docx")).paragraphs]
            == [p.text for p in Document(str(tmp_path / "full.docx")).paragraphs])


def test_the_plain_reader_gives_the_stores_plan(demo_plan: int, store, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.db.plain import open_current, rows_of
    from kehoach_desktop.db.plan_read import read_plan
    from kehoach_desktop.services import plans

    con = open_current(data_dir / "kehoach.db")
    assert con is not None
    try:
        plain = read_plan(rows_of(con), demo_plan)
    finally:
        con.close()
    assert plain == plans.get_plan(store, demo_plan)
    assert plain is not None and len(plain.themes()) == 24 and plain.sections and plain.basis


def test_the_full_way_runs_when_the_quick_one_cannot_answer(demo_on_disk: str, data_dir: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    plan_id = int(demo_on_disk)
    db = data_dir / "kehoach.db"
    # a plan that is not there: the full way says so in its words
    assert oneshot.export_plan(data_dir, None, 999, "xlsx", tmp_path / "x.xlsx") is None
    assert main(["plan", "export", "999", "-o", str(tmp_path / "x.xlsx")]) == 1
    assert "kế hoạch" in capsys.readouterr().err and not (tmp_path / "x.xlsx").exists()
    # a signed copy in force: the PDF is that copy (the full way), unless made anew
    con = sqlite3.connect(db)
    con.execute("INSERT INTO signed_document (plan_id, document, period_key, roles, signer, signed_by, signed_at, "
                "sha256, size) VALUES (?, 'plan', '', 'leader', 'A', 'a', '2024-02-07 00:00:00', ?, 1)",
                (plan_id, "0" * 64))
    con.commit()
    con.close()
    assert oneshot.export_plan(data_dir, None, plan_id, "pdf", tmp_path / "p.pdf") is None
    assert oneshot.export_plan(data_dir, None, plan_id, "pdf", tmp_path / "p.pdf", regenerate=True) is not None
    assert oneshot.export_plan(data_dir, None, plan_id, "xlsx", tmp_path / "p.xlsx") is not None
    # another database in use: a server named by the option or the environment
    assert oneshot.export_plan(data_dir, "postgresql+psycopg://u@h/k", plan_id, "xlsx", tmp_path / "s.xlsx") is None
    monkeypatch.setenv("KEHOACH_DB_URL", "postgresql+psycopg://u@h/k")
    assert oneshot.export_plan(data_dir, None, plan_id, "xlsx", tmp_path / "s.xlsx") is None
    monkeypatch.delenv("KEHOACH_DB_URL")
    # a schema to upgrade, or no database yet
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '0010'")
    con.commit()
    con.close()
    assert oneshot.export_plan(data_dir, None, plan_id, "xlsx", tmp_path / "u.xlsx") is None
    assert oneshot.export_plan(tmp_path / "empty", None, plan_id, "xlsx", tmp_path / "e.xlsx") is None
    assert not list(tmp_path.glob("[sue].xlsx"))


def test_a_damaged_file_is_explained_not_read(demo_on_disk: str, data_dir: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    db = data_dir / "kehoach.db"
    db.write_bytes(db.read_bytes()[:100] + b"\0" * 4000)
    assert oneshot.export_plan(data_dir, None, int(demo_on_disk), "xlsx", tmp_path / "d.xlsx") is None
    assert main(["plan", "export", demo_on_disk, "-o", str(tmp_path / "d.xlsx")]) == 1
    assert "bị hỏng" in capsys.readouterr().err and not (tmp_path / "d.xlsx").exists()


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_command_parsed_alone_is_the_command_of_the_whole_line(command: str) -> None:
    """Only the named command's parser is built for a run; it must be the one of the full line."""
    def helps(parser) -> list[str]:  # type: ignore[no-untyped-def]
        found = [parser.format_help()]
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                found += [text for sub in action.choices.values() for text in helps(sub)]
        return found

    def of(parser) -> object:  # type: ignore[no-untyped-def]
        sub = next(a for a in parser._actions if a.dest == "command")
        return sub.choices[command]

    assert helps(of(build_parser(command))) == helps(of(build_parser()))
    assert build_parser(command).format_usage() == build_parser().format_usage()


def test_the_quick_and_the_full_article_list_are_the_same_workbook(store, demo_plan: int, data_dir: Path,  # type: ignore[no-untyped-def]
                                                                   tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from kehoach_desktop.services import transfer

    def sheets(path: Path) -> list[list[list[object]]]:
        return [[[c.value for c in row] for row in ws.iter_rows()] for ws in load_workbook(path).worksheets]

    for i, (start, end, all_states) in enumerate([(None, None, False), (dt.date(2024, 3, 1), dt.date(2024, 10, 31),
                                                                        False), (dt.date(2024, 3, 1), None, True)]):
        quick = oneshot.export_articles(data_dir, None, demo_plan, tmp_path / f"quick{i}.xlsx", start, end, all_states)
        assert quick is not None
        transfer.export_articles(store, demo_plan, tmp_path / f"full{i}.xlsx", start, end, all_states=all_states)
        listed = sheets(tmp_path / f"quick{i}.xlsx")
        assert listed == sheets(tmp_path / f"full{i}.xlsx") and len(listed[0]) > 5
    assert oneshot.export_articles(data_dir, None, 999, tmp_path / "none.xlsx") is None  # the full way says so
    assert not (tmp_path / "none.xlsx").exists()


def test_a_report_the_quick_way_cannot_answer_for_goes_the_full_way(demo_on_disk: str, data_dir: Path,
                                                                   tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    plan_id, out = int(demo_on_disk), tmp_path / "bao-cao.pdf"
    # a period that is not one: the full way says what is wrong with it
    assert oneshot.export_report(data_dir, None, plan_id, "2024-13", 0, "pdf", out) is None
    assert main(["report", demo_on_disk, "--period", "2024-13", "-o", str(out)]) == 1
    assert "Kỳ báo cáo" in capsys.readouterr().err and not out.exists()
    # a plan that is not there, a server in use
    assert oneshot.export_report(data_dir, None, 999, "2024-10", 0, "pdf", out) is None
    assert oneshot.export_report(data_dir, "postgresql+psycopg://u@h/k", plan_id, "2024-10", 0, "pdf", out) is None
    # the report signed here: its PDF is the signed copy (the full way) unless made anew
    con = sqlite3.connect(data_dir / "kehoach.db")
    con.execute("INSERT INTO signed_document (plan_id, document, period_key, roles, signer, signed_by, signed_at, "
                "sha256, size) VALUES (?, 'report', '2024-10', 'leader', 'A', 'a', '2024-11-02 00:00:00', ?, 1)",
                (plan_id, "0" * 64))
    con.commit()
    con.close()
    assert oneshot.export_report(data_dir, None, plan_id, "2024-10", 0, "pdf", out) is None
    assert not out.exists()
    assert oneshot.export_report(data_dir, None, plan_id, "2024-10", 0, "pdf", out, regenerate=True) is not None
    assert oneshot.export_report(data_dir, None, plan_id, "2024-11", 0, "pdf", tmp_path / "t11.pdf") is not None
    assert oneshot.export_report(data_dir, None, plan_id, "2024-10", 0, "xlsx", tmp_path / "b.xlsx") is not None
