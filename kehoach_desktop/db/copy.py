"""Copying an office's whole database from one engine to another, verified.

Used to move an office from its PC's SQLite file to the office's PostgreSQL server and back
(`kehoach db copy`), and for the backups of a server database (a checked SQLite file that the
application restores). Every table is copied row by row in foreign-key order, then each table's
row count and a hash of its content are compared on both sides; evidence files go from the
source's store to the target's, each checked against its SHA-256.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, insert, select, text

from ..errors import DatabaseError
from .evidence_store import EvidenceStore
from .models import Base, Evidence

BATCH = 1000
# what makes a database "not empty": an office, a plan, an account or an article in it
CONTENT_TABLES = ("organization", "plan", "user_account", "article")
# stores of files are copied store to store, not as rows (each side keeps its own kind)
NOT_COPIED = ("evidence_chunk",)


@dataclass
class CopyReport:
    rows: dict[str, int] = field(default_factory=dict)
    files: int = 0

    @property
    def total(self) -> int:
        return sum(self.rows.values())

    def summary(self) -> str:
        tables = sum(1 for n in self.rows.values() if n)
        return f"{self.total} dòng trong {tables} bảng, {self.files} tệp minh chứng; số dòng và mã băm khớp."


def tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in NOT_COPIED]


def is_empty(conn: Connection) -> bool:
    return all(conn.execute(select(func.count()).select_from(Base.metadata.tables[name])).scalar() == 0
               for name in CONTENT_TABLES)


def copy_database(source: Engine, target: Engine, *, replace: bool = False,
                  source_files: EvidenceStore | None = None, target_files: EvidenceStore | None = None,
                  progress: Callable[[str], None] | None = None) -> CopyReport:
    """Copy every row of `source` into `target` (both migrated to the same revision), in one
    transaction on the target. The target must hold no office, plan, account or article, unless
    `replace` (a restore), which first removes what it holds. Raises DatabaseError, leaving the
    target as it was, when the target is not empty or the copy does not verify."""
    report = CopyReport()
    with source.connect() as src, target.begin() as dst:
        if not is_empty(dst) and not replace:
            raise DatabaseError(f"Cơ sở dữ liệu đích {_where(target)} đã có dữ liệu (đơn vị, kế hoạch, tài khoản "
                                "hoặc tin bài): không chép đè. Hãy dùng một cơ sở dữ liệu trống.")
        for table in reversed(tables()):  # what the migrations seeded, or what a restore replaces
            dst.execute(table.delete())
        for table in tables():
            if progress:
                progress(table.name)
            report.rows[table.name] = _copy_table(src, dst, table)
        if dst.dialect.name == "postgresql":
            _reset_sequences(dst)
        for table in tables():
            a, b = _fingerprint(src, table), _fingerprint(dst, table)
            if a != b:
                raise DatabaseError(f"Bản chép của bảng {table.name} không khớp với bản gốc ({a[0]} và {b[0]} dòng): "
                                    "đã hủy, cơ sở dữ liệu đích không thay đổi.")
        files = src.execute(select(Evidence.sha256, Evidence.filename).where(Evidence.kind == "file")
                            .distinct()).all()
    if source_files is not None and target_files is not None:
        report.files = copy_files(files, source_files, target_files)
    return report


def copy_files(files: Sequence[Any], source: EvidenceStore, target: EvidenceStore) -> int:
    """Each file's content from one store to the other, checked against its hash; returns how
    many the target did not have."""
    copied = 0
    for sha, name in {(f[0], f[1]) for f in files}:
        if target.has(sha, name):
            continue
        path = source.local_path(sha, name)
        if not path.is_file():
            raise DatabaseError(f"Thiếu tệp minh chứng «{name}» ({sha[:12]}…) ở nơi chép đi.")
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != sha:
            raise DatabaseError(f"Tệp minh chứng «{name}» ở nơi chép đi đã bị thay đổi (mã băm khác).")
        target.put(path, sha, name)
        copied += 1
    return copied


def _copy_table(src: Connection, dst: Connection, table: Table) -> int:
    order = list(table.primary_key.columns)
    count = 0
    rows = src.execute(select(table).order_by(*order)).mappings()
    while True:
        batch = [dict(r) for r in rows.fetchmany(BATCH)]
        if not batch:
            return count
        dst.execute(insert(table), batch)
        count += len(batch)


def _reset_sequences(dst: Connection) -> None:
    """New rows on the server get ids after the copied ones."""
    for table in tables():
        pk = list(table.primary_key.columns)
        if len(pk) == 1 and pk[0].autoincrement in (True, "auto") and pk[0].type.python_type is int:
            seq = dst.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                              {"t": f'"{table.name}"', "c": pk[0].name}).scalar()
            if seq:
                dst.execute(text(f'SELECT setval(:s, COALESCE((SELECT max("{pk[0].name}") FROM "{table.name}"), 0) + 1, false)'),
                            {"s": seq})


def _fingerprint(conn: Connection, table: Table) -> tuple[int, str]:
    """Row count and SHA-256 of the rows in primary-key order, with values written the same way
    whatever the engine returns them as."""
    digest = hashlib.sha256()
    count = 0
    for row in conn.execute(select(table).order_by(*table.primary_key.columns)):
        digest.update(json.dumps([_canonical(v) for v in row], ensure_ascii=False, sort_keys=True).encode())
        count += 1
    return count, digest.hexdigest()


def _canonical(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat(timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, bool):
        return int(value)
    return value


def _where(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)
