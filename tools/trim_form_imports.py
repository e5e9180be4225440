"""Keep only the Qt names a generated form uses in its imports.

pyside6-uic imports the same long list into every form (gradients, QDate, the whole Qt
namespace …); each name read from a PySide6 module creates its Python type, which costs the
main window about 35 ms before its first paint. Run by `make forms` on each generated file.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

IMPORT = re.compile(r"^from (PySide6\.\w+) import \(?([^)]*?)\)?\n(?=\S|\n)", re.MULTILINE | re.DOTALL)


def trim(source: str) -> str:
    body = IMPORT.sub("", source)
    used = set(re.findall(r"\b[A-Za-z_]\w*\b", body))

    def keep(match: re.Match[str]) -> str:
        names = [n.strip() for n in match.group(2).replace("\n", " ").split(",") if n.strip()]
        kept = [n for n in names if n in used]
        return f"from {match.group(1)} import {', '.join(kept)}\n" if kept else ""

    return IMPORT.sub(keep, source)


def main(paths: list[str]) -> int:
    for name in paths:
        path = Path(name)
        path.write_text(trim(path.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
