"""Starting the window: it paints before the database layer is imported, then opens the data in
a worker, logs in and shows the plan; a command still goes to the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kehoach_desktop.launch import window_options

KEHOACH = str(Path(sys.executable).with_name("kehoach"))


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KEHOACH_")}
    return {**env, "QT_QPA_PLATFORM": "offscreen", **extra}


@pytest.mark.parametrize("argv", [[], ["--data-dir", "d"], ["--data-dir=d", "--as", "an", "--lang", "en"],
                                  ["--db-url", "sqlite:///x.db"]])
def test_options_alone_open_the_window(argv: list[str]) -> None:
    assert window_options(argv) is not None


@pytest.mark.parametrize("argv", [["plan", "list"], ["--data-dir", "d", "backup"], ["-h"], ["--version"],
                                  ["--lang", "fr"], ["--data-dir"], ["--nonsense"]])
def test_commands_help_and_mistakes_go_to_the_command_line(argv: list[str]) -> None:
    assert window_options(argv) is None


def test_help_and_version_still_answer() -> None:
    done = subprocess.run([KEHOACH, "--version"], env=_env(), capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "kehoach" in done.stdout
    done = subprocess.run([KEHOACH, "--lang", "fr"], env=_env(), capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "--lang" in done.stderr


@pytest.mark.sqlite_only
def test_window_paints_before_the_database_layer_then_shows_the_plan(demo_on_disk: str, data_dir: Path) -> None:
    env = _env(KEHOACH_NEW_PASSWORD="mat-khau-dai-1", KEHOACH_PASSWORD="mat-khau-dai-1")
    added = subprocess.run([KEHOACH, "--data-dir", str(data_dir), "user", "add", "toan"], env=env,
                           capture_output=True, text=True, timeout=60)
    assert added.returncode == 0, added.stderr
    done = subprocess.run([KEHOACH, "--data-dir", str(data_dir), "--as", "toan"],
                          env={**env, "KEHOACH_QUIT_WHEN_READY": "1"}, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.split()
    # "painted <ms> <sqlalchemy imported?>" then "ready <ms>"
    assert lines[0] == "painted" and lines[2] == "False", done.stdout
    assert lines[3] == "ready" and int(lines[4]) >= int(lines[1])
    log = (data_dir / "logs").glob("*.log") if (data_dir / "logs").exists() else []
    assert not any("Traceback" in p.read_text(encoding="utf-8") for p in log)


def test_a_damaged_database_is_said_over_the_window(qtbot, data_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import argparse

    from PySide6.QtWidgets import QMessageBox

    from kehoach_desktop.settings import Settings
    from kehoach_desktop.ui import app
    from kehoach_desktop.ui.main_window import MainWindow

    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "kehoach.db").write_bytes(b"this is not a database" * 100)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: said.append(text))
    window = MainWindow(None, Settings())
    qtbot.addWidget(window)
    args = argparse.Namespace(data_dir=str(data_dir), db_url=None, as_user=None, lang=None, command=None)
    starter = app.Starter(window, args, 0.0, data_dir)
    window.show()
    qtbot.waitUntil(lambda: starter.code is not None, timeout=20_000)
    starter.close()
    assert starter.code == 1 and said and "kehoach.db" in said[0]
    assert not window.isVisible()


def test_the_frame_offers_only_leaving_until_the_data_is_open(qtbot) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.settings import Settings
    from kehoach_desktop.ui.main_window import MainWindow

    window = MainWindow(None, Settings())
    qtbot.addWidget(window)
    assert window.ui.actionQuit.isEnabled()
    assert not window.ui.actionNewPlan.isEnabled() and not window.ui.splitter.isEnabled()
    assert window.status.text() == "Đang mở dữ liệu…"
    window.close()  # closing before the data opened saves nothing and does not fail
