"""Writing a file whole or not at all: the content goes to a temporary name beside the target
and is moved into place only when complete, so a crash or a refusal never leaves half a file
under the user's name."""

from __future__ import annotations

import os
import secrets
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
    tmp = _new_part(path, suffix)
    try:
        write(tmp)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def _new_part(path: Path, suffix: str) -> str:
    """A new, empty partial file beside `path`, noted in the journal before it exists: a process
    killed at any moment leaves no partial file the next writer does not know of."""
    for _ in range(100):
        tmp = str(path.parent / f".{path.stem}-{secrets.token_hex(6)}{suffix}")
        _note(tmp)
        try:
            os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except FileExistsError:
            continue
        return tmp
    raise FileExistsError(f"«{path.parent}»: không tạo được tệp tạm.")


# Partial files are noted (process id, path) in a journal in the data folder, so that the next
# writer to open the data removes those a killed process left, wherever the export went.
_journal: Path | None = None


def keep_journal(path: Path | None) -> None:
    global _journal
    _journal = path


def _note(tmp: str) -> None:
    if _journal is None:
        return
    try:
        with open(_journal, "a", encoding="utf-8") as f:
            f.write(f"{os.getpid()}\t{tmp}\n")
    except OSError:  # a journal that cannot be written costs only the clean-up after a crash
        pass


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # no safe liveness probe here (os.kill would end the process): left for the hour rule
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clear_abandoned(journal: Path) -> list[Path]:
    """Remove the partial files of processes that ended without finishing them; keep the journal's
    lines of processes still running."""
    try:
        lines = journal.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    removed, kept = [], []
    for line in lines:
        pid_text, _, name = line.partition("\t")
        if not pid_text.isdigit() or not name:
            continue
        part = Path(name)
        if _alive(int(pid_text)) and int(pid_text) != os.getpid():
            kept.append(line)
            continue
        if part.name.startswith(".") and part.is_file() and int(pid_text) != os.getpid():
            part.unlink(missing_ok=True)
            removed.append(part)
    try:
        journal.write_text("".join(f"{line}\n" for line in kept), encoding="utf-8")
    except OSError:
        pass
    return removed


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
