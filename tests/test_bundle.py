"""The one-folder bundle (`make dist`), run as an office PC runs it: no Python on PATH, no
virtual environment. `make test` builds it and runs this with KEHOACH_BUNDLE set; elsewhere the
tests here are skipped."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

BUNDLE = os.environ.get("KEHOACH_BUNDLE", "")
pytestmark = pytest.mark.skipif(not BUNDLE, reason="the bundle is tested by `make test` after `make dist`")
ROOT = Path(__file__).resolve().parent.parent


def bare_env(home: Path, **extra: str) -> dict[str, str]:
    """What a user's session gives the program: a home, a language, no Python anywhere."""
    empty = home / "bin"
    empty.mkdir(parents=True, exist_ok=True)
    env = {"HOME": str(home), "PATH": str(empty), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
           "KEHOACH_DATA_DIR": str(home / "data"), "XDG_RUNTIME_DIR": str(home / "run"), **extra}
    (home / "run").mkdir(exist_ok=True, mode=0o700)
    assert shutil.which("python3", path=env["PATH"]) is None and shutil.which("python", path=env["PATH"]) is None
    return env


def run(home: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([BUNDLE, *args], env=bare_env(home, **extra), capture_output=True, text=True, timeout=300,
                          cwd=home)


def test_the_bundle_runs_the_demo_exports_and_opens_the_window(tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from pypdf import PdfReader

    home = tmp_path / "home"
    home.mkdir()
    done = run(home, "--version")
    assert done.returncode == 0 and "kehoach" in done.stdout, done.stderr
    done = run(home, "demo")
    assert done.returncode == 0, done.stderr
    plan_id = done.stdout.strip().splitlines()[-1]
    done = run(home, "plan", "export", plan_id, "--format", "pdf", "-o", str(tmp_path / "ke-hoach.pdf"))
    assert done.returncode == 0, done.stderr
    reader = PdfReader(str(tmp_path / "ke-hoach.pdf"))
    text = " ".join(page.extract_text() for page in reader.pages[:2])
    assert "KẾ HOẠCH" in text and "Lạc Thủy" in text and len(reader.pages) > 5
    fonts = {str(f.get_object().get("/BaseFont")) for p in reader.pages[:1]
             for f in p["/Resources"]["/Font"].values()}
    assert any("LiberationSerif" in f or "Times" in f for f in fonts), fonts  # the bundled font went in
    done = run(home, "plan", "export", plan_id, "--format", "xlsx", "-o", str(tmp_path / "phu-luc.xlsx"))
    assert done.returncode == 0, done.stderr
    ws = load_workbook(tmp_path / "phu-luc.xlsx").worksheets[0]
    titles = [c.value for c in ws["B"] if isinstance(c.value, str)]
    assert any("Đẩy mạnh" in t or "Tuyên truyền" in t for t in titles)

    # the window, offscreen: it paints, then shows the plan, then quits (KEHOACH_QUIT_WHEN_READY)
    done = run(home, "user", "add", "toan", KEHOACH_NEW_PASSWORD="mat-khau-dai-1")
    assert done.returncode == 0, done.stderr
    started = time.perf_counter()
    done = run(home, "--as", "toan", KEHOACH_PASSWORD="mat-khau-dai-1", KEHOACH_QUIT_WHEN_READY="1")
    bundle_s = time.perf_counter() - started
    assert done.returncode == 0, done.stderr
    words = done.stdout.split()
    assert words[0] == "painted" and words[3] == "ready", done.stdout
    # beside `make run`'s program (the virtual environment's `kehoach`) on the same data
    venv = ROOT / ".venv" / "bin" / "kehoach"
    if venv.exists():
        env = {**bare_env(home), "KEHOACH_PASSWORD": "mat-khau-dai-1", "KEHOACH_QUIT_WHEN_READY": "1"}
        started = time.perf_counter()
        other = subprocess.run([str(venv), "--as", "toan"], env=env, capture_output=True, text=True, timeout=300)
        venv_s = time.perf_counter() - started
        assert other.returncode == 0, other.stderr
        size = sum(f.stat().st_size for f in Path(BUNDLE).parent.rglob("*") if f.is_file() and not f.is_symlink())
        print(f"\nbundle: {size / 2**20:.0f} MB; window ready in {int(words[4])} ms ({bundle_s:.2f} s to exit); "
              f"make run's: ready in {int(other.stdout.split()[4])} ms ({venv_s:.2f} s)", file=sys.stderr)


def test_the_bundle_has_only_the_qt_it_uses(tmp_path: Path) -> None:
    inside = Path(BUNDLE).parent / "_internal"
    names = {p.name for p in inside.rglob("*")}
    for unwanted in ("libQt6WebEngineCore.so.6", "libQt6Qml.so.6", "libQt6Quick.so.6", "QtWebEngineProcess"):
        assert unwanted not in names
    for wanted in ("libQt6Widgets.so.6", "libQt6Pdf.so.6", "libQt6Charts.so.6", "LiberationSerif-Regular.ttf",
                   "kehoach_en.qm", "0011_signing.py", "kehoach-256.png"):
        assert wanted in names, wanted
