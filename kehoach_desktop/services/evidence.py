"""Evidence of publication: files kept in the data store under their content hash, or links.

Names and paths from the user are never trusted: a stored file's place is derived from its hash
alone, the name shown is the base name cleaned of separators and control characters, and a path
is opened only when it resolves inside the store.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from ..db.evidence_store import EvidenceStoreError, FolderStore
from ..db.models import Article, Evidence
from ..domain.text import clean_line
from ..domain.workflow import APPROVED, PENDING
from .errors import ServiceError, ValidationError
from .permissions import EDIT, require
from .store import Store, fetch
from .validate import required_line

MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class EvidenceData:
    id: int
    kind: str
    filename: str
    sha256: str
    size: int
    url: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "filename": self.filename, "sha256": self.sha256,
                "size": self.size, "url": self.url}


def evidence_data(e: Evidence) -> EvidenceData:
    return EvidenceData(e.id, e.kind, e.filename, e.sha256, e.size, e.url)


def safe_name(name: str) -> str:
    """The base name of `name` with separators, control characters and dots-only names removed."""
    base = PurePath(name.replace("\\", "/")).name
    base = clean_line(base).replace("/", "_").replace("\x00", "")
    base = re.sub(r'[<>:"|?*]', "_", base).strip(" .")
    return base[:200] or "minh-chung"


def stored_path(files_dir: Path, sha256: str, filename: str) -> Path:
    """Where the folder store keeps a content (raises ServiceError for a hash that is not one)."""
    try:
        return FolderStore(files_dir).local_path(sha256, filename)
    except EvidenceStoreError as exc:
        raise ServiceError(str(exc)) from None


@dataclass(frozen=True)
class StagedFile:
    """A file's content already kept in the evidence store, not yet attached to an article."""

    sha256: str
    filename: str
    size: int


def stage_file(store: Store, source: str | os.PathLike[str]) -> StagedFile:
    """Check `source` (exists, is a file, within the size limit), hash it and keep its content in
    the evidence store. Nothing is recorded in the database: a later refusal leaves only content
    that no article refers to."""
    kept = store.evidence
    if kept is None:
        raise ServiceError("Chưa có thư mục lưu minh chứng.")
    src = Path(source)
    name = safe_name(src.name)
    try:
        size = src.stat().st_size
        if not src.is_file():
            raise ValidationError("Minh chứng", f"«{src}» không phải là tệp.")
        if size > MAX_FILE_BYTES:
            raise ValidationError("Minh chứng", f"tệp «{name}» lớn quá 200 MB.")
        digest = hashlib.sha256()
        with src.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except FileNotFoundError:
        raise ValidationError("Minh chứng", f"không tìm thấy tệp «{src}».") from None
    except PermissionError:
        raise ValidationError("Minh chứng", f"không đọc được tệp «{src}» (không có quyền).") from None
    except IsADirectoryError:
        raise ValidationError("Minh chứng", f"«{src}» là thư mục, không phải tệp.") from None
    sha = digest.hexdigest()
    try:
        kept.put(src, sha, name)
    except EvidenceStoreError as exc:
        raise ServiceError(str(exc)) from None
    return StagedFile(sha, name, size)


def attach(store: Store, s: Any, article: Article, staged: StagedFile) -> int:
    """Record staged content as evidence of `article` within the caller's transaction (once per
    content); evidence added to an approved article sends it back for approval."""
    for existing in article.evidence:
        if existing.sha256 == staged.sha256:
            return int(existing.id)
    ev = Evidence(article_id=article.id, kind="file", sha256=staged.sha256, filename=staged.filename,
                  size=staged.size, added_by=store.actor)
    s.add(ev)
    s.flush()
    store.audit(s, "add-evidence", "article", article.id, plan_id=article.plan_id,
                after={"file": staged.filename, "sha256": staged.sha256, **_reapproval(store, s, article)})
    return int(ev.id)


def add_evidence_file(store: Store, article_id: int, source: str | os.PathLike[str]) -> int:
    """Copy `source` into the store (once per content) and attach it to the article."""
    require(store, EDIT, "thêm minh chứng", "article", article_id)
    staged = stage_file(store, source)
    with store.write() as s:
        article = fetch(s, Article, article_id, "tin bài")
        return attach(store, s, article, staged)


def add_evidence_link(store: Store, article_id: int, url: str) -> int:
    require(store, EDIT, "thêm minh chứng", "article", article_id)
    link = required_line("Đường dẫn minh chứng", url, 1000)
    if not link.lower().startswith(("http://", "https://")):
        raise ValidationError("Đường dẫn minh chứng", "phải bắt đầu bằng http:// hoặc https://.")
    with store.write() as s:
        article = fetch(s, Article, article_id, "tin bài")
        ev = Evidence(article_id=article_id, kind="link", url=link, added_by=store.actor)
        s.add(ev)
        s.flush()
        store.audit(s, "add-evidence", "article", article_id, plan_id=article.plan_id, after={"url": link, **_reapproval(store, s, article)})
        return ev.id


def _reapproval(store: Store, s: Any, article: Article) -> dict[str, str]:
    """Evidence added to an approved, not yet published article changes what was approved: it goes
    back to Chờ duyệt, as any edit does. After publication evidence is proof and changes nothing."""
    if article.status != APPROVED:
        return {}
    article.status, article.approved_by, article.approved_at = PENDING, "", None
    return {"status": f"{APPROVED} → {PENDING} (thêm minh chứng sau khi duyệt)"}


def evidence_file(store: Store, evidence_id: int) -> Path:
    """The stored file to open; a clear error if it is missing or unreadable."""
    with store.read() as s:
        ev = fetch(s, Evidence, evidence_id, "minh chứng")
        kept = store.evidence
        if ev.kind != "file" or kept is None:
            raise ServiceError("Minh chứng này là đường dẫn, không phải tệp.")
        try:
            path = kept.local_path(ev.sha256, ev.filename)
        except EvidenceStoreError as exc:
            raise ServiceError(str(exc)) from None
        name = ev.filename
    if not path.is_file():
        raise ServiceError(f"Không tìm thấy tệp minh chứng «{name}» trong kho dữ liệu ({path}).")
    if not os.access(path, os.R_OK):
        raise ServiceError(f"Không đọc được tệp minh chứng «{name}».")
    return path
