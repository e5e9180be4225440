"""Backups the user makes, lists and restores (the window's Tệp › Sao lưu / Khôi phục and the
`kehoach backup` / `kehoach restore` commands)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..db import backup as db_backup
from ..db import server_backup
from .errors import ServiceError
from .permissions import ADMIN, EDIT, require
from .store import Store

KIND_LABELS = db_backup.KIND_LABELS  # "hằng ngày", "trước khi nhập"…


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    label: str  # "23/11/2026 08:40 (hằng ngày)"
    kind: str
    plans: int
    articles: int
    sound: bool
    made: dt.datetime | None = None  # local time


def backup_dir(store: Store) -> Path:
    if store.files_dir is None:
        raise ServiceError("Cơ sở dữ liệu này không có thư mục dữ liệu để sao lưu.")
    return store.files_dir.parent / "backups"


def make_backup(store: Store, target: str | Path | None = None, kind: str = "manual") -> Path:
    """A checked backup now (with the evidence files), into the backup folder or at `target`."""
    require(store, EDIT, "sao lưu dữ liệu")
    try:
        return server_backup.back_up(store.engine, backup_dir(store), kind, Path(target) if target else None,
                                     evidence=store.evidence, evidence_dir=store.files_dir)
    except db_backup.BackupError as exc:
        raise ServiceError(str(exc)) from None
    except OSError as exc:
        raise ServiceError(f"Không ghi được bản sao lưu {target or backup_dir(store)}: {exc.strerror or exc}") from None


def backup_before(store: Store, what: str) -> Path | None:
    """A backup before an action that changes much at once ("before-import"), of the SQLite file
    or of the server's database; nothing for a store without a data folder."""
    if store.files_dir is None:
        return None
    try:
        return server_backup.back_up(store.engine, backup_dir(store), what, evidence=store.evidence,
                                     evidence_dir=store.files_dir)
    except db_backup.BackupError as exc:
        raise ServiceError(str(exc)) from None


def scheduled_backup(store: Store, kind: str) -> Path | None:
    """The backups nobody asks for: "periodic" (every four hours while the window is open; once a
    day for the server's data) and "on-close" (when the window closes and no backup is an hour
    old; not for the server's data)."""
    import datetime as dt

    on_server = db_backup.sqlite_file(store.engine) is None
    if on_server and kind == "on-close":  # a copy of the whole server's data must not hold up closing
        return None
    # on close: unless any backup is less than an hour old (closing must not wait for a copy each time)
    if kind == "on-close":
        newest = next(iter(db_backup.list_backups(backup_dir(store))), None)
        if newest is not None and dt.datetime.now() - newest.made < dt.timedelta(hours=1):
            return None
    # a server's data is copied once a day per PC (off the GUI thread), a PC's own file every four hours
    every = (dt.timedelta(days=1) if on_server else dt.timedelta(hours=4)) if kind == "periodic" else dt.timedelta(0)
    return server_backup.backup_if_due(store.engine, backup_dir(store), every, store.evidence, store.files_dir,
                                       kind=kind)


def describe(path: Path) -> BackupInfo:
    """What a backup holds: its plans and articles, and whether it is sound."""
    found = next((b for b in db_backup.list_backups(path.parent) if b.path == path), None)
    label = found.label if found else path.name
    sound = db_backup.check_file(path) == "ok"
    plans = articles = 0
    if sound:
        con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            plans = con.execute("SELECT count(*) FROM plan WHERE deleted_at IS NULL").fetchone()[0]
            articles = con.execute("SELECT count(*) FROM article").fetchone()[0]
        except sqlite3.DatabaseError:
            sound = False
        finally:
            con.close()
    return BackupInfo(path, label, found.kind if found else "manual", plans, articles, sound,
                      found.made if found else None)


def list_backups(store: Store) -> list[BackupInfo]:
    return [describe(b.path) for b in db_backup.list_backups(backup_dir(store))]


def restore(store: Store, source: str | Path) -> Path:
    """Put the backup `source` in place of the database (administrators only): the SQLite file,
    or the rows of the server's database. The current database is backed up first
    ("before-restore"); the caller closes every connection before (this function disposes the
    engine of a SQLite file) and opens the database again after. Returns the backup of what was
    replaced."""
    require(store, ADMIN, "khôi phục dữ liệu")
    path = Path(source)
    info = describe(path) if path.is_file() else None
    if info is None or not info.sound:
        raise ServiceError(f"Tệp {path} không phải bản sao lưu dùng được.")
    before = make_backup(store, kind="before-restore")
    try:
        server_backup.restore(path, store.engine, store.evidence, store.files_dir)
    except db_backup.BackupError as exc:
        raise ServiceError(str(exc)) from None
    return before
