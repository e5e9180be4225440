"""Where evidence files live: content-addressed, each content kept once under its SHA-256.

Services talk to an EvidenceStore and never to the file system directly, so that an office on a
shared database server keeps its evidence where every PC reaches it. FolderStore is the store
of one PC: a folder in the data directory; DatabaseStore keeps the files in the shared database. A stored file's place derives from its hash alone;
nothing the user typed becomes part of a path.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from pathlib import Path
from typing import Protocol

from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import IntegrityError

from ..files import write_atomically
from .models import EvidenceChunk


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
        write_atomically(target, lambda tmp: shutil.copyfile(source, tmp))  # its part noted in the journal


def _extension(name: str) -> str:
    ext = os.path.splitext(name)[1].lower()
    return ext if re.fullmatch(r"\.[a-z0-9]{1,10}", ext) else ""


CHUNK_BYTES = 4 << 20


class _NotKept(Exception):
    """The database has no such content, or a damaged copy of it: nothing is written."""


class DatabaseStore:
    """Evidence kept in the database itself (table evidence_chunk, 4 MB parts): the store of an
    office on a shared server, reached from every PC. A file asked for is written once into this
    PC's evidence folder (checked against its hash, laid out as FolderStore lays it out) and
    opened from there."""

    def __init__(self, engine: Engine, cache: Path) -> None:
        self.engine = engine
        self.cache = cache

    def local_path(self, sha256: str, filename: str) -> Path:
        path = FolderStore(self.cache).local_path(sha256, filename)
        if path.is_file():
            return path
        def fill(tmp: str) -> None:
            digest = hashlib.sha256()
            found = False
            with open(tmp, "wb") as out, self.engine.connect() as conn:
                parts = conn.execute(select(EvidenceChunk.part).where(EvidenceChunk.sha256 == sha256)
                                     .order_by(EvidenceChunk.part)).scalars().all()
                for part in parts:  # one part in memory at a time
                    content = conn.execute(select(EvidenceChunk.content).where(
                        EvidenceChunk.sha256 == sha256, EvidenceChunk.part == part)).scalar_one()
                    digest.update(content)
                    out.write(content)
                    found = True
            if not found or digest.hexdigest() != sha256:
                raise _NotKept

        try:
            write_atomically(path, fill)  # its part noted in the journal, removed unless whole and right
        except _NotKept:
            pass
        return path  # missing when the database lacks (or holds a damaged copy of) the content


    def has(self, sha256: str, filename: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(EvidenceChunk.part).where(EvidenceChunk.sha256 == sha256,
                                                                  EvidenceChunk.part == 0)).first() is not None

    def put(self, source: Path, sha256: str, filename: str) -> None:
        if self.has(sha256, filename):  # the same content is not kept twice
            return
        try:
            with self.engine.begin() as conn, source.open("rb") as fh:
                for part, content in enumerate(iter(lambda: fh.read(CHUNK_BYTES), b"")):
                    conn.execute(insert(EvidenceChunk).values(sha256=sha256, part=part, content=content))
        except IntegrityError:  # another PC kept the same content at the same moment
            if not self.has(sha256, filename):
                raise


def store_for(engine: Engine, files_dir: Path) -> EvidenceStore:
    """The folder of this PC for its own SQLite file; the database itself for a shared server."""
    if engine.url.get_backend_name() == "sqlite":
        return FolderStore(files_dir)
    return DatabaseStore(engine, files_dir)  # the folder holds this PC's copies of the server's files
