"""The user guide: made by a script from the real windows, opened from Trợ giúp, also as a PDF."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "resources" / "guide"


def test_the_guide_has_its_sections_and_pictures_and_a_pdf() -> None:
    from pypdf import PdfReader

    sys.path.insert(0, str(ROOT / "tools"))
    from make_guide import SECTIONS, TITLE

    page = (GUIDE / "huong-dan-su-dung.html").read_text(encoding="utf-8")
    for _sid, head, paragraphs, shot in SECTIONS:
        assert head in page and paragraphs[0][:40] in page.replace("&quot;", '"')
        if shot:
            assert f"images/{shot}.png" in page
    for src in re.findall(r"<img src='([^']+)'", page):
        assert (GUIDE / src).is_file(), src
    reader = PdfReader(str(GUIDE / "huong-dan-su-dung.pdf"))
    text = " ".join(p.extract_text() for p in reader.pages)
    assert TITLE in " ".join(text.split()) and len(reader.pages) >= 4
    images = sum(len([x for x in (p["/Resources"].get("/XObject") or {}).values()
                      if x.get_object().get("/Subtype") == "/Image"]) for p in reader.pages)
    assert images == sum(1 for *_x, shot in SECTIONS if shot)


@pytest.mark.sqlite_only
def test_the_script_makes_the_pictures_from_the_real_windows(tmp_path: Path) -> None:
    from PIL import Image

    done = subprocess.run([sys.executable, str(ROOT / "tools" / "make_guide.py"), str(tmp_path)], capture_output=True,
                          text=True, timeout=300, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    pictures = sorted((tmp_path / "images").glob("*.png"))
    assert [p.name for p in pictures] == sorted(p.name for p in (GUIDE / "images").glob("*.png"))
    for picture in pictures:
        with Image.open(picture) as im:
            assert im.width >= 400 and len(im.convert("RGB").getcolors(1 << 20) or []) > 50, picture.name  # not blank
    assert (tmp_path / "huong-dan-su-dung.pdf").stat().st_size > 100_000


def test_help_opens_the_guide(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from kehoach_desktop.ui.guide_dialog import GuideDialog

    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    text = dialog.ui.browser.toPlainText()
    assert "Hướng dẫn sử dụng KeHoach Desktop" in text and "Báo cáo kết quả" in text
    assert dialog.ui.pdfButton.isEnabled()
    opened: list[str] = []
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    dialog.ui.pdfButton.click()
    assert opened and opened[0].endswith("huong-dan-su-dung.pdf")
