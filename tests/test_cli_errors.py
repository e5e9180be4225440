"""Every wrong input on the command line gets a plain message and a non-zero exit, never a
traceback or "Lỗi không mong đợi", and nothing is written where it should not be."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kehoach_desktop.cli import main


@pytest.fixture
def afile(tmp_path: Path) -> Path:
    path = tmp_path / "mot-tep"
    path.write_text("x")
    return path


@pytest.mark.parametrize("args, says", [
    (["--data-dir", "{afile}", "plan", "list"], "là một tệp"),
    (["--data-dir", "/proc/kehoach-khong-co", "plan", "list"], "/proc/kehoach-khong-co"),
    (["--db-url", "khong-phai-dia-chi", "plan", "list"], "không hợp lệ"),
    (["--db-url", "nonsense://x", "plan", "list"], "Không biết loại cơ sở dữ liệu"),
    (["--db-url", "postgresql+psycopg://u@127.0.0.1:1/kehoach", "plan", "list"], "127.0.0.1:1/kehoach: máy chủ không trả lời"),
    (["--db-url", "mysql+nosuchdriver://u@127.0.0.1/kehoach", "plan", "list"], "Không biết loại"),
    (["--db-url", "postgresql+pg8000://u@127.0.0.1:1/kehoach", "plan", "list"], "pip install pg8000"),
    (["--db-url", "sqlite:///file:{afile}?uri=true", "plan", "list"], "--data-dir"),
    (["plan", "export", "{demo}", "-o", "{folder}", "--format", "pdf"], "là một thư mục"),
    (["report", "{demo}", "--period", "2024", "-o", "/dev/null"], "không phải tệp thường"),
])
def test_wrong_places_and_addresses_are_explained(demo_on_disk: str, afile: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str], args: list[str], says: str) -> None:
    filled = [a.format(afile=afile, demo=demo_on_disk, folder=tmp_path) for a in args]
    code = main(filled)
    err = capsys.readouterr().err
    assert code != 0 and says in err and "Lỗi không mong đợi" not in err and "Traceback" not in err
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)  # the device is still a device


@pytest.mark.parametrize("args", [
    ["plan", "show", "9223372036854775808"],
    ["article", "list", "--plan=-1"],
    ["article", "list", "--plan", "abc"],
    ["article", "export", "--plan", "1", "--from=", "-o", "x.xlsx"],
    ["article", "publish", "1", "--date", "2024-13-45"],
])
def test_malformed_numbers_and_dates_are_usage_errors(demo_on_disk: str, capsys: pytest.CaptureFixture[str],
                                                      args: list[str]) -> None:
    with pytest.raises(SystemExit) as usage:
        main(args)
    err = capsys.readouterr().err
    assert usage.value.code == 2 and "error: argument" in err and "Traceback" not in err


def test_an_export_is_created_with_the_users_permissions(demo_on_disk: str, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        assert main(["plan", "export", demo_on_disk, "-o", str(tmp_path / "pl.xlsx")]) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "pl.xlsx").stat().st_mode) == 0o644
    stale = tmp_path / ".pl-abandoned.xlsx.part"
    stale.write_bytes(b"half")
    os.utime(stale, (0, 0))  # left by a run killed long ago
    assert main(["plan", "export", demo_on_disk, "-o", str(tmp_path / "pl.xlsx")]) == 0
    assert not stale.exists() and not list(tmp_path.glob(".*.part"))


@pytest.mark.parametrize("invisible", ["\u200b\u200b", "\ufeff", "\u200e\u200f \u2060", "\u00ad"])
def test_a_title_of_invisible_characters_is_empty(store, demo_plan: int, invisible: str) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.services import articles
    from kehoach_desktop.services.errors import ValidationError

    with pytest.raises(ValidationError, match="không được để trống"):
        articles.add_article(store, demo_plan, invisible)
    assert articles.get_article(store, articles.add_article(store, demo_plan, f"Tin{invisible} mới")).title == "Tin mới"


def test_no_mail_password_over_a_connection_without_encryption() -> None:
    from email.message import EmailMessage

    from kehoach_desktop.exchange.mail import MailError, MailServer, send

    server = MailServer(host="mail.truong.edu.vn", port=25, security="none", user="vanthu", from_addr="a@b.vn",
                        timeout=1)
    with pytest.raises(MailError, match="không mã hóa"):
        send(EmailMessage(), server, "bi-mat")


@pytest.mark.sqlite_only
def test_a_reading_command_leaves_the_database_writable(demo_on_disk: str, data_dir: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """An export running while the window opens must not make the window read-only."""
    from kehoach_desktop.bootstrap import open_app_database

    reader = open_app_database(str(data_dir), reader=True, actor="cli")
    try:
        assert reader.lock is None and reader.store.read_only
        window = open_app_database(str(data_dir), actor="window")
        try:
            assert not window.store.read_only  # the window still gets the writer's lock
        finally:
            window.close()
    finally:
        reader.close()


@pytest.mark.sqlite_only
def test_a_second_writer_waits_for_the_first(demo_on_disk: str, data_dir: Path) -> None:
    import threading

    from kehoach_desktop.bootstrap import open_app_database

    first = open_app_database(str(data_dir), actor="first")
    threading.Timer(0.5, first.close).start()  # the first command finishes half a second later
    second = open_app_database(str(data_dir), allow_read_only=False, actor="second", wait=10)
    try:
        assert not second.store.read_only and second.lock is not None
    finally:
        second.close()
