"""The command line, run as a user would run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kehoach_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_list_show_copy(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "demo")
    assert code == 0
    plan_id = int(out.strip().splitlines()[-1])

    code, out, _ = run(capsys, "plan", "list", "--json")
    listed = json.loads(out)
    assert [p["id"] for p in listed] == [plan_id]
    assert listed[0]["title"] == "Truyền thông về Giáo dục và Đào tạo năm 2024"

    code, out, _ = run(capsys, "plan", "show", str(plan_id), "--json")
    plan = json.loads(out)
    for key in ("id", "number", "place", "date", "title", "organization", "basis", "sections",
                "groups", "recipients", "signer"):
        assert key in plan
    assert plan["organization"] == {**plan["organization"], "name": "Phòng Giáo dục và Đào tạo huyện Lạc Thủy",
                                    "parent": "UBND HUYỆN LẠC THỦY"}
    assert len(plan["groups"]) == 9
    assert sum(len(g["themes"]) for g in plan["groups"]) == 24
    first = plan["groups"][0]["themes"][0]
    assert plan["groups"][0]["numeral"] == "I"
    assert first["stt"] == 1
    assert first["lead_units"] == ["Phòng GD&ĐT"]
    assert first["quarters"] == [1, 2, 3, 4]
    assert first["owner"]["name"] == "Nguyễn Đức Toàn"
    assert plan["groups"][8]["themes"][0]["quarters"] == [3, 4]
    assert plan["signer"] == {"prefix": "", "position": "TRƯỞNG PHÒNG", "name": "Nguyễn Xuân Hòa"}
    assert plan["recipients"][1]["name"] == "Sở GD&ĐT"

    code, out, _ = run(capsys, "plan", "copy", str(plan_id), "--period", "2025")
    assert code == 0
    new_id = int(out.strip().splitlines()[-1])
    code, out, _ = run(capsys, "plan", "show", str(new_id), "--json")
    copied = json.loads(out)
    assert copied["title"].endswith("năm 2025")
    assert copied["date"] is None
    assert [g["title"] for g in copied["groups"]] == [g["title"] for g in plan["groups"]]


def test_errors_go_to_stderr_with_nonzero_exit(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "plan", "show", "42", "--json")
    assert code != 0 and out == ""
    assert "Không tìm thấy kế hoạch" in err
    run(capsys, "demo")
    code, _, err = run(capsys, "plan", "copy", "1", "--period", "2026-2024")
    assert code != 0 and "trước năm bắt đầu" in err


def test_data_dir_option_and_installed_entry_point(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("kehoach")
    env = {k: v for k, v in os.environ.items() if k != "KEHOACH_DATA_DIR"}
    done = subprocess.run([str(exe), "--data-dir", str(tmp_path / "d"), "demo"], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "1"
    assert (tmp_path / "d" / "kehoach.db").exists()
    bad = subprocess.run([str(exe), "--data-dir", str(tmp_path / "d"), "plan", "nope"],
                         capture_output=True, text=True, env=env, timeout=60)
    assert bad.returncode == 2
    assert "nope" in bad.stderr


def test_excel_commands(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import openpyxl

    run(capsys, "demo")
    out_file = tmp_path / "pl.xlsx"
    code, out, err = run(capsys, "plan", "export", "1", "--format", "xlsx", "-o", str(out_file))
    assert code == 0, err
    assert openpyxl.load_workbook(out_file).active["A1"].value == "PHỤ LỤC"
    code, out, err = run(capsys, "article", "export", "--plan", "1", "--from", "2024-10-01", "--to",
                         "2024-12-31", "-o", str(tmp_path / "tin.xlsx"))
    assert code == 0, err
    rows = list(openpyxl.load_workbook(tmp_path / "tin.xlsx")["Tin bài"].iter_rows(min_row=4, values_only=True))
    assert rows and all(r[1].year == 2024 and r[1].month in (10, 11, 12) for r in rows)
    code, out, err = run(capsys, "plan", "copy", "1", "--period", "2025")
    new_id = out.strip().splitlines()[-1]
    code, out, err = run(capsys, "plan", "import-appendix", new_id, str(out_file), "--dry-run", "--json")
    assert code == 0, err
    found = json.loads(out)
    assert found["written"] is False and len(found["groups"]) == 9
    assert found["groups"][0]["themes"][0]["quarters"] == [1, 2, 3, 4]
    assert sum(len(g["themes"]) for g in found["groups"]) == 24
    code, out, _ = run(capsys, "plan", "show", new_id, "--json")
    assert len(json.loads(out)["groups"]) == 9  # the dry run wrote nothing
    bad = tmp_path / "hong.xlsx"
    bad.write_text("không phải")
    code, out, err = run(capsys, "plan", "import-appendix", new_id, str(bad))
    assert code != 0 and "hong.xlsx" in err


def test_target_and_opinion_commands(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "demo")
    code, out, _ = run(capsys, "target", "list", "--plan", "1", "--json")
    assert code == 0 and len(json.loads(out)) == 3
    code, out, _ = run(capsys, "target", "status", "--plan", "1", "--period", "2024-10", "--json")
    rows = json.loads(out)
    monthly = [r for r in rows if r["rule"].endswith("tháng")]
    assert monthly == [{**monthly[0], "period": "tháng 10/2024", "required": 1, "met": True}]
    assert {"required", "achieved", "met"} <= rows[0].keys()
    code, out, err = run(capsys, "opinion", "add", "--summary", "Phản ánh về bữa ăn bán trú", "--date",
                         "2024-11-05", "--source", "parents", "--severity", "hot")
    assert code == 0, err
    code, out, _ = run(capsys, "opinion", "list", "--from", "2024-11-01", "--to", "2024-11-30", "--json")
    assert [i["summary"] for i in json.loads(out)] == ["Phản ánh về bữa ăn bán trú"]


def test_a_command_run_in_process_leaves_no_log_handler(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import logging

    before = list(logging.getLogger().handlers)
    assert main(["plan", "list"]) == 0
    assert logging.getLogger().handlers == before
    assert (data_dir / "logs").is_dir()  # it did log while it ran
