"""Application plumbing: settings, logging, unhandled errors, one application id everywhere."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from kehoach_desktop import APP_ID
from kehoach_desktop.logging_setup import LOG_NAME, setup_logging
from kehoach_desktop.settings import Settings
from kehoach_desktop.ui.errors import install_excepthook

ROOT = Path(__file__).resolve().parent.parent


def test_settings_defaults_merge_and_corrupt_file(tmp_path: Path) -> None:
    assert Settings.load(tmp_path) == Settings()
    (tmp_path / "settings.json").write_text(json.dumps({"language": "en", "unknown_old_key": 1}))
    assert Settings.load(tmp_path).language == "en"
    (tmp_path / "settings.json").write_text("{not json")
    assert Settings.load(tmp_path) == Settings()
    assert (tmp_path / "settings.json.broken").exists()
    s = Settings(language="en", last_plan_id=3)
    s.save(tmp_path)
    assert Settings.load(tmp_path) == s


def test_unhandled_error_is_logged_and_shown(tmp_path: Path, qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    root = logging.getLogger()
    saved = list(root.handlers)
    try:
        for h in list(root.handlers):
            if getattr(h, "_kehoach", False):
                root.removeHandler(h)
        path = setup_logging(tmp_path / "logs")
        shown: list[str] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.informativeText()))
        old_hook = sys.excepthook
        install_excepthook()
        try:
            try:
                raise ValueError("hỏng rồi")
            except ValueError:
                sys.excepthook(*sys.exc_info())
        finally:
            sys.excepthook = old_hook
        for h in root.handlers:
            h.flush()
        assert shown == ["ValueError: hỏng rồi"]
        assert path == tmp_path / "logs" / LOG_NAME
        assert "hỏng rồi" in path.read_text(encoding="utf-8")
    finally:
        for h in list(root.handlers):
            if h not in saved:
                root.removeHandler(h)
                h.close()


def test_one_application_id_everywhere() -> None:
    desktop = ROOT / "packaging" / f"{APP_ID}.desktop"
    meta = (ROOT / "packaging" / f"{APP_ID}.metainfo.xml").read_text()
    assert desktop.exists()
    assert f"<id>{APP_ID}</id>" in meta
    assert f"Icon={APP_ID}" in desktop.read_text()
