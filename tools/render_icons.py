"""Render resources/icons/kehoach.svg to the PNG sizes desktops ask for, and to a Windows .ico.

Run after changing the SVG: `.venv/bin/python tools/render_icons.py` (offscreen Qt, no display)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ICONS / "kehoach.svg"))
    if not renderer.isValid():
        print("kehoach.svg does not render", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"kehoach-{size}.png"))
        if size == 256:
            image.save(str(ICONS / "kehoach.ico"))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
