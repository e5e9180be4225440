"""Writing a file whole or not at all: the content goes to a temporary name beside the target
and is moved into place only when complete, so a crash or a refusal never leaves half a file
under the user's name."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


class TargetError(OSError):
    """A target that is a folder or a device, not a file to write; the message is for the user."""


def write_atomically(target: str | os.PathLike[str], write: Callable[[str], Any], suffix: str = ".part") -> Path:
    """Call `write(temporary path)`, then move the temporary file to `target`; returns `target`.
    The file gets the permissions the user's umask gives a new file (not mkstemp's 0600); a
    target that is a folder or a device is refused; parts left by a killed earlier run are
    removed."""
    path = Path(target)
    if path.is_dir():
        raise TargetError(f"«{path}» là một thư mục: hãy ghi rõ tên tệp.")
    if path.exists() and not path.is_file():
        raise TargetError(f"«{path}» không phải tệp thường (thiết bị hoặc ống): không ghi vào đó.")
    path.parent.mkdir(parents=True, exist_ok=True)
    _clear_stale_parts(path, suffix)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=suffix)
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _clear_stale_parts(path: Path, suffix: str, age_seconds: int = 3600) -> None:
    import time

    for part in path.parent.glob(f".{path.stem}-*{suffix}"):
        try:
            if time.time() - part.stat().st_mtime > age_seconds:
                part.unlink()
        except OSError:
            pass
