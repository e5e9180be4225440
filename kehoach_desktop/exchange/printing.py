"""Printing our own PDFs as vectors: every page keeps its orientation and stays text and lines.

Rasterising a page (what a PDF viewer widget can do) makes a landscape appendix a 35 MB portrait
picture; the printer languages every office printer speaks take the PDF itself. So: printing to
a PDF file writes the chosen pages of our PDF; a CUPS printer (Linux, macOS) is handed the PDF.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from ..files import write_atomically


def write_pages(source: str | os.PathLike[str], target: str | os.PathLike[str], first: int = 0,
                last: int = 0, copies: int = 1) -> int:
    """Pages `first`..`last` (1-based, 0 = all) of `source` into `target`, written whole or not
    at all. Returns the number of pages written."""
    reader = PdfReader(Path(source))
    count = len(reader.pages)
    first, last = page_range(first, last, count)
    writer = PdfWriter()
    for _copy in range(max(1, copies)):
        for index in range(first - 1, last):
            writer.add_page(reader.pages[index])
    write_atomically(target, writer.write)
    return (last - first + 1) * max(1, copies)


def page_range(first: int, last: int, count: int) -> tuple[int, int]:
    """A print dialog's range (0, 0 = every page) within the document."""
    if first <= 0 and last <= 0:
        return 1, count
    first = min(max(first, 1), count)
    last = min(max(last or count, first), count)
    return first, last


def cups_available() -> bool:
    return os.name != "nt" and shutil.which("lp") is not None


def submit_to_cups(path: str | os.PathLike[str], printer: str, *, copies: int = 1, first: int = 0, last: int = 0,
                   title: str = "") -> None:
    """Hand the PDF to the CUPS queue `printer`; raises OSError with the spooler's own message."""
    command = ["lp", "-d", printer, "-n", str(max(1, copies))]
    if first > 0 or last > 0:
        command += ["-o", f"page-ranges={max(first, 1)}-{last if last > 0 else ''}".rstrip("-")]
    if title:
        command += ["-t", title]
    command.append(str(path))
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    if done.returncode != 0:
        raise OSError(f"máy in «{printer}» không nhận tài liệu: {(done.stderr or done.stdout).strip()}")
