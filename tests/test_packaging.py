"""The Linux desktop entry, the AppStream metadata and the icon, as a distribution checks them."""

from __future__ import annotations

import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kehoach_desktop import __version__

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "packaging" / "vn.edu.kehoach.KeHoachDesktop.desktop"
METAINFO = ROOT / "packaging" / "vn.edu.kehoach.KeHoachDesktop.metainfo.xml"
ICONS = ROOT / "resources" / "icons"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-utils not installed (make test installs it as root)")
def test_the_desktop_entry_validates() -> None:
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed (make test installs it as root)")
def test_the_appstream_metadata_validates() -> None:
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_entry_metadata_and_icon_agree() -> None:
    entry = dict(line.split("=", 1) for line in DESKTOP.read_text(encoding="utf-8").splitlines() if "=" in line)
    info = ET.parse(METAINFO).getroot()
    assert info.findtext("id") == entry["Icon"] == DESKTOP.name.removesuffix(".desktop")
    assert info.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert info.find("releases/release").get("version") == __version__  # type: ignore[union-attr]
    assert entry["Exec"].split()[0] == "kehoach"
    ET.parse(ICONS / "kehoach.svg")  # the source reads as SVG
    for size in (16, 24, 32, 48, 64, 128, 256):
        head = (ICONS / f"kehoach-{size}.png").read_bytes()[:24]
        assert head[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", head[16:24]) == (size, size)
    assert (ICONS / "kehoach.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"  # a Windows icon


def test_the_window_has_the_icon(qapp) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.ui.app import application_icon

    icon = application_icon()
    assert not icon.isNull() and {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}


def test_the_windows_recipe_installs_per_user_and_keeps_the_data() -> None:
    """What can be checked here of the Windows recipe (it is built and run on a Windows runner)."""
    iss = (ROOT / "packaging" / "windows" / "KeHoachDesktop.iss").read_text(encoding="utf-8")
    lines = [line.strip() for line in iss.splitlines() if line.strip() and not line.strip().startswith(";")]
    assert "PrivilegesRequired=lowest" in lines
    assert "AppVersion={#AppVersion}" in lines and not any(__version__ in line for line in lines)  # from the package
    assert "[UninstallDelete]" not in lines  # the user's data stays
    assert any(line.startswith('Name: "{group}\\KeHoach Desktop"') for line in lines)
    assert any(line.startswith('Name: "{autodesktop}\\KeHoach Desktop"') for line in lines)
    icon = next(line.split("=", 1)[1] for line in lines if line.startswith("SetupIconFile="))
    assert (ROOT / "packaging" / "windows" / icon.replace("\\", "/")).resolve().is_file()
    build = (ROOT / "packaging" / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert "packaging\\KeHoachDesktop.spec" in build and "/DAppVersion=$Version" in build
    workflow = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    assert "runs-on: windows-latest" in workflow and "build.ps1" in workflow and "/CURRENTUSER" in workflow
    from kehoach_desktop import APP_NAME

    assert f'Join-Path $env:LOCALAPPDATA "{APP_NAME}"' in workflow  # where platformdirs keeps the data on Windows
