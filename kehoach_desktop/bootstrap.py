"""Opening the application's database for the GUI or the CLI, with the single-writer lock."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from .db.connection import ENV_DB_URL as ENV_DB_URL
from .db.engine import open_database, sqlite_path, sqlite_url
from .db.evidence_store import store_for
from .db.lock import DatabaseLocked, InstanceLock
from .db.migrations_runner import current_revision, head_revision
from .db.server_backup import backup_if_due
from .errors import DatabaseError
from .paths import backup_dir, data_dir, partials_journal
from .services.store import Store

__all__ = ["DatabaseError", "DatabaseLocked", "OpenedDatabase", "open_app_database", "verify_opened"]

log = logging.getLogger(__name__)


def verify_opened(opened: OpenedDatabase) -> str:
    """The thorough integrity check of an opened SQLite database: "" when sound, else a message
    naming the file and the newest good backup. Safe to run in a worker thread."""
    from .db.engine import verify

    path = sqlite_path(opened.url)
    return verify(path, backup_dir(opened.data_dir)) if path is not None else ""


def check_then_back_up(opened: OpenedDatabase) -> str:
    """What the window does once it shows the data, in a worker thread: the thorough check, then,
    when the file is sound and this window writes, the day's backup that a command makes at open
    (a copy and its check take half a minute at a million articles). Returns the check's message."""
    problem = verify_opened(opened)
    if not problem and not opened.store.read_only:
        _back_up_if_due(opened.engine, opened.data_dir)
    return problem


def _back_up_if_due(engine: Engine, data: Path) -> None:
    # the daily backup of this PC's own file; a server's data is backed up by the window every
    # few hours, before imports and restores, and by `kehoach backup` (README)
    from .db.backup import sqlite_file

    if sqlite_file(engine) is None:
        return
    try:
        backup_if_due(engine, backup_dir(data), evidence=store_for(engine, data / "evidence"),
                      evidence_dir=data / "evidence")
    except Exception:  # a failed backup must not stop the office from working
        log.warning("scheduled backup failed", exc_info=True)



@dataclass
class OpenedDatabase:
    store: Store
    engine: Engine
    data_dir: Path
    url: str
    lock: InstanceLock | None
    locked_by: str = ""  # who holds the lock when we opened read-only

    def close(self) -> None:
        if self.lock is not None:
            self.lock.release()
        self.engine.dispose()


def is_local_file(url: str) -> bool:
    """Whether `url` is this PC's own SQLite file (not the office's server)."""
    return sqlite_path(url) is not None


def shown_url(url: str) -> str:
    """An address as shown to the user: the file of a SQLite database, a server without its password."""
    from .db.engine import parse_url

    path = sqlite_path(url)
    return str(path) if path is not None else parse_url(url).render_as_string(hide_password=True)


def resolve_url(data: Path, db_url: str | None) -> str:
    """--db-url, else $KEHOACH_DB_URL, else the office's server saved in this data folder
    (Công cụ › Cơ sở dữ liệu), else the SQLite file in the data folder."""
    import os

    from .db.connection import saved_url

    return db_url or os.environ.get(ENV_DB_URL) or saved_url(data) or sqlite_url(data)


def open_app_database(
    data_dir_override: str | None = None,
    db_url: str | None = None,
    *,
    allow_read_only: bool = True,
    actor: str = "system",
    reader: bool = False,
    wait: float = 0.0,
    thorough: bool = True,
    back_up: bool = True,
) -> OpenedDatabase:
    """Open (create, migrate) the database and take the writer lock.

    If another copy holds the lock: read-only when `allow_read_only`, else DatabaseLocked — after
    trying again for up to `wait` seconds (two commands that write one after the other both
    succeed). A `reader` (a command that only reads or exports) takes no lock at all when the
    database is there and current, so a window opened meanwhile can still write.
    The writer makes the day's backup when it is due, unless `back_up` is False (the window, which
    makes it in the background: check_then_back_up).
    Raises DatabaseError when the database cannot be opened.
    """
    from . import files as partial_files

    # every process notes its partial export files in the data folder (readers export too)
    partial_files.keep_journal(partials_journal(data_dir(data_dir_override)))
    if reader:
        opened = _open_reader(data_dir_override, db_url, actor)
        if opened is not None:
            return opened
    data = data_dir(data_dir_override)
    url = resolve_url(data, db_url)
    path = sqlite_path(url)
    if path is None:  # the server's data: this folder still keeps backups and copies of evidence
        try:
            data.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"Không tạo được thư mục dữ liệu {data}: {exc.strerror}") from exc
    if path is not None and "?" in url:  # a file: URI with parameters would escape the writer's lock
        raise DatabaseError("Địa chỉ SQLite không được có tham số (?…): hãy dùng --data-dir để chọn thư mục dữ liệu.")
    lock: InstanceLock | None = None
    locked_by = ""
    if path is not None:
        lock = InstanceLock(path)
        deadline = time.monotonic() + wait
        while True:
            try:
                lock.acquire()
                break
            except DatabaseLocked as exc:
                if time.monotonic() < deadline:
                    time.sleep(0.1)
                    continue
                if not allow_read_only:
                    raise
                lock, locked_by = None, exc.holder
                break
    if lock is not None and path is not None:  # the writer: what a killed backup, restore or export left goes at once
        from .db.backup import clear_partials

        clear_partials(backup_dir(data), path)
        partial_files.clear_abandoned(partials_journal(data))
    try:
        engine = open_database(url, backup_dir(data), migrate=not locked_by, thorough=thorough)
    except Exception:
        if lock is not None:
            lock.release()
        raise
    if not locked_by and back_up:  # the window makes it after showing the data (check_then_back_up)
        _back_up_if_due(engine, data)
    store = Store(engine, actor=actor, read_only=bool(locked_by), files_dir=data / "evidence")
    return OpenedDatabase(store, engine, data, url, lock, locked_by)


def _open_reader(data_dir_override: str | None, db_url: str | None, actor: str) -> OpenedDatabase | None:
    """A read-only session without the writer's lock, or None when the database must first be
    created or upgraded (which needs the lock)."""
    data = data_dir(data_dir_override)
    url = resolve_url(data, db_url)
    path = sqlite_path(url)
    if path is None or not path.is_file() or "?" in url:
        return None
    engine = open_database(url, backup_dir(data), migrate=False)
    with engine.connect() as conn:
        current = current_revision(conn) == head_revision()
    if not current:
        engine.dispose()
        return None
    store = Store(engine, actor=actor, read_only=True, files_dir=data / "evidence")
    return OpenedDatabase(store, engine, data, url, None, "")
