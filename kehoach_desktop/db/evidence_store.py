"""Where evidence files live: content-addressed, each content kept once under its SHA-256.

Services talk to an EvidenceStore and never to the file system directly, so that an office on a
shared database server can keep its evidence where every PC reaches it. FolderStore is the store
of one PC: a folder in the data directory. A stored file's place derives from its hash alone;
nothing the user typed becomes part of a path.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Protocol


class EvidenceStoreError(Exception):
    """A hash that is not one, or a place outside the store."""


class EvidenceStore(Protocol):
    def put(self, source: Path, sha256: str, filename: str) -> None:
        """Keep the content of `source` (whose hash is `sha256`) unless it is already kept."""

    def has(self, sha256: str, filename: str) -> bool: ...

    def local_path(self, sha256: str, filename: str) -> Path:
        """A file on this PC with the content, to open or attach."""


class FolderStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def local_path(self, sha256: str, filename: str) -> Path:
        if not re.fullmatch(r"[0-9a-f]{64}", sha256):
            raise EvidenceStoreError("Mã minh chứng không hợp lệ.")
        path = (self.root / sha256[:2] / (sha256 + _extension(filename))).resolve()
        if self.root.resolve() not in path.parents:
            raise EvidenceStoreError("Đường dẫn minh chứng nằm ngoài kho dữ liệu.")
        return path

    def has(self, sha256: str, filename: str) -> bool:
        return self.local_path(sha256, filename).is_file()

    def put(self, source: Path, sha256: str, filename: str) -> None:
        target = self.local_path(sha256, filename)
        if target.exists():  # the same content is not copied twice
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".partial-")
        os.close(fd)
        try:
            shutil.copyfile(source, tmp)
            os.replace(tmp, target)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)


def _extension(name: str) -> str:
    ext = os.path.splitext(name)[1].lower()
    return ext if re.fullmatch(r"\.[a-z0-9]{1,10}", ext) else ""
