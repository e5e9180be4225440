"""The document font: the system's Times New Roman when installed, otherwise the bundled
Liberation Serif (metric-compatible, SIL OFL). All four styles are registered as one family so
<b> and <i> render bold and italic, not silently regular."""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "ND30Serif"
STYLES = ("regular", "bold", "italic", "bolditalic")

_TIMES = {
    "regular": ("times.ttf", "Times New Roman.ttf", "Times_New_Roman.ttf"),
    "bold": ("timesbd.ttf", "Times New Roman Bold.ttf", "Times_New_Roman_Bold.ttf"),
    "italic": ("timesi.ttf", "Times New Roman Italic.ttf", "Times_New_Roman_Italic.ttf"),
    "bolditalic": ("timesbi.ttf", "Times New Roman Bold Italic.ttf", "Times_New_Roman_Bold_Italic.ttf"),
}
_BUNDLED = {"regular": "LiberationSerif-Regular.ttf", "bold": "LiberationSerif-Bold.ttf",
            "italic": "LiberationSerif-Italic.ttf", "bolditalic": "LiberationSerif-BoldItalic.ttf"}


def _font_dirs() -> list[Path]:
    dirs = []
    if sys.platform == "win32":
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/Library/Fonts"), Path("/System/Library/Fonts/Supplementary"),
                 Path.home() / "Library/Fonts"]
    else:
        dirs += [Path("/usr/share/fonts/truetype/msttcorefonts"), Path("/usr/share/fonts/TTF"),
                 Path("/usr/share/fonts/truetype"), Path.home() / ".local/share/fonts", Path.home() / ".fonts"]
    return [d for d in dirs if d.is_dir()]


def find_times_new_roman() -> dict[str, Path] | None:
    """The four Times New Roman files, if all are installed."""
    found: dict[str, Path] = {}
    for style, names in _TIMES.items():
        for directory in _font_dirs():
            match = next((directory / n for n in names if (directory / n).is_file()), None)
            if match is None:
                lowered = {p.name.lower(): p for p in directory.glob("*.ttf")}
                match = next((lowered[n.lower()] for n in names if n.lower() in lowered), None)
            if match is not None:
                found[style] = match
                break
    return found if len(found) == 4 else None


@lru_cache(maxsize=1)
def register_fonts(prefer_system: bool = True) -> str:
    """Register the family once; returns the base font name the PDF will carry."""
    from ..paths import resources_dir

    files = find_times_new_roman() if prefer_system and not os.environ.get("KEHOACH_BUNDLED_FONT") else None
    if files is None:
        folder = resources_dir() / "fonts"
        files = {style: folder / name for style, name in _BUNDLED.items()}
    names = {style: f"{FAMILY}-{style}" for style in STYLES}
    for style in STYLES:
        pdfmetrics.registerFont(TTFont(names[style], str(files[style])))
    pdfmetrics.registerFontFamily(FAMILY, normal=names["regular"], bold=names["bold"],
                                  italic=names["italic"], boldItalic=names["bolditalic"])
    for bold in (0, 1):
        for italic in (0, 1):
            style = {(0, 0): "regular", (1, 0): "bold", (0, 1): "italic", (1, 1): "bolditalic"}[(bold, italic)]
            addMapping(FAMILY, bold, italic, names[style])
    return names["regular"]


def font(style: str = "regular") -> str:
    register_fonts()
    return f"{FAMILY}-{style}"
