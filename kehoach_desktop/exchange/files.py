"""Writing a file whole or not at all: the content goes to a temporary name beside the target
and is moved into place only when complete, so a crash or a refusal never leaves half a file
under the user's name."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def write_atomically(target: str | os.PathLike[str], write: Callable[[str], Any], suffix: str = ".part") -> Path:
    """Call `write(temporary path)`, then move the temporary file to `target`; returns `target`."""
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=suffix)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path
