"""Refresh resources/translations/*.ts from the code and forms (keeps existing translations).

Run by `make lupdate`. Translate new strings with Qt Linguist (pyside6-linguist), then
`make translations` compiles the .qm files the application loads.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "kehoach_en.ts"


def sources() -> list[str]:
    py = [p for p in (ROOT / "kehoach_desktop").rglob("*.py") if "generated" not in p.parts]
    ui = sorted((ROOT / "forms").glob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in sorted(py) + ui]


def main() -> int:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    cmd = [str(lupdate), *sources(), "-source-language", "vi_VN", "-target-language", "en_GB",
           "-no-obsolete", "-locations", "none", "-ts", str(TS.relative_to(ROOT))]
    return subprocess.run(cmd, cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
