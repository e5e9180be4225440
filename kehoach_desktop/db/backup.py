"""Backups of a SQLite database that can be trusted, and restoring one.

A backup is written with SQLite's online backup API to a temporary name, checked with
`PRAGMA integrity_check`, and only then given its final name: a kill or a power cut leaves at most
a `.part` file, never an empty or damaged file under a backup's name. Evidence files go to
`backups/evidence/` by content hash (a file already there is not copied again). Rotation keeps the
newest backups of each kind and never deletes the last good one of a kind.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy import Engine

# kind → how many of that kind are kept
KEEP = {"daily": 14, "monthly": 24, "periodic": 6, "on-close": 6, "before-migration": 6, "before-import": 10,
        "before-restore": 10, "manual": 30}
NAME = re.compile(r"^kehoach-(\d{8}-\d{6}-\d{6})-([a-z-]+?)(?:-(\d{4}|none))?\.db$")


class BackupError(Exception):
    """A backup that could not be made or is not sound; the message is for the user."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made: dt.datetime
    kind: str

    @property
    def label(self) -> str:
        return f"{self.made:%d/%m/%Y %H:%M} ({KIND_LABELS.get(self.kind, self.kind)})"


KIND_LABELS = {"daily": QT_TRANSLATE_NOOP("Labels", "hằng ngày"), "monthly": QT_TRANSLATE_NOOP("Labels", "hằng tháng"),
               "periodic": QT_TRANSLATE_NOOP("Labels", "định kỳ khi đang mở"),
               "on-close": QT_TRANSLATE_NOOP("Labels", "khi đóng"),
               "before-migration": QT_TRANSLATE_NOOP("Labels", "trước khi nâng cấp"),
               "before-import": QT_TRANSLATE_NOOP("Labels", "trước khi nhập"),
               "before-restore": QT_TRANSLATE_NOOP("Labels", "trước khi khôi phục"),
               "manual": QT_TRANSLATE_NOOP("Labels", "sao lưu thủ công")}


def backup_name(backup_dir: Path, kind: str) -> Path:
    """Where a new backup of `kind` goes: its time and kind in its name (list_backups reads them)."""
    return backup_dir / f"kehoach-{dt.datetime.now():%Y%m%d-%H%M%S-%f}-{kind}.db"


def sqlite_file(engine: Engine) -> Path | None:
    database = engine.url.database
    if engine.url.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    return Path(database)


def check_file(path: Path, check: str = "integrity_check") -> str:
    """"ok", or what SQLite's `check` (integrity_check, or the faster quick_check) found wrong
    with the database file at `path`."""
    if not path.is_file() or path.stat().st_size == 0:
        return "tệp trống"
    try:
        con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            rows = con.execute(f"PRAGMA {'quick_check' if check == 'quick_check' else 'integrity_check'}").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    result = "; ".join(str(r[0]) for r in rows[:3])
    return "ok" if result == "ok" else result


def looks_whole(path: Path) -> bool:
    """A glance at a file that was checked when it was written: a SQLite header and as many bytes
    as its pages (an empty or cut-off file is not whole). Reads 100 bytes, however large the file."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            header = f.read(100)
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return False
    page = int.from_bytes(header[16:18], "big")
    page = 65_536 if page == 1 else page
    pages = int.from_bytes(header[28:32], "big")
    pages_valid = header[24:28] == header[92:96]  # the page count is kept (SQLite ≥ 3.7.0)
    return page >= 512 and size % page == 0 and (not pages_valid or size == pages * page)


def copy_database_file(source: Path, target: Path) -> None:
    """A self-contained copy of the SQLite file `source`, read-only on the source side."""
    _copy_database(f"file:{source.as_posix()}?mode=ro", target)


def _copy_database(source: str, target: Path) -> None:
    """SQLite's online backup of `source` (a path or a file: URI) into `target`, as one
    self-contained file (no -wal beside it)."""
    src = sqlite3.connect(source, uri=source.startswith("file:"))
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def backup_sqlite(engine: Engine, backup_dir: Path, kind: str = "manual", target: Path | None = None,
                  evidence_dir: Path | None = None) -> Path | None:
    """A checked copy of the live database in `backup_dir` (or at `target`); None for a database
    that is not a SQLite file. Raises BackupError, leaving nothing under a backup's name, when the
    database or its copy is not sound."""
    source = sqlite_file(engine)
    if source is None:
        return None
    backup_dir.mkdir(parents=True, exist_ok=True)
    kind = kind if kind in KEEP or kind.startswith("before-migration") else "manual"
    final = target or backup_name(backup_dir, kind)
    final.parent.mkdir(parents=True, exist_ok=True)
    partial = final.with_name(f".{final.name}.part")
    try:
        _copy_database(str(source), partial)
        verdict = check_file(partial)
        if verdict != "ok":
            raise BackupError(f"Cơ sở dữ liệu {source} bị hỏng ({verdict}): không sao lưu đè lên bản tốt.")
        os.replace(partial, final)
    except sqlite3.Error as exc:
        raise BackupError(f"Không sao lưu được {source}: {exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
    if evidence_dir is not None:
        copy_evidence(evidence_dir, backup_dir / "evidence")
    if target is None:
        rotate(backup_dir)
    return final


def copy_evidence(source: Path, target: Path) -> int:
    """Evidence files not yet in the backup, copied by content hash; returns how many."""
    copied = 0
    if not source.is_dir():
        return 0
    for path in source.rglob("*"):
        if not path.is_file() or path.name.startswith("."):
            continue
        dest = target / path.relative_to(source)
        if dest.exists() and dest.stat().st_size == path.stat().st_size:
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        partial = dest.with_name(f".{dest.name}.part")
        shutil.copyfile(path, partial)
        os.replace(partial, dest)
        copied += 1
    return copied


def list_backups(backup_dir: Path) -> list[BackupFile]:
    """Backups with a final name (sound when written), newest first."""
    out = []
    for path in backup_dir.glob("kehoach-*.db") if backup_dir.is_dir() else []:
        m = NAME.match(path.name)
        if m:
            made = dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S-%f")
            out.append(BackupFile(path, made, m.group(2)))
    return sorted(out, key=lambda b: b.made, reverse=True)


def rotate(backup_dir: Path) -> None:
    """Keep the newest KEEP[kind] of each kind; the newest sound one of a kind is never removed."""
    by_kind: dict[str, list[BackupFile]] = {}
    for b in list_backups(backup_dir):
        by_kind.setdefault(b.kind, []).append(b)
    for kind, files in by_kind.items():
        for old in files[KEEP.get(kind, 10):]:
            old.path.unlink(missing_ok=True)
            old.path.with_suffix(".pgdump").unlink(missing_ok=True)  # the server's dump beside it
    for stale in backup_dir.glob(".kehoach-*.part"):  # a backup killed midway, more than a day ago
        if dt.datetime.now().timestamp() - stale.stat().st_mtime > 86_400:
            stale.unlink(missing_ok=True)


def clear_partials(backup_dir: Path, database: Path | None = None) -> list[Path]:
    """Remove what a backup or a restore killed midway left (hidden `.part` files). Called by the
    process that holds the writer's lock, so nothing else is writing them."""
    # the partial file and SQLite's files beside it (-journal, -wal, -shm)
    found = list(backup_dir.glob(".kehoach*.part*")) if backup_dir.is_dir() else []
    if database is not None:
        found += list(database.parent.glob(f".{database.name}.restore.part*"))
    for stale in found:
        stale.unlink(missing_ok=True)
    return found


def backup_if_due(engine: Engine, backup_dir: Path, every: dt.timedelta = dt.timedelta(days=1),
                  evidence_dir: Path | None = None, kind: str = "daily",
                  make: Callable[[str], Path | None] | None = None) -> Path | None:
    """The scheduled backup: a copy when the newest backup of `kind` is older than `every` (or
    there is none); with the daily one, a monthly one when this month has none. `make(kind)`
    makes one (default: the SQLite file's backup; db/server_backup passes its own)."""
    if make is None:
        def make(k: str) -> Path | None:
            return backup_sqlite(engine, backup_dir, k, evidence_dir=evidence_dir)
    now = dt.datetime.now()
    backups = list_backups(backup_dir)
    made = None
    newest = next((b for b in backups if b.kind == kind), None)
    # each backup was checked through when it was made: a glance finds one left empty or cut off
    # (by an older version, a full disk) without reading a large file again at every open
    if newest is not None and not looks_whole(newest.path):
        newest.path.rename(newest.path.with_name(newest.path.name + ".damaged"))
        newest = None
    if newest is None or (now - newest.made) >= every:
        made = make(kind)
    if kind == "daily" and not any(b.kind == "monthly" and (b.made.year, b.made.month) == (now.year, now.month)
                                   for b in backups):
        made = (_copied_as(made, "monthly") if made is not None else make("monthly")) or made
    return made


def _copied_as(made: Path, kind: str) -> Path:
    """A backup of another kind that is a byte copy of `made` (checked already): the monthly one
    made with the daily one, without copying and checking the database a second time."""
    final = backup_name(made.parent, kind)
    partial = final.with_name(f".{final.name}.part")
    try:
        shutil.copyfile(made, partial)
        os.replace(partial, final)
    finally:
        partial.unlink(missing_ok=True)
    dump = made.with_suffix(".pgdump")  # the server's dump beside a server's backup
    if dump.exists():
        shutil.copyfile(dump, final.with_suffix(".pgdump"))
    rotate(made.parent)
    return final


def restore_file(backup: Path, database: Path, evidence_backup: Path | None = None,
                 evidence_dir: Path | None = None) -> None:
    """Put `backup` in place of `database` (the caller has closed every connection and backed up
    the current database first). The backup is checked before anything is replaced."""
    verdict = check_file(backup)
    if verdict != "ok":
        raise BackupError(f"Bản sao lưu {backup} không dùng được ({verdict}).")
    partial = database.with_name(f".{database.name}.restore.part")
    try:
        _copy_database(f"file:{backup.as_posix()}?mode=ro", partial)
        for suffix in ("-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        os.replace(partial, database)
    finally:
        partial.unlink(missing_ok=True)
    if evidence_backup is not None and evidence_dir is not None:
        copy_evidence(evidence_backup, evidence_dir)
