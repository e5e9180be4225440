"""The articles, accounts and channels commands, with passwords given as scripts give them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kehoach_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str,
        password: str | None = None, new_password: str | None = None) -> tuple[int, str, str]:
    for key, value in (("KEHOACH_PASSWORD", password), ("KEHOACH_NEW_PASSWORD", new_password)):
        if value is None:
            monkeypatch.delenv(key, raising=False)
        else:
            monkeypatch.setenv(key, value)
    try:
        code = main(list(args))
    except SystemExit as usage:  # argparse refused the arguments
        code = int(usage.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_accounts_articles_and_the_refused_approval(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def cli(*args: str, **kw: str) -> tuple[int, str, str]:
        return run(capsys, monkeypatch, *args, **kw)

    code, out, _ = cli("demo")
    plan_id = int(out.splitlines()[-1])
    code, out, err = cli("user", "add", "hoa", "--role", "approver", "--full-name", "Nguyễn Xuân Hòa",
                         new_password="truong-phong")
    assert code == 0, err
    code, out, err = cli("user", "add", "toan", "--role", "editor", new_password="van-thu-1")
    assert code != 0 and "đăng nhập" in err  # only an administrator adds accounts now
    code, out, err = cli("--as", "hoa", "user", "add", "toan", "--role", "editor",
                         password="truong-phong", new_password="van-thu-1")
    assert code == 0, err
    code, out, _ = cli("user", "list", "--json")
    users = {u["username"]: u["roles"] for u in json.loads(out)}
    assert set(users["hoa"]) == {"admin", "approver"} and users["toan"] == ["editor"]

    code, out, err = cli("demo")
    assert code != 0 and "--as" in err  # changing data needs an account now

    code, out, _ = cli("channel", "list", "--json")
    assert {c["kind"] for c in json.loads(out)} >= {"website", "fanpage"}

    shot = tmp_path / "anh-chup.png"
    shot.write_bytes(b"\x89PNG...")
    theme = 5
    code, out, err = cli("--as", "toan", "article", "add", "--plan", str(plan_id), "--title",
                         "Ngày hội chuyển đổi số ở trường Tiểu học", "--channel", "trang thong tin dien tu",
                         "--date", "2024-10-05", "--url", "https://pgd.example.vn/ngay-hoi",
                         "--theme", str(theme), "--evidence", str(shot), password="van-thu-1")
    assert code == 0, err
    aid = int(out.splitlines()[-1])
    code, out, err = cli("--as", "toan", "article", "submit", str(aid), password="van-thu-1")
    assert code == 0, err

    code, out, err = cli("--as", "toan", "article", "approve", str(aid), password="van-thu-1")
    assert code != 0 and "không có quyền" in err
    code, out, _ = cli("article", "show", str(aid), "--json")
    shown = json.loads(out)
    assert shown["status"] == "pending"
    assert [h["action"] for h in shown["history"]][-1] == "refused"
    assert shown["evidence"][0]["filename"] == "anh-chup.png"
    assert shown["themes"][0]["id"] == theme

    code, out, err = cli("--as", "hoa", "article", "approve", str(aid), password="sai-mat-khau")
    assert code != 0 and "mật khẩu" in err
    code, out, err = cli("--as", "hoa", "article", "approve", str(aid), password="truong-phong")
    assert code == 0, err
    code, out, err = cli("--as", "toan", "article", "publish", str(aid), password="van-thu-1")
    assert code == 0 and "Đã đăng" in out

    code, out, _ = cli("article", "list", "--plan", str(plan_id), "--search", "chuyen doi so", "--json")
    assert aid in [a["id"] for a in json.loads(out)]
    code, out, _ = cli("article", "list", "--plan", str(plan_id), "--status", "pending", "--json")
    assert len(json.loads(out)) == 4
    code, out, err = cli("--as", "hoa", "article", "return", str(aid), password="truong-phong")
    assert code != 0  # published: nothing to return, and a reason would be needed anyway


def test_first_user_without_password_in_a_script_is_refused(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(capsys, monkeypatch, "user", "add", "admin", "--role", "admin")
    assert code != 0 and "KEHOACH_NEW_PASSWORD" in err


def test_the_plan_workflow_from_the_command_line(demo_on_disk: str, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def cli(*args: str, **kw: str) -> tuple[int, str, str]:
        return run(capsys, monkeypatch, *args, **kw)

    plan_id = demo_on_disk
    cli("user", "add", "hoa", "--role", "approver", new_password="truong-phong")
    cli("--as", "hoa", "user", "add", "toan", "--role", "editor", password="truong-phong", new_password="van-thu-1")
    code, _, err = cli("--as", "toan", "plan", "approve", plan_id, password="van-thu-1")
    assert code != 0 and "không có quyền" in err  # an editor cannot approve
    code, _, err = cli("--as", "hoa", "plan", "issue", plan_id, "--number", "115", "--date", "2024-02-07",
                       password="truong-phong")
    assert code != 0 and "đã duyệt" in err  # a draft is not issued
    code, out, err = cli("--as", "hoa", "plan", "approve", plan_id, password="truong-phong")
    assert code == 0 and "đã duyệt" in out, err
    code, out, err = cli("--as", "hoa", "plan", "return", plan_id, "--reason", "Bổ sung căn cứ",
                         password="truong-phong")
    assert code == 0, err
    cli("--as", "hoa", "plan", "approve", plan_id, password="truong-phong")
    code, _, err = cli("--as", "hoa", "plan", "issue", plan_id, "--number", "115", "--date", "2024-13-45",
                       password="truong-phong")
    assert code != 0 and "không phải ngày" in err and "Lỗi không mong đợi" not in err
    code, out, err = cli("--as", "hoa", "plan", "issue", plan_id, "--number", "115", "--date", "2024-02-07",
                         password="truong-phong")
    assert code == 0 and "số 115, ngày 07/02/2024" in out, err
    code, out, _ = cli("plan", "history", plan_id)
    assert "Duyệt — Trạng thái: Dự thảo → Đã duyệt" in out
    assert "Trả lại — Trạng thái: Đã duyệt → Dự thảo" in out and "Trả lại — Lý do:  → Bổ sung căn cứ" in out
    assert "Ban hành" in out
    code, out, _ = cli("plan", "history", plan_id, "--json")
    actions = [e["action"] for e in json.loads(out)]
    assert actions.count("approve") == 2 and "return" in actions and actions[-1] == "issue"


def test_a_wrong_publish_date_is_explained(demo_on_disk: str, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    def cli(*args: str, **kw: str) -> tuple[int, str, str]:
        return run(capsys, monkeypatch, *args, **kw)

    plan_id = demo_on_disk
    cli("user", "add", "hoa", "--role", "approver", new_password="truong-phong")
    code, out, err = cli("--as", "hoa", "article", "add", "--plan", plan_id, "--title", "Tin chưa có ngày",
                         "--channel", "Trang thông tin điện tử", "--url", "https://pgd.edu.vn/x", "--date", "2024-05-02",
                         password="truong-phong")
    assert code == 0, err
    article_id = out.splitlines()[-1]
    for verb in ("submit", "approve"):
        assert cli("--as", "hoa", "article", verb, article_id, password="truong-phong")[0] == 0
    code, _, err = cli("--as", "hoa", "article", "publish", article_id, "--date", "2024-13-45", password="truong-phong")
    assert code != 0 and "không phải ngày" in err and "Lỗi không mong đợi" not in err
    code, _, err = cli("--as", "hoa", "article", "publish", article_id, password="truong-phong")
    assert code == 0, err
    code, out, _ = cli("article", "show", article_id, "--json")
    assert json.loads(out)["date"] == "2024-05-02"


@pytest.mark.parametrize("command", [
    ["channel", "add", "Kênh mới", "--kind", "website"],
    ["article", "add", "--plan", "1", "--title", "Tin", "--channel", "Fanpage Facebook", "--date", "2024-05-02"],
    ["target", "add", "--plan", "1", "--scope", "office", "--period", "month", "--minimum", "2"],
    ["opinion", "add", "--summary", "Phản ánh", "--date", "2024-05-02"],
    ["mail", "config", "--host", "smtp.x.vn", "--port", "587", "--security", "starttls", "--user", "a",
     "--from", "a@x.vn"],
    ["plan", "copy", "1"],
    ["plan", "return", "1", "--reason", "Sửa"],
    ["demo"],
])
def test_once_accounts_exist_a_change_needs_a_user(demo_on_disk: str, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch, command: list[str]) -> None:
    """The services refuse it (and record the refusal); the command line has no rule of its own."""
    run(capsys, monkeypatch, "user", "add", "hoa", "--role", "approver", new_password="truong-phong")
    code, _, err = run(capsys, monkeypatch, *command)
    assert code != 0 and "đăng nhập" in err and "--as" in err, err


def test_a_refused_article_leaves_nothing_behind(demo_on_disk: str, data_dir: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from kehoach_desktop.services import evidence

    def cli(*args: str, **kw: str) -> tuple[int, str, str]:
        return run(capsys, monkeypatch, *args, **kw)

    plan_id = demo_on_disk
    cli("user", "add", "hoa", "--role", "approver", new_password="truong-phong")
    count = len(json.loads(cli("article", "list", "--plan", plan_id, "--json")[1]))
    before_units = cli("plan", "show", plan_id, "--json")[1]
    big = tmp_path / "lon.pdf"
    big.write_bytes(b"%PDF" + b"0" * 2048)
    monkeypatch.setattr(evidence, "MAX_FILE_BYTES", 1024)
    base = ["--as", "hoa", "article", "add", "--plan", plan_id, "--title", "Tin có minh chứng lớn",
            "--channel", "Fanpage Facebook"]
    code, _, err = cli(*base, "--date", "2024-05-02", "--evidence", str(big), password="truong-phong")
    assert code != 0 and "lớn quá" in err
    code, _, err = cli(*base, "--date", "2024-13-45", "--unit", "Tổ Tin học mới", password="truong-phong")
    assert code != 0 and "không phải ngày" in err
    assert len(json.loads(cli("article", "list", "--plan", plan_id, "--json")[1])) == count
    from kehoach_desktop.bootstrap import open_app_database
    from kehoach_desktop.services import units

    db = open_app_database(str(data_dir), actor="kiểm tra")
    try:
        assert "Tổ Tin học mới" not in [u.name for u in units.list_units(db.store)]
    finally:
        db.close()
    assert before_units  # the plan is still there to show
